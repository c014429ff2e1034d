from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.inference_response_outputs_item import InferenceResponseOutputsItem


T = TypeVar("T", bound="InferenceResponse")


@_attrs_define
class InferenceResponse:
    """
    Attributes:
        model_name (str):
        id (str):
        outputs (list[InferenceResponseOutputsItem]):
        model_version (str | Unset): set when one version answered every row (see the `version` output otherwise)
    """

    model_name: str
    id: str
    outputs: list[InferenceResponseOutputsItem]
    model_version: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model_name = self.model_name

        id = self.id

        outputs = []
        for outputs_item_data in self.outputs:
            outputs_item = outputs_item_data.to_dict()
            outputs.append(outputs_item)

        model_version = self.model_version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model_name": model_name,
                "id": id,
                "outputs": outputs,
            }
        )
        if model_version is not UNSET:
            field_dict["model_version"] = model_version

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.inference_response_outputs_item import (
            InferenceResponseOutputsItem,
        )

        d = dict(src_dict)
        model_name = d.pop("model_name")

        id = d.pop("id")

        outputs = []
        _outputs = d.pop("outputs")
        for outputs_item_data in _outputs:
            outputs_item = InferenceResponseOutputsItem.from_dict(outputs_item_data)

            outputs.append(outputs_item)

        model_version = d.pop("model_version", UNSET)

        inference_response = cls(
            model_name=model_name,
            id=id,
            outputs=outputs,
            model_version=model_version,
        )

        inference_response.additional_properties = d
        return inference_response

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
