from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.training_request_answer_requested_status import (
    TrainingRequestAnswerRequestedStatus,
)

T = TypeVar("T", bound="TrainingRequestAnswerRequested")


@_attrs_define
class TrainingRequestAnswerRequested:
    """
    Attributes:
        request_id (str):
        status (TrainingRequestAnswerRequestedStatus):
    """

    request_id: str
    status: TrainingRequestAnswerRequestedStatus
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        request_id = self.request_id

        status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "requestId": request_id,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        request_id = d.pop("requestId")

        status = TrainingRequestAnswerRequestedStatus(d.pop("status"))

        training_request_answer_requested = cls(
            request_id=request_id,
            status=status,
        )

        training_request_answer_requested.additional_properties = d
        return training_request_answer_requested

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
