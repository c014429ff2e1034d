from enum import StrEnum


class ApprovalStatus(StrEnum):
    GRANTED = "GRANTED"
    OBSOLETE = "OBSOLETE"
    PENDING = "PENDING"
    REJECTED = "REJECTED"

    def __str__(self) -> str:
        return str(self.value)
