from __future__ import annotations

import json
from collections.abc import Mapping
from io import BytesIO
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import File

if TYPE_CHECKING:
    from ..models.import_manifest import ImportManifest


T = TypeVar("T", bound="ModelImportsImportModelBody")


@_attrs_define
class ModelImportsImportModelBody:
    """
    Attributes:
        model (File): the .onnx file
        manifest (ImportManifest):
    """

    model: File
    manifest: ImportManifest
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model = self.model.to_tuple()

        manifest = self.manifest.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model": model,
                "manifest": manifest,
            }
        )

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("model", self.model.to_tuple()))

        files.append(
            (
                "manifest",
                (
                    None,
                    json.dumps(self.manifest.to_dict()).encode(),
                    "application/json",
                ),
            )
        )

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.import_manifest import ImportManifest

        d = dict(src_dict)
        model = File(payload=BytesIO(d.pop("model")))

        manifest = ImportManifest.from_dict(d.pop("manifest"))

        model_imports_import_model_body = cls(
            model=model,
            manifest=manifest,
        )

        model_imports_import_model_body.additional_properties = d
        return model_imports_import_model_body

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
