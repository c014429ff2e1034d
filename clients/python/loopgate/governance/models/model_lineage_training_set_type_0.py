from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.model_lineage_training_set_type_0_payload import (
        ModelLineageTrainingSetType0Payload,
    )


T = TypeVar("T", bound="ModelLineageTrainingSetType0")


@_attrs_define
class ModelLineageTrainingSetType0:
    """FeatureSetMaterialized

    Attributes:
        type_ (str): the event type that says it
        event_id (str):
        time (datetime.datetime):  Example: 2001-01-31T23:59:00Z.
        actor (str):
        payload (ModelLineageTrainingSetType0Payload): the event, as its type in the event catalog
    """

    type_: str
    event_id: str
    time: datetime.datetime
    actor: str
    payload: ModelLineageTrainingSetType0Payload
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        event_id = self.event_id

        time = self.time.isoformat()

        actor = self.actor

        payload = self.payload.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "eventId": event_id,
                "time": time,
                "actor": actor,
                "payload": payload,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.model_lineage_training_set_type_0_payload import (
            ModelLineageTrainingSetType0Payload,
        )

        d = dict(src_dict)
        type_ = d.pop("type")

        event_id = d.pop("eventId")

        time = datetime.datetime.fromisoformat(d.pop("time"))

        actor = d.pop("actor")

        payload = ModelLineageTrainingSetType0Payload.from_dict(d.pop("payload"))

        model_lineage_training_set_type_0 = cls(
            type_=type_,
            event_id=event_id,
            time=time,
            actor=actor,
            payload=payload,
        )

        model_lineage_training_set_type_0.additional_properties = d
        return model_lineage_training_set_type_0

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
