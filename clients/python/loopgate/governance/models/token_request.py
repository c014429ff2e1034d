from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="TokenRequest")


@_attrs_define
class TokenRequest:
    """
    Attributes:
        principal (str):
        secret (str):
        ttl_seconds (int | Unset): the token's lifetime; the service's default when absent, its maximum at most
    """

    principal: str
    secret: str
    ttl_seconds: int | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        principal = self.principal

        secret = self.secret

        ttl_seconds = self.ttl_seconds

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "principal": principal,
                "secret": secret,
            }
        )
        if ttl_seconds is not UNSET:
            field_dict["ttlSeconds"] = ttl_seconds

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        principal = d.pop("principal")

        secret = d.pop("secret")

        ttl_seconds = d.pop("ttlSeconds", UNSET)

        token_request = cls(
            principal=principal,
            secret=secret,
            ttl_seconds=ttl_seconds,
        )

        return token_request
