from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.audit_verification_checkpoints import AuditVerificationCheckpoints
    from ..models.audit_verification_first_break_type_0 import (
        AuditVerificationFirstBreakType0,
    )


T = TypeVar("T", bound="AuditVerification")


@_attrs_define
class AuditVerification:
    """
    Attributes:
        ok (bool):
        entries (int):
        head_hash (str):
        first_break (AuditVerificationFirstBreakType0 | None): the first bad entry, when the chain is broken
        checkpoints (AuditVerificationCheckpoints): signed checkpoints on the topic compared, and the first one the log
            no longer matches
    """

    ok: bool
    entries: int
    head_hash: str
    first_break: AuditVerificationFirstBreakType0 | None
    checkpoints: AuditVerificationCheckpoints
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.audit_verification_first_break_type_0 import (
            AuditVerificationFirstBreakType0,
        )

        ok = self.ok

        entries = self.entries

        head_hash = self.head_hash

        first_break: dict[str, Any] | None
        if isinstance(self.first_break, AuditVerificationFirstBreakType0):
            first_break = self.first_break.to_dict()
        else:
            first_break = self.first_break

        checkpoints = self.checkpoints.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ok": ok,
                "entries": entries,
                "headHash": head_hash,
                "firstBreak": first_break,
                "checkpoints": checkpoints,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.audit_verification_checkpoints import AuditVerificationCheckpoints
        from ..models.audit_verification_first_break_type_0 import (
            AuditVerificationFirstBreakType0,
        )

        d = dict(src_dict)
        ok = d.pop("ok")

        entries = d.pop("entries")

        head_hash = d.pop("headHash")

        def _parse_first_break(data: object) -> AuditVerificationFirstBreakType0 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                first_break_type_0 = AuditVerificationFirstBreakType0.from_dict(data)

                return first_break_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AuditVerificationFirstBreakType0 | None, data)

        first_break = _parse_first_break(d.pop("firstBreak"))

        checkpoints = AuditVerificationCheckpoints.from_dict(d.pop("checkpoints"))

        audit_verification = cls(
            ok=ok,
            entries=entries,
            head_hash=head_hash,
            first_break=first_break,
            checkpoints=checkpoints,
        )

        audit_verification.additional_properties = d
        return audit_verification

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
