from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.lineage_step import LineageStep
    from ..models.model_lineage_model import ModelLineageModel
    from ..models.model_lineage_recommendation_type_0 import (
        ModelLineageRecommendationType0,
    )
    from ..models.model_lineage_request_type_0 import ModelLineageRequestType0
    from ..models.model_lineage_run_type_0 import ModelLineageRunType0
    from ..models.model_lineage_snapshot_type_0 import ModelLineageSnapshotType0
    from ..models.model_lineage_training_set_type_0 import ModelLineageTrainingSetType0


T = TypeVar("T", bound="ModelLineage")


@_attrs_define
class ModelLineage:
    """
    Attributes:
        model (ModelLineageModel): VersionRegistered
        run (ModelLineageRunType0 | None): TrainingCompleted
        request (ModelLineageRequestType0 | None): TrainingRequested
        recommendation (ModelLineageRecommendationType0 | None): why it was trained, when a monitoring rule asked: the
            recommendation and its signals
        training_set (ModelLineageTrainingSetType0 | None): FeatureSetMaterialized
        snapshot (ModelLineageSnapshotType0 | None): SnapshotSealed
        data_verdicts (list[LineageStep]):
        gates (list[LineageStep]):
        load_tests (list[LineageStep]):
        approvals (list[LineageStep]):
        stages (list[LineageStep]):
    """

    model: ModelLineageModel
    run: ModelLineageRunType0 | None
    request: ModelLineageRequestType0 | None
    recommendation: ModelLineageRecommendationType0 | None
    training_set: ModelLineageTrainingSetType0 | None
    snapshot: ModelLineageSnapshotType0 | None
    data_verdicts: list[LineageStep]
    gates: list[LineageStep]
    load_tests: list[LineageStep]
    approvals: list[LineageStep]
    stages: list[LineageStep]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.model_lineage_recommendation_type_0 import (
            ModelLineageRecommendationType0,
        )
        from ..models.model_lineage_request_type_0 import ModelLineageRequestType0
        from ..models.model_lineage_run_type_0 import ModelLineageRunType0
        from ..models.model_lineage_snapshot_type_0 import ModelLineageSnapshotType0
        from ..models.model_lineage_training_set_type_0 import (
            ModelLineageTrainingSetType0,
        )

        model = self.model.to_dict()

        run: dict[str, Any] | None
        if isinstance(self.run, ModelLineageRunType0):
            run = self.run.to_dict()
        else:
            run = self.run

        request: dict[str, Any] | None
        if isinstance(self.request, ModelLineageRequestType0):
            request = self.request.to_dict()
        else:
            request = self.request

        recommendation: dict[str, Any] | None
        if isinstance(self.recommendation, ModelLineageRecommendationType0):
            recommendation = self.recommendation.to_dict()
        else:
            recommendation = self.recommendation

        training_set: dict[str, Any] | None
        if isinstance(self.training_set, ModelLineageTrainingSetType0):
            training_set = self.training_set.to_dict()
        else:
            training_set = self.training_set

        snapshot: dict[str, Any] | None
        if isinstance(self.snapshot, ModelLineageSnapshotType0):
            snapshot = self.snapshot.to_dict()
        else:
            snapshot = self.snapshot

        data_verdicts = []
        for data_verdicts_item_data in self.data_verdicts:
            data_verdicts_item = data_verdicts_item_data.to_dict()
            data_verdicts.append(data_verdicts_item)

        gates = []
        for gates_item_data in self.gates:
            gates_item = gates_item_data.to_dict()
            gates.append(gates_item)

        load_tests = []
        for load_tests_item_data in self.load_tests:
            load_tests_item = load_tests_item_data.to_dict()
            load_tests.append(load_tests_item)

        approvals = []
        for approvals_item_data in self.approvals:
            approvals_item = approvals_item_data.to_dict()
            approvals.append(approvals_item)

        stages = []
        for stages_item_data in self.stages:
            stages_item = stages_item_data.to_dict()
            stages.append(stages_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model": model,
                "run": run,
                "request": request,
                "recommendation": recommendation,
                "trainingSet": training_set,
                "snapshot": snapshot,
                "dataVerdicts": data_verdicts,
                "gates": gates,
                "loadTests": load_tests,
                "approvals": approvals,
                "stages": stages,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.lineage_step import LineageStep
        from ..models.model_lineage_model import ModelLineageModel
        from ..models.model_lineage_recommendation_type_0 import (
            ModelLineageRecommendationType0,
        )
        from ..models.model_lineage_request_type_0 import ModelLineageRequestType0
        from ..models.model_lineage_run_type_0 import ModelLineageRunType0
        from ..models.model_lineage_snapshot_type_0 import ModelLineageSnapshotType0
        from ..models.model_lineage_training_set_type_0 import (
            ModelLineageTrainingSetType0,
        )

        d = dict(src_dict)
        model = ModelLineageModel.from_dict(d.pop("model"))

        def _parse_run(data: object) -> ModelLineageRunType0 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                run_type_0 = ModelLineageRunType0.from_dict(data)

                return run_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ModelLineageRunType0 | None, data)

        run = _parse_run(d.pop("run"))

        def _parse_request(data: object) -> ModelLineageRequestType0 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                request_type_0 = ModelLineageRequestType0.from_dict(data)

                return request_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ModelLineageRequestType0 | None, data)

        request = _parse_request(d.pop("request"))

        def _parse_recommendation(
            data: object,
        ) -> ModelLineageRecommendationType0 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                recommendation_type_0 = ModelLineageRecommendationType0.from_dict(data)

                return recommendation_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ModelLineageRecommendationType0 | None, data)

        recommendation = _parse_recommendation(d.pop("recommendation"))

        def _parse_training_set(data: object) -> ModelLineageTrainingSetType0 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                training_set_type_0 = ModelLineageTrainingSetType0.from_dict(data)

                return training_set_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ModelLineageTrainingSetType0 | None, data)

        training_set = _parse_training_set(d.pop("trainingSet"))

        def _parse_snapshot(data: object) -> ModelLineageSnapshotType0 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                snapshot_type_0 = ModelLineageSnapshotType0.from_dict(data)

                return snapshot_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ModelLineageSnapshotType0 | None, data)

        snapshot = _parse_snapshot(d.pop("snapshot"))

        data_verdicts = []
        _data_verdicts = d.pop("dataVerdicts")
        for data_verdicts_item_data in _data_verdicts:
            data_verdicts_item = LineageStep.from_dict(data_verdicts_item_data)

            data_verdicts.append(data_verdicts_item)

        gates = []
        _gates = d.pop("gates")
        for gates_item_data in _gates:
            gates_item = LineageStep.from_dict(gates_item_data)

            gates.append(gates_item)

        load_tests = []
        _load_tests = d.pop("loadTests")
        for load_tests_item_data in _load_tests:
            load_tests_item = LineageStep.from_dict(load_tests_item_data)

            load_tests.append(load_tests_item)

        approvals = []
        _approvals = d.pop("approvals")
        for approvals_item_data in _approvals:
            approvals_item = LineageStep.from_dict(approvals_item_data)

            approvals.append(approvals_item)

        stages = []
        _stages = d.pop("stages")
        for stages_item_data in _stages:
            stages_item = LineageStep.from_dict(stages_item_data)

            stages.append(stages_item)

        model_lineage = cls(
            model=model,
            run=run,
            request=request,
            recommendation=recommendation,
            training_set=training_set,
            snapshot=snapshot,
            data_verdicts=data_verdicts,
            gates=gates,
            load_tests=load_tests,
            approvals=approvals,
            stages=stages,
        )

        model_lineage.additional_properties = d
        return model_lineage

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
