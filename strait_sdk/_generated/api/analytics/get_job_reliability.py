"""Rank jobs by success rate and failure streaks.

Generated from openapi/strait.yaml by `nox -s generate`; do not edit by hand.
"""

from typing import Any

import httpx

from ... import errors
from ...client import AsyncHTTPClientProvider, HTTPClientProvider
from ...models.job_reliability import JobReliability
from ...types import UNSET, Response, Unset

OPERATION = "get_job_reliability"


def _get_kwargs(
    *,
    from_: str,
    to: str,
    limit: int | Unset = 10,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["from"] = from_

    params["to"] = to

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/analytics/jobs/reliability",
        "params": params,
        "extensions": {"strait_operation": OPERATION},
    }

    return _kwargs


def _parse_response(*, response: httpx.Response) -> list[JobReliability]:
    if response.status_code == 200:
        errors.check_json_content_type(response)
        try:
            response_200 = []
            _response_200 = response.json()
            for response_200_item_data in _response_200:
                response_200_item = JobReliability.from_dict(response_200_item_data)

                response_200.append(response_200_item)

        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            raise errors.invalid_response_body(response, exc) from exc
        return response_200

    raise errors.error_for_unexpected_response(response)


def _build_response(*, response: httpx.Response) -> Response[list[JobReliability]]:
    parsed = _parse_response(response=response)
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    *,
    client: HTTPClientProvider,
    from_: str,
    to: str,
    limit: int | Unset = 10,
) -> Response[list[JobReliability]]:
    """Rank jobs by success rate and failure streaks.
    Only Strait Cloud serves this route. The community edition returns 402 with the flat
    `CloudEditionRequired` body instead of the error envelope.
    Keys bound to an environment get 403, because these figures cover the whole project.

    `GET /v1/analytics/jobs/reliability`

    Args:
        from_ (str):
        to (str):
        limit (int | Unset):  Default: 10.

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[list[JobReliability]]: the status, headers, raw body and parsed value.
    """

    kwargs = _get_kwargs(
        from_=from_,
        to=to,
        limit=limit,
    )

    response = client.get_httpx_client().request(**kwargs)

    return _build_response(response=response)


def sync(
    *,
    client: HTTPClientProvider,
    from_: str,
    to: str,
    limit: int | Unset = 10,
) -> list[JobReliability]:
    """Rank jobs by success rate and failure streaks.
    Only Strait Cloud serves this route. The community edition returns 402 with the flat
    `CloudEditionRequired` body instead of the error envelope.
    Keys bound to an environment get 403, because these figures cover the whole project.

    `GET /v1/analytics/jobs/reliability`

    Args:
        from_ (str):
        to (str):
        limit (int | Unset):  Default: 10.

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        list[JobReliability]
    """

    return sync_detailed(
        client=client,
        from_=from_,
        to=to,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    *,
    client: AsyncHTTPClientProvider,
    from_: str,
    to: str,
    limit: int | Unset = 10,
) -> Response[list[JobReliability]]:
    """Rank jobs by success rate and failure streaks.
    Only Strait Cloud serves this route. The community edition returns 402 with the flat
    `CloudEditionRequired` body instead of the error envelope.
    Keys bound to an environment get 403, because these figures cover the whole project.

    `GET /v1/analytics/jobs/reliability`

    Args:
        from_ (str):
        to (str):
        limit (int | Unset):  Default: 10.

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[list[JobReliability]]: the status, headers, raw body and parsed value.
    """

    kwargs = _get_kwargs(
        from_=from_,
        to=to,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(response=response)


async def asyncio(
    *,
    client: AsyncHTTPClientProvider,
    from_: str,
    to: str,
    limit: int | Unset = 10,
) -> list[JobReliability]:
    """Rank jobs by success rate and failure streaks.
    Only Strait Cloud serves this route. The community edition returns 402 with the flat
    `CloudEditionRequired` body instead of the error envelope.
    Keys bound to an environment get 403, because these figures cover the whole project.

    `GET /v1/analytics/jobs/reliability`

    Args:
        from_ (str):
        to (str):
        limit (int | Unset):  Default: 10.

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        list[JobReliability]
    """

    return (
        await asyncio_detailed(
            client=client,
            from_=from_,
            to=to,
            limit=limit,
        )
    ).parsed
