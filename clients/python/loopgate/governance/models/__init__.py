"""Contains all the data models used in inputs/outputs"""

from .access_change import AccessChange
from .access_change_grants_item import AccessChangeGrantsItem
from .access_change_grants_item_role import AccessChangeGrantsItemRole
from .access_change_grants_item_team_type_0 import AccessChangeGrantsItemTeamType0
from .access_change_owner_team_type_0 import AccessChangeOwnerTeamType0
from .approval import Approval
from .approval_decision import ApprovalDecision
from .approval_decision_decision import ApprovalDecisionDecision
from .approval_status import ApprovalStatus
from .approvals_list_response_200 import ApprovalsListResponse200
from .approvals_list_status import ApprovalsListStatus
from .audit_entry import AuditEntry
from .audit_list_response_200 import AuditListResponse200
from .audit_verification import AuditVerification
from .audit_verification_checkpoints import AuditVerificationCheckpoints
from .audit_verification_checkpoints_mismatch_type_0 import (
    AuditVerificationCheckpointsMismatchType0,
)
from .audit_verification_first_break_type_0 import AuditVerificationFirstBreakType0
from .caller import Caller
from .caller_kind import CallerKind
from .created_principal import CreatedPrincipal
from .error import Error
from .error_error import ErrorError
from .error_error_details import ErrorErrorDetails
from .health_live_response_200 import HealthLiveResponse200
from .health_live_response_200_status import HealthLiveResponse200Status
from .identities_list_response_200 import IdentitiesListResponse200
from .issued_token import IssuedToken
from .jwk import Jwk
from .jwk_alg import JwkAlg
from .jwk_crv import JwkCrv
from .jwk_kty import JwkKty
from .jwk_use import JwkUse
from .jwks import Jwks
from .lineage_step import LineageStep
from .lineage_step_payload import LineageStepPayload
from .model_lineage import ModelLineage
from .model_lineage_model import ModelLineageModel
from .model_lineage_model_payload import ModelLineageModelPayload
from .model_lineage_recommendation_type_0 import ModelLineageRecommendationType0
from .model_lineage_request_type_0 import ModelLineageRequestType0
from .model_lineage_request_type_0_payload import ModelLineageRequestType0Payload
from .model_lineage_run_type_0 import ModelLineageRunType0
from .model_lineage_run_type_0_payload import ModelLineageRunType0Payload
from .model_lineage_snapshot_type_0 import ModelLineageSnapshotType0
from .model_lineage_snapshot_type_0_payload import ModelLineageSnapshotType0Payload
from .model_lineage_training_set_type_0 import ModelLineageTrainingSetType0
from .model_lineage_training_set_type_0_payload import (
    ModelLineageTrainingSetType0Payload,
)
from .new_principal import NewPrincipal
from .new_principal_kind import NewPrincipalKind
from .object_access import ObjectAccess
from .object_access_kind import ObjectAccessKind
from .open_api_asset_asset import OpenApiAssetAsset
from .prediction_lineage import PredictionLineage
from .prediction_lineage_model import PredictionLineageModel
from .prediction_lineage_model_payload import PredictionLineageModelPayload
from .prediction_lineage_prediction import PredictionLineagePrediction
from .prediction_lineage_prediction_payload import PredictionLineagePredictionPayload
from .prediction_lineage_recommendation_type_0 import (
    PredictionLineageRecommendationType0,
)
from .prediction_lineage_request_type_0 import PredictionLineageRequestType0
from .prediction_lineage_request_type_0_payload import (
    PredictionLineageRequestType0Payload,
)
from .prediction_lineage_run_type_0 import PredictionLineageRunType0
from .prediction_lineage_run_type_0_payload import PredictionLineageRunType0Payload
from .prediction_lineage_snapshot_type_0 import PredictionLineageSnapshotType0
from .prediction_lineage_snapshot_type_0_payload import (
    PredictionLineageSnapshotType0Payload,
)
from .prediction_lineage_training_set_type_0 import PredictionLineageTrainingSetType0
from .prediction_lineage_training_set_type_0_payload import (
    PredictionLineageTrainingSetType0Payload,
)
from .principal import Principal
from .principal_kind import PrincipalKind
from .readiness_report import ReadinessReport
from .readiness_report_checks import ReadinessReportChecks
from .readiness_report_checks_additional_property import (
    ReadinessReportChecksAdditionalProperty,
)
from .readiness_report_checks_additional_property_status import (
    ReadinessReportChecksAdditionalPropertyStatus,
)
from .readiness_report_status import ReadinessReportStatus
from .reason import Reason
from .role_binding import RoleBinding
from .role_binding_role import RoleBindingRole
from .role_binding_team_type_0 import RoleBindingTeamType0
from .signing_key import SigningKey
from .signing_key_rotation import SigningKeyRotation
from .snapshot_lineage import SnapshotLineage
from .snapshot_lineage_models_item import SnapshotLineageModelsItem
from .token_request import TokenRequest
from .token_revocation import TokenRevocation

__all__ = (
    "AccessChange",
    "AccessChangeGrantsItem",
    "AccessChangeGrantsItemRole",
    "AccessChangeGrantsItemTeamType0",
    "AccessChangeOwnerTeamType0",
    "Approval",
    "ApprovalDecision",
    "ApprovalDecisionDecision",
    "ApprovalStatus",
    "ApprovalsListResponse200",
    "ApprovalsListStatus",
    "AuditEntry",
    "AuditListResponse200",
    "AuditVerification",
    "AuditVerificationCheckpoints",
    "AuditVerificationCheckpointsMismatchType0",
    "AuditVerificationFirstBreakType0",
    "Caller",
    "CallerKind",
    "CreatedPrincipal",
    "Error",
    "ErrorError",
    "ErrorErrorDetails",
    "HealthLiveResponse200",
    "HealthLiveResponse200Status",
    "IdentitiesListResponse200",
    "IssuedToken",
    "Jwk",
    "JwkAlg",
    "JwkCrv",
    "JwkKty",
    "JwkUse",
    "Jwks",
    "LineageStep",
    "LineageStepPayload",
    "ModelLineage",
    "ModelLineageModel",
    "ModelLineageModelPayload",
    "ModelLineageRecommendationType0",
    "ModelLineageRequestType0",
    "ModelLineageRequestType0Payload",
    "ModelLineageRunType0",
    "ModelLineageRunType0Payload",
    "ModelLineageSnapshotType0",
    "ModelLineageSnapshotType0Payload",
    "ModelLineageTrainingSetType0",
    "ModelLineageTrainingSetType0Payload",
    "NewPrincipal",
    "NewPrincipalKind",
    "ObjectAccess",
    "ObjectAccessKind",
    "OpenApiAssetAsset",
    "PredictionLineage",
    "PredictionLineageModel",
    "PredictionLineageModelPayload",
    "PredictionLineagePrediction",
    "PredictionLineagePredictionPayload",
    "PredictionLineageRecommendationType0",
    "PredictionLineageRequestType0",
    "PredictionLineageRequestType0Payload",
    "PredictionLineageRunType0",
    "PredictionLineageRunType0Payload",
    "PredictionLineageSnapshotType0",
    "PredictionLineageSnapshotType0Payload",
    "PredictionLineageTrainingSetType0",
    "PredictionLineageTrainingSetType0Payload",
    "Principal",
    "PrincipalKind",
    "ReadinessReport",
    "ReadinessReportChecks",
    "ReadinessReportChecksAdditionalProperty",
    "ReadinessReportChecksAdditionalPropertyStatus",
    "ReadinessReportStatus",
    "Reason",
    "RoleBinding",
    "RoleBindingRole",
    "RoleBindingTeamType0",
    "SigningKey",
    "SigningKeyRotation",
    "SnapshotLineage",
    "SnapshotLineageModelsItem",
    "TokenRequest",
    "TokenRevocation",
)
