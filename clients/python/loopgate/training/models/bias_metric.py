from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.bias_metric_group_sizes import BiasMetricGroupSizes
    from ..models.bias_metric_groups import BiasMetricGroups


T = TypeVar("T", bound="BiasMetric")


@_attrs_define
class BiasMetric:
    """
    Attributes:
        attribute (str):
        metric (str):
        value (float):
        groups (BiasMetricGroups):
        group_sizes (BiasMetricGroupSizes):
    """

    attribute: str
    metric: str
    value: float
    groups: BiasMetricGroups
    group_sizes: BiasMetricGroupSizes
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        attribute = self.attribute

        metric = self.metric

        value = self.value

        groups = self.groups.to_dict()

        group_sizes = self.group_sizes.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "attribute": attribute,
                "metric": metric,
                "value": value,
                "groups": groups,
                "groupSizes": group_sizes,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.bias_metric_group_sizes import BiasMetricGroupSizes
        from ..models.bias_metric_groups import BiasMetricGroups

        d = dict(src_dict)
        attribute = d.pop("attribute")

        metric = d.pop("metric")

        value = d.pop("value")

        groups = BiasMetricGroups.from_dict(d.pop("groups"))

        group_sizes = BiasMetricGroupSizes.from_dict(d.pop("groupSizes"))

        bias_metric = cls(
            attribute=attribute,
            metric=metric,
            value=value,
            groups=groups,
            group_sizes=group_sizes,
        )

        bias_metric.additional_properties = d
        return bias_metric

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
