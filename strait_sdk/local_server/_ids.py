"""Identifiers and secrets in the formats that Strait uses."""

from __future__ import annotations

import itertools
import re
import secrets
import socket
import string
import time
import uuid

_API_KEY = re.compile(r"strait_[0-9a-f]{64}\Z")
_VERSION_ID_ALPHABET = string.ascii_lowercase + string.digits
_REQUEST_ID_ALPHABET = string.ascii_letters + string.digits
_request_counter = itertools.count(1)
_request_id_prefix = f"{socket.gethostname() or 'localhost'}/" + "".join(
    secrets.choice(_REQUEST_ID_ALPHABET) for _ in range(10)
)


def new_uuid7() -> str:
    """Return a UUIDv7 string: 48 bits of Unix milliseconds followed by random bits."""
    unix_ms = time.time_ns() // 1_000_000
    value = (unix_ms & (2**48 - 1)) << 80
    value |= secrets.randbits(80)

    # Overwrite the version nibble with 7 and the variant bits with 0b10 (RFC 9562).
    value &= ~(0xF << 76)
    value |= 0x7 << 76
    value &= ~(0x3 << 62)
    value |= 0x2 << 62
    return str(uuid.UUID(int=value))


def new_api_key() -> str:
    """Return an API key: ``strait_`` followed by 32 random bytes in lowercase hex."""
    return "strait_" + secrets.token_hex(32)


def is_api_key(text: str) -> bool:
    return _API_KEY.match(text) is not None


def new_signing_key() -> str:
    """Return a random HMAC key of 64 URL-safe characters."""
    return secrets.token_urlsafe(48)


def new_version_id() -> str:
    return "ver_" + "".join(secrets.choice(_VERSION_ID_ALPHABET) for _ in range(12))


def new_request_id() -> str:
    """Return a request id shaped like chi's RequestID middleware: ``host/random-000001``."""
    return f"{_request_id_prefix}-{next(_request_counter):06d}"
