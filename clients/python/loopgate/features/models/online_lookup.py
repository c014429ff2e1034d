from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.online_features import OnlineFeatures


T = TypeVar("T", bound="OnlineLookup")


@_attrs_define
class OnlineLookup:
    """
    Attributes:
        feature_set_id (str):
        version (str): the feature set version whose fields were read
        found (list[OnlineFeatures]): the entities found, in request order
        missing (list[str]): the entities no record of has reached the online store
    """

    feature_set_id: str
    version: str
    found: list[OnlineFeatures]
    missing: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        feature_set_id = self.feature_set_id

        version = self.version

        found = []
        for found_item_data in self.found:
            found_item = found_item_data.to_dict()
            found.append(found_item)

        missing = self.missing

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "featureSetId": feature_set_id,
                "version": version,
                "found": found,
                "missing": missing,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.online_features import OnlineFeatures

        d = dict(src_dict)
        feature_set_id = d.pop("featureSetId")

        version = d.pop("version")

        found = []
        _found = d.pop("found")
        for found_item_data in _found:
            found_item = OnlineFeatures.from_dict(found_item_data)

            found.append(found_item)

        missing = cast(list[str], d.pop("missing"))

        online_lookup = cls(
            feature_set_id=feature_set_id,
            version=version,
            found=found,
            missing=missing,
        )

        online_lookup.additional_properties = d
        return online_lookup

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
