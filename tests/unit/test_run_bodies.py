"""Specification of strait_sdk._run_bodies: run-plane bodies checked before sending."""

from __future__ import annotations

import json
import math
from typing import Any

import pytest

from strait_sdk import NOT_GIVEN, InvalidArgumentError
from strait_sdk._generated.api.run_plane import sdk_checkpoint
from strait_sdk._run_bodies import (
    _fits_in,
    annotate_body,
    checkpoint_body,
    complete_body,
    log_body,
    memory_key,
    progress_body,
    resources_body,
    set_memory_body,
    set_state_body,
    spawn_body,
    state_key,
    wait_for_event_body,
)


def test_complete_keeps_falsy_results() -> None:
    assert complete_body({}).to_dict() == {"result": {}}
    assert complete_body(None).to_dict() == {"result": None}
    assert complete_body(0).to_dict() == {"result": 0}
    assert complete_body(NOT_GIVEN).to_dict() == {}


def test_log_leaves_out_unset_fields() -> None:
    assert log_body("hi", "info", NOT_GIVEN, NOT_GIVEN).to_dict() == {
        "message": "hi",
        "level": "info",
    }
    assert log_body("hi", "warn", "audit", {"a": 1}).to_dict() == {
        "message": "hi",
        "level": "warn",
        "type": "audit",
        "data": {"a": 1},
    }


def test_progress_uses_eta_seconds() -> None:
    body = progress_body(50, "half", "parse", 30).to_dict()

    assert body == {"message": "half", "percent": 50, "step": "parse", "eta_seconds": 30}


@pytest.mark.parametrize("percent", [-0.1, 100.5, math.nan, math.inf, "50", True])
def test_progress_rejects_bad_percent(percent: Any) -> None:
    with pytest.raises(InvalidArgumentError, match="percent"):
        progress_body(percent, "x", NOT_GIVEN, NOT_GIVEN)


@pytest.mark.parametrize("message", ["", "   ", None, 5])
def test_messages_must_not_be_blank(message: Any) -> None:
    with pytest.raises(InvalidArgumentError, match="message"):
        log_body(message, "info", NOT_GIVEN, NOT_GIVEN)


@pytest.mark.parametrize(
    ("annotations", "fragment"),
    [
        ({}, "non-empty"),
        ({f"k{i}": "v" for i in range(51)}, "at most 50"),
        ({" ": "v"}, "non-blank"),
        ({"k" * 129: "v"}, "128 bytes"),
        ({"k": "v" * 1025}, "1024 bytes"),
        ({"k": 5}, "string value"),
    ],
)
def test_annotate_limits(annotations: dict[str, Any], fragment: str) -> None:
    with pytest.raises(InvalidArgumentError, match=fragment):
        annotate_body(annotations)


def test_annotate_wraps_map() -> None:
    assert annotate_body({"a": "b"}).to_dict() == {"annotations": {"a": "b"}}


@pytest.mark.parametrize("value", [object(), {1j}, math.nan, {"x": math.inf}])
def test_values_must_be_json(value: Any) -> None:
    # A value without a size limit is checked once, when the request body is encoded.
    body = checkpoint_body(value, NOT_GIVEN)

    with pytest.raises(InvalidArgumentError, match="JSON value") as caught:
        sdk_checkpoint._get_kwargs("run_1", body=body)

    assert "sdk_checkpoint" in str(caught.value)
    assert "state" in str(caught.value)


@pytest.mark.parametrize(
    "value", [object(), {1j}, math.nan, {"x": math.inf}, {"when": {"x": [1, object()]}}]
)
def test_limited_values_must_be_json(value: Any) -> None:
    with pytest.raises(InvalidArgumentError, match="value must be a JSON value"):
        set_state_body("k", value)
    with pytest.raises(InvalidArgumentError, match="value must be a JSON value"):
        set_memory_body(value, NOT_GIVEN)


def test_state_limit_counts_escapes() -> None:
    # Each control character becomes a 6-byte \u00XX escape: 10,922 of them and the quotes
    # make 65,534 bytes, one more makes 65,540.
    set_state_body("k", "\x00" * 10_922)

    with pytest.raises(InvalidArgumentError, match="65540 bytes"):
        set_state_body("k", "\x00" * 10_923)

    emoji_value = {"a": "\U0001f600" * 16_380, "b": 1.5, "c": [None, True]}
    emoji_size = len(json.dumps(emoji_value, ensure_ascii=False, separators=(",", ":")).encode())
    assert emoji_size > 65_536
    with pytest.raises(InvalidArgumentError, match=f"{emoji_size} bytes"):
        set_state_body("k", emoji_value)


@pytest.mark.parametrize(
    "value",
    [
        "",
        "plain",
        '\x00\x1f"\\',
        "\U0001f600\u00e9",
        -(10**40),
        2**63,
        -1.7976931348623157e308,
        5e-324,
        [True, False, None],
        {"k\x00": ["\x01", {"n": -1}], "e": {}, "l": []},
        ("tuple", 1),
    ],
)
def test_fits_in_never_underestimates(value: Any) -> None:
    size = len(json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode())

    assert not _fits_in(value, size - 1)
    assert _fits_in(value, 6 * size + 64)


def test_state_value_limit() -> None:
    set_state_body("k", "x" * 65_000)

    with pytest.raises(InvalidArgumentError, match="65536"):
        set_state_body("k", "x" * 65_535)


def test_key_limits() -> None:
    assert state_key("a/b?c") == "a/b?c"
    with pytest.raises(InvalidArgumentError, match="256"):
        state_key("k" * 257)
    with pytest.raises(InvalidArgumentError, match="256"):
        memory_key("k" * 257)


def test_memory_value_limit() -> None:
    with pytest.raises(InvalidArgumentError, match="1048576"):
        set_memory_body("x" * 1_048_576, NOT_GIVEN)


@pytest.mark.parametrize(
    ("event_key", "timeout", "fragment"),
    [
        ("", NOT_GIVEN, "event_key"),
        ("k" * 513, NOT_GIVEN, "512 bytes"),
        ("line\nbreak", NOT_GIVEN, "control characters"),
        ("ok", 2_592_001, "at most 2592000"),
    ],
)
def test_wait_for_event_limits(event_key: str, timeout: Any, fragment: str) -> None:
    with pytest.raises(InvalidArgumentError, match=fragment):
        wait_for_event_body(event_key, timeout, NOT_GIVEN)


def test_spawn_body_fields() -> None:
    body = spawn_body("child", "proj", {"p": 1}, True, 60, NOT_GIVEN).to_dict()

    assert body == {
        "job_slug": "child",
        "project_id": "proj",
        "payload": {"p": 1},
        "await_completion": True,
        "await_timeout_secs": 60,
    }


def test_resources_ranges() -> None:
    assert resources_body(1.5, NOT_GIVEN, 99).to_dict() == {"memory_mb": 1.5, "cpu_percent": 99}
    with pytest.raises(InvalidArgumentError, match="memory_mb"):
        resources_body(-1, NOT_GIVEN, NOT_GIVEN)
    with pytest.raises(InvalidArgumentError, match="cpu_percent"):
        resources_body(NOT_GIVEN, NOT_GIVEN, 101)


def test_argument_errors_are_value_errors() -> None:
    with pytest.raises(ValueError):
        progress_body(200, "x", NOT_GIVEN, NOT_GIVEN)
