from enum import StrEnum


class ApprovalDecisionDecision(StrEnum):
    GRANT = "GRANT"
    REJECT = "REJECT"

    def __str__(self) -> str:
        return str(self.value)
