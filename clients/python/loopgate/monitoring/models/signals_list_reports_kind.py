from enum import StrEnum


class SignalsListReportsKind(StrEnum):
    CANARY = "CANARY"
    QUALITY = "QUALITY"
    SLO = "SLO"

    def __str__(self) -> str:
        return str(self.value)
