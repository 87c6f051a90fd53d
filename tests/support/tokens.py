"""Run tokens for tests, signed with HMAC the way the Strait server signs them."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
from datetime import UTC, datetime, timedelta
from typing import Any

SIGNING_KEY = b"test-signing-key-of-at-least-32-bytes!"
ISSUED = datetime(2026, 3, 1, 12, 0, 0, tzinfo=UTC)
EXPIRES = ISSUED + timedelta(hours=1)
DIGESTS = {"HS256": hashlib.sha256, "HS384": hashlib.sha384, "HS512": hashlib.sha512}


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def make_claims(**changes: Any) -> dict[str, Any]:
    """Claims as the server mints them. A change to None removes the claim."""
    claims: dict[str, Any] = {
        "iss": "strait:run-token",
        "sub": "run_0123",
        "exp": int(EXPIRES.timestamp()),
        "iat": int(ISSUED.timestamp()),
        "attempt": 1,
    }
    claims.update(changes)
    return {name: value for name, value in claims.items() if value is not None}


def make_token(claims: dict[str, Any] | None = None, *, alg: str = "HS256") -> str:
    """Sign ``claims`` with HMAC the way the server does."""
    header = {"alg": alg, "typ": "JWT"}
    signing_input = ".".join(
        [
            b64url(json.dumps(header).encode()),
            b64url(json.dumps(claims if claims is not None else make_claims()).encode()),
        ]
    )
    digest = DIGESTS.get(alg, hashlib.sha256)
    signature = hmac.new(SIGNING_KEY, signing_input.encode(), digest).digest()
    return f"{signing_input}.{b64url(signature)}"
