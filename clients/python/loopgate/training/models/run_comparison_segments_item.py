from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.run_comparison_segments_item_metrics_item import (
        RunComparisonSegmentsItemMetricsItem,
    )
    from ..models.run_comparison_segments_item_sample_size import (
        RunComparisonSegmentsItemSampleSize,
    )


T = TypeVar("T", bound="RunComparisonSegmentsItem")


@_attrs_define
class RunComparisonSegmentsItem:
    """
    Attributes:
        segment_field (str):
        segment_value (str):
        sample_size (RunComparisonSegmentsItemSampleSize):
        metrics (list[RunComparisonSegmentsItemMetricsItem]):
    """

    segment_field: str
    segment_value: str
    sample_size: RunComparisonSegmentsItemSampleSize
    metrics: list[RunComparisonSegmentsItemMetricsItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        segment_field = self.segment_field

        segment_value = self.segment_value

        sample_size = self.sample_size.to_dict()

        metrics = []
        for metrics_item_data in self.metrics:
            metrics_item = metrics_item_data.to_dict()
            metrics.append(metrics_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "segmentField": segment_field,
                "segmentValue": segment_value,
                "sampleSize": sample_size,
                "metrics": metrics,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.run_comparison_segments_item_metrics_item import (
            RunComparisonSegmentsItemMetricsItem,
        )
        from ..models.run_comparison_segments_item_sample_size import (
            RunComparisonSegmentsItemSampleSize,
        )

        d = dict(src_dict)
        segment_field = d.pop("segmentField")

        segment_value = d.pop("segmentValue")

        sample_size = RunComparisonSegmentsItemSampleSize.from_dict(d.pop("sampleSize"))

        metrics = []
        _metrics = d.pop("metrics")
        for metrics_item_data in _metrics:
            metrics_item = RunComparisonSegmentsItemMetricsItem.from_dict(
                metrics_item_data
            )

            metrics.append(metrics_item)

        run_comparison_segments_item = cls(
            segment_field=segment_field,
            segment_value=segment_value,
            sample_size=sample_size,
            metrics=metrics,
        )

        run_comparison_segments_item.additional_properties = d
        return run_comparison_segments_item

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
