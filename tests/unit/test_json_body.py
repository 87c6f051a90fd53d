"""Specification of strait_sdk._json_body: request bodies encoded once, as httpx would."""

from __future__ import annotations

import datetime
import decimal
import math
from typing import Any

import httpx
import pytest

from strait_sdk import NOT_GIVEN, InvalidArgumentError
from strait_sdk._generated.api.jobs import pause_job
from strait_sdk._generated.api.run_plane import sdk_checkpoint, sdk_log
from strait_sdk._json_body import encode_json_body
from strait_sdk._run_bodies import checkpoint_body, log_body

BODIES = [
    {},
    {"state": {"é": 'ü\x01"\\x', "n": [1, -2.5, True, None, 10**30]}},
    {"text": "\U0001f600 \u2028 </script>", "nested": [[[]], {"": {}}]},
    {"numbers": [0.1, 1e300, -0.0, 5e-324, 2**64]},
    {"tuple": ("a", 1), 1: "int key", None: "null key"},
]


@pytest.mark.parametrize("body", BODIES)
def test_bytes_match_httpx_json(body: dict[Any, Any]) -> None:
    expected = httpx.Request("POST", "http://127.0.0.1/", json=body)

    assert encode_json_body(body, "sdk_checkpoint") == expected.content


def test_operation_sends_content_once() -> None:
    kwargs = sdk_checkpoint._get_kwargs("run_1", body=checkpoint_body({"step": 3}, NOT_GIVEN))

    assert "json" not in kwargs
    assert kwargs["content"] == b'{"state":{"step":3}}'
    assert kwargs["headers"]["Content-Type"] == "application/json"

    request = httpx.Request(
        kwargs["method"],
        f"http://127.0.0.1{kwargs['url']}",
        content=kwargs["content"],
        headers=kwargs["headers"],
    )
    plain = httpx.Request("POST", "http://127.0.0.1/", json={"state": {"step": 3}})
    assert request.headers["Content-Type"] == plain.headers["Content-Type"]
    assert request.headers["Content-Length"] == plain.headers["Content-Length"]


def test_optional_body_left_out() -> None:
    assert "content" not in pause_job._get_kwargs("job_1")


@pytest.mark.parametrize(
    ("data", "where"),
    [
        ({"when": datetime.datetime(2026, 1, 1)}, "data['when'] has type datetime"),
        ({"ids": {1, 2}}, "data['ids'] has type set"),
        ({"price": decimal.Decimal("1.5")}, "data['price'] has type Decimal"),
        ([1, math.nan], "data[1] is nan"),
        ({"x": {"y": -math.inf}}, "data['x']['y'] is -inf"),
        ({(1, 2): "pair"}, "data has a key of type tuple"),
        ({"text": "\ud800"}, "data['text'] is a string with a lone surrogate"),
        ({"\udfff": 1}, "data has a key '\\udfff' with a lone surrogate"),
    ],
)
def test_invalid_value_named(data: Any, where: str) -> None:
    body = log_body("hello", "info", NOT_GIVEN, data)

    with pytest.raises(InvalidArgumentError) as caught:
        sdk_log._get_kwargs("run_1", body=body)

    message = str(caught.value)
    assert message.startswith("The request body of sdk_log is not a JSON value: ")
    assert where in message
    assert "convert other values first" in message


def test_cycle_named() -> None:
    state: dict[str, Any] = {}
    state["self"] = state

    with pytest.raises(InvalidArgumentError, match=r"state\['self'\] refers back"):
        encode_json_body({"state": state}, "sdk_checkpoint")


def test_huge_int_reports_json_error() -> None:
    with pytest.raises(InvalidArgumentError, match="integer string conversion"):
        encode_json_body({"state": 10**5000}, "sdk_checkpoint")


def test_deep_nesting_rejected() -> None:
    deep: list[Any] = []
    for _ in range(100_000):
        deep = [deep]

    with pytest.raises(InvalidArgumentError, match="sdk_checkpoint is nested too deeply"):
        encode_json_body({"state": deep}, "sdk_checkpoint")
