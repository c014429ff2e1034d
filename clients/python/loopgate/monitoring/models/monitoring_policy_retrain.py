from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="MonitoringPolicyRetrain")


@_attrs_define
class MonitoringPolicyRetrain:
    """
    Attributes:
        on_quality_degraded (bool | Unset):  Default: True.
        on_segment_quality (bool | Unset): whether a quality drop in one segment alone recommends retraining (segments
            are small and noisy; they are always reported) Default: False.
        on_drifted_features (int | None | Unset): drifted features (WARN or ALERT) in one window that recommend
            retraining; null: drift never does Default: 2.
        on_score_drift (bool | Unset):  Default: False.
        cooldown_ms (int | Unset): no second recommendation for the model within this long of the last one Default:
            21600000.
    """

    on_quality_degraded: bool | Unset = True
    on_segment_quality: bool | Unset = False
    on_drifted_features: int | None | Unset = 2
    on_score_drift: bool | Unset = False
    cooldown_ms: int | Unset = 21600000

    def to_dict(self) -> dict[str, Any]:
        on_quality_degraded = self.on_quality_degraded

        on_segment_quality = self.on_segment_quality

        on_drifted_features: int | None | Unset
        if isinstance(self.on_drifted_features, Unset):
            on_drifted_features = UNSET
        else:
            on_drifted_features = self.on_drifted_features

        on_score_drift = self.on_score_drift

        cooldown_ms = self.cooldown_ms

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if on_quality_degraded is not UNSET:
            field_dict["onQualityDegraded"] = on_quality_degraded
        if on_segment_quality is not UNSET:
            field_dict["onSegmentQuality"] = on_segment_quality
        if on_drifted_features is not UNSET:
            field_dict["onDriftedFeatures"] = on_drifted_features
        if on_score_drift is not UNSET:
            field_dict["onScoreDrift"] = on_score_drift
        if cooldown_ms is not UNSET:
            field_dict["cooldownMs"] = cooldown_ms

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        on_quality_degraded = d.pop("onQualityDegraded", UNSET)

        on_segment_quality = d.pop("onSegmentQuality", UNSET)

        def _parse_on_drifted_features(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        on_drifted_features = _parse_on_drifted_features(
            d.pop("onDriftedFeatures", UNSET)
        )

        on_score_drift = d.pop("onScoreDrift", UNSET)

        cooldown_ms = d.pop("cooldownMs", UNSET)

        monitoring_policy_retrain = cls(
            on_quality_degraded=on_quality_degraded,
            on_segment_quality=on_segment_quality,
            on_drifted_features=on_drifted_features,
            on_score_drift=on_score_drift,
            cooldown_ms=cooldown_ms,
        )

        return monitoring_policy_retrain
