"""Held-out 1996-2024 news texts (tests/data/heldout-wire6, 8 texts, 250-450 words each), TIMEX3 annotated by hand
before the tagger ever ran on them, in styles the earlier held-out sets lack: a broadcast transcript (anchor and
reporter, 1998-01-08, a Thursday), a long-form feature with a life story across decades (a Sunday), a local-paper
council report with meeting schedules, a weather service bulletin (published 2024-12-31), a sports final with its
season, business briefs with fiscal periods, a minister's visit itinerary, a court verdict with sentencing and
appeal deadlines.

First run (annotation as first written, 193 gold): strict F1 94.6, relaxed F1 95.7, value F1 87.5.
Annotation mistakes of mine that the first run showed, fixed afterwards (195 gold): "current" in "her current
deal", "now" in "now expects" and "two-hour" in "two-hour parking" (the project's gold tags all three); "New
Year's Eve" (a holiday, so a date); "up to 15 years" (the modifier belongs in the extent, mod EQUAL_OR_LESS, as
in the project's "up to two hours"); "the second half of the fiscal year" is one timex, not "the second half";
"last week" in a Sunday paper is the ISO week before the publication date's week (2011-W18), not that week.
Dropped as ambiguous (annotators split): "2 inches an hour" as a SET (like "$100 billion a year" in wire3), and
"whose fiscal year ends in September" (a generic fiscal year). With the corrected annotation and the unchanged
tagger: strict F1 96.2, relaxed F1 97.2, value F1 90.0."""
from pathlib import Path

from test_heldout_articles import held_out_scores

WIRE6 = Path(__file__).resolve().parent / "data" / "heldout-wire6"


def test_heldout_wire6_score():
    scores = held_out_scores(WIRE6, 8, 190)
    assert scores["value_f1"] >= 0.89
    assert scores["relaxed_f1"] >= 0.962
    assert scores["strict_f1"] >= 0.952
