from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.object_access_kind import ObjectAccessKind

if TYPE_CHECKING:
    from ..models.role_binding import RoleBinding


T = TypeVar("T", bound="ObjectAccess")


@_attrs_define
class ObjectAccess:
    """
    Attributes:
        kind (ObjectAccessKind):
        name (str):
        owner_team (str):
        grants (list[RoleBinding]):
        changed_by (str):
        changed_at (datetime.datetime):  Example: 2001-01-31T23:59:00Z.
    """

    kind: ObjectAccessKind
    name: str
    owner_team: str
    grants: list[RoleBinding]
    changed_by: str
    changed_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind.value

        name = self.name

        owner_team = self.owner_team

        grants = []
        for grants_item_data in self.grants:
            grants_item = grants_item_data.to_dict()
            grants.append(grants_item)

        changed_by = self.changed_by

        changed_at = self.changed_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "kind": kind,
                "name": name,
                "ownerTeam": owner_team,
                "grants": grants,
                "changedBy": changed_by,
                "changedAt": changed_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.role_binding import RoleBinding

        d = dict(src_dict)
        kind = ObjectAccessKind(d.pop("kind"))

        name = d.pop("name")

        owner_team = d.pop("ownerTeam")

        grants = []
        _grants = d.pop("grants")
        for grants_item_data in _grants:
            grants_item = RoleBinding.from_dict(grants_item_data)

            grants.append(grants_item)

        changed_by = d.pop("changedBy")

        changed_at = datetime.datetime.fromisoformat(d.pop("changedAt"))

        object_access = cls(
            kind=kind,
            name=name,
            owner_team=owner_team,
            grants=grants,
            changed_by=changed_by,
            changed_at=changed_at,
        )

        object_access.additional_properties = d
        return object_access

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
