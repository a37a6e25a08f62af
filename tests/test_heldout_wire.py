"""Held-out 1989-2003 wire and broadcast stories (10) (tests/data/heldout-wire): WSJ-style earnings, AP
politics and crime, CNN/ABC transcripts, TIMEX3 annotated by hand before the tagger ran on them and
scored with the held-out articles' helper. Floors sit about a point under the scores reached."""
from pathlib import Path

from test_heldout_articles import held_out_scores

WIRE = Path(__file__).resolve().parent / "data" / "heldout-wire"


def test_heldout_wire_score():
    scores = held_out_scores(WIRE, 10, 185)
    assert scores["value_f1"] >= 0.97
    assert scores["relaxed_f1"] >= 0.985
    assert scores["strict_f1"] >= 0.985
