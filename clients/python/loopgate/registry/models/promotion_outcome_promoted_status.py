from enum import StrEnum


class PromotionOutcomePromotedStatus(StrEnum):
    PROMOTED = "PROMOTED"

    def __str__(self) -> str:
        return str(self.value)
