from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CreatedWebhookSubscription")


@_attrs_define
class CreatedWebhookSubscription:
    subscription: None | WebhookSubscription
    signing_secret: str
    """ `whsec_` and 64 hex characters. Store it now: no route returns it again. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subscription: dict[str, Any] | None
        if isinstance(self.subscription, WebhookSubscription):
            subscription = self.subscription.to_dict()
        else:
            subscription = self.subscription

        signing_secret = self.signing_secret

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "subscription": subscription,
                "signing_secret": signing_secret,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        subscription = src_dict["subscription"]
        if isinstance(subscription, dict):
            try:
                subscription = WebhookSubscription.from_dict(subscription)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        signing_secret = src_dict["signing_secret"]

        created_webhook_subscription = cls(
            subscription,
            signing_secret,
        )

        if not _FIELD_NAMES.issuperset(src_dict):
            _extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
            created_webhook_subscription.additional_properties = _extra
        return created_webhook_subscription

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
        "subscription",
        "signing_secret",
    }
)

from ..models.webhook_subscription import WebhookSubscription
