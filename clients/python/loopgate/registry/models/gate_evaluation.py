from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.gate_evaluation_target_stage import GateEvaluationTargetStage

if TYPE_CHECKING:
    from ..models.gate_result import GateResult


T = TypeVar("T", bound="GateEvaluation")


@_attrs_define
class GateEvaluation:
    """
    Attributes:
        evaluation_id (UUID):
        model_name (str):
        version (int):
        target_stage (GateEvaluationTargetStage):
        policy_version (str):
        passed (bool):
        gates (list[GateResult]):
        requested_by (str):
        created_at (datetime.datetime):  Example: 2001-01-31T23:59:00Z.
    """

    evaluation_id: UUID
    model_name: str
    version: int
    target_stage: GateEvaluationTargetStage
    policy_version: str
    passed: bool
    gates: list[GateResult]
    requested_by: str
    created_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        evaluation_id = str(self.evaluation_id)

        model_name = self.model_name

        version = self.version

        target_stage = self.target_stage.value

        policy_version = self.policy_version

        passed = self.passed

        gates = []
        for gates_item_data in self.gates:
            gates_item = gates_item_data.to_dict()
            gates.append(gates_item)

        requested_by = self.requested_by

        created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "evaluationId": evaluation_id,
                "modelName": model_name,
                "version": version,
                "targetStage": target_stage,
                "policyVersion": policy_version,
                "passed": passed,
                "gates": gates,
                "requestedBy": requested_by,
                "createdAt": created_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.gate_result import GateResult

        d = dict(src_dict)
        evaluation_id = UUID(d.pop("evaluationId"))

        model_name = d.pop("modelName")

        version = d.pop("version")

        target_stage = GateEvaluationTargetStage(d.pop("targetStage"))

        policy_version = d.pop("policyVersion")

        passed = d.pop("passed")

        gates = []
        _gates = d.pop("gates")
        for gates_item_data in _gates:
            gates_item = GateResult.from_dict(gates_item_data)

            gates.append(gates_item)

        requested_by = d.pop("requestedBy")

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        gate_evaluation = cls(
            evaluation_id=evaluation_id,
            model_name=model_name,
            version=version,
            target_stage=target_stage,
            policy_version=policy_version,
            passed=passed,
            gates=gates,
            requested_by=requested_by,
            created_at=created_at,
        )

        gate_evaluation.additional_properties = d
        return gate_evaluation

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
