from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.signing_key import SigningKey


T = TypeVar("T", bound="SigningKeyRotation")


@_attrs_define
class SigningKeyRotation:
    """
    Attributes:
        signing (SigningKey):
        retiring (list[SigningKey]):
    """

    signing: SigningKey
    retiring: list[SigningKey]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        signing = self.signing.to_dict()

        retiring = []
        for retiring_item_data in self.retiring:
            retiring_item = retiring_item_data.to_dict()
            retiring.append(retiring_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "signing": signing,
                "retiring": retiring,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.signing_key import SigningKey

        d = dict(src_dict)
        signing = SigningKey.from_dict(d.pop("signing"))

        retiring = []
        _retiring = d.pop("retiring")
        for retiring_item_data in _retiring:
            retiring_item = SigningKey.from_dict(retiring_item_data)

            retiring.append(retiring_item)

        signing_key_rotation = cls(
            signing=signing,
            retiring=retiring,
        )

        signing_key_rotation.additional_properties = d
        return signing_key_rotation

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
