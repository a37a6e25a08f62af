"""Held-out 1995-2021 wire stories (tests/data/heldout-wire8, 6 texts, 250-400 words each) in domains the earlier
held-out sets did not cover, TIMEX3 annotated by hand before the tagger ever ran on them: a football derby report
(AFP, a Sunday that is the first of the month, 2009-11-01), a former mayor's bribery verdict with sentencing and
appeal dates (AP, Thursday 2003-01-02, across the year boundary), dengue cases counted by week beside a Phase 3
vaccine trial (Reuters, a Wednesday that ends a quarter, 2021-06-30), the school year and road works in a city
(AP, Monday 1995-08-28), the football transfer deadline (Reuters, Thursday 2017-08-31, the month's last day), a
space-station supply launch slipping into the new year (AP, New Year's Eve 2014-12-31).

First run (annotation as first written, 143 gold): strict F1 92.6, relaxed F1 96.8, value F1 89.1.
Annotation mistakes of mine that the first run showed, fixed afterwards: "up to 20 years" and "at least a day" keep
the modifier in the extent, with mod (the project's gold, and my own "at least two years" in the same set); "his last
five years" is "last five years" (the gold's "the last two weeks"); "three decades" is P30Y (the gold's "two decades"
P20Y); "now" ("have now gone seven weeks", "officials now say") is PRESENT_REF in the project's gold (50 tagged, 1 not).
With the corrected annotation and the unchanged tagger (145 gold): strict 95.5, relaxed 97.6, value 90.6.
After general fixes ("the week before and ...": an anaphoric "the <unit> before/after" may be followed by a coordinator;
a Title Case headline's bare "Next Week" / "Last Month" is a date, not a programme's name; the bare first hour of
"between 7 and 8:30 a.m." / "from 11 to 1 p.m." is a clock time sharing the closing hour's meridiem and day; a clock
time followed by "this morning" is today's, not the last date named): strict 97.9, relaxed 98.6, value 93.1 (corpora
unchanged). One more annotation mistake found then: the project's gold splits "about 4 o'clock this afternoon" into
two timexes (tests/data/heldout-wire6b), so "six o'clock this morning" became "six o'clock" plus "this morning" (146 gold).
Then, also general: "into the New Year" / "returns in the New Year" is the coming year, not the holiday (not "the New
Year rush", "until New Year"); a present "have/has" with a fixture ("we have a big game in Madrid on Wednesday", "she
has a hearing Friday") looks ahead like a scheduled verb; a clause opening with a verb whose object is "me" or "us"
("Judge me in May", "Call me in March") is an imperative and looks ahead: strict 97.9, relaxed 98.6, value 95.2
(corpora unchanged). Another annotation mistake of mine: "seconds" is PTXS (seconds take the T), not PXS.
Later, "the winter window opens on Jan. 1", "the winter Olympics": a season before a noun naming a transfer window or
games is a kind, not a date (SynTime's gold keeps "winter storm" and "winter coat", so those stay tagged): strict
98.3, relaxed 99.0, value 95.5 (corpora unchanged). KNOWN_MISSES lists what is left.
Round b (tests/data/heldout-wire8b, 4 texts written after the fixes above, annotated before the tagger ran on them):
Wimbledon's opening day (AP, a Monday that is the first of the month, 2019-07-01), an appeals court ordering a new
trial, decided on the leap day (Reuters, Friday 2024-03-01), a measles outbreak counted by week (AP, published on the
leap day 2000-02-29, a Tuesday), a city's election results (AP, Wednesday 1998-11-04, the morning after the vote).
First run (89 gold): strict F1 98.3, relaxed F1 99.4, value F1 99.4.
An annotation mistake of mine it showed: "later today" keeps "later" in the extent in the project's gold
(tests/test_tagger_tense_heldout.py). After a general fix (a count after a listed day, "7 by Feb. 10, 15 a week
later", is not another day of that month, as "15 more days" was not already): strict 100, relaxed 100, value 100
(corpora unchanged).
FIXES holds regression sentences written while fixing (not held out). Floors sit about a point under the scores
reached."""
import datetime as dt
from pathlib import Path

import pytest

from test_heldout_articles import assert_held_out
from tests.test_tagger_handwritten import test_handwritten_sentence as check_sentence

WIRE8 = Path(__file__).resolve().parent / "data" / "heldout-wire8"


def test_heldout_wire8b_score():
    assert_held_out(WIRE8.with_name("heldout-wire8b"), 4, 85, value=0.99, relaxed=0.99, strict=0.99)


def test_heldout_wire8_score():
    assert_held_out(WIRE8, 6, 140, value=0.945, relaxed=0.98, strict=0.975)


WED, MON, THU = dt.date(2021, 6, 30), dt.date(1995, 8, 28), dt.date(2017, 8, 31)
FIXES = [
    (WED, "Sales rose 4 percent last week, up from 2 percent the week before and flat in May.",
     [("last week", "DATE", "2021-W25"), ("the week before", "DATE", "2021-W24"), ("May", "DATE", "2021-05")]),
    (WED, "Traffic was heavy the day before and after the holiday.", []),
    (MON, "Schools Open Next Week Amid Detours\n\nSPRINGFIELD (AP) -- Classes resume.",
     [("Next Week", "DATE", "1995-W36")]),
    (MON, "Prices Fell Last Month, Survey Shows", [("Last Month", "DATE", "1995-07")]),
    (MON, "He watched Last Week Tonight on Sunday.", [("Sunday", "DATE", "1995-08-27")]),
    (MON, "Crews will stop work between 7 and 8:30 a.m. on weekdays.",
     [("7", "TIME", "XXXX-XX-XXT07:00"), ("8:30 a.m.", "TIME", "XXXX-XX-XXT08:30"), ("weekdays", "SET", "XXXX-WXX-WD")]),
    (MON, "Polls are open from 7 to 8 p.m. today.", [("7", "TIME", "1995-08-28T19:00"), ("8 p.m. today", "TIME", "1995-08-28T20:00")]),
    (MON, "Lunch is served from 11 to 1 p.m. daily.",
     [("11", "TIME", "XXXX-XX-XXT11:00"), ("1 p.m.", "TIME", "XXXX-XX-XXT13:00"), ("daily", "SET", "P1D")]),
    (MON, "He scored between 3 and 4 goals a season.", []),
    (THU, "He had worked on four deals since Wednesday. \"My phone has not stopped since six o'clock this morning.\"",
     [("Wednesday", "DATE", "2017-08-30"), ("six o'clock", "TIME", "2017-08-31T06:00"), ("this morning", "TIME", "2017-08-31TMO")]),
    (dt.date(2014, 12, 31), "Launch Slips Into New Year", [("New Year", "DATE", "2015")]),
    (dt.date(2014, 12, 31), "Parliament returns in the New Year.", [("New Year", "DATE", "2015")]),
    (dt.date(2014, 12, 31), "The sale runs until New Year.", [("New Year", "DATE", "2015-01-01")]),
    (dt.date(2009, 11, 1), "\"They can enjoy it, but we have a big game in Madrid on Wednesday.\"",
     [("Wednesday", "DATE", "2009-11-04")]),
    (dt.date(2009, 11, 1), "She has a hearing Friday.", [("Friday", "DATE", "2009-11-06")]),
    (dt.date(2009, 11, 1), "We have not had a game since Wednesday.", [("Wednesday", "DATE", "2009-10-28")]),
    (dt.date(2009, 11, 1), "\"Call me in March,\" he said.", [("March", "DATE", "2010-03")]),
    (dt.date(2009, 11, 1), "Like me, he arrived in May.", [("May", "DATE", "2009-05")]),
    (dt.date(2000, 2, 29), "Cases rose: 7 by Feb. 10, 15 a week later and 33 by last Thursday.",
     [("Feb. 10", "DATE", "2000-02-10"), ("a week later", "DATE", "2000-W07"), ("last Thursday", "DATE", "2000-02-24")]),
    (dt.date(2000, 2, 29), "The summit on April 24 and 25 in Paris.", [("April 24", "DATE", "2000-04-24"), ("25", "DATE", "2000-04-25")]),
    (THU, "The winter window opens on Jan. 1 and runs for a month.", [("Jan. 1", "DATE", "2018-01-01"), ("a month", "DURATION", "P1M")]),
    (THU, "The summer transfer window closed on Thursday.", [("Thursday", "DATE", "2017-08-31")]),
    (THU, "Prices rose in the winter.", [("the winter", "DATE", "2016-WI")]),
]

# Left unfixed (round 1): text, gold value, why
KNOWN_MISSES = [
    ("returned its verdict shortly after 11 a.m.", "2003-01-02T11:00",
     "anchored on the parenthetical 'breaking only for New Year's Day' just before, not on the verdict's Thursday"),
    ('"We are seeing August numbers in June"', "2021-08", "a month used as a modifier before a noun is not tagged"),
    ("will last until mid-October because of heavy rain in May", "1995-05",
     "the because-clause has no verb; the future main verb sends May ahead"),
    ("capping a summer in which English teams spent", "2017-SU", "extent: 'summer' without the article"),
    ("had been scheduled to lift off on Dec. 19, then Friday", "2015-01-02", "a superseded plan's weekday taken as past"),
    ("The new launch time is 6:20 a.m.", "2015-01-06T06:20", "anchored on the publication day, not the launch day named"),
    ("docked in October, days after a ... rocket exploded seconds after liftoff", "PXD / PTXS",
     "bare plural units before after/before: a rule lost value on TBAQ and WikiWars ('trading hours after the news')"),
    ("the New Year's Day holiday played no part in the decision", "2015-01-01",
     "written on New Year's Eve: the past clause takes last year's holiday, not tomorrow's"),
]


@pytest.mark.parametrize("published, sentence, expected", FIXES, ids=[c[1][:60] for c in FIXES])
def test_wire8_fix_sentence(published, sentence, expected):
    check_sentence(published, sentence, expected)
