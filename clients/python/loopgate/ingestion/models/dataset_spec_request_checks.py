from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DatasetSpecRequestChecks")


@_attrs_define
class DatasetSpecRequestChecks:
    """
    Attributes:
        max_violation_rate (float | Unset):  Default: 0.01.
        max_null_rate (float | Unset):  Default: 0.05.
        max_duplicate_rate (float | Unset):  Default: 0.01.
        max_missing_label_rate (float | Unset):  Default: 0.5.
        min_class_share (float | Unset):  Default: 0.02.
        psi_warn (float | Unset):  Default: 0.1.
        psi_fail (float | Unset):  Default: 0.25.
        min_rows_for_shift (int | Unset):  Default: 1000.
    """

    max_violation_rate: float | Unset = 0.01
    max_null_rate: float | Unset = 0.05
    max_duplicate_rate: float | Unset = 0.01
    max_missing_label_rate: float | Unset = 0.5
    min_class_share: float | Unset = 0.02
    psi_warn: float | Unset = 0.1
    psi_fail: float | Unset = 0.25
    min_rows_for_shift: int | Unset = 1000
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
        field_dict.update({})
        if max_violation_rate is not UNSET:
            field_dict["maxViolationRate"] = max_violation_rate
        if max_null_rate is not UNSET:
            field_dict["maxNullRate"] = max_null_rate
        if max_duplicate_rate is not UNSET:
            field_dict["maxDuplicateRate"] = max_duplicate_rate
        if max_missing_label_rate is not UNSET:
            field_dict["maxMissingLabelRate"] = max_missing_label_rate
        if min_class_share is not UNSET:
            field_dict["minClassShare"] = min_class_share
        if psi_warn is not UNSET:
            field_dict["psiWarn"] = psi_warn
        if psi_fail is not UNSET:
            field_dict["psiFail"] = psi_fail
        if min_rows_for_shift is not UNSET:
            field_dict["minRowsForShift"] = min_rows_for_shift

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        max_violation_rate = d.pop("maxViolationRate", UNSET)

        max_null_rate = d.pop("maxNullRate", UNSET)

        max_duplicate_rate = d.pop("maxDuplicateRate", UNSET)

        max_missing_label_rate = d.pop("maxMissingLabelRate", UNSET)

        min_class_share = d.pop("minClassShare", UNSET)

        psi_warn = d.pop("psiWarn", UNSET)

        psi_fail = d.pop("psiFail", UNSET)

        min_rows_for_shift = d.pop("minRowsForShift", UNSET)

        dataset_spec_request_checks = cls(
            max_violation_rate=max_violation_rate,
            max_null_rate=max_null_rate,
            max_duplicate_rate=max_duplicate_rate,
            max_missing_label_rate=max_missing_label_rate,
            min_class_share=min_class_share,
            psi_warn=psi_warn,
            psi_fail=psi_fail,
            min_rows_for_shift=min_rows_for_shift,
        )

        dataset_spec_request_checks.additional_properties = d
        return dataset_spec_request_checks

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
