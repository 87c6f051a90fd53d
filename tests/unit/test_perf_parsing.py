"""Specification of the generated models' lean `from_dict`: fast, and the same result as before.

The parser passes fields to the constructor by position and reads keys directly. These tests pin
down what it must keep: every field lands in the attribute of its own name, and unknown fields
and values survive. Null optional fields read as None, and missing ones as UNSET.
"""

from __future__ import annotations

import ast
import datetime
import importlib
import inspect
import pkgutil
import subprocess
import sys
from typing import Any

import attrs
import pytest

from strait_sdk._generated import models as models_package
from strait_sdk.models import UNSET, ExecutionTrace, JobRun, RunList, RunStatus, StringMap


def _model_classes() -> list[type[Any]]:
    classes = []
    for info in pkgutil.iter_modules(models_package.__path__):
        module = importlib.import_module(f"{models_package.__name__}.{info.name}")
        for _, value in vars(module).items():
            if (
                inspect.isclass(value)
                and value.__module__ == module.__name__
                and attrs.has(value)
                and hasattr(value, "from_dict")
            ):
                classes.append(value)
    return classes


MODEL_CLASSES = _model_classes()


def _constructor_arguments(model: type[Any]) -> list[str]:
    """Return the names that `from_dict` passes by position to the class, in order."""
    tree = ast.parse(inspect.getsource(sys.modules[model.__module__]))
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef) and node.name == "from_dict":
            for call in ast.walk(node):
                if (
                    isinstance(call, ast.Call)
                    and isinstance(call.func, ast.Name)
                    and call.func.id == "cls"
                ):
                    assert not call.keywords, f"{model.__name__} passes keywords"
                    return [argument.id for argument in call.args if isinstance(argument, ast.Name)]
    raise AssertionError(f"{model.__name__}.from_dict does not call cls(...)")


def test_model_classes_found() -> None:
    assert len(MODEL_CLASSES) > 200


@pytest.mark.parametrize("model", MODEL_CLASSES, ids=lambda model: model.__name__)
def test_positional_order_matches_fields(model: type[Any]) -> None:
    fields = [field.name for field in attrs.fields(model) if field.init]

    assert _constructor_arguments(model) == fields


def _full_run(**changes: Any) -> dict[str, Any]:
    run: dict[str, Any] = {
        "id": "run_1",
        "job_id": "job_1",
        "project_id": "proj_1",
        "status": "executing",
        "attempt": 2,
        "triggered_by": "manual",
        "priority": 5,
        "job_version": 3,
        "debug_mode": False,
        "lineage_depth": 1,
        "created_at": "2026-11-30T12:00:00.123456Z",
        "tags": {"team": "payments"},
        "payload": {"order": 7},
        "result": None,
        "error": "boom",
        "scheduled_at": "2026-11-30T12:00:01Z",
        "started_at": "2026-11-30T12:00:02+00:00",
        "parent_run_id": "run_0",
        "max_attempts_override": 4,
        "execution_trace": {"queue_wait_ms": 11, "total_ms": 42},
        "queue_name": "default",
        "is_rollback": True,
    }
    run.update(changes)
    return run


def test_run_fields_parse_to_types() -> None:
    run = JobRun.from_dict(_full_run())

    assert run.id == "run_1"
    assert run.job_id == "job_1"
    assert run.project_id == "proj_1"
    assert run.status is RunStatus.EXECUTING
    assert run.attempt == 2
    assert run.triggered_by == "manual"
    assert run.priority == 5
    assert run.job_version == 3
    assert run.debug_mode is False
    assert run.lineage_depth == 1
    assert run.created_at == datetime.datetime(2026, 11, 30, 12, 0, 0, 123456, tzinfo=datetime.UTC)
    assert isinstance(run.tags, StringMap)
    assert run.tags["team"] == "payments"
    assert run.payload == {"order": 7}
    assert run.error == "boom"
    assert run.scheduled_at == datetime.datetime(2026, 11, 30, 12, 0, 1, tzinfo=datetime.UTC)
    assert run.started_at == datetime.datetime(2026, 11, 30, 12, 0, 2, tzinfo=datetime.UTC)
    assert run.parent_run_id == "run_0"
    assert run.max_attempts_override == 4
    assert isinstance(run.execution_trace, ExecutionTrace)
    assert run.execution_trace.total_ms == 42
    assert run.queue_name == "default"
    assert run.is_rollback is True


def test_run_null_and_missing_optionals() -> None:
    run = JobRun.from_dict(_full_run(finished_at=None, tags=None))

    assert run.finished_at is None
    assert run.tags is None
    assert run.result is None
    assert run.heartbeat_at is UNSET
    assert run.metadata is UNSET


def test_run_unknown_values_kept() -> None:
    run = JobRun.from_dict(_full_run(status="hibernating", shard="eu-2"))

    assert run.status == "hibernating"
    assert isinstance(run.status, RunStatus)
    assert run.additional_properties == {"shard": "eu-2"}


def test_run_without_unknown_fields_has_none() -> None:
    run = JobRun.from_dict(_full_run())

    assert run.additional_properties == {}


def test_run_bad_optional_datetime_kept() -> None:
    run = JobRun.from_dict(_full_run(started_at="not a time"))

    assert run.started_at == "not a time"


def test_run_missing_required_raises() -> None:
    body = _full_run()
    del body["created_at"]

    with pytest.raises(KeyError):
        JobRun.from_dict(body)


def test_run_round_trips_through_to_dict() -> None:
    body = _full_run(shard="eu-2")

    again = JobRun.from_dict(JobRun.from_dict(body).to_dict())

    assert again == JobRun.from_dict(body)


def test_page_parses_every_item() -> None:
    page = RunList.from_dict(
        {"data": [_full_run(id=f"run_{n}") for n in range(3)], "has_more": False}
    )

    assert [run.id for run in page.data] == ["run_0", "run_1", "run_2"]
    assert all(isinstance(run, JobRun) for run in page.data)


def test_input_left_unchanged() -> None:
    body = _full_run(shard="eu-2")
    before = dict(body)

    JobRun.from_dict(body)

    assert body == before


def test_import_loads_few_models() -> None:
    # A fresh interpreter, because this session has imported every model already.
    code = (
        "import sys, strait_sdk\n"
        "strait_sdk.Strait(base_url='http://127.0.0.1:9', api_key='strait_' + 'k' * 40).runs\n"
        "from strait_sdk._generated.api.runs import get_run\n"
        "print(sum(name.startswith('strait_sdk._generated.models.') for name in sys.modules))\n"
    )
    completed = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )

    loaded = int(completed.stdout.strip())
    assert 0 < loaded < 40, loaded
