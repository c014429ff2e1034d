from enum import StrEnum


class VersionsListStage(StrEnum):
    ARCHIVED = "ARCHIVED"
    CANARY = "CANARY"
    CANDIDATE = "CANDIDATE"
    PRODUCTION = "PRODUCTION"
    SHADOW = "SHADOW"

    def __str__(self) -> str:
        return str(self.value)
