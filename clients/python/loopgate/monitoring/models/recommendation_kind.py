from enum import StrEnum


class RecommendationKind(StrEnum):
    RETRAIN = "RETRAIN"
    ROLLBACK = "ROLLBACK"

    def __str__(self) -> str:
        return str(self.value)
