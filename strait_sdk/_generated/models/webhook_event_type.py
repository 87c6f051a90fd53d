from enum import StrEnum


class WebhookEventType(StrEnum):
    BILLING_CAP_DISABLED = "billing.cap_disabled"
    BILLING_CAP_REACHED = "billing.cap_reached"
    BILLING_CAP_WARNING = "billing.cap_warning"
    BILLING_DELINQUENT = "billing.delinquent"
    BILLING_OVERAGE_DISABLED = "billing.overage_disabled"
    BILLING_PAYMENT_SUCCEEDED = "billing.payment_succeeded"
    BILLING_SUSPENDED = "billing.suspended"
    RUN_CANCELED = "run.canceled"
    RUN_COMPLETED = "run.completed"
    RUN_FAILED = "run.failed"
    RUN_TIMED_OUT = "run.timed_out"
    SCHEDULE_SUSPENDED = "schedule.suspended"
    SLA_CREDIT_ISSUED = "sla.credit_issued"
    SLO_BUDGET_WARNING = "slo.budget_warning"
    WORKFLOW_COMPLETED = "workflow.completed"
    WORKFLOW_FAILED = "workflow.failed"
    WORKFLOW_REGISTRATION_REJECTED = "workflow.registration_rejected"

    @classmethod
    def _missing_(cls, value: object) -> "WebhookEventType | None":
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
MEMBERS_BY_VALUE: dict[str, WebhookEventType] = {
    member.value: member for member in WebhookEventType
}
