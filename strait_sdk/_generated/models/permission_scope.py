from enum import StrEnum


class PermissionScope(StrEnum):
    ALL = "*"
    API_KEYS_MANAGE = "api-keys:manage"
    DLQ_PURGE = "dlq:purge"
    DLQ_READ = "dlq:read"
    DLQ_REPLAY = "dlq:replay"
    JOBS_READ = "jobs:read"
    JOBS_TRIGGER = "jobs:trigger"
    JOBS_WRITE = "jobs:write"
    OUTBOX_PURGE = "outbox:purge"
    OUTBOX_READ = "outbox:read"
    OUTBOX_RETRY = "outbox:retry"
    PROJECTS_MANAGE = "projects:manage"
    PROJECTS_READ = "projects:read"
    PROJECTS_WRITE = "projects:write"
    RBAC_MANAGE = "rbac:manage"
    RUNS_READ = "runs:read"
    RUNS_WRITE = "runs:write"
    SECRETS_READ = "secrets:read"
    SECRETS_WRITE = "secrets:write"
    STATS_READ = "stats:read"
    WEBHOOKS_READ = "webhooks:read"
    WEBHOOKS_WRITE = "webhooks:write"
    WORKERS_CONNECT = "workers:connect"
    WORKFLOWS_READ = "workflows:read"
    WORKFLOWS_TRIGGER = "workflows:trigger"
    WORKFLOWS_WRITE = "workflows:write"

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


# The known members by value. Parsers look values up here first, because a dict lookup costs
# a fraction of a call to the class. Unknown values still go through the class and _missing_.
MEMBERS_BY_VALUE: dict[str, PermissionScope] = {member.value: member for member in PermissionScope}
