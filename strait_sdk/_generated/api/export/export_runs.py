"""Export the project's runs created in a time window.

Generated from openapi/strait.yaml by `nox -s generate`; do not edit by hand.
"""

import datetime
from typing import Any

import httpx

from ... import errors
from ...client import AsyncHTTPClientProvider, HTTPClientProvider
from ...models.export_runs_format import ExportRunsFormat
from ...models.job_run import JobRun
from ...types import UNSET, Response, Unset

OPERATION = "export_runs"


def _get_kwargs(
    *,
    from_: datetime.datetime,
    to: datetime.datetime,
    format_: ExportRunsFormat | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_from_ = from_.isoformat()
    params["from"] = json_from_

    json_to = to.isoformat()
    params["to"] = json_to

    json_format_: str | Unset = UNSET
    if not isinstance(format_, Unset):
        json_format_ = ExportRunsFormat(format_).value

    params["format"] = json_format_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/export/runs",
        "params": params,
        "extensions": {"strait_operation": OPERATION},
    }

    return _kwargs


def _parse_response(*, response: httpx.Response) -> list[JobRun]:
    if response.status_code == 200:
        errors.check_json_content_type(response)
        try:
            response_200 = []
            _response_200 = response.json()
            for response_200_item_data in _response_200:
                response_200_item = JobRun.from_dict(response_200_item_data)

                response_200.append(response_200_item)

        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            raise errors.invalid_response_body(response, exc) from exc
        return response_200

    raise errors.error_for_unexpected_response(response)


def _build_response(*, response: httpx.Response) -> Response[list[JobRun]]:
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
    from_: datetime.datetime,
    to: datetime.datetime,
    format_: ExportRunsFormat | Unset = UNSET,
) -> Response[list[JobRun]]:
    """Export the project's runs created in a time window.
    `from` and `to` are both required, `from` must not be after `to`, and the window may
    span at most 90 days (400 otherwise). Rows are streamed as they are read. If reading
    fails part way, the list ends early and the status is still 200. `ndjson` returns one
    run per line and `csv` the columns `id`, `job_id`, `status`, `attempt`, `triggered_by`,
    `created_at`, `started_at`, `finished_at` and `error`. The typed result of this
    operation parses only `json`.

    `GET /v1/export/runs`

    Args:
        from_ (datetime.datetime):
        to (datetime.datetime):
        format_ (ExportRunsFormat | Unset):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[list[JobRun]]: the status, headers, raw body and parsed value.
    """

    kwargs = _get_kwargs(
        from_=from_,
        to=to,
        format_=format_,
    )

    response = client.get_httpx_client().request(**kwargs)

    return _build_response(response=response)


def sync(
    *,
    client: HTTPClientProvider,
    from_: datetime.datetime,
    to: datetime.datetime,
    format_: ExportRunsFormat | Unset = UNSET,
) -> list[JobRun]:
    """Export the project's runs created in a time window.
    `from` and `to` are both required, `from` must not be after `to`, and the window may
    span at most 90 days (400 otherwise). Rows are streamed as they are read. If reading
    fails part way, the list ends early and the status is still 200. `ndjson` returns one
    run per line and `csv` the columns `id`, `job_id`, `status`, `attempt`, `triggered_by`,
    `created_at`, `started_at`, `finished_at` and `error`. The typed result of this
    operation parses only `json`.

    `GET /v1/export/runs`

    Args:
        from_ (datetime.datetime):
        to (datetime.datetime):
        format_ (ExportRunsFormat | Unset):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        list[JobRun]
    """

    return sync_detailed(
        client=client,
        from_=from_,
        to=to,
        format_=format_,
    ).parsed


async def asyncio_detailed(
    *,
    client: AsyncHTTPClientProvider,
    from_: datetime.datetime,
    to: datetime.datetime,
    format_: ExportRunsFormat | Unset = UNSET,
) -> Response[list[JobRun]]:
    """Export the project's runs created in a time window.
    `from` and `to` are both required, `from` must not be after `to`, and the window may
    span at most 90 days (400 otherwise). Rows are streamed as they are read. If reading
    fails part way, the list ends early and the status is still 200. `ndjson` returns one
    run per line and `csv` the columns `id`, `job_id`, `status`, `attempt`, `triggered_by`,
    `created_at`, `started_at`, `finished_at` and `error`. The typed result of this
    operation parses only `json`.

    `GET /v1/export/runs`

    Args:
        from_ (datetime.datetime):
        to (datetime.datetime):
        format_ (ExportRunsFormat | Unset):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[list[JobRun]]: the status, headers, raw body and parsed value.
    """

    kwargs = _get_kwargs(
        from_=from_,
        to=to,
        format_=format_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(response=response)


async def asyncio(
    *,
    client: AsyncHTTPClientProvider,
    from_: datetime.datetime,
    to: datetime.datetime,
    format_: ExportRunsFormat | Unset = UNSET,
) -> list[JobRun]:
    """Export the project's runs created in a time window.
    `from` and `to` are both required, `from` must not be after `to`, and the window may
    span at most 90 days (400 otherwise). Rows are streamed as they are read. If reading
    fails part way, the list ends early and the status is still 200. `ndjson` returns one
    run per line and `csv` the columns `id`, `job_id`, `status`, `attempt`, `triggered_by`,
    `created_at`, `started_at`, `finished_at` and `error`. The typed result of this
    operation parses only `json`.

    `GET /v1/export/runs`

    Args:
        from_ (datetime.datetime):
        to (datetime.datetime):
        format_ (ExportRunsFormat | Unset):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        list[JobRun]
    """

    return (
        await asyncio_detailed(
            client=client,
            from_=from_,
            to=to,
            format_=format_,
        )
    ).parsed
