"""The engine as installed is compiled (setup.py, mypyc), and the compiled build extracts exactly what the
Python source does. Every other engine test runs on the compiled build; these tests compare it with the
source run in a subprocess from a copy of the code with no compiled files."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import REPO, SEED

COMPILED = [line.strip().strip('",') for line in (REPO / "setup.py").read_text().splitlines()
            if line.strip().startswith('"worker/engine/')]
PURE = bool(os.environ.get("TIMELINE_PURE_PYTHON"))

# Prints every event and expression of the given files as JSON, one line per file.
DUMP = """
import datetime as dt, json, sys
import worker.engine.triggers as triggers
from worker.engine import extract
from worker.engine.compiled import is_compiled
print(json.dumps({"compiled": is_compiled(triggers)}))
for path in sys.argv[1:]:
    text = open(path, encoding="utf-8").read()
    for i, line in enumerate(text.splitlines() if path.endswith(".jsonl") else [text]):
        article = json.loads(line) if path.endswith(".jsonl") else {"text": line, "published_at": "2017-08-16"}
        out = extract(article["text"], dt.date.fromisoformat(article["published_at"][:10]), article_id=f"a{i}")
        print(json.dumps([x.model_dump(mode="json") for x in out.expressions]
                         + [e.model_dump(mode="json") for e in out.events], sort_keys=True))
"""


def _inputs() -> list[str]:
    files = [REPO / "examples" / "harbour-bridge.txt", REPO / "examples" / "articles.jsonl"]
    if SEED.exists():
        files.append(SEED)
    return [str(f) for f in files]


def _dump(root: Path, env: dict | None = None) -> tuple[bool, list[str]]:
    run = subprocess.run([sys.executable, "-c", DUMP, *_inputs()], cwd=root, capture_output=True, text=True,
                         env={**os.environ, "PYTHONPATH": str(root), **(env or {})}, timeout=300, check=True)
    first, *rest = run.stdout.splitlines()
    return json.loads(first)["compiled"], rest


def _source_copy(tmp_path: Path, with_builds: bool) -> Path:
    """The packages the engine needs, copied; compiled files too if ``with_builds``."""
    root = tmp_path / "copy"
    skip = shutil.ignore_patterns("__pycache__", *([] if with_builds else ["*.so", "*.pyd"]))
    for package in ("worker", "schemas"):
        shutil.copytree(REPO / package, root / package, ignore=skip)
    if with_builds:
        for shared in REPO.glob("*__mypyc*"):  # the runtime the compiled modules share
            shutil.copy2(shared, root / shared.name)
    return root


@pytest.mark.skipif(PURE, reason="TIMELINE_PURE_PYTHON is set: installed without compiling")
def test_the_installed_engine_is_compiled_and_fresh():
    import worker.engine  # noqa: F401  (runs the stale-build guard)
    from worker.engine import compiled

    built = compiled.builds()
    assert sorted(name.rsplit(".", 1)[1] for name in built) == sorted(Path(p).stem for p in COMPILED), \
        "setup.py's modules were not all compiled: run `make build` (or see the install log)"
    assert compiled.stale(built) == [], "compiled modules older than their source: run `make build`"
    for name in built:
        assert compiled.is_compiled(sys.modules[name]), f"{name} was imported from source"


@pytest.mark.skipif(PURE, reason="TIMELINE_PURE_PYTHON is set: installed without compiling")
def test_compiled_and_source_extract_the_same(tmp_path):
    compiled, from_build = _dump(REPO)
    pure, from_source = _dump(_source_copy(tmp_path, with_builds=False))
    assert compiled and not pure
    assert len(from_build) == len(_inputs()) - 1 + len((REPO / "examples" / "articles.jsonl").read_text().splitlines())
    assert sum(len(json.loads(line)) for line in from_build) > 50  # (events and expressions were found)
    assert from_build == from_source


@pytest.mark.skipif(PURE, reason="TIMELINE_PURE_PYTHON is set: installed without compiling")
def test_an_edited_source_is_run_instead_of_its_stale_build(tmp_path):
    root = _source_copy(tmp_path, with_builds=True)
    assert _dump(root)[0], "the copy should run compiled"
    edited = root / COMPILED[0]
    os.utime(edited, (time.time() + 60, time.time() + 60))  # edited after the build
    run = subprocess.run([sys.executable, "-W", "error::RuntimeWarning", "-c", "import worker.engine"], cwd=root,
                         capture_output=True, text=True, env={**os.environ, "PYTHONPATH": str(root)}, timeout=120)
    assert "older than their source" in run.stderr and "make build" in run.stderr
    compiled, events = _dump(root)
    assert not compiled
    assert events == _dump(REPO)[1]
