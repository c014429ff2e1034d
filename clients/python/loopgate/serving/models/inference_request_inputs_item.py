from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.inference_request_inputs_item_parameters import (
        InferenceRequestInputsItemParameters,
    )


T = TypeVar("T", bound="InferenceRequestInputsItem")


@_attrs_define
class InferenceRequestInputsItem:
    """
    Attributes:
        name (str):
        shape (list[int]):
        datatype (str):
        data (list[Any]):
        parameters (InferenceRequestInputsItemParameters | Unset):
    """

    name: str
    shape: list[int]
    datatype: str
    data: list[Any]
    parameters: InferenceRequestInputsItemParameters | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        shape = self.shape

        datatype = self.datatype

        data = self.data

        parameters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.parameters, Unset):
            parameters = self.parameters.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "shape": shape,
                "datatype": datatype,
                "data": data,
            }
        )
        if parameters is not UNSET:
            field_dict["parameters"] = parameters

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.inference_request_inputs_item_parameters import (
            InferenceRequestInputsItemParameters,
        )

        d = dict(src_dict)
        name = d.pop("name")

        shape = cast(list[int], d.pop("shape"))

        datatype = d.pop("datatype")

        data = cast(list[Any], d.pop("data"))

        _parameters = d.pop("parameters", UNSET)
        parameters: InferenceRequestInputsItemParameters | Unset
        if isinstance(_parameters, Unset):
            parameters = UNSET
        else:
            parameters = InferenceRequestInputsItemParameters.from_dict(_parameters)

        inference_request_inputs_item = cls(
            name=name,
            shape=shape,
            datatype=datatype,
            data=data,
            parameters=parameters,
        )

        inference_request_inputs_item.additional_properties = d
        return inference_request_inputs_item

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
