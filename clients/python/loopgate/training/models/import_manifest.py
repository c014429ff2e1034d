from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.import_manifest_task import ImportManifestTask
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.import_manifest_inputs_type_0 import ImportManifestInputsType0
    from ..models.import_manifest_inputs_type_1 import ImportManifestInputsType1
    from ..models.import_manifest_outputs import ImportManifestOutputs


T = TypeVar("T", bound="ImportManifest")


@_attrs_define
class ImportManifest:
    """
    Attributes:
        task (ImportManifestTask):
        dataset_id (str):
        inputs (ImportManifestInputsType0 | ImportManifestInputsType1):
        outputs (ImportManifestOutputs):
        evaluation_snapshot_id (str):
        classes (list[str] | Unset):
    """

    task: ImportManifestTask
    dataset_id: str
    inputs: ImportManifestInputsType0 | ImportManifestInputsType1
    outputs: ImportManifestOutputs
    evaluation_snapshot_id: str
    classes: list[str] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.import_manifest_inputs_type_0 import ImportManifestInputsType0

        task = self.task.value

        dataset_id = self.dataset_id

        inputs: dict[str, Any]
        if isinstance(self.inputs, ImportManifestInputsType0):
            inputs = self.inputs.to_dict()
        else:
            inputs = self.inputs.to_dict()

        outputs = self.outputs.to_dict()

        evaluation_snapshot_id = self.evaluation_snapshot_id

        classes: list[str] | Unset = UNSET
        if not isinstance(self.classes, Unset):
            classes = self.classes

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "task": task,
                "datasetId": dataset_id,
                "inputs": inputs,
                "outputs": outputs,
                "evaluationSnapshotId": evaluation_snapshot_id,
            }
        )
        if classes is not UNSET:
            field_dict["classes"] = classes

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.import_manifest_inputs_type_0 import ImportManifestInputsType0
        from ..models.import_manifest_inputs_type_1 import ImportManifestInputsType1
        from ..models.import_manifest_outputs import ImportManifestOutputs

        d = dict(src_dict)
        task = ImportManifestTask(d.pop("task"))

        dataset_id = d.pop("datasetId")

        def _parse_inputs(
            data: object,
        ) -> ImportManifestInputsType0 | ImportManifestInputsType1:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                inputs_type_0 = ImportManifestInputsType0.from_dict(data)

                return inputs_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            inputs_type_1 = ImportManifestInputsType1.from_dict(data)

            return inputs_type_1

        inputs = _parse_inputs(d.pop("inputs"))

        outputs = ImportManifestOutputs.from_dict(d.pop("outputs"))

        evaluation_snapshot_id = d.pop("evaluationSnapshotId")

        classes = cast(list[str], d.pop("classes", UNSET))

        import_manifest = cls(
            task=task,
            dataset_id=dataset_id,
            inputs=inputs,
            outputs=outputs,
            evaluation_snapshot_id=evaluation_snapshot_id,
            classes=classes,
        )

        return import_manifest
