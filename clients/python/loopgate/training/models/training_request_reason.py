from enum import StrEnum


class TrainingRequestReason(StrEnum):
    BUSINESS_EVENT = "BUSINESS_EVENT"
    HUMAN_REQUEST = "HUMAN_REQUEST"

    def __str__(self) -> str:
        return str(self.value)
