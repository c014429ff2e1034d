from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="BatchScoreRequestInput")


@_attrs_define
class BatchScoreRequestInput:
    """a file of rows (JSON lines) in the artifact store: a snapshot's artifact

    Attributes:
        uri (str):
        sha256 (str):
    """

    uri: str
    sha256: str

    def to_dict(self) -> dict[str, Any]:
        uri = self.uri

        sha256 = self.sha256

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "uri": uri,
                "sha256": sha256,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        uri = d.pop("uri")

        sha256 = d.pop("sha256")

        batch_score_request_input = cls(
            uri=uri,
            sha256=sha256,
        )

        return batch_score_request_input
