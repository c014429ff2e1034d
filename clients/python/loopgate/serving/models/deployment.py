from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.deployment_canary_type_0 import DeploymentCanaryType0
    from ..models.deployment_previous_type_0 import DeploymentPreviousType0
    from ..models.deployment_primary_type_0 import DeploymentPrimaryType0
    from ..models.deployment_shadow_type_0 import DeploymentShadowType0


T = TypeVar("T", bound="Deployment")


@_attrs_define
class Deployment:
    """
    Attributes:
        model_name (str):
        primary (DeploymentPrimaryType0 | None):
        previous (DeploymentPreviousType0 | None): the fallback while the primary fails or overruns
        canary (DeploymentCanaryType0 | None):
        shadow (DeploymentShadowType0 | None):
    """

    model_name: str
    primary: DeploymentPrimaryType0 | None
    previous: DeploymentPreviousType0 | None
    canary: DeploymentCanaryType0 | None
    shadow: DeploymentShadowType0 | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.deployment_canary_type_0 import DeploymentCanaryType0
        from ..models.deployment_previous_type_0 import DeploymentPreviousType0
        from ..models.deployment_primary_type_0 import DeploymentPrimaryType0
        from ..models.deployment_shadow_type_0 import DeploymentShadowType0

        model_name = self.model_name

        primary: dict[str, Any] | None
        if isinstance(self.primary, DeploymentPrimaryType0):
            primary = self.primary.to_dict()
        else:
            primary = self.primary

        previous: dict[str, Any] | None
        if isinstance(self.previous, DeploymentPreviousType0):
            previous = self.previous.to_dict()
        else:
            previous = self.previous

        canary: dict[str, Any] | None
        if isinstance(self.canary, DeploymentCanaryType0):
            canary = self.canary.to_dict()
        else:
            canary = self.canary

        shadow: dict[str, Any] | None
        if isinstance(self.shadow, DeploymentShadowType0):
            shadow = self.shadow.to_dict()
        else:
            shadow = self.shadow

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "modelName": model_name,
                "primary": primary,
                "previous": previous,
                "canary": canary,
                "shadow": shadow,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.deployment_canary_type_0 import DeploymentCanaryType0
        from ..models.deployment_previous_type_0 import DeploymentPreviousType0
        from ..models.deployment_primary_type_0 import DeploymentPrimaryType0
        from ..models.deployment_shadow_type_0 import DeploymentShadowType0

        d = dict(src_dict)
        model_name = d.pop("modelName")

        def _parse_primary(data: object) -> DeploymentPrimaryType0 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                primary_type_0 = DeploymentPrimaryType0.from_dict(data)

                return primary_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DeploymentPrimaryType0 | None, data)

        primary = _parse_primary(d.pop("primary"))

        def _parse_previous(data: object) -> DeploymentPreviousType0 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                previous_type_0 = DeploymentPreviousType0.from_dict(data)

                return previous_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DeploymentPreviousType0 | None, data)

        previous = _parse_previous(d.pop("previous"))

        def _parse_canary(data: object) -> DeploymentCanaryType0 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                canary_type_0 = DeploymentCanaryType0.from_dict(data)

                return canary_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DeploymentCanaryType0 | None, data)

        canary = _parse_canary(d.pop("canary"))

        def _parse_shadow(data: object) -> DeploymentShadowType0 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                shadow_type_0 = DeploymentShadowType0.from_dict(data)

                return shadow_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DeploymentShadowType0 | None, data)

        shadow = _parse_shadow(d.pop("shadow"))

        deployment = cls(
            model_name=model_name,
            primary=primary,
            previous=previous,
            canary=canary,
            shadow=shadow,
        )

        deployment.additional_properties = d
        return deployment

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
