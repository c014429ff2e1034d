from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PromotionPolicyMaxRegressionType0Metrics")


@_attrs_define
class PromotionPolicyMaxRegressionType0Metrics:
    """
    Attributes:
        accuracy (float | Unset):
        auc (float | Unset):
        brier (float | Unset):
        classwise_ece (float | Unset):
        ece (float | Unset):
        f1 (float | Unset):
        log_loss (float | Unset):
        macro_auc (float | Unset):
        macro_f1 (float | Unset):
        mae (float | Unset):
        precision (float | Unset):
        r2 (float | Unset):
        recall (float | Unset):
        rmse (float | Unset):
        weighted_f1 (float | Unset):
    """

    accuracy: float | Unset = UNSET
    auc: float | Unset = UNSET
    brier: float | Unset = UNSET
    classwise_ece: float | Unset = UNSET
    ece: float | Unset = UNSET
    f1: float | Unset = UNSET
    log_loss: float | Unset = UNSET
    macro_auc: float | Unset = UNSET
    macro_f1: float | Unset = UNSET
    mae: float | Unset = UNSET
    precision: float | Unset = UNSET
    r2: float | Unset = UNSET
    recall: float | Unset = UNSET
    rmse: float | Unset = UNSET
    weighted_f1: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        accuracy = self.accuracy

        auc = self.auc

        brier = self.brier

        classwise_ece = self.classwise_ece

        ece = self.ece

        f1 = self.f1

        log_loss = self.log_loss

        macro_auc = self.macro_auc

        macro_f1 = self.macro_f1

        mae = self.mae

        precision = self.precision

        r2 = self.r2

        recall = self.recall

        rmse = self.rmse

        weighted_f1 = self.weighted_f1

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if accuracy is not UNSET:
            field_dict["accuracy"] = accuracy
        if auc is not UNSET:
            field_dict["auc"] = auc
        if brier is not UNSET:
            field_dict["brier"] = brier
        if classwise_ece is not UNSET:
            field_dict["classwise_ece"] = classwise_ece
        if ece is not UNSET:
            field_dict["ece"] = ece
        if f1 is not UNSET:
            field_dict["f1"] = f1
        if log_loss is not UNSET:
            field_dict["log_loss"] = log_loss
        if macro_auc is not UNSET:
            field_dict["macro_auc"] = macro_auc
        if macro_f1 is not UNSET:
            field_dict["macro_f1"] = macro_f1
        if mae is not UNSET:
            field_dict["mae"] = mae
        if precision is not UNSET:
            field_dict["precision"] = precision
        if r2 is not UNSET:
            field_dict["r2"] = r2
        if recall is not UNSET:
            field_dict["recall"] = recall
        if rmse is not UNSET:
            field_dict["rmse"] = rmse
        if weighted_f1 is not UNSET:
            field_dict["weighted_f1"] = weighted_f1

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        accuracy = d.pop("accuracy", UNSET)

        auc = d.pop("auc", UNSET)

        brier = d.pop("brier", UNSET)

        classwise_ece = d.pop("classwise_ece", UNSET)

        ece = d.pop("ece", UNSET)

        f1 = d.pop("f1", UNSET)

        log_loss = d.pop("log_loss", UNSET)

        macro_auc = d.pop("macro_auc", UNSET)

        macro_f1 = d.pop("macro_f1", UNSET)

        mae = d.pop("mae", UNSET)

        precision = d.pop("precision", UNSET)

        r2 = d.pop("r2", UNSET)

        recall = d.pop("recall", UNSET)

        rmse = d.pop("rmse", UNSET)

        weighted_f1 = d.pop("weighted_f1", UNSET)

        promotion_policy_max_regression_type_0_metrics = cls(
            accuracy=accuracy,
            auc=auc,
            brier=brier,
            classwise_ece=classwise_ece,
            ece=ece,
            f1=f1,
            log_loss=log_loss,
            macro_auc=macro_auc,
            macro_f1=macro_f1,
            mae=mae,
            precision=precision,
            r2=r2,
            recall=recall,
            rmse=rmse,
            weighted_f1=weighted_f1,
        )

        promotion_policy_max_regression_type_0_metrics.additional_properties = d
        return promotion_policy_max_regression_type_0_metrics

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
