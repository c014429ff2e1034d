from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.feature_datetime_kind import FeatureDatetimeKind
from ..models.feature_datetime_parts_item import FeatureDatetimePartsItem

T = TypeVar("T", bound="FeatureDatetime")


@_attrs_define
class FeatureDatetime:
    """
    Attributes:
        kind (FeatureDatetimeKind):
        name (str):
        source (str): the dataset's field the feature reads
        parts (list[FeatureDatetimePartsItem]):
    """

    kind: FeatureDatetimeKind
    name: str
    source: str
    parts: list[FeatureDatetimePartsItem]

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind.value

        name = self.name

        source = self.source

        parts = []
        for parts_item_data in self.parts:
            parts_item = parts_item_data.value
            parts.append(parts_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "kind": kind,
                "name": name,
                "source": source,
                "parts": parts,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        kind = FeatureDatetimeKind(d.pop("kind"))

        name = d.pop("name")

        source = d.pop("source")

        parts = []
        _parts = d.pop("parts")
        for parts_item_data in _parts:
            parts_item = FeatureDatetimePartsItem(parts_item_data)

            parts.append(parts_item)

        feature_datetime = cls(
            kind=kind,
            name=name,
            source=source,
            parts=parts,
        )

        return feature_datetime
