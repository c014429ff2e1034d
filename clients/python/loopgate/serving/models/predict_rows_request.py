from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.row import Row


T = TypeVar("T", bound="PredictRowsRequest")


@_attrs_define
class PredictRowsRequest:
    """
    Attributes:
        rows (list[Row]): rows of raw fields; their problems (missing, unknown or wrong-typed fields by the model's
            dataset spec) come with 422 serving.invalid_rows
    """

    rows: list[Row]

    def to_dict(self) -> dict[str, Any]:
        rows = []
        for rows_item_data in self.rows:
            rows_item = rows_item_data.to_dict()
            rows.append(rows_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "rows": rows,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.row import Row

        d = dict(src_dict)
        rows = []
        _rows = d.pop("rows")
        for rows_item_data in _rows:
            rows_item = Row.from_dict(rows_item_data)

            rows.append(rows_item)

        predict_rows_request = cls(
            rows=rows,
        )

        return predict_rows_request
