from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.feature_bucket_kind import FeatureBucketKind

T = TypeVar("T", bound="FeatureBucket")


@_attrs_define
class FeatureBucket:
    """
    Attributes:
        kind (FeatureBucketKind):
        name (str):
        source (str): the dataset's field the feature reads
        boundaries (list[float]):
    """

    kind: FeatureBucketKind
    name: str
    source: str
    boundaries: list[float]

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind.value

        name = self.name

        source = self.source

        boundaries = self.boundaries

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "kind": kind,
                "name": name,
                "source": source,
                "boundaries": boundaries,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        kind = FeatureBucketKind(d.pop("kind"))

        name = d.pop("name")

        source = d.pop("source")

        boundaries = cast(list[float], d.pop("boundaries"))

        feature_bucket = cls(
            kind=kind,
            name=name,
            source=source,
            boundaries=boundaries,
        )

        return feature_bucket
