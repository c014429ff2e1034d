from enum import StrEnum


class FeatureBucketKind(StrEnum):
    BUCKET = "bucket"

    def __str__(self) -> str:
        return str(self.value)
