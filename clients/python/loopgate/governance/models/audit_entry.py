from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AuditEntry")


@_attrs_define
class AuditEntry:
    """
    Attributes:
        sequence (int): the place of the entry in the log: 1, 2, 3 ...
        event_id (str):
        type_ (str):
        topic (str):
        partition (int):
        offset (str):
        time (str): ISO-8601 time of the event, as its producer stated it
        source (str):
        actor (str):
        correlation_id (str):
        causation_id (None | str):
        subject (None | str):
        prev_hash (str):
        hash_ (str): sha256 of the entry and the hash of the one before it
        payload (Any | Unset): the event, as its type in the event catalog
    """

    sequence: int
    event_id: str
    type_: str
    topic: str
    partition: int
    offset: str
    time: str
    source: str
    actor: str
    correlation_id: str
    causation_id: None | str
    subject: None | str
    prev_hash: str
    hash_: str
    payload: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sequence = self.sequence

        event_id = self.event_id

        type_ = self.type_

        topic = self.topic

        partition = self.partition

        offset = self.offset

        time = self.time

        source = self.source

        actor = self.actor

        correlation_id = self.correlation_id

        causation_id: None | str
        causation_id = self.causation_id

        subject: None | str
        subject = self.subject

        prev_hash = self.prev_hash

        hash_ = self.hash_

        payload = self.payload

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sequence": sequence,
                "eventId": event_id,
                "type": type_,
                "topic": topic,
                "partition": partition,
                "offset": offset,
                "time": time,
                "source": source,
                "actor": actor,
                "correlationId": correlation_id,
                "causationId": causation_id,
                "subject": subject,
                "prevHash": prev_hash,
                "hash": hash_,
            }
        )
        if payload is not UNSET:
            field_dict["payload"] = payload

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        sequence = d.pop("sequence")

        event_id = d.pop("eventId")

        type_ = d.pop("type")

        topic = d.pop("topic")

        partition = d.pop("partition")

        offset = d.pop("offset")

        time = d.pop("time")

        source = d.pop("source")

        actor = d.pop("actor")

        correlation_id = d.pop("correlationId")

        def _parse_causation_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        causation_id = _parse_causation_id(d.pop("causationId"))

        def _parse_subject(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        subject = _parse_subject(d.pop("subject"))

        prev_hash = d.pop("prevHash")

        hash_ = d.pop("hash")

        payload = d.pop("payload", UNSET)

        audit_entry = cls(
            sequence=sequence,
            event_id=event_id,
            type_=type_,
            topic=topic,
            partition=partition,
            offset=offset,
            time=time,
            source=source,
            actor=actor,
            correlation_id=correlation_id,
            causation_id=causation_id,
            subject=subject,
            prev_hash=prev_hash,
            hash_=hash_,
            payload=payload,
        )

        audit_entry.additional_properties = d
        return audit_entry

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
