from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.snapshot_seal_reason import SnapshotSealReason

T = TypeVar("T", bound="Snapshot")


@_attrs_define
class Snapshot:
    """
    Attributes:
        snapshot_id (str): SHA-256 of the dataset, its spec and the content: the same rows always give the same id
        dataset_id (str):
        spec_version (int):
        row_count (int):
        event_time_from (datetime.datetime):  Example: 2001-01-31T23:59:00Z.
        event_time_to (datetime.datetime):  Example: 2001-01-31T23:59:00Z.
        schema_fingerprint (str): changes exactly when the columns' names or types do
        uri (str): where the artifact store keeps the snapshot file (JSON lines)
        sha256 (str):
        size_bytes (int):
        seal_reason (SnapshotSealReason):
        sealed_at (datetime.datetime):  Example: 2001-01-31T23:59:00Z.
    """

    snapshot_id: str
    dataset_id: str
    spec_version: int
    row_count: int
    event_time_from: datetime.datetime
    event_time_to: datetime.datetime
    schema_fingerprint: str
    uri: str
    sha256: str
    size_bytes: int
    seal_reason: SnapshotSealReason
    sealed_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        snapshot_id = self.snapshot_id

        dataset_id = self.dataset_id

        spec_version = self.spec_version

        row_count = self.row_count

        event_time_from = self.event_time_from.isoformat()

        event_time_to = self.event_time_to.isoformat()

        schema_fingerprint = self.schema_fingerprint

        uri = self.uri

        sha256 = self.sha256

        size_bytes = self.size_bytes

        seal_reason = self.seal_reason.value

        sealed_at = self.sealed_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "snapshotId": snapshot_id,
                "datasetId": dataset_id,
                "specVersion": spec_version,
                "rowCount": row_count,
                "eventTimeFrom": event_time_from,
                "eventTimeTo": event_time_to,
                "schemaFingerprint": schema_fingerprint,
                "uri": uri,
                "sha256": sha256,
                "sizeBytes": size_bytes,
                "sealReason": seal_reason,
                "sealedAt": sealed_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        snapshot_id = d.pop("snapshotId")

        dataset_id = d.pop("datasetId")

        spec_version = d.pop("specVersion")

        row_count = d.pop("rowCount")

        event_time_from = datetime.datetime.fromisoformat(d.pop("eventTimeFrom"))

        event_time_to = datetime.datetime.fromisoformat(d.pop("eventTimeTo"))

        schema_fingerprint = d.pop("schemaFingerprint")

        uri = d.pop("uri")

        sha256 = d.pop("sha256")

        size_bytes = d.pop("sizeBytes")

        seal_reason = SnapshotSealReason(d.pop("sealReason"))

        sealed_at = datetime.datetime.fromisoformat(d.pop("sealedAt"))

        snapshot = cls(
            snapshot_id=snapshot_id,
            dataset_id=dataset_id,
            spec_version=spec_version,
            row_count=row_count,
            event_time_from=event_time_from,
            event_time_to=event_time_to,
            schema_fingerprint=schema_fingerprint,
            uri=uri,
            sha256=sha256,
            size_bytes=size_bytes,
            seal_reason=seal_reason,
            sealed_at=sealed_at,
        )

        snapshot.additional_properties = d
        return snapshot

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
