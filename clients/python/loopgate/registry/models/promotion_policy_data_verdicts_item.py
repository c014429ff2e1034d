from enum import StrEnum


class PromotionPolicyDataVerdictsItem(StrEnum):
    PASS = "PASS"
    RELEASED = "RELEASED"
    WARN = "WARN"

    def __str__(self) -> str:
        return str(self.value)
