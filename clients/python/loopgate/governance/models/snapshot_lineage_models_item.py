from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SnapshotLineageModelsItem")


@_attrs_define
class SnapshotLineageModelsItem:
    """
    Attributes:
        model_name (str):
        version (int):
        run_id (str):
        stages (list[str]): every stage the version went to, in order
        predictions_announced (int):
    """

    model_name: str
    version: int
    run_id: str
    stages: list[str]
    predictions_announced: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model_name = self.model_name

        version = self.version

        run_id = self.run_id

        stages = self.stages

        predictions_announced = self.predictions_announced

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "modelName": model_name,
                "version": version,
                "runId": run_id,
                "stages": stages,
                "predictionsAnnounced": predictions_announced,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        model_name = d.pop("modelName")

        version = d.pop("version")

        run_id = d.pop("runId")

        stages = cast(list[str], d.pop("stages"))

        predictions_announced = d.pop("predictionsAnnounced")

        snapshot_lineage_models_item = cls(
            model_name=model_name,
            version=version,
            run_id=run_id,
            stages=stages,
            predictions_announced=predictions_announced,
        )

        snapshot_lineage_models_item.additional_properties = d
        return snapshot_lineage_models_item

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
