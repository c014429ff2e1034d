"""Contains all the data models used in inputs/outputs"""

from .approval import Approval
from .approval_status import ApprovalStatus
from .approval_target_stage import ApprovalTargetStage
from .artifact_ref import ArtifactRef
from .error import Error
from .error_error import ErrorError
from .error_error_details import ErrorErrorDetails
from .gate_evaluation import GateEvaluation
from .gate_evaluation_target_stage import GateEvaluationTargetStage
from .gate_result import GateResult
from .health_live_response_200 import HealthLiveResponse200
from .health_live_response_200_status import HealthLiveResponse200Status
from .model_version import ModelVersion
from .model_version_bias_metrics_item import ModelVersionBiasMetricsItem
from .model_version_bias_metrics_item_group_sizes import (
    ModelVersionBiasMetricsItemGroupSizes,
)
from .model_version_bias_metrics_item_groups import ModelVersionBiasMetricsItemGroups
from .model_version_description import ModelVersionDescription
from .model_version_description_bias_metrics_item import (
    ModelVersionDescriptionBiasMetricsItem,
)
from .model_version_description_bias_metrics_item_group_sizes import (
    ModelVersionDescriptionBiasMetricsItemGroupSizes,
)
from .model_version_description_bias_metrics_item_groups import (
    ModelVersionDescriptionBiasMetricsItemGroups,
)
from .model_version_description_metrics import ModelVersionDescriptionMetrics
from .model_version_description_stage import ModelVersionDescriptionStage
from .model_version_metrics import ModelVersionMetrics
from .model_version_stage import ModelVersionStage
from .open_api_asset_asset import OpenApiAssetAsset
from .promotion_outcome_awaiting_approval import PromotionOutcomeAwaitingApproval
from .promotion_outcome_awaiting_approval_status import (
    PromotionOutcomeAwaitingApprovalStatus,
)
from .promotion_outcome_promoted import PromotionOutcomePromoted
from .promotion_outcome_promoted_status import PromotionOutcomePromotedStatus
from .promotion_policy import PromotionPolicy
from .promotion_policy_approval import PromotionPolicyApproval
from .promotion_policy_auto_release_type_0 import PromotionPolicyAutoReleaseType0
from .promotion_policy_data_verdicts_item import PromotionPolicyDataVerdictsItem
from .promotion_policy_load_test_required_for_item import (
    PromotionPolicyLoadTestRequiredForItem,
)
from .promotion_policy_max_bias import PromotionPolicyMaxBias
from .promotion_policy_max_regression_type_0 import PromotionPolicyMaxRegressionType0
from .promotion_policy_max_regression_type_0_metrics import (
    PromotionPolicyMaxRegressionType0Metrics,
)
from .promotion_policy_min_metrics import PromotionPolicyMinMetrics
from .promotion_policy_unmeasured import PromotionPolicyUnmeasured
from .promotion_policy_version import PromotionPolicyVersion
from .promotion_request import PromotionRequest
from .promotion_request_target_stage import PromotionRequestTargetStage
from .promotions_approvals_status import PromotionsApprovalsStatus
from .readiness_report import ReadinessReport
from .readiness_report_checks import ReadinessReportChecks
from .readiness_report_checks_additional_property import (
    ReadinessReportChecksAdditionalProperty,
)
from .readiness_report_checks_additional_property_status import (
    ReadinessReportChecksAdditionalPropertyStatus,
)
from .readiness_report_status import ReadinessReportStatus
from .rollback import Rollback
from .rollback_request import RollbackRequest
from .segment_metrics import SegmentMetrics
from .segment_metrics_metrics import SegmentMetricsMetrics
from .stage_change import StageChange
from .stage_change_from_stage import StageChangeFromStage
from .stage_change_to_stage import StageChangeToStage
from .versions_list_response_200 import VersionsListResponse200
from .versions_list_stage import VersionsListStage

__all__ = (
    "Approval",
    "ApprovalStatus",
    "ApprovalTargetStage",
    "ArtifactRef",
    "Error",
    "ErrorError",
    "ErrorErrorDetails",
    "GateEvaluation",
    "GateEvaluationTargetStage",
    "GateResult",
    "HealthLiveResponse200",
    "HealthLiveResponse200Status",
    "ModelVersion",
    "ModelVersionBiasMetricsItem",
    "ModelVersionBiasMetricsItemGroupSizes",
    "ModelVersionBiasMetricsItemGroups",
    "ModelVersionDescription",
    "ModelVersionDescriptionBiasMetricsItem",
    "ModelVersionDescriptionBiasMetricsItemGroupSizes",
    "ModelVersionDescriptionBiasMetricsItemGroups",
    "ModelVersionDescriptionMetrics",
    "ModelVersionDescriptionStage",
    "ModelVersionMetrics",
    "ModelVersionStage",
    "OpenApiAssetAsset",
    "PromotionOutcomeAwaitingApproval",
    "PromotionOutcomeAwaitingApprovalStatus",
    "PromotionOutcomePromoted",
    "PromotionOutcomePromotedStatus",
    "PromotionPolicy",
    "PromotionPolicyApproval",
    "PromotionPolicyAutoReleaseType0",
    "PromotionPolicyDataVerdictsItem",
    "PromotionPolicyLoadTestRequiredForItem",
    "PromotionPolicyMaxBias",
    "PromotionPolicyMaxRegressionType0",
    "PromotionPolicyMaxRegressionType0Metrics",
    "PromotionPolicyMinMetrics",
    "PromotionPolicyUnmeasured",
    "PromotionPolicyVersion",
    "PromotionRequest",
    "PromotionRequestTargetStage",
    "PromotionsApprovalsStatus",
    "ReadinessReport",
    "ReadinessReportChecks",
    "ReadinessReportChecksAdditionalProperty",
    "ReadinessReportChecksAdditionalPropertyStatus",
    "ReadinessReportStatus",
    "Rollback",
    "RollbackRequest",
    "SegmentMetrics",
    "SegmentMetricsMetrics",
    "StageChange",
    "StageChangeFromStage",
    "StageChangeToStage",
    "VersionsListResponse200",
    "VersionsListStage",
)
