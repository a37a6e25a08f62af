"""Held-out 1997-2014 news articles (tests/data/heldout-wire7, 6 texts, 250-400 words each), TIMEX3 annotated by
hand before the tagger ever ran on them: an airline merger vote (AP, a Saturday, 1998-03-14), a hurricane season
outlook (AP, published on the first of the month, 2006-06-01), a prisoner exchange told day by day (AFP, a Monday,
2014-09-22), a drug approval with trial phases over a decade (2003-11-20), a city marathon report with records over
decades (NYT, a Monday), a currency devaluation with quarterly figures (published on a quarter's last day,
1997-09-30). Decision: "the year to date" is one DATE timex valued as the year (like "so far this year").

First run (annotation as first written, 141 gold): strict F1 91.0, relaxed F1 96.8, value F1 93.1.
Annotation mistakes of mine that the first run showed, fixed afterwards (144 gold): "on Monday", "On Friday" etc.
(TimeBank leaves the preposition out of the extent); "around Sept. 10" and "the start of July" (the project's gold
keeps such modifiers in the extent, with mod); the headlines' "Four Days", "Third Quarter" and "Decade" (TempEval-3
tags timexes in headlines; I had skipped them). With the corrected annotation and the unchanged tagger: strict 95.7,
relaxed 97.1, value 93.6.
Floors sit about a point under the scores reached."""
from pathlib import Path

from test_heldout_articles import held_out_scores

WIRE7 = Path(__file__).resolve().parent / "data" / "heldout-wire7"


def test_heldout_wire7_score():
    scores = held_out_scores(WIRE7, 6, 140)
    assert scores["value_f1"] >= 0.925
    assert scores["relaxed_f1"] >= 0.96
    assert scores["strict_f1"] >= 0.945
