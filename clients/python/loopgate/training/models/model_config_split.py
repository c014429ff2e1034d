from enum import StrEnum


class ModelConfigSplit(StrEnum):
    RANDOM = "random"
    STRATIFIED = "stratified"
    TIME = "time"

    def __str__(self) -> str:
        return str(self.value)
