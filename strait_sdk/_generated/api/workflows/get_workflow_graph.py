"""Get the dependency graph of the workflow's current steps.

Generated from openapi/strait.yaml by `nox -s generate`; do not edit by hand.
"""

from typing import Any

import httpx

from ...._paths import path_segment
from ... import errors
from ...client import AsyncHTTPClientProvider, HTTPClientProvider
from ...models.workflow_graph import WorkflowGraph
from ...types import UNSET, Response, Unset

OPERATION = "get_workflow_graph"


def _get_kwargs(
    workflow_id: str,
    *,
    format_: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["format"] = format_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/workflows/{workflow_id}/graph".format(
            workflow_id=path_segment(workflow_id, "workflow_id"),
        ),
        "params": params,
        "extensions": {"strait_operation": OPERATION},
    }

    return _kwargs


def _parse_response(*, response: httpx.Response) -> WorkflowGraph:
    if response.status_code == 200:
        errors.check_json_content_type(response)
        try:
            response_200 = WorkflowGraph.from_dict(response.json())

        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            raise errors.invalid_response_body(response, exc) from exc
        return response_200

    raise errors.error_for_unexpected_response(response)


def _build_response(*, response: httpx.Response) -> Response[WorkflowGraph]:
    parsed = _parse_response(response=response)
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    workflow_id: str,
    *,
    client: HTTPClientProvider,
    format_: str | Unset = UNSET,
) -> Response[WorkflowGraph]:
    """Get the dependency graph of the workflow's current steps.
    By default `adjacency` maps each `step_ref` to the steps that depend on it. With
    `format=dot` the graph comes as Graphviz text in `dot` instead.

    `GET /v1/workflows/{workflow_id}/graph`

    Args:
        workflow_id (str):
        format_ (str | Unset):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[WorkflowGraph]: the status, headers, raw body and parsed value.
    """

    kwargs = _get_kwargs(
        workflow_id=workflow_id,
        format_=format_,
    )

    response = client.get_httpx_client().request(**kwargs)

    return _build_response(response=response)


def sync(
    workflow_id: str,
    *,
    client: HTTPClientProvider,
    format_: str | Unset = UNSET,
) -> WorkflowGraph:
    """Get the dependency graph of the workflow's current steps.
    By default `adjacency` maps each `step_ref` to the steps that depend on it. With
    `format=dot` the graph comes as Graphviz text in `dot` instead.

    `GET /v1/workflows/{workflow_id}/graph`

    Args:
        workflow_id (str):
        format_ (str | Unset):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        WorkflowGraph
    """

    return sync_detailed(
        workflow_id=workflow_id,
        client=client,
        format_=format_,
    ).parsed


async def asyncio_detailed(
    workflow_id: str,
    *,
    client: AsyncHTTPClientProvider,
    format_: str | Unset = UNSET,
) -> Response[WorkflowGraph]:
    """Get the dependency graph of the workflow's current steps.
    By default `adjacency` maps each `step_ref` to the steps that depend on it. With
    `format=dot` the graph comes as Graphviz text in `dot` instead.

    `GET /v1/workflows/{workflow_id}/graph`

    Args:
        workflow_id (str):
        format_ (str | Unset):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[WorkflowGraph]: the status, headers, raw body and parsed value.
    """

    kwargs = _get_kwargs(
        workflow_id=workflow_id,
        format_=format_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(response=response)


async def asyncio(
    workflow_id: str,
    *,
    client: AsyncHTTPClientProvider,
    format_: str | Unset = UNSET,
) -> WorkflowGraph:
    """Get the dependency graph of the workflow's current steps.
    By default `adjacency` maps each `step_ref` to the steps that depend on it. With
    `format=dot` the graph comes as Graphviz text in `dot` instead.

    `GET /v1/workflows/{workflow_id}/graph`

    Args:
        workflow_id (str):
        format_ (str | Unset):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        WorkflowGraph
    """

    return (
        await asyncio_detailed(
            workflow_id=workflow_id,
            client=client,
            format_=format_,
        )
    ).parsed
