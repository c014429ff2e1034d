from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ObserveLabelsRequestLabelsItem")


@_attrs_define
class ObserveLabelsRequestLabelsItem:
    """
    Attributes:
        entity_id (str):
        event_time (float | str): the event time of the label's record
        label (bool | float):
        observed_at (float | str | Unset): when the outcome was known; now when left out
        prediction_id (str | Unset): the prediction the label is the outcome of, if any
    """

    entity_id: str
    event_time: float | str
    label: bool | float
    observed_at: float | str | Unset = UNSET
    prediction_id: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        entity_id = self.entity_id

        event_time: float | str
        event_time = self.event_time

        label: bool | float
        label = self.label

        observed_at: float | str | Unset
        if isinstance(self.observed_at, Unset):
            observed_at = UNSET
        else:
            observed_at = self.observed_at

        prediction_id = self.prediction_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "entityId": entity_id,
                "eventTime": event_time,
                "label": label,
            }
        )
        if observed_at is not UNSET:
            field_dict["observedAt"] = observed_at
        if prediction_id is not UNSET:
            field_dict["predictionId"] = prediction_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        entity_id = d.pop("entityId")

        def _parse_event_time(data: object) -> float | str:
            return cast(float | str, data)

        event_time = _parse_event_time(d.pop("eventTime"))

        def _parse_label(data: object) -> bool | float:
            return cast(bool | float, data)

        label = _parse_label(d.pop("label"))

        def _parse_observed_at(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        observed_at = _parse_observed_at(d.pop("observedAt", UNSET))

        prediction_id = d.pop("predictionId", UNSET)

        observe_labels_request_labels_item = cls(
            entity_id=entity_id,
            event_time=event_time,
            label=label,
            observed_at=observed_at,
            prediction_id=prediction_id,
        )

        return observe_labels_request_labels_item
