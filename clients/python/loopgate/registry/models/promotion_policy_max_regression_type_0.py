from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.promotion_policy_max_regression_type_0_metrics import (
        PromotionPolicyMaxRegressionType0Metrics,
    )


T = TypeVar("T", bound="PromotionPolicyMaxRegressionType0")


@_attrs_define
class PromotionPolicyMaxRegressionType0:
    """how much worse than the current production version a candidate may be, overall and in every segment both report

    Attributes:
        metrics (PromotionPolicyMaxRegressionType0Metrics):
        min_segment_size (int | Unset): replaces the top-level minSegmentSize for these gates (policies declared before
            it have it)
    """

    metrics: PromotionPolicyMaxRegressionType0Metrics
    min_segment_size: int | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        metrics = self.metrics.to_dict()

        min_segment_size = self.min_segment_size

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "metrics": metrics,
            }
        )
        if min_segment_size is not UNSET:
            field_dict["minSegmentSize"] = min_segment_size

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.promotion_policy_max_regression_type_0_metrics import (
            PromotionPolicyMaxRegressionType0Metrics,
        )

        d = dict(src_dict)
        metrics = PromotionPolicyMaxRegressionType0Metrics.from_dict(d.pop("metrics"))

        min_segment_size = d.pop("minSegmentSize", UNSET)

        promotion_policy_max_regression_type_0 = cls(
            metrics=metrics,
            min_segment_size=min_segment_size,
        )

        return promotion_policy_max_regression_type_0
