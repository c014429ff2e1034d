from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.inference_request_inputs_item import InferenceRequestInputsItem
    from ..models.inference_request_outputs_item import InferenceRequestOutputsItem
    from ..models.inference_request_parameters import InferenceRequestParameters


T = TypeVar("T", bound="InferenceRequest")


@_attrs_define
class InferenceRequest:
    """
    Attributes:
        inputs (list[InferenceRequestInputsItem]):
        id (str | Unset):
        parameters (InferenceRequestParameters | Unset):
        outputs (list[InferenceRequestOutputsItem] | Unset):
    """

    inputs: list[InferenceRequestInputsItem]
    id: str | Unset = UNSET
    parameters: InferenceRequestParameters | Unset = UNSET
    outputs: list[InferenceRequestOutputsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        inputs = []
        for inputs_item_data in self.inputs:
            inputs_item = inputs_item_data.to_dict()
            inputs.append(inputs_item)

        id = self.id

        parameters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.parameters, Unset):
            parameters = self.parameters.to_dict()

        outputs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.outputs, Unset):
            outputs = []
            for outputs_item_data in self.outputs:
                outputs_item = outputs_item_data.to_dict()
                outputs.append(outputs_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "inputs": inputs,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if parameters is not UNSET:
            field_dict["parameters"] = parameters
        if outputs is not UNSET:
            field_dict["outputs"] = outputs

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.inference_request_inputs_item import InferenceRequestInputsItem
        from ..models.inference_request_outputs_item import InferenceRequestOutputsItem
        from ..models.inference_request_parameters import InferenceRequestParameters

        d = dict(src_dict)
        inputs = []
        _inputs = d.pop("inputs")
        for inputs_item_data in _inputs:
            inputs_item = InferenceRequestInputsItem.from_dict(inputs_item_data)

            inputs.append(inputs_item)

        id = d.pop("id", UNSET)

        _parameters = d.pop("parameters", UNSET)
        parameters: InferenceRequestParameters | Unset
        if isinstance(_parameters, Unset):
            parameters = UNSET
        else:
            parameters = InferenceRequestParameters.from_dict(_parameters)

        _outputs = d.pop("outputs", UNSET)
        outputs: list[InferenceRequestOutputsItem] | Unset = UNSET
        if _outputs is not UNSET:
            outputs = []
            for outputs_item_data in _outputs:
                outputs_item = InferenceRequestOutputsItem.from_dict(outputs_item_data)

                outputs.append(outputs_item)

        inference_request = cls(
            inputs=inputs,
            id=id,
            parameters=parameters,
            outputs=outputs,
        )

        inference_request.additional_properties = d
        return inference_request

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
