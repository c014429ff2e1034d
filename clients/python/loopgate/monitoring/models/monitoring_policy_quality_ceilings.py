from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MonitoringPolicyQualityCeilings")


@_attrs_define
class MonitoringPolicyQualityCeilings:
    """ceilings on lower-is-better metrics (log_loss, ece, rmse, mae, ...)

    Example:
        {'ece': 0.05}

    Attributes:
        brier (float | Unset):
        classwise_ece (float | Unset):
        ece (float | Unset):
        log_loss (float | Unset):
        mae (float | Unset):
        rmse (float | Unset):
    """

    brier: float | Unset = UNSET
    classwise_ece: float | Unset = UNSET
    ece: float | Unset = UNSET
    log_loss: float | Unset = UNSET
    mae: float | Unset = UNSET
    rmse: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        brier = self.brier

        classwise_ece = self.classwise_ece

        ece = self.ece

        log_loss = self.log_loss

        mae = self.mae

        rmse = self.rmse

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if brier is not UNSET:
            field_dict["brier"] = brier
        if classwise_ece is not UNSET:
            field_dict["classwise_ece"] = classwise_ece
        if ece is not UNSET:
            field_dict["ece"] = ece
        if log_loss is not UNSET:
            field_dict["log_loss"] = log_loss
        if mae is not UNSET:
            field_dict["mae"] = mae
        if rmse is not UNSET:
            field_dict["rmse"] = rmse

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        brier = d.pop("brier", UNSET)

        classwise_ece = d.pop("classwise_ece", UNSET)

        ece = d.pop("ece", UNSET)

        log_loss = d.pop("log_loss", UNSET)

        mae = d.pop("mae", UNSET)

        rmse = d.pop("rmse", UNSET)

        monitoring_policy_quality_ceilings = cls(
            brier=brier,
            classwise_ece=classwise_ece,
            ece=ece,
            log_loss=log_loss,
            mae=mae,
            rmse=rmse,
        )

        monitoring_policy_quality_ceilings.additional_properties = d
        return monitoring_policy_quality_ceilings

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
