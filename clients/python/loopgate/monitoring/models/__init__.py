"""Contains all the data models used in inputs/outputs"""

from .drift_report import DriftReport
from .drift_report_severity import DriftReportSeverity
from .drift_report_unseen_categories import DriftReportUnseenCategories
from .drift_reports_list_response_200 import DriftReportsListResponse200
from .error import Error
from .error_error import ErrorError
from .error_error_details import ErrorErrorDetails
from .feature_drift import FeatureDrift
from .feature_drift_kind import FeatureDriftKind
from .feature_drift_status import FeatureDriftStatus
from .health_live_response_200 import HealthLiveResponse200
from .health_live_response_200_status import HealthLiveResponse200Status
from .monitoring_policy import MonitoringPolicy
from .monitoring_policy_canary import MonitoringPolicyCanary
from .monitoring_policy_drift import MonitoringPolicyDrift
from .monitoring_policy_drift_per_feature import MonitoringPolicyDriftPerFeature
from .monitoring_policy_drift_per_feature_additional_property import (
    MonitoringPolicyDriftPerFeatureAdditionalProperty,
)
from .monitoring_policy_quality import MonitoringPolicyQuality
from .monitoring_policy_quality_ceilings import MonitoringPolicyQualityCeilings
from .monitoring_policy_quality_floors import MonitoringPolicyQualityFloors
from .monitoring_policy_retrain import MonitoringPolicyRetrain
from .monitoring_policy_rollback import MonitoringPolicyRollback
from .monitoring_policy_slo import MonitoringPolicySlo
from .monitoring_policy_version import MonitoringPolicyVersion
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
from .recommendation import Recommendation
from .recommendation_kind import RecommendationKind
from .recommendation_status import RecommendationStatus
from .retrain_request import RetrainRequest
from .signal import Signal
from .signal_payload import SignalPayload
from .signal_type import SignalType
from .signals_list_recommendations_response_200 import (
    SignalsListRecommendationsResponse200,
)
from .signals_list_reports_kind import SignalsListReportsKind
from .signals_list_reports_response_200 import SignalsListReportsResponse200
from .signals_list_signals_response_200 import SignalsListSignalsResponse200
from .signals_list_signals_type import SignalsListSignalsType
from .window_report import WindowReport
from .window_report_kind import WindowReportKind
from .window_report_measurements import WindowReportMeasurements

__all__ = (
    "DriftReport",
    "DriftReportSeverity",
    "DriftReportUnseenCategories",
    "DriftReportsListResponse200",
    "Error",
    "ErrorError",
    "ErrorErrorDetails",
    "FeatureDrift",
    "FeatureDriftKind",
    "FeatureDriftStatus",
    "HealthLiveResponse200",
    "HealthLiveResponse200Status",
    "MonitoringPolicy",
    "MonitoringPolicyCanary",
    "MonitoringPolicyDrift",
    "MonitoringPolicyDriftPerFeature",
    "MonitoringPolicyDriftPerFeatureAdditionalProperty",
    "MonitoringPolicyQuality",
    "MonitoringPolicyQualityCeilings",
    "MonitoringPolicyQualityFloors",
    "MonitoringPolicyRetrain",
    "MonitoringPolicyRollback",
    "MonitoringPolicySlo",
    "MonitoringPolicyVersion",
    "OpenApiAssetAsset",
    "ReadinessReport",
    "ReadinessReportChecks",
    "ReadinessReportChecksAdditionalProperty",
    "ReadinessReportChecksAdditionalPropertyStatus",
    "ReadinessReportStatus",
    "Recommendation",
    "RecommendationKind",
    "RecommendationStatus",
    "RetrainRequest",
    "Signal",
    "SignalPayload",
    "SignalType",
    "SignalsListRecommendationsResponse200",
    "SignalsListReportsKind",
    "SignalsListReportsResponse200",
    "SignalsListSignalsResponse200",
    "SignalsListSignalsType",
    "WindowReport",
    "WindowReportKind",
    "WindowReportMeasurements",
)
