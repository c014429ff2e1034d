from enum import StrEnum


class ModelConfigRequestSplit(StrEnum):
    RANDOM = "random"
    STRATIFIED = "stratified"
    TIME = "time"

    def __str__(self) -> str:
        return str(self.value)
