from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.row import Row


T = TypeVar("T", bound="PredictRequest")


@_attrs_define
class PredictRequest:
    """
    Attributes:
        rows (list[Row] | Unset): rows of raw fields; their problems (missing, unknown or wrong-typed fields by the
            model's dataset spec) come with 422 serving.invalid_rows
        entity_ids (list[str] | Unset): score the entities' latest records instead of rows
    """

    rows: list[Row] | Unset = UNSET
    entity_ids: list[str] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        rows: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.rows, Unset):
            rows = []
            for rows_item_data in self.rows:
                rows_item = rows_item_data.to_dict()
                rows.append(rows_item)

        entity_ids: list[str] | Unset = UNSET
        if not isinstance(self.entity_ids, Unset):
            entity_ids = self.entity_ids

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if rows is not UNSET:
            field_dict["rows"] = rows
        if entity_ids is not UNSET:
            field_dict["entityIds"] = entity_ids

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.row import Row

        d = dict(src_dict)
        _rows = d.pop("rows", UNSET)
        rows: list[Row] | Unset = UNSET
        if _rows is not UNSET:
            rows = []
            for rows_item_data in _rows:
                rows_item = Row.from_dict(rows_item_data)

                rows.append(rows_item)

        entity_ids = cast(list[str], d.pop("entityIds", UNSET))

        predict_request = cls(
            rows=rows,
            entity_ids=entity_ids,
        )

        return predict_request
