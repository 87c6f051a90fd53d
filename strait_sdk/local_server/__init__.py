"""An in-memory Strait server, for end-to-end tests and local development.

    from strait_sdk.local_server import LocalStrait

    with LocalStrait() as server:
        ...  # point a client at server.base_url with server.api_key

Run ``python -m strait_sdk.local_server`` to start one from a shell.
"""

from ._server import LocalStrait

__all__ = ["LocalStrait"]
