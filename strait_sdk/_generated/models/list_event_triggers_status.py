from enum import StrEnum


class ListEventTriggersStatus(StrEnum):
    CANCELED = "canceled"
    RECEIVED = "received"
    TIMED_OUT = "timed_out"
    WAITING = "waiting"

    @classmethod
    def _missing_(cls, value: object) -> "ListEventTriggersStatus | None":
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
MEMBERS_BY_VALUE: dict[str, ListEventTriggersStatus] = {
    member.value: member for member in ListEventTriggersStatus
}
