from enum import StrEnum


class PromotionPolicyUnmeasured(StrEnum):
    FAIL = "fail"
    IGNORE = "ignore"

    def __str__(self) -> str:
        return str(self.value)
