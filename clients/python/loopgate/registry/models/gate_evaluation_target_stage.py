from enum import StrEnum


class GateEvaluationTargetStage(StrEnum):
    ARCHIVED = "ARCHIVED"
    CANARY = "CANARY"
    CANDIDATE = "CANDIDATE"
    PRODUCTION = "PRODUCTION"
    SHADOW = "SHADOW"

    def __str__(self) -> str:
        return str(self.value)
