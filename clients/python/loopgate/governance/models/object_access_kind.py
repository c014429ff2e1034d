from enum import StrEnum


class ObjectAccessKind(StrEnum):
    DATASET = "dataset"
    MODEL = "model"

    def __str__(self) -> str:
        return str(self.value)
