"""Get the variables an environment resolves to, with their values.

Generated from openapi/strait.yaml by `nox -s generate`; do not edit by hand.
"""

from typing import Any

import httpx

from ...._paths import path_segment
from ... import errors
from ...client import AsyncHTTPClientProvider, HTTPClientProvider
from ...models.resolved_variables import ResolvedVariables
from ...types import Response

OPERATION = "get_resolved_variables"


def _get_kwargs(
    env_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/environments/{env_id}/variables".format(
            env_id=path_segment(env_id, "env_id"),
        ),
        "extensions": {"strait_operation": OPERATION},
    }

    return _kwargs


def _parse_response(*, response: httpx.Response) -> ResolvedVariables:
    if response.status_code == 200:
        errors.check_json_content_type(response)
        try:
            response_200 = ResolvedVariables.from_dict(response.json())

        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            raise errors.invalid_response_body(response, exc) from exc
        return response_200

    raise errors.error_for_unexpected_response(response)


def _build_response(*, response: httpx.Response) -> Response[ResolvedVariables]:
    parsed = _parse_response(response=response)
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    env_id: str,
    *,
    client: HTTPClientProvider,
) -> Response[ResolvedVariables]:
    """Get the variables an environment resolves to, with their values.
    Merges the variables inherited from the environment's parents with its own. Needs the
    `secrets:read` scope. Environments of other projects, and for keys bound to an environment every
    other environment, answer 404.

    `GET /v1/environments/{env_id}/variables`

    Args:
        env_id (str):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[ResolvedVariables]: the status, headers, raw body and parsed value.
    """

    kwargs = _get_kwargs(
        env_id=env_id,
    )

    response = client.get_httpx_client().request(**kwargs)

    return _build_response(response=response)


def sync(
    env_id: str,
    *,
    client: HTTPClientProvider,
) -> ResolvedVariables:
    """Get the variables an environment resolves to, with their values.
    Merges the variables inherited from the environment's parents with its own. Needs the
    `secrets:read` scope. Environments of other projects, and for keys bound to an environment every
    other environment, answer 404.

    `GET /v1/environments/{env_id}/variables`

    Args:
        env_id (str):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        ResolvedVariables
    """

    return sync_detailed(
        env_id=env_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    env_id: str,
    *,
    client: AsyncHTTPClientProvider,
) -> Response[ResolvedVariables]:
    """Get the variables an environment resolves to, with their values.
    Merges the variables inherited from the environment's parents with its own. Needs the
    `secrets:read` scope. Environments of other projects, and for keys bound to an environment every
    other environment, answer 404.

    `GET /v1/environments/{env_id}/variables`

    Args:
        env_id (str):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[ResolvedVariables]: the status, headers, raw body and parsed value.
    """

    kwargs = _get_kwargs(
        env_id=env_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(response=response)


async def asyncio(
    env_id: str,
    *,
    client: AsyncHTTPClientProvider,
) -> ResolvedVariables:
    """Get the variables an environment resolves to, with their values.
    Merges the variables inherited from the environment's parents with its own. Needs the
    `secrets:read` scope. Environments of other projects, and for keys bound to an environment every
    other environment, answer 404.

    `GET /v1/environments/{env_id}/variables`

    Args:
        env_id (str):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        ResolvedVariables
    """

    return (
        await asyncio_detailed(
            env_id=env_id,
            client=client,
        )
    ).parsed
