from enum import StrEnum


class ImportManifestInputsType0Kind(StrEnum):
    PER_FIELD = "per_field"

    def __str__(self) -> str:
        return str(self.value)
