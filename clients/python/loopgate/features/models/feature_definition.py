from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.feature_bucket import FeatureBucket
    from ..models.feature_categorical import FeatureCategorical
    from ..models.feature_datetime import FeatureDatetime
    from ..models.feature_numeric import FeatureNumeric


T = TypeVar("T", bound="FeatureDefinition")


@_attrs_define
class FeatureDefinition:
    """
    Attributes:
        feature_set_id (str):
        features (list[FeatureBucket | FeatureCategorical | FeatureDatetime | FeatureNumeric]):
    """

    feature_set_id: str
    features: list[
        FeatureBucket | FeatureCategorical | FeatureDatetime | FeatureNumeric
    ]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.feature_categorical import FeatureCategorical
        from ..models.feature_datetime import FeatureDatetime
        from ..models.feature_numeric import FeatureNumeric

        feature_set_id = self.feature_set_id

        features = []
        for features_item_data in self.features:
            features_item: dict[str, Any]
            if (
                isinstance(features_item_data, FeatureNumeric)
                or isinstance(features_item_data, FeatureCategorical)
                or isinstance(features_item_data, FeatureDatetime)
            ):
                features_item = features_item_data.to_dict()
            else:
                features_item = features_item_data.to_dict()

            features.append(features_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "featureSetId": feature_set_id,
                "features": features,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.feature_bucket import FeatureBucket
        from ..models.feature_categorical import FeatureCategorical
        from ..models.feature_datetime import FeatureDatetime
        from ..models.feature_numeric import FeatureNumeric

        d = dict(src_dict)
        feature_set_id = d.pop("featureSetId")

        features = []
        _features = d.pop("features")
        for features_item_data in _features:

            def _parse_features_item(
                data: object,
            ) -> FeatureBucket | FeatureCategorical | FeatureDatetime | FeatureNumeric:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_feature_type_0 = FeatureNumeric.from_dict(data)

                    return componentsschemas_feature_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_feature_type_1 = FeatureCategorical.from_dict(
                        data
                    )

                    return componentsschemas_feature_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_feature_type_2 = FeatureDatetime.from_dict(data)

                    return componentsschemas_feature_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_feature_type_3 = FeatureBucket.from_dict(data)

                return componentsschemas_feature_type_3

            features_item = _parse_features_item(features_item_data)

            features.append(features_item)

        feature_definition = cls(
            feature_set_id=feature_set_id,
            features=features,
        )

        feature_definition.additional_properties = d
        return feature_definition

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
