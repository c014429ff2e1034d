from enum import StrEnum


class ImportManifestInputsType1Kind(StrEnum):
    TENSOR = "tensor"

    def __str__(self) -> str:
        return str(self.value)
