from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.monitoring_policy_drift_per_feature import (
        MonitoringPolicyDriftPerFeature,
    )


T = TypeVar("T", bound="MonitoringPolicyDrift")


@_attrs_define
class MonitoringPolicyDrift:
    """
    Attributes:
        psi_warn (float | None | Unset): PSI from which a feature has drifted; the service's default when null
        psi_alert (float | None | Unset): PSI from which a feature alarms; the service's default when null
        per_feature (MonitoringPolicyDriftPerFeature | Unset): thresholds of single features, by name
    """

    psi_warn: float | None | Unset = UNSET
    psi_alert: float | None | Unset = UNSET
    per_feature: MonitoringPolicyDriftPerFeature | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        psi_warn: float | None | Unset
        if isinstance(self.psi_warn, Unset):
            psi_warn = UNSET
        else:
            psi_warn = self.psi_warn

        psi_alert: float | None | Unset
        if isinstance(self.psi_alert, Unset):
            psi_alert = UNSET
        else:
            psi_alert = self.psi_alert

        per_feature: dict[str, Any] | Unset = UNSET
        if not isinstance(self.per_feature, Unset):
            per_feature = self.per_feature.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if psi_warn is not UNSET:
            field_dict["psiWarn"] = psi_warn
        if psi_alert is not UNSET:
            field_dict["psiAlert"] = psi_alert
        if per_feature is not UNSET:
            field_dict["perFeature"] = per_feature

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.monitoring_policy_drift_per_feature import (
            MonitoringPolicyDriftPerFeature,
        )

        d = dict(src_dict)

        def _parse_psi_warn(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        psi_warn = _parse_psi_warn(d.pop("psiWarn", UNSET))

        def _parse_psi_alert(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        psi_alert = _parse_psi_alert(d.pop("psiAlert", UNSET))

        _per_feature = d.pop("perFeature", UNSET)
        per_feature: MonitoringPolicyDriftPerFeature | Unset
        if isinstance(_per_feature, Unset):
            per_feature = UNSET
        else:
            per_feature = MonitoringPolicyDriftPerFeature.from_dict(_per_feature)

        monitoring_policy_drift = cls(
            psi_warn=psi_warn,
            psi_alert=psi_alert,
            per_feature=per_feature,
        )

        return monitoring_policy_drift
