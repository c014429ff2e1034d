from enum import StrEnum


class PromotionOutcomeAwaitingApprovalStatus(StrEnum):
    AWAITING_APPROVAL = "AWAITING_APPROVAL"

    def __str__(self) -> str:
        return str(self.value)
