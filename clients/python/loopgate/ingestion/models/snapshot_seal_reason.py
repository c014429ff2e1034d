from enum import StrEnum


class SnapshotSealReason(StrEnum):
    REQUEST = "REQUEST"
    ROW_COUNT = "ROW_COUNT"
    TIME_WINDOW = "TIME_WINDOW"

    def __str__(self) -> str:
        return str(self.value)
