from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.field_spec_type import FieldSpecType

T = TypeVar("T", bound="FieldSpec")


@_attrs_define
class FieldSpec:
    """
    Attributes:
        name (str):
        type_ (FieldSpecType):
        nullable (bool):
        min_ (float | None):
        max_ (float | None):
        allowed_values (list[str] | None):
    """

    name: str
    type_: FieldSpecType
    nullable: bool
    min_: float | None
    max_: float | None
    allowed_values: list[str] | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        type_ = self.type_.value

        nullable = self.nullable

        min_: float | None
        min_ = self.min_

        max_: float | None
        max_ = self.max_

        allowed_values: list[str] | None
        if isinstance(self.allowed_values, list):
            allowed_values = self.allowed_values

        else:
            allowed_values = self.allowed_values

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "type": type_,
                "nullable": nullable,
                "min": min_,
                "max": max_,
                "allowedValues": allowed_values,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        type_ = FieldSpecType(d.pop("type"))

        nullable = d.pop("nullable")

        def _parse_min_(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        min_ = _parse_min_(d.pop("min"))

        def _parse_max_(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        max_ = _parse_max_(d.pop("max"))

        def _parse_allowed_values(data: object) -> list[str] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                allowed_values_type_0 = cast(list[str], data)

                return allowed_values_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None, data)

        allowed_values = _parse_allowed_values(d.pop("allowedValues"))

        field_spec = cls(
            name=name,
            type_=type_,
            nullable=nullable,
            min_=min_,
            max_=max_,
            allowed_values=allowed_values,
        )

        field_spec.additional_properties = d
        return field_spec

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
