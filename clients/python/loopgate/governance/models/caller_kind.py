from enum import StrEnum


class CallerKind(StrEnum):
    PERSON = "person"
    SERVICE = "service"

    def __str__(self) -> str:
        return str(self.value)
