"""Held-out wire stories (18) (tests/data/heldout-articles): whole articles with a publication date, TIMEX3
annotated by hand before the tagger ever ran on them, scored TempEval-3 style with the project's
evaluator. The floors sit about a point under the scores reached, so a change that loses expressions
at article level shows up here."""
from pathlib import Path

from timeline.evaluate import evaluate

ARTICLES = Path(__file__).resolve().parent / "data" / "heldout-articles"


def assert_held_out(folder: Path, documents: int, min_gold: int, *, value: float, relaxed: float, strict: float) -> None:
    """The rules tagger's TempEval-3 scores on a hand-annotated folder (after checking its size) reach the floors."""
    report = evaluate(folder, "rules")
    assert report.documents == documents and report.gold > min_gold
    result = report.systems[0]
    assert not any(d.note for d in result.docs)  # no document failed
    scores = result.counts.metrics()
    assert scores["value_f1"] >= value
    assert scores["relaxed_f1"] >= relaxed
    assert scores["strict_f1"] >= strict


def test_heldout_articles_score():
    assert_held_out(ARTICLES, 18, 420, value=0.955, relaxed=0.98, strict=0.975)
