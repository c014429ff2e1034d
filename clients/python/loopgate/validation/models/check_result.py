from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.check_result_status import CheckResultStatus

T = TypeVar("T", bound="CheckResult")


@_attrs_define
class CheckResult:
    """
    Attributes:
        check (str): null_rate, range, psi, freshness, class_balance...
        field (None | str): the field the check looked at; null for a check of the dataset
        status (CheckResultStatus):
        measured (float | None):
        threshold (float | None):
        detail (str):
    """

    check: str
    field: None | str
    status: CheckResultStatus
    measured: float | None
    threshold: float | None
    detail: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        check = self.check

        field: None | str
        field = self.field

        status = self.status.value

        measured: float | None
        measured = self.measured

        threshold: float | None
        threshold = self.threshold

        detail = self.detail

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "check": check,
                "field": field,
                "status": status,
                "measured": measured,
                "threshold": threshold,
                "detail": detail,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        check = d.pop("check")

        def _parse_field(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        field = _parse_field(d.pop("field"))

        status = CheckResultStatus(d.pop("status"))

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

        detail = d.pop("detail")

        check_result = cls(
            check=check,
            field=field,
            status=status,
            measured=measured,
            threshold=threshold,
            detail=detail,
        )

        check_result.additional_properties = d
        return check_result

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
