from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.training_request_reason import TrainingRequestReason
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.training_request_params import TrainingRequestParams


T = TypeVar("T", bound="TrainingRequest")


@_attrs_define
class TrainingRequest:
    """
    Attributes:
        model_name (str):
        request_id (str | Unset): an idempotency key: the same id answers the same run
        reason (TrainingRequestReason | Unset):  Default: TrainingRequestReason.HUMAN_REQUEST.
        feature_set_version (str | Unset): the training set to train on; the model's latest when absent
        snapshot_id (str | Unset):
        algorithm (str | Unset): the model config's when absent
        params (TrainingRequestParams | Unset): over the model config's params Example: {'maxLeaves': 31}.
        seed (int | Unset):
    """

    model_name: str
    request_id: str | Unset = UNSET
    reason: TrainingRequestReason | Unset = TrainingRequestReason.HUMAN_REQUEST
    feature_set_version: str | Unset = UNSET
    snapshot_id: str | Unset = UNSET
    algorithm: str | Unset = UNSET
    params: TrainingRequestParams | Unset = UNSET
    seed: int | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        model_name = self.model_name

        request_id = self.request_id

        reason: str | Unset = UNSET
        if not isinstance(self.reason, Unset):
            reason = self.reason.value

        feature_set_version = self.feature_set_version

        snapshot_id = self.snapshot_id

        algorithm = self.algorithm

        params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.params, Unset):
            params = self.params.to_dict()

        seed = self.seed

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "modelName": model_name,
            }
        )
        if request_id is not UNSET:
            field_dict["requestId"] = request_id
        if reason is not UNSET:
            field_dict["reason"] = reason
        if feature_set_version is not UNSET:
            field_dict["featureSetVersion"] = feature_set_version
        if snapshot_id is not UNSET:
            field_dict["snapshotId"] = snapshot_id
        if algorithm is not UNSET:
            field_dict["algorithm"] = algorithm
        if params is not UNSET:
            field_dict["params"] = params
        if seed is not UNSET:
            field_dict["seed"] = seed

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.training_request_params import TrainingRequestParams

        d = dict(src_dict)
        model_name = d.pop("modelName")

        request_id = d.pop("requestId", UNSET)

        _reason = d.pop("reason", UNSET)
        reason: TrainingRequestReason | Unset
        if isinstance(_reason, Unset):
            reason = UNSET
        else:
            reason = TrainingRequestReason(_reason)

        feature_set_version = d.pop("featureSetVersion", UNSET)

        snapshot_id = d.pop("snapshotId", UNSET)

        algorithm = d.pop("algorithm", UNSET)

        _params = d.pop("params", UNSET)
        params: TrainingRequestParams | Unset
        if isinstance(_params, Unset):
            params = UNSET
        else:
            params = TrainingRequestParams.from_dict(_params)

        seed = d.pop("seed", UNSET)

        training_request = cls(
            model_name=model_name,
            request_id=request_id,
            reason=reason,
            feature_set_version=feature_set_version,
            snapshot_id=snapshot_id,
            algorithm=algorithm,
            params=params,
            seed=seed,
        )

        return training_request
