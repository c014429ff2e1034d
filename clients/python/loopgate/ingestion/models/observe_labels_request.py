from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.observe_labels_request_labels_item import (
        ObserveLabelsRequestLabelsItem,
    )


T = TypeVar("T", bound="ObserveLabelsRequest")


@_attrs_define
class ObserveLabelsRequest:
    """
    Attributes:
        labels (list[ObserveLabelsRequestLabelsItem]):
    """

    labels: list[ObserveLabelsRequestLabelsItem]

    def to_dict(self) -> dict[str, Any]:
        labels = []
        for labels_item_data in self.labels:
            labels_item = labels_item_data.to_dict()
            labels.append(labels_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "labels": labels,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.observe_labels_request_labels_item import (
            ObserveLabelsRequestLabelsItem,
        )

        d = dict(src_dict)
        labels = []
        _labels = d.pop("labels")
        for labels_item_data in _labels:
            labels_item = ObserveLabelsRequestLabelsItem.from_dict(labels_item_data)

            labels.append(labels_item)

        observe_labels_request = cls(
            labels=labels,
        )

        return observe_labels_request
