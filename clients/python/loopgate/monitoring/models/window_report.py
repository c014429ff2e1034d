from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.window_report_kind import WindowReportKind

if TYPE_CHECKING:
    from ..models.window_report_measurements import WindowReportMeasurements


T = TypeVar("T", bound="WindowReport")


@_attrs_define
class WindowReport:
    """
    Attributes:
        report_id (UUID):
        kind (WindowReportKind):
        model_name (str):
        version (int):
        window_from (int): epoch milliseconds
        window_to (int): epoch milliseconds
        window_size (int):
        status (str): OK, or what went wrong: DEGRADED, BREACHED, REGRESSED
        measurements (WindowReportMeasurements): what the window measured: quality overall and per segment, SLOs
            (latency, fallbacks, throughput), or each check of the canary against the primary
        created_at (datetime.datetime):  Example: 2001-01-31T23:59:00Z.
    """

    report_id: UUID
    kind: WindowReportKind
    model_name: str
    version: int
    window_from: int
    window_to: int
    window_size: int
    status: str
    measurements: WindowReportMeasurements
    created_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        report_id = str(self.report_id)

        kind = self.kind.value

        model_name = self.model_name

        version = self.version

        window_from = self.window_from

        window_to = self.window_to

        window_size = self.window_size

        status = self.status

        measurements = self.measurements.to_dict()

        created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "reportId": report_id,
                "kind": kind,
                "modelName": model_name,
                "version": version,
                "windowFrom": window_from,
                "windowTo": window_to,
                "windowSize": window_size,
                "status": status,
                "measurements": measurements,
                "createdAt": created_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.window_report_measurements import WindowReportMeasurements

        d = dict(src_dict)
        report_id = UUID(d.pop("reportId"))

        kind = WindowReportKind(d.pop("kind"))

        model_name = d.pop("modelName")

        version = d.pop("version")

        window_from = d.pop("windowFrom")

        window_to = d.pop("windowTo")

        window_size = d.pop("windowSize")

        status = d.pop("status")

        measurements = WindowReportMeasurements.from_dict(d.pop("measurements"))

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        window_report = cls(
            report_id=report_id,
            kind=kind,
            model_name=model_name,
            version=version,
            window_from=window_from,
            window_to=window_to,
            window_size=window_size,
            status=status,
            measurements=measurements,
            created_at=created_at,
        )

        window_report.additional_properties = d
        return window_report

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
