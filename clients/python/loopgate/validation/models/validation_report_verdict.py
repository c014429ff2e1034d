from enum import StrEnum


class ValidationReportVerdict(StrEnum):
    FAIL = "FAIL"
    PASS = "PASS"
    WARN = "WARN"

    def __str__(self) -> str:
        return str(self.value)
