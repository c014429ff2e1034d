from enum import StrEnum


class PromotionRequestTargetStage(StrEnum):
    ARCHIVED = "ARCHIVED"
    CANARY = "CANARY"
    PRODUCTION = "PRODUCTION"
    SHADOW = "SHADOW"

    def __str__(self) -> str:
        return str(self.value)
