from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.model_description_retrain_on import ModelDescriptionRetrainOn
from ..models.model_description_split import ModelDescriptionSplit
from ..models.model_description_task import ModelDescriptionTask

if TYPE_CHECKING:
    from ..models.model_description_params import ModelDescriptionParams
    from ..models.model_description_waiting_retrain_type_0 import (
        ModelDescriptionWaitingRetrainType0,
    )


T = TypeVar("T", bound="ModelDescription")


@_attrs_define
class ModelDescription:
    """
    Attributes:
        model_name (str):
        feature_set_id (str):
        task (ModelDescriptionTask):
        algorithm (str):
        params (ModelDescriptionParams):
        seed (int):
        holdout_fraction (float):
        split (ModelDescriptionSplit):
        folds (int | None):
        min_segment_size (int):
        timeout_ms (int | None):
        train_on_new_feature_set (bool):
        retrain_on (ModelDescriptionRetrainOn):
        schedule_every_ms (int | None):
        last_scheduled_slot (int | None):
        updated_by (str):
        created_at (datetime.datetime):  Example: 2001-01-31T23:59:00Z.
        updated_at (datetime.datetime):  Example: 2001-01-31T23:59:00Z.
        waiting_retrain (ModelDescriptionWaitingRetrainType0 | None): a retraining recommendation waiting for the next
            training set, if any
    """

    model_name: str
    feature_set_id: str
    task: ModelDescriptionTask
    algorithm: str
    params: ModelDescriptionParams
    seed: int
    holdout_fraction: float
    split: ModelDescriptionSplit
    folds: int | None
    min_segment_size: int
    timeout_ms: int | None
    train_on_new_feature_set: bool
    retrain_on: ModelDescriptionRetrainOn
    schedule_every_ms: int | None
    last_scheduled_slot: int | None
    updated_by: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    waiting_retrain: ModelDescriptionWaitingRetrainType0 | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.model_description_waiting_retrain_type_0 import (
            ModelDescriptionWaitingRetrainType0,
        )

        model_name = self.model_name

        feature_set_id = self.feature_set_id

        task = self.task.value

        algorithm = self.algorithm

        params = self.params.to_dict()

        seed = self.seed

        holdout_fraction = self.holdout_fraction

        split = self.split.value

        folds: int | None
        folds = self.folds

        min_segment_size = self.min_segment_size

        timeout_ms: int | None
        timeout_ms = self.timeout_ms

        train_on_new_feature_set = self.train_on_new_feature_set

        retrain_on = self.retrain_on.value

        schedule_every_ms: int | None
        schedule_every_ms = self.schedule_every_ms

        last_scheduled_slot: int | None
        last_scheduled_slot = self.last_scheduled_slot

        updated_by = self.updated_by

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        waiting_retrain: dict[str, Any] | None
        if isinstance(self.waiting_retrain, ModelDescriptionWaitingRetrainType0):
            waiting_retrain = self.waiting_retrain.to_dict()
        else:
            waiting_retrain = self.waiting_retrain

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "modelName": model_name,
                "featureSetId": feature_set_id,
                "task": task,
                "algorithm": algorithm,
                "params": params,
                "seed": seed,
                "holdoutFraction": holdout_fraction,
                "split": split,
                "folds": folds,
                "minSegmentSize": min_segment_size,
                "timeoutMs": timeout_ms,
                "trainOnNewFeatureSet": train_on_new_feature_set,
                "retrainOn": retrain_on,
                "scheduleEveryMs": schedule_every_ms,
                "lastScheduledSlot": last_scheduled_slot,
                "updatedBy": updated_by,
                "createdAt": created_at,
                "updatedAt": updated_at,
                "waitingRetrain": waiting_retrain,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.model_description_params import ModelDescriptionParams
        from ..models.model_description_waiting_retrain_type_0 import (
            ModelDescriptionWaitingRetrainType0,
        )

        d = dict(src_dict)
        model_name = d.pop("modelName")

        feature_set_id = d.pop("featureSetId")

        task = ModelDescriptionTask(d.pop("task"))

        algorithm = d.pop("algorithm")

        params = ModelDescriptionParams.from_dict(d.pop("params"))

        seed = d.pop("seed")

        holdout_fraction = d.pop("holdoutFraction")

        split = ModelDescriptionSplit(d.pop("split"))

        def _parse_folds(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        folds = _parse_folds(d.pop("folds"))

        min_segment_size = d.pop("minSegmentSize")

        def _parse_timeout_ms(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        timeout_ms = _parse_timeout_ms(d.pop("timeoutMs"))

        train_on_new_feature_set = d.pop("trainOnNewFeatureSet")

        retrain_on = ModelDescriptionRetrainOn(d.pop("retrainOn"))

        def _parse_schedule_every_ms(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        schedule_every_ms = _parse_schedule_every_ms(d.pop("scheduleEveryMs"))

        def _parse_last_scheduled_slot(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        last_scheduled_slot = _parse_last_scheduled_slot(d.pop("lastScheduledSlot"))

        updated_by = d.pop("updatedBy")

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))

        def _parse_waiting_retrain(
            data: object,
        ) -> ModelDescriptionWaitingRetrainType0 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                waiting_retrain_type_0 = ModelDescriptionWaitingRetrainType0.from_dict(
                    data
                )

                return waiting_retrain_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ModelDescriptionWaitingRetrainType0 | None, data)

        waiting_retrain = _parse_waiting_retrain(d.pop("waitingRetrain"))

        model_description = cls(
            model_name=model_name,
            feature_set_id=feature_set_id,
            task=task,
            algorithm=algorithm,
            params=params,
            seed=seed,
            holdout_fraction=holdout_fraction,
            split=split,
            folds=folds,
            min_segment_size=min_segment_size,
            timeout_ms=timeout_ms,
            train_on_new_feature_set=train_on_new_feature_set,
            retrain_on=retrain_on,
            schedule_every_ms=schedule_every_ms,
            last_scheduled_slot=last_scheduled_slot,
            updated_by=updated_by,
            created_at=created_at,
            updated_at=updated_at,
            waiting_retrain=waiting_retrain,
        )

        model_description.additional_properties = d
        return model_description

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
