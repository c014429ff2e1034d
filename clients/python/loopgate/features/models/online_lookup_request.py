from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="OnlineLookupRequest")


@_attrs_define
class OnlineLookupRequest:
    """
    Attributes:
        entity_ids (list[str]):
    """

    entity_ids: list[str]

    def to_dict(self) -> dict[str, Any]:
        entity_ids = self.entity_ids

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "entityIds": entity_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        entity_ids = cast(list[str], d.pop("entityIds"))

        online_lookup_request = cls(
            entity_ids=entity_ids,
        )

        return online_lookup_request
