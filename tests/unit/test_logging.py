"""Specification of strait_sdk._logging: STRAIT_LOG handling and redaction of secrets."""

from __future__ import annotations

import logging
from collections.abc import Iterator

import httpx
import pytest

from strait_sdk._logging import configure_logging, logger, redact_headers, redact_text

FAKE_API_KEY = "strait_" + "beef" * 16
FAKE_RUN_TOKEN = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJydW5fMSJ9.c2lnbmF0dXJl"


@pytest.fixture(autouse=True)
def _restore_logger() -> Iterator[None]:
    """Give every test the library default: no handlers, level NOTSET, propagation on."""
    saved_handlers = list(logger.handlers)
    saved_level = logger.level
    saved_propagate = logger.propagate
    logger.handlers.clear()
    logger.setLevel(logging.NOTSET)
    yield
    logger.handlers[:] = saved_handlers
    logger.setLevel(saved_level)
    logger.propagate = saved_propagate


def stream_handlers() -> list[logging.Handler]:
    return [handler for handler in logger.handlers if isinstance(handler, logging.StreamHandler)]


# configure_logging.


def test_logger_name() -> None:
    assert logger.name == "strait_sdk"


@pytest.mark.parametrize(
    ("value", "level"),
    [
        ("debug", logging.DEBUG),
        ("DEBUG", logging.DEBUG),
        ("Info", logging.INFO),
        (" info ", logging.INFO),
    ],
)
def test_strait_log_sets_level(value: str, level: int) -> None:
    configure_logging({"STRAIT_LOG": value})

    assert logger.level == level
    assert len(stream_handlers()) == 1


def test_handler_added_once() -> None:
    configure_logging({"STRAIT_LOG": "debug"})
    configure_logging({"STRAIT_LOG": "debug"})
    configure_logging({"STRAIT_LOG": "info"})

    assert len(stream_handlers()) == 1
    assert logger.level == logging.INFO


def test_handler_writes_records(capsys: pytest.CaptureFixture[str]) -> None:
    configure_logging({"STRAIT_LOG": "debug"})

    logger.debug("retrying request %s", "req_1")

    assert "DEBUG strait_sdk: retrying request req_1" in capsys.readouterr().err


@pytest.mark.parametrize("env", [{}, {"STRAIT_LOG": ""}, {"STRAIT_LOG": "   "}])
def test_unset_changes_nothing(env: dict[str, str]) -> None:
    configure_logging(env)

    assert logger.handlers == []
    assert logger.level == logging.NOTSET
    assert logger.propagate is True


def test_reads_os_environ_by_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("STRAIT_LOG", "info")

    configure_logging()

    assert logger.level == logging.INFO


@pytest.mark.parametrize("value", ["verbose", "warning", "1", "trace"])
def test_invalid_value_warns(value: str, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="strait_sdk"):
        configure_logging({"STRAIT_LOG": value})

    assert len(caplog.records) == 1
    record = caplog.records[0]
    assert record.levelno == logging.WARNING
    assert record.name == "strait_sdk"
    assert "STRAIT_LOG" in record.getMessage()
    assert repr(value) in record.getMessage()
    assert "debug and info" in record.getMessage()
    assert stream_handlers() == []


# redact_headers.


@pytest.mark.parametrize(
    "name",
    [
        "Authorization",
        "authorization",
        "AUTHORIZATION",
        "Proxy-Authorization",
        "X-Run-Token",
        "x-run-token",
        "X-Strait-Signature",
        "Cookie",
        "Set-Cookie",
        "X-Internal-Secret",
        "X-Api-Key",
        "X-Secret-DATABASE_URL",
        "x-secret-stripe_key",
    ],
)
def test_secret_header_redacted(name: str) -> None:
    redacted = redact_headers({name: f"Bearer {FAKE_API_KEY}"})

    assert redacted == {name: "[redacted]"}


def test_other_headers_kept() -> None:
    headers = {
        "Content-Type": "application/json",
        "X-Request-Id": "req_1",
        "X-Run-ID": "run_1",
        "X-Attempt": "2",
        "X-Strait-Timestamp": "1700000000",
    }

    assert redact_headers(headers) == headers


def test_httpx_headers_input() -> None:
    headers = httpx.Headers(
        [
            ("Authorization", f"Bearer {FAKE_API_KEY}"),
            ("X-Run-Token", FAKE_RUN_TOKEN),
            ("Accept", "application/json"),
            ("Set-Cookie", "a=1"),
            ("Set-Cookie", "b=2"),
        ]
    )

    redacted = redact_headers(headers)

    assert redacted == {
        "authorization": "[redacted]",
        "x-run-token": "[redacted]",
        "accept": "application/json",
        "set-cookie": "[redacted], [redacted]",
    }
    assert FAKE_API_KEY not in repr(redacted)
    assert FAKE_RUN_TOKEN not in repr(redacted)


def test_pairs_input_joins_repeats() -> None:
    redacted = redact_headers([("Accept", "a"), ("Accept", "b"), ("Cookie", "c")])

    assert redacted == {"Accept": "a, b", "Cookie": "[redacted]"}


def test_redact_headers_copies() -> None:
    headers = {"Authorization": "secret"}

    redact_headers(headers)

    assert headers == {"Authorization": "secret"}


# redact_text.


def test_redact_text_replaces_every_secret() -> None:
    text = f"key={FAKE_API_KEY} token={FAKE_RUN_TOKEN} again {FAKE_API_KEY}"

    redacted = redact_text(text, [FAKE_API_KEY, FAKE_RUN_TOKEN])

    assert redacted == "key=[redacted] token=[redacted] again [redacted]"


def test_redact_text_longest_first() -> None:
    short = "strait_beef"

    redacted = redact_text(f"k={FAKE_API_KEY}", [short, FAKE_API_KEY])

    assert redacted == "k=[redacted]"


def test_redact_text_skips_empty_secrets() -> None:
    assert redact_text("nothing secret", ["", None]) == "nothing secret"


def test_redact_text_accepts_generator() -> None:
    secrets = (secret for secret in [FAKE_RUN_TOKEN])

    assert redact_text(FAKE_RUN_TOKEN, secrets) == "[redacted]"
