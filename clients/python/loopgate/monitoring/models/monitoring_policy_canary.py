from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="MonitoringPolicyCanary")


@_attrs_define
class MonitoringPolicyCanary:
    """
    Attributes:
        min_predictions (int | Unset): canary predictions before it is compared with the primary, and again after every
            as many more Default: 1000.
        max_p99_latency_ratio (float | Unset):  Default: 2.0.
        max_score_psi (float | Unset): PSI of the canary's scores against the primary's over the same period Default:
            0.25.
        min_labelled (int | Unset): labelled predictions of each route before quality is compared Default: 200.
        max_auc_drop (float | Unset):  Default: 0.05.
    """

    min_predictions: int | Unset = 1000
    max_p99_latency_ratio: float | Unset = 2.0
    max_score_psi: float | Unset = 0.25
    min_labelled: int | Unset = 200
    max_auc_drop: float | Unset = 0.05

    def to_dict(self) -> dict[str, Any]:
        min_predictions = self.min_predictions

        max_p99_latency_ratio = self.max_p99_latency_ratio

        max_score_psi = self.max_score_psi

        min_labelled = self.min_labelled

        max_auc_drop = self.max_auc_drop

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if min_predictions is not UNSET:
            field_dict["minPredictions"] = min_predictions
        if max_p99_latency_ratio is not UNSET:
            field_dict["maxP99LatencyRatio"] = max_p99_latency_ratio
        if max_score_psi is not UNSET:
            field_dict["maxScorePsi"] = max_score_psi
        if min_labelled is not UNSET:
            field_dict["minLabelled"] = min_labelled
        if max_auc_drop is not UNSET:
            field_dict["maxAucDrop"] = max_auc_drop

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        min_predictions = d.pop("minPredictions", UNSET)

        max_p99_latency_ratio = d.pop("maxP99LatencyRatio", UNSET)

        max_score_psi = d.pop("maxScorePsi", UNSET)

        min_labelled = d.pop("minLabelled", UNSET)

        max_auc_drop = d.pop("maxAucDrop", UNSET)

        monitoring_policy_canary = cls(
            min_predictions=min_predictions,
            max_p99_latency_ratio=max_p99_latency_ratio,
            max_score_psi=max_score_psi,
            min_labelled=min_labelled,
            max_auc_drop=max_auc_drop,
        )

        return monitoring_policy_canary
