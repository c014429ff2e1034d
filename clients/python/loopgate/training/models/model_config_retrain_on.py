from enum import StrEnum


class ModelConfigRetrainOn(StrEnum):
    LATEST_FEATURE_SET = "latest_feature_set"
    NEXT_FEATURE_SET = "next_feature_set"

    def __str__(self) -> str:
        return str(self.value)
