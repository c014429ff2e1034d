from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.drift_report_severity import DriftReportSeverity

if TYPE_CHECKING:
    from ..models.drift_report_unseen_categories import DriftReportUnseenCategories
    from ..models.feature_drift import FeatureDrift


T = TypeVar("T", bound="DriftReport")


@_attrs_define
class DriftReport:
    """
    Attributes:
        report_id (UUID):
        model_name (str):
        version (int):
        window_from (int): the first prediction of the window, epoch milliseconds
        window_to (int): the last prediction of the window, epoch milliseconds
        window_size (int):
        severity (DriftReportSeverity):
        features (list[FeatureDrift]):
        unseen_categories (DriftReportUnseenCategories): per categorical input, the share of the window's rows whose
            value the model had not seen
        created_at (datetime.datetime):  Example: 2001-01-31T23:59:00Z.
    """

    report_id: UUID
    model_name: str
    version: int
    window_from: int
    window_to: int
    window_size: int
    severity: DriftReportSeverity
    features: list[FeatureDrift]
    unseen_categories: DriftReportUnseenCategories
    created_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        report_id = str(self.report_id)

        model_name = self.model_name

        version = self.version

        window_from = self.window_from

        window_to = self.window_to

        window_size = self.window_size

        severity = self.severity.value

        features = []
        for features_item_data in self.features:
            features_item = features_item_data.to_dict()
            features.append(features_item)

        unseen_categories = self.unseen_categories.to_dict()

        created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "reportId": report_id,
                "modelName": model_name,
                "version": version,
                "windowFrom": window_from,
                "windowTo": window_to,
                "windowSize": window_size,
                "severity": severity,
                "features": features,
                "unseenCategories": unseen_categories,
                "createdAt": created_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.drift_report_unseen_categories import DriftReportUnseenCategories
        from ..models.feature_drift import FeatureDrift

        d = dict(src_dict)
        report_id = UUID(d.pop("reportId"))

        model_name = d.pop("modelName")

        version = d.pop("version")

        window_from = d.pop("windowFrom")

        window_to = d.pop("windowTo")

        window_size = d.pop("windowSize")

        severity = DriftReportSeverity(d.pop("severity"))

        features = []
        _features = d.pop("features")
        for features_item_data in _features:
            features_item = FeatureDrift.from_dict(features_item_data)

            features.append(features_item)

        unseen_categories = DriftReportUnseenCategories.from_dict(
            d.pop("unseenCategories")
        )

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        drift_report = cls(
            report_id=report_id,
            model_name=model_name,
            version=version,
            window_from=window_from,
            window_to=window_to,
            window_size=window_size,
            severity=severity,
            features=features,
            unseen_categories=unseen_categories,
            created_at=created_at,
        )

        drift_report.additional_properties = d
        return drift_report

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
