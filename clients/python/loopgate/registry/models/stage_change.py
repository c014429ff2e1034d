from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.stage_change_from_stage import StageChangeFromStage
from ..models.stage_change_to_stage import StageChangeToStage

T = TypeVar("T", bound="StageChange")


@_attrs_define
class StageChange:
    """
    Attributes:
        model_name (str):
        version (int):
        from_stage (StageChangeFromStage):
        to_stage (StageChangeToStage):
        reason (str):
        actor (str):
        changed_at (datetime.datetime):  Example: 2001-01-31T23:59:00Z.
    """

    model_name: str
    version: int
    from_stage: StageChangeFromStage
    to_stage: StageChangeToStage
    reason: str
    actor: str
    changed_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model_name = self.model_name

        version = self.version

        from_stage = self.from_stage.value

        to_stage = self.to_stage.value

        reason = self.reason

        actor = self.actor

        changed_at = self.changed_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "modelName": model_name,
                "version": version,
                "fromStage": from_stage,
                "toStage": to_stage,
                "reason": reason,
                "actor": actor,
                "changedAt": changed_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        model_name = d.pop("modelName")

        version = d.pop("version")

        from_stage = StageChangeFromStage(d.pop("fromStage"))

        to_stage = StageChangeToStage(d.pop("toStage"))

        reason = d.pop("reason")

        actor = d.pop("actor")

        changed_at = datetime.datetime.fromisoformat(d.pop("changedAt"))

        stage_change = cls(
            model_name=model_name,
            version=version,
            from_stage=from_stage,
            to_stage=to_stage,
            reason=reason,
            actor=actor,
            changed_at=changed_at,
        )

        stage_change.additional_properties = d
        return stage_change

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
