from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.promotion_policy_approval import PromotionPolicyApproval
from ..models.promotion_policy_data_verdicts_item import PromotionPolicyDataVerdictsItem
from ..models.promotion_policy_load_test_required_for_item import (
    PromotionPolicyLoadTestRequiredForItem,
)
from ..models.promotion_policy_unmeasured import PromotionPolicyUnmeasured
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.promotion_policy_auto_release_type_0 import (
        PromotionPolicyAutoReleaseType0,
    )
    from ..models.promotion_policy_max_bias import PromotionPolicyMaxBias
    from ..models.promotion_policy_max_regression_type_0 import (
        PromotionPolicyMaxRegressionType0,
    )
    from ..models.promotion_policy_min_metrics import PromotionPolicyMinMetrics


T = TypeVar("T", bound="PromotionPolicy")


@_attrs_define
class PromotionPolicy:
    """
    Attributes:
        min_metrics (PromotionPolicyMinMetrics | Unset): floors (ceilings for lower-is-better metrics) on the
            candidate's holdout metrics Example: {'auc': 0.7}.
        min_segment_size (int | Unset): fewest holdout rows a segment or sensitive group needs before a gate judges it:
            the bias gap is taken over groups this large, and regression is compared on segments this large in both versions
            Default: 30.
        unmeasured (PromotionPolicyUnmeasured | Unset): what a gate does with what it cannot measure (a group or segment
            under the minimum size, an attribute with fewer than two measurable groups, a metric the version does not
            report): a gate result with `measured: null` that fails the promotion ('fail'), or is recorded and passes
            ('ignore') Default: PromotionPolicyUnmeasured.FAIL.
        max_regression (None | PromotionPolicyMaxRegressionType0 | Unset): how much worse than the current production
            version a candidate may be, overall and in every segment both report
        max_bias (PromotionPolicyMaxBias | Unset): ceilings on bias metrics across the dataset's sensitive attributes
            (each task reports its own: see libs/ml BIAS_METRICS)
        data_verdicts (list[PromotionPolicyDataVerdictsItem] | Unset): validation verdicts of the training snapshot that
            may be promoted
        load_test_required_for (list[PromotionPolicyLoadTestRequiredForItem] | Unset): stages that need a passing load
            test of the version first
        approval (PromotionPolicyApproval | Unset): never: gates decide; always: a person approves every promotion;
            override: a person may approve one that failed its gates, with a reason Default:
            PromotionPolicyApproval.OVERRIDE.
        auto_release (None | PromotionPolicyAutoReleaseType0 | Unset): releases without a person: every registered
            version is tried as a canary, and a canary whose load test passed is tried for production; the gates decide each
            step (null: people promote)
    """

    min_metrics: PromotionPolicyMinMetrics | Unset = UNSET
    min_segment_size: int | Unset = 30
    unmeasured: PromotionPolicyUnmeasured | Unset = PromotionPolicyUnmeasured.FAIL
    max_regression: None | PromotionPolicyMaxRegressionType0 | Unset = UNSET
    max_bias: PromotionPolicyMaxBias | Unset = UNSET
    data_verdicts: list[PromotionPolicyDataVerdictsItem] | Unset = UNSET
    load_test_required_for: list[PromotionPolicyLoadTestRequiredForItem] | Unset = UNSET
    approval: PromotionPolicyApproval | Unset = PromotionPolicyApproval.OVERRIDE
    auto_release: None | PromotionPolicyAutoReleaseType0 | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.promotion_policy_auto_release_type_0 import (
            PromotionPolicyAutoReleaseType0,
        )
        from ..models.promotion_policy_max_regression_type_0 import (
            PromotionPolicyMaxRegressionType0,
        )

        min_metrics: dict[str, Any] | Unset = UNSET
        if not isinstance(self.min_metrics, Unset):
            min_metrics = self.min_metrics.to_dict()

        min_segment_size = self.min_segment_size

        unmeasured: str | Unset = UNSET
        if not isinstance(self.unmeasured, Unset):
            unmeasured = self.unmeasured.value

        max_regression: dict[str, Any] | None | Unset
        if isinstance(self.max_regression, Unset):
            max_regression = UNSET
        elif isinstance(self.max_regression, PromotionPolicyMaxRegressionType0):
            max_regression = self.max_regression.to_dict()
        else:
            max_regression = self.max_regression

        max_bias: dict[str, Any] | Unset = UNSET
        if not isinstance(self.max_bias, Unset):
            max_bias = self.max_bias.to_dict()

        data_verdicts: list[str] | Unset = UNSET
        if not isinstance(self.data_verdicts, Unset):
            data_verdicts = []
            for data_verdicts_item_data in self.data_verdicts:
                data_verdicts_item = data_verdicts_item_data.value
                data_verdicts.append(data_verdicts_item)

        load_test_required_for: list[str] | Unset = UNSET
        if not isinstance(self.load_test_required_for, Unset):
            load_test_required_for = []
            for load_test_required_for_item_data in self.load_test_required_for:
                load_test_required_for_item = load_test_required_for_item_data.value
                load_test_required_for.append(load_test_required_for_item)

        approval: str | Unset = UNSET
        if not isinstance(self.approval, Unset):
            approval = self.approval.value

        auto_release: dict[str, Any] | None | Unset
        if isinstance(self.auto_release, Unset):
            auto_release = UNSET
        elif isinstance(self.auto_release, PromotionPolicyAutoReleaseType0):
            auto_release = self.auto_release.to_dict()
        else:
            auto_release = self.auto_release

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if min_metrics is not UNSET:
            field_dict["minMetrics"] = min_metrics
        if min_segment_size is not UNSET:
            field_dict["minSegmentSize"] = min_segment_size
        if unmeasured is not UNSET:
            field_dict["unmeasured"] = unmeasured
        if max_regression is not UNSET:
            field_dict["maxRegression"] = max_regression
        if max_bias is not UNSET:
            field_dict["maxBias"] = max_bias
        if data_verdicts is not UNSET:
            field_dict["dataVerdicts"] = data_verdicts
        if load_test_required_for is not UNSET:
            field_dict["loadTestRequiredFor"] = load_test_required_for
        if approval is not UNSET:
            field_dict["approval"] = approval
        if auto_release is not UNSET:
            field_dict["autoRelease"] = auto_release

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.promotion_policy_auto_release_type_0 import (
            PromotionPolicyAutoReleaseType0,
        )
        from ..models.promotion_policy_max_bias import PromotionPolicyMaxBias
        from ..models.promotion_policy_max_regression_type_0 import (
            PromotionPolicyMaxRegressionType0,
        )
        from ..models.promotion_policy_min_metrics import PromotionPolicyMinMetrics

        d = dict(src_dict)
        _min_metrics = d.pop("minMetrics", UNSET)
        min_metrics: PromotionPolicyMinMetrics | Unset
        if isinstance(_min_metrics, Unset):
            min_metrics = UNSET
        else:
            min_metrics = PromotionPolicyMinMetrics.from_dict(_min_metrics)

        min_segment_size = d.pop("minSegmentSize", UNSET)

        _unmeasured = d.pop("unmeasured", UNSET)
        unmeasured: PromotionPolicyUnmeasured | Unset
        if isinstance(_unmeasured, Unset):
            unmeasured = UNSET
        else:
            unmeasured = PromotionPolicyUnmeasured(_unmeasured)

        def _parse_max_regression(
            data: object,
        ) -> None | PromotionPolicyMaxRegressionType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                max_regression_type_0 = PromotionPolicyMaxRegressionType0.from_dict(
                    data
                )

                return max_regression_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PromotionPolicyMaxRegressionType0 | Unset, data)

        max_regression = _parse_max_regression(d.pop("maxRegression", UNSET))

        _max_bias = d.pop("maxBias", UNSET)
        max_bias: PromotionPolicyMaxBias | Unset
        if isinstance(_max_bias, Unset):
            max_bias = UNSET
        else:
            max_bias = PromotionPolicyMaxBias.from_dict(_max_bias)

        _data_verdicts = d.pop("dataVerdicts", UNSET)
        data_verdicts: list[PromotionPolicyDataVerdictsItem] | Unset = UNSET
        if _data_verdicts is not UNSET:
            data_verdicts = []
            for data_verdicts_item_data in _data_verdicts:
                data_verdicts_item = PromotionPolicyDataVerdictsItem(
                    data_verdicts_item_data
                )

                data_verdicts.append(data_verdicts_item)

        _load_test_required_for = d.pop("loadTestRequiredFor", UNSET)
        load_test_required_for: list[PromotionPolicyLoadTestRequiredForItem] | Unset = (
            UNSET
        )
        if _load_test_required_for is not UNSET:
            load_test_required_for = []
            for load_test_required_for_item_data in _load_test_required_for:
                load_test_required_for_item = PromotionPolicyLoadTestRequiredForItem(
                    load_test_required_for_item_data
                )

                load_test_required_for.append(load_test_required_for_item)

        _approval = d.pop("approval", UNSET)
        approval: PromotionPolicyApproval | Unset
        if isinstance(_approval, Unset):
            approval = UNSET
        else:
            approval = PromotionPolicyApproval(_approval)

        def _parse_auto_release(
            data: object,
        ) -> None | PromotionPolicyAutoReleaseType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                auto_release_type_0 = PromotionPolicyAutoReleaseType0.from_dict(data)

                return auto_release_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PromotionPolicyAutoReleaseType0 | Unset, data)

        auto_release = _parse_auto_release(d.pop("autoRelease", UNSET))

        promotion_policy = cls(
            min_metrics=min_metrics,
            min_segment_size=min_segment_size,
            unmeasured=unmeasured,
            max_regression=max_regression,
            max_bias=max_bias,
            data_verdicts=data_verdicts,
            load_test_required_for=load_test_required_for,
            approval=approval,
            auto_release=auto_release,
        )

        return promotion_policy
