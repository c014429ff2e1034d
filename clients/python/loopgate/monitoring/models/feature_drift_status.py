from enum import StrEnum


class FeatureDriftStatus(StrEnum):
    ALERT = "ALERT"
    OK = "OK"
    WARN = "WARN"

    def __str__(self) -> str:
        return str(self.value)
