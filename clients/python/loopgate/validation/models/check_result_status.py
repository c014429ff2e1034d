from enum import StrEnum


class CheckResultStatus(StrEnum):
    FAIL = "FAIL"
    PASS = "PASS"
    WARN = "WARN"

    def __str__(self) -> str:
        return str(self.value)
