"""Python SDK for Strait: typed sync and async clients for the management API and the run plane.

from strait_sdk import Strait, RunContext

client = Strait.from_env()                     # STRAIT_BASE_URL, STRAIT_API_KEY, ...
ctx = RunContext.from_headers(request.headers)  # inside a job endpoint
"""

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
    RunTokenError,
    RunWaitTimeoutError,
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
    "RunTokenClaims",
    "RunTokenError",
    "RunWaitTimeoutError",
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
