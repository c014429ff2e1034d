from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="FeatureNumericClip")


@_attrs_define
class FeatureNumericClip:
    """
    Attributes:
        lower (float | Unset):
        upper (float | Unset):
    """

    lower: float | Unset = UNSET
    upper: float | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        lower = self.lower

        upper = self.upper

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if lower is not UNSET:
            field_dict["lower"] = lower
        if upper is not UNSET:
            field_dict["upper"] = upper

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        lower = d.pop("lower", UNSET)

        upper = d.pop("upper", UNSET)

        feature_numeric_clip = cls(
            lower=lower,
            upper=upper,
        )

        return feature_numeric_clip
