from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="RotatedWebhookSecret")


@_attrs_define
class RotatedWebhookSecret:
    subscription_id: str
    new_secret: str
    """ `whsec_` and 64 hex characters. Store it now: no route returns it again. """
    grace_expires_at: datetime.datetime
    grace_period_minutes: int
    """ The grace period the server applied. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subscription_id = self.subscription_id

        new_secret = self.new_secret

        grace_expires_at = self.grace_expires_at.isoformat()

        grace_period_minutes = self.grace_period_minutes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "subscription_id": subscription_id,
                "new_secret": new_secret,
                "grace_expires_at": grace_expires_at,
                "grace_period_minutes": grace_period_minutes,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        subscription_id = src_dict["subscription_id"]

        new_secret = src_dict["new_secret"]

        grace_expires_at = src_dict["grace_expires_at"]
        grace_expires_at = datetime.datetime.fromisoformat(grace_expires_at)

        grace_period_minutes = src_dict["grace_period_minutes"]

        rotated_webhook_secret = cls(
            subscription_id,
            new_secret,
            grace_expires_at,
            grace_period_minutes,
        )

        if not _FIELD_NAMES.issuperset(src_dict):
            _extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
            rotated_webhook_secret.additional_properties = _extra
        return rotated_webhook_secret

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


_FIELD_NAMES = frozenset(
    {
        "subscription_id",
        "new_secret",
        "grace_expires_at",
        "grace_period_minutes",
    }
)
