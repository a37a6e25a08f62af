"""The `timeline bench` benchmark: engine, pipeline, scaling and memory, measured in one run.

Run it with ``timeline bench`` (``--quick`` for a smoke run). See bench/README.md.
"""
from bench.run import run

__all__ = ["run"]
