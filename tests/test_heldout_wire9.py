"""Held-out 2010-2016 wire stories on politics, conflict, disasters and crime (tests/data/heldout-wire9, 6 texts,
290-350 words each), TIMEX3 annotated by hand before the tagger ever ran on them: a 72-hour truce that began at
midnight Friday (Reuters, a Sunday that closes a month, 2014-08-31), an earthquake's death toll updated day by day
(AP, a Wednesday that opens a month, 2015-04-01), a presidential runoff whose result came late on New Year's Day
(AFP, a Monday, 2012-01-02), a former mayor's sentencing with a case reaching back years (NYT, a Thursday,
2013-10-31), kidnapped engineers freed months after their abduction (Xinhua, a Saturday, 2016-03-05), a security
summit opening a year after a deadlock (BBC, a Wednesday, 2010-12-01).

First run (annotation as first written, 144 gold): strict F1 97.6, relaxed F1 98.3, value F1 94.1.
Annotation mistakes of mine that the first run showed: the headline's "a year" ("Leaders gather for security summit
a year after deadlock": I skipped it, and "a week after X" is a DURATION in the project's gold); "Harborview's
current mayor" ("current" is PRESENT_REF in tests/test_tagger_*: "The current president spoke."). Both added (146
gold): strict 98.3, relaxed 99.0, value 94.8 with the unchanged tagger. A third, found while fixing: a narrative
"A year earlier" after a month ("In January, ... A year earlier, ...") is the year, not the month, in the project's
tests ("The couple married in June 2024. A year later, they divorced.": 2025), so its gold went from 2015-01 to 2015.
After general fixes (a Title Case headline's amount after a word that takes one, "Sentenced to 12 Years", "Ending
22-Year Rule"; "a year after he was elected" is an amount before a clause, not a date; a past plan's weekday, "was
due to end on Thursday evening", is the nearest one; a weekday after a clock time, "until 3 a.m. on Tuesday", has the
clock's tense, and a past state's "until" may be coordinated, "worked through the weekend and until 3 a.m."; "two
months later" after a bare past year is within that year, not two months after the publication): strict 99.7,
relaxed 99.7, value 99.0 (TBAQ, WikiWars unchanged; tweets value 63.9 -> 64.0).

Round b (tests/data/heldout-wire9b, 4 texts written after the fixes above, annotated before the tagger ran on them):
a typhoon's toll updated day by day (Xinhua, a Tuesday, 2013-11-12), a school siege remembered a year on, written on
New Year's Day (BBC, a Friday, 2016-01-01), an austerity vote after a 48-hour strike (Reuters, a Sunday that closes a
month, 2011-07-31), nuclear talks a month before a deadline (NYT, a Saturday that closes February, 2015-02-28).
First run (98 gold): strict F1 94.8, relaxed F1 97.9, value F1 94.8.
Annotation mistakes of mine that the first run showed: "by the weekend" (I put "by" in the extent, against my own
practice); "around 5 a.m." (the project's gold keeps "around" in the extent, mod APPROX, as "around Sept. 10" in
heldout-wire7); "earlier in the week" (the project's tests tag only "the week", as "later in the year": "the year").
With the corrected annotation and the unchanged tagger: strict 97.9, relaxed 97.9, value 94.8.
After general fixes ("Later that month" after a season reaches back to the last month named, "in March 2011 ...
the previous autumn. Later that month": 2011-03; a bare month in a past clause written on its first day is last
year's, "was charged in January" on 1 January; "a Month" after the small "a" of a Title Case headline is an amount;
"as a day of remembrance" is a kind of day, no amount; a day of the month whose verb recurs yearly, "that 30 December
be marked each year", is any year's, XXXX-12-30): strict 99.0, relaxed 99.0, value 99.0 (TBAQ, WikiWars, tweets
unchanged). Then a narrative's bare month in the sentence after a full date more than six months later in the year
is the next year's ("began on 30 December 2014. He was charged in January": 2015-01, not 2014-01); scores unchanged.

KNOWN_MISSES lists what is left. FIXES holds regression sentences written while fixing (not held out). Floors sit
about a point under the scores reached."""
import datetime as dt
from pathlib import Path

import pytest

from test_heldout_articles import assert_held_out
from tests.test_tagger_handwritten import test_handwritten_sentence as check_sentence

WIRE9 = Path(__file__).resolve().parent / "data" / "heldout-wire9"


def test_heldout_wire9b_score():
    assert_held_out(WIRE9.with_name("heldout-wire9b"), 4, 95, value=0.98, relaxed=0.98, strict=0.98)


def test_heldout_wire9_score():
    assert_held_out(WIRE9, 6, 140, value=0.98, relaxed=0.985, strict=0.985)


KNOWN_MISSES = [
    ("We lost everything in a minute", "a minute", "DURATION", "PT1M",
     "'a minute' is vetted out as the idiom ('wait a minute', 'back in a minute'); a past verb does not rescue it"),
    ("A year earlier [2015, after 'In January' 2016] ... released two months later", "two months later", "DATE", "2015-03",
     "the year-granular anchor hides the month (January 2015) it came from; the tagger gives 2015"),
    ('the country had "days, not weeks" to show its lenders', "days / weeks", "DURATION", "PXD / PXW",
     "bare plural units with no number or quantifier are left alone (too often no amount: 'in the days of')"),
]

THU, MON, WED, SAT = dt.date(2013, 10, 31), dt.date(2012, 1, 2), dt.date(2010, 12, 1), dt.date(2016, 3, 5)
FIXES = [
    (THU, "Former Mayor Sentenced to 12 Years in Bribery Case", [("12 Years", "DURATION", "P12Y")]),
    (MON, "Opposition Leader Wins Runoff, Ending 22-Year Rule", [("22-Year", "DURATION", "P22Y")]),
    (THU, "In 2007, a year after he was first elected, he began taking bribes.",
     [("2007", "DATE", "2007"), ("a year", "DURATION", "P1Y")]),
    (THU, "The plant closed a week before police raided it.", [("a week", "DURATION", "P1W")]),
    (WED, "The summit was due to end on Thursday evening with a declaration.",
     [("Thursday evening", "TIME", "2010-12-02TEV")]),
    (WED, "Negotiators worked until 3 a.m. on Tuesday, one official said.",
     [("3 a.m.", "TIME", "2010-11-30T03:00"), ("Tuesday", "DATE", "2010-11-30")]),
    (WED, "Negotiators worked through the weekend and until 3 a.m. Tuesday.",
     [("the weekend", "DATE", "2010-W47-WE"), ("3 a.m. Tuesday", "TIME", "2010-11-30T03:00")]),
    (WED, "Talks will run until 2 a.m. on Friday.", [("2 a.m.", "TIME", "2010-12-03T02:00"), ("Friday", "DATE", "2010-12-03")]),
    (SAT, "In 2013, a British engineer was seized and released two months later.",
     [("2013", "DATE", "2013"), ("two months later", "DATE", "2013")]),
    (dt.date(2011, 7, 31), "Lestovia sought a bailout in March 2011, after costs soared the previous autumn. Later that month, it agreed a rescue.",
     [("March 2011", "DATE", "2011-03"), ("the previous autumn", "DATE", "2010-FA"), ("Later that month", "DATE", "2011-03")]),
    (dt.date(2016, 1, 1), "The gunman was charged in January with 23 counts of murder.", [("January", "DATE", "2015-01")]),
    (dt.date(2016, 3, 1), "The new line will open in March.", [("March", "DATE", "2016-03")]),
    # found beside the round b story (not needed by it): a narrative's bare month far before its full date's month,
    # in the next sentence, is the next year's; in the same sentence ("a year after ... in January") it is not
    (dt.date(2016, 1, 20), "The siege began on 30 December 2014. He was charged in January with murder.",
     [("30 December 2014", "DATE", "2014-12-30"), ("January", "DATE", "2015-01")]),
    (dt.date(2016, 1, 20), "The siege began on 30 December 2014, a year after he moved there in January.",
     [("30 December 2014", "DATE", "2014-12-30"), ("a year", "DURATION", "P1Y"), ("January", "DATE", "2014-01")]),
    (dt.date(2015, 2, 28), "Iran Talks Resume in Geneva With a Month Left Before Deadline", [("a Month", "DURATION", "P1M")]),
    (dt.date(2016, 1, 1), "Councillors proposed that 30 December be marked each year as a day of remembrance.",
     [("30 December", "DATE", "XXXX-12-30"), ("each year", "SET", "P1Y")]),
    (dt.date(2016, 1, 1), "July 4 is celebrated every year with fireworks.",
     [("July 4", "DATE", "XXXX-07-04"), ("every year", "SET", "P1Y")]),
]


@pytest.mark.parametrize("published, sentence, expected", FIXES, ids=[c[1][:60] for c in FIXES])
def test_wire9_fix_sentence(published, sentence, expected):
    check_sentence(published, sentence, expected)
