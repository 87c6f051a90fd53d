"""Change some fields of an environment.

Generated from openapi/strait.yaml by `nox -s generate`; do not edit by hand.
"""

from typing import Any

import httpx

from ...._json_body import encode_json_body
from ...._paths import path_segment
from ... import errors
from ...client import AsyncHTTPClientProvider, HTTPClientProvider
from ...models.environment import Environment
from ...models.update_environment_request import UpdateEnvironmentRequest
from ...types import Response

OPERATION = "update_environment"


def _get_kwargs(
    env_id: str,
    *,
    body: UpdateEnvironmentRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v1/environments/{env_id}".format(
            env_id=path_segment(env_id, "env_id"),
        ),
        "extensions": {"strait_operation": OPERATION},
    }

    json_body = body.to_dict()
    _kwargs["content"] = encode_json_body(json_body, OPERATION)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, response: httpx.Response) -> Environment:
    if response.status_code == 200:
        errors.check_json_content_type(response)
        try:
            response_200 = Environment.from_dict(response.json())

        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            raise errors.invalid_response_body(response, exc) from exc
        return response_200

    raise errors.error_for_unexpected_response(response)


def _build_response(*, response: httpx.Response) -> Response[Environment]:
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
    body: UpdateEnvironmentRequest,
) -> Response[Environment]:
    """Change some fields of an environment.
    Only fields that are present change. `variables` replaces the whole set of the
    environment's own variables. Environments of other projects, and for keys bound to an
    environment every other environment, answer 404.

    `PATCH /v1/environments/{env_id}`

    Args:
        env_id (str):
        body (UpdateEnvironmentRequest): Every field is optional; fields left out keep their
            values.

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[Environment]: the status, headers, raw body and parsed value.
    """

    kwargs = _get_kwargs(
        env_id=env_id,
        body=body,
    )

    response = client.get_httpx_client().request(**kwargs)

    return _build_response(response=response)


def sync(
    env_id: str,
    *,
    client: HTTPClientProvider,
    body: UpdateEnvironmentRequest,
) -> Environment:
    """Change some fields of an environment.
    Only fields that are present change. `variables` replaces the whole set of the
    environment's own variables. Environments of other projects, and for keys bound to an
    environment every other environment, answer 404.

    `PATCH /v1/environments/{env_id}`

    Args:
        env_id (str):
        body (UpdateEnvironmentRequest): Every field is optional; fields left out keep their
            values.

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Environment
    """

    return sync_detailed(
        env_id=env_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    env_id: str,
    *,
    client: AsyncHTTPClientProvider,
    body: UpdateEnvironmentRequest,
) -> Response[Environment]:
    """Change some fields of an environment.
    Only fields that are present change. `variables` replaces the whole set of the
    environment's own variables. Environments of other projects, and for keys bound to an
    environment every other environment, answer 404.

    `PATCH /v1/environments/{env_id}`

    Args:
        env_id (str):
        body (UpdateEnvironmentRequest): Every field is optional; fields left out keep their
            values.

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[Environment]: the status, headers, raw body and parsed value.
    """

    kwargs = _get_kwargs(
        env_id=env_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(response=response)


async def asyncio(
    env_id: str,
    *,
    client: AsyncHTTPClientProvider,
    body: UpdateEnvironmentRequest,
) -> Environment:
    """Change some fields of an environment.
    Only fields that are present change. `variables` replaces the whole set of the
    environment's own variables. Environments of other projects, and for keys bound to an
    environment every other environment, answer 404.

    `PATCH /v1/environments/{env_id}`

    Args:
        env_id (str):
        body (UpdateEnvironmentRequest): Every field is optional; fields left out keep their
            values.

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Environment
    """

    return (
        await asyncio_detailed(
            env_id=env_id,
            client=client,
            body=body,
        )
    ).parsed
