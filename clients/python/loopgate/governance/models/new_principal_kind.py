from enum import StrEnum


class NewPrincipalKind(StrEnum):
    PERSON = "person"
    SERVICE = "service"

    def __str__(self) -> str:
        return str(self.value)
