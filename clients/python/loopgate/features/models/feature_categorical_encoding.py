from enum import StrEnum


class FeatureCategoricalEncoding(StrEnum):
    FREQUENCY = "frequency"
    ONEHOT = "onehot"
    TARGET = "target"

    def __str__(self) -> str:
        return str(self.value)
