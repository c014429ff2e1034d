from enum import StrEnum


class FeatureNumericImputeType0(StrEnum):
    MEAN = "mean"
    MEDIAN = "median"

    def __str__(self) -> str:
        return str(self.value)
