from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DatasetStats")


@_attrs_define
class DatasetStats:
    """
    Attributes:
        dataset_id (str):
        records (int): records accepted, sealed or not
        pending (int): records waiting for a snapshot
        snapshots (int):
        labels (int): labels observed after their records
        first_event_time (datetime.datetime | None):  Example: 2001-01-31T23:59:00Z.
        last_event_time (datetime.datetime | None):  Example: 2001-01-31T23:59:00Z.
    """

    dataset_id: str
    records: int
    pending: int
    snapshots: int
    labels: int
    first_event_time: datetime.datetime | None
    last_event_time: datetime.datetime | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dataset_id = self.dataset_id

        records = self.records

        pending = self.pending

        snapshots = self.snapshots

        labels = self.labels

        first_event_time: None | str
        if isinstance(self.first_event_time, datetime.datetime):
            first_event_time = self.first_event_time.isoformat()
        else:
            first_event_time = self.first_event_time

        last_event_time: None | str
        if isinstance(self.last_event_time, datetime.datetime):
            last_event_time = self.last_event_time.isoformat()
        else:
            last_event_time = self.last_event_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "datasetId": dataset_id,
                "records": records,
                "pending": pending,
                "snapshots": snapshots,
                "labels": labels,
                "firstEventTime": first_event_time,
                "lastEventTime": last_event_time,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        dataset_id = d.pop("datasetId")

        records = d.pop("records")

        pending = d.pop("pending")

        snapshots = d.pop("snapshots")

        labels = d.pop("labels")

        def _parse_first_event_time(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                first_event_time_type_0 = datetime.datetime.fromisoformat(data)

                return first_event_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        first_event_time = _parse_first_event_time(d.pop("firstEventTime"))

        def _parse_last_event_time(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_event_time_type_0 = datetime.datetime.fromisoformat(data)

                return last_event_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        last_event_time = _parse_last_event_time(d.pop("lastEventTime"))

        dataset_stats = cls(
            dataset_id=dataset_id,
            records=records,
            pending=pending,
            snapshots=snapshots,
            labels=labels,
            first_event_time=first_event_time,
            last_event_time=last_event_time,
        )

        dataset_stats.additional_properties = d
        return dataset_stats

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
