"""Export every workflow of the project, without their steps.

Generated from openapi/strait.yaml by `nox -s generate`; do not edit by hand.
"""

from typing import Any

import httpx

from ... import errors
from ...client import AsyncHTTPClientProvider, HTTPClientProvider
from ...models.export_workflows_format import ExportWorkflowsFormat
from ...models.workflow import Workflow
from ...types import UNSET, Response, Unset

OPERATION = "export_workflows"


def _get_kwargs(
    *,
    format_: ExportWorkflowsFormat | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_format_: str | Unset = UNSET
    if not isinstance(format_, Unset):
        json_format_ = ExportWorkflowsFormat(format_).value

    params["format"] = json_format_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/export/workflows",
        "params": params,
        "extensions": {"strait_operation": OPERATION},
    }

    return _kwargs


def _parse_response(*, response: httpx.Response) -> list[Workflow]:
    if response.status_code == 200:
        errors.check_json_content_type(response)
        try:
            response_200 = []
            _response_200 = response.json()
            for response_200_item_data in _response_200:
                response_200_item = Workflow.from_dict(response_200_item_data)

                response_200.append(response_200_item)

        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            raise errors.invalid_response_body(response, exc) from exc
        return response_200

    raise errors.error_for_unexpected_response(response)


def _build_response(*, response: httpx.Response) -> Response[list[Workflow]]:
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
    format_: ExportWorkflowsFormat | Unset = UNSET,
) -> Response[list[Workflow]]:
    """Export every workflow of the project, without their steps.
    The server streams the rows as it reads them. If reading fails part way, the list ends
    early and the status is still 200. `ndjson` returns `application/x-ndjson`, one workflow
    per line, which the typed result of this operation cannot parse.

    `GET /v1/export/workflows`

    Args:
        format_ (ExportWorkflowsFormat | Unset):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[list[Workflow]]: the status, headers, raw body and parsed value.
    """

    kwargs = _get_kwargs(
        format_=format_,
    )

    response = client.get_httpx_client().request(**kwargs)

    return _build_response(response=response)


def sync(
    *,
    client: HTTPClientProvider,
    format_: ExportWorkflowsFormat | Unset = UNSET,
) -> list[Workflow]:
    """Export every workflow of the project, without their steps.
    The server streams the rows as it reads them. If reading fails part way, the list ends
    early and the status is still 200. `ndjson` returns `application/x-ndjson`, one workflow
    per line, which the typed result of this operation cannot parse.

    `GET /v1/export/workflows`

    Args:
        format_ (ExportWorkflowsFormat | Unset):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        list[Workflow]
    """

    return sync_detailed(
        client=client,
        format_=format_,
    ).parsed


async def asyncio_detailed(
    *,
    client: AsyncHTTPClientProvider,
    format_: ExportWorkflowsFormat | Unset = UNSET,
) -> Response[list[Workflow]]:
    """Export every workflow of the project, without their steps.
    The server streams the rows as it reads them. If reading fails part way, the list ends
    early and the status is still 200. `ndjson` returns `application/x-ndjson`, one workflow
    per line, which the typed result of this operation cannot parse.

    `GET /v1/export/workflows`

    Args:
        format_ (ExportWorkflowsFormat | Unset):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[list[Workflow]]: the status, headers, raw body and parsed value.
    """

    kwargs = _get_kwargs(
        format_=format_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(response=response)


async def asyncio(
    *,
    client: AsyncHTTPClientProvider,
    format_: ExportWorkflowsFormat | Unset = UNSET,
) -> list[Workflow]:
    """Export every workflow of the project, without their steps.
    The server streams the rows as it reads them. If reading fails part way, the list ends
    early and the status is still 200. `ndjson` returns `application/x-ndjson`, one workflow
    per line, which the typed result of this operation cannot parse.

    `GET /v1/export/workflows`

    Args:
        format_ (ExportWorkflowsFormat | Unset):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        list[Workflow]
    """

    return (
        await asyncio_detailed(
            client=client,
            format_=format_,
        )
    ).parsed
