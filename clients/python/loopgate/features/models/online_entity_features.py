from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.online_entity_features_fields import OnlineEntityFeaturesFields


T = TypeVar("T", bound="OnlineEntityFeatures")


@_attrs_define
class OnlineEntityFeatures:
    """
    Attributes:
        entity_id (str):
        event_time (int): the event time of the entity's latest record, in epoch milliseconds
        fields (OnlineEntityFeaturesFields): the raw fields the feature set reads, as of that record: what a model's
            graph takes as input
        feature_set_id (str):
        version (str):
    """

    entity_id: str
    event_time: int
    fields: OnlineEntityFeaturesFields
    feature_set_id: str
    version: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        entity_id = self.entity_id

        event_time = self.event_time

        fields = self.fields.to_dict()

        feature_set_id = self.feature_set_id

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "entityId": entity_id,
                "eventTime": event_time,
                "fields": fields,
                "featureSetId": feature_set_id,
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.online_entity_features_fields import OnlineEntityFeaturesFields

        d = dict(src_dict)
        entity_id = d.pop("entityId")

        event_time = d.pop("eventTime")

        fields = OnlineEntityFeaturesFields.from_dict(d.pop("fields"))

        feature_set_id = d.pop("featureSetId")

        version = d.pop("version")

        online_entity_features = cls(
            entity_id=entity_id,
            event_time=event_time,
            fields=fields,
            feature_set_id=feature_set_id,
            version=version,
        )

        online_entity_features.additional_properties = d
        return online_entity_features

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
