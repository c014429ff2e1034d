from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.promotion_policy import PromotionPolicy


T = TypeVar("T", bound="PromotionPolicyVersion")


@_attrs_define
class PromotionPolicyVersion:
    """
    Attributes:
        model_name (str):
        version (str): the policy's content hash: the same policy is the same version
        policy (PromotionPolicy):
        declared (bool): false for the default policy of a model that declared none
    """

    model_name: str
    version: str
    policy: PromotionPolicy
    declared: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model_name = self.model_name

        version = self.version

        policy = self.policy.to_dict()

        declared = self.declared

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

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.promotion_policy import PromotionPolicy

        d = dict(src_dict)
        model_name = d.pop("modelName")

        version = d.pop("version")

        policy = PromotionPolicy.from_dict(d.pop("policy"))

        declared = d.pop("declared")

        promotion_policy_version = cls(
            model_name=model_name,
            version=version,
            policy=policy,
            declared=declared,
        )

        promotion_policy_version.additional_properties = d
        return promotion_policy_version

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
