from enum import StrEnum


class PromotionsApprovalsStatus(StrEnum):
    GRANTED = "GRANTED"
    OBSOLETE = "OBSOLETE"
    PENDING = "PENDING"
    REJECTED = "REJECTED"

    def __str__(self) -> str:
        return str(self.value)
