"""Contains all the data models used in inputs/outputs"""

from .artifact_ref import ArtifactRef
from .batch_score_request import BatchScoreRequest
from .batch_scored import BatchScored
from .batch_scored_output import BatchScoredOutput
from .deployment import Deployment
from .deployment_canary_type_0 import DeploymentCanaryType0
from .deployment_previous_type_0 import DeploymentPreviousType0
from .deployment_primary_type_0 import DeploymentPrimaryType0
from .deployment_shadow_type_0 import DeploymentShadowType0
from .error import Error
from .error_error import ErrorError
from .error_error_details import ErrorErrorDetails
from .health_live_response_200 import HealthLiveResponse200
from .health_live_response_200_status import HealthLiveResponse200Status
from .inference_error import InferenceError
from .inference_model_metadata import InferenceModelMetadata
from .inference_model_metadata_inputs_item import InferenceModelMetadataInputsItem
from .inference_model_metadata_outputs_item import InferenceModelMetadataOutputsItem
from .inference_request import InferenceRequest
from .inference_request_inputs_item import InferenceRequestInputsItem
from .inference_request_inputs_item_parameters import (
    InferenceRequestInputsItemParameters,
)
from .inference_request_outputs_item import InferenceRequestOutputsItem
from .inference_request_outputs_item_parameters import (
    InferenceRequestOutputsItemParameters,
)
from .inference_request_parameters import InferenceRequestParameters
from .inference_response import InferenceResponse
from .inference_response_outputs_item import InferenceResponseOutputsItem
from .open_api_asset_asset import OpenApiAssetAsset
from .open_inference_health_live_response_200 import OpenInferenceHealthLiveResponse200
from .open_inference_health_ready_response_200 import (
    OpenInferenceHealthReadyResponse200,
)
from .open_inference_health_server_response_200 import (
    OpenInferenceHealthServerResponse200,
)
from .open_inference_ready_response_200 import OpenInferenceReadyResponse200
from .open_inference_version_ready_response_200 import (
    OpenInferenceVersionReadyResponse200,
)
from .predict_request import PredictRequest
from .predict_rows_request import PredictRowsRequest
from .prediction import Prediction
from .prediction_probabilities import PredictionProbabilities
from .prediction_route import PredictionRoute
from .prediction_task import PredictionTask
from .predictions import Predictions
from .readiness_report import ReadinessReport
from .readiness_report_checks import ReadinessReportChecks
from .readiness_report_checks_additional_property import (
    ReadinessReportChecksAdditionalProperty,
)
from .readiness_report_checks_additional_property_status import (
    ReadinessReportChecksAdditionalPropertyStatus,
)
from .readiness_report_status import ReadinessReportStatus
from .row import Row

__all__ = (
    "ArtifactRef",
    "BatchScoreRequest",
    "BatchScored",
    "BatchScoredOutput",
    "Deployment",
    "DeploymentCanaryType0",
    "DeploymentPreviousType0",
    "DeploymentPrimaryType0",
    "DeploymentShadowType0",
    "Error",
    "ErrorError",
    "ErrorErrorDetails",
    "HealthLiveResponse200",
    "HealthLiveResponse200Status",
    "InferenceError",
    "InferenceModelMetadata",
    "InferenceModelMetadataInputsItem",
    "InferenceModelMetadataOutputsItem",
    "InferenceRequest",
    "InferenceRequestInputsItem",
    "InferenceRequestInputsItemParameters",
    "InferenceRequestOutputsItem",
    "InferenceRequestOutputsItemParameters",
    "InferenceRequestParameters",
    "InferenceResponse",
    "InferenceResponseOutputsItem",
    "OpenApiAssetAsset",
    "OpenInferenceHealthLiveResponse200",
    "OpenInferenceHealthReadyResponse200",
    "OpenInferenceHealthServerResponse200",
    "OpenInferenceReadyResponse200",
    "OpenInferenceVersionReadyResponse200",
    "PredictRequest",
    "PredictRowsRequest",
    "Prediction",
    "PredictionProbabilities",
    "PredictionRoute",
    "PredictionTask",
    "Predictions",
    "ReadinessReport",
    "ReadinessReportChecks",
    "ReadinessReportChecksAdditionalProperty",
    "ReadinessReportChecksAdditionalPropertyStatus",
    "ReadinessReportStatus",
    "Row",
)
