"""A FastAPI application with a Strait job endpoint mounted at /strait/.

The job counts the words of the documents in its payload, one document at a time. It
checkpoints after each document, so a retried attempt continues after the last finished
one instead of starting over, and its log records go to the run.

Run it against a local Strait server, in three terminals from the repository root:

    python -m strait_sdk.local_server --port 8080
    # it prints the project id and a throwaway API key; export them in both other terminals:
    export STRAIT_BASE_URL=http://127.0.0.1:8080 STRAIT_PROJECT=<project id> STRAIT_API_KEY=<key>

    uvicorn examples.fastapi_app:app --port 8000

    python examples/fastapi_app.py    # registers the job, triggers a run, prints the result

The job's endpoint_url is http://127.0.0.1:8000/strait/. The trailing slash matters: the local
server does not follow the redirect that Starlette sends for /strait.
"""

from __future__ import annotations

import logging
import os
import re
import sys
import uuid
from collections import Counter
from typing import Any

from fastapi import FastAPI

from strait_sdk import Strait
from strait_sdk.jobs import AsyncRunContext, asgi_app
from strait_sdk.models import CreateJobRequest, TriggeredRun, TriggerRequest

# The URL uvicorn serves this app's job endpoint at. Set EXAMPLE_ENDPOINT_URL for another port.
ENDPOINT_URL = os.environ.get("EXAMPLE_ENDPOINT_URL", "http://127.0.0.1:8000/strait/")
TOP_WORDS = 5
WORD = re.compile(r"[a-z']+")

logger = logging.getLogger("examples.word_count")
logger.setLevel(logging.INFO)


async def count_words(payload: dict[str, Any], ctx: AsyncRunContext) -> dict[str, Any]:
    """Count the words of payload["documents"] and return the most frequent ones."""
    documents: list[str] = payload["documents"]
    checkpoint = ctx.last_checkpoint if ctx.has_last_checkpoint else {}
    start = int(checkpoint.get("next_document", 0))
    counts = Counter[str](checkpoint.get("counts", {}))
    if start:
        logger.info("attempt %d resumes at document %d of %d", ctx.attempt, start, len(documents))

    for index in range(start, len(documents)):
        words = WORD.findall(documents[index].lower())
        counts.update(words)
        logger.info("document %d has %d words", index, len(words))
        await ctx.checkpoint({"next_document": index + 1, "counts": dict(counts)})
        await ctx.progress(100 * (index + 1) / len(documents), f"counted {index + 1} documents")

    return {"documents": len(documents), "top": counts.most_common(TOP_WORDS)}


app = FastAPI(title="Word count job")
app.mount("/strait", asgi_app(count_words, capture_logs=logger.name))


@app.get("/health")
async def health() -> dict[str, str]:
    return {"status": "ok"}


def trigger_demo_run() -> int:
    """Register the job with the server in STRAIT_BASE_URL, run it once, print the result."""
    with Strait.from_env() as client:
        project_id = client.config.project
        if not project_id:
            print("Set STRAIT_PROJECT to the project id the local server printed.")
            return 2

        slug = f"word-count-{uuid.uuid4().hex[:8]}"
        job = client.jobs.create(
            body=CreateJobRequest(
                project_id=project_id,
                name="Word count",
                slug=slug,
                endpoint_url=ENDPOINT_URL,
                max_attempts=3,
            )
        )
        documents = [
            "The quick brown fox jumps over the lazy dog.",
            "The dog sleeps; the fox runs.",
            "A fox, a dog and the long afternoon.",
        ]
        triggered = client.jobs.trigger(
            job.id, body=TriggerRequest(payload={"documents": documents})
        )
        assert isinstance(triggered, TriggeredRun)
        run = client.runs.wait(triggered.id, timeout=60)
        print(f"run {run.id} {run.status}: {run.result}")
        return 0 if run.status == "completed" else 1


if __name__ == "__main__":
    sys.exit(trigger_demo_run())
