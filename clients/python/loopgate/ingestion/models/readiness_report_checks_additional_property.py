from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.readiness_report_checks_additional_property_status import (
    ReadinessReportChecksAdditionalPropertyStatus,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ReadinessReportChecksAdditionalProperty")


@_attrs_define
class ReadinessReportChecksAdditionalProperty:
    """
    Attributes:
        status (ReadinessReportChecksAdditionalPropertyStatus):
        ms (float):
        error (str | Unset):
    """

    status: ReadinessReportChecksAdditionalPropertyStatus
    ms: float
    error: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status.value

        ms = self.ms

        error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "ms": ms,
            }
        )
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        status = ReadinessReportChecksAdditionalPropertyStatus(d.pop("status"))

        ms = d.pop("ms")

        error = d.pop("error", UNSET)

        readiness_report_checks_additional_property = cls(
            status=status,
            ms=ms,
            error=error,
        )

        readiness_report_checks_additional_property.additional_properties = d
        return readiness_report_checks_additional_property

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
