from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.artifact_ref import ArtifactRef
    from ..models.batch_scored_output import BatchScoredOutput


T = TypeVar("T", bound="BatchScored")


@_attrs_define
class BatchScored:
    """
    Attributes:
        batch_id (str):
        model_name (str):
        version (int):
        model_sha_256 (str):
        snapshot_id (None | str):
        input_ (ArtifactRef):
        output (BatchScoredOutput): the scores: JSON lines of row index, entity, score and label, in input order
        rows (int):
        duration_ms (int):
        requested_by (str):
    """

    batch_id: str
    model_name: str
    version: int
    model_sha_256: str
    snapshot_id: None | str
    input_: ArtifactRef
    output: BatchScoredOutput
    rows: int
    duration_ms: int
    requested_by: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        batch_id = self.batch_id

        model_name = self.model_name

        version = self.version

        model_sha_256 = self.model_sha_256

        snapshot_id: None | str
        snapshot_id = self.snapshot_id

        input_ = self.input_.to_dict()

        output = self.output.to_dict()

        rows = self.rows

        duration_ms = self.duration_ms

        requested_by = self.requested_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "batchId": batch_id,
                "modelName": model_name,
                "version": version,
                "modelSha256": model_sha_256,
                "snapshotId": snapshot_id,
                "input": input_,
                "output": output,
                "rows": rows,
                "durationMs": duration_ms,
                "requestedBy": requested_by,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.artifact_ref import ArtifactRef
        from ..models.batch_scored_output import BatchScoredOutput

        d = dict(src_dict)
        batch_id = d.pop("batchId")

        model_name = d.pop("modelName")

        version = d.pop("version")

        model_sha_256 = d.pop("modelSha256")

        def _parse_snapshot_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        snapshot_id = _parse_snapshot_id(d.pop("snapshotId"))

        input_ = ArtifactRef.from_dict(d.pop("input"))

        output = BatchScoredOutput.from_dict(d.pop("output"))

        rows = d.pop("rows")

        duration_ms = d.pop("durationMs")

        requested_by = d.pop("requestedBy")

        batch_scored = cls(
            batch_id=batch_id,
            model_name=model_name,
            version=version,
            model_sha_256=model_sha_256,
            snapshot_id=snapshot_id,
            input_=input_,
            output=output,
            rows=rows,
            duration_ms=duration_ms,
            requested_by=requested_by,
        )

        batch_scored.additional_properties = d
        return batch_scored

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
