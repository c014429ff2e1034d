from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="MonitoringPolicySlo")


@_attrs_define
class MonitoringPolicySlo:
    """
    Attributes:
        window_size (int | Unset): predictions of one version per measured window Default: 1000.
        p_99_latency_ms (float | Unset):  Default: 100.0.
        max_fallback_rate (float | Unset): share of answers that came from a fallback because the deployed model failed
            Default: 0.01.
    """

    window_size: int | Unset = 1000
    p_99_latency_ms: float | Unset = 100.0
    max_fallback_rate: float | Unset = 0.01

    def to_dict(self) -> dict[str, Any]:
        window_size = self.window_size

        p_99_latency_ms = self.p_99_latency_ms

        max_fallback_rate = self.max_fallback_rate

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if window_size is not UNSET:
            field_dict["windowSize"] = window_size
        if p_99_latency_ms is not UNSET:
            field_dict["p99LatencyMs"] = p_99_latency_ms
        if max_fallback_rate is not UNSET:
            field_dict["maxFallbackRate"] = max_fallback_rate

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        window_size = d.pop("windowSize", UNSET)

        p_99_latency_ms = d.pop("p99LatencyMs", UNSET)

        max_fallback_rate = d.pop("maxFallbackRate", UNSET)

        monitoring_policy_slo = cls(
            window_size=window_size,
            p_99_latency_ms=p_99_latency_ms,
            max_fallback_rate=max_fallback_rate,
        )

        return monitoring_policy_slo
