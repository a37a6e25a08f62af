"""Held-out wire stories (18) (tests/data/heldout-articles): whole articles with a publication date, TIMEX3
annotated by hand before the tagger ever ran on them, scored TempEval-3 style with the project's
evaluator. The floors sit about a point under the scores reached, so a change that loses expressions
at article level shows up here."""
from pathlib import Path

from timeline.evaluate import evaluate

ARTICLES = Path(__file__).resolve().parent / "data" / "heldout-articles"


def test_heldout_articles_score():
    report = evaluate(ARTICLES, "rules")
    assert report.documents == 18 and report.gold > 420
    result = report.systems[0]
    assert not any(d.note for d in result.docs)  # no document failed
    scores = result.counts.metrics()
    assert scores["value_f1"] >= 0.955
    assert scores["relaxed_f1"] >= 0.98
    assert scores["strict_f1"] >= 0.975
