"""Contains all the data models used in inputs/outputs"""

from .check_result import CheckResult
from .check_result_status import CheckResultStatus
from .error import Error
from .error_error import ErrorError
from .error_error_details import ErrorErrorDetails
from .health_live_response_200 import HealthLiveResponse200
from .health_live_response_200_status import HealthLiveResponse200Status
from .open_api_asset_asset import OpenApiAssetAsset
from .readiness_report import ReadinessReport
from .readiness_report_checks import ReadinessReportChecks
from .readiness_report_checks_additional_property import (
    ReadinessReportChecksAdditionalProperty,
)
from .readiness_report_checks_additional_property_status import (
    ReadinessReportChecksAdditionalPropertyStatus,
)
from .readiness_report_status import ReadinessReportStatus
from .reports_list_response_200 import ReportsListResponse200
from .snapshot_decision import SnapshotDecision
from .validation_report import ValidationReport
from .validation_report_status import ValidationReportStatus
from .validation_report_verdict import ValidationReportVerdict

__all__ = (
    "CheckResult",
    "CheckResultStatus",
    "Error",
    "ErrorError",
    "ErrorErrorDetails",
    "HealthLiveResponse200",
    "HealthLiveResponse200Status",
    "OpenApiAssetAsset",
    "ReadinessReport",
    "ReadinessReportChecks",
    "ReadinessReportChecksAdditionalProperty",
    "ReadinessReportChecksAdditionalPropertyStatus",
    "ReadinessReportStatus",
    "ReportsListResponse200",
    "SnapshotDecision",
    "ValidationReport",
    "ValidationReportStatus",
    "ValidationReportVerdict",
)
