from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.run_cross_validation_type_0_metrics_additional_property import (
        RunCrossValidationType0MetricsAdditionalProperty,
    )


T = TypeVar("T", bound="RunCrossValidationType0Metrics")


@_attrs_define
class RunCrossValidationType0Metrics:
    additional_properties: dict[
        str, RunCrossValidationType0MetricsAdditionalProperty
    ] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.run_cross_validation_type_0_metrics_additional_property import (
            RunCrossValidationType0MetricsAdditionalProperty,
        )

        d = dict(src_dict)
        run_cross_validation_type_0_metrics = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = (
                RunCrossValidationType0MetricsAdditionalProperty.from_dict(prop_dict)
            )

            additional_properties[prop_name] = additional_property

        run_cross_validation_type_0_metrics.additional_properties = (
            additional_properties
        )
        return run_cross_validation_type_0_metrics

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> RunCrossValidationType0MetricsAdditionalProperty:
        return self.additional_properties[key]

    def __setitem__(
        self, key: str, value: RunCrossValidationType0MetricsAdditionalProperty
    ) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
