from enum import StrEnum


class PrincipalKind(StrEnum):
    PERSON = "person"
    SERVICE = "service"

    def __str__(self) -> str:
        return str(self.value)
