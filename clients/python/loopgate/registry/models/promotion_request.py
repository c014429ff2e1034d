from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.promotion_request_target_stage import PromotionRequestTargetStage
from ..types import UNSET, Unset

T = TypeVar("T", bound="PromotionRequest")


@_attrs_define
class PromotionRequest:
    """
    Attributes:
        target_stage (PromotionRequestTargetStage):
        reason (str):
        traffic_percent (int | Unset): a canary's share of traffic (a canary only)
        override (bool | Unset): ask an approver to override failed gates (the policy must allow it; the reason needs 10
            characters) Default: False.
    """

    target_stage: PromotionRequestTargetStage
    reason: str
    traffic_percent: int | Unset = UNSET
    override: bool | Unset = False

    def to_dict(self) -> dict[str, Any]:
        target_stage = self.target_stage.value

        reason = self.reason

        traffic_percent = self.traffic_percent

        override = self.override

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "targetStage": target_stage,
                "reason": reason,
            }
        )
        if traffic_percent is not UNSET:
            field_dict["trafficPercent"] = traffic_percent
        if override is not UNSET:
            field_dict["override"] = override

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        target_stage = PromotionRequestTargetStage(d.pop("targetStage"))

        reason = d.pop("reason")

        traffic_percent = d.pop("trafficPercent", UNSET)

        override = d.pop("override", UNSET)

        promotion_request = cls(
            target_stage=target_stage,
            reason=reason,
            traffic_percent=traffic_percent,
            override=override,
        )

        return promotion_request
