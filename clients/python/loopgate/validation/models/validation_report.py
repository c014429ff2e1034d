from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.validation_report_status import ValidationReportStatus
from ..models.validation_report_verdict import ValidationReportVerdict

if TYPE_CHECKING:
    from ..models.check_result import CheckResult


T = TypeVar("T", bound="ValidationReport")


@_attrs_define
class ValidationReport:
    """
    Attributes:
        report_id (UUID):
        snapshot_id (str):
        dataset_id (str):
        spec_version (int):
        row_count (int):
        verdict (ValidationReportVerdict):
        status (ValidationReportStatus): ACCEPTED (PASS or WARN) and RELEASED snapshots may be trained on; QUARANTINED
            and REJECTED ones may not
        checks (list[CheckResult]):
        schema_fingerprint (str):
        duration_ms (int):
        created_at (datetime.datetime):  Example: 2001-01-31T23:59:00Z.
        decided_by (None | str): who released or rejected a quarantined snapshot
        decision_reason (None | str):
        decided_at (datetime.datetime | None):  Example: 2001-01-31T23:59:00Z.
    """

    report_id: UUID
    snapshot_id: str
    dataset_id: str
    spec_version: int
    row_count: int
    verdict: ValidationReportVerdict
    status: ValidationReportStatus
    checks: list[CheckResult]
    schema_fingerprint: str
    duration_ms: int
    created_at: datetime.datetime
    decided_by: None | str
    decision_reason: None | str
    decided_at: datetime.datetime | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        report_id = str(self.report_id)

        snapshot_id = self.snapshot_id

        dataset_id = self.dataset_id

        spec_version = self.spec_version

        row_count = self.row_count

        verdict = self.verdict.value

        status = self.status.value

        checks = []
        for checks_item_data in self.checks:
            checks_item = checks_item_data.to_dict()
            checks.append(checks_item)

        schema_fingerprint = self.schema_fingerprint

        duration_ms = self.duration_ms

        created_at = self.created_at.isoformat()

        decided_by: None | str
        decided_by = self.decided_by

        decision_reason: None | str
        decision_reason = self.decision_reason

        decided_at: None | str
        if isinstance(self.decided_at, datetime.datetime):
            decided_at = self.decided_at.isoformat()
        else:
            decided_at = self.decided_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "reportId": report_id,
                "snapshotId": snapshot_id,
                "datasetId": dataset_id,
                "specVersion": spec_version,
                "rowCount": row_count,
                "verdict": verdict,
                "status": status,
                "checks": checks,
                "schemaFingerprint": schema_fingerprint,
                "durationMs": duration_ms,
                "createdAt": created_at,
                "decidedBy": decided_by,
                "decisionReason": decision_reason,
                "decidedAt": decided_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.check_result import CheckResult

        d = dict(src_dict)
        report_id = UUID(d.pop("reportId"))

        snapshot_id = d.pop("snapshotId")

        dataset_id = d.pop("datasetId")

        spec_version = d.pop("specVersion")

        row_count = d.pop("rowCount")

        verdict = ValidationReportVerdict(d.pop("verdict"))

        status = ValidationReportStatus(d.pop("status"))

        checks = []
        _checks = d.pop("checks")
        for checks_item_data in _checks:
            checks_item = CheckResult.from_dict(checks_item_data)

            checks.append(checks_item)

        schema_fingerprint = d.pop("schemaFingerprint")

        duration_ms = d.pop("durationMs")

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        def _parse_decided_by(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        decided_by = _parse_decided_by(d.pop("decidedBy"))

        def _parse_decision_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        decision_reason = _parse_decision_reason(d.pop("decisionReason"))

        def _parse_decided_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                decided_at_type_0 = datetime.datetime.fromisoformat(data)

                return decided_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        decided_at = _parse_decided_at(d.pop("decidedAt"))

        validation_report = cls(
            report_id=report_id,
            snapshot_id=snapshot_id,
            dataset_id=dataset_id,
            spec_version=spec_version,
            row_count=row_count,
            verdict=verdict,
            status=status,
            checks=checks,
            schema_fingerprint=schema_fingerprint,
            duration_ms=duration_ms,
            created_at=created_at,
            decided_by=decided_by,
            decision_reason=decision_reason,
            decided_at=decided_at,
        )

        validation_report.additional_properties = d
        return validation_report

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
