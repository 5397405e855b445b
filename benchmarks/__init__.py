"""Benchmarks of issue 8: the register at 100,000 entries against the libraries' own cost.

Run with ``python -m benchmarks.run`` (see benchmarks/README.md). Not part of
the test run.
"""
