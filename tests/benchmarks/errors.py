"""The benchmark's own failure: a setup step or a sanity check that went wrong."""


class BenchmarkError(Exception):
    """The benchmark could not measure: the exit status is non-zero, unlike for a MISS."""
