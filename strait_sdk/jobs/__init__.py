"""Job endpoints: the code that Strait dispatches each attempt of a run to, over HTTP.

A handler takes the run's payload and a run context, and its return value becomes the run's
result. Serve it with the adapter that fits the application:

    def handle_import(payload, ctx):               # ctx is a RunContext
        ...
        return {"imported": 120}

    app = asgi_app(handle_import)                  # uvicorn, Starlette, FastAPI
    app = wsgi_app(handle_import)                  # Flask, Django, any WSGI server
    serve(handle_import, port=8000)                # the standard library alone

An `async def` handler gets an AsyncRunContext. A raised exception becomes a 500 reply, so
Strait retries the attempt under the job's retry policy.
"""

from .._errors import SignatureError
from .._run_context import AsyncRunContext, RunContext
from ._asgi import JobASGIApp, asgi_app
from ._heartbeat import AsyncHeartbeater, Heartbeater, heartbeat_interval
from ._log_bridge import RunLogHandler
from ._options import STRAIT_SIGNING_SECRET, AsyncHandler, Handler, SyncHandler
from ._resume import aresume, resume
from ._serve import JobServer, serve
from ._signature import verify_signature
from ._wsgi import JobWSGIApp, wsgi_app

__all__ = [
    "STRAIT_SIGNING_SECRET",
    "AsyncHandler",
    "AsyncHeartbeater",
    "AsyncRunContext",
    "Handler",
    "Heartbeater",
    "JobASGIApp",
    "JobServer",
    "JobWSGIApp",
    "RunContext",
    "RunLogHandler",
    "SignatureError",
    "SyncHandler",
    "aresume",
    "asgi_app",
    "heartbeat_interval",
    "resume",
    "serve",
    "verify_signature",
    "wsgi_app",
]
