from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.inference_model_metadata_inputs_item import (
        InferenceModelMetadataInputsItem,
    )
    from ..models.inference_model_metadata_outputs_item import (
        InferenceModelMetadataOutputsItem,
    )


T = TypeVar("T", bound="InferenceModelMetadata")


@_attrs_define
class InferenceModelMetadata:
    """
    Attributes:
        name (str):
        versions (list[str]):
        platform (str):
        inputs (list[InferenceModelMetadataInputsItem]):
        outputs (list[InferenceModelMetadataOutputsItem]):
    """

    name: str
    versions: list[str]
    platform: str
    inputs: list[InferenceModelMetadataInputsItem]
    outputs: list[InferenceModelMetadataOutputsItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        versions = self.versions

        platform = self.platform

        inputs = []
        for inputs_item_data in self.inputs:
            inputs_item = inputs_item_data.to_dict()
            inputs.append(inputs_item)

        outputs = []
        for outputs_item_data in self.outputs:
            outputs_item = outputs_item_data.to_dict()
            outputs.append(outputs_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "versions": versions,
                "platform": platform,
                "inputs": inputs,
                "outputs": outputs,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.inference_model_metadata_inputs_item import (
            InferenceModelMetadataInputsItem,
        )
        from ..models.inference_model_metadata_outputs_item import (
            InferenceModelMetadataOutputsItem,
        )

        d = dict(src_dict)
        name = d.pop("name")

        versions = cast(list[str], d.pop("versions"))

        platform = d.pop("platform")

        inputs = []
        _inputs = d.pop("inputs")
        for inputs_item_data in _inputs:
            inputs_item = InferenceModelMetadataInputsItem.from_dict(inputs_item_data)

            inputs.append(inputs_item)

        outputs = []
        _outputs = d.pop("outputs")
        for outputs_item_data in _outputs:
            outputs_item = InferenceModelMetadataOutputsItem.from_dict(
                outputs_item_data
            )

            outputs.append(outputs_item)

        inference_model_metadata = cls(
            name=name,
            versions=versions,
            platform=platform,
            inputs=inputs,
            outputs=outputs,
        )

        inference_model_metadata.additional_properties = d
        return inference_model_metadata

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
