from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.recommendation_kind import RecommendationKind
from ..models.recommendation_status import RecommendationStatus

T = TypeVar("T", bound="Recommendation")


@_attrs_define
class Recommendation:
    """
    Attributes:
        recommendation_id (UUID):
        kind (RecommendationKind):
        model_name (str):
        version (int | None): the version a rollback is recommended of; null for retraining
        rule (str):
        reason (str):
        signal_ids (list[UUID]):
        status (RecommendationStatus): SUPPRESSED: the rule fired within the model's cool-down, and nothing was
            published
        created_at (datetime.datetime):  Example: 2001-01-31T23:59:00Z.
    """

    recommendation_id: UUID
    kind: RecommendationKind
    model_name: str
    version: int | None
    rule: str
    reason: str
    signal_ids: list[UUID]
    status: RecommendationStatus
    created_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        recommendation_id = str(self.recommendation_id)

        kind = self.kind.value

        model_name = self.model_name

        version: int | None
        version = self.version

        rule = self.rule

        reason = self.reason

        signal_ids = []
        for signal_ids_item_data in self.signal_ids:
            signal_ids_item = str(signal_ids_item_data)
            signal_ids.append(signal_ids_item)

        status = self.status.value

        created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "recommendationId": recommendation_id,
                "kind": kind,
                "modelName": model_name,
                "version": version,
                "rule": rule,
                "reason": reason,
                "signalIds": signal_ids,
                "status": status,
                "createdAt": created_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        recommendation_id = UUID(d.pop("recommendationId"))

        kind = RecommendationKind(d.pop("kind"))

        model_name = d.pop("modelName")

        def _parse_version(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        version = _parse_version(d.pop("version"))

        rule = d.pop("rule")

        reason = d.pop("reason")

        signal_ids = []
        _signal_ids = d.pop("signalIds")
        for signal_ids_item_data in _signal_ids:
            signal_ids_item = UUID(signal_ids_item_data)

            signal_ids.append(signal_ids_item)

        status = RecommendationStatus(d.pop("status"))

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        recommendation = cls(
            recommendation_id=recommendation_id,
            kind=kind,
            model_name=model_name,
            version=version,
            rule=rule,
            reason=reason,
            signal_ids=signal_ids,
            status=status,
            created_at=created_at,
        )

        recommendation.additional_properties = d
        return recommendation

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
