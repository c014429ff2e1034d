from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.feature_categorical_encoding import FeatureCategoricalEncoding
from ..models.feature_categorical_kind import FeatureCategoricalKind
from ..types import UNSET, Unset

T = TypeVar("T", bound="FeatureCategorical")


@_attrs_define
class FeatureCategorical:
    """
    Attributes:
        kind (FeatureCategoricalKind):
        name (str):
        source (str): the dataset's field the feature reads
        min_frequency (int): values seen fewer times in training fall in the unknown bucket
        encoding (FeatureCategoricalEncoding):
        smoothing (float | Unset): target encoding: how many rows' worth of the prior a category's mean is shrunk
            towards (20 unless said)
    """

    kind: FeatureCategoricalKind
    name: str
    source: str
    min_frequency: int
    encoding: FeatureCategoricalEncoding
    smoothing: float | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind.value

        name = self.name

        source = self.source

        min_frequency = self.min_frequency

        encoding = self.encoding.value

        smoothing = self.smoothing

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "kind": kind,
                "name": name,
                "source": source,
                "minFrequency": min_frequency,
                "encoding": encoding,
            }
        )
        if smoothing is not UNSET:
            field_dict["smoothing"] = smoothing

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        kind = FeatureCategoricalKind(d.pop("kind"))

        name = d.pop("name")

        source = d.pop("source")

        min_frequency = d.pop("minFrequency")

        encoding = FeatureCategoricalEncoding(d.pop("encoding"))

        smoothing = d.pop("smoothing", UNSET)

        feature_categorical = cls(
            kind=kind,
            name=name,
            source=source,
            min_frequency=min_frequency,
            encoding=encoding,
            smoothing=smoothing,
        )

        return feature_categorical
