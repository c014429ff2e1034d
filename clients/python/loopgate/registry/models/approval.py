from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.approval_status import ApprovalStatus
from ..models.approval_target_stage import ApprovalTargetStage

T = TypeVar("T", bound="Approval")


@_attrs_define
class Approval:
    """
    Attributes:
        approval_id (UUID):
        model_name (str):
        version (int):
        target_stage (ApprovalTargetStage):
        traffic_percent (int | None):
        status (ApprovalStatus): OBSOLETE: granted after the version had moved on
        reason (str):
        requested_by (str):
        failed_gates (list[str]):
        decided_by (None | str):
        decision_reason (None | str):
        created_at (datetime.datetime):  Example: 2001-01-31T23:59:00Z.
        decided_at (datetime.datetime | None):  Example: 2001-01-31T23:59:00Z.
    """

    approval_id: UUID
    model_name: str
    version: int
    target_stage: ApprovalTargetStage
    traffic_percent: int | None
    status: ApprovalStatus
    reason: str
    requested_by: str
    failed_gates: list[str]
    decided_by: None | str
    decision_reason: None | str
    created_at: datetime.datetime
    decided_at: datetime.datetime | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        approval_id = str(self.approval_id)

        model_name = self.model_name

        version = self.version

        target_stage = self.target_stage.value

        traffic_percent: int | None
        traffic_percent = self.traffic_percent

        status = self.status.value

        reason = self.reason

        requested_by = self.requested_by

        failed_gates = self.failed_gates

        decided_by: None | str
        decided_by = self.decided_by

        decision_reason: None | str
        decision_reason = self.decision_reason

        created_at = self.created_at.isoformat()

        decided_at: None | str
        if isinstance(self.decided_at, datetime.datetime):
            decided_at = self.decided_at.isoformat()
        else:
            decided_at = self.decided_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "approvalId": approval_id,
                "modelName": model_name,
                "version": version,
                "targetStage": target_stage,
                "trafficPercent": traffic_percent,
                "status": status,
                "reason": reason,
                "requestedBy": requested_by,
                "failedGates": failed_gates,
                "decidedBy": decided_by,
                "decisionReason": decision_reason,
                "createdAt": created_at,
                "decidedAt": decided_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        approval_id = UUID(d.pop("approvalId"))

        model_name = d.pop("modelName")

        version = d.pop("version")

        target_stage = ApprovalTargetStage(d.pop("targetStage"))

        def _parse_traffic_percent(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        traffic_percent = _parse_traffic_percent(d.pop("trafficPercent"))

        status = ApprovalStatus(d.pop("status"))

        reason = d.pop("reason")

        requested_by = d.pop("requestedBy")

        failed_gates = cast(list[str], d.pop("failedGates"))

        def _parse_decided_by(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        decided_by = _parse_decided_by(d.pop("decidedBy"))

        def _parse_decision_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        decision_reason = _parse_decision_reason(d.pop("decisionReason"))

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        def _parse_decided_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                decided_at_type_0 = datetime.datetime.fromisoformat(data)

                return decided_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        decided_at = _parse_decided_at(d.pop("decidedAt"))

        approval = cls(
            approval_id=approval_id,
            model_name=model_name,
            version=version,
            target_stage=target_stage,
            traffic_percent=traffic_percent,
            status=status,
            reason=reason,
            requested_by=requested_by,
            failed_gates=failed_gates,
            decided_by=decided_by,
            decision_reason=decision_reason,
            created_at=created_at,
            decided_at=decided_at,
        )

        approval.additional_properties = d
        return approval

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
