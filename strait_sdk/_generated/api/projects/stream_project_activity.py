"""Follow changes to the project's runs, workflow runs and event triggers as server-sent events.

Generated from openapi/strait.yaml by `nox -s generate`; do not edit by hand.
"""

from typing import Any

import httpx

from ...._paths import path_segment
from ... import errors
from ...client import AsyncHTTPClientProvider, HTTPClientProvider
from ...types import UNSET, Response, Unset

OPERATION = "stream_project_activity"


def _get_kwargs(
    project_id: str,
    *,
    token: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["token"] = token

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/projects/{project_id}/activity/stream".format(
            project_id=path_segment(project_id, "project_id"),
        ),
        "params": params,
        "extensions": {"strait_operation": OPERATION},
    }

    return _kwargs


def _parse_response(*, response: httpx.Response) -> str:
    if response.status_code == 200:
        try:
            response_200 = response.text
        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            raise errors.invalid_response_body(response, exc) from exc
        return response_200

    raise errors.error_for_unexpected_response(response)


def _build_response(*, response: httpx.Response) -> Response[str]:
    parsed = _parse_response(response=response)
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    project_id: str,
    *,
    client: HTTPClientProvider,
    token: str | Unset = UNSET,
) -> Response[str]:
    """Follow changes to the project's runs, workflow runs and event triggers as server-sent events.
    Every frame is named `activity` and its `data:` line contains one ProjectActivityFrame:
    a row of `job_runs`, `workflow_runs` or `event_triggers` that changed. Comment lines
    (`: keepalive`) arrive every 15 seconds by default. Only live changes are sent: frames
    carry no `id:` and `Last-Event-ID` is not supported. The server ends each connection
    after 30 minutes by default, and its 90-second write timeout may end it sooner, so
    clients should reconnect.

    `projectID` must be the credential's project; any other id returns 404. The key needs
    the `runs:read`, `workflows:read` and `jobs:read` scopes, and keys bound to one
    environment get 403. Browsers may authenticate with `token` instead of the
    `Authorization` header.

    `GET /v1/projects/{project_id}/activity/stream`

    Args:
        project_id (str):
        token (str | Unset):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[str]: the status, headers, raw body and parsed value.
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        token=token,
    )

    response = client.get_httpx_client().request(**kwargs)

    return _build_response(response=response)


def sync(
    project_id: str,
    *,
    client: HTTPClientProvider,
    token: str | Unset = UNSET,
) -> str:
    """Follow changes to the project's runs, workflow runs and event triggers as server-sent events.
    Every frame is named `activity` and its `data:` line contains one ProjectActivityFrame:
    a row of `job_runs`, `workflow_runs` or `event_triggers` that changed. Comment lines
    (`: keepalive`) arrive every 15 seconds by default. Only live changes are sent: frames
    carry no `id:` and `Last-Event-ID` is not supported. The server ends each connection
    after 30 minutes by default, and its 90-second write timeout may end it sooner, so
    clients should reconnect.

    `projectID` must be the credential's project; any other id returns 404. The key needs
    the `runs:read`, `workflows:read` and `jobs:read` scopes, and keys bound to one
    environment get 403. Browsers may authenticate with `token` instead of the
    `Authorization` header.

    `GET /v1/projects/{project_id}/activity/stream`

    Args:
        project_id (str):
        token (str | Unset):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        str
    """

    return sync_detailed(
        project_id=project_id,
        client=client,
        token=token,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    *,
    client: AsyncHTTPClientProvider,
    token: str | Unset = UNSET,
) -> Response[str]:
    """Follow changes to the project's runs, workflow runs and event triggers as server-sent events.
    Every frame is named `activity` and its `data:` line contains one ProjectActivityFrame:
    a row of `job_runs`, `workflow_runs` or `event_triggers` that changed. Comment lines
    (`: keepalive`) arrive every 15 seconds by default. Only live changes are sent: frames
    carry no `id:` and `Last-Event-ID` is not supported. The server ends each connection
    after 30 minutes by default, and its 90-second write timeout may end it sooner, so
    clients should reconnect.

    `projectID` must be the credential's project; any other id returns 404. The key needs
    the `runs:read`, `workflows:read` and `jobs:read` scopes, and keys bound to one
    environment get 403. Browsers may authenticate with `token` instead of the
    `Authorization` header.

    `GET /v1/projects/{project_id}/activity/stream`

    Args:
        project_id (str):
        token (str | Unset):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[str]: the status, headers, raw body and parsed value.
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        token=token,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(response=response)


async def asyncio(
    project_id: str,
    *,
    client: AsyncHTTPClientProvider,
    token: str | Unset = UNSET,
) -> str:
    """Follow changes to the project's runs, workflow runs and event triggers as server-sent events.
    Every frame is named `activity` and its `data:` line contains one ProjectActivityFrame:
    a row of `job_runs`, `workflow_runs` or `event_triggers` that changed. Comment lines
    (`: keepalive`) arrive every 15 seconds by default. Only live changes are sent: frames
    carry no `id:` and `Last-Event-ID` is not supported. The server ends each connection
    after 30 minutes by default, and its 90-second write timeout may end it sooner, so
    clients should reconnect.

    `projectID` must be the credential's project; any other id returns 404. The key needs
    the `runs:read`, `workflows:read` and `jobs:read` scopes, and keys bound to one
    environment get 403. Browsers may authenticate with `token` instead of the
    `Authorization` header.

    `GET /v1/projects/{project_id}/activity/stream`

    Args:
        project_id (str):
        token (str | Unset):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        str
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            client=client,
            token=token,
        )
    ).parsed
