from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.access_change_grants_item_role import AccessChangeGrantsItemRole
from ..models.access_change_grants_item_team_type_0 import (
    AccessChangeGrantsItemTeamType0,
)

T = TypeVar("T", bound="AccessChangeGrantsItem")


@_attrs_define
class AccessChangeGrantsItem:
    """
    Attributes:
        team (AccessChangeGrantsItemTeamType0 | str): one team (not *)
        role (AccessChangeGrantsItemRole):
    """

    team: AccessChangeGrantsItemTeamType0 | str
    role: AccessChangeGrantsItemRole

    def to_dict(self) -> dict[str, Any]:
        team: str
        if isinstance(self.team, AccessChangeGrantsItemTeamType0):
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

        def _parse_team(data: object) -> AccessChangeGrantsItemTeamType0 | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                team_type_0 = AccessChangeGrantsItemTeamType0(data)

                return team_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AccessChangeGrantsItemTeamType0 | str, data)

        team = _parse_team(d.pop("team"))

        role = AccessChangeGrantsItemRole(d.pop("role"))

        access_change_grants_item = cls(
            team=team,
            role=role,
        )

        return access_change_grants_item
