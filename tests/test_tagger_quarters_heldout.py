"""Held-out business-news sentences on quarters, halves and fiscal years, written before the tagger was run.

Every expected value was fixed from docs/timex3-values.md and TimeBank practice before the first run (TimeBank:
"the third quarter" is the quarter's DATE, "fiscal 1990" the year, "this year's third quarter" one span, "a year
earlier" in a results comparison the year-ago quarter, "the first nine months" a DURATION P9M).
Decisions taken before the run: "1Q25" is the DATE 2025-Q1 (analysts' shorthand for a quarter, like "Q1 2025");
"fiscal 2025's third quarter" is one span 2025-Q3 (as TimeBank's "the fiscal first quarter" and "this year's third
quarter");
"quarter-on-quarter" is a manner of comparison, not an expression; "a quarter of a century" is a DURATION P25Y;
"calendar 2024" is the year with "calendar" in the span, as "fiscal 2024". "year-to-date" was left out: annotators
would split between no tag, a DURATION and the year's DATE.
ROUND1 (83 cases) first ran 76 of 83: "the next quarter" (in a forecast, late Q3) and "the previous quarter" (early Q3,
no quarter named) wrong, a bare "H2" after "a stronger" missed, "fiscal 2025's third quarter" split, "the fiscal year
ended June 30" given TimeBank's DURATION, "the 2024 fiscal year" missed, "the second half" after a past fourth
quarter put in 2024.
Two cases were then dropped as ambiguous: "Deliveries fell 4 percent from the previous quarter" in the first week of
Q3 with no quarter named (the quarter before the publication's, Q2, or the one before the implied reporting
quarter, Q1: annotators would split), and "the fiscal year ended June 30" (the pre-run decision, a DATE, is
contradicted by TimeBank's only such case, "the fiscal year ended Jan. 31" = DURATION P1Y, while "the quarter
ended March 31" is a DATE in the tests: conventions split). After the fixes ROUND1 passes 81 of 81.
ROUND2 (45 cases, written after round 1's fixes and before running the tagger on it) first ran 42 of 45: "sees H2
margins improving" on April 30 took last year's H2, "raised its forecast for the fourth quarter" on Sept. 30 took
last year's fourth quarter (a past verb before a prediction's period), "1H27" missed. After the fixes it passes 45 of 45.
AFTER_FIRST_RUN holds regression cases written while fixing; they are not held out.
"""
from __future__ import annotations

import datetime as dt

import pytest

from tests.test_tagger_handwritten import test_handwritten_sentence as check_sentence

J2 = dt.date(2025, 1, 2)  # Thursday, first working day of Q1, ISO week 2025-W01
FEB = dt.date(2025, 2, 12)  # Wednesday, fourth-quarter results season, ISO week 2025-W07
M31 = dt.date(2025, 3, 31)  # Monday, last day of Q1, ISO week 2025-W14
A2 = dt.date(2025, 4, 2)  # Wednesday, first week of Q2
JN27 = dt.date(2025, 6, 27)  # Friday, last week of Q2 and H1
JL3 = dt.date(2025, 7, 3)  # Thursday, first week of Q3 and H2
S29 = dt.date(2025, 9, 29)  # Monday, last week of Q3
O2 = dt.date(2025, 10, 2)  # Thursday, first week of Q4
D31 = dt.date(2024, 12, 31)  # Tuesday, New Year's Eve, last day of Q4 2024 (ISO week 2025-W01)

ROUND1 = [
    # fourth-quarter written in January/February: last year's Q4
    (J2, "Fourth-quarter profit is expected to have risen 8 percent.", [("Fourth-quarter", "DATE", "2024-Q4")]),
    (FEB, "The bank said fourth-quarter profit rose 12 percent.", [("fourth-quarter", "DATE", "2024-Q4")]),
    (FEB, "The retailer will report fourth-quarter results on March 5.",
     [("fourth-quarter", "DATE", "2024-Q4"), ("March 5", "DATE", "2025-03-05")]),
    (FEB, "Profit in the fourth quarter fell short of estimates.", [("the fourth quarter", "DATE", "2024-Q4")]),
    (FEB, "Q4 revenue came in at $3.1 billion.", [("Q4", "DATE", "2024-Q4")]),
    (FEB, "Revenue in the December quarter rose 6 percent.", [("the December quarter", "DATE", "2024-Q4")]),
    (J2, "Sales slumped in the final quarter of last year.", [("the final quarter of last year", "DATE", "2024-Q4")]),
    # results due, the current/next/previous quarter
    (S29, "Third-quarter results are due next month.",
     [("Third-quarter", "DATE", "2025-Q3"), ("next month", "DATE", "2025-10")]),
    (O2, "The chipmaker will report third-quarter earnings this month.",
     [("third-quarter", "DATE", "2025-Q3"), ("this month", "DATE", "2025-10")]),
    (J2, "The lender expects a loss in the current quarter.", [("the current quarter", "DATE", "2025-Q1")]),
    (S29, "Analysts expect margins to recover in the next quarter.", [("the next quarter", "DATE", "2025-Q4")]),
    (FEB, "Sales in the fourth quarter rose 3 percent from the previous quarter.",
     [("the fourth quarter", "DATE", "2024-Q4"), ("the previous quarter", "DATE", "2024-Q3")]),
    (A2, "The company swung to a profit this quarter.", [("this quarter", "DATE", "2025-Q2")]),
    (O2, "Shipments rose 5 percent last quarter.", [("last quarter", "DATE", "2025-Q3")]),
    (M31, "The fund has lost 9 percent this quarter.", [("this quarter", "DATE", "2025-Q1")]),
    (D31, "Guidance for next quarter was cut.", [("next quarter", "DATE", "2025-Q1")]),
    # Q-notation
    (A2, "The airline returned to profit in Q1 2025.", [("Q1 2025", "DATE", "2025-Q1")]),
    (A2, "The broker raised its 1Q25 earnings estimate.", [("1Q25", "DATE", "2025-Q1")]),
    (JL3, "The company expects a stronger H2.", [("H2", "DATE", "2025-H2")]),
    (JN27, "H1 sales are tracking ahead of plan.", [("H1", "DATE", "2025-H1")]),
    (M31, "The startup plans to list its shares in Q3.", [("Q3", "DATE", "2025-Q3")]),
    (O2, "Revenue fell in Q3 as orders dried up.", [("Q3", "DATE", "2025-Q3")]),
    (FEB, "Margins narrowed in Q3 2024 before recovering.", [("Q3 2024", "DATE", "2024-Q3")]),
    # halves
    (JL3, "The group expects demand to pick up in the second half of next year.",
     [("the second half of next year", "DATE", "2026-H2")]),
    (JN27, "Profit is expected to improve in the back half of the year.",
     [("the back half of the year", "DATE", "2025-H2")]),
    (JL3, "Sales rose 7 percent in the first half.", [("the first half", "DATE", "2025-H1")]),
    (M31, "The bank expects loan growth to accelerate in the second half.", [("the second half", "DATE", "2025-H2")]),
    (FEB, "Revenue in the second half of 2024 rose 9 percent.", [("the second half of 2024", "DATE", "2024-H2")]),
    (JL3, "The company will report first-half results on July 30.",
     [("first-half", "DATE", "2025-H1"), ("July 30", "DATE", "2025-07-30")]),
    (J2, "Economists see a recession in the first half of the year.",
     [("the first half of the year", "DATE", "2025-H1")]),
    # fiscal years and fiscal quarters
    (A2, "The company trimmed its outlook for fiscal 2025's third quarter.",
     [("fiscal 2025's third quarter", "DATE", "2025-Q3")]),
    (O2, "The software maker raised its forecast for fiscal 2026.", [("fiscal 2026", "DATE", "2026")]),
    (JN27, "The retailer expects sales to grow in fiscal year 2026.", [("fiscal year 2026", "DATE", "2026")]),
    (FEB, "Earnings fell in the 2024 fiscal year.", [("the 2024 fiscal year", "DATE", "2024")]),
    (O2, "The agency's budget for FY2026 was approved.", [("FY2026", "DATE", "2026")]),
    (M31, "The company earned $2 billion last fiscal year.", [("last fiscal year", "DATE", "2024")]),
    (JL3, "Fiscal 2024 revenue was restated.", [("Fiscal 2024", "DATE", "2024")]),
    # named-month quarters and "months to"
    (JL3, "Sales in the June quarter rose 4 percent.", [("the June quarter", "DATE", "2025-Q2")]),
    (A2, "The miner's output fell in the March quarter.", [("the March quarter", "DATE", "2025-Q1")]),
    (JL3, "The firm expects a profit in the September quarter.", [("the September quarter", "DATE", "2025-Q3")]),
    (O2, "Profit in the three months to September rose 7 percent.",
     [("the three months", "DURATION", "P3M"), ("September", "DATE", "2025-09")]),
    (JL3, "Revenue for the three months ended June 30 was $4 billion.",
     [("the three months", "DURATION", "P3M"), ("June 30", "DATE", "2025-06-30")]),
    (FEB, "Net income for the quarter ended Dec. 31 rose 5 percent.",
     [("the quarter", "DATE", "2024-Q4"), ("Dec. 31", "DATE", "2024-12-31")]),
    (JL3, "Sales in the April-June quarter rose 2 percent.", [("the April-June quarter", "DATE", "2025-Q2")]),
    (O2, "Profit rose 8 percent in the first nine months of the year.",
     [("the first nine months", "DURATION", "P9M"), ("the year", "DATE", "2025")]),
    (JL3, "Revenue grew 6 percent in the first six months of 2025.",
     [("the first six months", "DURATION", "P6M"), ("2025", "DATE", "2025")]),
    # first/final quarter of the year, full year, calendar year
    (M31, "The economy grew 0.4 percent in the first quarter of the year.",
     [("the first quarter of the year", "DATE", "2025-Q1")]),
    (D31, "Spending jumped in the final quarter.", [("the final quarter", "DATE", "2024-Q4")]),
    (O2, "Retailers hope the final quarter of the year will rescue sales.",
     [("the final quarter of the year", "DATE", "2025-Q4")]),
    (FEB, "Sales in calendar 2024 rose 4 percent.", [("calendar 2024", "DATE", "2024")]),
    (A2, "The company reaffirmed its guidance for the full year.", [("the full year", "DATE", "2025")]),
    (JL3, "The carmaker cut its forecast for the full year.", [("the full year", "DATE", "2025")]),
    # year-ago comparisons
    (O2, "Third-quarter sales rose 6 percent from a year earlier.",
     [("Third-quarter", "DATE", "2025-Q3"), ("a year earlier", "DATE", "2024-Q3")]),
    (A2, "First-quarter profit fell from the year-ago quarter.",
     [("First-quarter", "DATE", "2025-Q1"), ("the year-ago quarter", "DATE", "2024-Q1")]),
    (FEB, "Fourth-quarter revenue was $5 billion, up from $4.6 billion in the year-earlier period.",
     [("Fourth-quarter", "DATE", "2024-Q4"), ("the year-earlier period", "DATE", "2023-Q4")]),
    (JL3, "Profit in the second quarter fell 3 percent from a year ago.",
     [("the second quarter", "DATE", "2025-Q2"), ("a year ago", "DATE", "2024-Q2")]),
    (O2, "GDP grew 0.5 percent quarter-on-quarter in the third quarter.", [("the third quarter", "DATE", "2025-Q3")]),
    # years and quarters together, explicit years
    (FEB, "Profit dropped in the third quarter of 2024.", [("the third quarter of 2024", "DATE", "2024-Q3")]),
    (D31, "Sales are forecast to rebound in next year's first quarter.",
     [("next year's first quarter", "DATE", "2025-Q1")]),
    (JN27, "Growth slowed in last year's fourth quarter.", [("last year's fourth quarter", "DATE", "2024-Q4")]),
    (S29, "Demand picked up in this year's second quarter.", [("this year's second quarter", "DATE", "2025-Q2")]),
    (JL3, "The merger is expected to close in the fourth quarter of next year.",
     [("the fourth quarter of next year", "DATE", "2026-Q4")]),
    # bare quarters by tense around boundaries
    (J2, "The economy probably grew in the fourth quarter.", [("the fourth quarter", "DATE", "2024-Q4")]),
    (D31, "Fourth-quarter sales are on track to beat forecasts.", [("Fourth-quarter", "DATE", "2024-Q4")]),
    (D31, "Analysts expect first-quarter earnings to fall.", [("first-quarter", "DATE", "2025-Q1")]),
    (M31, "First-quarter earnings will be released in April.",
     [("First-quarter", "DATE", "2025-Q1"), ("April", "DATE", "2025-04")]),
    (A2, "The company said first-quarter sales rose 5 percent.", [("first-quarter", "DATE", "2025-Q1")]),
    (JL3, "Second-quarter GDP figures are due at the end of the month.",
     [("Second-quarter", "DATE", "2025-Q2"), ("the end of the month", "DATE", "2025-07", "END")]),
    (S29, "The carmaker expects deliveries to rise in the fourth quarter.",
     [("the fourth quarter", "DATE", "2025-Q4")]),
    # plural and periodic quarters
    (O2, "Revenue has fallen for the past two quarters.", [("the past two quarters", "DURATION", "P2Q")]),
    (A2, "The company pays its bondholders every quarter.", [("every quarter", "SET", "P1Q")]),
    (JL3, "Margins have shrunk for several quarters.", [("several quarters", "DURATION", "PXQ")]),
    # passages: anchoring on the quarter just named
    (O2, "The bank said third-quarter profit rose 9 percent. In the quarter, loan growth slowed.",
     [("third-quarter", "DATE", "2025-Q3"), ("the quarter", "DATE", "2025-Q3")]),
    (FEB, "The airline posted a loss for the fourth quarter. It expects to return to profit in the second half.",
     [("the fourth quarter", "DATE", "2024-Q4"), ("the second half", "DATE", "2025-H2")]),
    (JN27, "Sales rose in the first quarter. The company expects the second quarter to be weaker.",
     [("the first quarter", "DATE", "2025-Q1"), ("the second quarter", "DATE", "2025-Q2")]),
    # non-financial quarters
    (A2, "A quarter of the population lives below the poverty line.", []),
    (JL3, "Tourists crowded the French Quarter.", []),
    (JN27, "The team lost in the quarter-final.", []),
    (O2, "The ceremony began at a quarter past nine.", [("a quarter past nine", "TIME", "2025-10-02T09:15")]),
    (S29, "The dispute has lasted a quarter of a century.", [("a quarter of a century", "DURATION", "P25Y")]),
    (M31, "Three quarters of voters backed the plan.", []),
]

N5 = dt.date(2026, 1, 5)  # Monday, first full week of Q1, ISO week 2026-W02
AP30 = dt.date(2026, 4, 30)  # Thursday, first-quarter results season, last day of April
JN30 = dt.date(2026, 6, 30)  # Tuesday, last day of Q2 and H1
JL1 = dt.date(2026, 7, 1)  # Wednesday, first day of Q3 and of many US states' fiscal 2027
S30 = dt.date(2026, 9, 30)  # Wednesday, last day of Q3
D28 = dt.date(2026, 12, 28)  # Monday, last week of the year, ISO week 2026-W53

# Round 2, written after round 1's fixes and before running the tagger on it.
ROUND2 = [
    (N5, "The retailer's fourth-quarter sales rose 3 percent, it said on Monday.",
     [("fourth-quarter", "DATE", "2025-Q4"), ("Monday", "DATE", "2026-01-05")]),
    (N5, "Analysts expect first-quarter profit to fall.", [("first-quarter", "DATE", "2026-Q1")]),
    (N5, "The company will report results for the fourth quarter on Jan. 29.",
     [("the fourth quarter", "DATE", "2025-Q4"), ("Jan. 29", "DATE", "2026-01-29")]),
    (N5, "Economists expect growth to slow in the first half of 2026.", [("the first half of 2026", "DATE", "2026-H1")]),
    (N5, "Sales in the quarter to December rose 2 percent.",
     [("the quarter", "DATE", "2025-Q4"), ("December", "DATE", "2025-12")]),
    (N5, "Half of the workers went on strike.", []),
    (N5, "Sales rose 5 percent in 2025. Growth slowed in the fourth quarter.",
     [("2025", "DATE", "2025"), ("the fourth quarter", "DATE", "2025-Q4")]),
    (AP30, "First-quarter net income fell 9 percent from a year earlier.",
     [("First-quarter", "DATE", "2026-Q1"), ("a year earlier", "DATE", "2025-Q1")]),
    (AP30, "The company expects second-quarter revenue of $2 billion.", [("second-quarter", "DATE", "2026-Q2")]),
    (AP30, "Revenue fell 3 percent from the fourth quarter.", [("the fourth quarter", "DATE", "2025-Q4")]),
    (AP30, "The lender's Q1 profit beat estimates.", [("Q1", "DATE", "2026-Q1")]),
    (AP30, "The airline expects a loss in the current quarter but a profit for the full year.",
     [("the current quarter", "DATE", "2026-Q2"), ("the full year", "DATE", "2026")]),
    (AP30, "The group sees H2 margins improving.", [("H2", "DATE", "2026-H2")]),
    (AP30, "Shipments jumped in 2025's fourth quarter.", [("2025's fourth quarter", "DATE", "2025-Q4")]),
    (AP30, "The economy shrank 0.2 percent in the first quarter from the previous quarter.",
     [("the first quarter", "DATE", "2026-Q1"), ("the previous quarter", "DATE", "2025-Q4")]),
    (AP30, "Dividends are paid quarterly.", [("quarterly", "SET", "P1Q")]),
    (AP30, "Net profit rose in the first quarter. In the year-earlier quarter, the bank lost money.",
     [("the first quarter", "DATE", "2026-Q1"), ("the year-earlier quarter", "DATE", "2025-Q1")]),
    (AP30, "Profit in the March quarter rose 10 percent.", [("the March quarter", "DATE", "2026-Q1")]),
    (JN30, "Shares have gained 12 percent this quarter, which ends today.",
     [("this quarter", "DATE", "2026-Q2"), ("today", "DATE", "2026-06-30")]),
    (JN30, "The company expects sales to improve in the second half of the year.",
     [("the second half of the year", "DATE", "2026-H2")]),
    (JN30, "First-half profit is expected to double.", [("First-half", "DATE", "2026-H1")]),
    (JN30, "Revenue in the three months to May rose 6 percent.",
     [("the three months", "DURATION", "P3M"), ("May", "DATE", "2026-05")]),
    (JN30, "A quarter of the workforce will be laid off.", []),
    (JL1, "The carmaker sold 900,000 vehicles in the second quarter.", [("the second quarter", "DATE", "2026-Q2")]),
    (JL1, "Deliveries in the April-to-June period rose 8 percent.", [("the April-to-June period", "DATE", "2026-Q2")]),
    (JL1, "The bank expects loan growth to pick up in the third quarter.", [("the third quarter", "DATE", "2026-Q3")]),
    (JL1, "Fiscal 2027 began on Wednesday for the state.",
     [("Fiscal 2027", "DATE", "2027"), ("Wednesday", "DATE", "2026-07-01")]),
    (JL1, "The Latin Quarter was packed with tourists.", []),
    (JL1, "The quarterback threw three touchdowns.", []),
    (JL1, "The company reported a loss for the first half. It expects a profit in the second half.",
     [("the first half", "DATE", "2026-H1"), ("the second half", "DATE", "2026-H2")]),
    (S30, "Stocks are set to end the quarter with a gain.", [("the quarter", "DATE", "2026-Q3")]),
    (S30, "Third-quarter earnings season kicks off next month.",
     [("Third-quarter", "DATE", "2026-Q3"), ("next month", "DATE", "2026-10")]),
    (S30, "The company raised its forecast for the fourth quarter.", [("the fourth quarter", "DATE", "2026-Q4")]),
    (S30, "Profit for the nine months ended Sept. 30 rose 4 percent.",
     [("the nine months", "DURATION", "P9M"), ("Sept. 30", "DATE", "2026-09-30")]),
    (S30, "Sales in the July-September quarter are expected to rise.",
     [("the July-September quarter", "DATE", "2026-Q3")]),
    (S30, "Third-quarter GDP data are due on Oct. 29.",
     [("Third-quarter", "DATE", "2026-Q3"), ("Oct. 29", "DATE", "2026-10-29")]),
    (S30, "She reached the quarter-finals last year.", [("last year", "DATE", "2025")]),
    (D28, "Retailers are counting on a strong fourth quarter.", [("fourth quarter", "DATE", "2026-Q4")]),
    (D28, "The company expects revenue to rise in the first half of 2027.",
     [("the first half of 2027", "DATE", "2027-H1")]),
    (D28, "The economy is expected to grow in the first quarter.", [("the first quarter", "DATE", "2027-Q1")]),
    (D28, "Output rose in the third quarter, revised data showed.", [("the third quarter", "DATE", "2026-Q3")]),
    (D28, "Sales are forecast to rise 4 percent in calendar 2027.", [("calendar 2027", "DATE", "2027")]),
    (D28, "The train leaves at a quarter to eight.", [("a quarter to eight", "TIME", "2026-12-28T07:45")]),
    (D28, "Q4 sales are running ahead of last year.", [("Q4", "DATE", "2026-Q4"), ("last year", "DATE", "2025")]),
    (D28, "The company expects revenue growth in 1H27.", [("1H27", "DATE", "2027-H1")]),
]

# Regression cases written while fixing (not held out): the neighbours of the new rules.
AFTER_FIRST_RUN = [
    (dt.date(2025, 5, 10), "Sales fell in the first quarter of 2009 and recovered the next quarter.",
     [("the first quarter of 2009", "DATE", "2009-Q1"), ("the next quarter", "DATE", "2009-Q2")]),
    (dt.date(2025, 1, 10), "The company will report second-half results on Feb. 20.",
     [("second-half", "DATE", "2024-H2"), ("Feb. 20", "DATE", "2025-02-20")]),
    (dt.date(2025, 1, 10), "The company expects profit to rise in the second half.",
     [("the second half", "DATE", "2025-H2")]),
    (O2, "The weather service issued a forecast for Friday.", [("Friday", "DATE", "2025-10-03")]),
    (A2, "The firm said 1H25 revenue rose.", [("1H25", "DATE", "2025-H1")]),
    (A2, "He studied 1H NMR spectra.", []),
]

ALL = ROUND1 + ROUND2 + AFTER_FIRST_RUN


@pytest.mark.parametrize("published, sentence, expected", ALL, ids=[c[1][:60] for c in ALL])
def test_quarters_heldout_sentence(published, sentence, expected):
    check_sentence(published, sentence, expected)
