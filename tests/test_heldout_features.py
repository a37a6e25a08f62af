"""Held-out longer news features and analysis (tests/data/heldout-features, 6 texts, 360-450 words each), TIMEX3
annotated by hand before the tagger ever ran on them: a mill town's decline told over 30 years (NYT, a Sunday,
1996-11-17), a retailer's fiscal second quarter (WSJ, 2019-08-22), an astronomer's obituary told as a life story
(Guardian, 2008-03-05, just after a leap day), restaurants short of cooks 15 months into the pandemic (NYT, a Sunday,
2021-06-13), an Economist leader on central banks and the 1970s (2023-10-19), Athens before its Olympics, 108
years after the first (a Sunday, 2004-08-01). Decisions: "the years since" (adverbial "since", no object) keeps
"since" in the extent; "a generation ago" is DATE PAST_REF; "at the turn of the century" is one timex, the century
boundary nearest the story, mod APPROX; "for much of the past decade" tags "the past decade" only.

First run (annotation as first written, 168 gold): strict F1 93.0, relaxed F1 95.9, value F1 91.3.
Annotation mistakes of mine that the first run showed, fixed afterwards (177 gold): two headlines left
untagged ("in Second Quarter"; "Waited 108 Years ... Now Comes"); "now" mid-sentence, which the project tags
PRESENT_REF ("The company now expects ...", tests/test_tagger_*.py), three times; "less than a year" and "the first
time in 30 years", whose extents do not follow the project's ("less than an hour" keeps its modifier, mod
LESS_THAN; "for the first time in 18 months" tags "18 months"); the adjectival "one-day" (the project tags
"two-hour", "12-hour") and "a week's pay"; "would decide the year" (TimeBank tags "the year"); then "24 hours a day",
which the project leaves untagged ("open 24 hours a day, seven days a week": no time of its own), and the adjective
"recent" ("recent hosts"), which TimeBank tags PAST_REF. With the corrected annotation and the unchanged tagger:
strict 96.3, relaxed 98.0, value 93.5.
After general fixes (a date counted from publication, "last year", "yesterday", "two years ago", brings a history
back to its present, so a bare month after it is the present's, and a story year without a 29 February gives way to
the present's; "a generation ago"; "the years since,"; "most/much of the next decade" is a span; "the next/following
decade (century)" after a decade just named is the one after it; "the turn of the century"; a modal after "which"/
"who" opens its own verb phrase ("..., which should limit markdowns in the fall"); a wage is a rate even before
"before"/"after" ("$15 an hour before the pandemic"); a headline's "108 Years for" as its "108 Years For"): strict
99.2, relaxed 99.7, value 97.5 (TBAQ 89.7/95.1/83.2, WikiWars value 83.3, tweets value 63.9: unchanged).

Round b (tests/data/heldout-featuresb, 4 texts written after the fixes above, annotated before the tagger ran on
them): a software maker's 30-year history and its fiscal second quarter (WSJ, a Friday, 2014-02-07), a French river
in drought against 1976 and 2003 (Guardian, a Sunday, 2022-09-04), a Senate candidate's life story (NYT, a Sunday
with a Saturday dateline, 1992-10-11), a bank's first quarter with sequential and year-ago comparisons (2009-04-23).
First run (121 gold): strict F1 94.7, relaxed F1 96.3, value F1 93.8.
Annotation mistakes of mine that the first run showed (123 gold): "the future" and "the past" ("talking about the
future instead of the past"), which the project tags FUTURE_REF / PAST_REF; "more than 90 days" (the modifier belongs
in the extent, mod MORE_THAN); "the year" in "the last three quarters of the year". With the corrected annotation
and round 1's tagger: strict 96.7, relaxed 97.6, value 95.1.
After general fixes ("in August it set up": a base-like past after "it/he/she" is a past, since a present would take
-s; "2003, when a heatwave killed 15,000 people in August": a bare month in a "when" clause after a year is that
year's; "the three decades since."; "the last three quarters of the year" are quarters, not a fraction; "a loss in
the fourth quarter and a profit in the same period last year", in a story reporting the first quarter: the
sequential quarter is no anchor for the year-ago one): strict 98.0, relaxed 98.0, value 98.0 (corpora unchanged).
Then a decimal amount in a set ("every 1.3 seconds", "every 2.5 hours"), a miss of round 1: round 1 strict 99.7,
relaxed 99.7, value 97.5; round b unchanged (corpora unchanged).

KNOWN_MISSES lists what is left. FIXES holds regression sentences written while fixing (not held out). Floors sit
about a point under the scores reached."""
import datetime as dt
from pathlib import Path

import pytest

from test_heldout_articles import assert_held_out
from tests.test_tagger_handwritten import test_handwritten_sentence as check_sentence

FEATURES = Path(__file__).resolve().parent / "data" / "heldout-features"


def test_heldout_features_score():
    assert_held_out(FEATURES, 6, 170, value=0.965, relaxed=0.985, strict=0.98)


def test_heldout_featuresb_score():
    assert_held_out(FEATURES.with_name("heldout-featuresb"), 4, 115, value=0.97, relaxed=0.97, strict=0.97)


OBIT, SUN96, THU19, SUN21, SUN04 = (dt.date(2008, 3, 5), dt.date(1996, 11, 17), dt.date(2019, 8, 22),
                                    dt.date(2021, 6, 13), dt.date(2004, 8, 1))
SUN22, SUN92, THU09 = dt.date(2022, 9, 4), dt.date(1992, 10, 11), dt.date(2009, 4, 23)
FIXES = [
    (OBIT, "She moved to Manchester in 1970 and taught there until 1998. A play about her was broadcast last year, "
           "and in January she was given an honorary degree.",
     [("1970", "DATE", "1970"), ("1998", "DATE", "1998"), ("last year", "DATE", "2007"), ("January", "DATE", "2008-01")]),
    (OBIT, "He married in 1958 and moved to York in 1961. He died on 29 February.",
     [("1958", "DATE", "1958"), ("1961", "DATE", "1961"), ("29 February", "DATE", "2008-02-29")]),
    (SUN96, "A generation ago, a young man could walk out of school and into the mill.",
     [("A generation ago", "DATE", "PAST_REF")]),
    (SUN96, "In the years since, the borough has tried almost everything.", [("the years since", "DURATION", "PXY")]),
    (SUN96, "In the months since the crash, sales have fallen.", [("months", "DURATION", "PXM")]),
    (OBIT, "In the late 1950s she joined the group, and she spent most of the next decade building receivers.",
     [("the late 1950s", "DATE", "195", "END"), ("the next decade", "DURATION", "P10Y")]),
    (OBIT, "The town grew in the 1950s. In the following decade it lost half its people.",
     [("the 1950s", "DATE", "195"), ("the following decade", "DATE", "196")]),
    (OBIT, "The abbey was built in the 12th century and rebuilt in the next century.",
     [("the 12th century", "DATE", "11"), ("the next century", "DATE", "12")]),
    (OBIT, "At the turn of the century she retired to Northumberland.",
     [("the turn of the century", "DATE", "2000", "APPROX")]),
    (OBIT, "The city grew fast in 1893. At the turn of the century it had 50,000 people.",
     [("1893", "DATE", "1893"), ("the turn of the century", "DATE", "1900", "APPROX")]),
    (THU19, "Inventory was down 5% from a year earlier, which should limit markdowns in the fall.",
     [("a year earlier", "DATE", "2018"), ("the fall", "DATE", "2019-FA")]),
    (SUN21, "Line cooks who earned $15 an hour before the pandemic are being offered $20.", []),
    (SUN04, "Athens Waited 108 Years for Its Games", [("108 Years", "DURATION", "P108Y")]),
    # round b
    (SUN22, "The government has promised a plan by the end of the year to share water between farms, towns and power "
            "stations, and in August it set up a crisis unit that meets twice a week.",
     [("the end of the year", "DATE", "2022", "END"), ("August", "DATE", "2022-08"), ("twice a week", "SET", "P1W")]),
    (SUN22, "In March he put the house up for sale.", [("March", "DATE", "2022-03")]),
    (SUN22, "In March it will set new rules.", [("March", "DATE", "2023-03")]),
    (SUN22, "Drought hit in 2003, when a heatwave killed 15,000 people in August.",
     [("2003", "DATE", "2003"), ("August", "DATE", "2003-08")]),
    (SUN92, "She has been trying to get back in for most of the three decades since.",
     [("the three decades since", "DURATION", "P30Y")]),
    (SUN92, "In the two years since the crash, nothing has changed.", [("the two years", "DURATION", "P2Y")]),
    (THU09, "It lost money in each of the last three quarters of the year.",
     [("the last three quarters", "DURATION", "P3Q"), ("the year", "DATE", "2009")]),
    (THU09, "Three quarters of the loans were bad.", []),
    (THU09, "Midland returned to profit in the first quarter. It earned $412 million in the three months ended March "
            "31, compared with a loss of $1.9 billion in the fourth quarter and a profit of $655 million in the same "
            "period last year.",
     [("the first quarter", "DATE", "2009-Q1"), ("the three months", "DURATION", "P3M"), ("March 31", "DATE", "2009-03-31"),
      ("the fourth quarter", "DATE", "2008-Q4"), ("the same period last year", "DATE", "2008-Q1")]),
    (THU09, "Revenue in the fourth quarter rose 5% from the same period last year.",
     [("the fourth quarter", "DATE", "2008-Q4"), ("the same period last year", "DATE", "2007-Q4")]),
    (OBIT, "The signal repeated every 1.3 seconds.", [("every 1.3 seconds", "SET", "PT1.3S")]),
    (OBIT, "Take one tablet every 2.5 hours.", [("every 2.5 hours", "SET", "PT2H30M")]),
    (OBIT, "Prices rose 2.5 percent every year.", [("every year", "SET", "P1Y")]),
]


@pytest.mark.parametrize("published, sentence, expected", FIXES, ids=[c[1][:60] for c in FIXES])
def test_features_fix_sentence(published, sentence, expected):
    check_sentence(published, sentence, expected)


# (document, expression, expected value, why it is still missed)
KNOWN_MISSES = [
    ("f3-astronomer-obituary", "Two decades later", "1988",
     "counted from 1970, the year just named, rather than from the discovery of 1968 it follows in the story"),
    ("f3-astronomer-obituary", "midnight", "XXXX-XX-XXT24:00",
     "a habitual 'dim its street lights after midnight' read as the publication day's midnight"),
    ("f4-restaurant-cooks", "May", "2021-05",
     "'in April 2020, and in May it was still 30 percent below ... two years ago': read as May 2020"),
    ("f5-central-banks", "Today", "(none)", "'Today's rate-setters': the present generation, not a date"),
    ("f6-athens-games", "Seven years later", "1997",
     "counted from 1996 ('chose Atlanta for 1996', a Games' label) instead of the 1990 vote"),
    ("b1-software-maker", "the first year", "DURATION P1Y", "'sold nine copies in the first year': a bare ordinal year"),
    ("b1-software-maker", "the short run", "FUTURE_REF",
     "'the long run' / 'the short run' are not read (the lexicon lists 'the long run', the pattern does not)"),
    ("b2-shrinking-river", "summer", "(none)", "'the Loire's summer flow': a season as a generic noun modifier"),
    ("b4-bank-earnings", "morning", "2009-04-22TMO", "a bare 'morning' ('on a morning conference call')"),
    ("b4-bank-earnings", "the calendar year", "(none)", "'fiscal 2009, which for Midland matches the calendar year': a kind of year"),
]
