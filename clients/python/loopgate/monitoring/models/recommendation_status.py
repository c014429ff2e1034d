from enum import StrEnum


class RecommendationStatus(StrEnum):
    PUBLISHED = "PUBLISHED"
    SUPPRESSED = "SUPPRESSED"

    def __str__(self) -> str:
        return str(self.value)
