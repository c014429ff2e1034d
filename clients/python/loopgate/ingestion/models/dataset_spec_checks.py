from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DatasetSpecChecks")


@_attrs_define
class DatasetSpecChecks:
    """
    Attributes:
        max_violation_rate (float):
        max_null_rate (float):
        max_duplicate_rate (float):
        max_missing_label_rate (float):
        min_class_share (float):
        psi_warn (float):
        psi_fail (float):
        min_rows_for_shift (int):
    """

    max_violation_rate: float
    max_null_rate: float
    max_duplicate_rate: float
    max_missing_label_rate: float
    min_class_share: float
    psi_warn: float
    psi_fail: float
    min_rows_for_shift: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        max_violation_rate = self.max_violation_rate

        max_null_rate = self.max_null_rate

        max_duplicate_rate = self.max_duplicate_rate

        max_missing_label_rate = self.max_missing_label_rate

        min_class_share = self.min_class_share

        psi_warn = self.psi_warn

        psi_fail = self.psi_fail

        min_rows_for_shift = self.min_rows_for_shift

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "maxViolationRate": max_violation_rate,
                "maxNullRate": max_null_rate,
                "maxDuplicateRate": max_duplicate_rate,
                "maxMissingLabelRate": max_missing_label_rate,
                "minClassShare": min_class_share,
                "psiWarn": psi_warn,
                "psiFail": psi_fail,
                "minRowsForShift": min_rows_for_shift,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        max_violation_rate = d.pop("maxViolationRate")

        max_null_rate = d.pop("maxNullRate")

        max_duplicate_rate = d.pop("maxDuplicateRate")

        max_missing_label_rate = d.pop("maxMissingLabelRate")

        min_class_share = d.pop("minClassShare")

        psi_warn = d.pop("psiWarn")

        psi_fail = d.pop("psiFail")

        min_rows_for_shift = d.pop("minRowsForShift")

        dataset_spec_checks = cls(
            max_violation_rate=max_violation_rate,
            max_null_rate=max_null_rate,
            max_duplicate_rate=max_duplicate_rate,
            max_missing_label_rate=max_missing_label_rate,
            min_class_share=min_class_share,
            psi_warn=psi_warn,
            psi_fail=psi_fail,
            min_rows_for_shift=min_rows_for_shift,
        )

        dataset_spec_checks.additional_properties = d
        return dataset_spec_checks

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
