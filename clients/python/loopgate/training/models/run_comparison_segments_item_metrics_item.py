from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="RunComparisonSegmentsItemMetricsItem")


@_attrs_define
class RunComparisonSegmentsItemMetricsItem:
    """
    Attributes:
        name (str):
        a (float | None):
        b (float | None):
        delta (float | None):
    """

    name: str
    a: float | None
    b: float | None
    delta: float | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        a: float | None
        a = self.a

        b: float | None
        b = self.b

        delta: float | None
        delta = self.delta

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "a": a,
                "b": b,
                "delta": delta,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        def _parse_a(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        a = _parse_a(d.pop("a"))

        def _parse_b(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        b = _parse_b(d.pop("b"))

        def _parse_delta(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        delta = _parse_delta(d.pop("delta"))

        run_comparison_segments_item_metrics_item = cls(
            name=name,
            a=a,
            b=b,
            delta=delta,
        )

        run_comparison_segments_item_metrics_item.additional_properties = d
        return run_comparison_segments_item_metrics_item

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
