from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.online_features_fields import OnlineFeaturesFields


T = TypeVar("T", bound="OnlineFeatures")


@_attrs_define
class OnlineFeatures:
    """
    Attributes:
        entity_id (str):
        event_time (int): the event time of the entity's latest record, in epoch milliseconds
        fields (OnlineFeaturesFields): the raw fields the feature set reads, as of that record: what a model's graph
            takes as input
    """

    entity_id: str
    event_time: int
    fields: OnlineFeaturesFields
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        entity_id = self.entity_id

        event_time = self.event_time

        fields = self.fields.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "entityId": entity_id,
                "eventTime": event_time,
                "fields": fields,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.online_features_fields import OnlineFeaturesFields

        d = dict(src_dict)
        entity_id = d.pop("entityId")

        event_time = d.pop("eventTime")

        fields = OnlineFeaturesFields.from_dict(d.pop("fields"))

        online_features = cls(
            entity_id=entity_id,
            event_time=event_time,
            fields=fields,
        )

        online_features.additional_properties = d
        return online_features

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
