from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.feature_drift_kind import FeatureDriftKind
from ..models.feature_drift_status import FeatureDriftStatus

T = TypeVar("T", bound="FeatureDrift")


@_attrs_define
class FeatureDrift:
    """
    Attributes:
        feature (str): an input field, or __score__ for the drift of the scores themselves
        kind (FeatureDriftKind):
        count (int): values in the window (missing ones not counted)
        psi (float):
        ks (float | None): Kolmogorov-Smirnov statistic on the reference's quantile bins (numeric features only)
        js_distance (float): Jensen-Shannon distance (base 2, 0-1) between the binned distributions
        psi_warn (float):
        psi_alert (float):
        status (FeatureDriftStatus):
    """

    feature: str
    kind: FeatureDriftKind
    count: int
    psi: float
    ks: float | None
    js_distance: float
    psi_warn: float
    psi_alert: float
    status: FeatureDriftStatus
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        feature = self.feature

        kind = self.kind.value

        count = self.count

        psi = self.psi

        ks: float | None
        ks = self.ks

        js_distance = self.js_distance

        psi_warn = self.psi_warn

        psi_alert = self.psi_alert

        status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "feature": feature,
                "kind": kind,
                "count": count,
                "psi": psi,
                "ks": ks,
                "jsDistance": js_distance,
                "psiWarn": psi_warn,
                "psiAlert": psi_alert,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        feature = d.pop("feature")

        kind = FeatureDriftKind(d.pop("kind"))

        count = d.pop("count")

        psi = d.pop("psi")

        def _parse_ks(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        ks = _parse_ks(d.pop("ks"))

        js_distance = d.pop("jsDistance")

        psi_warn = d.pop("psiWarn")

        psi_alert = d.pop("psiAlert")

        status = FeatureDriftStatus(d.pop("status"))

        feature_drift = cls(
            feature=feature,
            kind=kind,
            count=count,
            psi=psi,
            ks=ks,
            js_distance=js_distance,
            psi_warn=psi_warn,
            psi_alert=psi_alert,
            status=status,
        )

        feature_drift.additional_properties = d
        return feature_drift

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
