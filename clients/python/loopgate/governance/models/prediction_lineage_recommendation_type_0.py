from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.lineage_step import LineageStep


T = TypeVar("T", bound="PredictionLineageRecommendationType0")


@_attrs_define
class PredictionLineageRecommendationType0:
    """why it was trained, when a monitoring rule asked: the recommendation and its signals

    Attributes:
        step (LineageStep):
        signals (list[LineageStep]):
    """

    step: LineageStep
    signals: list[LineageStep]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        step = self.step.to_dict()

        signals = []
        for signals_item_data in self.signals:
            signals_item = signals_item_data.to_dict()
            signals.append(signals_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "step": step,
                "signals": signals,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.lineage_step import LineageStep

        d = dict(src_dict)
        step = LineageStep.from_dict(d.pop("step"))

        signals = []
        _signals = d.pop("signals")
        for signals_item_data in _signals:
            signals_item = LineageStep.from_dict(signals_item_data)

            signals.append(signals_item)

        prediction_lineage_recommendation_type_0 = cls(
            step=step,
            signals=signals,
        )

        prediction_lineage_recommendation_type_0.additional_properties = d
        return prediction_lineage_recommendation_type_0

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
