from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.lineage_step import LineageStep
    from ..models.prediction_lineage_model import PredictionLineageModel
    from ..models.prediction_lineage_prediction import PredictionLineagePrediction
    from ..models.prediction_lineage_recommendation_type_0 import (
        PredictionLineageRecommendationType0,
    )
    from ..models.prediction_lineage_request_type_0 import PredictionLineageRequestType0
    from ..models.prediction_lineage_run_type_0 import PredictionLineageRunType0
    from ..models.prediction_lineage_snapshot_type_0 import (
        PredictionLineageSnapshotType0,
    )
    from ..models.prediction_lineage_training_set_type_0 import (
        PredictionLineageTrainingSetType0,
    )


T = TypeVar("T", bound="PredictionLineage")


@_attrs_define
class PredictionLineage:
    """
    Attributes:
        model (PredictionLineageModel): VersionRegistered
        run (None | PredictionLineageRunType0): TrainingCompleted
        request (None | PredictionLineageRequestType0): TrainingRequested
        recommendation (None | PredictionLineageRecommendationType0): why it was trained, when a monitoring rule asked:
            the recommendation and its signals
        training_set (None | PredictionLineageTrainingSetType0): FeatureSetMaterialized
        snapshot (None | PredictionLineageSnapshotType0): SnapshotSealed
        data_verdicts (list[LineageStep]):
        gates (list[LineageStep]):
        load_tests (list[LineageStep]):
        approvals (list[LineageStep]):
        stages (list[LineageStep]):
        prediction (PredictionLineagePrediction): PredictionServed
    """

    model: PredictionLineageModel
    run: None | PredictionLineageRunType0
    request: None | PredictionLineageRequestType0
    recommendation: None | PredictionLineageRecommendationType0
    training_set: None | PredictionLineageTrainingSetType0
    snapshot: None | PredictionLineageSnapshotType0
    data_verdicts: list[LineageStep]
    gates: list[LineageStep]
    load_tests: list[LineageStep]
    approvals: list[LineageStep]
    stages: list[LineageStep]
    prediction: PredictionLineagePrediction
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.prediction_lineage_recommendation_type_0 import (
            PredictionLineageRecommendationType0,
        )
        from ..models.prediction_lineage_request_type_0 import (
            PredictionLineageRequestType0,
        )
        from ..models.prediction_lineage_run_type_0 import PredictionLineageRunType0
        from ..models.prediction_lineage_snapshot_type_0 import (
            PredictionLineageSnapshotType0,
        )
        from ..models.prediction_lineage_training_set_type_0 import (
            PredictionLineageTrainingSetType0,
        )

        model = self.model.to_dict()

        run: dict[str, Any] | None
        if isinstance(self.run, PredictionLineageRunType0):
            run = self.run.to_dict()
        else:
            run = self.run

        request: dict[str, Any] | None
        if isinstance(self.request, PredictionLineageRequestType0):
            request = self.request.to_dict()
        else:
            request = self.request

        recommendation: dict[str, Any] | None
        if isinstance(self.recommendation, PredictionLineageRecommendationType0):
            recommendation = self.recommendation.to_dict()
        else:
            recommendation = self.recommendation

        training_set: dict[str, Any] | None
        if isinstance(self.training_set, PredictionLineageTrainingSetType0):
            training_set = self.training_set.to_dict()
        else:
            training_set = self.training_set

        snapshot: dict[str, Any] | None
        if isinstance(self.snapshot, PredictionLineageSnapshotType0):
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

        prediction = self.prediction.to_dict()

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
                "prediction": prediction,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.lineage_step import LineageStep
        from ..models.prediction_lineage_model import PredictionLineageModel
        from ..models.prediction_lineage_prediction import PredictionLineagePrediction
        from ..models.prediction_lineage_recommendation_type_0 import (
            PredictionLineageRecommendationType0,
        )
        from ..models.prediction_lineage_request_type_0 import (
            PredictionLineageRequestType0,
        )
        from ..models.prediction_lineage_run_type_0 import PredictionLineageRunType0
        from ..models.prediction_lineage_snapshot_type_0 import (
            PredictionLineageSnapshotType0,
        )
        from ..models.prediction_lineage_training_set_type_0 import (
            PredictionLineageTrainingSetType0,
        )

        d = dict(src_dict)
        model = PredictionLineageModel.from_dict(d.pop("model"))

        def _parse_run(data: object) -> None | PredictionLineageRunType0:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                run_type_0 = PredictionLineageRunType0.from_dict(data)

                return run_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PredictionLineageRunType0, data)

        run = _parse_run(d.pop("run"))

        def _parse_request(data: object) -> None | PredictionLineageRequestType0:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                request_type_0 = PredictionLineageRequestType0.from_dict(data)

                return request_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PredictionLineageRequestType0, data)

        request = _parse_request(d.pop("request"))

        def _parse_recommendation(
            data: object,
        ) -> None | PredictionLineageRecommendationType0:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                recommendation_type_0 = PredictionLineageRecommendationType0.from_dict(
                    data
                )

                return recommendation_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PredictionLineageRecommendationType0, data)

        recommendation = _parse_recommendation(d.pop("recommendation"))

        def _parse_training_set(
            data: object,
        ) -> None | PredictionLineageTrainingSetType0:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                training_set_type_0 = PredictionLineageTrainingSetType0.from_dict(data)

                return training_set_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PredictionLineageTrainingSetType0, data)

        training_set = _parse_training_set(d.pop("trainingSet"))

        def _parse_snapshot(data: object) -> None | PredictionLineageSnapshotType0:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                snapshot_type_0 = PredictionLineageSnapshotType0.from_dict(data)

                return snapshot_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PredictionLineageSnapshotType0, data)

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

        prediction = PredictionLineagePrediction.from_dict(d.pop("prediction"))

        prediction_lineage = cls(
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
            prediction=prediction,
        )

        prediction_lineage.additional_properties = d
        return prediction_lineage

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
