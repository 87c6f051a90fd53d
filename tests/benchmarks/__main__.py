"""Entry point of `python -m tests.benchmarks`."""

from tests.benchmarks.run import main

if __name__ == "__main__":
    raise SystemExit(main())
