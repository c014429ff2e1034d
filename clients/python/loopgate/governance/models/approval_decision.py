from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.approval_decision_decision import ApprovalDecisionDecision

T = TypeVar("T", bound="ApprovalDecision")


@_attrs_define
class ApprovalDecision:
    """
    Attributes:
        decision (ApprovalDecisionDecision):
        reason (str):
    """

    decision: ApprovalDecisionDecision
    reason: str

    def to_dict(self) -> dict[str, Any]:
        decision = self.decision.value

        reason = self.reason

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "decision": decision,
                "reason": reason,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        decision = ApprovalDecisionDecision(d.pop("decision"))

        reason = d.pop("reason")

        approval_decision = cls(
            decision=decision,
            reason=reason,
        )

        return approval_decision
