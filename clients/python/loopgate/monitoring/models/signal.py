from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.signal_type import SignalType

if TYPE_CHECKING:
    from ..models.signal_payload import SignalPayload


T = TypeVar("T", bound="Signal")


@_attrs_define
class Signal:
    """
    Attributes:
        signal_id (UUID):
        type_ (SignalType):
        model_name (str):
        version (int | None):
        summary (str):
        payload (SignalPayload): the event as it was published (its type in the event catalog)
        created_at (datetime.datetime):  Example: 2001-01-31T23:59:00Z.
    """

    signal_id: UUID
    type_: SignalType
    model_name: str
    version: int | None
    summary: str
    payload: SignalPayload
    created_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        signal_id = str(self.signal_id)

        type_ = self.type_.value

        model_name = self.model_name

        version: int | None
        version = self.version

        summary = self.summary

        payload = self.payload.to_dict()

        created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "signalId": signal_id,
                "type": type_,
                "modelName": model_name,
                "version": version,
                "summary": summary,
                "payload": payload,
                "createdAt": created_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.signal_payload import SignalPayload

        d = dict(src_dict)
        signal_id = UUID(d.pop("signalId"))

        type_ = SignalType(d.pop("type"))

        model_name = d.pop("modelName")

        def _parse_version(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        version = _parse_version(d.pop("version"))

        summary = d.pop("summary")

        payload = SignalPayload.from_dict(d.pop("payload"))

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        signal = cls(
            signal_id=signal_id,
            type_=type_,
            model_name=model_name,
            version=version,
            summary=summary,
            payload=payload,
            created_at=created_at,
        )

        signal.additional_properties = d
        return signal

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
