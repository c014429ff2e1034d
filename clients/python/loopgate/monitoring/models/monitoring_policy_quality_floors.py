from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MonitoringPolicyQualityFloors")


@_attrs_define
class MonitoringPolicyQualityFloors:
    """floors on higher-is-better metrics (auc, accuracy, macro_f1, r2, ...); a metric the model's task does not report
    never fires

        Example:
            {'auc': 0.7}

        Attributes:
            accuracy (float | Unset):
            auc (float | Unset):
            f1 (float | Unset):
            macro_auc (float | Unset):
            macro_f1 (float | Unset):
            precision (float | Unset):
            r2 (float | Unset):
            recall (float | Unset):
            weighted_f1 (float | Unset):
    """

    accuracy: float | Unset = UNSET
    auc: float | Unset = UNSET
    f1: float | Unset = UNSET
    macro_auc: float | Unset = UNSET
    macro_f1: float | Unset = UNSET
    precision: float | Unset = UNSET
    r2: float | Unset = UNSET
    recall: float | Unset = UNSET
    weighted_f1: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        accuracy = self.accuracy

        auc = self.auc

        f1 = self.f1

        macro_auc = self.macro_auc

        macro_f1 = self.macro_f1

        precision = self.precision

        r2 = self.r2

        recall = self.recall

        weighted_f1 = self.weighted_f1

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if accuracy is not UNSET:
            field_dict["accuracy"] = accuracy
        if auc is not UNSET:
            field_dict["auc"] = auc
        if f1 is not UNSET:
            field_dict["f1"] = f1
        if macro_auc is not UNSET:
            field_dict["macro_auc"] = macro_auc
        if macro_f1 is not UNSET:
            field_dict["macro_f1"] = macro_f1
        if precision is not UNSET:
            field_dict["precision"] = precision
        if r2 is not UNSET:
            field_dict["r2"] = r2
        if recall is not UNSET:
            field_dict["recall"] = recall
        if weighted_f1 is not UNSET:
            field_dict["weighted_f1"] = weighted_f1

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        accuracy = d.pop("accuracy", UNSET)

        auc = d.pop("auc", UNSET)

        f1 = d.pop("f1", UNSET)

        macro_auc = d.pop("macro_auc", UNSET)

        macro_f1 = d.pop("macro_f1", UNSET)

        precision = d.pop("precision", UNSET)

        r2 = d.pop("r2", UNSET)

        recall = d.pop("recall", UNSET)

        weighted_f1 = d.pop("weighted_f1", UNSET)

        monitoring_policy_quality_floors = cls(
            accuracy=accuracy,
            auc=auc,
            f1=f1,
            macro_auc=macro_auc,
            macro_f1=macro_f1,
            precision=precision,
            r2=r2,
            recall=recall,
            weighted_f1=weighted_f1,
        )

        monitoring_policy_quality_floors.additional_properties = d
        return monitoring_policy_quality_floors

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
