from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.model_version_stage import ModelVersionStage

if TYPE_CHECKING:
    from ..models.artifact_ref import ArtifactRef
    from ..models.model_version_bias_metrics_item import ModelVersionBiasMetricsItem
    from ..models.model_version_metrics import ModelVersionMetrics
    from ..models.segment_metrics import SegmentMetrics


T = TypeVar("T", bound="ModelVersion")


@_attrs_define
class ModelVersion:
    """
    Attributes:
        model_name (str):
        version (int):
        run_id (str): the training run the version was registered from
        snapshot_id (str):
        feature_set_version (str):
        code_version (str):
        algorithm (str):
        task (str): what the model predicts: binary, multiclass or regression
        classes (list[str]): a multi-class model's classes, in the order of its probabilities; empty for the other tasks
        model (ArtifactRef):
        metrics (ModelVersionMetrics):
        segment_metrics (list[SegmentMetrics]):
        bias_metrics (list[ModelVersionBiasMetricsItem]): versions registered before TrainingCompleted v3 carry no
            groupSizes
        stage (ModelVersionStage):
        traffic_percent (int | None): a canary's share of traffic, 0-100; null in the other stages
        registered_at (datetime.datetime):  Example: 2001-01-31T23:59:00Z.
        stage_changed_at (datetime.datetime):  Example: 2001-01-31T23:59:00Z.
    """

    model_name: str
    version: int
    run_id: str
    snapshot_id: str
    feature_set_version: str
    code_version: str
    algorithm: str
    task: str
    classes: list[str]
    model: ArtifactRef
    metrics: ModelVersionMetrics
    segment_metrics: list[SegmentMetrics]
    bias_metrics: list[ModelVersionBiasMetricsItem]
    stage: ModelVersionStage
    traffic_percent: int | None
    registered_at: datetime.datetime
    stage_changed_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model_name = self.model_name

        version = self.version

        run_id = self.run_id

        snapshot_id = self.snapshot_id

        feature_set_version = self.feature_set_version

        code_version = self.code_version

        algorithm = self.algorithm

        task = self.task

        classes = self.classes

        model = self.model.to_dict()

        metrics = self.metrics.to_dict()

        segment_metrics = []
        for segment_metrics_item_data in self.segment_metrics:
            segment_metrics_item = segment_metrics_item_data.to_dict()
            segment_metrics.append(segment_metrics_item)

        bias_metrics = []
        for bias_metrics_item_data in self.bias_metrics:
            bias_metrics_item = bias_metrics_item_data.to_dict()
            bias_metrics.append(bias_metrics_item)

        stage = self.stage.value

        traffic_percent: int | None
        traffic_percent = self.traffic_percent

        registered_at = self.registered_at.isoformat()

        stage_changed_at = self.stage_changed_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "modelName": model_name,
                "version": version,
                "runId": run_id,
                "snapshotId": snapshot_id,
                "featureSetVersion": feature_set_version,
                "codeVersion": code_version,
                "algorithm": algorithm,
                "task": task,
                "classes": classes,
                "model": model,
                "metrics": metrics,
                "segmentMetrics": segment_metrics,
                "biasMetrics": bias_metrics,
                "stage": stage,
                "trafficPercent": traffic_percent,
                "registeredAt": registered_at,
                "stageChangedAt": stage_changed_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.artifact_ref import ArtifactRef
        from ..models.model_version_bias_metrics_item import ModelVersionBiasMetricsItem
        from ..models.model_version_metrics import ModelVersionMetrics
        from ..models.segment_metrics import SegmentMetrics

        d = dict(src_dict)
        model_name = d.pop("modelName")

        version = d.pop("version")

        run_id = d.pop("runId")

        snapshot_id = d.pop("snapshotId")

        feature_set_version = d.pop("featureSetVersion")

        code_version = d.pop("codeVersion")

        algorithm = d.pop("algorithm")

        task = d.pop("task")

        classes = cast(list[str], d.pop("classes"))

        model = ArtifactRef.from_dict(d.pop("model"))

        metrics = ModelVersionMetrics.from_dict(d.pop("metrics"))

        segment_metrics = []
        _segment_metrics = d.pop("segmentMetrics")
        for segment_metrics_item_data in _segment_metrics:
            segment_metrics_item = SegmentMetrics.from_dict(segment_metrics_item_data)

            segment_metrics.append(segment_metrics_item)

        bias_metrics = []
        _bias_metrics = d.pop("biasMetrics")
        for bias_metrics_item_data in _bias_metrics:
            bias_metrics_item = ModelVersionBiasMetricsItem.from_dict(
                bias_metrics_item_data
            )

            bias_metrics.append(bias_metrics_item)

        stage = ModelVersionStage(d.pop("stage"))

        def _parse_traffic_percent(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        traffic_percent = _parse_traffic_percent(d.pop("trafficPercent"))

        registered_at = datetime.datetime.fromisoformat(d.pop("registeredAt"))

        stage_changed_at = datetime.datetime.fromisoformat(d.pop("stageChangedAt"))

        model_version = cls(
            model_name=model_name,
            version=version,
            run_id=run_id,
            snapshot_id=snapshot_id,
            feature_set_version=feature_set_version,
            code_version=code_version,
            algorithm=algorithm,
            task=task,
            classes=classes,
            model=model,
            metrics=metrics,
            segment_metrics=segment_metrics,
            bias_metrics=bias_metrics,
            stage=stage,
            traffic_percent=traffic_percent,
            registered_at=registered_at,
            stage_changed_at=stage_changed_at,
        )

        model_version.additional_properties = d
        return model_version

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
