"""Contains all the data models used in inputs/outputs"""

from .dataset_spec import DatasetSpec
from .dataset_spec_checks import DatasetSpecChecks
from .dataset_spec_request import DatasetSpecRequest
from .dataset_spec_request_checks import DatasetSpecRequestChecks
from .dataset_spec_request_fields_item import DatasetSpecRequestFieldsItem
from .dataset_spec_request_fields_item_type import DatasetSpecRequestFieldsItemType
from .dataset_spec_request_sealing import DatasetSpecRequestSealing
from .dataset_spec_sealing import DatasetSpecSealing
from .dataset_specs_list_response_200 import DatasetSpecsListResponse200
from .dataset_stats import DatasetStats
from .error import Error
from .error_error import ErrorError
from .error_error_details import ErrorErrorDetails
from .field_spec import FieldSpec
from .field_spec_type import FieldSpecType
from .health_live_response_200 import HealthLiveResponse200
from .health_live_response_200_status import HealthLiveResponse200Status
from .ingest_receipt import IngestReceipt
from .ingest_records_request import IngestRecordsRequest
from .labels_accepted import LabelsAccepted
from .observe_labels_request import ObserveLabelsRequest
from .observe_labels_request_labels_item import ObserveLabelsRequestLabelsItem
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
from .sealed_snapshots import SealedSnapshots
from .snapshot import Snapshot
from .snapshot_seal_reason import SnapshotSealReason
from .snapshots_list_response_200 import SnapshotsListResponse200
from .upload_receipt import UploadReceipt
from .upload_receipt_format import UploadReceiptFormat
from .uploads_upload_format import UploadsUploadFormat

__all__ = (
    "DatasetSpec",
    "DatasetSpecChecks",
    "DatasetSpecRequest",
    "DatasetSpecRequestChecks",
    "DatasetSpecRequestFieldsItem",
    "DatasetSpecRequestFieldsItemType",
    "DatasetSpecRequestSealing",
    "DatasetSpecSealing",
    "DatasetSpecsListResponse200",
    "DatasetStats",
    "Error",
    "ErrorError",
    "ErrorErrorDetails",
    "FieldSpec",
    "FieldSpecType",
    "HealthLiveResponse200",
    "HealthLiveResponse200Status",
    "IngestReceipt",
    "IngestRecordsRequest",
    "LabelsAccepted",
    "ObserveLabelsRequest",
    "ObserveLabelsRequestLabelsItem",
    "OpenApiAssetAsset",
    "ReadinessReport",
    "ReadinessReportChecks",
    "ReadinessReportChecksAdditionalProperty",
    "ReadinessReportChecksAdditionalPropertyStatus",
    "ReadinessReportStatus",
    "SealedSnapshots",
    "Snapshot",
    "SnapshotSealReason",
    "SnapshotsListResponse200",
    "UploadReceipt",
    "UploadReceiptFormat",
    "UploadsUploadFormat",
)
