from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SigningKey")


@_attrs_define
class SigningKey:
    """
    Attributes:
        key_id (str):
        created_at (datetime.datetime):  Example: 2001-01-31T23:59:00Z.
        retires_at (datetime.datetime | None): when it stops verifying tokens (the longest a token it signed can live);
            null while it signs Example: 2001-01-31T23:59:00Z.
        revoked_at (datetime.datetime | None): when it was revoked: it verifies nothing since Example:
            2001-01-31T23:59:00Z.
    """

    key_id: str
    created_at: datetime.datetime
    retires_at: datetime.datetime | None
    revoked_at: datetime.datetime | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key_id = self.key_id

        created_at = self.created_at.isoformat()

        retires_at: None | str
        if isinstance(self.retires_at, datetime.datetime):
            retires_at = self.retires_at.isoformat()
        else:
            retires_at = self.retires_at

        revoked_at: None | str
        if isinstance(self.revoked_at, datetime.datetime):
            revoked_at = self.revoked_at.isoformat()
        else:
            revoked_at = self.revoked_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "keyId": key_id,
                "createdAt": created_at,
                "retiresAt": retires_at,
                "revokedAt": revoked_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        key_id = d.pop("keyId")

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        def _parse_retires_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                retires_at_type_0 = datetime.datetime.fromisoformat(data)

                return retires_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        retires_at = _parse_retires_at(d.pop("retiresAt"))

        def _parse_revoked_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                revoked_at_type_0 = datetime.datetime.fromisoformat(data)

                return revoked_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        revoked_at = _parse_revoked_at(d.pop("revokedAt"))

        signing_key = cls(
            key_id=key_id,
            created_at=created_at,
            retires_at=retires_at,
            revoked_at=revoked_at,
        )

        signing_key.additional_properties = d
        return signing_key

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
