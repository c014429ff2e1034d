from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.promotion_outcome_awaiting_approval_status import (
    PromotionOutcomeAwaitingApprovalStatus,
)

if TYPE_CHECKING:
    from ..models.gate_result import GateResult


T = TypeVar("T", bound="PromotionOutcomeAwaitingApproval")


@_attrs_define
class PromotionOutcomeAwaitingApproval:
    """
    Attributes:
        status (PromotionOutcomeAwaitingApprovalStatus):
        approval_id (UUID):
        gates (list[GateResult]):
    """

    status: PromotionOutcomeAwaitingApprovalStatus
    approval_id: UUID
    gates: list[GateResult]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status.value

        approval_id = str(self.approval_id)

        gates = []
        for gates_item_data in self.gates:
            gates_item = gates_item_data.to_dict()
            gates.append(gates_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "approvalId": approval_id,
                "gates": gates,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.gate_result import GateResult

        d = dict(src_dict)
        status = PromotionOutcomeAwaitingApprovalStatus(d.pop("status"))

        approval_id = UUID(d.pop("approvalId"))

        gates = []
        _gates = d.pop("gates")
        for gates_item_data in _gates:
            gates_item = GateResult.from_dict(gates_item_data)

            gates.append(gates_item)

        promotion_outcome_awaiting_approval = cls(
            status=status,
            approval_id=approval_id,
            gates=gates,
        )

        promotion_outcome_awaiting_approval.additional_properties = d
        return promotion_outcome_awaiting_approval

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
