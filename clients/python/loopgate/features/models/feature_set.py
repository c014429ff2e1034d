from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.feature_definition import FeatureDefinition


T = TypeVar("T", bound="FeatureSet")


@_attrs_define
class FeatureSet:
    """
    Attributes:
        feature_set_id (str):
        version (str): the hash of the definition: the same definition, the same version
        dataset_id (str):
        definition (FeatureDefinition):
        registered_by (str):
        created_at (datetime.datetime):  Example: 2001-01-31T23:59:00Z.
    """

    feature_set_id: str
    version: str
    dataset_id: str
    definition: FeatureDefinition
    registered_by: str
    created_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        feature_set_id = self.feature_set_id

        version = self.version

        dataset_id = self.dataset_id

        definition = self.definition.to_dict()

        registered_by = self.registered_by

        created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "featureSetId": feature_set_id,
                "version": version,
                "datasetId": dataset_id,
                "definition": definition,
                "registeredBy": registered_by,
                "createdAt": created_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.feature_definition import FeatureDefinition

        d = dict(src_dict)
        feature_set_id = d.pop("featureSetId")

        version = d.pop("version")

        dataset_id = d.pop("datasetId")

        definition = FeatureDefinition.from_dict(d.pop("definition"))

        registered_by = d.pop("registeredBy")

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        feature_set = cls(
            feature_set_id=feature_set_id,
            version=version,
            dataset_id=dataset_id,
            definition=definition,
            registered_by=registered_by,
            created_at=created_at,
        )

        feature_set.additional_properties = d
        return feature_set

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
