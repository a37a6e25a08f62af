"""Held-out business and markets news (tests/data/heldout-earnings, 6 texts, 250-430 words each, WSJ/Reuters/
Bloomberg/Dow Jones style), TIMEX3 annotated by hand before the tagger ever ran on them: a chemical maker's
fourth-quarter and full-year results written in January (1990-01-23, a Tuesday), a quarter-end and half-year market
wrap with bonds, currencies and futures (1996-06-28, a Friday), a food maker's fiscal first quarter with its fiscal
year's end named (2003-09-30, a quarter's last day), a bank merger timeline (Bloomberg, 2008-10-07), British labour
data with "the three months to August" and a US jobs report (2014-10-15), a software maker's fiscal second quarter
ended Dec. 31 with guidance (2024-01-31). Decisions: "30-year", "two-year" (bonds, notes) and "52-week" are
DURATIONs (the project's gold, TimeBank); "in late trading", "the session", "sequentially", "annual", "quarterly"
(adjectives) are not timexes; "year to date" is one DATE valued as the year; "the past month" a DURATION.

First run (annotation as first written, 160 gold): strict F1 97.2, relaxed F1 97.2, value F1 84.6.
Annotation mistakes of mine that the first run showed: "now" and "currently" are PRESENT_REF timexes (the project's
conventions page; I had skipped them); a fiscal quarter with the fiscal year's end named in the story ("fiscal 2004,
which ends May 30") takes that fiscal year's label (the tagger's documented rule: fiscal first quarter = 2004-Q1, its
year-earlier quarter 2003-Q1), while one whose year end is not named is valued as TimeBank does, by the calendar
year it falls in (TimeBank: "the fiscal first quarter" ended Sept. 30, 1989 is 1989-Q1; I had written 2024-Q2 for a
fiscal second quarter ended Dec. 31, 2023, now 2023-Q2, and the quarters around it likewise); frequency adjectives
"Average weekly earnings" and "the 23rd consecutive monthly fall" are SETs as in TimeBank ("average hourly earnings",
NYT19980206.0460; only "quarterly" before a noun is left out by the project). With the corrected annotation (164
gold) and the unchanged tagger: strict 98.5, relaxed 98.5, value 89.8.
After general fixes (fiscal stories: a bare quarter and "the full year" in a story that names its fiscal year's end
take that fiscal year, "the current quarter" after a fiscal quarter ended on a named day counts fiscal quarters,
"the latest quarter" is the quarter reported, a year named only to compare does not date the next quarter; a bare
"year to date"; "midyear"; futures delivery months look ahead; participles after an article ("some frozen lines")
are adjectives; no scheduled present past a subject pronoun or after a possessive; the elliptic "from the first"
after a quarter; a past "in the first half" in a half's first weeks is last year's; a month before "levels" is
the latest one, "if prices hold at December levels"; a headline's article-less "as Quarter Ends", "Best Quarter
Since 2009" is the first quarter its story names): strict 100.0, relaxed 100.0, value 98.8 (corpora unchanged).

Round b (tests/data/heldout-earningsb, 4 texts written after round 1's fixes, annotated before the tagger ran on
them): an auto maker's third quarter and nine months (WSJ, 1988-10-20), a quarter-end market wrap with notes and
bills (2019-03-29, a Friday and a quarter's last day), a merger delayed past year-end by regulators (Reuters, a
Friday, 2011-12-30), a GDP contraction with the Sept. 11 attacks and a jobs report due (AP, 2001-10-31).
First run (104 gold): strict F1 96.7, relaxed F1 98.6, value F1 95.7.
Annotation mistake of mine found then: "the first nine months of 1987" is two timexes in TimeBank ("months</TIMEX3>
of <TIMEX3>1997</TIMEX3>"), so it is now "the first nine months" + "1987" (105 gold): strict 98.1, relaxed 99.1,
value 96.2 with the same tagger.
After general fixes ("the 1987 period" is the quarter just named in its sentence, "fourth-quarter earnings to exceed
... the 1987 period"; a reduced relative ", set Sept. 20" is a past, no scheduled present; "around" after "turn" or
"come" is a particle; "a year earlier" after a month that dates a report, "begin reporting first-quarter results in
mid-April", is the year before the sentence's quarter; the headline's "Best Quarter"): strict 99.5, relaxed 99.5,
value 99.5 (corpora unchanged).
KNOWN_MISSES lists what is left. FIXES holds regression sentences written while fixing (not held out). Floors sit
about a point under the scores reached."""
import datetime as dt
from pathlib import Path

import pytest

from test_heldout_articles import assert_held_out
from tests.test_tagger_handwritten import test_handwritten_sentence as check_sentence

EARNINGS = Path(__file__).resolve().parent / "data" / "heldout-earnings"


def test_heldout_earnings_score():
    assert_held_out(EARNINGS, 6, 160, value=0.975, relaxed=0.99, strict=0.99)


def test_heldout_earningsb_score():
    assert_held_out(EARNINGS.with_name("heldout-earningsb"), 4, 100, value=0.985, relaxed=0.985, strict=0.985)


# (text, expected, why the tagger misses it); not tested
KNOWN_MISSES = [
    ("The KBW Bank Index has dropped 24 percent in the past month. (2008-10-07)", ("the past month", "DURATION", "P1M"),
     "the tagger gives DATE 2008-09; the project counts 'in the past month' as ambiguous (TimeBank has both)"),
    ("... pushed back bets ... to the third quarter of 2015. Three months ago, markets had expected a move before "
     "Christmas. (2014-10-15)", ("Christmas", "DATE", "2014-12-25"),
     "the holiday takes the year named in the sentence before (2015), not the time of the expectation"),
    ("For the nine months, net income was ... in the first nine months of 1987. Revenue for the period climbed 11%.",
     ("the period", "DURATION", "P9M"), "'the period' after a span of months is not tagged (only after a quarter or half)"),
]


SEP30, JAN31, JUN28, JAN23 = dt.date(2003, 9, 30), dt.date(2024, 1, 31), dt.date(1996, 6, 28), dt.date(1990, 1, 23)
OCT7, OCT20, MAR29, OCT31 = dt.date(2008, 10, 7), dt.date(1988, 10, 20), dt.date(2019, 3, 29), dt.date(2001, 10, 31)
OCT15 = dt.date(2014, 10, 15)
FIXES = [
    (JUN28, "The index is up 7.6% year to date.", [("year to date", "DATE", "1996")]),
    (JUN28, "Year-to-date sales rose 4 percent, and the fund is down 3% month to date.",
     [("Year-to-date", "DATE", "1996"), ("month to date", "DATE", "1996-06")]),
    (JAN23, "He predicted that volume would recover by midyear.", [("midyear", "DATE", "1990", "MID")]),
    (JAN23, "Sales slowed at mid-year, the company said.", [("mid-year", "DATE", "1989", "MID")]),
    (JUN28, "Gold for August delivery fell $1.10 an ounce.", [("August", "DATE", "1996-08")]),
    (JUN28, "Crude for February delivery rose, and the December contract settled higher.",
     [("February", "DATE", "1997-02"), ("December", "DATE", "1996-12")]),
    (SEP30, "The company has cut costs, and it said it would raise prices on some frozen lines on Nov. 1.",
     [("Nov. 1", "DATE", "2003-11-01")]),
    (SEP30, "The firm said its written statement would be released on Nov. 3.", [("Nov. 3", "DATE", "2003-11-03")]),
    (OCT7, "That is a 31 percent premium to Ohio Valley's close on Oct. 6.", [("Oct. 6", "DATE", "2008-10-06")]),
    (JUN28, "Both stocks remain below the highs they set in late May.", [("late May", "DATE", "1996-05", "END")]),
    (OCT20, "He expects fourth-quarter earnings to exceed the $248 million it earned in the 1987 period.",
     [("fourth-quarter", "DATE", "1988-Q4"), ("the 1987 period", "DATE", "1987-Q4")]),
    (MAR29, "The index is now 3% below its record close, set Sept. 20.",
     [("now", "DATE", "PRESENT_REF"), ("Sept. 20", "DATE", "2018-09-20")]),
    (OCT31, "We could see a decline before things turn around next spring.", [("next spring", "DATE", "2002-SP")]),
    (OCT31, "The plant will open around June.", [("around June", "DATE", "2002-06", "APPROX")]),
    (MAR29, "Stocks fell in the fourth quarter. Companies begin reporting first-quarter results in mid-April, and "
            "analysts expect earnings to fall 2% from a year earlier.",
     [("the fourth quarter", "DATE", "2018-Q4"), ("first-quarter", "DATE", "2019-Q1"),
      ("mid-April", "DATE", "2019-04", "MID"), ("a year earlier", "DATE", "2018-Q1")]),
    (dt.date(2019, 10, 29), "Third-quarter sales rose 5%, and in September they rose 8% from a year earlier.",
     [("Third-quarter", "DATE", "2019-Q3"), ("September", "DATE", "2019-09"), ("a year earlier", "DATE", "2018-09")]),
    (OCT15, "The economy grew 0.9 percent in the second quarter from the first, the fastest in the G7.",
     [("the second quarter", "DATE", "2014-Q2"), ("the first", "DATE", "2014-Q1")]),
    (OCT15, "Sales rose in the first quarter from the fourth.",
     [("the first quarter", "DATE", "2014-Q1"), ("the fourth", "DATE", "2013-Q4")]),
    (OCT15, "Profit rose in the second half from the first.",
     [("the second half", "DATE", "2014-H2"), ("the first", "DATE", "2014-H1")]),
    (OCT15, "He was the first, and she was the second.", []),
    (JAN23, "Demand weakened as customers worked down inventories built up in the first half.",
     [("the first half", "DATE", "1989-H1")]),
    (JAN23, "Sales will rise in the first half.", [("the first half", "DATE", "1990-H1")]),
    (JAN23, "Earnings could rise 8% if prices hold at December levels.", [("December", "DATE", "1989-12")]),
    (JAN23, "Output will return to March levels.", [("March", "DATE", "1989-03")]),
    (JUN28, "Stocks Slip as Quarter Ends\n\nStocks fell Friday before the end of the second quarter.",
     [("Quarter", "DATE", "1996-Q2"), ("Friday", "DATE", "1996-06-28"),
      ("the end of the second quarter", "DATE", "1996-Q2", "END")]),
    (JUN28, "Jazz Returns to the French Quarter\n\nMusic came back in the third quarter.",
     [("the third quarter", "DATE", "1995-Q3")]),
    (SEP30, "The company forecast $2.45 a share for fiscal 2004, which ends May 30, compared with $2.31 in fiscal "
            "2003. It reported a profit for its fiscal first quarter. The first quarter is always its smallest.",
     [("fiscal 2004", "DATE", "2004"), ("May 30", "DATE", "2004-05-30"), ("fiscal 2003", "DATE", "2003"),
      ("fiscal first quarter", "DATE", "2004-Q1"), ("The first quarter", "DATE", "2004-Q1")]),
    (SEP30, "Profit rose in its fiscal first quarter, and the company stood by its forecast for the full year, "
            "fiscal 2004, which ends May 29.",
     [("fiscal first quarter", "DATE", "2004-Q1"), ("the full year", "DATE", "2004"), ("fiscal 2004", "DATE", "2004"),
      ("May 29", "DATE", "2004-05-29")]),
    (JAN31, "The company reported fiscal second-quarter profit but forecast slower growth in the current quarter. "
            "Revenue rose in the quarter ended Dec. 31 and in the latest quarter cloud sales grew 31%.",
     [("fiscal second-quarter", "DATE", "2023-Q2"), ("the current quarter", "DATE", "2024-Q3"),
      ("the quarter", "DATE", "2023-Q2"), ("Dec. 31", "DATE", "2023-12-31"), ("the latest quarter", "DATE", "2023-Q2")]),
]


@pytest.mark.parametrize("published, sentence, expected", FIXES, ids=[c[1][:60] for c in FIXES])
def test_earnings_fix_sentence(published, sentence, expected):
    check_sentence(published, sentence, expected)
