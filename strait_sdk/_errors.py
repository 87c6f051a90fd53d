"""Exceptions and warnings raised by the SDK, and the mapping from HTTP responses to them.

Every exception derives from StraitError, so ``except StraitError`` catches all of them::

    StraitError
    ├── ConfigError                    invalid setting: names its source, field and fix
    ├── InvalidArgumentError           call argument the server would reject, caught before sending
    ├── RunTokenError                  malformed, expired or mismatched run token
    │   └── SignatureError             job endpoint request whose signature is missing or wrong
    ├── RequestBodyTooLargeError       body over 1 MiB, rejected before sending
    ├── RunOutcomeError                a lost complete or fail whose outcome is not confirmed
    ├── APIConnectionError             no response arrived
    │   └── APITimeoutError
    ├── APIResponseValidationError     a 2xx response whose body breaks the API's contract
    └── APIStatusError                 a non-2xx response (any other 4xx raises this class itself)
        ├── BadRequestError            400
        ├── UnauthorizedError          401 and 403, the single class of earlier Strait SDKs
        │   ├── AuthenticationError    401
        │   └── PermissionDeniedError  403
        ├── PaymentRequiredError       402
        ├── NotFoundError              404
        ├── ConflictError              409
        ├── GoneError                  410
        ├── PayloadTooLargeError       413
        ├── UnprocessableEntityError   422
        ├── RateLimitError             429
        └── InternalServerError        500 and above

Exceptions never contain credentials: request headers are not stored, and URL query values
that carry tokens are redacted. All of them survive a pickle round trip, so they can cross
process boundaries (multiprocessing, task queues) with their attributes intact.
"""

from __future__ import annotations

import email.utils
import json
import re
import urllib.parse
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any, ClassVar

import attrs
import httpx

from strait_sdk._constants import (
    MAX_ERROR_BODY_CHARS,
    MAX_ERROR_MESSAGE_CHARS,
    REQUEST_ID_HEADER,
)

__all__ = [
    "APIConnectionError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConfigError",
    "ConflictError",
    "GoneError",
    "InternalServerError",
    "InvalidArgumentError",
    "NotFoundError",
    "PayloadTooLargeError",
    "PaymentRequiredError",
    "PermissionDeniedError",
    "RateLimitError",
    "RequestBodyTooLargeError",
    "RunOutcomeError",
    "RunTokenError",
    "SignatureError",
    "StraitError",
    "StraitWarning",
    "UnauthorizedError",
    "UnprocessableEntityError",
    "error_from_response",
    "error_from_transport_error",
    "retry_after_seconds",
]

# Query parameters whose values are credentials, such as the SSE token in ?token=.
_SENSITIVE_QUERY_PARAMS = frozenset({"token", "access_token", "api_key", "apikey"})
_REDACTED = "[redacted]"
_DECIMAL_SECONDS = re.compile(r"[0-9]+(?:\.[0-9]+)?")
_RETRY_AFTER_DETAIL = re.compile(r"retry_after_seconds=([0-9]+(?:\.[0-9]+)?)")


class StraitWarning(UserWarning):
    """Warning about a setting that works but is probably a mistake, such as plain HTTP."""


def _rebuild_error(cls: type[StraitError], args: tuple[Any, ...], state: dict[str, Any]) -> Any:
    error = cls.__new__(cls)
    error.args = args
    error.__dict__.update(state)
    return error


class StraitError(Exception):
    """Base class of every exception the SDK raises."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message

    def __reduce__(self) -> tuple[Any, ...]:
        # The default reduce calls cls(*self.args), which fails for subclasses whose
        # constructors take keyword-only arguments, so the state is restored directly.
        return (_rebuild_error, (type(self), self.args, self.__dict__.copy()))


class ConfigError(StraitError):
    """Invalid or missing configuration.

    ``source`` names where the value came from, for example "environment variable
    STRAIT_TIMEOUT_MS" or "strait.json at /srv/app/strait.json". ``field`` is the setting
    and ``fix`` a sentence that names the change to make.
    """

    def __init__(self, message: str, *, source: str, field: str, fix: str) -> None:
        super().__init__(message)
        self.source = source
        self.field = field
        self.fix = fix

    def __str__(self) -> str:
        location = f"{self.source}, field {self.field}"
        return f"Configuration error in {location}: {self.message}. {self.fix}"


class InvalidArgumentError(StraitError, ValueError):
    """An argument of an SDK call that the server would reject, caught before sending.

    The message names the argument and the rule it breaks. It also derives from ValueError,
    so code that catches ValueError for bad arguments keeps working.
    """


class RunTokenError(StraitError):
    """A run token or the dispatch headers that come with it are unusable.

    The message describes the problem but never contains the token.
    """


class RequestBodyTooLargeError(StraitError):
    """A request body over the server's size limit, rejected before it was sent.

    The server would cut such a body short and respond with a confusing 400. ``operation``
    (such as "sdk_checkpoint"), ``method`` and ``path`` name the call when they are known.
    """

    def __init__(
        self,
        size: int,
        limit: int,
        *,
        operation: str | None = None,
        method: str | None = None,
        path: str | None = None,
    ) -> None:
        # ``path`` is the URL path alone: a query string may carry a token.
        subject = f"The request body of {operation}" if operation else "The request body"
        if method and path:
            subject += f" ({method} {path})"
        super().__init__(
            f"{subject} is {size} bytes, over the server's limit of {limit} bytes. "
            "Send less data per request, for example by storing large payloads elsewhere "
            "and passing a reference."
        )
        self.size = size
        self.limit = limit
        self.operation = operation
        self.method = method
        self.path = path


class RunWaitTimeoutError(StraitError, TimeoutError):
    """A run did not reach a terminal status within the time given to wait for it.

    It is also the builtin TimeoutError. The run keeps going on the server; `last_status` is
    what the last poll saw.
    """

    def __init__(self, run_id: str, waited_s: float, last_status: str) -> None:
        super().__init__(
            f"Run {run_id} was still {last_status} after {waited_s:.1f} s of waiting. Wait longer "
            "with a larger timeout, or cancel the run if it is stuck."
        )
        self.run_id = run_id
        self.waited_s = waited_s
        self.last_status = last_status


class RunOutcomeError(StraitError):
    """A complete or fail call whose response was lost, on a run that then ended otherwise.

    Raised when a resent complete or fail found the run already finished and the SDK could
    not confirm that the first request finished it: the run ended in another status
    (`actual_status` names it), or only a run token was at hand, which cannot read the run
    (`actual_status` is None).
    """

    def __init__(
        self, message: str, *, run_id: str, requested_status: str, actual_status: str | None
    ) -> None:
        super().__init__(message)
        self.run_id = run_id
        self.requested_status = requested_status
        self.actual_status = actual_status


class APIConnectionError(StraitError):
    """The request failed before a response arrived: DNS, connection, TLS or protocol errors."""

    _hint: ClassVar[str] = "Check that the server at this URL is running and reachable."

    def __init__(
        self, message: str, *, method: str, url: str, request_id: str | None = None
    ) -> None:
        super().__init__(message)
        self.method = method
        self.url = url
        self.request_id = request_id

    def __str__(self) -> str:
        context = _request_context(self.method, self.url, self.request_id)
        return f"{self.message} ({context}). {self._hint}"


class APITimeoutError(APIConnectionError):
    """No response arrived within the configured timeout."""

    _hint: ClassVar[str] = "Retry later, or raise timeout_ms if the operation is slow."


class APIResponseValidationError(StraitError):
    """A 2xx response whose body is not what the API promises, for example not JSON."""

    def __init__(
        self,
        message: str,
        *,
        status_code: int,
        request_id: str | None = None,
        body_excerpt: str = "",
        method: str | None = None,
        url: str | None = None,
    ) -> None:
        super().__init__(message)
        self.status_code = status_code
        self.request_id = request_id
        self.body_excerpt = body_excerpt
        self.method = method
        self.url = url

    @classmethod
    def from_response(cls, response: httpx.Response, message: str) -> APIResponseValidationError:
        """Build the error for ``response``, with ``message`` describing what is wrong."""
        method, url = _request_method_and_url(response)
        return cls(
            message,
            status_code=response.status_code,
            request_id=_request_id_from_request(response),
            body_excerpt=_truncate(_response_text(response), MAX_ERROR_BODY_CHARS),
            method=method,
            url=url,
        )

    def __str__(self) -> str:
        context = _request_context(self.method, self.url, self.request_id)
        return (
            f"Unexpected {self.status_code} response: {self.message} ({context}). "
            "The server or a proxy in between sent something the SDK does not understand; "
            "check base_url, then report the request id."
        )


class APIStatusError(StraitError):
    """The server responded with a status outside 2xx.

    ``code`` and ``message`` come from the error envelope when there is one. ``body`` is the
    response text, cut to about 2 KB. ``url`` has credentials in the query redacted.
    """

    _hint: ClassVar[str | None] = None

    def __init__(
        self,
        message: str,
        *,
        status_code: int,
        code: str | None = None,
        details: list[str] | None = None,
        request_id: str | None = None,
        headers: httpx.Headers | None = None,
        body: str = "",
        method: str | None = None,
        url: str | None = None,
    ) -> None:
        super().__init__(message)
        self.status_code = status_code
        self.code = code
        self.details = list(details or [])
        self.request_id = request_id
        self.headers = headers if headers is not None else httpx.Headers()
        self.body = body
        self.method = method
        self.url = url

    def __str__(self) -> str:
        status = f"{self.status_code} {self.code}" if self.code else str(self.status_code)
        text = f"{status}: {self.message}"
        if self.details:
            text += " [" + "; ".join(self.details) + "]"
        text += f" ({_request_context(self.method, _path_of(self.url), self.request_id)})."
        hint = self._hint_text()
        return f"{text} {hint}" if hint else text

    def _hint_text(self) -> str | None:
        return self._hint


class BadRequestError(APIStatusError):
    """400: the server rejected the request as malformed."""

    _hint = "Check the request values named in the message."


class UnauthorizedError(APIStatusError):
    """401 or 403. Earlier Strait SDKs raised one class for both, so it is kept as their base."""


class AuthenticationError(UnauthorizedError):
    """401: the credentials are missing, invalid, expired or revoked."""

    _hint = (
        "Check STRAIT_API_KEY, or for run-plane calls that the run token is the one sent "
        "with this attempt."
    )


class PermissionDeniedError(UnauthorizedError):
    """403: the credentials are valid but do not allow this request."""

    _hint = (
        "Check the API key's scopes, project and environment, or that the run token "
        "belongs to this run."
    )


class PaymentRequiredError(APIStatusError):
    """402: the project's plan or quota does not allow the request.

    Quota bodies fill ``kind``, ``limit``, ``current``, ``plan`` and ``upgrade_url``. The
    community edition's response on cloud-only routes fills ``edition`` and ``upgrade_url``.
    Fields the body lacks are None.
    """

    def __init__(
        self,
        message: str,
        *,
        kind: str | None = None,
        limit: int | None = None,
        current: int | None = None,
        plan: str | None = None,
        upgrade_url: str | None = None,
        edition: str | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(message, **kwargs)
        self.kind = kind
        self.limit = limit
        self.current = current
        self.plan = plan
        self.upgrade_url = upgrade_url
        self.edition = edition

    def _hint_text(self) -> str:
        hint = "The plan or quota does not allow this request"
        if self.limit is not None and self.current is not None:
            hint += f" ({self.current} of {self.limit} used)"
        if self.upgrade_url:
            return f"{hint}. Upgrade at {self.upgrade_url}."
        return f"{hint}. Check the project's plan and quotas."


class NotFoundError(APIStatusError):
    """404: no such resource, or it belongs to another project or environment."""

    _hint = "Check the id. Resources in another project or environment also return 404."


class ConflictError(APIStatusError):
    """409: the resource's current state does not allow the request."""

    _hint = "Fetch the resource's current state before trying again."


class GoneError(APIStatusError):
    """410: the run already reached a terminal state."""

    _hint = "The run already finished, so stop reporting to it."


class PayloadTooLargeError(APIStatusError):
    """413: the body or result is over a server limit."""

    _hint = "Send less data. A run result may be at most 1 MiB by default."


class UnprocessableEntityError(APIStatusError):
    """422: one or more fields failed validation. ``details`` lists them."""

    _hint = "Fix the fields listed in the details."


class RateLimitError(APIStatusError):
    """429: too many requests. ``retry_after`` is the wait in seconds the server requested."""

    def __init__(self, message: str, *, retry_after: float | None = None, **kwargs: Any) -> None:
        super().__init__(message, **kwargs)
        self.retry_after = retry_after

    def _hint_text(self) -> str:
        if self.retry_after is None:
            return "Slow down and retry later."
        return f"Slow down and retry after {self.retry_after:g} s."


class InternalServerError(APIStatusError):
    """500 or above: the server or a dependency of it failed."""

    _hint = "Retry later, and quote the request id if it keeps failing."


class SignatureError(RunTokenError):
    """A job endpoint request whose X-Strait-Signature is missing, malformed, wrong or stale.

    It derives from RunTokenError because both mean the request cannot be trusted as Strait's
    dispatch. The message never contains the signing secret or the expected signature.
    """


_CLASS_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    402: PaymentRequiredError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    410: GoneError,
    413: PayloadTooLargeError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


@attrs.frozen
class _ParsedBody:
    """The parts of an error body, whichever of the server's forms it had."""

    message: str | None = None
    code: str | None = None
    details: list[str] = attrs.field(factory=list)
    request_id: str | None = None
    fields: Mapping[str, Any] = attrs.field(factory=dict)


def error_from_response(response: httpx.Response) -> APIStatusError:
    """Build the APIStatusError subclass that matches the response's status and body.

    The response must have been read. The body may be the JSON envelope, one of the
    server's flat bodies, plain text or empty.
    """
    text = _response_text(response)
    parsed = _parse_error_body(text)
    method, url = _request_method_and_url(response)
    common: dict[str, Any] = {
        "status_code": response.status_code,
        "code": parsed.code,
        "details": parsed.details,
        "request_id": parsed.request_id or _request_id_from_request(response),
        "headers": response.headers,
        "body": _truncate(text, MAX_ERROR_BODY_CHARS),
        "method": method,
        "url": url,
    }
    message = parsed.message or _reason_phrase(response.status_code)

    error_class = _class_for_status(response.status_code)
    if error_class is PaymentRequiredError:
        return PaymentRequiredError(message, **_quota_fields(parsed.fields), **common)
    if error_class is RateLimitError:
        retry_after = retry_after_seconds(response.headers)
        if retry_after is None:
            retry_after = _retry_after_from_details(parsed.details)
        return RateLimitError(message, retry_after=retry_after, **common)
    return error_class(message, **common)


def error_from_transport_error(
    error: httpx.TransportError, request: httpx.Request | None = None
) -> APIConnectionError:
    """Wrap an httpx transport error, choosing APITimeoutError for timeouts.

    ``request`` defaults to the request attached to ``error``. Raise the result ``from error``
    so that the original stays available as ``__cause__``.
    """
    if request is None:
        try:
            request = error.request
        except RuntimeError:
            request = None

    method = request.method if request is not None else "?"
    url = _sanitize_url(request.url) if request is not None else "?"
    request_id = request.headers.get(REQUEST_ID_HEADER) if request is not None else None
    detail = _single_line(str(error), 200) or "no details"

    if isinstance(error, httpx.TimeoutException):
        message = f"The request timed out ({type(error).__name__}: {detail})"
        return APITimeoutError(message, method=method, url=url, request_id=request_id)
    message = f"The request failed before a response arrived ({type(error).__name__}: {detail})"
    return APIConnectionError(message, method=method, url=url, request_id=request_id)


def retry_after_seconds(
    headers: httpx.Headers | Mapping[str, str], *, now: datetime | None = None
) -> float | None:
    """Return the wait in seconds that the response headers request, or None.

    ``retry-after-ms`` wins over ``Retry-After``. ``Retry-After`` may be decimal seconds or
    an HTTP date, and a date in the past gives 0. Negative, non-finite or unparsable values
    give None.
    """
    if not isinstance(headers, httpx.Headers):
        headers = httpx.Headers(headers)

    milliseconds = _parse_decimal(headers.get("retry-after-ms"))
    if milliseconds is not None:
        return milliseconds / 1000

    value = headers.get("retry-after")
    if value is None:
        return None
    seconds = _parse_decimal(value)
    if seconds is not None:
        return seconds
    return _seconds_until_http_date(value, now)


def _parse_decimal(value: str | None) -> float | None:
    # A strict pattern rejects "nan", "inf", "1e9" and signs, all of which float() accepts.
    if value is None or not _DECIMAL_SECONDS.fullmatch(value.strip()):
        return None
    return float(value)


def _seconds_until_http_date(value: str, now: datetime | None) -> float | None:
    try:
        moment = email.utils.parsedate_to_datetime(value.strip())
    except (TypeError, ValueError, IndexError, OverflowError):
        return None

    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    current = now if now is not None else datetime.now(UTC)
    return max(0.0, (moment - current).total_seconds())


def _retry_after_from_details(details: list[str]) -> float | None:
    # Admission and enqueue throttles put "retry_after_seconds=N" in details.
    for detail in details:
        match = _RETRY_AFTER_DETAIL.fullmatch(detail.strip())
        if match:
            return float(match.group(1))
    return None


def _class_for_status(status_code: int) -> type[APIStatusError]:
    if status_code >= 500:
        return InternalServerError
    return _CLASS_BY_STATUS.get(status_code, APIStatusError)


def _parse_error_body(text: str) -> _ParsedBody:
    data = _load_json_object(text)
    if data is None:
        return _ParsedBody(message=_single_line(text, MAX_ERROR_MESSAGE_CHARS))

    error = data.get("error")
    request_id = _string_or_none(data.get("request_id"))
    if isinstance(error, dict):
        return _ParsedBody(
            message=_short_string(error.get("message")),
            code=_string_or_none(error.get("code")),
            details=_string_list(error.get("details")),
            request_id=request_id,
            fields=data,
        )

    # The historical envelope and the analytics 402 put a sentence in "error". The flat
    # quota bodies put "code" and "message" at the top level.
    message = _short_string(error) if isinstance(error, str) else _short_string(data.get("message"))
    return _ParsedBody(
        message=message,
        code=_string_or_none(data.get("code")),
        details=_batch_item_errors(data.get("errors")),
        request_id=request_id,
        fields=data,
    )


def _load_json_object(text: str) -> dict[str, Any] | None:
    if not text.lstrip().startswith("{"):
        return None
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):
        return None
    return data if isinstance(data, dict) else None


def _quota_fields(fields: Mapping[str, Any]) -> dict[str, Any]:
    upgrade_url = _string_or_none(fields.get("upgrade_url")) or _string_or_none(
        fields.get("upgrade")
    )
    return {
        "kind": _string_or_none(fields.get("kind")),
        "limit": _int_or_none(fields.get("limit")),
        "current": _int_or_none(fields.get("current")),
        "plan": _string_or_none(fields.get("plan")),
        "upgrade_url": upgrade_url,
        "edition": _string_or_none(fields.get("edition")),
    }


def _batch_item_errors(errors: Any) -> list[str]:
    # The batch job create responds with 400 and {"created": [...], "errors": [{index, message}]}.
    if not isinstance(errors, list):
        return []
    details = []
    for item in errors:
        if isinstance(item, dict) and isinstance(item.get("message"), str):
            details.append(f"item {item.get('index')}: {item['message']}")
    return details


def _string_list(value: Any) -> list[str]:
    if not isinstance(value, list):
        return []
    lines = (_single_line(item, MAX_ERROR_MESSAGE_CHARS) for item in value if isinstance(item, str))
    return [line for line in lines if line]


def _string_or_none(value: Any) -> str | None:
    return value if isinstance(value, str) and value else None


def _short_string(value: Any) -> str | None:
    return _single_line(value, MAX_ERROR_MESSAGE_CHARS) if isinstance(value, str) else None


def _int_or_none(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _single_line(text: str, limit: int) -> str | None:
    collapsed = " ".join(text.split())
    if not collapsed:
        return None
    return collapsed if len(collapsed) <= limit else collapsed[: limit - 3] + "..."


def _truncate(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    return f"{text[:limit]}... [truncated, {len(text)} characters in total]"


def _reason_phrase(status_code: int) -> str:
    return httpx.codes.get_reason_phrase(status_code) or f"HTTP {status_code}"


def _response_text(response: httpx.Response) -> str:
    try:
        return response.text
    except httpx.ResponseNotRead:
        # NOTE: an unread streamed response gives an error without body details, so
        # callers read the response before mapping it.
        return ""


def _request_of(response: httpx.Response) -> httpx.Request | None:
    try:
        return response.request
    except RuntimeError:
        return None


def _request_method_and_url(response: httpx.Response) -> tuple[str | None, str | None]:
    request = _request_of(response)
    if request is None:
        return None, None
    return request.method, _sanitize_url(request.url)


def _request_id_from_request(response: httpx.Response) -> str | None:
    request = _request_of(response)
    return request.headers.get(REQUEST_ID_HEADER) if request is not None else None


def _sanitize_url(url: httpx.URL) -> str:
    """Return the URL without user info, fragment or credential values in the query."""
    base = str(url.copy_with(username=None, password=None, query=None, fragment=None))
    query = url.query.decode("ascii", errors="replace")
    if not query:
        return base

    parts = []
    for part in query.split("&"):
        name, separator, _ = part.partition("=")
        if separator and name.lower() in _SENSITIVE_QUERY_PARAMS:
            part = f"{name}={_REDACTED}"
        parts.append(part)
    return f"{base}?{'&'.join(parts)}"


def _path_of(url: str | None) -> str | None:
    if url is None:
        return None
    parts = urllib.parse.urlsplit(url)
    return f"{parts.path or '/'}?{parts.query}" if parts.query else parts.path or "/"


def _request_context(method: str | None, target: str | None, request_id: str | None) -> str:
    parts = []
    if method and target:
        parts.append(f"{method} {target}")
    parts.append(f"request id {request_id}" if request_id else "no request id")
    return ", ".join(parts)
