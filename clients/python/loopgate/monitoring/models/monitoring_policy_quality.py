from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.monitoring_policy_quality_ceilings import (
        MonitoringPolicyQualityCeilings,
    )
    from ..models.monitoring_policy_quality_floors import MonitoringPolicyQualityFloors


T = TypeVar("T", bound="MonitoringPolicyQuality")


@_attrs_define
class MonitoringPolicyQuality:
    """
    Attributes:
        window_size (int | Unset): labelled predictions per window of one version Default: 2000.
        segment_fields (list[str] | Unset): input fields whose values are segments (fields of the model's dataset); a
            segment with fewer labelled predictions in a window than minSegmentSize is not judged
        min_segment_size (int | Unset):  Default: 200.
        floors (MonitoringPolicyQualityFloors | Unset): floors on higher-is-better metrics (auc, accuracy, macro_f1, r2,
            ...); a metric the model's task does not report never fires Example: {'auc': 0.7}.
        ceilings (MonitoringPolicyQualityCeilings | Unset): ceilings on lower-is-better metrics (log_loss, ece, rmse,
            mae, ...) Example: {'ece': 0.05}.
    """

    window_size: int | Unset = 2000
    segment_fields: list[str] | Unset = UNSET
    min_segment_size: int | Unset = 200
    floors: MonitoringPolicyQualityFloors | Unset = UNSET
    ceilings: MonitoringPolicyQualityCeilings | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        window_size = self.window_size

        segment_fields: list[str] | Unset = UNSET
        if not isinstance(self.segment_fields, Unset):
            segment_fields = self.segment_fields

        min_segment_size = self.min_segment_size

        floors: dict[str, Any] | Unset = UNSET
        if not isinstance(self.floors, Unset):
            floors = self.floors.to_dict()

        ceilings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ceilings, Unset):
            ceilings = self.ceilings.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if window_size is not UNSET:
            field_dict["windowSize"] = window_size
        if segment_fields is not UNSET:
            field_dict["segmentFields"] = segment_fields
        if min_segment_size is not UNSET:
            field_dict["minSegmentSize"] = min_segment_size
        if floors is not UNSET:
            field_dict["floors"] = floors
        if ceilings is not UNSET:
            field_dict["ceilings"] = ceilings

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.monitoring_policy_quality_ceilings import (
            MonitoringPolicyQualityCeilings,
        )
        from ..models.monitoring_policy_quality_floors import (
            MonitoringPolicyQualityFloors,
        )

        d = dict(src_dict)
        window_size = d.pop("windowSize", UNSET)

        segment_fields = cast(list[str], d.pop("segmentFields", UNSET))

        min_segment_size = d.pop("minSegmentSize", UNSET)

        _floors = d.pop("floors", UNSET)
        floors: MonitoringPolicyQualityFloors | Unset
        if isinstance(_floors, Unset):
            floors = UNSET
        else:
            floors = MonitoringPolicyQualityFloors.from_dict(_floors)

        _ceilings = d.pop("ceilings", UNSET)
        ceilings: MonitoringPolicyQualityCeilings | Unset
        if isinstance(_ceilings, Unset):
            ceilings = UNSET
        else:
            ceilings = MonitoringPolicyQualityCeilings.from_dict(_ceilings)

        monitoring_policy_quality = cls(
            window_size=window_size,
            segment_fields=segment_fields,
            min_segment_size=min_segment_size,
            floors=floors,
            ceilings=ceilings,
        )

        return monitoring_policy_quality
