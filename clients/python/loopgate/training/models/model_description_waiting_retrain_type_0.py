from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ModelDescriptionWaitingRetrainType0")


@_attrs_define
class ModelDescriptionWaitingRetrainType0:
    """a retraining recommendation waiting for the next training set, if any

    Attributes:
        recommendation_id (str):
        requested_by (str):
        received_at (datetime.datetime):  Example: 2001-01-31T23:59:00Z.
    """

    recommendation_id: str
    requested_by: str
    received_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        recommendation_id = self.recommendation_id

        requested_by = self.requested_by

        received_at = self.received_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "recommendationId": recommendation_id,
                "requestedBy": requested_by,
                "receivedAt": received_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        recommendation_id = d.pop("recommendationId")

        requested_by = d.pop("requestedBy")

        received_at = datetime.datetime.fromisoformat(d.pop("receivedAt"))

        model_description_waiting_retrain_type_0 = cls(
            recommendation_id=recommendation_id,
            requested_by=requested_by,
            received_at=received_at,
        )

        model_description_waiting_retrain_type_0.additional_properties = d
        return model_description_waiting_retrain_type_0

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
