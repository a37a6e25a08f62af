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
tagger: strict F1 96.2, relaxed F1 97.2, value F1 90.0. One more extent fixed while fixing the tagger: "every
second Tuesday of the month" is one SET (as "the first day of the month" is one date), not "every second Tuesday".
After general fixes (a broadcast's "(later) this hour", "the new year" of the news, "overnight" right after a
named evening, "every second Tuesday (of the month)", an o'clock hour right after "this evening"/"tonight"):
strict 98.0, relaxed 98.5, value 92.9. Another annotation mistake found then: "nine years old" is an age, which
TempEval-3's TimeBank leaves untagged ("52 years old"), so it is no longer gold (193 gold). After a second set
(a quarter after "this year" is this year's even when an older year came before; a clock time in a habitual
clause, "every morning at 6 a.m.", "meetings are held at 7 p.m.", is any day's; "summer people", "summer homes";
"the second half of the fiscal year" as one): strict 99.2, relaxed 99.2, value 95.1; with "between midnight and
9 a.m." opening at the day's first hour (T00:00, not its end, T24:00): value 96.1. Left unfixed: "winter storm
warning" tagged as winter (the tweets corpus gold tags "winter storm", so annotators split); "midnight" and the
"Jan. 1" and "Jan. 2" written on Dec. 31 for flights whose fees "had" been waived (read as past, last year's);
a retailer's "fourth quarter, ended Feb. 3" (the fiscal year's label); "five centuries" written P500Y (the
project writes centuries and decades in years, as TimeBank does; the docs' P5CE); "weeks, not days" (the
"days" missed); "from 9 a.m. to 6 p.m., except on Sundays" (meter hours, dated to the last date named). FIXES holds regression sentences written while fixing (not held out).
Floors sit about a point under the scores reached."""
import datetime as dt
from pathlib import Path

import pytest

from test_heldout_articles import assert_held_out
from tests.test_tagger_handwritten import test_handwritten_sentence as check_sentence

WIRE6 = Path(__file__).resolve().parent / "data" / "heldout-wire6"


def test_heldout_wire6_score():
    assert_held_out(WIRE6, 8, 190, value=0.95, relaxed=0.982, strict=0.982)


THU = dt.date(1998, 1, 8)
DEC31 = dt.date(2024, 12, 31)  # a Tuesday
JUN = dt.date(2024, 6, 1)
WED = dt.date(2019, 10, 2)

FIXES = [
    (THU, "We begin this hour in Montreal.", [("this hour", "TIME", "1998-01-08TXX")]),
    (THU, "Prices fell in the past hour.", [("the past hour", "DURATION", "PT1H")]),
    (DEC31, "It is the first big storm of the new year.", [("the new year", "DATE", "2025")]),
    (JUN, "Prices will rise in the new year.", [("the new year", "DATE", "2025")]),
    (JUN, "It is a new year for the club.", []),
    (DEC31, "Snow will fall from Wednesday evening overnight into Thursday.",
     [("Wednesday evening", "TIME", "2025-01-01TEV"), ("overnight", "TIME", "2025-01-01TNI"),
      ("Thursday", "DATE", "2025-01-02")]),
    (WED, "The board meets every second Tuesday of the month.",
     [("every second Tuesday of the month", "SET", "XXXX-WXX-2")]),
    (WED, "A bus leaves every second.", [("every second", "SET", "PT1S")]),
    (THU, "The premier will speak later this evening, at 9 o'clock.",
     [("later this evening", "TIME", "1998-01-08TEV"), ("9 o'clock", "TIME", "1998-01-08T21:00")]),
    (dt.date(2015, 6, 8), "Trade reached $6 billion in 2014 but has fallen this year. Exports dropped in the first quarter.",
     [("2014", "DATE", "2014"), ("this year", "DATE", "2015"), ("the first quarter", "DATE", "2015-Q1")]),
    (dt.date(2015, 6, 8), "Sales rose in 2011. In the fourth quarter, they fell.",
     [("2011", "DATE", "2011"), ("the fourth quarter", "DATE", "2011-Q4")]),
    (dt.date(2011, 5, 15), "He went back to the shed every morning at 6 a.m.",
     [("every morning", "SET", "XXXX-XX-XXTMO"), ("6 a.m.", "TIME", "XXXX-XX-XXT06:00")]),
    (WED, "Council meetings are held at 7 p.m. at Town Hall.", [("7 p.m.", "TIME", "XXXX-XX-XXT19:00")]),
    (dt.date(2011, 5, 15), "The story brought orders from summer people in Boston.", []),
    (dt.date(2001, 2, 16), "He said costs should ease in the second half of the fiscal year.",
     [("the second half of the fiscal year", "DATE", "2001-H2")]),
    # after round 2
    (dt.date(2006, 1, 2), "The river crested at 4 o'clock this afternoon.",
     [("4 o'clock", "TIME", "2006-01-02T16:00"), ("this afternoon", "TIME", "2006-01-02TAF")]),
    (dt.date(2006, 1, 2), "We will update that forecast at 11 o'clock tonight.",
     [("11 o'clock tonight", "TIME", "2006-01-02T23:00")]),
    (dt.date(2006, 1, 2), "It was ten years ago almost to the week.", [("ten years ago", "DATE", "1996")]),
    (dt.date(2018, 7, 22), "The hottest hours will be between 2 p.m. and 7 p.m. each day.",
     [("2 p.m.", "TIME", "XXXX-XX-XXT14:00"), ("7 p.m.", "TIME", "XXXX-XX-XXT19:00"), ("each day", "SET", "P1D")]),
    (dt.date(2018, 7, 22), "The fire started at 2 p.m. Each day it grew.",
     [("2 p.m.", "TIME", "2018-07-22T14:00"), ("Each day", "SET", "P1D")]),
    (dt.date(2013, 4, 17), "Practices often run until 6 p.m.", [("6 p.m.", "TIME", "XXXX-XX-XXT18:00")]),
    (dt.date(2013, 4, 17), "He said some games would have to start earlier in the fall.", [("the fall", "DATE", "2013-FA")]),
    (dt.date(2013, 4, 17), "He had to leave earlier in March.", [("March", "DATE", "2013-03")]),
    (DEC31, "Snow will arrive on Thursday. The heaviest snow will fall between midnight and 9 a.m.",
     [("Thursday", "DATE", "2025-01-02"),
      ("midnight", "TIME", "2025-01-02T00:00"), ("9 a.m.", "TIME", "2025-01-02T09:00")]),
    (DEC31, "The deadline is midnight Friday.", [("midnight Friday", "TIME", "2025-01-03T24:00")]),
]


WIRE6B = Path(__file__).resolve().parent / "data" / "heldout-wire6b"


def test_heldout_wire6b_score():
    """Round 2 (tests/data/heldout-wire6b, 4 texts 2003-2018), written after round 1's fixes and annotated before
    the tagger ran on them: a local TV newscast with anchor, reporter and weather (published Monday 2006-01-02,
    the day after New Year's Day), a school board report with bell times and budget dates, a heat warning
    bulletin (a Sunday), an appeals court ruling with rehearing and appeal deadlines.

    First run (85 gold): strict F1 98.8, relaxed F1 98.8, value F1 84.7. No annotation mistake of mine showed.
    After general fixes (an o'clock hour before "this afternoon" or in "11 o'clock tonight" is PM; "almost to the
    week" is an idiom, no date; clock times "often" reached or followed by "each day" are any day's; "would have
    to start earlier in the fall" looks ahead): strict 99.4, relaxed 99.4, value 92.3. Left: weekdays in a
    newscast's verbless or imperative clauses ("Officials say Wednesday at the earliest", "watch for ice on
    roads Tuesday") read as past; "had been due to expire Monday evening" (the coming Monday) read as past;
    future bell times ("will ring at 8:15 a.m. instead of 7:30 a.m.") dated to the publication day; "May's
    oral arguments" missed (a possessive May is too often Theresa May)."""
    assert_held_out(WIRE6B, 4, 80, value=0.912, relaxed=0.985, strict=0.985)


@pytest.mark.parametrize("published, sentence, expected", FIXES, ids=[c[1][:60] for c in FIXES])
def test_wire6_fix_sentence(published, sentence, expected):
    check_sentence(published, sentence, expected)
