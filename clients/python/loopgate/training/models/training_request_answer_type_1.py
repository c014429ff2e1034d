from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.training_request_answer_type_1_status import (
    TrainingRequestAnswerType1Status,
)

T = TypeVar("T", bound="TrainingRequestAnswerType1")


@_attrs_define
class TrainingRequestAnswerType1:
    """
    Attributes:
        request_id (str):
        status (TrainingRequestAnswerType1Status):
        run_id (UUID):
    """

    request_id: str
    status: TrainingRequestAnswerType1Status
    run_id: UUID
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        request_id = self.request_id

        status = self.status.value

        run_id = str(self.run_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "requestId": request_id,
                "status": status,
                "runId": run_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        request_id = d.pop("requestId")

        status = TrainingRequestAnswerType1Status(d.pop("status"))

        run_id = UUID(d.pop("runId"))

        training_request_answer_type_1 = cls(
            request_id=request_id,
            status=status,
            run_id=run_id,
        )

        training_request_answer_type_1.additional_properties = d
        return training_request_answer_type_1

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
