"""Python SDK for Strait: typed sync and async clients for the management API and the run plane.

from strait_sdk import Strait, RunContext

client = Strait.from_env()                     # STRAIT_BASE_URL, STRAIT_API_KEY, ...
ctx = RunContext.from_headers(request.headers)  # inside a job endpoint
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._client import AsyncStrait, Strait
    from ._config import AuthType, ClientConfig, load_config
    from ._dispatch import Dispatch, dispatch_from_headers
    from ._errors import (
        APIConnectionError,
        APIResponseValidationError,
        APIStatusError,
        APITimeoutError,
        AuthenticationError,
        BadRequestError,
        ConfigError,
        ConflictError,
        GoneError,
        InternalServerError,
        InvalidArgumentError,
        NotFoundError,
        PayloadTooLargeError,
        PaymentRequiredError,
        PermissionDeniedError,
        RateLimitError,
        RequestBodyTooLargeError,
        RunOutcomeError,
        RunTokenError,
        RunWaitTimeoutError,
        SignatureError,
        StraitError,
        StraitWarning,
        UnauthorizedError,
        UnprocessableEntityError,
    )
    from ._resource_mixins import NoRunToWaitForError
    from ._retry import OperationSafety, RetryPolicy
    from ._run_context import AsyncRunContext, RunContext
    from ._run_token import RunTokenClaims, decode_run_token
    from ._types import NOT_GIVEN, NotGiven
    from ._version import __version__

# Each public name, mapped to the private module that defines it. The modules load on first
# use, so that `import strait_sdk` stays cheap for a program that needs only part of the SDK.
_MODULE_OF: dict[str, str] = {
    "APIConnectionError": "._errors",
    "APIResponseValidationError": "._errors",
    "APIStatusError": "._errors",
    "APITimeoutError": "._errors",
    "AsyncRunContext": "._run_context",
    "AsyncStrait": "._client",
    "AuthType": "._config",
    "AuthenticationError": "._errors",
    "BadRequestError": "._errors",
    "ClientConfig": "._config",
    "ConfigError": "._errors",
    "ConflictError": "._errors",
    "Dispatch": "._dispatch",
    "GoneError": "._errors",
    "InternalServerError": "._errors",
    "InvalidArgumentError": "._errors",
    "NOT_GIVEN": "._types",
    "NoRunToWaitForError": "._resource_mixins",
    "NotFoundError": "._errors",
    "NotGiven": "._types",
    "OperationSafety": "._retry",
    "PayloadTooLargeError": "._errors",
    "PaymentRequiredError": "._errors",
    "PermissionDeniedError": "._errors",
    "RateLimitError": "._errors",
    "RequestBodyTooLargeError": "._errors",
    "RetryPolicy": "._retry",
    "RunContext": "._run_context",
    "RunTokenClaims": "._run_token",
    "RunTokenError": "._errors",
    "RunWaitTimeoutError": "._errors",
    "RunOutcomeError": "._errors",
    "SignatureError": "._errors",
    "Strait": "._client",
    "StraitError": "._errors",
    "StraitWarning": "._errors",
    "UnauthorizedError": "._errors",
    "UnprocessableEntityError": "._errors",
    "__version__": "._version",
    "decode_run_token": "._run_token",
    "dispatch_from_headers": "._dispatch",
    "load_config": "._config",
}


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_MODULE_OF])


__all__ = [
    "NOT_GIVEN",
    "APIConnectionError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncRunContext",
    "AsyncStrait",
    "AuthType",
    "AuthenticationError",
    "BadRequestError",
    "ClientConfig",
    "ConfigError",
    "ConflictError",
    "Dispatch",
    "GoneError",
    "InternalServerError",
    "InvalidArgumentError",
    "NoRunToWaitForError",
    "NotFoundError",
    "NotGiven",
    "OperationSafety",
    "PayloadTooLargeError",
    "PaymentRequiredError",
    "PermissionDeniedError",
    "RateLimitError",
    "RequestBodyTooLargeError",
    "RetryPolicy",
    "RunContext",
    "RunOutcomeError",
    "RunTokenClaims",
    "RunTokenError",
    "RunWaitTimeoutError",
    "SignatureError",
    "Strait",
    "StraitError",
    "StraitWarning",
    "UnauthorizedError",
    "UnprocessableEntityError",
    "__version__",
    "decode_run_token",
    "dispatch_from_headers",
    "load_config",
]
