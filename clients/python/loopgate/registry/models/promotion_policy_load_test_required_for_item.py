from enum import StrEnum


class PromotionPolicyLoadTestRequiredForItem(StrEnum):
    CANARY = "CANARY"
    PRODUCTION = "PRODUCTION"
    SHADOW = "SHADOW"

    def __str__(self) -> str:
        return str(self.value)
