from enum import StrEnum


class FeatureDatetimePartsItem(StrEnum):
    DAYOFWEEK = "dayOfWeek"
    DAYOFWEEKCYCLICAL = "dayOfWeekCyclical"
    HOUR = "hour"
    HOURCYCLICAL = "hourCyclical"
    MONTH = "month"
    MONTHCYCLICAL = "monthCyclical"

    def __str__(self) -> str:
        return str(self.value)
