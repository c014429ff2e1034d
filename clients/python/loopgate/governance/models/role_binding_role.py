from enum import StrEnum


class RoleBindingRole(StrEnum):
    ADMIN = "admin"
    APPROVER = "approver"
    DATA_SCIENTIST = "data_scientist"
    VIEWER = "viewer"

    def __str__(self) -> str:
        return str(self.value)
