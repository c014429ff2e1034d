from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="PromotionPolicyAutoReleaseType0")


@_attrs_define
class PromotionPolicyAutoReleaseType0:
    """releases without a person: every registered version is tried as a canary, and a canary whose load test passed is
    tried for production; the gates decide each step (null: people promote)

        Attributes:
            canary_percent (int | Unset):  Default: 10.
            to_production (bool | Unset):  Default: True.
    """

    canary_percent: int | Unset = 10
    to_production: bool | Unset = True

    def to_dict(self) -> dict[str, Any]:
        canary_percent = self.canary_percent

        to_production = self.to_production

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if canary_percent is not UNSET:
            field_dict["canaryPercent"] = canary_percent
        if to_production is not UNSET:
            field_dict["toProduction"] = to_production

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        canary_percent = d.pop("canaryPercent", UNSET)

        to_production = d.pop("toProduction", UNSET)

        promotion_policy_auto_release_type_0 = cls(
            canary_percent=canary_percent,
            to_production=to_production,
        )

        return promotion_policy_auto_release_type_0
