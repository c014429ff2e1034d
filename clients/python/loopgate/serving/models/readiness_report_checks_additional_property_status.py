from enum import StrEnum


class ReadinessReportChecksAdditionalPropertyStatus(StrEnum):
    DOWN = "down"
    UP = "up"

    def __str__(self) -> str:
        return str(self.value)
