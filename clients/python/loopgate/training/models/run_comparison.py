from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.run_comparison_differences_item import RunComparisonDifferencesItem
    from ..models.run_comparison_metrics_item import RunComparisonMetricsItem
    from ..models.run_comparison_params_item import RunComparisonParamsItem
    from ..models.run_comparison_segments_item import RunComparisonSegmentsItem


T = TypeVar("T", bound="RunComparison")


@_attrs_define
class RunComparison:
    """
    Attributes:
        a (str):
        b (str):
        differences (list[RunComparisonDifferencesItem]): lineage and setup that differ
        params (list[RunComparisonParamsItem]): params with different effective values
        metrics (list[RunComparisonMetricsItem]): every global metric, with b - a
        segments (list[RunComparisonSegmentsItem]):
    """

    a: str
    b: str
    differences: list[RunComparisonDifferencesItem]
    params: list[RunComparisonParamsItem]
    metrics: list[RunComparisonMetricsItem]
    segments: list[RunComparisonSegmentsItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        a = self.a

        b = self.b

        differences = []
        for differences_item_data in self.differences:
            differences_item = differences_item_data.to_dict()
            differences.append(differences_item)

        params = []
        for params_item_data in self.params:
            params_item = params_item_data.to_dict()
            params.append(params_item)

        metrics = []
        for metrics_item_data in self.metrics:
            metrics_item = metrics_item_data.to_dict()
            metrics.append(metrics_item)

        segments = []
        for segments_item_data in self.segments:
            segments_item = segments_item_data.to_dict()
            segments.append(segments_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "a": a,
                "b": b,
                "differences": differences,
                "params": params,
                "metrics": metrics,
                "segments": segments,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.run_comparison_differences_item import (
            RunComparisonDifferencesItem,
        )
        from ..models.run_comparison_metrics_item import RunComparisonMetricsItem
        from ..models.run_comparison_params_item import RunComparisonParamsItem
        from ..models.run_comparison_segments_item import RunComparisonSegmentsItem

        d = dict(src_dict)
        a = d.pop("a")

        b = d.pop("b")

        differences = []
        _differences = d.pop("differences")
        for differences_item_data in _differences:
            differences_item = RunComparisonDifferencesItem.from_dict(
                differences_item_data
            )

            differences.append(differences_item)

        params = []
        _params = d.pop("params")
        for params_item_data in _params:
            params_item = RunComparisonParamsItem.from_dict(params_item_data)

            params.append(params_item)

        metrics = []
        _metrics = d.pop("metrics")
        for metrics_item_data in _metrics:
            metrics_item = RunComparisonMetricsItem.from_dict(metrics_item_data)

            metrics.append(metrics_item)

        segments = []
        _segments = d.pop("segments")
        for segments_item_data in _segments:
            segments_item = RunComparisonSegmentsItem.from_dict(segments_item_data)

            segments.append(segments_item)

        run_comparison = cls(
            a=a,
            b=b,
            differences=differences,
            params=params,
            metrics=metrics,
            segments=segments,
        )

        run_comparison.additional_properties = d
        return run_comparison

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
