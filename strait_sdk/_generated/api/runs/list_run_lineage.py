"""List the runs linked to a run through continuations, starting from the first one.

Generated from openapi/strait.yaml by `nox -s generate`; do not edit by hand.
"""

from typing import Any

import httpx

from ...._paths import path_segment
from ... import errors
from ...client import AsyncHTTPClientProvider, HTTPClientProvider
from ...models.run_list import RunList
from ...types import UNSET, Response, Unset

OPERATION = "list_run_lineage"


def _get_kwargs(
    run_id: str,
    *,
    limit: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/runs/{run_id}/lineage".format(
            run_id=path_segment(run_id, "run_id"),
        ),
        "params": params,
        "extensions": {"strait_operation": OPERATION},
    }

    return _kwargs


def _parse_response(*, response: httpx.Response) -> RunList:
    if response.status_code == 200:
        errors.check_json_content_type(response)
        try:
            response_200 = RunList.from_dict(response.json())

        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            raise errors.invalid_response_body(response, exc) from exc
        return response_200

    raise errors.error_for_unexpected_response(response)


def _build_response(*, response: httpx.Response) -> Response[RunList]:
    parsed = _parse_response(response=response)
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    run_id: str,
    *,
    client: HTTPClientProvider,
    limit: int | Unset = UNSET,
) -> Response[RunList]:
    """List the runs linked to a run through continuations, starting from the first one.
    The server walks back to the run the chain started from, then returns that run and every
    continuation descending from it (the given run included), ordered by `lineage_depth`, up
    to `limit` runs. It ignores `cursor` on this route, so runs beyond `limit` cannot be read.

    `GET /v1/runs/{run_id}/lineage`

    Args:
        run_id (str):
        limit (int | Unset):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[RunList]: the status, headers, raw body and parsed value.
    """

    kwargs = _get_kwargs(
        run_id=run_id,
        limit=limit,
    )

    response = client.get_httpx_client().request(**kwargs)

    return _build_response(response=response)


def sync(
    run_id: str,
    *,
    client: HTTPClientProvider,
    limit: int | Unset = UNSET,
) -> RunList:
    """List the runs linked to a run through continuations, starting from the first one.
    The server walks back to the run the chain started from, then returns that run and every
    continuation descending from it (the given run included), ordered by `lineage_depth`, up
    to `limit` runs. It ignores `cursor` on this route, so runs beyond `limit` cannot be read.

    `GET /v1/runs/{run_id}/lineage`

    Args:
        run_id (str):
        limit (int | Unset):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        RunList
    """

    return sync_detailed(
        run_id=run_id,
        client=client,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    run_id: str,
    *,
    client: AsyncHTTPClientProvider,
    limit: int | Unset = UNSET,
) -> Response[RunList]:
    """List the runs linked to a run through continuations, starting from the first one.
    The server walks back to the run the chain started from, then returns that run and every
    continuation descending from it (the given run included), ordered by `lineage_depth`, up
    to `limit` runs. It ignores `cursor` on this route, so runs beyond `limit` cannot be read.

    `GET /v1/runs/{run_id}/lineage`

    Args:
        run_id (str):
        limit (int | Unset):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[RunList]: the status, headers, raw body and parsed value.
    """

    kwargs = _get_kwargs(
        run_id=run_id,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(response=response)


async def asyncio(
    run_id: str,
    *,
    client: AsyncHTTPClientProvider,
    limit: int | Unset = UNSET,
) -> RunList:
    """List the runs linked to a run through continuations, starting from the first one.
    The server walks back to the run the chain started from, then returns that run and every
    continuation descending from it (the given run included), ordered by `lineage_depth`, up
    to `limit` runs. It ignores `cursor` on this route, so runs beyond `limit` cannot be read.

    `GET /v1/runs/{run_id}/lineage`

    Args:
        run_id (str):
        limit (int | Unset):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        RunList
    """

    return (
        await asyncio_detailed(
            run_id=run_id,
            client=client,
            limit=limit,
        )
    ).parsed
