"""Contains all the data models used in inputs/outputs"""

from .artifact_ref_type_0 import ArtifactRefType0
from .bias_metric import BiasMetric
from .bias_metric_group_sizes import BiasMetricGroupSizes
from .bias_metric_groups import BiasMetricGroups
from .error import Error
from .error_error import ErrorError
from .error_error_details import ErrorErrorDetails
from .health_live_response_200 import HealthLiveResponse200
from .health_live_response_200_status import HealthLiveResponse200Status
from .import_manifest import ImportManifest
from .import_manifest_inputs_type_0 import ImportManifestInputsType0
from .import_manifest_inputs_type_0_fields import ImportManifestInputsType0Fields
from .import_manifest_inputs_type_0_kind import ImportManifestInputsType0Kind
from .import_manifest_inputs_type_1 import ImportManifestInputsType1
from .import_manifest_inputs_type_1_kind import ImportManifestInputsType1Kind
from .import_manifest_outputs import ImportManifestOutputs
from .import_manifest_task import ImportManifestTask
from .model_config import ModelConfig
from .model_config_params import ModelConfigParams
from .model_config_request import ModelConfigRequest
from .model_config_request_params import ModelConfigRequestParams
from .model_config_request_retrain_on import ModelConfigRequestRetrainOn
from .model_config_request_split import ModelConfigRequestSplit
from .model_config_request_task import ModelConfigRequestTask
from .model_config_retrain_on import ModelConfigRetrainOn
from .model_config_split import ModelConfigSplit
from .model_config_task import ModelConfigTask
from .model_description import ModelDescription
from .model_description_params import ModelDescriptionParams
from .model_description_retrain_on import ModelDescriptionRetrainOn
from .model_description_split import ModelDescriptionSplit
from .model_description_task import ModelDescriptionTask
from .model_description_waiting_retrain_type_0 import (
    ModelDescriptionWaitingRetrainType0,
)
from .model_imports_import_model_body import ModelImportsImportModelBody
from .models_list_response_200 import ModelsListResponse200
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
from .run import Run
from .run_comparison import RunComparison
from .run_comparison_differences_item import RunComparisonDifferencesItem
from .run_comparison_metrics_item import RunComparisonMetricsItem
from .run_comparison_params_item import RunComparisonParamsItem
from .run_comparison_segments_item import RunComparisonSegmentsItem
from .run_comparison_segments_item_metrics_item import (
    RunComparisonSegmentsItemMetricsItem,
)
from .run_comparison_segments_item_sample_size import (
    RunComparisonSegmentsItemSampleSize,
)
from .run_cross_validation_type_0 import RunCrossValidationType0
from .run_cross_validation_type_0_metrics import RunCrossValidationType0Metrics
from .run_cross_validation_type_0_metrics_additional_property import (
    RunCrossValidationType0MetricsAdditionalProperty,
)
from .run_effective_params_type_0 import RunEffectiveParamsType0
from .run_metrics_type_0 import RunMetricsType0
from .run_requested_params import RunRequestedParams
from .run_status import RunStatus
from .run_task import RunTask
from .runs_list_response_200 import RunsListResponse200
from .runs_list_status import RunsListStatus
from .segment_metrics import SegmentMetrics
from .segment_metrics_metrics import SegmentMetricsMetrics
from .training_request import TrainingRequest
from .training_request_answer_requested import TrainingRequestAnswerRequested
from .training_request_answer_requested_status import (
    TrainingRequestAnswerRequestedStatus,
)
from .training_request_answer_type_1 import TrainingRequestAnswerType1
from .training_request_answer_type_1_status import TrainingRequestAnswerType1Status
from .training_request_params import TrainingRequestParams
from .training_request_reason import TrainingRequestReason

__all__ = (
    "ArtifactRefType0",
    "BiasMetric",
    "BiasMetricGroupSizes",
    "BiasMetricGroups",
    "Error",
    "ErrorError",
    "ErrorErrorDetails",
    "HealthLiveResponse200",
    "HealthLiveResponse200Status",
    "ImportManifest",
    "ImportManifestInputsType0",
    "ImportManifestInputsType0Fields",
    "ImportManifestInputsType0Kind",
    "ImportManifestInputsType1",
    "ImportManifestInputsType1Kind",
    "ImportManifestOutputs",
    "ImportManifestTask",
    "ModelConfig",
    "ModelConfigParams",
    "ModelConfigRequest",
    "ModelConfigRequestParams",
    "ModelConfigRequestRetrainOn",
    "ModelConfigRequestSplit",
    "ModelConfigRequestTask",
    "ModelConfigRetrainOn",
    "ModelConfigSplit",
    "ModelConfigTask",
    "ModelDescription",
    "ModelDescriptionParams",
    "ModelDescriptionRetrainOn",
    "ModelDescriptionSplit",
    "ModelDescriptionTask",
    "ModelDescriptionWaitingRetrainType0",
    "ModelImportsImportModelBody",
    "ModelsListResponse200",
    "OpenApiAssetAsset",
    "ReadinessReport",
    "ReadinessReportChecks",
    "ReadinessReportChecksAdditionalProperty",
    "ReadinessReportChecksAdditionalPropertyStatus",
    "ReadinessReportStatus",
    "Run",
    "RunComparison",
    "RunComparisonDifferencesItem",
    "RunComparisonMetricsItem",
    "RunComparisonParamsItem",
    "RunComparisonSegmentsItem",
    "RunComparisonSegmentsItemMetricsItem",
    "RunComparisonSegmentsItemSampleSize",
    "RunCrossValidationType0",
    "RunCrossValidationType0Metrics",
    "RunCrossValidationType0MetricsAdditionalProperty",
    "RunEffectiveParamsType0",
    "RunMetricsType0",
    "RunRequestedParams",
    "RunStatus",
    "RunTask",
    "RunsListResponse200",
    "RunsListStatus",
    "SegmentMetrics",
    "SegmentMetricsMetrics",
    "TrainingRequest",
    "TrainingRequestAnswerRequested",
    "TrainingRequestAnswerRequestedStatus",
    "TrainingRequestAnswerType1",
    "TrainingRequestAnswerType1Status",
    "TrainingRequestParams",
    "TrainingRequestReason",
)
