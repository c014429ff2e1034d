from enum import StrEnum


class FeatureNumericKind(StrEnum):
    NUMERIC = "numeric"

    def __str__(self) -> str:
        return str(self.value)
