from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="MonitoringPolicyRollback")


@_attrs_define
class MonitoringPolicyRollback:
    """
    Attributes:
        on_canary_regression (bool | Unset):  Default: True.
        cooldown_ms (int | Unset):  Default: 600000.
    """

    on_canary_regression: bool | Unset = True
    cooldown_ms: int | Unset = 600000

    def to_dict(self) -> dict[str, Any]:
        on_canary_regression = self.on_canary_regression

        cooldown_ms = self.cooldown_ms

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if on_canary_regression is not UNSET:
            field_dict["onCanaryRegression"] = on_canary_regression
        if cooldown_ms is not UNSET:
            field_dict["cooldownMs"] = cooldown_ms

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        on_canary_regression = d.pop("onCanaryRegression", UNSET)

        cooldown_ms = d.pop("cooldownMs", UNSET)

        monitoring_policy_rollback = cls(
            on_canary_regression=on_canary_regression,
            cooldown_ms=cooldown_ms,
        )

        return monitoring_policy_rollback
