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
After general fixes ("N years earlier" with N > 1 is a year, not the anchor's day; "that decade" is the decade just
named; "the year to date" is one timex; "talks ran until 2 a.m. Friday" is a past state; "20 years or more" keeps
"or more" in the extent, mod EQUAL_OR_MORE, as "at least 20 years"): strict 98.6, relaxed 98.6, value 97.1 (corpora
unchanged). One more annotation mistake found then: race results written as clock figures ("won in 2:25:12", "the
old mark of 2:08:01") are not timexes in the project's gold (tests/test_tagger_durations_heldout.py: "The race was
won in 2:05:30." has none; a rule tagging them lost on tweets), so four gold timexes were removed (140 gold).
Left unfixed: a clock time anchored on the story's day rather than the last date named ("The exchange itself took 20
minutes ... crossed at 10:40 a.m.", Monday's, after Sunday's events; "the start was delayed ... at 8:30 a.m.", the
race day, yesterday); a bare "morning" ("on a cool, windless morning", "throughout the morning"); the headline's
"Decade" ("After Decade of Trials"); the elliptic "the first" after "the second quarter" (the first quarter).

Round b (tests/data/heldout-wire7b, 3 texts written after the fixes above, annotated before the tagger ran on them):
a ferry strike on the eve of a holiday weekend (AP, a Friday, 2001-05-25), an airline's fourth-quarter results (WSJ,
1999-01-21), a museum reopening after a decade (a Sunday that is the first of the month, 2012-04-01).
First run (75 gold): strict F1 93.2, relaxed F1 97.3, value F1 87.7.
After general fixes ("the year to date" is the publication's year, not a story year; "for three days earlier this
month" is a duration and "earlier this month", not "three days earlier"; a clock time before a plural weekday, "until
9 p.m. on Thursdays", is any day's; a holiday weekend written on the Friday it starts is this year's): strict 95.9,
relaxed 97.3, value 93.2 (corpora unchanged). An annotation mistake found then: "the Memorial Day weekend" is
"Memorial Day weekend" in the project's gold (tests/test_tagger_anaphora_heldout.py), so the extent lost "the"
(strict 97.3, relaxed 97.3, value 93.2). Then a month joined by "and"/"or" to an earlier month just named takes its
year ("Bookings for February and March are running ahead of last year's": 1999-03, not last year's March):
value 94.5. Left unfixed: "the holiday weekend" (missed); "May 14" after "without a contract since July 1, 2000" (given the since-date's
year); "over the weekend" in a quote written on a Friday ("We cannot leave ... cut off over the weekend", read as
last weekend);
"the period" for the quarter just reported; the headline's "a Decade"; a bare "hours" ("hours before the doors
were to open").
FIXES holds regression sentences written while fixing (not held out). Floors sit about a point under the scores
reached."""
import datetime as dt
from pathlib import Path

import pytest

from test_heldout_articles import assert_held_out
from tests.test_tagger_handwritten import test_handwritten_sentence as check_sentence

WIRE7 = Path(__file__).resolve().parent / "data" / "heldout-wire7"


def test_heldout_wire7b_score():
    assert_held_out(WIRE7.with_name("heldout-wire7b"), 3, 70, value=0.935, relaxed=0.96, strict=0.96)


def test_heldout_wire7_score():
    assert_held_out(WIRE7, 6, 135, value=0.96, relaxed=0.975, strict=0.975)


FRI, THU, SUN = dt.date(2001, 5, 25), dt.date(1999, 1, 21), dt.date(2012, 4, 1)
FIXES = [
    (THU, "The agency approved the drug yesterday, ending work that began 12 years earlier.",
     [("yesterday", "DATE", "1999-01-20"), ("12 years earlier", "DATE", "1987")]),
    (THU, "Talks ran until 2 a.m. Friday, officials said.", [("2 a.m. Friday", "TIME", "1999-01-15T02:00")]),
    (FRI, "Strikes were rare in the 1990s; in that decade pay rose 40 percent.",
     [("the 1990s", "DATE", "199"), ("that decade", "DATE", "199")]),
    (THU, "The stock has gained 12% in the year to date.", [("the year to date", "DATE", "1999")]),
    (THU, "Such cycles can last 20 years or more.", [("20 years or more", "DURATION", "P20Y")]),
    (THU, "A blizzard shut the hub for three days earlier this month.",
     [("three days", "DURATION", "P3D"), ("earlier this month", "DATE", "1999-01")]),
    (SUN, "The museum is open until 9 p.m. on Thursdays.",
     [("9 p.m.", "TIME", "XXXX-XX-XXT21:00"), ("Thursdays", "SET", "XXXX-WXX-4")]),
    (FRI, "Thousands were stranded at the start of the Memorial Day weekend.",
     [("Memorial Day weekend", "DATE", "2001-W21-WE")]),
    (THU, "Bookings for February and March are running ahead of last year's, the company said.",
     [("February", "DATE", "1999-02"), ("March", "DATE", "1999-03"), ("last year", "DATE", "1998")]),
]


@pytest.mark.parametrize("published, sentence, expected", FIXES, ids=[c[1][:60] for c in FIXES])
def test_wire7_fix_sentence(published, sentence, expected):
    check_sentence(published, sentence, expected)
