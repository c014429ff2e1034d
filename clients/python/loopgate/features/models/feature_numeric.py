from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.feature_numeric_impute_type_0 import FeatureNumericImputeType0
from ..models.feature_numeric_kind import FeatureNumericKind
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.feature_numeric_clip import FeatureNumericClip
    from ..models.feature_numeric_impute_type_1 import FeatureNumericImputeType1


T = TypeVar("T", bound="FeatureNumeric")


@_attrs_define
class FeatureNumeric:
    """
    Attributes:
        kind (FeatureNumericKind):
        name (str):
        source (str): the dataset's field the feature reads
        impute (FeatureNumericImputeType0 | FeatureNumericImputeType1): what a missing value becomes: the training mean
            or median, or a value
        clip (FeatureNumericClip | Unset):
        log (bool | Unset):
        standardize (bool | Unset):
    """

    kind: FeatureNumericKind
    name: str
    source: str
    impute: FeatureNumericImputeType0 | FeatureNumericImputeType1
    clip: FeatureNumericClip | Unset = UNSET
    log: bool | Unset = UNSET
    standardize: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind.value

        name = self.name

        source = self.source

        impute: dict[str, Any] | str
        if isinstance(self.impute, FeatureNumericImputeType0):
            impute = self.impute.value
        else:
            impute = self.impute.to_dict()

        clip: dict[str, Any] | Unset = UNSET
        if not isinstance(self.clip, Unset):
            clip = self.clip.to_dict()

        log = self.log

        standardize = self.standardize

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "kind": kind,
                "name": name,
                "source": source,
                "impute": impute,
            }
        )
        if clip is not UNSET:
            field_dict["clip"] = clip
        if log is not UNSET:
            field_dict["log"] = log
        if standardize is not UNSET:
            field_dict["standardize"] = standardize

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.feature_numeric_clip import FeatureNumericClip
        from ..models.feature_numeric_impute_type_1 import FeatureNumericImputeType1

        d = dict(src_dict)
        kind = FeatureNumericKind(d.pop("kind"))

        name = d.pop("name")

        source = d.pop("source")

        def _parse_impute(
            data: object,
        ) -> FeatureNumericImputeType0 | FeatureNumericImputeType1:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                impute_type_0 = FeatureNumericImputeType0(data)

                return impute_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            impute_type_1 = FeatureNumericImputeType1.from_dict(data)

            return impute_type_1

        impute = _parse_impute(d.pop("impute"))

        _clip = d.pop("clip", UNSET)
        clip: FeatureNumericClip | Unset
        if isinstance(_clip, Unset):
            clip = UNSET
        else:
            clip = FeatureNumericClip.from_dict(_clip)

        log = d.pop("log", UNSET)

        standardize = d.pop("standardize", UNSET)

        feature_numeric = cls(
            kind=kind,
            name=name,
            source=source,
            impute=impute,
            clip=clip,
            log=log,
            standardize=standardize,
        )

        return feature_numeric
