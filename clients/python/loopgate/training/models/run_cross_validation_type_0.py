from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.run_cross_validation_type_0_metrics import (
        RunCrossValidationType0Metrics,
    )


T = TypeVar("T", bound="RunCrossValidationType0")


@_attrs_define
class RunCrossValidationType0:
    """
    Attributes:
        folds (int):
        metrics (RunCrossValidationType0Metrics):
    """

    folds: int
    metrics: RunCrossValidationType0Metrics
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        folds = self.folds

        metrics = self.metrics.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "folds": folds,
                "metrics": metrics,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.run_cross_validation_type_0_metrics import (
            RunCrossValidationType0Metrics,
        )

        d = dict(src_dict)
        folds = d.pop("folds")

        metrics = RunCrossValidationType0Metrics.from_dict(d.pop("metrics"))

        run_cross_validation_type_0 = cls(
            folds=folds,
            metrics=metrics,
        )

        run_cross_validation_type_0.additional_properties = d
        return run_cross_validation_type_0

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
