from enum import StrEnum


class TrainingRequestAnswerRequestedStatus(StrEnum):
    REQUESTED = "REQUESTED"

    def __str__(self) -> str:
        return str(self.value)
