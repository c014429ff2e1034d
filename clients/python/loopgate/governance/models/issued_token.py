from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="IssuedToken")


@_attrs_define
class IssuedToken:
    """
    Attributes:
        token (str): the bearer token: Authorization: Bearer <token>
        token_id (str):
        principal (str):
        expires_at (datetime.datetime):  Example: 2001-01-31T23:59:00Z.
    """

    token: str
    token_id: str
    principal: str
    expires_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        token = self.token

        token_id = self.token_id

        principal = self.principal

        expires_at = self.expires_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "token": token,
                "tokenId": token_id,
                "principal": principal,
                "expiresAt": expires_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        token = d.pop("token")

        token_id = d.pop("tokenId")

        principal = d.pop("principal")

        expires_at = datetime.datetime.fromisoformat(d.pop("expiresAt"))

        issued_token = cls(
            token=token,
            token_id=token_id,
            principal=principal,
            expires_at=expires_at,
        )

        issued_token.additional_properties = d
        return issued_token

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
