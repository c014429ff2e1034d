from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.monitoring_policy import MonitoringPolicy


T = TypeVar("T", bound="MonitoringPolicyVersion")


@_attrs_define
class MonitoringPolicyVersion:
    """
    Attributes:
        model_name (str):
        version (str): the policy's content hash
        policy (MonitoringPolicy):
        declared (bool): false for the default policy of a model that declared none
        warnings (list[str] | Unset): what the declaration could not check yet (segment fields, before the model's
            dataset is known)
    """

    model_name: str
    version: str
    policy: MonitoringPolicy
    declared: bool
    warnings: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model_name = self.model_name

        version = self.version

        policy = self.policy.to_dict()

        declared = self.declared

        warnings: list[str] | Unset = UNSET
        if not isinstance(self.warnings, Unset):
            warnings = self.warnings

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "modelName": model_name,
                "version": version,
                "policy": policy,
                "declared": declared,
            }
        )
        if warnings is not UNSET:
            field_dict["warnings"] = warnings

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.monitoring_policy import MonitoringPolicy

        d = dict(src_dict)
        model_name = d.pop("modelName")

        version = d.pop("version")

        policy = MonitoringPolicy.from_dict(d.pop("policy"))

        declared = d.pop("declared")

        warnings = cast(list[str], d.pop("warnings", UNSET))

        monitoring_policy_version = cls(
            model_name=model_name,
            version=version,
            policy=policy,
            declared=declared,
            warnings=warnings,
        )

        monitoring_policy_version.additional_properties = d
        return monitoring_policy_version

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
