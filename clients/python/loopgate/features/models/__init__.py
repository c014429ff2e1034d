"""Contains all the data models used in inputs/outputs"""

from .error import Error
from .error_error import ErrorError
from .error_error_details import ErrorErrorDetails
from .feature_bucket import FeatureBucket
from .feature_bucket_kind import FeatureBucketKind
from .feature_categorical import FeatureCategorical
from .feature_categorical_encoding import FeatureCategoricalEncoding
from .feature_categorical_kind import FeatureCategoricalKind
from .feature_datetime import FeatureDatetime
from .feature_datetime_kind import FeatureDatetimeKind
from .feature_datetime_parts_item import FeatureDatetimePartsItem
from .feature_definition import FeatureDefinition
from .feature_numeric import FeatureNumeric
from .feature_numeric_clip import FeatureNumericClip
from .feature_numeric_impute_type_0 import FeatureNumericImputeType0
from .feature_numeric_impute_type_1 import FeatureNumericImputeType1
from .feature_numeric_kind import FeatureNumericKind
from .feature_profile import FeatureProfile
from .feature_profile_category_shares import FeatureProfileCategoryShares
from .feature_profile_kind import FeatureProfileKind
from .feature_set import FeatureSet
from .feature_set_description import FeatureSetDescription
from .feature_set_description_versions_item import FeatureSetDescriptionVersionsItem
from .feature_set_request import FeatureSetRequest
from .feature_sets_list_response_200 import FeatureSetsListResponse200
from .health_live_response_200 import HealthLiveResponse200
from .health_live_response_200_status import HealthLiveResponse200Status
from .materialization import Materialization
from .materialization_request import MaterializationRequest
from .materialization_training_set import MaterializationTrainingSet
from .materializations_list_response_200 import MaterializationsListResponse200
from .online_entity_features import OnlineEntityFeatures
from .online_entity_features_fields import OnlineEntityFeaturesFields
from .online_features import OnlineFeatures
from .online_features_fields import OnlineFeaturesFields
from .online_lookup import OnlineLookup
from .online_lookup_request import OnlineLookupRequest
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

__all__ = (
    "Error",
    "ErrorError",
    "ErrorErrorDetails",
    "FeatureBucket",
    "FeatureBucketKind",
    "FeatureCategorical",
    "FeatureCategoricalEncoding",
    "FeatureCategoricalKind",
    "FeatureDatetime",
    "FeatureDatetimeKind",
    "FeatureDatetimePartsItem",
    "FeatureDefinition",
    "FeatureNumeric",
    "FeatureNumericClip",
    "FeatureNumericImputeType0",
    "FeatureNumericImputeType1",
    "FeatureNumericKind",
    "FeatureProfile",
    "FeatureProfileCategoryShares",
    "FeatureProfileKind",
    "FeatureSet",
    "FeatureSetDescription",
    "FeatureSetDescriptionVersionsItem",
    "FeatureSetRequest",
    "FeatureSetsListResponse200",
    "HealthLiveResponse200",
    "HealthLiveResponse200Status",
    "Materialization",
    "MaterializationRequest",
    "MaterializationTrainingSet",
    "MaterializationsListResponse200",
    "OnlineEntityFeatures",
    "OnlineEntityFeaturesFields",
    "OnlineFeatures",
    "OnlineFeaturesFields",
    "OnlineLookup",
    "OnlineLookupRequest",
    "OpenApiAssetAsset",
    "ReadinessReport",
    "ReadinessReportChecks",
    "ReadinessReportChecksAdditionalProperty",
    "ReadinessReportChecksAdditionalPropertyStatus",
    "ReadinessReportStatus",
)
