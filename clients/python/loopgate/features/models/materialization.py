from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.feature_profile import FeatureProfile
    from ..models.materialization_training_set import MaterializationTrainingSet


T = TypeVar("T", bound="Materialization")


@_attrs_define
class Materialization:
    """
    Attributes:
        feature_set_id (str):
        version (str):
        snapshot_id (str):
        dataset_id (str):
        training_set (MaterializationTrainingSet): the point-in-time training set (JSON lines)
        row_count (int):
        labels_without_features (int): labels whose entity had no features at their time: left out
        profile (list[FeatureProfile]): the reference profile of each feature, which drift is measured against
        duration_ms (int):
        created_at (datetime.datetime):  Example: 2001-01-31T23:59:00Z.
    """

    feature_set_id: str
    version: str
    snapshot_id: str
    dataset_id: str
    training_set: MaterializationTrainingSet
    row_count: int
    labels_without_features: int
    profile: list[FeatureProfile]
    duration_ms: int
    created_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        feature_set_id = self.feature_set_id

        version = self.version

        snapshot_id = self.snapshot_id

        dataset_id = self.dataset_id

        training_set = self.training_set.to_dict()

        row_count = self.row_count

        labels_without_features = self.labels_without_features

        profile = []
        for profile_item_data in self.profile:
            profile_item = profile_item_data.to_dict()
            profile.append(profile_item)

        duration_ms = self.duration_ms

        created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "featureSetId": feature_set_id,
                "version": version,
                "snapshotId": snapshot_id,
                "datasetId": dataset_id,
                "trainingSet": training_set,
                "rowCount": row_count,
                "labelsWithoutFeatures": labels_without_features,
                "profile": profile,
                "durationMs": duration_ms,
                "createdAt": created_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.feature_profile import FeatureProfile
        from ..models.materialization_training_set import MaterializationTrainingSet

        d = dict(src_dict)
        feature_set_id = d.pop("featureSetId")

        version = d.pop("version")

        snapshot_id = d.pop("snapshotId")

        dataset_id = d.pop("datasetId")

        training_set = MaterializationTrainingSet.from_dict(d.pop("trainingSet"))

        row_count = d.pop("rowCount")

        labels_without_features = d.pop("labelsWithoutFeatures")

        profile = []
        _profile = d.pop("profile")
        for profile_item_data in _profile:
            profile_item = FeatureProfile.from_dict(profile_item_data)

            profile.append(profile_item)

        duration_ms = d.pop("durationMs")

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        materialization = cls(
            feature_set_id=feature_set_id,
            version=version,
            snapshot_id=snapshot_id,
            dataset_id=dataset_id,
            training_set=training_set,
            row_count=row_count,
            labels_without_features=labels_without_features,
            profile=profile,
            duration_ms=duration_ms,
            created_at=created_at,
        )

        materialization.additional_properties = d
        return materialization

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
