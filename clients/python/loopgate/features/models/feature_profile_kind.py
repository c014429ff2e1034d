from enum import StrEnum


class FeatureProfileKind(StrEnum):
    CATEGORICAL = "CATEGORICAL"
    NUMERIC = "NUMERIC"

    def __str__(self) -> str:
        return str(self.value)
