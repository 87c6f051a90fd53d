from enum import StrEnum


class PermissionScope(StrEnum):
    API_KEYSMANAGE = "api-keys:manage"
    DLQPURGE = "dlq:purge"
    DLQREAD = "dlq:read"
    DLQREPLAY = "dlq:replay"
    JOBSREAD = "jobs:read"
    JOBSTRIGGER = "jobs:trigger"
    JOBSWRITE = "jobs:write"
    OUTBOXPURGE = "outbox:purge"
    OUTBOXREAD = "outbox:read"
    OUTBOXRETRY = "outbox:retry"
    PROJECTSMANAGE = "projects:manage"
    PROJECTSREAD = "projects:read"
    PROJECTSWRITE = "projects:write"
    RBACMANAGE = "rbac:manage"
    RUNSREAD = "runs:read"
    RUNSWRITE = "runs:write"
    SECRETSREAD = "secrets:read"
    SECRETSWRITE = "secrets:write"
    STATSREAD = "stats:read"
    VALUE_0 = "*"
    WEBHOOKSREAD = "webhooks:read"
    WEBHOOKSWRITE = "webhooks:write"
    WORKERSCONNECT = "workers:connect"
    WORKFLOWSREAD = "workflows:read"
    WORKFLOWSTRIGGER = "workflows:trigger"
    WORKFLOWSWRITE = "workflows:write"

    @classmethod
    def _missing_(cls, value: object) -> "PermissionScope | None":
        # A newer server may send a value this SDK does not know yet. Keep it as a
        # pseudo-member instead of failing, so an old SDK keeps reading new data.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value.upper()
        member._value_ = value
        return member

    def __str__(self) -> str:
        return str(self.value)
