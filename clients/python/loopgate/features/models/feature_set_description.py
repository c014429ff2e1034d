from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.feature_definition import FeatureDefinition
    from ..models.feature_set_description_versions_item import (
        FeatureSetDescriptionVersionsItem,
    )


T = TypeVar("T", bound="FeatureSetDescription")


@_attrs_define
class FeatureSetDescription:
    """
    Attributes:
        feature_set_id (str):
        version (str): the hash of the definition: the same definition, the same version
        dataset_id (str):
        definition (FeatureDefinition):
        registered_by (str):
        created_at (datetime.datetime):  Example: 2001-01-31T23:59:00Z.
        versions (list[FeatureSetDescriptionVersionsItem]): every version, newest first
    """

    feature_set_id: str
    version: str
    dataset_id: str
    definition: FeatureDefinition
    registered_by: str
    created_at: datetime.datetime
    versions: list[FeatureSetDescriptionVersionsItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        feature_set_id = self.feature_set_id

        version = self.version

        dataset_id = self.dataset_id

        definition = self.definition.to_dict()

        registered_by = self.registered_by

        created_at = self.created_at.isoformat()

        versions = []
        for versions_item_data in self.versions:
            versions_item = versions_item_data.to_dict()
            versions.append(versions_item)

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
                "versions": versions,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.feature_definition import FeatureDefinition
        from ..models.feature_set_description_versions_item import (
            FeatureSetDescriptionVersionsItem,
        )

        d = dict(src_dict)
        feature_set_id = d.pop("featureSetId")

        version = d.pop("version")

        dataset_id = d.pop("datasetId")

        definition = FeatureDefinition.from_dict(d.pop("definition"))

        registered_by = d.pop("registeredBy")

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        versions = []
        _versions = d.pop("versions")
        for versions_item_data in _versions:
            versions_item = FeatureSetDescriptionVersionsItem.from_dict(
                versions_item_data
            )

            versions.append(versions_item)

        feature_set_description = cls(
            feature_set_id=feature_set_id,
            version=version,
            dataset_id=dataset_id,
            definition=definition,
            registered_by=registered_by,
            created_at=created_at,
            versions=versions,
        )

        feature_set_description.additional_properties = d
        return feature_set_description

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
