from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.model_config_request_retrain_on import ModelConfigRequestRetrainOn
from ..models.model_config_request_split import ModelConfigRequestSplit
from ..models.model_config_request_task import ModelConfigRequestTask
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.model_config_request_params import ModelConfigRequestParams


T = TypeVar("T", bound="ModelConfigRequest")


@_attrs_define
class ModelConfigRequest:
    """
    Attributes:
        feature_set_id (str):
        algorithm (str):
        task (ModelConfigRequestTask | Unset): what the model predicts from the training set's label: 0/1, one of
            several classes, or a number Default: ModelConfigRequestTask.BINARY.
        params (ModelConfigRequestParams | Unset): the trainer's params by name (see docs/features-and-training.md for
            each trainer's) Example: {'maxLeaves': 31}.
        seed (int | Unset):  Default: 42.
        holdout_fraction (float | Unset):  Default: 0.2.
        split (ModelConfigRequestSplit | Unset): which rows are held out: the latest (time), a seeded sample (random),
            or a seeded sample of each class (stratified) Default: ModelConfigRequestSplit.TIME.
        folds (int | None | Unset): k-fold cross-validation for small data: each metric's mean and spread over k folds
        min_segment_size (int | Unset):  Default: 50.
        timeout_ms (int | None | Unset):
        train_on_new_feature_set (bool | Unset):  Default: True.
        retrain_on (ModelConfigRequestRetrainOn | Unset): what a retraining recommendation trains on: the latest
            training set now, or the next one materialized Default: ModelConfigRequestRetrainOn.LATEST_FEATURE_SET.
        schedule_every_ms (int | None | Unset):
    """

    feature_set_id: str
    algorithm: str
    task: ModelConfigRequestTask | Unset = ModelConfigRequestTask.BINARY
    params: ModelConfigRequestParams | Unset = UNSET
    seed: int | Unset = 42
    holdout_fraction: float | Unset = 0.2
    split: ModelConfigRequestSplit | Unset = ModelConfigRequestSplit.TIME
    folds: int | None | Unset = UNSET
    min_segment_size: int | Unset = 50
    timeout_ms: int | None | Unset = UNSET
    train_on_new_feature_set: bool | Unset = True
    retrain_on: ModelConfigRequestRetrainOn | Unset = (
        ModelConfigRequestRetrainOn.LATEST_FEATURE_SET
    )
    schedule_every_ms: int | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        feature_set_id = self.feature_set_id

        algorithm = self.algorithm

        task: str | Unset = UNSET
        if not isinstance(self.task, Unset):
            task = self.task.value

        params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.params, Unset):
            params = self.params.to_dict()

        seed = self.seed

        holdout_fraction = self.holdout_fraction

        split: str | Unset = UNSET
        if not isinstance(self.split, Unset):
            split = self.split.value

        folds: int | None | Unset
        if isinstance(self.folds, Unset):
            folds = UNSET
        else:
            folds = self.folds

        min_segment_size = self.min_segment_size

        timeout_ms: int | None | Unset
        if isinstance(self.timeout_ms, Unset):
            timeout_ms = UNSET
        else:
            timeout_ms = self.timeout_ms

        train_on_new_feature_set = self.train_on_new_feature_set

        retrain_on: str | Unset = UNSET
        if not isinstance(self.retrain_on, Unset):
            retrain_on = self.retrain_on.value

        schedule_every_ms: int | None | Unset
        if isinstance(self.schedule_every_ms, Unset):
            schedule_every_ms = UNSET
        else:
            schedule_every_ms = self.schedule_every_ms

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "featureSetId": feature_set_id,
                "algorithm": algorithm,
            }
        )
        if task is not UNSET:
            field_dict["task"] = task
        if params is not UNSET:
            field_dict["params"] = params
        if seed is not UNSET:
            field_dict["seed"] = seed
        if holdout_fraction is not UNSET:
            field_dict["holdoutFraction"] = holdout_fraction
        if split is not UNSET:
            field_dict["split"] = split
        if folds is not UNSET:
            field_dict["folds"] = folds
        if min_segment_size is not UNSET:
            field_dict["minSegmentSize"] = min_segment_size
        if timeout_ms is not UNSET:
            field_dict["timeoutMs"] = timeout_ms
        if train_on_new_feature_set is not UNSET:
            field_dict["trainOnNewFeatureSet"] = train_on_new_feature_set
        if retrain_on is not UNSET:
            field_dict["retrainOn"] = retrain_on
        if schedule_every_ms is not UNSET:
            field_dict["scheduleEveryMs"] = schedule_every_ms

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.model_config_request_params import ModelConfigRequestParams

        d = dict(src_dict)
        feature_set_id = d.pop("featureSetId")

        algorithm = d.pop("algorithm")

        _task = d.pop("task", UNSET)
        task: ModelConfigRequestTask | Unset
        if isinstance(_task, Unset):
            task = UNSET
        else:
            task = ModelConfigRequestTask(_task)

        _params = d.pop("params", UNSET)
        params: ModelConfigRequestParams | Unset
        if isinstance(_params, Unset):
            params = UNSET
        else:
            params = ModelConfigRequestParams.from_dict(_params)

        seed = d.pop("seed", UNSET)

        holdout_fraction = d.pop("holdoutFraction", UNSET)

        _split = d.pop("split", UNSET)
        split: ModelConfigRequestSplit | Unset
        if isinstance(_split, Unset):
            split = UNSET
        else:
            split = ModelConfigRequestSplit(_split)

        def _parse_folds(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        folds = _parse_folds(d.pop("folds", UNSET))

        min_segment_size = d.pop("minSegmentSize", UNSET)

        def _parse_timeout_ms(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        timeout_ms = _parse_timeout_ms(d.pop("timeoutMs", UNSET))

        train_on_new_feature_set = d.pop("trainOnNewFeatureSet", UNSET)

        _retrain_on = d.pop("retrainOn", UNSET)
        retrain_on: ModelConfigRequestRetrainOn | Unset
        if isinstance(_retrain_on, Unset):
            retrain_on = UNSET
        else:
            retrain_on = ModelConfigRequestRetrainOn(_retrain_on)

        def _parse_schedule_every_ms(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        schedule_every_ms = _parse_schedule_every_ms(d.pop("scheduleEveryMs", UNSET))

        model_config_request = cls(
            feature_set_id=feature_set_id,
            algorithm=algorithm,
            task=task,
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
        )

        return model_config_request
