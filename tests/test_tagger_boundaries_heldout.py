"""Held-out wire-news sentences on month/date tense, week and year boundaries, parts of day, durations and sets,
and relative offsets, written by an independent examiner (none taken from a corpus).

Each expected value was fixed from docs/timex3-values.md and the conventions the other sentence files already
follow (mod words inside the span, "within"/"in" outside a duration's span, adjectival "two-week" alone, ages
untagged, "at dawn" untagged, midnight as T24:00, "late Monday" a DATE with mod END) before the tagger was run.
ROUND1 (135 sentences) first ran 133 of 135: months and dates 32/32, weeks and years 30/30, parts of day and
clock times 25/25, durations and sets 23/24, relative offsets 24/24. Of the two failures one was the examiner's:
"is now published every other week" also tags "now" (PRESENT_REF, as TimeBank does), which the expected list
had left out; it was corrected. The other, "The coming year" written on 1 January, was fixed by a general rule
(in the first week of January "the coming year"/"the year ahead" is the year just begun).
"at dawn" and "recent months" were left out before the run as unsettled ("at dawn" is untagged in TBAQ; TimeBank
gives "recent years" PAST_REF but the docs give spans of months a DURATION); "three consecutive quarters" (P3Q
or P9M) likewise.
ROUND2 (53 sentences, written after round 1's fixes and weighted to durations/sets and the turn of the year) first
ran 52 of 53; the failure, "has grown rapidly in the last decade" (tagged the 2010s), was fixed by a general rule:
with a present perfect, "in the last decade" is the span up to now (a simple past keeps TBAQ's DATE "198").
ROUND3 (42 longer sentences, written after round 2's fixes) first ran 38 of 42. Fixed by general rules: "the
first/last week of the year" is an ISO week of the year (last year's in a past clause written in January); "the
year ended/ending" is a fiscal span only when a date follows ("the year ended with a rally" is the year); "the
year began" is the year under way even in a past clause written by March; a relative "that" before an irregular
past ("the heatwave that hit the region this week") is a past, so a Sunday's "this week" stays the week ending.
ROUND4 (46 sentences, written after round 3's fixes) first ran 42 of 46. Fixed by general rules: a participle
aside ("The law, passed in May, comes into force in September") no longer lends its past to the main verb, and a
capitalised "May" inside a sentence is the month, not a modal, before a scheduled present ("comes"); "this past
week" written on a Saturday or Sunday is the week now ending; "the first <noun> of the year" in a past clause
written early in the year is this year (not a quarter or half); "over" after an "-able" adjective spans the time
("repayable over 25 years": P25Y, no MORE_THAN).
ROUND5 (41 sentences, written after round 4's fixes, weighted to asides around months) first ran 38 of 41. Fixed by
general rules: "restart", "apply", "expire" and "enter" join the scheduled verbs whose simple present looks ahead
("restarts in December", "applies from Jan. 1"); "this past year" written in December is the year now ending.
ROUND6 (34 wire-story sentences mixing the families, written after round 5's fixes) first ran 33 of 34. Fixed by a
general rule: a plan verb keeps its "to" across its own date ("agreed last week to cut output from November").
ROUND7 (30 sentences on parts of day, "early/late" with relative units and unit adjectives, written after round 6's
fixes) first ran 29 of 30. Fixed by a general rule: a bare hour after "at"/"by"/"until"... before "tonight" or "this
morning/afternoon/evening" is a clock time ("at 8 tonight": T20:00; not "its top 10 tonight", not "at 12 tonight").
ROUND8 (36 sentences on months around the turn of the year, deadlines and past/future pairs, written after round 7's
fixes) first ran 33 of 36. Fixed by general rules: a bare month after "by"/"until" in a future clause is a deadline
still ahead, with no month of slack backwards ("hopes to finish by September", written in October: next
September); "a year ago this week" is one expression (the ISO week of the same day a year back); "11 p.m. last
night" is one TIME on the day before (an a.m. hour "last night" on the publication day).
ROUND9 (29 sentences: another 53-week year, reported speech and perfects, seasons and decades; written after round 8's
fixes) first ran 28 of 29. Fixed by a general rule: "a week" after a count of anything ("2 million people a week",
"500 cars a day", "dozens of patients a day") is a rate, left untagged as this project's tests leave rates.
ROUND10 (30 sentences: weekends ahead, generic and ordinal days, pairs; written after round 9's fixes) first ran 28 of
30. Fixed by general rules: "the first (15th, ...) of the month / of next month" is one DATE of that day; "over"
after a noun of change ("a 4 percent raise over two years") spans the time rather than meaning "more than".
ROUND11 (26 sentences: months with relative words, anaphoric years, durations with signals; written after round 10's
fixes) first ran 26 of 26.
ROUND12 (27 sentences on months in asides, relative and fronted clauses, the weakest spot of rounds 3-6; written
after round 11's fixes) first ran 27 of 27.
Found while fixing round 8 (not a held-out failure): "until" read as a future cue made a past state's end a date
ahead ("The ceasefire lasted until August", written in October: next August); a simple past of a state ("lasted",
"stayed", "remained", "was valid") before until/till/through now dates it in the past (passives such as "was
postponed until" still look ahead).
ROUND13 (25 sentences: vague and compound durations, unit adjectives, sets, parts of day; written after round 12's
fixes) first ran 24 of 25. Fixed by a general rule: the closed forms "weeklong", "yearlong", "daylong" ... are unit
adjectives as "week-long" is.
ROUND14 (15 passages of two or three sentences mixing the families; written after round 13's fixes) first ran 13 of
15. Fixed by general rules: a bare month in the clause of "next/last/this year's <noun>" is that year's ("next year's
event would be held in July"); "the weekend" in a future clause written on a Sunday is the next one.
ROUND15 (15 more passages, written after round 14's fixes) first ran 15 of 15.
ROUND16 (24 sentences on the first and last days of a month, a mid-month Sunday and New Year's Day; written after
round 15's fixes) first ran 23 of 24. Fixed by a general rule: an early/mid/late part of the current month that tense
rules out belongs to another year ("reported results in mid-June", written on 1 June: last year's; "will open in
early June", written on 25 June: next year's).
ROUND17 (19 sentences on anaphoric offsets and spans from now; written after round 16's fixes) first ran 19 of 19.
ROUND18 (15 sentences on decades, centuries, seasons with a year and clock times with zones) first ran 15 of 15.
ROUND19 (16 sentences on parts of the publication day and the days around it) first ran 16 of 16.
ROUND20 (15 sentences with quotes, brackets, openers and conditionals around months) first ran 13 of 15. Fixed by
widening the past-state rule to "had been 2 percent until May". Left unfixed: "Q: When will the bridge reopen? A: Not
before spring." (a verbless answer takes its tense from the question; the tagger reads no tense in it and gives the
spring just past); it is listed in KNOWN_FAILURES with what it should give, and left out of the run.
ROUND21 (12 sentences on the 53-week year 2015 and week phrases with parts and offsets) first ran 11 of 12. Fixed by
a general rule: "the week (month, year) before last" is two units back, as "the week after next" is two on.
ROUND22 (19 sentences on deadlines and their signals) first ran 18 of 19. Fixed by a general rule: in a past clause,
a date after "ahead of <event> in/on" takes no direction from the past act (the event follows the act), so it is the
nearest one ("raised prices ahead of the holiday season in November", written in October: this November; "massed
ahead of the invasion on Feb. 24": the February just past).
ROUND23 (12 sentences: durations in words and with signals, old offsets, starts of years) first ran 12 of 12.
AFTER_FIRST_RUN holds regression cases written while fixing; they are not held out.
"""
from __future__ import annotations

import datetime as dt

import pytest

from tests.test_tagger_handwritten import test_handwritten_sentence as check_sentence

MID = dt.date(2022, 10, 14)  # Friday, mid-month, ISO 2022-W41 (10-16 October)
D31 = dt.date(2020, 12, 31)  # Thursday, New Year's Eve, ISO 2020-W53 (28 Dec - 3 Jan)
J1 = dt.date(2021, 1, 1)  # Friday, New Year's Day, still ISO 2020-W53
J3 = dt.date(2021, 1, 3)  # Sunday, last day of ISO 2020-W53
J4 = dt.date(2021, 1, 4)  # Monday, first day of ISO 2021-W01
DEC29 = dt.date(2025, 12, 29)  # Monday, first day of ISO 2026-W01 (1 Jan 2026 is a Thursday)
EOM = dt.date(2023, 4, 30)  # Sunday, last day of April, ISO 2023-W17; 1 May 2023 is a Monday
FEB28 = dt.date(2023, 2, 28)  # Tuesday, last day of February, ISO 2023-W09
SUN = dt.date(2024, 6, 16)  # Sunday, last day of ISO 2024-W24
JAN2 = dt.date(2024, 1, 2)  # Tuesday, ISO 2024-W01 (1 Jan 2024 is a Monday)
D30 = dt.date(2024, 12, 30)  # Monday, first day of ISO 2025-W01 (1 Jan 2025 is a Wednesday)
YE_SUN = dt.date(2023, 12, 31)  # Sunday, New Year's Eve, last day of ISO 2023-W52
P27 = dt.date(2027, 1, 1)  # Friday, New Year's Day, in ISO 2026-W53 (2026 has 53 weeks)
M27 = dt.date(2027, 1, 4)  # Monday, first day of ISO 2027-W01
T26 = dt.date(2026, 12, 31)  # Thursday, New Year's Eve, ISO 2026-W53
FIRST = dt.date(2023, 6, 1)  # Thursday, the first day of a month, ISO 2023-W22
J31 = dt.date(2024, 1, 31)  # Wednesday, the last day of January, ISO 2024-W05
OCT15 = dt.date(2023, 10, 15)  # Sunday, mid-month, last day of ISO 2023-W41
NY24 = dt.date(2024, 1, 1)  # Monday, New Year's Day, first day of ISO 2024-W01
T15 = dt.date(2015, 12, 29)  # Tuesday, ISO 2015-W53 (28 Dec 2015 - 3 Jan 2016)
F16 = dt.date(2016, 1, 1)  # Friday, New Year's Day, ISO 2015-W53
S16 = dt.date(2016, 1, 3)  # Sunday, last day of ISO 2015-W53
M16 = dt.date(2016, 1, 4)  # Monday, first day of ISO 2016-W01
SAT3 = dt.date(2026, 1, 3)  # Saturday, ISO 2026-W01 (29 Dec 2025 - 4 Jan 2026)

D, T, DUR, S = "DATE", "TIME", "DURATION", "SET"

MONTHS = [
    (MID, "The company said it would start production in January.", [("January", D, "2023-01")]),
    (MID, "The factory closed in December.", [("December", D, "2021-12")]),
    (MID, "The law expires on January 31.", [("January 31", D, "2023-01-31")]),
    (MID, "Applications are due by March 1.", [("March 1", D, "2023-03-01")]),
    (MID, "The reactor has been offline since April.", [("April", D, "2022-04")]),
    (MID, "Inflation peaked in June.", [("June", D, "2022-06")]),
    (MID, "The minister said elections would be held in early June.", [("early June", D, "2023-06", "START")]),
    (MID, "Prices have risen every week since mid-August.",
     [("every week", S, "P1W"), ("mid-August", D, "2022-08", "MID")]),
    (MID, "The central bank meets next month.", [("next month", D, "2022-11")]),
    (MID, "Retail sales fell last month.", [("last month", D, "2022-09")]),
    (MID, "Heating bills will soar this month.", [("this month", D, "2022-10")]),
    (MID, "The trial is scheduled to begin on November 7.", [("November 7", D, "2022-11-07")]),
    (MID, "The vaccine was approved on September 30.", [("September 30", D, "2022-09-30")]),
    (D31, "The new tariffs take effect on January 1.", [("January 1", D, "2021-01-01")]),
    (D31, "Cases rose sharply in December.", [("December", D, "2020-12")]),
    (D31, "The vaccine rollout will accelerate in January.", [("January", D, "2021-01")]),
    (D31, "The president signed the bill on December 27.", [("December 27", D, "2020-12-27")]),
    (D31, "The stimulus payments are expected to arrive by mid-January.", [("mid-January", D, "2021-01", "MID")]),
    (J1, "Unemployment claims peaked in April.", [("April", D, "2020-04")]),
    (J1, "The company said last month it would cut 2,000 jobs.", [("last month", D, "2020-12")]),
    (J1, "The lockdown will be reviewed at the end of the month.", [("the end of the month", D, "2021-01", "END")]),
    (J1, "The embassy has been closed since March.", [("March", D, "2020-03")]),
    (EOM, "The new rules take effect next month.", [("next month", D, "2023-05")]),
    (EOM, "Home sales slumped this month.", [("this month", D, "2023-04")]),
    (EOM, "Lenders tightened standards in March.", [("March", D, "2023-03")]),
    (EOM, "The Treasury said the government could run out of cash on June 1.", [("June 1", D, "2023-06-01")]),
    (EOM, "The summit will take place in the first week of May.", [("the first week of May", D, "2023-W18")]),
    (FEB28, "The offer expires on March 15.", [("March 15", D, "2023-03-15")]),
    (FEB28, "Consumer confidence fell in February.", [("February", D, "2023-02")]),
    (FEB28, "The retailer said it would close 50 stores by March.", [("March", D, "2023-03")]),
    (FEB28, "The rover has been silent since mid-October.", [("mid-October", D, "2022-10", "MID")]),
    (FEB28, "Tax returns are due on April 18.", [("April 18", D, "2023-04-18")]),
]

WEEKS = [
    (D31, "Stocks rallied this week.", [("this week", D, "2020-W53")]),
    (D31, "Schools reopen next week.", [("next week", D, "2021-W01")]),
    (D31, "The virus spread fastest last week.", [("last week", D, "2020-W52")]),
    (D31, "Few people will travel this weekend.", [("this weekend", D, "2020-W53-WE")]),
    (D31, "The economy will recover next year, the minister said.", [("next year", D, "2021")]),
    (D31, "Air travel collapsed this year.", [("this year", D, "2020")]),
    (J1, "Shops will stay shut this weekend.", [("this weekend", D, "2020-W53-WE")]),
    (J1, "Parliament returns next week.", [("next week", D, "2021-W01")]),
    (J1, "This year will bring a recovery, economists say.", [("This year", D, "2021")]),
    (J1, "Last year was the worst for the airline industry.", [("Last year", D, "2020")]),
    (J1, "The coming year will test the government.", [("The coming year", D, "2021")]),
    (J1, "The company expects profits to rebound next year.", [("next year", D, "2022")]),
    (J1, "Hospital admissions rose last week.", [("last week", D, "2020-W52")]),
    (J3, "Temperatures will drop sharply in the week ahead.", [("the week ahead", D, "2021-W01")]),
    (J3, "Thousands gathered this weekend to protest.", [("this weekend", D, "2020-W53-WE")]),
    (J3, "Vaccinations slowed last week.", [("last week", D, "2020-W52")]),
    (J3, "The city was quiet last weekend.", [("last weekend", D, "2020-W52-WE")]),
    (J4, "Stocks fell last week.", [("last week", D, "2020-W53")]),
    (J4, "The Senate will vote this week.", [("this week", D, "2021-W01")]),
    (J4, "Crowds packed the ski resorts last weekend.", [("last weekend", D, "2020-W53-WE")]),
    (DEC29, "Retail sales surged last week.", [("last week", D, "2025-W52")]),
    (DEC29, "Trading will be thin this week.", [("this week", D, "2026-W01")]),
    (DEC29, "The new cabinet will be sworn in next week.", [("next week", D, "2026-W02")]),
    (DEC29, "The company said this year had been its best ever.", [("this year", D, "2025")]),
    (DEC29, "Heavy snow fell this weekend.", [("this weekend", D, "2025-W52-WE")]),
    (SUN, "Leaders of the G7 met this week in Italy.", [("this week", D, "2024-W24")]),
    (SUN, "Voters head to the polls next week.", [("next week", D, "2024-W25")]),
    (JAN2, "The strike will continue this week.", [("this week", D, "2024-W01")]),
    (JAN2, "The firm hired 300 people last year.", [("last year", D, "2023")]),
    (JAN2, "Inflation will ease this year, the central bank predicts.", [("this year", D, "2024")]),
]

CLOCK = [
    (MID, "The explosion happened late Monday.", [("late Monday", D, "2022-10-10", "END")]),
    (MID, "Firefighters battled the blaze Tuesday night.", [("Tuesday night", T, "2022-10-11TNI")]),
    (MID, "The suspect was arrested early Wednesday.", [("early Wednesday", D, "2022-10-12", "START")]),
    (MID, "The minister will make a statement this morning.", [("this morning", T, "2022-10-14TMO")]),
    (MID, "The talks will continue tonight.", [("tonight", T, "2022-10-14TNI")]),
    (MID, "Stocks in Asia fell overnight.", [("overnight", T, "2022-10-13TNI")]),
    (MID, "The polls close at 8 p.m. on Sunday.", [("8 p.m.", T, "2022-10-16T20:00"), ("Sunday", D, "2022-10-16")]),
    (MID, "The bill was passed at 11:45 p.m. ET on Thursday.",
     [("11:45 p.m. ET", T, "2022-10-13T23:45"), ("Thursday", D, "2022-10-13")]),
    (MID, "The ultimatum expires at noon Sunday.", [("noon Sunday", T, "2022-10-16T12:00")]),
    (MID, "The curfew begins at midnight.", [("midnight", T, "2022-10-14T24:00")]),
    (MID, "The storm made landfall Thursday evening.", [("Thursday evening", T, "2022-10-13TEV")]),
    (MID, "The rocket is set to launch Saturday morning.", [("Saturday morning", T, "2022-10-15TMO")]),
    (D31, "Crowds will be banned from Times Square at midnight.", [("midnight", T, "2020-12-31T24:00")]),
    (D31, "The vote was held late Tuesday.", [("late Tuesday", D, "2020-12-29", "END")]),
    (D31, "The lockdown starts at 6 a.m. Saturday.", [("6 a.m. Saturday", T, "2021-01-02T06:00")]),
    (D31, "The president will address the nation this evening.", [("this evening", T, "2020-12-31TEV")]),
    (J1, "Police made 40 arrests overnight.", [("overnight", T, "2020-12-31TNI")]),
    (J1, "The firm said it would announce results early Monday.", [("early Monday", D, "2021-01-04", "START")]),
    (J4, "Polls in the runoff close at 7 p.m. Tuesday.", [("7 p.m. Tuesday", T, "2021-01-05T19:00")]),
    (J4, "The governor announced the closure Sunday night.", [("Sunday night", T, "2021-01-03TNI")]),
    (J4, "The blizzard hit early this morning.", [("early this morning", T, "2021-01-04TMO", "START")]),
    (J4, "Stocks climbed this afternoon.", [("this afternoon", T, "2021-01-04TAF")]),
    (SUN, "The match kicks off at 9 p.m. tonight.", [("9 p.m. tonight", T, "2024-06-16T21:00")]),
    (SUN, "The body was found Saturday afternoon.", [("Saturday afternoon", T, "2024-06-15TAF")]),
    (SUN, "The gunman opened fire at 2 a.m.", [("2 a.m.", T, "2024-06-16T02:00")]),
]

SPANS = [
    (MID, "Wages have stagnated for the past three years.", [("the past three years", DUR, "P3Y")]),
    (MID, "The utility will invest $2 billion over the next decade.", [("the next decade", DUR, "P10Y")]),
    (MID, "At least 40 people died in the last 24 hours.", [("the last 24 hours", DUR, "PT24H")]),
    (MID, "The drug was tested in a two-week trial.", [("two-week", DUR, "P2W")]),
    (MID, "The magazine is now published every other week.", [("now", D, "PRESENT_REF"), ("every other week", S, "P2W")]),
    (MID, "Auditors inspect the plant twice a year.", [("twice a year", S, "P1Y")]),
    (MID, "The festival is held each spring.", [("each spring", S, "XXXX-SP")]),
    (MID, "The report is updated annually.", [("annually", S, "P1Y")]),
    (MID, "She trains three times a week.", [("three times a week", S, "P1W")]),
    (MID, "The conflict has dragged on for more than a decade.",
     [("more than a decade", DUR, "P10Y", "MORE_THAN")]),
    (MID, "The talks took nearly two years.", [("nearly two years", DUR, "P2Y", "LESS_THAN")]),
    (MID, "The 10-year-old program faces cuts.", []),
    (MID, "Workers walked off the job for 48 hours.", [("48 hours", DUR, "PT48H")]),
    (MID, "The senator served two six-year terms.", [("six-year", DUR, "P6Y")]),
    (MID, "Trains run every 10 minutes.", [("every 10 minutes", S, "PT10M")]),
    (MID, "The index has gained for five weeks.", [("five weeks", DUR, "P5W")]),
    (MID, "Unemployment is at its lowest level in half a century.", [("half a century", DUR, "P50Y")]),
    (MID, "The warranty lasts 18 months.", [("18 months", DUR, "P18M")]),
    (MID, "Rents have doubled over the past two decades.", [("the past two decades", DUR, "P20Y")]),
    (MID, "Patients are screened every six months.", [("every six months", S, "P6M")]),
    (MID, "The satellite circles the Earth once a day.", [("once a day", S, "P1D")]),
    (D31, "The region has been in lockdown for almost ten months.",
     [("almost ten months", DUR, "P10M", "LESS_THAN")]),
    (J1, "Hospitals have been overwhelmed over the past month.", [("the past month", DUR, "P1M")]),
    (SUN, "The festival runs for 10 days.", [("10 days", DUR, "P10D")]),
]

OFFSETS = [
    (MID, "The ship sank two days ago.", [("two days ago", D, "2022-10-12")]),
    (MID, "The verdict is expected three weeks from now.", [("three weeks from now", D, "2022-W44")]),
    (MID, "The rebels seized the town the day before yesterday.", [("the day before yesterday", D, "2022-10-12")]),
    (MID, "The envoy arrived a fortnight ago.", [("a fortnight ago", D, "2022-W39")]),
    (MID, "The results will be announced in two weeks.", [("two weeks", DUR, "P2W")]),
    (MID, "The ministry must respond within a month.", [("a month", DUR, "P1M", "EQUAL_OR_LESS")]),
    (MID, "Imports were 6 percent higher than a year earlier.", [("a year earlier", D, "2021")]),
    (MID, "The mine opened in 2009. Five years later, it was sold.",
     [("2009", D, "2009"), ("Five years later", D, "2014")]),
    (MID, "The plant was built in 1985. A decade later it was closed.",
     [("1985", D, "1985"), ("A decade later", D, "1995")]),
    (MID, "The war began in March 2003. Two months later, the president declared victory.",
     [("March 2003", D, "2003-03"), ("Two months later", D, "2003-05")]),
    (MID, "The company was founded on June 1, 2010. Two days later, it filed for a patent.",
     [("June 1, 2010", D, "2010-06-01"), ("Two days later", D, "2010-06-03")]),
    (MID, "The tax was introduced a year ago.", [("a year ago", D, "2021")]),
    (MID, "Six months ago, the company was nearly bankrupt.", [("Six months ago", D, "2022-04")]),
    (MID, "The law will take effect a year from now.", [("a year from now", D, "2023")]),
    (MID, "The bridge will reopen in six months.", [("six months", DUR, "P6M")]),
    (MID, "The election was held three weeks ago.", [("three weeks ago", D, "2022-W38")]),
    (MID, "The couple married 25 years ago.", [("25 years ago", D, "1997")]),
    (MID, "The agreement was signed 10 days ago.", [("10 days ago", D, "2022-10-04")]),
    (MID, "The storm hit Florida on Sept. 28. A day later it reached South Carolina.",
     [("Sept. 28", D, "2022-09-28"), ("A day later", D, "2022-09-29")]),
    (MID, "The merger was announced in May and completed four months later.",
     [("May", D, "2022-05"), ("four months later", D, "2022-09")]),
    (D31, "The vaccine was approved three weeks ago.", [("three weeks ago", D, "2020-W50")]),
    (J1, "The first case was detected a year ago.", [("a year ago", D, "2020")]),
    (J1, "Two weeks from now, the lockdown will end.", [("Two weeks from now", D, "2021-W02")]),
    (J4, "A week ago, the city was under snow.", [("A week ago", D, "2020-W53")]),
]

ROUND1 = MONTHS + WEEKS + CLOCK + SPANS + OFFSETS

# ROUND2: written after round 1's fixes, weighted to durations/sets and week/year edges, values fixed before the run
ROUND2 = [
    # durations and sets
    (MID, "The company has posted losses in each of the past four years.", [("the past four years", DUR, "P4Y")]),
    (MID, "The program will be phased out over the next 18 months.", [("the next 18 months", DUR, "P18M")]),
    (MID, "The hostages were held for 11 days.", [("11 days", DUR, "P11D")]),
    (MID, "Officials hold briefings every morning.", [("every morning", S, "XXXX-XX-XXTMO")]),
    (MID, "The shuttle bus runs every hour.", [("every hour", S, "PT1H")]),
    (MID, "Fares rise every January.", [("every January", S, "XXXX-01")]),
    (MID, "The shelter serves meals twice daily.", [("twice daily", S, "P1D")]),
    (MID, "The drought has lasted almost five years.", [("almost five years", DUR, "P5Y", "LESS_THAN")]),
    (MID, "The outage lasted about six hours.", [("about six hours", DUR, "PT6H", "APPROX")]),
    (MID, "The jury deliberated for less than an hour.", [("less than an hour", DUR, "PT1H", "LESS_THAN")]),
    (MID, "The lender offers a 30-year fixed mortgage.", [("30-year", DUR, "P30Y")]),
    (MID, "The mission spent 200 days in orbit.", [("200 days", DUR, "P200D")]),
    (MID, "The firm has grown rapidly in the last decade.", [("the last decade", DUR, "P10Y")]),
    (MID, "The company reviews its pay structure every two years.", [("every two years", S, "P2Y")]),
    (MID, "The regulator fined the bank for the second time this year.", [("this year", D, "2022")]),
    (MID, "The vaccine offers protection for up to a year.", [("up to a year", DUR, "P1Y", "EQUAL_OR_LESS")]),
    (MID, "The bonds mature in 10 years.", [("10 years", DUR, "P10Y")]),
    (MID, "The ceasefire has held for the past week.", [("the past week", DUR, "P1W")]),
    (MID, "The minister spent a week in hospital last month.", [("a week", DUR, "P1W"), ("last month", D, "2022-09")]),
    (MID, "The plan covers the period from 2023 to 2027.", [("2023", D, "2023"), ("2027", D, "2027")]),
    (MID, "The 24-hour strike disrupted flights across Europe.", [("24-hour", DUR, "PT24H")]),
    # weeks and years at the turn of the year
    (D30, "Shares edged higher last week.", [("last week", D, "2024-W52")]),
    (D30, "The Senate returns next week.", [("next week", D, "2025-W02")]),
    (D30, "Flights were grounded this weekend by fog.", [("this weekend", D, "2024-W52-WE")]),
    (D30, "This year was the hottest on record.", [("This year", D, "2024")]),
    (D30, "The company plans to list its shares next year.", [("next year", D, "2025")]),
    (D30, "Few deals are expected this week.", [("this week", D, "2025-W01")]),
    (YE_SUN, "Stocks hit record highs last week.", [("last week", D, "2023-W51")]),
    (YE_SUN, "Revelers will gather in Times Square tonight.", [("tonight", T, "2023-12-31TNI")]),
    (YE_SUN, "Next year will bring elections in more than 60 countries.", [("Next year", D, "2024")]),
    (YE_SUN, "The economy proved resilient this year.", [("this year", D, "2023")]),
    (YE_SUN, "Lawmakers return to Washington next week.", [("next week", D, "2024-W01")]),
    (YE_SUN, "Many offices stay closed this week.", [("this week", D, "2024-W01")]),
    (SAT3, "Holiday sales were strong last week.", [("last week", D, "2025-W52")]),
    (SAT3, "Snow is forecast for this weekend.", [("this weekend", D, "2026-W01-WE")]),
    (SAT3, "Congress reconvenes next week.", [("next week", D, "2026-W02")]),
    (SAT3, "Last year ended with a rally on Wall Street.", [("Last year", D, "2025")]),
    (SAT3, "The year ahead looks difficult for exporters.", [("The year ahead", D, "2026")]),
    # months with tense
    (SAT3, "The factory will reopen in mid-January.", [("mid-January", D, "2026-01", "MID")]),
    (SAT3, "Sales slumped in December.", [("December", D, "2025-12")]),
    (SAT3, "Holiday spending peaked in late December.", [("late December", D, "2025-12", "END")]),
    (D30, "The rules take effect on Jan. 1.", [("Jan. 1", D, "2025-01-01")]),
    (EOM, "Prices have risen since the start of the year.", [("the start of the year", D, "2023", "START")]),
    (MID, "The strike is due to end by the end of next month.", [("the end of next month", D, "2022-11", "END")]),
    # clock times and parts of day
    (SAT3, "The fire broke out at midnight on Friday.", [("midnight", T, "2026-01-02T24:00"), ("Friday", D, "2026-01-02")]),
    (D30, "Power was restored early Sunday.", [("early Sunday", D, "2024-12-29", "START")]),
    (YE_SUN, "The fireworks begin at 9 p.m.", [("9 p.m.", T, "2023-12-31T21:00")]),
    (J4, "The curfew was lifted at 5 a.m. today.", [("5 a.m. today", T, "2021-01-04T05:00")]),
    # relative offsets
    (SAT3, "The airline filed for bankruptcy a month ago.", [("a month ago", D, "2025-12")]),
    (SAT3, "The tax will rise in a year's time.", [("a year", DUR, "P1Y")]),
    (MID, "The firm was sold in 2015 and relisted three years later.",
     [("2015", D, "2015"), ("three years later", D, "2018")]),
    (MID, "The vote was delayed by two weeks.", [("two weeks", DUR, "P2W")]),
    (J1, "Three months ago, no one had heard of the variant.", [("Three months ago", D, "2020-10")]),
]

# ROUND3: written after round 2's fixes; longer news sentences with two expressions, values fixed before the run
ROUND3 = [
    # months and dates with tense
    (MID, "The company, which went public in March, said it would begin shipping in February.",
     [("March", D, "2022-03"), ("February", D, "2023-02")]),
    (MID, "Officials said the bridge, closed since July, would not reopen until May.",
     [("July", D, "2022-07"), ("May", D, "2023-05")]),
    (MID, "The contract, signed in November, runs through December 2024.",
     [("November", D, "2021-11"), ("December 2024", D, "2024-12")]),
    (MID, "By January, the company had cut 500 jobs.", [("January", D, "2022-01")]),
    (MID, "By January, the company will have cut 500 jobs.", [("January", D, "2023-01")]),
    (FEB28, "The lease expires at the end of March.", [("the end of March", D, "2023-03", "END")]),
    (FEB28, "Rates have been on hold since early December.", [("early December", D, "2022-12", "START")]),
    (EOM, "Sales in April rose 3 percent.", [("April", D, "2023-04")]),
    (EOM, "The company will report results on May 4.", [("May 4", D, "2023-05-04")]),
    (EOM, "The bank collapsed on March 10.", [("March 10", D, "2023-03-10")]),
    (J1, "The vaccine campaign began on December 8.", [("December 8", D, "2020-12-08")]),
    (J1, "The ban will last until January 15.", [("January 15", D, "2021-01-15")]),
    (J1, "Britain formally left the EU's orbit at 11 p.m. on Thursday.",
     [("11 p.m.", T, "2020-12-31T23:00"), ("Thursday", D, "2020-12-31")]),
    (D31, "Passengers who booked in November will get refunds by February.",
     [("November", D, "2020-11"), ("February", D, "2021-02")]),
    # weeks and years
    (SUN, "The heatwave that hit the region this week will ease by Tuesday.",
     [("this week", D, "2024-W24"), ("Tuesday", D, "2024-06-18")]),
    (SUN, "Earlier this week, the Fed held rates steady.", [("Earlier this week", D, "2024-W24", "START")]),
    (D30, "Over the past week, prices fell sharply.", [("the past week", DUR, "P1W")]),
    (YE_SUN, "The year ended with markets near record highs.", [("The year", D, "2023")]),
    (J1, "The year began quietly in Asia.", [("The year", D, "2021")]),
    (JAN2, "Markets rose in the first week of the year.", [("the first week of the year", D, "2024-W01")]),
    (J4, "The vaccine rollout will expand in the coming weeks.", [("the coming weeks", DUR, "PXW")]),
    (DEC29, "The law takes effect at the start of next year.", [("the start of next year", D, "2026", "START")]),
    # clock times and parts of day
    (MID, "The explosion occurred at about 3:15 a.m. on Wednesday.",
     [("about 3:15 a.m.", T, "2022-10-12T03:15", "APPROX"), ("Wednesday", D, "2022-10-12")]),
    (MID, "Trading was halted at 10:30 a.m. EDT.", [("10:30 a.m. EDT", T, "2022-10-14T10:30")]),
    (MID, "Residents were evacuated late Thursday night.", [("late Thursday night", T, "2022-10-13TNI", "END")]),
    (MID, "Officials will give an update at 4 p.m. Monday.", [("4 p.m. Monday", T, "2022-10-17T16:00")]),
    (J4, "Snow began falling Sunday evening and continued overnight.",
     [("Sunday evening", T, "2021-01-03TEV"), ("overnight", T, "2021-01-03TNI")]),
    (MID, "The deadline passed at midnight Thursday.", [("midnight Thursday", T, "2022-10-13T24:00")]),
    # durations and sets
    (MID, "The Fed has raised rates five times this year.", [("this year", D, "2022")]),
    (MID, "He was sentenced to 25 years in prison.", [("25 years", DUR, "P25Y")]),
    (MID, "The index posted its biggest gain in two months.", [("two months", DUR, "P2M")]),
    (MID, "The drug cut hospital stays by three days on average.", [("three days", DUR, "P3D")]),
    (MID, "Talks resume every few months.", [("every few months", S, "PXM")]),
    (MID, "The inquiry could take years.", [("years", DUR, "PXY")]),
    (MID, "The museum will close for two years starting in January.",
     [("two years", DUR, "P2Y"), ("January", D, "2023-01")]),
    (MID, "Prices fell for the first time in 18 months.", [("18 months", DUR, "P18M")]),
    # relative offsets
    (MID, "The CEO left the company a year ago this month.", [("a year ago this month", D, "2021-10")]),
    (MID, "The rebels launched the offensive on Oct. 1. Two weeks later, they controlled the city.",
     [("Oct. 1", D, "2022-10-01"), ("Two weeks later", D, "2022-W41")]),
    (MID, "The minister, who resigned two years ago, is running again.", [("two years ago", D, "2020")]),
    (J1, "A year ago today, China reported a cluster of pneumonia cases.", [("A year ago today", D, "2020-01-01")]),
    (EOM, "The bank failed on March 10; two days later, regulators guaranteed all deposits.",
     [("March 10", D, "2023-03-10"), ("two days later", D, "2023-03-12")]),
    (D31, "The first doses were given 23 days ago.", [("23 days ago", D, "2020-12-08")]),
]

# ROUND4: written after round 3's fixes, values fixed before the run
ROUND4 = [
    # months and dates with tense
    (MID, "The union, which struck in August, has threatened to walk out again in November.",
     [("August", D, "2022-08"), ("November", D, "2022-11")]),
    (MID, "Analysts had expected the merger to close in September.", [("September", D, "2022-09")]),
    (MID, "The company now expects the merger to close in December.",
     [("now", D, "PRESENT_REF"), ("December", D, "2022-12")]),
    (MID, "A hearing is set for Dec. 5.", [("Dec. 5", D, "2022-12-05")]),
    (MID, "The rate hike, announced on Sept. 21, takes effect on Nov. 1.",
     [("Sept. 21", D, "2022-09-21"), ("Nov. 1", D, "2022-11-01")]),
    (FEB28, "The deadline was extended to March 31.", [("March 31", D, "2023-03-31")]),
    (FEB28, "The ban, in force since Jan. 20, will be reviewed in April.",
     [("Jan. 20", D, "2023-01-20"), ("April", D, "2023-04")]),
    (EOM, "Shares have fallen 20 percent since the start of April.", [("the start of April", D, "2023-04", "START")]),
    (EOM, "The strike began in mid-March and ended in early April.",
     [("mid-March", D, "2023-03", "MID"), ("early April", D, "2023-04", "START")]),
    (J1, "The vaccine will be available to the public by the spring.", [("the spring", D, "2021-SP")]),
    (D31, "Prices rose 2 percent in November from October.", [("November", D, "2020-11"), ("October", D, "2020-10")]),
    (SUN, "Voters will choose a new parliament on July 4.", [("July 4", D, "2024-07-04")]),
    (SUN, "The law, passed in May, comes into force in September.", [("May", D, "2024-05"), ("September", D, "2024-09")]),
    # weeks and years
    (SUN, "Markets were volatile this past week.", [("this past week", D, "2024-W24")]),
    (SUN, "The week ahead brings the Fed's rate decision.", [("The week ahead", D, "2024-W25")]),
    (J4, "Last week's storm left thousands without power.", [("Last week", D, "2020-W53")]),
    (DEC29, "The index has gained 18 percent so far this year.", [("this year", D, "2025")]),
    (J3, "Lawmakers will return to Washington this week.", [("this week", D, "2021-W01")]),
    (JAN2, "Last week, the company said it would cut 5 percent of its staff.", [("Last week", D, "2023-W52")]),
    (J1, "Stocks ended the year at record highs on Thursday.", [("the year", D, "2020"), ("Thursday", D, "2020-12-31")]),
    (D31, "Stocks ended the year at record highs.", [("the year", D, "2020")]),
    # clock times and parts of day
    (MID, "The quake struck at 4:20 a.m. Thursday.", [("4:20 a.m. Thursday", T, "2022-10-13T04:20")]),
    (MID, "Police were called at 9:05 p.m. on Wednesday.",
     [("9:05 p.m.", T, "2022-10-12T21:05"), ("Wednesday", D, "2022-10-12")]),
    (MID, "The launch is scheduled for 7:30 a.m. EDT Saturday.", [("7:30 a.m. EDT Saturday", T, "2022-10-15T07:30")]),
    (D31, "Revelers are banned from gathering after 8 p.m. tonight.", [("8 p.m. tonight", T, "2020-12-31T20:00")]),
    (J1, "The first baby of the year was born at 12:01 a.m.", [("the year", D, "2021"), ("12:01 a.m.", T, "2021-01-01T00:01")]),
    (SUN, "The storm is expected to hit the coast Monday morning.", [("Monday morning", T, "2024-06-17TMO")]),
    (SUN, "Fans queued overnight for tickets.", [("overnight", T, "2024-06-15TNI")]),
    (J4, "The results are expected by Tuesday evening.", [("Tuesday evening", T, "2021-01-05TEV")]),
    (MID, "The minister spoke to reporters late Thursday afternoon.",
     [("late Thursday afternoon", T, "2022-10-13TAF", "END")]),
    # durations and sets
    (MID, "The two-day summit ends on Saturday.", [("two-day", DUR, "P2D"), ("Saturday", D, "2022-10-15")]),
    (MID, "The company has been in business for over a century.", [("over a century", DUR, "P100Y", "MORE_THAN")]),
    (MID, "The workers have been on strike for six weeks.", [("six weeks", DUR, "P6W")]),
    (MID, "The tournament is held every four years.", [("every four years", S, "P4Y")]),
    (MID, "Shoppers visit the market every Saturday morning.", [("every Saturday morning", S, "XXXX-WXX-6TMO")]),
    (MID, "The journal is published twice a month.", [("twice a month", S, "P1M")]),
    (MID, "The loan is repayable over 25 years.", [("25 years", DUR, "P25Y")]),
    (MID, "He spent the last three years of his life in exile.", [("the last three years", DUR, "P3Y")]),
    (MID, "The virus has an incubation period of up to 14 days.", [("up to 14 days", DUR, "P14D", "EQUAL_OR_LESS")]),
    # relative offsets
    (MID, "The company was founded in 1998 and went public two years later.",
     [("1998", D, "1998"), ("two years later", D, "2000")]),
    (MID, "The storm made landfall on Sept. 28; a week later, power was still out.",
     [("Sept. 28", D, "2022-09-28"), ("a week later", D, "2022-W40")]),
    (MID, "Inflation was 2 percent a year ago.", [("a year ago", D, "2021")]),
    (SAT3, "Shares are down 5 percent from a week ago.", [("a week ago", D, "2025-W52")]),
    (D31, "The pandemic was declared nine months ago.", [("nine months ago", D, "2020-03")]),
    (J4, "The election was held two months ago.", [("two months ago", D, "2020-11")]),
    (MID, "The vote will take place in 10 days.", [("10 days", DUR, "P10D")]),
]

# ROUND5: written after round 4's fixes, weighted to asides and clauses around months; values fixed before the run
ROUND5 = [
    # months and dates with tense, around asides
    (MID, "The refinery, damaged in a fire in August, restarts in December.",
     [("August", D, "2022-08"), ("December", D, "2022-12")]),
    (MID, "The pipeline, built in 2019, will shut in March for repairs.", [("2019", D, "2019"), ("March", D, "2023-03")]),
    (MID, "Officials, speaking on Tuesday, said the border would reopen in January.",
     [("Tuesday", D, "2022-10-11"), ("January", D, "2023-01")]),
    (MID, "The airline, which cut flights in July, plans to restore them by December.",
     [("July", D, "2022-07"), ("December", D, "2022-12")]),
    (MID, "The report, due in November, is expected to show slower growth.", [("November", D, "2022-11")]),
    (MID, "The deal was first announced in April and is expected to close in February.",
     [("April", D, "2022-04"), ("February", D, "2023-02")]),
    (MID, "The governor, elected in 2018, faces voters again in November.",
     [("2018", D, "2018"), ("November", D, "2022-11")]),
    (FEB28, "The policy, introduced in January, expires in June.", [("January", D, "2023-01"), ("June", D, "2023-06")]),
    (EOM, "Consumer prices, which rose 5 percent in March, are forecast to ease in May.",
     [("March", D, "2023-03"), ("May", D, "2023-05")]),
    (SUN, "The election, called in May, takes place on July 4.", [("May", D, "2024-05"), ("July 4", D, "2024-07-04")]),
    (D30, "The rule, adopted in October, applies from Jan. 1.", [("October", D, "2024-10"), ("Jan. 1", D, "2025-01-01")]),
    (J1, "The jab, approved in December, will be offered to over-80s in January.",
     [("December", D, "2020-12"), ("January", D, "2021-01")]),
    # weeks and years
    (SAT3, "Stocks rose this past week.", [("this past week", D, "2026-W01")]),
    (SAT3, "Retailers reported weak sales last weekend.", [("last weekend", D, "2025-W52-WE")]),
    (SAT3, "Temperatures will plunge this weekend.", [("this weekend", D, "2026-W01-WE")]),
    (YE_SUN, "This past year was the hottest on record.", [("This past year", D, "2023")]),
    (D30, "The year has been a difficult one for automakers.", [("The year", D, "2024")]),
    (DEC29, "Home sales slowed during the past week.", [("the past week", DUR, "P1W")]),
    (J4, "The Senate convenes this week to count electoral votes.", [("this week", D, "2021-W01")]),
    (EOM, "Sales rose this week.", [("this week", D, "2023-W17")]),
    (EOM, "The company reports earnings this week.", [("this week", D, "2023-W18")]),
    (FEB28, "The bank reports results next week.", [("next week", D, "2023-W10")]),
    # clock times and parts of day
    (SAT3, "The fire started at around 1:30 a.m.", [("around 1:30 a.m.", T, "2026-01-03T01:30", "APPROX")]),
    (SAT3, "The president will speak at 7 p.m. Sunday.", [("7 p.m. Sunday", T, "2026-01-04T19:00")]),
    (SAT3, "The storm moved through late Friday.", [("late Friday", D, "2026-01-02", "END")]),
    (D30, "The crash happened shortly after takeoff on Sunday morning.", [("Sunday morning", T, "2024-12-29TMO")]),
    (J4, "The markets open at 9:30 a.m. ET today.", [("9:30 a.m. ET today", T, "2021-01-04T09:30")]),
    (YE_SUN, "The countdown starts at 11:59 p.m.", [("11:59 p.m.", T, "2023-12-31T23:59")]),
    # durations and sets
    (MID, "The vaccine requires two doses three weeks apart.", [("three weeks", DUR, "P3W")]),
    (MID, "Subscribers pay $10 a month.", []),
    (MID, "The index has risen in eight of the past 10 weeks.", [("the past 10 weeks", DUR, "P10W")]),
    (MID, "Trading was suspended for an hour.", [("an hour", DUR, "PT1H")]),
    (MID, "The company holds its annual meeting each May.", [("each May", S, "XXXX-05")]),
    (MID, "The survey is conducted every three months.", [("every three months", S, "P3M")]),
    (MID, "The sentence was reduced to 18 months.", [("18 months", DUR, "P18M")]),
    (MID, "It was the deadliest attack in decades.", [("decades", DUR, "PXDE")]),
    (MID, "A six-month-old baby was among the dead.", []),
    # relative offsets
    (D30, "The ceasefire collapsed a week ago.", [("a week ago", D, "2024-W52")]),
    (EOM, "Prices have doubled since a year ago.", [("a year ago", D, "2022")]),
    (MID, "The plant will be completed two years from now.", [("two years from now", D, "2024")]),
    (FEB28, "The country held its first election in 1990; the second came four years later.",
     [("1990", D, "1990"), ("four years later", D, "1994")]),
]

# ROUND6: written after round 5's fixes, wire-story sentences mixing the families; values fixed before the run
ROUND6 = [
    (MID, "Britain's economy shrank 0.3 percent in August, official figures showed on Wednesday, raising fears of a "
          "recession later this year.",
     [("August", D, "2022-08"), ("Wednesday", D, "2022-10-12"), ("later this year", D, "2022")]),
    (MID, "The IMF cut its global growth forecast for next year to 2.7 percent.", [("next year", D, "2023")]),
    (MID, "U.S. consumer prices rose 0.4 percent last month, the Labor Department said on Thursday.",
     [("last month", D, "2022-09"), ("Thursday", D, "2022-10-13")]),
    (MID, "OPEC+ agreed last week to cut output by 2 million barrels per day from November.",
     [("last week", D, "2022-W40"), ("November", D, "2022-11")]),
    (MID, "The central bank has raised rates at each of its last five meetings.", []),
    (MID, "Mortgage rates topped 7 percent this week for the first time since 2002.",
     [("this week", D, "2022-W41"), ("2002", D, "2002")]),
    (MID, "The company expects to complete the sale in the first half of next year.",
     [("the first half of next year", D, "2023-H1")]),
    (MID, "The vote, originally scheduled for Sept. 30, was postponed until Nov. 8.",
     [("Sept. 30", D, "2022-09-30"), ("Nov. 8", D, "2022-11-08")]),
    (MID, "The embassy will remain closed until further notice.", []),
    (MID, "The drought is the worst in at least 500 years.", [("at least 500 years", DUR, "P500Y", "EQUAL_OR_MORE")]),
    (MID, "Flights resumed on Thursday after a 12-hour outage.",
     [("Thursday", D, "2022-10-13"), ("12-hour", DUR, "PT12H")]),
    (MID, "The contract runs for five years.", [("five years", DUR, "P5Y")]),
    (MID, "The new terminal is due to open in the autumn of 2025.", [("the autumn of 2025", D, "2025-FA")]),
    (MID, "The hearings will resume after the midterm elections in November.", [("November", D, "2022-11")]),
    (SUN, "The heat wave is expected to last through Wednesday.", [("Wednesday", D, "2024-06-19")]),
    (SUN, "Swiss voters approved the measure in a referendum on Sunday.", [("Sunday", D, "2024-06-16")]),
    (SUN, "Early voting begins on Monday and runs for two weeks.",
     [("Monday", D, "2024-06-17"), ("two weeks", DUR, "P2W")]),
    (SUN, "The tournament runs until July 14.", [("July 14", D, "2024-07-14")]),
    (DEC29, "The company said on Monday it would cut 1,000 jobs over the next 12 months.",
     [("Monday", D, "2025-12-29"), ("the next 12 months", DUR, "P12M")]),
    (D30, "The S&P 500 has gained 24 percent this year.", [("this year", D, "2024")]),
    (D30, "The Fed signaled this month that it would cut rates only twice next year.",
     [("this month", D, "2024-12"), ("next year", D, "2025")]),
    (J1, "Fireworks were cancelled in many cities last night.", [("last night", T, "2020-12-31TNI")]),
    (J1, "The new trade rules took effect at 11 p.m. on Thursday.",
     [("11 p.m.", T, "2020-12-31T23:00"), ("Thursday", D, "2020-12-31")]),
    (J1, "Hospitals expect admissions to peak in mid-January.", [("mid-January", D, "2021-01", "MID")]),
    (J4, "Schools in England reopened today for some pupils.", [("today", D, "2021-01-04")]),
    (J4, "The prime minister will address the nation at 8 p.m.", [("8 p.m.", T, "2021-01-04T20:00")]),
    (J4, "Georgia's runoff elections on Tuesday will decide control of the Senate.", [("Tuesday", D, "2021-01-05")]),
    (FEB28, "The bank said inflation would fall to 3 percent by the end of the year.",
     [("the end of the year", D, "2023", "END")]),
    (EOM, "The Federal Reserve meets on Tuesday and Wednesday.",
     [("Tuesday", D, "2023-05-02"), ("Wednesday", D, "2023-05-03")]),
    (EOM, "First-quarter growth slowed to 1.1 percent, data showed on Thursday.",
     [("First-quarter", D, "2023-Q1"), ("Thursday", D, "2023-04-27")]),
    (EOM, "Prices have risen for 12 months in a row.", [("12 months", DUR, "P12M")]),
    (EOM, "The shares have lost half their value since the start of the year.",
     [("the start of the year", D, "2023", "START")]),
    (SAT3, "Holiday sales were the strongest in five years.", [("five years", DUR, "P5Y")]),
    (SAT3, "The airline cancelled 300 flights on Friday and another 200 today.",
     [("Friday", D, "2026-01-02"), ("today", D, "2026-01-03")]),
]

# ROUND7: written after round 6's fixes; parts of day, "early/late" + relative units, unit adjectives
ROUND7 = [
    (MID, "The storm is expected to make landfall early Tuesday morning.",
     [("early Tuesday morning", T, "2022-10-18TMO", "START")]),
    (MID, "The ship docked at 0600 GMT.", [("0600 GMT", T, "2022-10-14T06:00")]),
    (MID, "Voting ended at 6 p.m.", [("6 p.m.", T, "2022-10-14T18:00")]),
    (MID, "Rescuers pulled survivors from the rubble through Thursday night.", [("Thursday night", T, "2022-10-13TNI")]),
    (MID, "The gunman was shot dead last evening.", [("last evening", T, "2022-10-13TEV")]),
    (MID, "The verdict is due the day after tomorrow.", [("the day after tomorrow", D, "2022-10-16")]),
    (MID, "The firm signed an 18-month contract.", [("18-month", DUR, "P18M")]),
    (MID, "Interest rates will rise early next month.", [("early next month", D, "2022-11", "START")]),
    (MID, "The merger collapsed late last year.", [("late last year", D, "2021", "END")]),
    (MID, "The report will be published at the end of next week.", [("the end of next week", D, "2022-W42", "END")]),
    (MID, "Sales picked up at the beginning of the month.", [("the beginning of the month", D, "2022-10", "START")]),
    (MID, "The housing boom of the 1990s ended badly.", [("the 1990s", D, "199")]),
    (MID, "Fighting has intensified over the past few days.", [("the past few days", DUR, "PXD")]),
    (MID, "The half-hour program airs weekly.", [("half-hour", DUR, "PT30M"), ("weekly", S, "P1W")]),
    (MID, "The new stadium will open in three years' time.", [("three years", DUR, "P3Y")]),
    (MID, "The company was founded in the mid-1980s.", [("the mid-1980s", D, "198", "MID")]),
    (MID, "Inflation hit a 40-year high in June.", [("40-year", DUR, "P40Y"), ("June", D, "2022-06")]),
    (J1, "The curfew will be lifted at 5 a.m. on Monday.", [("5 a.m.", T, "2021-01-04T05:00"), ("Monday", D, "2021-01-04")]),
    (J3, "The storm will move east on Monday night.", [("Monday night", T, "2021-01-04TNI")]),
    (J3, "The minister resigned late Saturday.", [("late Saturday", D, "2021-01-02", "END")]),
    (J3, "Officials will meet early next week.", [("early next week", D, "2021-W01", "START")]),
    (J3, "The trial began last Monday.", [("last Monday", D, "2020-12-28")]),
    (DEC29, "The strike ended late last week.", [("late last week", D, "2025-W52", "END")]),
    (DEC29, "The new rules come into force at midnight on Wednesday.",
     [("midnight", T, "2025-12-31T24:00"), ("Wednesday", D, "2025-12-31")]),
    (DEC29, "Shops will close early on Wednesday afternoon.", [("Wednesday afternoon", T, "2025-12-31TAF")]),
    (EOM, "Data due later this week is expected to show slower growth.", [("later this week", D, "2023-W18")]),
    (FEB28, "The company will release results in the second week of March.",
     [("the second week of March", D, "2023-W10")]),
    (SAT3, "Markets were closed for two days this week.", [("two days", DUR, "P2D"), ("this week", D, "2026-W01")]),
    (SUN, "The plane landed at 3:10 a.m. Sunday.", [("3:10 a.m. Sunday", T, "2024-06-16T03:10")]),
    (SUN, "The concert starts at 8 tonight.", [("8 tonight", T, "2024-06-16T20:00")]),
]

# ROUND8: written after round 7's fixes; months with tense around the turn of the year, deadlines, past vs future pairs
ROUND8 = [
    (D31, "The company said in November that it would raise prices in January.",
     [("November", D, "2020-11"), ("January", D, "2021-01")]),
    (D31, "Sales hit a record in December, the trade group said.", [("December", D, "2020-12")]),
    (J1, "Sales hit a record in December, the trade group said.", [("December", D, "2020-12")]),
    (J1, "The vaccine maker said it would deliver 30 million doses by March.", [("March", D, "2021-03")]),
    (J1, "Restrictions were eased in early December and tightened again before Christmas.",
     [("early December", D, "2020-12", "START"), ("Christmas", D, "2020-12-25")]),
    (J4, "Factory orders rose in November, data showed.", [("November", D, "2020-11")]),
    (J4, "The ban remains in place until mid-February.", [("mid-February", D, "2021-02", "MID")]),
    (DEC29, "The central bank will next meet in late January.", [("late January", D, "2026-01", "END")]),
    (DEC29, "The tariffs, imposed in April, will be lifted on Jan. 1.",
     [("April", D, "2025-04"), ("Jan. 1", D, "2026-01-01")]),
    (SAT3, "The company will report fourth-quarter results in February.",
     [("fourth-quarter", D, "2025-Q4"), ("February", D, "2026-02")]),
    (SAT3, "Orders fell sharply in November and December.", [("November", D, "2025-11"), ("December", D, "2025-12")]),
    (YE_SUN, "The index ended December up 4 percent.", [("December", D, "2023-12")]),
    (YE_SUN, "The new fiscal rules take effect in January.", [("January", D, "2024-01")]),
    (FEB28, "The merger was completed on Feb. 1.", [("Feb. 1", D, "2023-02-01")]),
    (FEB28, "The index has risen every day since Feb. 14.", [("every day", S, "P1D"), ("Feb. 14", D, "2023-02-14")]),
    (EOM, "The tax break expires at the end of May.", [("the end of May", D, "2023-05", "END")]),
    (EOM, "Job openings fell to a two-year low in March.", [("two-year", DUR, "P2Y"), ("March", D, "2023-03")]),
    (MID, "The offer is valid until Oct. 31.", [("Oct. 31", D, "2022-10-31")]),
    (MID, "The offer was valid until Oct. 1.", [("Oct. 1", D, "2022-10-01")]),
    (MID, "The company had hoped to finish the project by September.", [("September", D, "2022-09")]),
    (MID, "The company hopes to finish the project by September.", [("September", D, "2023-09")]),
    (MID, "Registration closes on Oct. 21.", [("Oct. 21", D, "2022-10-21")]),
    (MID, "Registration closed on Oct. 7.", [("Oct. 7", D, "2022-10-07")]),
    # weeks
    (J3, "Stocks rallied this past week.", [("this past week", D, "2020-W53")]),
    (DEC29, "Travel peaked this past weekend.", [("this past weekend", D, "2025-W52-WE")]),
    (YE_SUN, "The heavy rain continued this weekend.", [("this weekend", D, "2023-W52-WE")]),
    (SAT3, "Markets were closed for two days last week.", [("two days", DUR, "P2D"), ("last week", D, "2025-W52")]),
    (D30, "The Fed meets again in the last week of January.", [("the last week of January", D, "2025-W05")]),
    # clock times
    (MID, "The vote is set for 10 a.m. on Oct. 20.", [("10 a.m.", T, "2022-10-20T10:00"), ("Oct. 20", D, "2022-10-20")]),
    (J1, "The transition period ended at 11 p.m. last night.", [("11 p.m. last night", T, "2020-12-31T23:00")]),
    (SAT3, "The first flights took off at dawn on Friday.", [("Friday", D, "2026-01-02")]),
    # durations, sets, offsets
    (MID, "The building has stood empty for most of the past decade.", [("the past decade", DUR, "P10Y")]),
    (MID, "The festival returns after a two-year absence.", [("two-year", DUR, "P2Y")]),
    (MID, "The lender reviews its rates weekly.", [("weekly", S, "P1W")]),
    (MID, "Smokers who quit for at least a year halve their risk.", [("at least a year", DUR, "P1Y", "EQUAL_OR_MORE")]),
    (YE_SUN, "The company went public a year ago this week.", [("a year ago this week", D, "2022-W52")]),
]

# ROUND9: written after round 8's fixes; another 53-week year, reported speech and perfects, seasons and decades
ROUND9 = [
    (P27, "Shares fell last week.", [("last week", D, "2026-W52")]),
    (P27, "Trading resumes next week.", [("next week", D, "2027-W01")]),
    (P27, "The festival continues this weekend.", [("this weekend", D, "2026-W53-WE")]),
    (P27, "The year ahead will bring elections in France.", [("The year ahead", D, "2027")]),
    (P27, "Last year, the company cut 3,000 jobs.", [("Last year", D, "2026")]),
    (M27, "Stocks slipped last week.", [("last week", D, "2026-W53")]),
    (T26, "The company will announce its plans in the first week of January.",
     [("the first week of January", D, "2027-W01")]),
    (T26, "Holiday traffic was heavy this week.", [("this week", D, "2026-W53")]),
    (T26, "Unemployment will rise next year, the OECD warned.", [("next year", D, "2027")]),
    (T26, "Home prices rose this year for the first time since 2022.", [("this year", D, "2026"), ("2022", D, "2022")]),
    # reported speech and perfects
    (MID, "She said she had visited the plant in September.", [("September", D, "2022-09")]),
    (MID, "He said the plant would be visited in September.", [("September", D, "2023-09")]),
    (MID, "Officials warned last month that the reservoir could run dry by December.",
     [("last month", D, "2022-09"), ("December", D, "2022-12")]),
    (MID, "The ministry said on Monday that exports had fallen in September.",
     [("Monday", D, "2022-10-10"), ("September", D, "2022-09")]),
    (MID, "Analysts say rates could peak in March.", [("March", D, "2023-03")]),
    (MID, "The company had been expected to report in August.", [("August", D, "2022-08")]),
    (MID, "Lawmakers have until December to pass a budget.", [("December", D, "2022-12")]),
    (MID, "The agency has been investigating the crash since May.", [("May", D, "2022-05")]),
    (MID, "Prices have not been this high since June.", [("June", D, "2022-06")]),
    (MID, "The museum has been closed since early 2020.", [("early 2020", D, "2020", "START")]),
    (FEB28, "The firm said it expected to return to profit by the end of next year.",
     [("the end of next year", D, "2024", "END")]),
    (FEB28, "The plan is due to be finalised by mid-2024.", [("mid-2024", D, "2024", "MID")]),
    # seasons and decades
    (EOM, "Rents are expected to keep rising through the summer.", [("the summer", D, "2023-SU")]),
    (EOM, "The heat wave last summer killed thousands.", [("last summer", D, "2022-SU")]),
    (D30, "The rule change was announced in the spring.", [("the spring", D, "2024-SP")]),
    (J4, "Officials hope to vaccinate 2 million people a week by spring.", [("spring", D, "2021-SP")]),
    (MID, "The drug will be available by the end of the decade.", [("the end of the decade", D, "202", "END")]),
    (MID, "The minister resigned in the summer.", [("the summer", D, "2022-SU")]),
    (MID, "The bill is expected to pass this fall.", [("this fall", D, "2022-FA")]),
]

# ROUND10: written after round 9's fixes; weekends ahead, generic and ordinal days, pairs of expressions
ROUND10 = [
    (J3, "Forecasters expect heavy snow next weekend.", [("next weekend", D, "2021-W01-WE")]),
    (SAT3, "The tournament concludes next weekend.", [("next weekend", D, "2026-W02-WE")]),
    (P27, "The coming week will be crucial for the talks.", [("The coming week", D, "2027-W01")]),
    (M27, "Lawmakers return this week.", [("this week", D, "2027-W01")]),
    (M27, "The heavy snow this weekend closed roads.", [("this weekend", D, "2026-W53-WE")]),
    (SUN, "The summit ended this weekend with a joint statement.", [("this weekend", D, "2024-W24-WE")]),
    (D31, "Cases surged over the past two weeks.", [("the past two weeks", DUR, "P2W")]),
    (J4, "Trading volumes recovered this week after the holidays.", [("this week", D, "2021-W01")]),
    (MID, "The company plans to open 20 stores next spring.", [("next spring", D, "2023-SP")]),
    (MID, "The fire season typically ends in November.", [("November", D, "XXXX-11")]),
    (MID, "Each November, the city hosts a marathon.", [("Each November", S, "XXXX-11")]),
    (MID, "The tax cut took effect on the first of the month.", [("the first of the month", D, "2022-10-01")]),
    (MID, "The company will hold its annual meeting on the 27th.", [("the 27th", D, "2022-10-27")]),
    (MID, "The ship left port on the 3rd.", [("the 3rd", D, "2022-10-03")]),
    (FEB28, "The new law takes effect March 1, 2024.", [("March 1, 2024", D, "2024-03-01")]),
    (FEB28, "The bank was founded in February 1923.", [("February 1923", D, "1923-02")]),
    (EOM, "The strike started on April 3 and ended on April 21.",
     [("April 3", D, "2023-04-03"), ("April 21", D, "2023-04-21")]),
    (EOM, "Between January and March, sales rose 4 percent.", [("January", D, "2023-01"), ("March", D, "2023-03")]),
    (EOM, "From June, fares will rise by 5 percent.", [("June", D, "2023-06")]),
    (MID, "The summit opens on Monday morning and closes on Wednesday evening.",
     [("Monday morning", T, "2022-10-17TMO"), ("Wednesday evening", T, "2022-10-19TEV")]),
    (MID, "Shares jumped in early trading on Thursday.", [("Thursday", D, "2022-10-13")]),
    (SUN, "The polls closed at 10 p.m. on Saturday and counting continued overnight.",
     [("10 p.m.", T, "2024-06-15T22:00"), ("Saturday", D, "2024-06-15"), ("overnight", T, "2024-06-15TNI")]),
    (D31, "The Senate will reconvene at noon on Sunday.", [("noon", T, "2021-01-03T12:00"), ("Sunday", D, "2021-01-03")]),
    (MID, "The company has paid a dividend every quarter since 1990.", [("every quarter", S, "P1Q"), ("1990", D, "1990")]),
    (MID, "The bridge was closed for several hours.", [("several hours", DUR, "PTXH")]),
    (MID, "The suspects were held for questioning for a few days.", [("a few days", DUR, "PXD")]),
    (MID, "It was the first increase in almost three decades.", [("almost three decades", DUR, "P30Y", "LESS_THAN")]),
    (MID, "Workers will get a 4 percent raise over two years.", [("two years", DUR, "P2Y")]),
    (MID, "The company posted its first profit in a decade.", [("a decade", DUR, "P10Y")]),
    (MID, "In a month's time, the new rules kick in.", [("a month", DUR, "P1M")]),
]

# ROUND11: written after round 10's fixes; months with relative words, anaphoric years, durations with signals
ROUND11 = [
    (MID, "The plant opened last March.", [("last March", D, "2022-03")]),
    (MID, "The election is next March.", [("next March", D, "2023-03")]),
    (MID, "The law changed in March last year.", [("March last year", D, "2021-03")]),
    (MID, "Output fell in March of this year.", [("March of this year", D, "2022-03")]),
    (MID, "The bank raised rates late last month.", [("late last month", D, "2022-09", "END")]),
    (MID, "Sales slowed earlier this year.", [("earlier this year", D, "2022", "START")]),
    (MID, "The drought began in 2020 and worsened the following year.",
     [("2020", D, "2020"), ("the following year", D, "2021")]),
    (MID, "The company went bankrupt in 2008; the year before, it had posted a record profit.",
     [("2008", D, "2008"), ("the year before", D, "2007")]),
    (MID, "The treaty was signed in 1992 and ratified a year later.", [("1992", D, "1992"), ("a year later", D, "1993")]),
    (MID, "The suspect had been on the run for 10 days before his arrest on Tuesday.",
     [("10 days", DUR, "P10D"), ("Tuesday", D, "2022-10-11")]),
    (MID, "The Senate has 30 days to review the deal.", [("30 days", DUR, "P30D")]),
    (MID, "The airline expects to return to profit within two years.", [("two years", DUR, "P2Y", "EQUAL_OR_LESS")]),
    (MID, "The mayor has served for nearly eight years.", [("nearly eight years", DUR, "P8Y", "LESS_THAN")]),
    (MID, "Mortgage rates hit their highest level since 2006 this week.", [("2006", D, "2006"), ("this week", D, "2022-W41")]),
    (MID, "The vaccine was approved 18 months ago.", [("18 months ago", D, "2021-04")]),
    (MID, "The rebels gave the government 72 hours to respond.", [("72 hours", DUR, "PT72H")]),
    (MID, "The storm will weaken within 24 hours.", [("24 hours", DUR, "PT24H", "EQUAL_OR_LESS")]),
    (MID, "Temperatures will stay above freezing for the next several days.", [("the next several days", DUR, "PXD")]),
    (MID, "Residents have been without power since Sunday night.", [("Sunday night", T, "2022-10-09TNI")]),
    (MID, "Voters will head to the polls on the second Tuesday in November.",
     [("the second Tuesday in November", D, "2022-11-08")]),
    (SUN, "Fans have waited 30 years for this title.", [("30 years", DUR, "P30Y")]),
    (SUN, "The tournament starts in four weeks.", [("four weeks", DUR, "P4W")]),
    (FEB28, "The company said sales fell in the three months to December.",
     [("the three months", DUR, "P3M"), ("December", D, "2022-12")]),
    (FEB28, "Net profit rose 12 percent in the year to December.", [("the year", DUR, "P1Y"), ("December", D, "2022-12")]),
    (J4, "The virus has killed more than 75,000 people since March.", [("March", D, "2020-03")]),
    (J4, "The government plans to vaccinate all adults by the autumn.", [("the autumn", D, "2021-FA")]),
]

# ROUND12: written after round 11's fixes, on the weakest spot so far: months in asides, relative and fronted clauses
ROUND12 = [
    (MID, "The factory, which closed in March, will reopen in April.", [("March", D, "2022-03"), ("April", D, "2023-04")]),
    (MID, "The minister, who took office in July, resigns in November.", [("July", D, "2022-07"), ("November", D, "2022-11")]),
    (MID, "Sales, which had risen in June, fell in July.", [("June", D, "2022-06"), ("July", D, "2022-07")]),
    (MID, "The firm, hit by losses in August, plans to cut jobs in January.",
     [("August", D, "2022-08"), ("January", D, "2023-01")]),
    (MID, "The festival, held every year since 1970, returns in June.",
     [("every year", S, "P1Y"), ("1970", D, "1970"), ("June", D, "2023-06")]),
    (MID, "Although prices fell in September, economists expect them to rise in December.",
     [("September", D, "2022-09"), ("December", D, "2022-12")]),
    (MID, "After a slump in August, exports recovered in September.", [("August", D, "2022-08"), ("September", D, "2022-09")]),
    (MID, "Before the vote in November, the party will hold a rally.", [("November", D, "2022-11")]),
    (MID, "When the plant reopens in March, it will employ 500 people.", [("March", D, "2023-03")]),
    (MID, "Since the ban took effect in May, sales have collapsed.", [("May", D, "2022-05")]),
    (MID, "Unless Congress acts by December, the program will expire.", [("December", D, "2022-12")]),
    (MID, "Shares, which peaked in January, are down 30 percent this year.",
     [("January", D, "2022-01"), ("this year", D, "2022")]),
    (MID, "The new CEO, appointed in May, starts in January.", [("May", D, "2022-05"), ("January", D, "2023-01")]),
    (MID, "The law, which takes effect in January, was passed in June.", [("January", D, "2023-01"), ("June", D, "2022-06")]),
    (MID, "The plant was shut in June and is due to restart in February.",
     [("June", D, "2022-06"), ("February", D, "2023-02")]),
    (MID, "Investors who bought in March have lost money.", [("March", D, "2022-03")]),
    (MID, "Anyone who registers by November will be eligible.", [("November", D, "2022-11")]),
    (MID, "The results, published in September, showed a sharp decline.", [("September", D, "2022-09")]),
    (MID, "The results, to be published in November, are expected to show a decline.", [("November", D, "2022-11")]),
    (MID, "The launch, postponed in August, has been rescheduled for December.",
     [("August", D, "2022-08"), ("December", D, "2022-12")]),
    (EOM, "The bank, which failed in March, will be sold in May.", [("March", D, "2023-03"), ("May", D, "2023-05")]),
    (EOM, "Having peaked in January, inflation is expected to fall by June.",
     [("January", D, "2023-01"), ("June", D, "2023-06")]),
    (EOM, "Once the merger closes in June, the combined company will cut jobs.", [("June", D, "2023-06")]),
    (FEB28, "The airline, which cancelled flights in December, expects to restore them in March.",
     [("December", D, "2022-12"), ("March", D, "2023-03")]),
    (D31, "The vaccine, approved in December, will reach care homes in January.",
     [("December", D, "2020-12"), ("January", D, "2021-01")]),
    (SUN, "The striking workers, who walked out in May, return to work on Monday.",
     [("May", D, "2024-05"), ("Monday", D, "2024-06-17")]),
    (SUN, "The bridge, damaged in April, reopens in August.", [("April", D, "2024-04"), ("August", D, "2024-08")]),
]

# ROUND13: written after round 12's fixes; vague and compound durations, unit adjectives, sets, parts of day
ROUND13 = [
    (MID, "The talks lasted for hours.", [("hours", DUR, "PTXH")]),
    (MID, "Hours later, the suspect was arrested.", [("Hours later", DUR, "PTXH")]),
    (MID, "Minutes later, the building collapsed.", [("Minutes later", DUR, "PTXM")]),
    (MID, "The fire was contained within minutes.", [("minutes", DUR, "PTXM")]),
    (MID, "Authorities have ordered residents to evacuate in the next 48 hours.", [("the next 48 hours", DUR, "PT48H")]),
    (MID, "The two leaders held a 90-minute meeting.", [("90-minute", DUR, "PT90M")]),
    (MID, "The weeklong festival draws thousands of visitors.", [("weeklong", DUR, "P1W")]),
    (MID, "The month-long strike ended on Friday.", [("month-long", DUR, "P1M"), ("Friday", D, "2022-10-14")]),
    (MID, "He spent a quarter of a century in prison.", [("a quarter of a century", DUR, "P25Y")]),
    (MID, "The prime minister served for 11 years.", [("11 years", DUR, "P11Y")]),
    (MID, "The war lasted six years, from 1939 to 1945.",
     [("six years", DUR, "P6Y"), ("1939", D, "1939"), ("1945", D, "1945")]),
    (MID, "The satellite will orbit Earth for up to 15 years.", [("up to 15 years", DUR, "P15Y", "EQUAL_OR_LESS")]),
    (MID, "Average wait times have doubled to 40 minutes.", [("40 minutes", DUR, "PT40M")]),
    (MID, "The museum is closed on Mondays.", [("Mondays", S, "XXXX-WXX-1")]),
    (MID, "The market is held on Saturdays and Sundays.", [("Saturdays", S, "XXXX-WXX-6"), ("Sundays", S, "XXXX-WXX-7")]),
    (MID, "The ferry sails hourly.", [("hourly", S, "PT1H")]),
    (MID, "The council meets monthly.", [("monthly", S, "P1M")]),
    (MID, "The comet returns every 76 years.", [("every 76 years", S, "P76Y")]),
    (MID, "Twice a week, volunteers deliver meals.", [("Twice a week", S, "P1W")]),
    (MID, "The explosion was heard at around 2 p.m. on Thursday.",
     [("around 2 p.m.", T, "2022-10-13T14:00", "APPROX"), ("Thursday", D, "2022-10-13")]),
    (MID, "The minister will arrive on Sunday afternoon.", [("Sunday afternoon", T, "2022-10-16TAF")]),
    (MID, "Trading ended early on Friday afternoon.", [("Friday afternoon", T, "2022-10-14TAF")]),
    (MID, "Rain is forecast for Saturday night and Sunday morning.",
     [("Saturday night", T, "2022-10-15TNI"), ("Sunday morning", T, "2022-10-16TMO")]),
    (J4, "The prime minister spoke at 8 p.m. on Sunday.", [("8 p.m.", T, "2021-01-03T20:00"), ("Sunday", D, "2021-01-03")]),
    (J4, "The snow will continue into Tuesday morning.", [("Tuesday morning", T, "2021-01-05TMO")]),
]

# ROUND14: written after round 13's fixes; two- and three-sentence passages mixing the families
ROUND14 = [
    (MID, "The storm made landfall on Wednesday night. By Thursday morning, more than a million homes were without "
          "power. Crews expect to restore service by the end of next week.",
     [("Wednesday night", T, "2022-10-12TNI"), ("Thursday morning", T, "2022-10-13TMO"),
      ("the end of next week", D, "2022-W42", "END")]),
    (MID, "Inflation rose to 8.2 percent in September. Economists expect it to ease early next year.",
     [("September", D, "2022-09"), ("early next year", D, "2023", "START")]),
    (MID, "The company was founded in 1994. Five years later it went public, and in 2008 it nearly collapsed.",
     [("1994", D, "1994"), ("Five years later", D, "1999"), ("2008", D, "2008")]),
    (MID, "Talks collapsed last month. They are due to resume in the first week of November.",
     [("last month", D, "2022-09"), ("the first week of November", D, "2022-W44")]),
    (MID, "The museum closed in March 2020. It reopened this summer after more than two years.",
     [("March 2020", D, "2020-03"), ("this summer", D, "2022-SU"), ("more than two years", DUR, "P2Y", "MORE_THAN")]),
    (MID, "Voting begins at 7 a.m. on Tuesday and ends at 8 p.m.",
     [("7 a.m.", T, "2022-10-18T07:00"), ("Tuesday", D, "2022-10-18"), ("8 p.m.", T, "2022-10-18T20:00")]),
    (SUN, "The heat wave began last weekend. Temperatures are forecast to peak on Wednesday before easing over the "
          "weekend.",
     [("last weekend", D, "2024-W23-WE"), ("Wednesday", D, "2024-06-19"), ("the weekend", D, "2024-W25-WE")]),
    (SUN, "The festival, which ran for 10 days, ended on Sunday. Organisers said next year's event would be held in July.",
     [("10 days", DUR, "P10D"), ("Sunday", D, "2024-06-16"), ("next year", D, "2025"), ("July", D, "2025-07")]),
    (D31, "The pandemic dominated the year. Vaccinations began in December, and officials hope to inoculate most "
          "adults by the summer.",
     [("the year", D, "2020"), ("December", D, "2020-12"), ("the summer", D, "2021-SU")]),
    (J4, "Schools closed on Monday. The government said they would stay shut until at least mid-February.",
     [("Monday", D, "2021-01-04"), ("mid-February", D, "2021-02")]),
    (EOM, "Home prices fell in March for the first time in a decade. Sales are expected to recover in the second half.",
     [("March", D, "2023-03"), ("a decade", DUR, "P10Y"), ("the second half", D, "2023-H2")]),
    (FEB28, "The strike started three weeks ago. Union leaders will meet employers on Thursday.",
     [("three weeks ago", D, "2023-W06"), ("Thursday", D, "2023-03-02")]),
    (DEC29, "The Fed cut rates three times this year. Policymakers next meet in late January.",
     [("this year", D, "2025"), ("late January", D, "2026-01", "END")]),
    (SAT3, "The storm dumped a foot of snow on Friday. More snow is forecast for Sunday night.",
     [("Friday", D, "2026-01-02"), ("Sunday night", T, "2026-01-04TNI")]),
    (MID, "The rover landed on Mars in February 2021. It has been collecting samples for more than 18 months.",
     [("February 2021", D, "2021-02"), ("more than 18 months", DUR, "P18M", "MORE_THAN")]),
]

# ROUND15: written after round 14's fixes; more passages, the form that found most failures in round 14
ROUND15 = [
    (MID, "The central bank raised rates in September for the fifth time this year. It meets again on Nov. 2 and is "
          "expected to raise them again.",
     [("September", D, "2022-09"), ("this year", D, "2022"), ("Nov. 2", D, "2022-11-02")]),
    (MID, "The bridge collapsed in 2018. A new one opened two years later.",
     [("2018", D, "2018"), ("two years later", D, "2020")]),
    (SUN, "Voters in France go to the polls on June 30 and July 7. The campaign officially starts on Monday.",
     [("June 30", D, "2024-06-30"), ("July 7", D, "2024-07-07"), ("Monday", D, "2024-06-17")]),
    (SUN, "The company said last week that it would cut 500 jobs by the end of the year. Shares fell 4 percent on Friday.",
     [("last week", D, "2024-W23"), ("the end of the year", D, "2024", "END"), ("Friday", D, "2024-06-14")]),
    (J1, "The year began with fireworks and protests. Police made 300 arrests overnight, and more demonstrations are "
         "planned for Saturday.",
     [("The year", D, "2021"), ("overnight", T, "2020-12-31TNI"), ("Saturday", D, "2021-01-02")]),
    (D30, "Stocks closed the year near record highs on Friday. Markets are shut on Wednesday for New Year's Day.",
     [("the year", D, "2024"), ("Friday", D, "2024-12-27"), ("Wednesday", D, "2025-01-01"),
      ("New Year's Day", D, "2025-01-01")]),
    (EOM, "The strike began two weeks ago. Negotiators will meet again on Tuesday.",
     [("two weeks ago", D, "2023-W15"), ("Tuesday", D, "2023-05-02")]),
    (FEB28, "The probe has lasted nearly a year. Investigators hope to finish by the summer.",
     [("nearly a year", DUR, "P1Y", "LESS_THAN"), ("the summer", D, "2023-SU")]),
    (MID, "Ticket sales opened at 10 a.m. and sold out within an hour.",
     [("10 a.m.", T, "2022-10-14T10:00"), ("an hour", DUR, "PT1H")]),
    (MID, "The plane took off at 11:20 p.m. on Wednesday and landed nine hours later.",
     [("11:20 p.m.", T, "2022-10-12T23:20"), ("Wednesday", D, "2022-10-12"), ("nine hours later", T, "2022-10-13T08:20")]),
    (DEC29, "The new law takes effect on Thursday. It was passed in June after months of debate.",
     [("Thursday", D, "2026-01-01"), ("June", D, "2025-06"), ("months", DUR, "PXM")]),
    (SAT3, "The airline cancelled hundreds of flights this week. It expects to resume normal service by Monday.",
     [("this week", D, "2026-W01"), ("Monday", D, "2026-01-05")]),
    (J3, "The Senate runoffs are on Tuesday. Early voting ended on Thursday after three weeks.",
     [("Tuesday", D, "2021-01-05"), ("Thursday", D, "2020-12-31"), ("three weeks", DUR, "P3W")]),
    (MID, "Two years ago, the company nearly went bankrupt. This year it expects a record profit.",
     [("Two years ago", D, "2020"), ("This year", D, "2022")]),
    (M27, "Consumer prices rose 3 percent last year. Economists expect inflation to slow this year.",
     [("last year", D, "2026"), ("this year", D, "2027")]),
]

# ROUND16: written after round 15's fixes; the first and last days of a month, a mid-month Sunday, New Year's Day
ROUND16 = [
    (FIRST, "Home sales fell last month.", [("last month", D, "2023-05")]),
    (FIRST, "Rates will rise this month.", [("this month", D, "2023-06")]),
    (FIRST, "The new rules took effect this month.", [("this month", D, "2023-06")]),
    (FIRST, "Prices are expected to ease in early June.", [("early June", D, "2023-06", "START")]),
    (FIRST, "Sales slumped in early June last year.", [("early June last year", D, "2022-06", "START")]),
    (FIRST, "The strike ended in late May.", [("late May", D, "2023-05", "END")]),
    (FIRST, "The company will report results in mid-June.", [("mid-June", D, "2023-06", "MID")]),
    (FIRST, "The company reported results in mid-June.", [("mid-June", D, "2022-06", "MID")]),
    (EOM, "The deal is expected to close by the end of the month.", [("the end of the month", D, "2023-04", "END")]),
    (EOM, "Mortgage rates will be reviewed at the start of next month.", [("the start of next month", D, "2023-05", "START")]),
    (J31, "The ceasefire expires on January 31.", [("January 31", D, "2024-01-31")]),
    (J31, "The offer expires on February 1.", [("February 1", D, "2024-02-01")]),
    (J31, "The company cut 1,000 jobs in January.", [("January", D, "2024-01")]),
    (J31, "The central bank will meet again in March.", [("March", D, "2024-03")]),
    (J31, "Last month's storms caused $2 billion in damage.", [("Last month", D, "2023-12")]),
    (OCT15, "The storm hit the island in mid-October last year.", [("mid-October last year", D, "2022-10", "MID")]),
    (OCT15, "Voting begins next weekend.", [("next weekend", D, "2023-W42-WE")]),
    (OCT15, "Protests took place across the country this weekend.", [("this weekend", D, "2023-W41-WE")]),
    (OCT15, "The talks resume this week.", [("this week", D, "2023-W42")]),
    (NY24, "This year, elections will be held in more than 60 countries.", [("This year", D, "2024")]),
    (NY24, "Stocks rose 24 percent last year.", [("last year", D, "2023")]),
    (NY24, "The coming year will be decisive for the war in Ukraine.", [("The coming year", D, "2024")]),
    (NY24, "Shares fell sharply last week.", [("last week", D, "2023-W52")]),
    (NY24, "The firm will publish its annual report this week.", [("this week", D, "2024-W01")]),
]

# ROUND17: written after round 16's fixes; anaphoric offsets and spans from now
ROUND17 = [
    (MID, "The minister resigned on Sept. 26. The following week, parliament was dissolved.",
     [("Sept. 26", D, "2022-09-26"), ("The following week", D, "2022-W40")]),
    (MID, "The virus was detected on Oct. 3. Later that day, the farm was quarantined.",
     [("Oct. 3", D, "2022-10-03"), ("Later that day", D, "2022-10-03")]),
    (MID, "The suspect was arrested on Oct. 2 and charged that same day.",
     [("Oct. 2", D, "2022-10-02"), ("that same day", D, "2022-10-02")]),
    (MID, "The verdict came on Sept. 14; the previous week, the jury had asked for more time.",
     [("Sept. 14", D, "2022-09-14"), ("the previous week", D, "2022-W36")]),
    (MID, "The company was sold in 2015. Three years earlier, it had been valued at $1 billion.",
     [("2015", D, "2015"), ("Three years earlier", D, "2012")]),
    (MID, "The firm will merge with its rival in two years' time.", [("two years", DUR, "P2Y")]),
    (MID, "Three months from now, the law will take effect.", [("Three months from now", D, "2023-01")]),
    (MID, "The program ran from 2010 until 2015.", [("2010", D, "2010"), ("2015", D, "2015")]),
    (MID, "The ceasefire was agreed on Sept. 1. It collapsed within a week.",
     [("Sept. 1", D, "2022-09-01"), ("a week", DUR, "P1W")]),
    (MID, "The dam burst on Sept. 10. Two days earlier, engineers had warned of cracks.",
     [("Sept. 10", D, "2022-09-10"), ("Two days earlier", D, "2022-09-08")]),
    (MID, "The firm posted a loss last year, its first in a decade.", [("last year", D, "2021"), ("a decade", DUR, "P10Y")]),
    (MID, "Sales have risen 20 percent over the last two years.", [("the last two years", DUR, "P2Y")]),
    (MID, "Activity picked up in the past few weeks.", [("the past few weeks", DUR, "PXW")]),
    (MID, "The market crashed 15 years ago this month.", [("15 years ago this month", D, "2007-10")]),
    (MID, "The agreement will last five years from January.", [("five years", DUR, "P5Y"), ("January", D, "2023-01")]),
    (D31, "The lockdown, imposed nine months ago, has cost millions of jobs.", [("nine months ago", D, "2020-03")]),
    (SUN, "The festival returns for the first time in five years.", [("five years", DUR, "P5Y")]),
    (SUN, "The building was evacuated 20 minutes before the blast.", [("20 minutes", DUR, "PT20M")]),
    (SUN, "The champion retired two seasons ago.", []),
]

# ROUND18: written after round 17's fixes; decades, centuries, seasons with a year, clock times with zones
ROUND18 = [
    (MID, "The technology boomed in the early 2000s.", [("the early 2000s", D, "200", "START")]),
    (MID, "Wages stagnated throughout the 2010s.", [("the 2010s", D, "201")]),
    (MID, "The building dates from the late 19th century.", [("the late 19th century", D, "18", "END")]),
    (MID, "The company was founded in the summer of 1998.", [("the summer of 1998", D, "1998-SU")]),
    (MID, "The road will be rebuilt in spring 2024.", [("spring 2024", D, "2024-SP")]),
    (MID, "Prices peaked in the winter of 2021.", [("the winter of 2021", D, "2021-WI")]),
    (MID, "The launch is set for 9:30 in the morning.", [("9:30 in the morning", T, "2022-10-14T09:30")]),
    (MID, "Trading was halted at 2:45 p.m. GMT.", [("2:45 p.m. GMT", T, "2022-10-14T14:45")]),
    (MID, "In the 1980s and 1990s, the city lost half its factories.", [("the 1980s", D, "198"), ("1990s", D, "199")]),
    (MID, "The law dates back to the 1800s.", [("the 1800s", D, "18")]),
    (MID, "The drought of 2012 cost farmers billions.", [("2012", D, "2012")]),
    (MID, "By the mid-2030s, the country hopes to be carbon neutral.", [("the mid-2030s", D, "203", "MID")]),
    (MID, "The policy was introduced in the late 1990s.", [("the late 1990s", D, "199", "END")]),
    (EOM, "The new season starts in the autumn.", [("the autumn", D, "2023-FA")]),
    (EOM, "Sales are expected to recover by the end of the summer.", [("the end of the summer", D, "2023-SU", "END")]),
]

# ROUND19: written after round 18's fixes; parts of the publication day and of the days around it
ROUND19 = [
    (J4, "The explosion happened early Monday.", [("early Monday", D, "2021-01-04", "START")]),
    (J4, "Police were called late Sunday night.", [("late Sunday night", T, "2021-01-03TNI", "END")]),
    (J4, "The talks resumed Monday morning.", [("Monday morning", T, "2021-01-04TMO")]),
    (J4, "The talks will resume Monday afternoon.", [("Monday afternoon", T, "2021-01-04TAF")]),
    (J4, "Ministers will meet Monday evening.", [("Monday evening", T, "2021-01-04TEV")]),
    (SUN, "Fireworks lit up the sky Saturday evening.", [("Saturday evening", T, "2024-06-15TEV")]),
    (SUN, "The results will be announced late Sunday.", [("late Sunday", D, "2024-06-16", "END")]),
    (J1, "London's mayor spoke this morning.", [("this morning", T, "2021-01-01TMO")]),
    (D31, "The ball drops tonight in Times Square.", [("tonight", T, "2020-12-31TNI")]),
    (D31, "Crowds gathered on Wednesday evening.", [("Wednesday evening", T, "2020-12-30TEV")]),
    (MID, "The gunman was arrested before dawn on Thursday.", [("Thursday", D, "2022-10-13")]),
    (MID, "The rescue ended at about 4 a.m. Friday.", [("about 4 a.m. Friday", T, "2022-10-14T04:00", "APPROX")]),
    (MID, "Heavy rain is expected from Saturday afternoon.", [("Saturday afternoon", T, "2022-10-15TAF")]),
    (MID, "The strike began at 12:01 a.m. Thursday.", [("12:01 a.m. Thursday", T, "2022-10-13T00:01")]),
    (MID, "The deadline expired at 11:59 p.m. on Tuesday.",
     [("11:59 p.m.", T, "2022-10-11T23:59"), ("Tuesday", D, "2022-10-11")]),
    (SUN, "Officials will provide an update at 9 a.m. Monday.", [("9 a.m. Monday", T, "2024-06-17T09:00")]),
]

# ROUND20: written after round 19's fixes; quotes, brackets, openers and conditionals around months
ROUND20 = [
    (MID, "\"We will not sign anything before January,\" the minister told reporters on Thursday.",
     [("January", D, "2023-01"), ("Thursday", D, "2022-10-13")]),
    (MID, "The company (which last year moved its headquarters to Texas) plans to list in March.",
     [("last year", D, "2021"), ("March", D, "2023-03")]),
    (MID, "The bank's shares, down 40 percent since January, rose on Friday.",
     [("January", D, "2022-01"), ("Friday", D, "2022-10-14")]),
    (MID, "Asked whether rates would rise in December, the governor declined to comment.", [("December", D, "2022-12")]),
    (MID, "The deal, first reported by Reuters last week, could be announced as soon as Monday.",
     [("last week", D, "2022-W40"), ("Monday", D, "2022-10-17")]),
    (MID, "Starting in January, drivers will pay a toll.", [("January", D, "2023-01")]),
    (MID, "Beginning next month, the tax will rise.", [("next month", D, "2022-11")]),
    (MID, "As of September, unemployment stood at 3.5 percent.", [("September", D, "2022-09")]),
    (MID, "Effective Nov. 1, the fee doubles.", [("Nov. 1", D, "2022-11-01")]),
    (MID, "The rate, which had been 2 percent until May, is now 4 percent.",
     [("May", D, "2022-05"), ("now", D, "PRESENT_REF")]),
    (MID, "Had the vote been held in September, the party would have lost.", [("September", D, "2022-09")]),
    (MID, "Should the strike continue into November, factories will close.", [("November", D, "2022-11")]),
    (MID, "If approved in December, the drug could be on sale by spring.",
     [("December", D, "2022-12"), ("spring", D, "2023-SP")]),
]

AFTER_FIRST_RUN = [
    (dt.date(2021, 1, 2), "The year ahead will be hard for airlines.", [("The year ahead", D, "2021")]),
    (dt.date(2020, 12, 30), "Analysts expect growth in the coming year.", [("the coming year", D, "2021")]),
    (dt.date(2021, 1, 2), "The company expects profits to rebound next year.", [("next year", D, "2022")]),
    (MID, "Workers lost ground to inflation in the last decade.", [("the last decade", D, "201")]),
    (MID, "Emissions have risen sharply in the last decade.", [("the last decade", DUR, "P10Y")]),
    (dt.date(2021, 1, 5), "Sales fell in the last week of the year.", [("the last week of the year", D, "2020-W53")]),
    (D30, "Sales will rise in the first week of the year.", [("the first week of the year", D, "2025-W01")]),
    (J1, "The first week of the year will be busy.", [("The first week of the year", D, "2021-W01")]),
    (MID, "Sales rose in the year ended June 30.", [("the year", DUR, "P1Y"), ("June 30", D, "2022-06-30")]),
    (dt.date(2021, 2, 5), "The year got off to a bad start.", [("The year", D, "2021")]),
    (dt.date(2021, 2, 5), "Profit for the year rose.", [("the year", D, "2020")]),
    (dt.date(2024, 6, 12), "Markets were volatile this past week.", [("this past week", D, "2024-W23")]),
    (SUN, "Markets were volatile last week.", [("last week", D, "2024-W23")]),
    (SUN, "The project has been running for over 25 years.", [("over 25 years", DUR, "P25Y", "MORE_THAN")]),
    (dt.date(2021, 1, 20), "The first snowfall of the year hit Boston.", [("the year", D, "2021")]),
    (J4, "This past year was the hardest of my life.", [("This past year", D, "2020")]),
    (MID, "The refinery, which restarted in August, is running at full capacity.", [("August", D, "2022-08")]),
    (MID, "The board voted on Monday to close the plant in January.",
     [("Monday", D, "2022-10-10"), ("January", D, "2023-01")]),
    (MID, "The plant was closed in January.", [("January", D, "2022-01")]),
    (SUN, "The band plays its top 10 tonight.", [("tonight", T, "2024-06-16TNI")]),
    (SUN, "The ship docks at 12 tonight.", [("tonight", T, "2024-06-16TNI")]),
    (SUN, "The shop opens at 2 this afternoon.", [("2 this afternoon", T, "2024-06-16T14:00")]),
    (MID, "The company will report September sales next week.", [("September", D, "2022-09"), ("next week", D, "2022-W42")]),
    (MID, "The company will finish the project by September.", [("September", D, "2023-09")]),
    (J1, "The fire broke out at 2 a.m. last night.", [("2 a.m. last night", T, "2021-01-01T02:00")]),
    (MID, "The plant makes 500 cars a day.", []),
    (MID, "The new rules apply from the 1st of next month.", [("the 1st of next month", D, "2022-11-01")]),
    (MID, "The fee was paid on the 20th of the month.", [("the 20th of the month", D, "2022-09-20")]),
    (MID, "Prices rose 5 percent over two years.", [("two years", DUR, "P2Y")]),
    (MID, "The ceasefire lasted until August.", [("August", D, "2022-08")]),
    (MID, "A yearlong investigation found fraud.", [("yearlong", DUR, "P1Y")]),
    (SUN, "Last year's race was run in May.", [("Last year", D, "2023"), ("May", D, "2023-05")]),
    (SUN, "Sales rose last year and will rise in July.", [("last year", D, "2023"), ("July", D, "2024-07")]),
    (SUN, "Leaders met over the weekend.", [("the weekend", D, "2024-W24-WE")]),
    (SUN, "Rain will return over the weekend.", [("the weekend", D, "2024-W25-WE")]),
    (dt.date(2023, 6, 25), "The plant will open in early June.", [("early June", D, "2024-06", "START")]),
    (dt.date(2023, 6, 5), "The strike ended in late June.", [("late June", D, "2022-06", "END")]),
    (dt.date(2023, 6, 28), "The strike ended in late June.", [("late June", D, "2023-06", "END")]),
    (MID, "He waited all day long.", []),
    (MID, "The museum remained closed until July.", [("July", D, "2022-07")]),
    (MID, "The museum will remain closed until July.", [("July", D, "2023-07")]),
    (MID, "The talks were suspended until August.", [("August", D, "2023-08")]),
    (MID, "The decision was not expected until June.", [("June", D, "2023-06")]),
    (MID, "The fee had been waived until March.", [("March", D, "2022-03")]),
    (F16, "He left the month before last.", [("the month before last", D, "2015-11")]),
    (MID, "Troops massed on the border ahead of the invasion on Feb. 24.", [("Feb. 24", D, "2022-02-24")]),
    (MID, "Shares will rise ahead of the election in March.", [("March", D, "2023-03")]),
    (MID, "The team won three games a week ago.", [("a week ago", D, "2022-W40")]),
]

# ROUND21: written after round 20's fixes; the 53-week year 2015 and week phrases with parts and offsets
ROUND21 = [
    (T15, "The index has fallen 3 percent this week.", [("this week", D, "2015-W53")]),
    (T15, "A decision is expected by the end of the week.", [("the end of the week", D, "2015-W53", "END")]),
    (T15, "The talks will resume early next week.", [("early next week", D, "2016-W01", "START")]),
    (F16, "Stocks fell in the week before last.", [("the week before last", D, "2015-W51")]),
    (F16, "Officials will meet the week after next.", [("the week after next", D, "2016-W02")]),
    (F16, "Snow is expected later this week.", [("later this week", D, "2015-W53")]),
    (S16, "Voters go to the polls next weekend.", [("next weekend", D, "2016-W01-WE")]),
    (S16, "The strike ended this week.", [("this week", D, "2015-W53")]),
    (M16, "The shutdown lasted all of last week.", [("last week", D, "2015-W53")]),
    (M16, "The company will report results later this week.", [("later this week", D, "2016-W01")]),
    (M16, "Last weekend's storms killed 20 people.", [("Last weekend", D, "2015-W53-WE")]),
    (F16, "Prices rose 3 percent in 2015 and are forecast to rise again this year.",
     [("2015", D, "2015"), ("this year", D, "2016")]),
]

# ROUND22: written after round 21's fixes; deadlines and their signals with months and dates
ROUND22 = [
    (MID, "Bids must be submitted no later than Nov. 30.", [("Nov. 30", D, "2022-11-30")]),
    (MID, "The loan is due for repayment in March.", [("March", D, "2023-03")]),
    (MID, "Payment was due on Oct. 1.", [("Oct. 1", D, "2022-10-01")]),
    (MID, "The treaty expires in February.", [("February", D, "2023-02")]),
    (MID, "The treaty expired in February.", [("February", D, "2022-02")]),
    (MID, "Parliament must approve the budget before the end of December.",
     [("the end of December", D, "2022-12", "END")]),
    (MID, "The company raised prices ahead of the holiday season in November.", [("November", D, "2022-11")]),
    (MID, "Applications close on Oct. 31 at midnight.", [("Oct. 31", D, "2022-10-31"), ("midnight", T, "2022-10-31T24:00")]),
    (MID, "The government has set a deadline of Dec. 15 for a deal.", [("Dec. 15", D, "2022-12-15")]),
    (MID, "The vote was delayed until after the Nov. 8 midterms.", [("Nov. 8", D, "2022-11-08")]),
    (MID, "The lease runs out at the end of January.", [("the end of January", D, "2023-01", "END")]),
    (MID, "The old law was repealed at the end of January.", [("the end of January", D, "2022-01", "END")]),
    (MID, "The tax must be paid by Jan. 31 at the latest.", [("Jan. 31", D, "2023-01-31")]),
    (MID, "Contracts signed before July are exempt.", [("July", D, "2022-07")]),
    (MID, "Tickets bought after Nov. 1 will cost more.", [("Nov. 1", D, "2022-11-01")]),
    (FEB28, "The discount ends on March 5.", [("March 5", D, "2023-03-05")]),
    (FEB28, "The discount ended on Feb. 5.", [("Feb. 5", D, "2023-02-05")]),
    (FEB28, "Subscribers have until Friday to renew.", [("Friday", D, "2023-03-03")]),
    (J31, "The deadline to file is April 15.", [("April 15", D, "2024-04-15")]),
]

# ROUND23: written after round 22's fixes; durations in words and with signals, old offsets, starts of years
ROUND23 = [
    (MID, "The couple has been married for twenty years.", [("twenty years", DUR, "P20Y")]),
    (MID, "The case has dragged on for a dozen years.", [("a dozen years", DUR, "P12Y")]),
    (MID, "Sales in the 12-month period fell.", [("12-month", DUR, "P12M")]),
    (MID, "The bonds pay interest twice yearly.", [("twice yearly", S, "P1Y")]),
    (MID, "The volcano last erupted 300 years ago.", [("300 years ago", D, "1722")]),
    (MID, "The rebels held the city for 18 days in August.", [("18 days", DUR, "P18D"), ("August", D, "2022-08")]),
    (MID, "The vaccine is given in two doses, 21 days apart.", [("21 days", DUR, "P21D")]),
    (MID, "Emergency rule was extended by three months.", [("three months", DUR, "P3M")]),
    (MID, "The company shortened the trial to six weeks from 12.", [("six weeks", DUR, "P6W")]),
    (MID, "Unemployment fell to its lowest level in 50 years in September.",
     [("50 years", DUR, "P50Y"), ("September", D, "2022-09")]),
    (MID, "The firm has cut 10,000 jobs since the start of 2020.", [("the start of 2020", D, "2020", "START")]),
    (MID, "Since the mid-1990s, the town has doubled in size.", [("the mid-1990s", D, "199", "MID")]),
]

KNOWN_FAILURES = [
    (MID, "Q: When will the bridge reopen? A: Not before spring.", [("spring", D, "2023-SP")]),
]

ALL = ROUND1 + ROUND2 + ROUND3 + ROUND4 + ROUND5 + ROUND6 + ROUND7 + ROUND8 + ROUND9 + ROUND10 + ROUND11 + ROUND12 + ROUND13 + ROUND14 + ROUND15 + ROUND16 + ROUND17 + ROUND18 + ROUND19 + ROUND20 + ROUND21 + ROUND22 + ROUND23 + AFTER_FIRST_RUN


@pytest.mark.parametrize("published, sentence, expected", ALL, ids=[c[1][:60] for c in ALL])
def test_boundaries_heldout_sentence(published, sentence, expected):
    check_sentence(published, sentence, expected)

