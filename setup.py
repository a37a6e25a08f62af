"""Compiles the engine's hot modules to C with mypyc: the same code and output, about a third fewer instructions.

Set TIMELINE_PURE_PYTHON=1 to install without compiling; without mypyc or a C compiler the build falls back
to pure Python too. Everything else is in pyproject.toml."""
import os
import sys

from setuptools import setup

# The tokenizer and trigger search, the event builder and its helpers: the engine's per-token loops; the
# word lists they read, so that a list is a C static (Final), not a module attribute looked up per word.
COMPILED = [
    "worker/engine/triggers.py",
    "worker/engine/events.py",
    "worker/engine/anchoring.py",
    "worker/engine/clauses.py",
    "worker/engine/intervals.py",
    "worker/engine/sentences.py",
    "worker/engine/event_lexicon.py",
]


def compiled_modules() -> list:
    if os.environ.get("TIMELINE_PURE_PYTHON"):
        return []
    try:
        from mypyc.build import mypycify

        extensions = mypycify(["--follow-imports=silent", "--ignore-missing-imports", *COMPILED], opt_level="3")
    except (Exception, SystemExit) as error:  # no mypyc, or it refused the code: pure Python works the same
        print(f"event-timeline: not compiling the engine ({error}); pure Python", file=sys.stderr)
        return []
    for extension in extensions:
        extension.optional = True  # a failed C build (no compiler) installs pure Python instead of failing
    return extensions


setup(ext_modules=compiled_modules())
