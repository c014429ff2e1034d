from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DatasetSpecSealing")


@_attrs_define
class DatasetSpecSealing:
    """
    Attributes:
        max_rows (int | None):
        window_ms (int | None):
    """

    max_rows: int | None
    window_ms: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        max_rows: int | None
        max_rows = self.max_rows

        window_ms: int | None
        window_ms = self.window_ms

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "maxRows": max_rows,
                "windowMs": window_ms,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_max_rows(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        max_rows = _parse_max_rows(d.pop("maxRows"))

        def _parse_window_ms(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        window_ms = _parse_window_ms(d.pop("windowMs"))

        dataset_spec_sealing = cls(
            max_rows=max_rows,
            window_ms=window_ms,
        )

        dataset_spec_sealing.additional_properties = d
        return dataset_spec_sealing

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
