from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.webhook_subscription import WebhookSubscription


T = TypeVar("T", bound="CreatedWebhookSubscription")


@_attrs_define
class CreatedWebhookSubscription:
    subscription: None | WebhookSubscription
    signing_secret: str
    """ `whsec_` and 64 hex characters. Store it now: no route returns it again. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.webhook_subscription import WebhookSubscription  # noqa: PLC0415

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
        from ..models.webhook_subscription import WebhookSubscription  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_subscription(data: object) -> None | WebhookSubscription:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                subscription_type_0 = WebhookSubscription.from_dict(data)

                return subscription_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | WebhookSubscription, data)

        subscription = _parse_subscription(d.pop("subscription"))

        signing_secret = d.pop("signing_secret")

        created_webhook_subscription = cls(
            subscription=subscription,
            signing_secret=signing_secret,
        )

        created_webhook_subscription.additional_properties = d
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
