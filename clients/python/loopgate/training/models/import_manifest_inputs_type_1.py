from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.import_manifest_inputs_type_1_kind import ImportManifestInputsType1Kind

T = TypeVar("T", bound="ImportManifestInputsType1")


@_attrs_define
class ImportManifestInputsType1:
    """
    Attributes:
        kind (ImportManifestInputsType1Kind):
        name (str):
        fields (list[str]):
    """

    kind: ImportManifestInputsType1Kind
    name: str
    fields: list[str]

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind.value

        name = self.name

        fields = self.fields

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "kind": kind,
                "name": name,
                "fields": fields,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        kind = ImportManifestInputsType1Kind(d.pop("kind"))

        name = d.pop("name")

        fields = cast(list[str], d.pop("fields"))

        import_manifest_inputs_type_1 = cls(
            kind=kind,
            name=name,
            fields=fields,
        )

        return import_manifest_inputs_type_1
