"""Policy values shared by the SDK's modules, kept in one place so that they are easy to audit."""

from __future__ import annotations

from typing import Final

# Timeouts and retries.

# The server stops /v1 handlers after 30 s (REQUEST_TIMEOUT), so waiting longer rarely helps.
DEFAULT_TIMEOUT_MS: Final = 30_000
# A reachable server accepts a TCP connection in well under a second, so 5 s finds a dead
# host early instead of after the whole request timeout.
DEFAULT_CONNECT_TIMEOUT_S: Final = 5.0
# Three attempts in total. More mostly adds load to a server that is already failing.
DEFAULT_MAX_RETRIES: Final = 2
INITIAL_RETRY_DELAY_S: Final = 0.5
MAX_RETRY_DELAY_S: Final = 8.0
# The server's IP limiter sends a Retry-After of its whole 60 s window. A longer wait is more
# likely a quota or lockout that the caller should see as an error than a reason to block.
RETRY_AFTER_CEILING_S: Final = 60.0

# Request and response sizes.

# The server's MAX_REQUEST_BODY_SIZE default. It silently cuts a larger body, and the client
# then gets a confusing 400 "unexpected EOF", so the SDK rejects such a body before sending.
MAX_REQUEST_BODY_BYTES: Final = 1_048_576
# Error bodies are kept for diagnosis. Envelopes are far smaller than this, and a proxy's
# HTML page does not need more.
MAX_ERROR_BODY_CHARS: Final = 2_048
# Maximum length of the server message shown in str() of an error.
MAX_ERROR_MESSAGE_CHARS: Final = 500

# Authentication.

# API keys are "strait_" followed by 64 hex digits. The server treats any other bearer as OIDC
# or the internal secret, so a key without the prefix always fails with a misleading 401.
API_KEY_PREFIX: Final = "strait_"
RUN_TOKEN_ISSUER: Final = "strait:run-token"
# The server mints run tokens with HS256 and its verifier accepts every HMAC variant.
RUN_TOKEN_ALGORITHMS: Final = frozenset({"HS256", "HS384", "HS512"})
# Tolerated clock difference between this machine and the server when checking expiry.
RUN_TOKEN_LEEWAY_S: Final = 30.0

# Headers. The server does not echo X-Request-Id, so the SDK sends its own for correlation.
REQUEST_ID_HEADER: Final = "X-Request-Id"

# Configuration.

CONFIG_FILE_NAME: Final = "strait.json"
LOGGER_NAME: Final = "strait_sdk"

# Names of the environment variables the SDK reads.
STRAIT_BASE_URL: Final = "STRAIT_BASE_URL"
STRAIT_API_KEY: Final = "STRAIT_API_KEY"
STRAIT_AUTH_TYPE: Final = "STRAIT_AUTH_TYPE"
STRAIT_TIMEOUT_MS: Final = "STRAIT_TIMEOUT_MS"
STRAIT_PROJECT: Final = "STRAIT_PROJECT"
STRAIT_LOG: Final = "STRAIT_LOG"
