from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.import_manifest_inputs_type_0_kind import ImportManifestInputsType0Kind

if TYPE_CHECKING:
    from ..models.import_manifest_inputs_type_0_fields import (
        ImportManifestInputsType0Fields,
    )


T = TypeVar("T", bound="ImportManifestInputsType0")


@_attrs_define
class ImportManifestInputsType0:
    """
    Attributes:
        kind (ImportManifestInputsType0Kind):
        fields (ImportManifestInputsType0Fields):
    """

    kind: ImportManifestInputsType0Kind
    fields: ImportManifestInputsType0Fields

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind.value

        fields = self.fields.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "kind": kind,
                "fields": fields,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.import_manifest_inputs_type_0_fields import (
            ImportManifestInputsType0Fields,
        )

        d = dict(src_dict)
        kind = ImportManifestInputsType0Kind(d.pop("kind"))

        fields = ImportManifestInputsType0Fields.from_dict(d.pop("fields"))

        import_manifest_inputs_type_0 = cls(
            kind=kind,
            fields=fields,
        )

        return import_manifest_inputs_type_0
