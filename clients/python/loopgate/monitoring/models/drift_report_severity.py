from enum import StrEnum


class DriftReportSeverity(StrEnum):
    ALERT = "ALERT"
    OK = "OK"
    WARN = "WARN"

    def __str__(self) -> str:
        return str(self.value)
