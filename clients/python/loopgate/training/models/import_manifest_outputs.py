from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ImportManifestOutputs")


@_attrs_define
class ImportManifestOutputs:
    """
    Attributes:
        label (str | Unset):
        probabilities (str | Unset):
        value (str | Unset):
    """

    label: str | Unset = UNSET
    probabilities: str | Unset = UNSET
    value: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        label = self.label

        probabilities = self.probabilities

        value = self.value

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if label is not UNSET:
            field_dict["label"] = label
        if probabilities is not UNSET:
            field_dict["probabilities"] = probabilities
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        label = d.pop("label", UNSET)

        probabilities = d.pop("probabilities", UNSET)

        value = d.pop("value", UNSET)

        import_manifest_outputs = cls(
            label=label,
            probabilities=probabilities,
            value=value,
        )

        return import_manifest_outputs
