from enum import StrEnum


class FeatureDatetimeKind(StrEnum):
    DATETIME = "datetime"

    def __str__(self) -> str:
        return str(self.value)
