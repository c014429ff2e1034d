from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.feature_profile_kind import FeatureProfileKind

if TYPE_CHECKING:
    from ..models.feature_profile_category_shares import FeatureProfileCategoryShares


T = TypeVar("T", bound="FeatureProfile")


@_attrs_define
class FeatureProfile:
    """
    Attributes:
        feature (str):
        kind (FeatureProfileKind):
        null_rate (float): share of rows where the raw value was missing
        bin_edges (list[float]): numeric: quantile bin edges, ascending (empty for categorical)
        bin_shares (list[float]): numeric: share of rows per bin, edges + 1 bins (empty for categorical)
        category_shares (FeatureProfileCategoryShares): categorical: share of rows per category (empty for numeric)
    """

    feature: str
    kind: FeatureProfileKind
    null_rate: float
    bin_edges: list[float]
    bin_shares: list[float]
    category_shares: FeatureProfileCategoryShares
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        feature = self.feature

        kind = self.kind.value

        null_rate = self.null_rate

        bin_edges = self.bin_edges

        bin_shares = self.bin_shares

        category_shares = self.category_shares.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "feature": feature,
                "kind": kind,
                "nullRate": null_rate,
                "binEdges": bin_edges,
                "binShares": bin_shares,
                "categoryShares": category_shares,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.feature_profile_category_shares import (
            FeatureProfileCategoryShares,
        )

        d = dict(src_dict)
        feature = d.pop("feature")

        kind = FeatureProfileKind(d.pop("kind"))

        null_rate = d.pop("nullRate")

        bin_edges = cast(list[float], d.pop("binEdges"))

        bin_shares = cast(list[float], d.pop("binShares"))

        category_shares = FeatureProfileCategoryShares.from_dict(
            d.pop("categoryShares")
        )

        feature_profile = cls(
            feature=feature,
            kind=kind,
            null_rate=null_rate,
            bin_edges=bin_edges,
            bin_shares=bin_shares,
            category_shares=category_shares,
        )

        feature_profile.additional_properties = d
        return feature_profile

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
