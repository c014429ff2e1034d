from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="IngestReceipt")


@_attrs_define
class IngestReceipt:
    """
    Attributes:
        dataset_id (str):
        spec_version (int): the spec version the rows were checked against (the latest)
        batch_id (str): the Idempotency-Key, or a new id without one
        accepted (int):
        duplicate (bool): this Idempotency-Key was accepted before: nothing new was written
    """

    dataset_id: str
    spec_version: int
    batch_id: str
    accepted: int
    duplicate: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dataset_id = self.dataset_id

        spec_version = self.spec_version

        batch_id = self.batch_id

        accepted = self.accepted

        duplicate = self.duplicate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "datasetId": dataset_id,
                "specVersion": spec_version,
                "batchId": batch_id,
                "accepted": accepted,
                "duplicate": duplicate,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        dataset_id = d.pop("datasetId")

        spec_version = d.pop("specVersion")

        batch_id = d.pop("batchId")

        accepted = d.pop("accepted")

        duplicate = d.pop("duplicate")

        ingest_receipt = cls(
            dataset_id=dataset_id,
            spec_version=spec_version,
            batch_id=batch_id,
            accepted=accepted,
            duplicate=duplicate,
        )

        ingest_receipt.additional_properties = d
        return ingest_receipt

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
