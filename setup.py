"""Compiles the engine's hot modules to C with mypyc (same code, same output, about a fifth less CPU).

Set TIMELINE_PURE_PYTHON=1 to install without compiling; without a C compiler the build falls back to
pure Python too. Everything else is in pyproject.toml."""
import os
import sys

from setuptools import setup

# The tokenizer and trigger search, the event builder and its helpers: the engine's per-token loops.
COMPILED = [
    "worker/engine/triggers.py",
    "worker/engine/events.py",
    "worker/engine/anchoring.py",
    "worker/engine/clauses.py",
    "worker/engine/intervals.py",
    "worker/engine/sentences.py",
]


def compiled_modules() -> list:
    if os.environ.get("TIMELINE_PURE_PYTHON"):
        return []
    try:
        from mypyc.build import mypycify

        return mypycify(["--follow-imports=silent", "--ignore-missing-imports", *COMPILED], opt_level="3")
    except Exception as error:  # no mypyc or no compiler: pure Python works the same, only slower
        print(f"event-timeline: not compiling the engine ({error}); pure Python", file=sys.stderr)
        return []


setup(ext_modules=compiled_modules())
