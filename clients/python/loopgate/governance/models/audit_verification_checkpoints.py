from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.audit_verification_checkpoints_mismatch_type_0 import (
        AuditVerificationCheckpointsMismatchType0,
    )


T = TypeVar("T", bound="AuditVerificationCheckpoints")


@_attrs_define
class AuditVerificationCheckpoints:
    """signed checkpoints on the topic compared, and the first one the log no longer matches

    Attributes:
        checked (int): checkpoints on the topic signed by governance's certified keys
        unverified (int): checkpoints on the topic not signed by governance (not used: anyone who may write the topic
            can put one there)
        mismatch (AuditVerificationCheckpointsMismatchType0 | None):
    """

    checked: int
    unverified: int
    mismatch: AuditVerificationCheckpointsMismatchType0 | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.audit_verification_checkpoints_mismatch_type_0 import (
            AuditVerificationCheckpointsMismatchType0,
        )

        checked = self.checked

        unverified = self.unverified

        mismatch: dict[str, Any] | None
        if isinstance(self.mismatch, AuditVerificationCheckpointsMismatchType0):
            mismatch = self.mismatch.to_dict()
        else:
            mismatch = self.mismatch

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "checked": checked,
                "unverified": unverified,
                "mismatch": mismatch,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.audit_verification_checkpoints_mismatch_type_0 import (
            AuditVerificationCheckpointsMismatchType0,
        )

        d = dict(src_dict)
        checked = d.pop("checked")

        unverified = d.pop("unverified")

        def _parse_mismatch(
            data: object,
        ) -> AuditVerificationCheckpointsMismatchType0 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                mismatch_type_0 = AuditVerificationCheckpointsMismatchType0.from_dict(
                    data
                )

                return mismatch_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AuditVerificationCheckpointsMismatchType0 | None, data)

        mismatch = _parse_mismatch(d.pop("mismatch"))

        audit_verification_checkpoints = cls(
            checked=checked,
            unverified=unverified,
            mismatch=mismatch,
        )

        audit_verification_checkpoints.additional_properties = d
        return audit_verification_checkpoints

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
