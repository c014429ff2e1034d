from enum import StrEnum


class FeatureCategoricalKind(StrEnum):
    CATEGORICAL = "categorical"

    def __str__(self) -> str:
        return str(self.value)
