from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.batch_score_request_input import BatchScoreRequestInput


T = TypeVar("T", bound="BatchScoreRequest")


@_attrs_define
class BatchScoreRequest:
    """
    Attributes:
        input_ (BatchScoreRequestInput): a file of rows (JSON lines) in the artifact store: a snapshot's artifact
        snapshot_id (str | Unset): the snapshot the rows come from, recorded with the scores
        version (int | Unset): a deployed version; the primary when absent
        entity_key (str | Unset): the field that names each row's entity
    """

    input_: BatchScoreRequestInput
    snapshot_id: str | Unset = UNSET
    version: int | Unset = UNSET
    entity_key: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        input_ = self.input_.to_dict()

        snapshot_id = self.snapshot_id

        version = self.version

        entity_key = self.entity_key

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "input": input_,
            }
        )
        if snapshot_id is not UNSET:
            field_dict["snapshotId"] = snapshot_id
        if version is not UNSET:
            field_dict["version"] = version
        if entity_key is not UNSET:
            field_dict["entityKey"] = entity_key

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.batch_score_request_input import BatchScoreRequestInput

        d = dict(src_dict)
        input_ = BatchScoreRequestInput.from_dict(d.pop("input"))

        snapshot_id = d.pop("snapshotId", UNSET)

        version = d.pop("version", UNSET)

        entity_key = d.pop("entityKey", UNSET)

        batch_score_request = cls(
            input_=input_,
            snapshot_id=snapshot_id,
            version=version,
            entity_key=entity_key,
        )

        return batch_score_request
