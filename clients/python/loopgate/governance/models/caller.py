from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.caller_kind import CallerKind

if TYPE_CHECKING:
    from ..models.role_binding import RoleBinding


T = TypeVar("T", bound="Caller")


@_attrs_define
class Caller:
    """
    Attributes:
        name (str):
        kind (CallerKind):
        roles (list[RoleBinding]):
        token_id (str):
        expires_at (int): when the token expires, epoch milliseconds
    """

    name: str
    kind: CallerKind
    roles: list[RoleBinding]
    token_id: str
    expires_at: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        kind = self.kind.value

        roles = []
        for roles_item_data in self.roles:
            roles_item = roles_item_data.to_dict()
            roles.append(roles_item)

        token_id = self.token_id

        expires_at = self.expires_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "kind": kind,
                "roles": roles,
                "tokenId": token_id,
                "expiresAt": expires_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.role_binding import RoleBinding

        d = dict(src_dict)
        name = d.pop("name")

        kind = CallerKind(d.pop("kind"))

        roles = []
        _roles = d.pop("roles")
        for roles_item_data in _roles:
            roles_item = RoleBinding.from_dict(roles_item_data)

            roles.append(roles_item)

        token_id = d.pop("tokenId")

        expires_at = d.pop("expiresAt")

        caller = cls(
            name=name,
            kind=kind,
            roles=roles,
            token_id=token_id,
            expires_at=expires_at,
        )

        caller.additional_properties = d
        return caller

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
