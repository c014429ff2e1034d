from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="GateResult")


@_attrs_define
class GateResult:
    """
    Attributes:
        gate (str): min_metric.auc, regression.auc, bias.<metric>, data_validation, load_test, distinct_model ...
        segment (None | str): the segment (field=value) or sensitive field it judged; null for a global gate
        measured (float | None): null when the gate is not numeric, or could not measure
        threshold (float | None):
        passed (bool):
        detail (str):
    """

    gate: str
    segment: None | str
    measured: float | None
    threshold: float | None
    passed: bool
    detail: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        gate = self.gate

        segment: None | str
        segment = self.segment

        measured: float | None
        measured = self.measured

        threshold: float | None
        threshold = self.threshold

        passed = self.passed

        detail = self.detail

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "gate": gate,
                "segment": segment,
                "measured": measured,
                "threshold": threshold,
                "passed": passed,
                "detail": detail,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        gate = d.pop("gate")

        def _parse_segment(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        segment = _parse_segment(d.pop("segment"))

        def _parse_measured(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        measured = _parse_measured(d.pop("measured"))

        def _parse_threshold(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        threshold = _parse_threshold(d.pop("threshold"))

        passed = d.pop("passed")

        detail = d.pop("detail")

        gate_result = cls(
            gate=gate,
            segment=segment,
            measured=measured,
            threshold=threshold,
            passed=passed,
            detail=detail,
        )

        gate_result.additional_properties = d
        return gate_result

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
