"""Held-out 2005-2013 wire stories written in the style of TempEval-3 platinum news (AP, Reuters, AFP, BBC) and
annotated by hand, TempEval-3 extents and values, before the tagger ever ran on them.

heldout-wire4 (10 documents, 227 gold TIMEX3): a hostage release, an airline strike, a mine rescue timeline, an
earnings report, peace talks in reported speech, a football pre-season story, an adjourned trial, a product recall, a
fossil find with historical dates, a parliamentary vote. Publication dates: Sunday 2009-06-14, quarter-end Thursday
2010-09-30, Wednesday 2008-02-20, Thursday 2012-07-26, Monday 2013-01-07 (early January), Saturday 2010-06-05,
Tuesday 2012-12-18, Friday 2011-11-11, Tuesday 2006-08-22, Wednesday 2005-10-19.
First run (before any rule change): strict F1 99.6, relaxed F1 100.0, value F1 97.4 (6 errors).
Annotation fix after the first run: "at about 11 p.m." had the APPROX mod but an extent without its "about"; the
gold extent is now "about 11 p.m." (as "about 11 hours" is in the earlier rounds).

heldout-wire4b (6 documents, 130 gold TIMEX3), a fresh round written after the first fixes: a ferry disaster, a
central-bank rate decision written on a quarter's last day, an early-January campaign story, a retailer's half-year
results, a sentencing, a rocket launch. Publication dates: Sunday 2011-02-27, Friday 2012-03-30, Tuesday 2007-01-02,
Thursday 2009-08-13, Monday 2008-11-24, Friday 2006-05-19.
First run: strict F1 98.1, relaxed F1 98.8, value F1 95.0 (129 gold then).
Annotation fixes after the first run: "about 9:30 p.m." (the same extent slip as above), and the headline's
"first-half" had been left unannotated (now gold, 2009-H1).

heldout-wire4c (5 documents, 87 gold TIMEX3), a third round written after the second fixes: a wildfire, an OPEC
meeting, a bank rescue written on a quarter's last day (a Sunday), an early-January extradition ruling, a phone
launch. Publication dates: Wednesday 2007-10-24, Monday 2008-12-15, Sunday 2013-06-30, Wednesday 2006-01-04, Friday
2010-04-09. First run: strict F1 100.0, relaxed F1 100.0, value F1 95.4. No annotation changed after it.

heldout-wire4d (4 documents, 73 gold TIMEX3), a fourth round written after the third fixes: a Taiwan campaign story
written on Jan. 2 (New Year's Day, a Sunday the day before, "last month" across the year), a hurricane landfall on a
Sunday, a merger announced on a quarter's last day, a salmonella outbreak. Publication dates: Monday 2012-01-02,
Sunday 2005-07-10, Tuesday 2009-03-31, Thursday 2011-05-19. First run: strict F1 98.6, relaxed F1 100.0, value F1
95.9. No annotation changed after it. "The Atlantic hurricane season runs from June 1 to Nov. 30" is gold for this
year's season (forecasters' "busy six months" follow); a reader taking it as generic would write XXXX-06-01, but the
tagger's first answer (2006-06-01 to 2004-11-30) was wrong on any reading.

heldout-wire4e (4 documents, 80 gold TIMEX3), a fifth round written after the fourth fixes: an obituary ("the 1960s
and 1970s", "19th-century"), year-end markets written on Saturday Dec. 31, a football report (a match's "second
half", "Euro 2008"), a governor's race. Publication dates: Sunday 2008-06-01, Saturday 2011-12-31, Monday 2006-10-02,
Wednesday 2012-11-07. First run: strict F1 99.4, relaxed F1 99.4, value F1 95.7. No annotation changed after it.

heldout-wire4f (4 documents, 72 gold TIMEX3), a sixth round written after the fifth fixes: a trucking bankruptcy, a
state visit announced on a Sunday, a government shutdown written on a quarter's last day, a vaccine campaign written
on Jan. 5 ("last week" = 2009-W53). Publication dates: Monday 2009-11-09, Sunday 2007-04-29, Monday 2013-09-30,
Tuesday 2010-01-05. First run: strict F1 99.3, relaxed F1 99.3, value F1 95.1 (71 gold then). Annotation fix after
it: "its current debt" - TimeBank tags the adjective "current" as PRESENT_REF (e.g. "current market", "current
position"), and the gold now does too.

heldout-wire4g (4 documents, 78 gold TIMEX3), a seventh round written after the sixth fixes: a royal engagement
("next spring or summer"), a jobs report, a Wimbledon final written on the Sunday it ended, a carmaker's restart
written on a quarter's last day. Publication dates: Tuesday 2010-11-16, Friday 2012-05-04, Sunday 2008-07-06,
Thursday 2011-03-31. First run: strict F1 98.7, relaxed F1 98.7, value F1 96.2 (77 gold then). Annotation fix after
it: "Average hourly earnings" - TimeBank tags that "hourly" as SET PT1H, and the gold now does too.

heldout-wire4h (4 documents, 62 gold TIMEX3), an eighth round written after the seventh fixes: a gas cut-off on New
Year's Day written on Jan. 2, a typhoon on a Sunday that closes a quarter, an EU court ruling ("two months and 10
days"), a museum theft ("17th-century", "the 1920s and 1930s"). Publication dates: Friday 2009-01-02, Sunday
2012-09-30, Monday 2006-03-13, Thursday 2010-08-26. First run: strict F1 98.4, relaxed F1 100.0, value F1 96.8.
Annotation fixes after it, both markup slips of mine: "said on Thursday" had the "on" inside the gold extent, and
"several hours" had the value PXH for PTXH.

heldout-wire4i (4 documents, 72 gold TIMEX3), a ninth round written after the eighth fixes: Times Square on Dec. 31
(ISO 2008-W01 already, so "last week" is 2007-W52), a mayor's resignation announced on a Sunday, the Lunar New Year
rush, an IPO priced the day before its first trade. Publication dates: Monday 2007-12-31, Sunday 2011-08-14, Tuesday
2005-02-08, Thursday 2013-04-18. First run: strict F1 97.9, relaxed F1 97.9, value F1 95.1. No annotation changed
after it.

heldout-wire4j (3 documents, 52 gold TIMEX3), a tenth round written after the ninth fixes: a bank's bankruptcy filing
on a Monday, Boxing Day snow on a Sunday, an EU summit deal reached before dawn. Publication dates: Monday 2008-09-15,
Sunday 2010-12-26, Friday 2012-06-29. First run: strict F1 96.2, relaxed F1 100.0, value F1 98.1. Annotation fixes
after it: the same "at about 1:45 a.m." / "at about 4:20 a.m." extent slip as in the first rounds (APPROX mod, the
"about" outside the gold extent).

Left failing on purpose: "The prosecution had been expected to close its case before Christmas" (written Dec. 18;
gold: the Christmas a week ahead) - the tagger reads a pluperfect plan as past, as test_tagger_newswire's "had been
set to unveil the phone in April" wants, and no general cue tells the two apart; "the six months to June 30 ... a
year earlier" (gold 2008-H1, the tagger says 2008-06-30) - TimeBank's own annotators wrote the anchor day in the
same construction (wsj_1006, "a year earlier" = 1988-08-12), so annotators split; "OPEC has already agreed to remove
2 million barrels a day from the market at meetings in September and October" (written in December; the tagger takes
the months after "agreed to" as ahead) - an infinitive of intent usually looks ahead ("has agreed to meet on
Friday"), and only the sense of "at meetings in" says these months dated the agreeing; likewise "Pfizer agreed to buy
Wyeth for $68 billion in January" (written March 31; gold: the January just gone) - TimeBank's wsj_0570 reads the
same construction ahead ("agreed to purchase ... for $22 million in February", gold 1990-02 in October 1989), and a
rule that took the nearest month lost that case, so it was dropped; "Banks ... falling 33 percent over the year"
(gold DATE 2011, the tagger a DURATION P1Y) - "over the year" reads either way, and TimeBank has both for "over";
"The company, whose financial year ends on Thursday" (untagged in the gold, the tagger says 2011) - whether a
generic "financial year" is an expression is unsettled (test_tagger_tense_heldout dropped the same case); "I have
been waiting for this day for a whole year" (untagged in the gold, the tagger says the publication date) - "this
day" in a quote may be the speaker's day of travel or the holiday, so annotators would split; and, not fixed for
lack of time, "... the collapse of Long-Term Capital Management in 1998. It reported a $2.8 billion loss for the second
quarter in June" (gold 2008-Q2, the tagger 1998-Q2: it lends a quarter the bare year of the sentence before, which
here closes a list of history rather than opening a story).

Dropped as genuinely ambiguous, so left out of the texts: sports seasons ("next season", "the 2010-11 season": an
event-named span with no calendar value; earlier held-out rounds leave "last season" unannotated too, and it stays
untagged here) and geological ages ("65 million years ago": no ISO value annotators agree on).

Floors sit about a point under the scores reached."""
from pathlib import Path

import pytest

from test_heldout_articles import assert_held_out

DATA = Path(__file__).resolve().parent / "data"


@pytest.mark.parametrize("folder, documents, min_gold, value, relaxed, strict", [
    ("heldout-wire4", 10, 220, 0.985, 0.99, 0.99),  # reached: value 99.6, relaxed 100.0, strict 100.0
    ("heldout-wire4b", 6, 125, 0.98, 0.99, 0.99),  # reached: value 99.2, relaxed 100.0, strict 100.0
    ("heldout-wire4c", 5, 85, 0.965, 0.99, 0.99),  # reached: value 97.7, relaxed 100.0, strict 100.0
    ("heldout-wire4d", 4, 70, 0.975, 0.99, 0.99),  # reached: value 98.6, relaxed 100.0, strict 100.0
    ("heldout-wire4e", 4, 75, 0.975, 0.99, 0.99),  # reached: value 98.8, relaxed 100.0, strict 100.0
    ("heldout-wire4f", 4, 70, 0.99, 0.99, 0.99),  # reached: value 100.0, relaxed 100.0, strict 100.0
    ("heldout-wire4g", 4, 75, 0.985, 0.985, 0.985),  # reached: value 99.4, relaxed 99.4, strict 99.4
    ("heldout-wire4h", 4, 60, 0.99, 0.99, 0.99),  # reached: value 100.0, relaxed 100.0, strict 100.0
    ("heldout-wire4i", 4, 70, 0.98, 0.98, 0.98),  # reached: value 99.3, relaxed 99.3, strict 99.3
    ("heldout-wire4j", 3, 50, 0.97, 0.99, 0.99),  # reached: value 98.1, relaxed 100.0, strict 100.0
])
def test_heldout_wire4_score(folder, documents, min_gold, value, relaxed, strict):
    assert_held_out(DATA / folder, documents, min_gold, value=value, relaxed=relaxed, strict=strict)
