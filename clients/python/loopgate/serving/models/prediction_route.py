from enum import StrEnum


class PredictionRoute(StrEnum):
    CANARY = "CANARY"
    FALLBACK = "FALLBACK"
    PRIMARY = "PRIMARY"
    SHADOW = "SHADOW"

    def __str__(self) -> str:
        return str(self.value)
