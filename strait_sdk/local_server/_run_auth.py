"""Run-token authentication and the live run checks of the /sdk/v1 plane."""

from __future__ import annotations

import time

from ._context import ServerContext
from ._records import ACTIVE_STATUSES, Run
from ._request import Request
from ._response import ApiError
from ._tokens import RunTokenClaims, RunTokenError, verify_run_token


def authenticate_run_request(ctx: ServerContext, request: Request, run_id: str) -> RunTokenClaims:
    """Verify the bearer run token for ``run_id`` and the run's live state.

    The checks and statuses follow Strait's order: header 401, token 401, run id 403,
    then run missing 404, terminal 410 and stale attempt 401.
    """
    header = request.header("Authorization") or ""
    if not header.startswith("Bearer "):
        raise ApiError(401, "missing or invalid authorization header")

    try:
        claims = verify_run_token(ctx.signing_key, header.removeprefix("Bearer "), now=time.time())
    except RunTokenError as error:
        raise ApiError(401, str(error)) from None
    if claims.run_id != run_id:
        raise ApiError(403, "token does not match run ID")

    with ctx.store.lock:
        _check_live_run(ctx, claims)
    return claims


def load_token_run(ctx: ServerContext, request: Request, *, require_active: bool = True) -> Run:
    """Return the run of the request's token after checking its live state again.

    Writes and state or memory reads also need the run to be executing or waiting,
    otherwise 409. The caller must hold ``ctx.store.lock``.
    """
    if request.run_token is None:
        raise RuntimeError("run-plane handler called without an authenticated run token")
    run = _check_live_run(ctx, request.run_token)
    if require_active and run.status not in ACTIVE_STATUSES:
        raise ApiError(409, "run is not active for this SDK token")
    return run


def _check_live_run(ctx: ServerContext, claims: RunTokenClaims) -> Run:
    run = ctx.store.runs.get(claims.run_id)
    if run is None:
        raise ApiError(404, "run not found")
    if run.is_terminal:
        raise ApiError(410, "run has reached a terminal state")
    if run.attempt != claims.attempt:
        raise ApiError(401, "run token attempt is stale")
    return run
