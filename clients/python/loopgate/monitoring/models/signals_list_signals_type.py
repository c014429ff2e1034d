from enum import StrEnum


class SignalsListSignalsType(StrEnum):
    DRIFTDETECTED = "DriftDetected"
    QUALITYDEGRADED = "QualityDegraded"
    SLOBREACHED = "SloBreached"

    def __str__(self) -> str:
        return str(self.value)
