from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.segment_metrics_metrics import SegmentMetricsMetrics


T = TypeVar("T", bound="SegmentMetrics")


@_attrs_define
class SegmentMetrics:
    """
    Attributes:
        segment_field (str):
        segment_value (str):
        sample_size (int):
        metrics (SegmentMetricsMetrics):
    """

    segment_field: str
    segment_value: str
    sample_size: int
    metrics: SegmentMetricsMetrics
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        segment_field = self.segment_field

        segment_value = self.segment_value

        sample_size = self.sample_size

        metrics = self.metrics.to_dict()

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
        from ..models.segment_metrics_metrics import SegmentMetricsMetrics

        d = dict(src_dict)
        segment_field = d.pop("segmentField")

        segment_value = d.pop("segmentValue")

        sample_size = d.pop("sampleSize")

        metrics = SegmentMetricsMetrics.from_dict(d.pop("metrics"))

        segment_metrics = cls(
            segment_field=segment_field,
            segment_value=segment_value,
            sample_size=sample_size,
            metrics=metrics,
        )

        segment_metrics.additional_properties = d
        return segment_metrics

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
