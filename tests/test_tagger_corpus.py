"""The tagger on the TimeBank + AQUAINT development corpus: score floors, offsets, hostile inputs.

Scores come from the official TempEval-3 Task A scorer (``timeline.evaluate``) and the gold from
``timeline.timeml``, so these checks measure exactly what ``timeline evaluate`` reports. The floors
sit a little under the measured figures, so a rule change that costs accuracy fails here.
Speed is not tested here (timings are machine- and load-dependent); ``timeline bench`` shows it.
"""
from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest

from timeline.evaluate import evaluate
from timeline.timeml import iter_tml_files, read_timeml
from worker.engine.tagger import tag

SHARED = Path(os.environ.get("TIMELINE_SHARED", Path(__file__).resolve().parents[2] / "shared"))
TBAQ = SHARED / "corpora" / "tbaq-cleaned"


def _tml_files() -> list[Path]:
    return sorted(iter_tml_files([TBAQ])) if TBAQ.is_dir() else []


@pytest.fixture(scope="module")
def corpus():
    files = _tml_files()
    if not files:
        pytest.skip(f"TBAQ corpus not found under {TBAQ}")
    return [read_timeml(f) for f in files]


@pytest.fixture(scope="module")
def scores():
    if not _tml_files():
        pytest.skip(f"TBAQ corpus not found under {TBAQ}")
    report = evaluate(TBAQ, system="rules")
    result = report.systems[0]
    assert not [d for d in result.docs if d.note], "the tagger failed on some documents"
    return report, result.counts.metrics(), {t: c.metrics() for t, c in result.by_type.items()}


def test_tbaq_scores_stay_above_their_floors(scores):
    report, m, _ = scores
    assert report.gold == 1822
    assert m["strict_f1"] >= 0.885, m
    assert m["relaxed_f1"] >= 0.940, m
    assert m["type_f1"] >= 0.895, m
    assert m["value_f1"] >= 0.815, m


def test_tbaq_per_type_value_floors(scores):
    _, _, by_type = scores
    floors = {"DATE": 0.825, "TIME": 0.65, "DURATION": 0.78, "SET": 0.65}
    for ty, floor in floors.items():
        assert by_type[ty]["value_f1"] >= floor, (ty, by_type[ty])


def test_wikiwars_histories_date_their_months_from_the_story():
    """WikiWars (22 Wikipedia war histories): bare months and days take the story's years, not the
    publication's, so the value F1 stays far above what publication anchoring gives (about 66)."""
    wikiwars = SHARED / "corpora" / "wikiwars"
    if not wikiwars.is_dir():
        pytest.skip(f"WikiWars not found under {wikiwars}")
    m = evaluate(wikiwars, system="rules").systems[0].counts.metrics()
    assert m["value_f1"] >= 0.79, m
    assert m["relaxed_f1"] >= 0.915, m


def test_tbaq_expressions_slice_exactly_and_do_not_overlap(corpus):
    for doc in corpus:
        found = tag(doc.text, doc.dct)
        for x in found:
            assert doc.text[x.start:x.end] == x.text
        for a, b in zip(found, found[1:]):
            assert a.end <= b.start


@pytest.mark.parametrize("hostile", [
    "Monday " * 20000, "1" * 100000, "1 " * 50000, "May " * 20000, " " * 200000 + "May 5",
    "March 5, 2013 " * 5000, "the last few years ago " * 5000, "10:30 a.m. EST " * 5000, "-" * 100000,
])
def test_hostile_inputs_never_raise_and_slice_exactly(hostile):
    found = tag(hostile, dt.date(2013, 3, 22))
    for x in found:
        assert hostile[x.start:x.end] == x.text
    for a, b in zip(found, found[1:]):
        assert a.end <= b.start


def test_tbaq_expressions_are_valid_models(corpus):
    """The tagger builds its TimeExpressions without pydantic validation (speed); they must validate."""
    from schemas import TimeExpression

    for doc in corpus[:80]:
        for x in tag(doc.text, doc.dct):
            assert TimeExpression.model_validate(x.model_dump()) == x
