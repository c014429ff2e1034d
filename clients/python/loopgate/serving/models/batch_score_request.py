from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="BatchScoreRequest")


@_attrs_define
class BatchScoreRequest:
    """
    Attributes:
        snapshot_id (str): a sealed snapshot of a dataset the caller may read: its rows (the snapshot's own artifact)
            are scored
        version (int | Unset): a deployed version; the primary when absent
        entity_key (str | Unset): the field that names each row's entity
    """

    snapshot_id: str
    version: int | Unset = UNSET
    entity_key: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        snapshot_id = self.snapshot_id

        version = self.version

        entity_key = self.entity_key

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "snapshotId": snapshot_id,
            }
        )
        if version is not UNSET:
            field_dict["version"] = version
        if entity_key is not UNSET:
            field_dict["entityKey"] = entity_key

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        snapshot_id = d.pop("snapshotId")

        version = d.pop("version", UNSET)

        entity_key = d.pop("entityKey", UNSET)

        batch_score_request = cls(
            snapshot_id=snapshot_id,
            version=version,
            entity_key=entity_key,
        )

        return batch_score_request
