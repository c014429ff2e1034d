from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="MonitoringPolicyDriftPerFeatureAdditionalProperty")


@_attrs_define
class MonitoringPolicyDriftPerFeatureAdditionalProperty:
    """
    Attributes:
        psi_warn (float):
        psi_alert (float):
    """

    psi_warn: float
    psi_alert: float

    def to_dict(self) -> dict[str, Any]:
        psi_warn = self.psi_warn

        psi_alert = self.psi_alert

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "psiWarn": psi_warn,
                "psiAlert": psi_alert,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        psi_warn = d.pop("psiWarn")

        psi_alert = d.pop("psiAlert")

        monitoring_policy_drift_per_feature_additional_property = cls(
            psi_warn=psi_warn,
            psi_alert=psi_alert,
        )

        return monitoring_policy_drift_per_feature_additional_property
