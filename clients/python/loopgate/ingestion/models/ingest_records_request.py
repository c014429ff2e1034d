from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="IngestRecordsRequest")


@_attrs_define
class IngestRecordsRequest:
    """
    Attributes:
        records (list[Any]): rows, each an object of field name to value, checked against the dataset's latest spec
    """

    records: list[Any]

    def to_dict(self) -> dict[str, Any]:
        records = self.records

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "records": records,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        records = cast(list[Any], d.pop("records"))

        ingest_records_request = cls(
            records=records,
        )

        return ingest_records_request
