from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.prediction_route import PredictionRoute
from ..models.prediction_task import PredictionTask
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.prediction_probabilities import PredictionProbabilities


T = TypeVar("T", bound="Prediction")


@_attrs_define
class Prediction:
    """
    Attributes:
        prediction_id (UUID):
        entity_id (None | str):
        model_name (str):
        version (int | None): null when the declared default score answered
        route (PredictionRoute):
        fallback (bool):
        task (PredictionTask):
        score (float): the probability of 1 (binary), of the predicted class (multi-class), or the value (regression)
        label (float | None):
        value (float | Unset):
        class_ (str | Unset):
        probabilities (PredictionProbabilities | Unset):
    """

    prediction_id: UUID
    entity_id: None | str
    model_name: str
    version: int | None
    route: PredictionRoute
    fallback: bool
    task: PredictionTask
    score: float
    label: float | None
    value: float | Unset = UNSET
    class_: str | Unset = UNSET
    probabilities: PredictionProbabilities | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prediction_id = str(self.prediction_id)

        entity_id: None | str
        entity_id = self.entity_id

        model_name = self.model_name

        version: int | None
        version = self.version

        route = self.route.value

        fallback = self.fallback

        task = self.task.value

        score = self.score

        label: float | None
        label = self.label

        value = self.value

        class_ = self.class_

        probabilities: dict[str, Any] | Unset = UNSET
        if not isinstance(self.probabilities, Unset):
            probabilities = self.probabilities.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "predictionId": prediction_id,
                "entityId": entity_id,
                "modelName": model_name,
                "version": version,
                "route": route,
                "fallback": fallback,
                "task": task,
                "score": score,
                "label": label,
            }
        )
        if value is not UNSET:
            field_dict["value"] = value
        if class_ is not UNSET:
            field_dict["class"] = class_
        if probabilities is not UNSET:
            field_dict["probabilities"] = probabilities

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.prediction_probabilities import PredictionProbabilities

        d = dict(src_dict)
        prediction_id = UUID(d.pop("predictionId"))

        def _parse_entity_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        entity_id = _parse_entity_id(d.pop("entityId"))

        model_name = d.pop("modelName")

        def _parse_version(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        version = _parse_version(d.pop("version"))

        route = PredictionRoute(d.pop("route"))

        fallback = d.pop("fallback")

        task = PredictionTask(d.pop("task"))

        score = d.pop("score")

        def _parse_label(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        label = _parse_label(d.pop("label"))

        value = d.pop("value", UNSET)

        class_ = d.pop("class", UNSET)

        _probabilities = d.pop("probabilities", UNSET)
        probabilities: PredictionProbabilities | Unset
        if isinstance(_probabilities, Unset):
            probabilities = UNSET
        else:
            probabilities = PredictionProbabilities.from_dict(_probabilities)

        prediction = cls(
            prediction_id=prediction_id,
            entity_id=entity_id,
            model_name=model_name,
            version=version,
            route=route,
            fallback=fallback,
            task=task,
            score=score,
            label=label,
            value=value,
            class_=class_,
            probabilities=probabilities,
        )

        prediction.additional_properties = d
        return prediction

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
