from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.new_principal_kind import NewPrincipalKind

if TYPE_CHECKING:
    from ..models.role_binding import RoleBinding


T = TypeVar("T", bound="NewPrincipal")


@_attrs_define
class NewPrincipal:
    """
    Attributes:
        name (str):
        kind (NewPrincipalKind):
        roles (list[RoleBinding]):
    """

    name: str
    kind: NewPrincipalKind
    roles: list[RoleBinding]

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        kind = self.kind.value

        roles = []
        for roles_item_data in self.roles:
            roles_item = roles_item_data.to_dict()
            roles.append(roles_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "kind": kind,
                "roles": roles,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.role_binding import RoleBinding

        d = dict(src_dict)
        name = d.pop("name")

        kind = NewPrincipalKind(d.pop("kind"))

        roles = []
        _roles = d.pop("roles")
        for roles_item_data in _roles:
            roles_item = RoleBinding.from_dict(roles_item_data)

            roles.append(roles_item)

        new_principal = cls(
            name=name,
            kind=kind,
            roles=roles,
        )

        return new_principal
