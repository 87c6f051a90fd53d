"""Specification of strait_sdk._dispatch: reading Strait's dispatch headers."""

from __future__ import annotations

import json
import time
from typing import Any

import pytest

from strait_sdk import RunTokenError, dispatch_from_headers
from tests.support.tokens import make_claims, make_token

RUN_ID = "0190f3c2-7a1b-7c3d-9e4f-0a1b2c3d4e5f"


def live_token(**changes: Any) -> str:
    claims = {"sub": RUN_ID, "exp": int(time.time()) + 600, "iat": int(time.time())}
    claims.update(changes)
    return make_token(make_claims(**claims))


def headers(**changes: str | None) -> dict[str, str]:
    base: dict[str, str | None] = {
        "X-Run-Token": live_token(),
        "X-Run-ID": RUN_ID,
        "X-Job-ID": "job-1",
        "X-Attempt": "1",
    }
    base.update(changes)
    return {name: value for name, value in base.items() if value is not None}


def test_reads_first_attempt() -> None:
    dispatch = dispatch_from_headers(headers())

    assert dispatch.run_id == RUN_ID
    assert dispatch.attempt == 1
    assert dispatch.job_id == "job-1"
    assert dispatch.has_last_checkpoint is False
    assert dispatch.last_checkpoint is None


def test_header_names_ignore_case() -> None:
    lowered = {name.lower(): value for name, value in headers().items()}

    assert dispatch_from_headers(lowered).run_id == RUN_ID


def test_reads_retried_attempt() -> None:
    checkpoint = {"offset": 120, "seen": ["a", "b"]}
    dispatch = dispatch_from_headers(
        headers(
            **{
                "X-Run-Token": live_token(attempt=2),
                "X-Attempt": "2",
                "X-Last-Checkpoint": json.dumps(checkpoint),
                "X-Checkpoint-At": "2026-12-04T10:00:00.123456789Z",
                "X-Previous-Error": "endpoint answered 500",
            }
        )
    )

    assert dispatch.attempt == 2
    assert dispatch.last_checkpoint == checkpoint
    assert dispatch.has_last_checkpoint is True
    assert dispatch.checkpoint_at is not None
    assert dispatch.previous_error == "endpoint answered 500"


def test_null_checkpoint_is_kept() -> None:
    dispatch = dispatch_from_headers(headers(**{"X-Last-Checkpoint": "null"}))

    assert dispatch.has_last_checkpoint is True
    assert dispatch.last_checkpoint is None


def test_utf8_headers_read_as_latin1_are_repaired() -> None:
    # WSGI servers and http.server hand over header bytes decoded as Latin-1.
    checkpoint = json.dumps({"city": "Zürich", "note": "naïve ✓"}, ensure_ascii=False)
    error = "timeout in Kraków"
    dispatch = dispatch_from_headers(
        headers(
            **{
                "X-Last-Checkpoint": checkpoint.encode().decode("latin-1"),
                "X-Previous-Error": error.encode().decode("latin-1"),
            }
        )
    )

    assert dispatch.last_checkpoint == {"city": "Zürich", "note": "naïve ✓"}
    assert dispatch.previous_error == error


def test_latin1_text_that_is_not_utf8_is_kept() -> None:
    dispatch = dispatch_from_headers(headers(**{"X-Previous-Error": "café crème"}))

    assert dispatch.previous_error == "café crème"


def test_run_id_defaults_to_token_subject() -> None:
    assert dispatch_from_headers(headers(**{"X-Run-ID": None})).run_id == RUN_ID


@pytest.mark.parametrize(
    ("changes", "fragment"),
    [
        ({"X-Run-Token": None}, "no X-Run-Token header"),
        ({"X-Run-Token": "not-a-jwt"}, "not a JWT"),
        ({"X-Run-ID": "another-run"}, "names another run"),
        ({"X-Attempt": "2"}, "attempt 1"),
        ({"X-Attempt": "two"}, "not a positive whole number"),
        ({"X-Attempt": "0"}, "not a positive whole number"),
        ({"X-Last-Checkpoint": "{not json"}, "X-Last-Checkpoint header is not valid JSON"),
    ],
)
def test_rejects_bad_headers(changes: dict[str, str | None], fragment: str) -> None:
    with pytest.raises(RunTokenError, match=fragment):
        dispatch_from_headers(headers(**changes))


@pytest.mark.parametrize(
    ("claims", "fragment"),
    [
        ({"iss": "strait:sse"}, "strait:run-token"),
        ({"exp": int(time.time()) - 3600}, "expired"),
        ({"attempt": None}, "attempt"),
    ],
)
def test_rejects_bad_tokens(claims: dict[str, Any], fragment: str) -> None:
    with pytest.raises(RunTokenError, match=fragment):
        dispatch_from_headers(headers(**{"X-Run-Token": live_token(**claims)}))


def test_errors_never_show_the_token() -> None:
    token = live_token()

    with pytest.raises(RunTokenError) as caught:
        dispatch_from_headers(headers(**{"X-Run-Token": token, "X-Run-ID": "other"}))

    assert token not in str(caught.value)
    assert token.split(".")[2] not in repr(caught.value)


def test_repr_hides_the_token() -> None:
    token = live_token()
    dispatch = dispatch_from_headers(headers(**{"X-Run-Token": token}))

    assert token not in repr(dispatch)
    assert "token" not in repr(dispatch)
