"""Cancel a waiting event trigger.

Generated from openapi/strait.yaml by `nox -s generate`; do not edit by hand.
"""

from typing import Any

import httpx

from ...._paths import path_segment
from ... import errors
from ...client import AsyncHTTPClientProvider, HTTPClientProvider
from ...models.event_trigger import EventTrigger
from ...types import Response

OPERATION = "cancel_event_trigger"


def _get_kwargs(
    event_key: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v1/events/{event_key}".format(
            event_key=path_segment(event_key, "event_key"),
        ),
        "extensions": {"strait_operation": OPERATION},
    }

    return _kwargs


def _parse_response(*, response: httpx.Response) -> EventTrigger:
    if response.status_code == 200:
        errors.check_json_content_type(response)
        try:
            response_200 = EventTrigger.from_dict(response.json())

        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            raise errors.invalid_response_body(response, exc) from exc
        return response_200

    raise errors.error_for_unexpected_response(response)


def _build_response(*, response: httpx.Response) -> Response[EventTrigger]:
    parsed = _parse_response(response=response)
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    event_key: str,
    *,
    client: HTTPClientProvider,
) -> Response[EventTrigger]:
    """Cancel a waiting event trigger.
    The trigger becomes `canceled` with the error `canceled by user`. A job run that waits on it
    is canceled, and a workflow step that waits on it fails. A trigger that is no longer
    `waiting` returns 409. Needs `jobs:write`, or `workflows:write` for a trigger of a workflow
    step.

    `DELETE /v1/events/{event_key}`

    Args:
        event_key (str):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[EventTrigger]: the status, headers, raw body and parsed value.
    """

    kwargs = _get_kwargs(
        event_key=event_key,
    )

    response = client.get_httpx_client().request(**kwargs)

    return _build_response(response=response)


def sync(
    event_key: str,
    *,
    client: HTTPClientProvider,
) -> EventTrigger:
    """Cancel a waiting event trigger.
    The trigger becomes `canceled` with the error `canceled by user`. A job run that waits on it
    is canceled, and a workflow step that waits on it fails. A trigger that is no longer
    `waiting` returns 409. Needs `jobs:write`, or `workflows:write` for a trigger of a workflow
    step.

    `DELETE /v1/events/{event_key}`

    Args:
        event_key (str):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        EventTrigger
    """

    return sync_detailed(
        event_key=event_key,
        client=client,
    ).parsed


async def asyncio_detailed(
    event_key: str,
    *,
    client: AsyncHTTPClientProvider,
) -> Response[EventTrigger]:
    """Cancel a waiting event trigger.
    The trigger becomes `canceled` with the error `canceled by user`. A job run that waits on it
    is canceled, and a workflow step that waits on it fails. A trigger that is no longer
    `waiting` returns 409. Needs `jobs:write`, or `workflows:write` for a trigger of a workflow
    step.

    `DELETE /v1/events/{event_key}`

    Args:
        event_key (str):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[EventTrigger]: the status, headers, raw body and parsed value.
    """

    kwargs = _get_kwargs(
        event_key=event_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(response=response)


async def asyncio(
    event_key: str,
    *,
    client: AsyncHTTPClientProvider,
) -> EventTrigger:
    """Cancel a waiting event trigger.
    The trigger becomes `canceled` with the error `canceled by user`. A job run that waits on it
    is canceled, and a workflow step that waits on it fails. A trigger that is no longer
    `waiting` returns 409. Needs `jobs:write`, or `workflows:write` for a trigger of a workflow
    step.

    `DELETE /v1/events/{event_key}`

    Args:
        event_key (str):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        EventTrigger
    """

    return (
        await asyncio_detailed(
            event_key=event_key,
            client=client,
        )
    ).parsed
