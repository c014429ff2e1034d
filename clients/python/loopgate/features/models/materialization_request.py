from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="MaterializationRequest")


@_attrs_define
class MaterializationRequest:
    """
    Attributes:
        snapshot_id (str):
    """

    snapshot_id: str

    def to_dict(self) -> dict[str, Any]:
        snapshot_id = self.snapshot_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "snapshotId": snapshot_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        snapshot_id = d.pop("snapshotId")

        materialization_request = cls(
            snapshot_id=snapshot_id,
        )

        return materialization_request
