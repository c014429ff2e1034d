from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.role_binding_role import RoleBindingRole
from ..models.role_binding_team_type_0 import RoleBindingTeamType0

T = TypeVar("T", bound="RoleBinding")


@_attrs_define
class RoleBinding:
    """
    Attributes:
        team (RoleBindingTeamType0 | str): a team, or * for every team
        role (RoleBindingRole):
    """

    team: RoleBindingTeamType0 | str
    role: RoleBindingRole

    def to_dict(self) -> dict[str, Any]:
        team: str
        if isinstance(self.team, RoleBindingTeamType0):
            team = self.team.value
        else:
            team = self.team

        role = self.role.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "team": team,
                "role": role,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_team(data: object) -> RoleBindingTeamType0 | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                team_type_0 = RoleBindingTeamType0(data)

                return team_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(RoleBindingTeamType0 | str, data)

        team = _parse_team(d.pop("team"))

        role = RoleBindingRole(d.pop("role"))

        role_binding = cls(
            team=team,
            role=role,
        )

        return role_binding
