from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PromotionPolicyMaxBias")


@_attrs_define
class PromotionPolicyMaxBias:
    """ceilings on bias metrics across the dataset's sensitive attributes (each task reports its own: see libs/ml
    BIAS_METRICS)

        Attributes:
            demographic_parity_difference (float | Unset):
            equal_opportunity_difference (float | Unset):
            accuracy_difference (float | Unset):
            mean_error_difference (float | Unset):
            mean_prediction_difference (float | Unset):
    """

    demographic_parity_difference: float | Unset = UNSET
    equal_opportunity_difference: float | Unset = UNSET
    accuracy_difference: float | Unset = UNSET
    mean_error_difference: float | Unset = UNSET
    mean_prediction_difference: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        demographic_parity_difference = self.demographic_parity_difference

        equal_opportunity_difference = self.equal_opportunity_difference

        accuracy_difference = self.accuracy_difference

        mean_error_difference = self.mean_error_difference

        mean_prediction_difference = self.mean_prediction_difference

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if demographic_parity_difference is not UNSET:
            field_dict["demographic_parity_difference"] = demographic_parity_difference
        if equal_opportunity_difference is not UNSET:
            field_dict["equal_opportunity_difference"] = equal_opportunity_difference
        if accuracy_difference is not UNSET:
            field_dict["accuracy_difference"] = accuracy_difference
        if mean_error_difference is not UNSET:
            field_dict["mean_error_difference"] = mean_error_difference
        if mean_prediction_difference is not UNSET:
            field_dict["mean_prediction_difference"] = mean_prediction_difference

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        demographic_parity_difference = d.pop("demographic_parity_difference", UNSET)

        equal_opportunity_difference = d.pop("equal_opportunity_difference", UNSET)

        accuracy_difference = d.pop("accuracy_difference", UNSET)

        mean_error_difference = d.pop("mean_error_difference", UNSET)

        mean_prediction_difference = d.pop("mean_prediction_difference", UNSET)

        promotion_policy_max_bias = cls(
            demographic_parity_difference=demographic_parity_difference,
            equal_opportunity_difference=equal_opportunity_difference,
            accuracy_difference=accuracy_difference,
            mean_error_difference=mean_error_difference,
            mean_prediction_difference=mean_prediction_difference,
        )

        promotion_policy_max_bias.additional_properties = d
        return promotion_policy_max_bias

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
