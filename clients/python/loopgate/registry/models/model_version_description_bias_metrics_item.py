from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.model_version_description_bias_metrics_item_group_sizes import (
        ModelVersionDescriptionBiasMetricsItemGroupSizes,
    )
    from ..models.model_version_description_bias_metrics_item_groups import (
        ModelVersionDescriptionBiasMetricsItemGroups,
    )


T = TypeVar("T", bound="ModelVersionDescriptionBiasMetricsItem")


@_attrs_define
class ModelVersionDescriptionBiasMetricsItem:
    """
    Attributes:
        attribute (str):
        metric (str):
        value (float):
        groups (ModelVersionDescriptionBiasMetricsItemGroups):
        group_sizes (ModelVersionDescriptionBiasMetricsItemGroupSizes | Unset):
    """

    attribute: str
    metric: str
    value: float
    groups: ModelVersionDescriptionBiasMetricsItemGroups
    group_sizes: ModelVersionDescriptionBiasMetricsItemGroupSizes | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        attribute = self.attribute

        metric = self.metric

        value = self.value

        groups = self.groups.to_dict()

        group_sizes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.group_sizes, Unset):
            group_sizes = self.group_sizes.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "attribute": attribute,
                "metric": metric,
                "value": value,
                "groups": groups,
            }
        )
        if group_sizes is not UNSET:
            field_dict["groupSizes"] = group_sizes

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.model_version_description_bias_metrics_item_group_sizes import (
            ModelVersionDescriptionBiasMetricsItemGroupSizes,
        )
        from ..models.model_version_description_bias_metrics_item_groups import (
            ModelVersionDescriptionBiasMetricsItemGroups,
        )

        d = dict(src_dict)
        attribute = d.pop("attribute")

        metric = d.pop("metric")

        value = d.pop("value")

        groups = ModelVersionDescriptionBiasMetricsItemGroups.from_dict(d.pop("groups"))

        _group_sizes = d.pop("groupSizes", UNSET)
        group_sizes: ModelVersionDescriptionBiasMetricsItemGroupSizes | Unset
        if isinstance(_group_sizes, Unset):
            group_sizes = UNSET
        else:
            group_sizes = ModelVersionDescriptionBiasMetricsItemGroupSizes.from_dict(
                _group_sizes
            )

        model_version_description_bias_metrics_item = cls(
            attribute=attribute,
            metric=metric,
            value=value,
            groups=groups,
            group_sizes=group_sizes,
        )

        model_version_description_bias_metrics_item.additional_properties = d
        return model_version_description_bias_metrics_item

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
