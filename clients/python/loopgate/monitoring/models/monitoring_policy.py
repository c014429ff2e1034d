from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.monitoring_policy_canary import MonitoringPolicyCanary
    from ..models.monitoring_policy_drift import MonitoringPolicyDrift
    from ..models.monitoring_policy_quality import MonitoringPolicyQuality
    from ..models.monitoring_policy_retrain import MonitoringPolicyRetrain
    from ..models.monitoring_policy_rollback import MonitoringPolicyRollback
    from ..models.monitoring_policy_slo import MonitoringPolicySlo


T = TypeVar("T", bound="MonitoringPolicy")


@_attrs_define
class MonitoringPolicy:
    """
    Attributes:
        owner (None | str | Unset): the team named on every signal of the model; the service's default owner when null
        drift (MonitoringPolicyDrift | Unset):
        quality (MonitoringPolicyQuality | Unset):
        slo (MonitoringPolicySlo | Unset):
        canary (MonitoringPolicyCanary | Unset):
        retrain (MonitoringPolicyRetrain | Unset):
        rollback (MonitoringPolicyRollback | Unset):
    """

    owner: None | str | Unset = UNSET
    drift: MonitoringPolicyDrift | Unset = UNSET
    quality: MonitoringPolicyQuality | Unset = UNSET
    slo: MonitoringPolicySlo | Unset = UNSET
    canary: MonitoringPolicyCanary | Unset = UNSET
    retrain: MonitoringPolicyRetrain | Unset = UNSET
    rollback: MonitoringPolicyRollback | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        owner: None | str | Unset
        if isinstance(self.owner, Unset):
            owner = UNSET
        else:
            owner = self.owner

        drift: dict[str, Any] | Unset = UNSET
        if not isinstance(self.drift, Unset):
            drift = self.drift.to_dict()

        quality: dict[str, Any] | Unset = UNSET
        if not isinstance(self.quality, Unset):
            quality = self.quality.to_dict()

        slo: dict[str, Any] | Unset = UNSET
        if not isinstance(self.slo, Unset):
            slo = self.slo.to_dict()

        canary: dict[str, Any] | Unset = UNSET
        if not isinstance(self.canary, Unset):
            canary = self.canary.to_dict()

        retrain: dict[str, Any] | Unset = UNSET
        if not isinstance(self.retrain, Unset):
            retrain = self.retrain.to_dict()

        rollback: dict[str, Any] | Unset = UNSET
        if not isinstance(self.rollback, Unset):
            rollback = self.rollback.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if owner is not UNSET:
            field_dict["owner"] = owner
        if drift is not UNSET:
            field_dict["drift"] = drift
        if quality is not UNSET:
            field_dict["quality"] = quality
        if slo is not UNSET:
            field_dict["slo"] = slo
        if canary is not UNSET:
            field_dict["canary"] = canary
        if retrain is not UNSET:
            field_dict["retrain"] = retrain
        if rollback is not UNSET:
            field_dict["rollback"] = rollback

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.monitoring_policy_canary import MonitoringPolicyCanary
        from ..models.monitoring_policy_drift import MonitoringPolicyDrift
        from ..models.monitoring_policy_quality import MonitoringPolicyQuality
        from ..models.monitoring_policy_retrain import MonitoringPolicyRetrain
        from ..models.monitoring_policy_rollback import MonitoringPolicyRollback
        from ..models.monitoring_policy_slo import MonitoringPolicySlo

        d = dict(src_dict)

        def _parse_owner(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        owner = _parse_owner(d.pop("owner", UNSET))

        _drift = d.pop("drift", UNSET)
        drift: MonitoringPolicyDrift | Unset
        if isinstance(_drift, Unset):
            drift = UNSET
        else:
            drift = MonitoringPolicyDrift.from_dict(_drift)

        _quality = d.pop("quality", UNSET)
        quality: MonitoringPolicyQuality | Unset
        if isinstance(_quality, Unset):
            quality = UNSET
        else:
            quality = MonitoringPolicyQuality.from_dict(_quality)

        _slo = d.pop("slo", UNSET)
        slo: MonitoringPolicySlo | Unset
        if isinstance(_slo, Unset):
            slo = UNSET
        else:
            slo = MonitoringPolicySlo.from_dict(_slo)

        _canary = d.pop("canary", UNSET)
        canary: MonitoringPolicyCanary | Unset
        if isinstance(_canary, Unset):
            canary = UNSET
        else:
            canary = MonitoringPolicyCanary.from_dict(_canary)

        _retrain = d.pop("retrain", UNSET)
        retrain: MonitoringPolicyRetrain | Unset
        if isinstance(_retrain, Unset):
            retrain = UNSET
        else:
            retrain = MonitoringPolicyRetrain.from_dict(_retrain)

        _rollback = d.pop("rollback", UNSET)
        rollback: MonitoringPolicyRollback | Unset
        if isinstance(_rollback, Unset):
            rollback = UNSET
        else:
            rollback = MonitoringPolicyRollback.from_dict(_rollback)

        monitoring_policy = cls(
            owner=owner,
            drift=drift,
            quality=quality,
            slo=slo,
            canary=canary,
            retrain=retrain,
            rollback=rollback,
        )

        return monitoring_policy
