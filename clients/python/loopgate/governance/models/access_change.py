from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.access_change_owner_team_type_0 import AccessChangeOwnerTeamType0
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.access_change_grants_item import AccessChangeGrantsItem


T = TypeVar("T", bound="AccessChange")


@_attrs_define
class AccessChange:
    """
    Attributes:
        owner_team (AccessChangeOwnerTeamType0 | str): the team that owns the object (only a platform admin hands it to
            another team)
        grants (list[AccessChangeGrantsItem] | Unset): roles of other teams on the object
    """

    owner_team: AccessChangeOwnerTeamType0 | str
    grants: list[AccessChangeGrantsItem] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        owner_team: str
        if isinstance(self.owner_team, AccessChangeOwnerTeamType0):
            owner_team = self.owner_team.value
        else:
            owner_team = self.owner_team

        grants: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.grants, Unset):
            grants = []
            for grants_item_data in self.grants:
                grants_item = grants_item_data.to_dict()
                grants.append(grants_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "ownerTeam": owner_team,
            }
        )
        if grants is not UNSET:
            field_dict["grants"] = grants

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.access_change_grants_item import AccessChangeGrantsItem

        d = dict(src_dict)

        def _parse_owner_team(data: object) -> AccessChangeOwnerTeamType0 | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                owner_team_type_0 = AccessChangeOwnerTeamType0(data)

                return owner_team_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AccessChangeOwnerTeamType0 | str, data)

        owner_team = _parse_owner_team(d.pop("ownerTeam"))

        _grants = d.pop("grants", UNSET)
        grants: list[AccessChangeGrantsItem] | Unset = UNSET
        if _grants is not UNSET:
            grants = []
            for grants_item_data in _grants:
                grants_item = AccessChangeGrantsItem.from_dict(grants_item_data)

                grants.append(grants_item)

        access_change = cls(
            owner_team=owner_team,
            grants=grants,
        )

        return access_change
