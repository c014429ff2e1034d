from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.run_status import RunStatus
from ..models.run_task import RunTask

if TYPE_CHECKING:
    from ..models.artifact_ref_type_0 import ArtifactRefType0
    from ..models.bias_metric import BiasMetric
    from ..models.run_cross_validation_type_0 import RunCrossValidationType0
    from ..models.run_effective_params_type_0 import RunEffectiveParamsType0
    from ..models.run_metrics_type_0 import RunMetricsType0
    from ..models.run_requested_params import RunRequestedParams
    from ..models.segment_metrics import SegmentMetrics


T = TypeVar("T", bound="Run")


@_attrs_define
class Run:
    """
    Attributes:
        run_id (UUID):
        request_id (str): the idempotency key of the request: one run per request
        model_name (str):
        reason (str):
        requested_by (str):
        request_event_id (str):
        trigger_event_id (None | str):
        correlation_id (str):
        status (RunStatus):
        attempt (int):
        next_attempt_at (datetime.datetime):  Example: 2001-01-31T23:59:00Z.
        task (RunTask):
        algorithm (str): the trainer, or onnx_import for a model trained elsewhere
        requested_params (RunRequestedParams):
        effective_params (None | RunEffectiveParamsType0):
        seed (int):
        timeout_ms (int):
        feature_set_id (str):
        feature_set_version (None | str):
        snapshot_id (None | str):
        code_version (str):
        metrics (None | RunMetricsType0):
        segment_metrics (list[SegmentMetrics] | None):
        bias_metrics (list[BiasMetric] | None):
        classes (list[str] | None): a multi-class model's classes, in the order of its probabilities
        confusion_matrix (list[list[int]] | None): holdout rows per actual (outer) and predicted (inner) class
        cross_validation (None | RunCrossValidationType0):
        model_artifact (ArtifactRefType0 | None):
        training_set (ArtifactRefType0 | None):
        train_rows (int | None):
        holdout_rows (int | None):
        duration_ms (int | None):
        error_code (None | str):
        error_message (None | str):
        created_at (datetime.datetime):  Example: 2001-01-31T23:59:00Z.
        started_at (datetime.datetime | None):  Example: 2001-01-31T23:59:00Z.
        finished_at (datetime.datetime | None):  Example: 2001-01-31T23:59:00Z.
    """

    run_id: UUID
    request_id: str
    model_name: str
    reason: str
    requested_by: str
    request_event_id: str
    trigger_event_id: None | str
    correlation_id: str
    status: RunStatus
    attempt: int
    next_attempt_at: datetime.datetime
    task: RunTask
    algorithm: str
    requested_params: RunRequestedParams
    effective_params: None | RunEffectiveParamsType0
    seed: int
    timeout_ms: int
    feature_set_id: str
    feature_set_version: None | str
    snapshot_id: None | str
    code_version: str
    metrics: None | RunMetricsType0
    segment_metrics: list[SegmentMetrics] | None
    bias_metrics: list[BiasMetric] | None
    classes: list[str] | None
    confusion_matrix: list[list[int]] | None
    cross_validation: None | RunCrossValidationType0
    model_artifact: ArtifactRefType0 | None
    training_set: ArtifactRefType0 | None
    train_rows: int | None
    holdout_rows: int | None
    duration_ms: int | None
    error_code: None | str
    error_message: None | str
    created_at: datetime.datetime
    started_at: datetime.datetime | None
    finished_at: datetime.datetime | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.artifact_ref_type_0 import ArtifactRefType0
        from ..models.run_cross_validation_type_0 import RunCrossValidationType0
        from ..models.run_effective_params_type_0 import RunEffectiveParamsType0
        from ..models.run_metrics_type_0 import RunMetricsType0

        run_id = str(self.run_id)

        request_id = self.request_id

        model_name = self.model_name

        reason = self.reason

        requested_by = self.requested_by

        request_event_id = self.request_event_id

        trigger_event_id: None | str
        trigger_event_id = self.trigger_event_id

        correlation_id = self.correlation_id

        status = self.status.value

        attempt = self.attempt

        next_attempt_at = self.next_attempt_at.isoformat()

        task = self.task.value

        algorithm = self.algorithm

        requested_params = self.requested_params.to_dict()

        effective_params: dict[str, Any] | None
        if isinstance(self.effective_params, RunEffectiveParamsType0):
            effective_params = self.effective_params.to_dict()
        else:
            effective_params = self.effective_params

        seed = self.seed

        timeout_ms = self.timeout_ms

        feature_set_id = self.feature_set_id

        feature_set_version: None | str
        feature_set_version = self.feature_set_version

        snapshot_id: None | str
        snapshot_id = self.snapshot_id

        code_version = self.code_version

        metrics: dict[str, Any] | None
        if isinstance(self.metrics, RunMetricsType0):
            metrics = self.metrics.to_dict()
        else:
            metrics = self.metrics

        segment_metrics: list[dict[str, Any]] | None
        if isinstance(self.segment_metrics, list):
            segment_metrics = []
            for segment_metrics_type_0_item_data in self.segment_metrics:
                segment_metrics_type_0_item = segment_metrics_type_0_item_data.to_dict()
                segment_metrics.append(segment_metrics_type_0_item)

        else:
            segment_metrics = self.segment_metrics

        bias_metrics: list[dict[str, Any]] | None
        if isinstance(self.bias_metrics, list):
            bias_metrics = []
            for bias_metrics_type_0_item_data in self.bias_metrics:
                bias_metrics_type_0_item = bias_metrics_type_0_item_data.to_dict()
                bias_metrics.append(bias_metrics_type_0_item)

        else:
            bias_metrics = self.bias_metrics

        classes: list[str] | None
        if isinstance(self.classes, list):
            classes = self.classes

        else:
            classes = self.classes

        confusion_matrix: list[list[int]] | None
        if isinstance(self.confusion_matrix, list):
            confusion_matrix = []
            for confusion_matrix_type_0_item_data in self.confusion_matrix:
                confusion_matrix_type_0_item = confusion_matrix_type_0_item_data

                confusion_matrix.append(confusion_matrix_type_0_item)

        else:
            confusion_matrix = self.confusion_matrix

        cross_validation: dict[str, Any] | None
        if isinstance(self.cross_validation, RunCrossValidationType0):
            cross_validation = self.cross_validation.to_dict()
        else:
            cross_validation = self.cross_validation

        model_artifact: dict[str, Any] | None
        if isinstance(self.model_artifact, ArtifactRefType0):
            model_artifact = self.model_artifact.to_dict()
        else:
            model_artifact = self.model_artifact

        training_set: dict[str, Any] | None
        if isinstance(self.training_set, ArtifactRefType0):
            training_set = self.training_set.to_dict()
        else:
            training_set = self.training_set

        train_rows: int | None
        train_rows = self.train_rows

        holdout_rows: int | None
        holdout_rows = self.holdout_rows

        duration_ms: int | None
        duration_ms = self.duration_ms

        error_code: None | str
        error_code = self.error_code

        error_message: None | str
        error_message = self.error_message

        created_at = self.created_at.isoformat()

        started_at: None | str
        if isinstance(self.started_at, datetime.datetime):
            started_at = self.started_at.isoformat()
        else:
            started_at = self.started_at

        finished_at: None | str
        if isinstance(self.finished_at, datetime.datetime):
            finished_at = self.finished_at.isoformat()
        else:
            finished_at = self.finished_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "runId": run_id,
                "requestId": request_id,
                "modelName": model_name,
                "reason": reason,
                "requestedBy": requested_by,
                "requestEventId": request_event_id,
                "triggerEventId": trigger_event_id,
                "correlationId": correlation_id,
                "status": status,
                "attempt": attempt,
                "nextAttemptAt": next_attempt_at,
                "task": task,
                "algorithm": algorithm,
                "requestedParams": requested_params,
                "effectiveParams": effective_params,
                "seed": seed,
                "timeoutMs": timeout_ms,
                "featureSetId": feature_set_id,
                "featureSetVersion": feature_set_version,
                "snapshotId": snapshot_id,
                "codeVersion": code_version,
                "metrics": metrics,
                "segmentMetrics": segment_metrics,
                "biasMetrics": bias_metrics,
                "classes": classes,
                "confusionMatrix": confusion_matrix,
                "crossValidation": cross_validation,
                "modelArtifact": model_artifact,
                "trainingSet": training_set,
                "trainRows": train_rows,
                "holdoutRows": holdout_rows,
                "durationMs": duration_ms,
                "errorCode": error_code,
                "errorMessage": error_message,
                "createdAt": created_at,
                "startedAt": started_at,
                "finishedAt": finished_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.artifact_ref_type_0 import ArtifactRefType0
        from ..models.bias_metric import BiasMetric
        from ..models.run_cross_validation_type_0 import RunCrossValidationType0
        from ..models.run_effective_params_type_0 import RunEffectiveParamsType0
        from ..models.run_metrics_type_0 import RunMetricsType0
        from ..models.run_requested_params import RunRequestedParams
        from ..models.segment_metrics import SegmentMetrics

        d = dict(src_dict)
        run_id = UUID(d.pop("runId"))

        request_id = d.pop("requestId")

        model_name = d.pop("modelName")

        reason = d.pop("reason")

        requested_by = d.pop("requestedBy")

        request_event_id = d.pop("requestEventId")

        def _parse_trigger_event_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        trigger_event_id = _parse_trigger_event_id(d.pop("triggerEventId"))

        correlation_id = d.pop("correlationId")

        status = RunStatus(d.pop("status"))

        attempt = d.pop("attempt")

        next_attempt_at = datetime.datetime.fromisoformat(d.pop("nextAttemptAt"))

        task = RunTask(d.pop("task"))

        algorithm = d.pop("algorithm")

        requested_params = RunRequestedParams.from_dict(d.pop("requestedParams"))

        def _parse_effective_params(data: object) -> None | RunEffectiveParamsType0:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                effective_params_type_0 = RunEffectiveParamsType0.from_dict(data)

                return effective_params_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RunEffectiveParamsType0, data)

        effective_params = _parse_effective_params(d.pop("effectiveParams"))

        seed = d.pop("seed")

        timeout_ms = d.pop("timeoutMs")

        feature_set_id = d.pop("featureSetId")

        def _parse_feature_set_version(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        feature_set_version = _parse_feature_set_version(d.pop("featureSetVersion"))

        def _parse_snapshot_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        snapshot_id = _parse_snapshot_id(d.pop("snapshotId"))

        code_version = d.pop("codeVersion")

        def _parse_metrics(data: object) -> None | RunMetricsType0:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metrics_type_0 = RunMetricsType0.from_dict(data)

                return metrics_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RunMetricsType0, data)

        metrics = _parse_metrics(d.pop("metrics"))

        def _parse_segment_metrics(data: object) -> list[SegmentMetrics] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                segment_metrics_type_0 = []
                _segment_metrics_type_0 = data
                for segment_metrics_type_0_item_data in _segment_metrics_type_0:
                    segment_metrics_type_0_item = SegmentMetrics.from_dict(
                        segment_metrics_type_0_item_data
                    )

                    segment_metrics_type_0.append(segment_metrics_type_0_item)

                return segment_metrics_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[SegmentMetrics] | None, data)

        segment_metrics = _parse_segment_metrics(d.pop("segmentMetrics"))

        def _parse_bias_metrics(data: object) -> list[BiasMetric] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                bias_metrics_type_0 = []
                _bias_metrics_type_0 = data
                for bias_metrics_type_0_item_data in _bias_metrics_type_0:
                    bias_metrics_type_0_item = BiasMetric.from_dict(
                        bias_metrics_type_0_item_data
                    )

                    bias_metrics_type_0.append(bias_metrics_type_0_item)

                return bias_metrics_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[BiasMetric] | None, data)

        bias_metrics = _parse_bias_metrics(d.pop("biasMetrics"))

        def _parse_classes(data: object) -> list[str] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                classes_type_0 = cast(list[str], data)

                return classes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None, data)

        classes = _parse_classes(d.pop("classes"))

        def _parse_confusion_matrix(data: object) -> list[list[int]] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                confusion_matrix_type_0 = []
                _confusion_matrix_type_0 = data
                for confusion_matrix_type_0_item_data in _confusion_matrix_type_0:
                    confusion_matrix_type_0_item = cast(
                        list[int], confusion_matrix_type_0_item_data
                    )

                    confusion_matrix_type_0.append(confusion_matrix_type_0_item)

                return confusion_matrix_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[list[int]] | None, data)

        confusion_matrix = _parse_confusion_matrix(d.pop("confusionMatrix"))

        def _parse_cross_validation(data: object) -> None | RunCrossValidationType0:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                cross_validation_type_0 = RunCrossValidationType0.from_dict(data)

                return cross_validation_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RunCrossValidationType0, data)

        cross_validation = _parse_cross_validation(d.pop("crossValidation"))

        def _parse_model_artifact(data: object) -> ArtifactRefType0 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_artifact_ref_type_0 = ArtifactRefType0.from_dict(data)

                return componentsschemas_artifact_ref_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ArtifactRefType0 | None, data)

        model_artifact = _parse_model_artifact(d.pop("modelArtifact"))

        def _parse_training_set(data: object) -> ArtifactRefType0 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_artifact_ref_type_0 = ArtifactRefType0.from_dict(data)

                return componentsschemas_artifact_ref_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ArtifactRefType0 | None, data)

        training_set = _parse_training_set(d.pop("trainingSet"))

        def _parse_train_rows(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        train_rows = _parse_train_rows(d.pop("trainRows"))

        def _parse_holdout_rows(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        holdout_rows = _parse_holdout_rows(d.pop("holdoutRows"))

        def _parse_duration_ms(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        duration_ms = _parse_duration_ms(d.pop("durationMs"))

        def _parse_error_code(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        error_code = _parse_error_code(d.pop("errorCode"))

        def _parse_error_message(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        error_message = _parse_error_message(d.pop("errorMessage"))

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        def _parse_started_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                started_at_type_0 = datetime.datetime.fromisoformat(data)

                return started_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        started_at = _parse_started_at(d.pop("startedAt"))

        def _parse_finished_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                finished_at_type_0 = datetime.datetime.fromisoformat(data)

                return finished_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        finished_at = _parse_finished_at(d.pop("finishedAt"))

        run = cls(
            run_id=run_id,
            request_id=request_id,
            model_name=model_name,
            reason=reason,
            requested_by=requested_by,
            request_event_id=request_event_id,
            trigger_event_id=trigger_event_id,
            correlation_id=correlation_id,
            status=status,
            attempt=attempt,
            next_attempt_at=next_attempt_at,
            task=task,
            algorithm=algorithm,
            requested_params=requested_params,
            effective_params=effective_params,
            seed=seed,
            timeout_ms=timeout_ms,
            feature_set_id=feature_set_id,
            feature_set_version=feature_set_version,
            snapshot_id=snapshot_id,
            code_version=code_version,
            metrics=metrics,
            segment_metrics=segment_metrics,
            bias_metrics=bias_metrics,
            classes=classes,
            confusion_matrix=confusion_matrix,
            cross_validation=cross_validation,
            model_artifact=model_artifact,
            training_set=training_set,
            train_rows=train_rows,
            holdout_rows=holdout_rows,
            duration_ms=duration_ms,
            error_code=error_code,
            error_message=error_message,
            created_at=created_at,
            started_at=started_at,
            finished_at=finished_at,
        )

        run.additional_properties = d
        return run

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
