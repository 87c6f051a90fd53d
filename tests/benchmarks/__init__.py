"""Benchmarks of the SDK against hand-written httpx calls, run with `nox -s bench`.

`python -m tests.benchmarks --help` lists the options. The modules are not named `test_*`, so
pytest does not collect them: the numbers are printed as a report, not asserted as tests.
"""
