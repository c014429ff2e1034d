from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.lineage_step import LineageStep
    from ..models.snapshot_lineage_models_item import SnapshotLineageModelsItem


T = TypeVar("T", bound="SnapshotLineage")


@_attrs_define
class SnapshotLineage:
    """
    Attributes:
        snapshot (LineageStep):
        data_verdicts (list[LineageStep]):
        training_sets (list[LineageStep]):
        runs (list[LineageStep]):
        models (list[SnapshotLineageModelsItem]):
    """

    snapshot: LineageStep
    data_verdicts: list[LineageStep]
    training_sets: list[LineageStep]
    runs: list[LineageStep]
    models: list[SnapshotLineageModelsItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        snapshot = self.snapshot.to_dict()

        data_verdicts = []
        for data_verdicts_item_data in self.data_verdicts:
            data_verdicts_item = data_verdicts_item_data.to_dict()
            data_verdicts.append(data_verdicts_item)

        training_sets = []
        for training_sets_item_data in self.training_sets:
            training_sets_item = training_sets_item_data.to_dict()
            training_sets.append(training_sets_item)

        runs = []
        for runs_item_data in self.runs:
            runs_item = runs_item_data.to_dict()
            runs.append(runs_item)

        models = []
        for models_item_data in self.models:
            models_item = models_item_data.to_dict()
            models.append(models_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "snapshot": snapshot,
                "dataVerdicts": data_verdicts,
                "trainingSets": training_sets,
                "runs": runs,
                "models": models,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.lineage_step import LineageStep
        from ..models.snapshot_lineage_models_item import SnapshotLineageModelsItem

        d = dict(src_dict)
        snapshot = LineageStep.from_dict(d.pop("snapshot"))

        data_verdicts = []
        _data_verdicts = d.pop("dataVerdicts")
        for data_verdicts_item_data in _data_verdicts:
            data_verdicts_item = LineageStep.from_dict(data_verdicts_item_data)

            data_verdicts.append(data_verdicts_item)

        training_sets = []
        _training_sets = d.pop("trainingSets")
        for training_sets_item_data in _training_sets:
            training_sets_item = LineageStep.from_dict(training_sets_item_data)

            training_sets.append(training_sets_item)

        runs = []
        _runs = d.pop("runs")
        for runs_item_data in _runs:
            runs_item = LineageStep.from_dict(runs_item_data)

            runs.append(runs_item)

        models = []
        _models = d.pop("models")
        for models_item_data in _models:
            models_item = SnapshotLineageModelsItem.from_dict(models_item_data)

            models.append(models_item)

        snapshot_lineage = cls(
            snapshot=snapshot,
            data_verdicts=data_verdicts,
            training_sets=training_sets,
            runs=runs,
            models=models,
        )

        snapshot_lineage.additional_properties = d
        return snapshot_lineage

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
