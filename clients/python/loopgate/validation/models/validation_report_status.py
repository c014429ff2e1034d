from enum import StrEnum


class ValidationReportStatus(StrEnum):
    ACCEPTED = "ACCEPTED"
    QUARANTINED = "QUARANTINED"
    REJECTED = "REJECTED"
    RELEASED = "RELEASED"

    def __str__(self) -> str:
        return str(self.value)
