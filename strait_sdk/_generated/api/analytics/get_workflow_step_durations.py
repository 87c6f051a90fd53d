"""Get duration statistics and the failure rate of each step of a workflow.

Generated from openapi/strait.yaml by `nox -s generate`; do not edit by hand.
"""

from typing import Any

import httpx

from ...._paths import path_segment
from ... import errors
from ...client import AsyncHTTPClientProvider, HTTPClientProvider
from ...models.step_duration_stats import StepDurationStats
from ...types import UNSET, Response

OPERATION = "get_workflow_step_durations"


def _get_kwargs(
    workflow_id: str,
    *,
    from_: str,
    to: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["from"] = from_

    params["to"] = to

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/analytics/workflows/{workflow_id}/step-durations".format(
            workflow_id=path_segment(workflow_id, "workflow_id"),
        ),
        "params": params,
        "extensions": {"strait_operation": OPERATION},
    }

    return _kwargs


def _parse_response(*, response: httpx.Response) -> list[StepDurationStats]:
    if response.status_code == 200:
        errors.check_json_content_type(response)
        try:
            response_200 = []
            _response_200 = response.json()
            for response_200_item_data in _response_200:
                response_200_item = StepDurationStats.from_dict(response_200_item_data)

                response_200.append(response_200_item)

        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            raise errors.invalid_response_body(response, exc) from exc
        return response_200

    raise errors.error_for_unexpected_response(response)


def _build_response(*, response: httpx.Response) -> Response[list[StepDurationStats]]:
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
    from_: str,
    to: str,
) -> Response[list[StepDurationStats]]:
    """Get duration statistics and the failure rate of each step of a workflow.
    Only Strait Cloud serves this route. The community edition returns 402 with the flat
    `CloudEditionRequired` body instead of the error envelope.

    `GET /v1/analytics/workflows/{workflow_id}/step-durations`

    Args:
        workflow_id (str):
        from_ (str):
        to (str):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[list[StepDurationStats]]: the status, headers, raw body and parsed value.
    """

    kwargs = _get_kwargs(
        workflow_id=workflow_id,
        from_=from_,
        to=to,
    )

    response = client.get_httpx_client().request(**kwargs)

    return _build_response(response=response)


def sync(
    workflow_id: str,
    *,
    client: HTTPClientProvider,
    from_: str,
    to: str,
) -> list[StepDurationStats]:
    """Get duration statistics and the failure rate of each step of a workflow.
    Only Strait Cloud serves this route. The community edition returns 402 with the flat
    `CloudEditionRequired` body instead of the error envelope.

    `GET /v1/analytics/workflows/{workflow_id}/step-durations`

    Args:
        workflow_id (str):
        from_ (str):
        to (str):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        list[StepDurationStats]
    """

    return sync_detailed(
        workflow_id=workflow_id,
        client=client,
        from_=from_,
        to=to,
    ).parsed


async def asyncio_detailed(
    workflow_id: str,
    *,
    client: AsyncHTTPClientProvider,
    from_: str,
    to: str,
) -> Response[list[StepDurationStats]]:
    """Get duration statistics and the failure rate of each step of a workflow.
    Only Strait Cloud serves this route. The community edition returns 402 with the flat
    `CloudEditionRequired` body instead of the error envelope.

    `GET /v1/analytics/workflows/{workflow_id}/step-durations`

    Args:
        workflow_id (str):
        from_ (str):
        to (str):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[list[StepDurationStats]]: the status, headers, raw body and parsed value.
    """

    kwargs = _get_kwargs(
        workflow_id=workflow_id,
        from_=from_,
        to=to,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(response=response)


async def asyncio(
    workflow_id: str,
    *,
    client: AsyncHTTPClientProvider,
    from_: str,
    to: str,
) -> list[StepDurationStats]:
    """Get duration statistics and the failure rate of each step of a workflow.
    Only Strait Cloud serves this route. The community edition returns 402 with the flat
    `CloudEditionRequired` body instead of the error envelope.

    `GET /v1/analytics/workflows/{workflow_id}/step-durations`

    Args:
        workflow_id (str):
        from_ (str):
        to (str):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        list[StepDurationStats]
    """

    return (
        await asyncio_detailed(
            workflow_id=workflow_id,
            client=client,
            from_=from_,
            to=to,
        )
    ).parsed
