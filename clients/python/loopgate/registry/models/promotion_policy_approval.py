from enum import StrEnum


class PromotionPolicyApproval(StrEnum):
    ALWAYS = "always"
    NEVER = "never"
    OVERRIDE = "override"

    def __str__(self) -> str:
        return str(self.value)
