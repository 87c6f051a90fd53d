"""Resource clients for the operations tagged notifications: `client.notifications` on Strait and AsyncStrait.

Generated from openapi/strait.yaml by `nox -s generate`; do not edit by hand.
"""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING

from ...types import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    from ...client import AsyncHTTPClientProvider, HTTPClientProvider
    from ...models.create_notification_channel_request import (
        CreateNotificationChannelRequest,
    )
    from ...models.notification_channel import NotificationChannel
    from ...models.notification_delivery import NotificationDelivery
    from ...models.update_notification_channel_request import (
        UpdateNotificationChannelRequest,
    )


class Notifications:
    """Operations tagged notifications in the API document."""

    def __init__(self, client: HTTPClientProvider) -> None:
        self._client = client

    def list_channels(
        self,
    ) -> builtins.list[NotificationChannel]:
        """List the project's notification channels.

        Calls `list_notification_channels`: `GET /v1/notification-channels`.
        """
        from . import list_notification_channels  # noqa: PLC0415

        return list_notification_channels.sync(
            client=self._client,
        )

    def create_channel(
        self,
        *,
        body: CreateNotificationChannelRequest,
        idempotency_key: str | Unset = UNSET,
    ) -> NotificationChannel:
        """Create a notification channel for the project.

        Calls `create_notification_channel`: `POST /v1/notification-channels`.
        """
        from . import create_notification_channel  # noqa: PLC0415

        return create_notification_channel.sync(
            client=self._client,
            body=body,
            idempotency_key=idempotency_key,
        )

    def get_channel(
        self,
        channel_id: str,
    ) -> NotificationChannel:
        """Get a notification channel by its id.

        Calls `get_notification_channel`: `GET /v1/notification-channels/{channel_id}`.
        """
        from . import get_notification_channel  # noqa: PLC0415

        return get_notification_channel.sync(
            channel_id=channel_id,
            client=self._client,
        )

    def delete_channel(
        self,
        channel_id: str,
    ) -> None:
        """Delete a notification channel.

        Calls `delete_notification_channel`: `DELETE /v1/notification-channels/{channel_id}`.
        """
        from . import delete_notification_channel  # noqa: PLC0415

        return delete_notification_channel.sync(
            channel_id=channel_id,
            client=self._client,
        )

    def update_channel(
        self,
        channel_id: str,
        *,
        body: UpdateNotificationChannelRequest,
    ) -> NotificationChannel:
        """Change some fields of a notification channel.

        Calls `update_notification_channel`: `PATCH /v1/notification-channels/{channel_id}`.
        """
        from . import update_notification_channel  # noqa: PLC0415

        return update_notification_channel.sync(
            channel_id=channel_id,
            client=self._client,
            body=body,
        )

    def list_deliveries(
        self,
        *,
        limit: int | Unset = UNSET,
        cursor: datetime.datetime | Unset = UNSET,
    ) -> builtins.list[NotificationDelivery]:
        """List the project's notification deliveries, newest first.

        Calls `list_notification_deliveries`: `GET /v1/notification-deliveries`.
        """
        from . import list_notification_deliveries  # noqa: PLC0415

        return list_notification_deliveries.sync(
            client=self._client,
            limit=limit,
            cursor=cursor,
        )


class AsyncNotifications:
    """Operations tagged notifications in the API document, as coroutines."""

    def __init__(self, client: AsyncHTTPClientProvider) -> None:
        self._client = client

    async def list_channels(
        self,
    ) -> builtins.list[NotificationChannel]:
        """List the project's notification channels.

        Calls `list_notification_channels`: `GET /v1/notification-channels`.
        """
        from . import list_notification_channels  # noqa: PLC0415

        return await list_notification_channels.asyncio(
            client=self._client,
        )

    async def create_channel(
        self,
        *,
        body: CreateNotificationChannelRequest,
        idempotency_key: str | Unset = UNSET,
    ) -> NotificationChannel:
        """Create a notification channel for the project.

        Calls `create_notification_channel`: `POST /v1/notification-channels`.
        """
        from . import create_notification_channel  # noqa: PLC0415

        return await create_notification_channel.asyncio(
            client=self._client,
            body=body,
            idempotency_key=idempotency_key,
        )

    async def get_channel(
        self,
        channel_id: str,
    ) -> NotificationChannel:
        """Get a notification channel by its id.

        Calls `get_notification_channel`: `GET /v1/notification-channels/{channel_id}`.
        """
        from . import get_notification_channel  # noqa: PLC0415

        return await get_notification_channel.asyncio(
            channel_id=channel_id,
            client=self._client,
        )

    async def delete_channel(
        self,
        channel_id: str,
    ) -> None:
        """Delete a notification channel.

        Calls `delete_notification_channel`: `DELETE /v1/notification-channels/{channel_id}`.
        """
        from . import delete_notification_channel  # noqa: PLC0415

        return await delete_notification_channel.asyncio(
            channel_id=channel_id,
            client=self._client,
        )

    async def update_channel(
        self,
        channel_id: str,
        *,
        body: UpdateNotificationChannelRequest,
    ) -> NotificationChannel:
        """Change some fields of a notification channel.

        Calls `update_notification_channel`: `PATCH /v1/notification-channels/{channel_id}`.
        """
        from . import update_notification_channel  # noqa: PLC0415

        return await update_notification_channel.asyncio(
            channel_id=channel_id,
            client=self._client,
            body=body,
        )

    async def list_deliveries(
        self,
        *,
        limit: int | Unset = UNSET,
        cursor: datetime.datetime | Unset = UNSET,
    ) -> builtins.list[NotificationDelivery]:
        """List the project's notification deliveries, newest first.

        Calls `list_notification_deliveries`: `GET /v1/notification-deliveries`.
        """
        from . import list_notification_deliveries  # noqa: PLC0415

        return await list_notification_deliveries.asyncio(
            client=self._client,
            limit=limit,
            cursor=cursor,
        )
