"""Which of the engine's modules run compiled (setup.py builds them with mypyc), and a guard for stale builds.

An in-place build (``pip install -e .``) leaves each compiled module beside its source. After the source
changes, the old build would still be imported and hide the edit; ``prefer_fresh_source`` then loads every
engine module from source instead (all of them: compiled modules call each other directly) and warns.
"""
from __future__ import annotations

import importlib.machinery
import importlib.util
import sys
import warnings
from pathlib import Path

HERE = Path(__file__).parent
PACKAGE = __name__.rsplit(".", 1)[0]


def builds() -> dict[str, Path]:
    """Module name -> its compiled file, for the engine modules built here."""
    found = {}
    for path in HERE.iterdir():
        suffix = next((s for s in importlib.machinery.EXTENSION_SUFFIXES if path.name.endswith(s)), None)
        if suffix:  # (the suffixes go from the most specific, ".cpython-311-x86_64-linux-gnu.so", to ".so")
            found[f"{PACKAGE}.{path.name[: -len(suffix)]}"] = path
    return found


def _source(name: str) -> Path:
    """The .py file of engine module ``name``."""
    return HERE / f"{name.rsplit('.', 1)[1]}.py"


# A source this much newer than its build was edited after it (an installer writes both within seconds).
MARGIN_S = 2.0


def stale(built: dict[str, Path]) -> list[str]:
    """The compiled modules older than their source."""
    out = []
    for name, path in built.items():
        source = _source(name)
        if source.exists() and source.stat().st_mtime > path.stat().st_mtime + MARGIN_S:
            out.append(name)
    return sorted(out)


class _SourceFirst(importlib.machinery.PathFinder):
    """Finds the given modules' .py files, passing over their compiled builds."""

    def __init__(self, names: set[str]) -> None:
        self.names = names

    def find_spec(self, fullname, path=None, target=None):  # noqa: D102
        if fullname not in self.names:
            return None
        return importlib.util.spec_from_file_location(fullname, _source(fullname))


def prefer_fresh_source() -> None:
    built = builds()
    old = stale(built)
    if old:
        warnings.warn(f"compiled engine modules older than their source ({', '.join(old)}): running all of "
                      "them from source; `make build` compiles them again", RuntimeWarning, stacklevel=2)
        sys.meta_path.insert(0, _SourceFirst(set(built)))


def is_compiled(module) -> bool:
    """Is this loaded module a compiled build?"""
    return not str(getattr(module, "__file__", "")).endswith(".py")
