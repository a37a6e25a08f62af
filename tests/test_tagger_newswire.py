"""Hand-written wire-news sentences (AP, Reuters, AFP, BBC, Bloomberg style; none taken from a corpus).

Each case lists every time expression the sentence holds: text, type, value (and mod when given).
An empty list means a false-alarm test. The publication dates stress boundaries: a Monday, a
Friday that closes a quarter, a Sunday, the last Monday of a year and New Year's Day.
These complement tests/test_tagger_handwritten.py with phrasings it does not cover.
"""
from __future__ import annotations

import datetime as dt

import pytest

# the same check as the hand-written sentences: exact text, type and value, and mod where given
from tests.test_tagger_handwritten import test_handwritten_sentence as check_sentence

MON = dt.date(2021, 3, 15)  # a Monday, ISO week 11
FRI = dt.date(2022, 9, 30)  # a Friday, ISO week 39, the last day of the third quarter
SUN = dt.date(2023, 6, 18)  # a Sunday, the last day of ISO week 24
DEC30 = dt.date(2019, 12, 30)  # a Monday: ISO week 1 of 2020 starts on it
JAN1 = dt.date(2020, 1, 1)  # a Wednesday, New Year's Day

CASES = [
    # --- weekday with a date beside it ----------------------------------------------------------
    (MON, "The central bank will meet on Wednesday (March 17).",
     [("Wednesday", "DATE", "2021-03-17"), ("March 17", "DATE", "2021-03-17")]),
    (MON, "Police said on Sunday (March 14) that two people had died.",
     [("Sunday", "DATE", "2021-03-14"), ("March 14", "DATE", "2021-03-14")]),
    (MON, "The central bank will meet on Wednesday, March 17, to set rates.",
     [("Wednesday, March 17", "DATE", "2021-03-17")]),
    (MON, "The vote was held on Tuesday, March 9.", [("Tuesday, March 9", "DATE", "2021-03-09")]),
    (MON, "The vote will be held on Tues., March 23.", [("Tues., March 23", "DATE", "2021-03-23")]),
    (FRI, "The Senate will vote on the bill on Tuesday, Oct. 4.", [("Tuesday, Oct. 4", "DATE", "2022-10-04")]),
    (FRI, "The vote took place on Thursday, Sept. 29.", [("Thursday, Sept. 29", "DATE", "2022-09-29")]),
    (FRI, "Talks are set to resume on Monday (Oct. 3).",
     [("Monday", "DATE", "2022-10-03"), ("Oct. 3", "DATE", "2022-10-03")]),
    (FRI, "The rally is planned for Saturday, October 1, in Rome.", [("Saturday, October 1", "DATE", "2022-10-01")]),
    (MON, "LONDON, March 15 (Reuters) - British shares rose on Monday.",
     [("March 15", "DATE", "2021-03-15"), ("Monday", "DATE", "2021-03-15")]),
    (MON, "WASHINGTON (Reuters) - The Senate passed the bill on Monday.", [("Monday", "DATE", "2021-03-15")]),
    (MON, "PARIS (AFP) - France will close its borders from Tuesday.", [("Tuesday", "DATE", "2021-03-16")]),

    # TBAQ leaves "the night of" outside the expression: only the day is tagged
    (MON, "The storm hit on the night of March 4.", [("March 4", "DATE", "2021-03-04")]),
    (MON, "In a March 3 letter, the regulator warned the bank.", [("March 3", "DATE", "2021-03-03")]),
    (MON, "Flights resumed at 6 a.m. Tuesday.", [("6 a.m. Tuesday", "TIME", "2021-03-09T06:00")]),
    (MON, "Flights will resume at 6 a.m. Tuesday.", [("6 a.m. Tuesday", "TIME", "2021-03-16T06:00")]),
    (MON, "By Monday afternoon, the fire had been contained.", [("Monday afternoon", "TIME", "2021-03-15TAF")]),

    # --- early / late / earlier / later on a day --------------------------------------------------
    (MON, "Police said late on Monday that two people had died.", [("Monday", "DATE", "2021-03-15")]),
    (MON, "Earlier on Monday, the minister visited the site.", [("Monday", "DATE", "2021-03-15")]),
    (MON, "Officials said early on Tuesday that the fire was under control.", [("Tuesday", "DATE", "2021-03-09")]),
    (FRI, "The hurricane made landfall late on Wednesday.", [("Wednesday", "DATE", "2022-09-28")]),
    (FRI, "The storm will make landfall early on Saturday.", [("Saturday", "DATE", "2022-10-01")]),
    (FRI, "Earlier on Friday, the prime minister met the king.", [("Friday", "DATE", "2022-09-30")]),
    (FRI, "Later on Friday, the president will address the nation.", [("Friday", "DATE", "2022-09-30")]),
    (SUN, "Results are expected late on Sunday.", [("Sunday", "DATE", "2023-06-18")]),
    (MON, "He was released in the early hours of Monday.", [("Monday", "DATE", "2021-03-15")]),

    # --- weekdays and tense at the edges of a week ------------------------------------------------
    (MON, "The results will be known on Monday next week.", [("Monday next week", "DATE", "2021-03-22")]),
    (MON, "The talks will resume on Thursday next week.", [("Thursday next week", "DATE", "2021-03-25")]),
    (MON, "The ministers met on Tuesday last week.", [("Tuesday last week", "DATE", "2021-03-09")]),
    (SUN, "Police said on Sunday that the suspect had fled.", [("Sunday", "DATE", "2023-06-18")]),
    (SUN, "Rebels attacked the town on Saturday.", [("Saturday", "DATE", "2023-06-17")]),
    (SUN, "The summit opens on Monday.", [("Monday", "DATE", "2023-06-19")]),
    (SUN, "Protesters marched on Saturday night.", [("Saturday night", "TIME", "2023-06-17TNI")]),
    (MON, "The strike began last Tuesday and ended on Friday.",
     [("last Tuesday", "DATE", "2021-03-09"), ("Friday", "DATE", "2021-03-12")]),
    (MON, "The talks, which began on Friday, will continue on Tuesday.",
     [("Friday", "DATE", "2021-03-12"), ("Tuesday", "DATE", "2021-03-16")]),
    (FRI, "The company's shares fell 4 percent on Thursday.", [("Thursday", "DATE", "2022-09-29")]),
    (FRI, "The bank raised rates by 75 basis points on Wednesday, its third straight hike.",
     [("Wednesday", "DATE", "2022-09-28")]),
    (FRI, "Officials said the death toll, which stood at 40 on Thursday, could rise.",
     [("Thursday", "DATE", "2022-09-29")]),
    (FRI, "The agency said on Thursday that GDP grew at a 2.6 percent annual rate in the second quarter.",
     [("Thursday", "DATE", "2022-09-29"), ("the second quarter", "DATE", "2022-Q2")]),
    (FRI, "The team will play its first game of the season on Sunday.", [("Sunday", "DATE", "2022-10-02")]),
    (MON, "As of Friday, 200 people had been infected.", [("Friday", "DATE", "2021-03-12")]),
    (MON, "Investors are waiting for Wednesday's Fed decision.", [("Wednesday", "DATE", "2021-03-17")]),
    (MON, "Monday's meeting ended without a deal.", [("Monday", "DATE", "2021-03-15")]),
    (MON, "Officials are investigating Saturday's crash.", [("Saturday", "DATE", "2021-03-13")]),
    (MON, "Police are still hunting the gunmen behind Friday's attack.", [("Friday", "DATE", "2021-03-12")]),
    (MON, "Officials are preparing for Saturday's vote.", [("Saturday", "DATE", "2021-03-20")]),
    (MON, "Friday's jobs report is expected to show strong hiring.", [("Friday", "DATE", "2021-03-19")]),
    (MON, "Friday's jobs report showed strong hiring.", [("Friday", "DATE", "2021-03-12")]),
    (MON, "Voting ends on Sunday.", [("Sunday", "DATE", "2021-03-21")]),
    (MON, "The ECB meets on Thursday.", [("Thursday", "DATE", "2021-03-18")]),
    (MON, "The suspect appeared in court on Friday and is due back on Tuesday.",
     [("Friday", "DATE", "2021-03-12"), ("Tuesday", "DATE", "2021-03-16")]),
    (MON, "Biden meets Putin in Geneva in June.", [("June", "DATE", "2021-06")]),
    (MON, "Biden met Putin in Geneva in June.", [("June", "DATE", "2020-06")]),
    (MON, "The firm had been set to unveil the phone in April.", [("April", "DATE", "2020-04")]),
    (DEC30, "The ban will be lifted on Tuesday.", [("Tuesday", "DATE", "2019-12-31")]),
    (DEC30, "The rule takes effect Wednesday.", [("Wednesday", "DATE", "2020-01-01")]),
    (DEC30, "He said the plan would be ready by next Monday.", [("next Monday", "DATE", "2020-01-06")]),
    (JAN1, "The storm hit on Sunday.", [("Sunday", "DATE", "2019-12-29")]),
    (JAN1, "The storm will hit on Sunday.", [("Sunday", "DATE", "2020-01-05")]),
    (JAN1, "The ban was lifted on Monday.", [("Monday", "DATE", "2019-12-30")]),

    # --- weekends ------------------------------------------------------------------------------
    (SUN, "Protesters gathered at the weekend in central London.", [("the weekend", "DATE", "2023-W24-WE")]),
    (SUN, "The talks stalled over the weekend.", [("the weekend", "DATE", "2023-W24-WE")]),
    (MON, "Protesters clashed with police over the weekend.", [("the weekend", "DATE", "2021-W10-WE")]),
    (FRI, "The minister will travel to Paris at the weekend.", [("the weekend", "DATE", "2022-W39-WE")]),

    # --- this/last/next around a year's turn ---------------------------------------------------------
    (DEC30, "The talks will resume next week.", [("next week", "DATE", "2020-W02")]),
    (DEC30, "Sales rose last week.", [("last week", "DATE", "2019-W52")]),
    (DEC30, "Traffic deaths rose this year.", [("this year", "DATE", "2019")]),
    (DEC30, "Traffic deaths will rise next year.", [("next year", "DATE", "2020")]),
    (DEC30, "A year ago, the company was nearly bankrupt.", [("A year ago", "DATE", "2018")]),
    (DEC30, "Sales in January rose 4 percent.", [("January", "DATE", "2019-01")]),
    (DEC30, "Prices will rise in January.", [("January", "DATE", "2020-01")]),
    (DEC30, "He will take office on Jan. 20.", [("Jan. 20", "DATE", "2020-01-20")]),
    (DEC30, "The new law takes effect on Jan. 1.", [("Jan. 1", "DATE", "2020-01-01")]),
    (JAN1, "Sales fell in December.", [("December", "DATE", "2019-12")]),
    (JAN1, "The company will report results in December.", [("December", "DATE", "2020-12")]),
    (JAN1, "Last year was the hottest on record.", [("Last year", "DATE", "2019")]),
    (JAN1, "The company said last month that it would cut jobs.", [("last month", "DATE", "2019-12")]),
    (JAN1, "The company will report results next month.", [("next month", "DATE", "2020-02")]),
    (JAN1, "The bank cut rates in the fourth quarter.", [("the fourth quarter", "DATE", "2019-Q4")]),
    (JAN1, "The fire broke out on New Year's Eve.", [("New Year's Eve", "DATE", "2019-12-31")]),
    (JAN1, "The new decade begins today.", [("today", "DATE", "2020-01-01")]),
    (DEC30, "Markets will be closed on Wednesday for New Year's Day.",
     [("Wednesday", "DATE", "2020-01-01"), ("New Year's Day", "DATE", "2020-01-01")]),
    (DEC30, "Sales in the run-up to Christmas were weak.", [("Christmas", "DATE", "2019-12-25")]),

    # --- a month before a noun ----------------------------------------------------------------------
    (MON, "The Fed's March meeting is next week.", [("March", "DATE", "2021-03"), ("next week", "DATE", "2021-W12")]),
    (MON, "The September election will be close.", [("September", "DATE", "2021-09")]),
    (MON, "The company's April sales rose 5 percent.", [("April", "DATE", "2020-04")]),

    # --- parts of a month, a year, a decade ---------------------------------------------------------
    (MON, "The report is due later this month.", [("later this month", "DATE", "2021-03", "END")]),
    (MON, "The plant closed earlier this month.", [("earlier this month", "DATE", "2021-03", "START")]),
    (FRI, "The bank will publish its results later this week.", [("later this week", "DATE", "2022-W39", "END")]),
    (FRI, "Prices fell earlier this week.", [("earlier this week", "DATE", "2022-W39", "START")]),
    (MON, "Construction is due to start in mid-April.", [("mid-April", "DATE", "2021-04", "MID")]),
    (MON, "The project should be finished in mid-2022.", [("mid-2022", "DATE", "2022", "MID")]),
    (MON, "The vote is scheduled for late March.", [("late March", "DATE", "2021-03", "END")]),
    (MON, "The firm aims to list its shares by the end of next year.", [("the end of next year", "DATE", "2022", "END")]),
    (MON, "The talks stalled in late 2019.", [("late 2019", "DATE", "2019", "END")]),
    (MON, "He will step down at the end of June.", [("the end of June", "DATE", "2021-06", "END")]),
    (MON, "The rate stood at 5 percent at the end of last year.", [("the end of last year", "DATE", "2020", "END")]),
    (MON, "The price has tripled since the start of the year.", [("the start of the year", "DATE", "2021", "START")]),
    (FRI, "Rates will peak by end-2022.", [("end-2022", "DATE", "2022", "END")]),
    (FRI, "The deal should close by end-June.", [("end-June", "DATE", "2023-06", "END")]),
    (FRI, "The rate will stay at 4 percent until at least mid-2023.", [("mid-2023", "DATE", "2023", "MID")]),
    (FRI, "Inflation is seen peaking in early 2023.", [("early 2023", "DATE", "2023", "START")]),
    (FRI, "Prices have fallen since mid-March.", [("mid-March", "DATE", "2022-03", "MID")]),
    (MON, "Electric cars will dominate sales in the 2030s.", [("the 2030s", "DATE", "203")]),
    (FRI, "Prices peaked in the late 2010s.", [("the late 2010s", "DATE", "201", "END")]),
    (MON, "The factory was built in the mid-1990s.", [("the mid-1990s", "DATE", "199", "MID")]),
    (MON, "The country aims to cut emissions by half by 2030.", [("2030", "DATE", "2030")]),
    (MON, "The freeze will run through 2025.", [("2025", "DATE", "2025")]),
    (MON, "The shop will stay closed for the rest of the year.", [("the year", "DATE", "2021")]),
    (MON, "The shop will stay closed for the remainder of the year.", [("the year", "DATE", "2021")]),
    (MON, "The summit will be held later in the year.", [("the year", "DATE", "2021")]),

    # --- reporting periods ------------------------------------------------------------------------
    (MON, "Revenue rose in H1 2020.", [("H1 2020", "DATE", "2020-H1")]),
    (FRI, "Sales rose in Q4 2021.", [("Q4 2021", "DATE", "2021-Q4")]),
    (FRI, "The firm expects profit to rise in FY2023.", [("FY2023", "DATE", "2023")]),
    (FRI, "Output fell in the third quarter.", [("the third quarter", "DATE", "2022-Q3")]),
    (FRI, "Profit rose 8 percent in the first nine months of the year.",
     [("the first nine months", "DURATION", "P9M"), ("the year", "DATE", "2022")]),
    (MON, "In the first two months of the year, exports rose 10 percent.",
     [("the first two months", "DURATION", "P2M"), ("the year", "DATE", "2021")]),
    (FRI, "Sales fell in the nine months to September.",
     [("the nine months", "DURATION", "P9M"), ("September", "DATE", "2022-09")]),
    (MON, "Sales rose 3 percent in the year to March.", [("the year", "DURATION", "P1Y"), ("March", "DATE", "2021-03")]),
    (FRI, "Exports rose 8 percent in the year through August.",
     [("the year", "DURATION", "P1Y"), ("August", "DATE", "2022-08")]),
    (MON, "Inflation was 2 percent in the 12 months to February.",
     [("the 12 months", "DURATION", "P12M"), ("February", "DATE", "2021-02")]),
    (FRI, "Shares fell 5 percent in the week to Friday.",
     [("the week", "DURATION", "P1W"), ("Friday", "DATE", "2022-09-30")]),
    (FRI, "Claims fell in the week ended Sept. 24.",
     [("the week", "DURATION", "P1W"), ("Sept. 24", "DATE", "2022-09-24")]),
    (MON, "The company reported a loss for the quarter ended Dec. 31.",
     [("the quarter", "DATE", "2020-Q4"), ("Dec. 31", "DATE", "2020-12-31")]),
    (FRI, "Profit rose from the same period last year.", [("the same period last year", "DATE", "2021-Q2")]),
    (FRI, "Output fell 3 percent from a year earlier.", [("a year earlier", "DATE", "2021")]),
    (FRI, "Sales rose 4 percent from a month earlier.", [("a month earlier", "DATE", "2022-08")]),
    (MON, "The fund returned 7 percent last fiscal year.", [("last fiscal year", "DATE", "2020")]),
    (FRI, "The company reports third-quarter results on Oct. 25.",
     [("third-quarter", "DATE", "2022-Q3"), ("Oct. 25", "DATE", "2022-10-25")]),

    # --- ago, earlier, since ----------------------------------------------------------------------
    (MON, "A year ago, the city was under lockdown.", [("A year ago", "DATE", "2020")]),
    (FRI, "The ship sank a week ago.", [("a week ago", "DATE", "2022-W38")]),
    (MON, "The company was founded two decades ago.", [("two decades ago", "DATE", "2001")]),
    (FRI, "The plane will land two weeks from now.", [("two weeks from now", "DATE", "2022-W41")]),
    (MON, "He was arrested in 2019 and charged a year later.",
     [("2019", "DATE", "2019"), ("a year later", "DATE", "2020")]),
    (FRI, "The company was founded in 2001. The year before, its founder had sold another firm.",
     [("2001", "DATE", "2001"), ("The year before", "DATE", "2000")]),
    (FRI, "The election was held on May 3. The day after, riots broke out.",
     [("May 3", "DATE", "2022-05-03"), ("The day after", "DATE", "2022-05-04")]),
    (MON, "A day earlier, police had raided his home.", [("A day earlier", "DATE", "2021-03-14")]),
    (MON, "Prices have soared in recent years.", [("recent years", "DATE", "PAST_REF")]),
    (MON, "The population has doubled since 2010.", [("2010", "DATE", "2010")]),
    (MON, "The party won the seat for the first time since 1998.", [("1998", "DATE", "1998")]),
    (FRI, "The euro fell to its lowest since 2002.", [("2002", "DATE", "2002")]),
    (MON, "It was the worst week for stocks since October.", [("October", "DATE", "2020-10")]),
    (MON, "The bank has raised rates three times since December.", [("December", "DATE", "2020-12")]),

    # --- durations in news ---------------------------------------------------------------------------
    (MON, "More details will be released in the coming days.", [("the coming days", "DURATION", "PXD")]),
    (MON, "The company plans to cut jobs in the coming months.", [("the coming months", "DURATION", "PXM")]),
    (MON, "The weeks ahead will be difficult.", [("The weeks ahead", "DURATION", "PXW")]),
    (FRI, "The plan will be unveiled in the next few weeks.", [("the next few weeks", "DURATION", "PXW")]),
    (MON, "Sea levels rose over the past decade.", [("the past decade", "DURATION", "P10Y")]),
    (MON, "More than 300 people died in the past 24 hours.", [("the past 24 hours", "DURATION", "PT24H")]),
    (MON, "The rebels must leave within 48 hours.", [("48 hours", "DURATION", "PT48H", "EQUAL_OR_LESS")]),
    (FRI, "Prices rose over the past week.", [("the past week", "DURATION", "P1W")]),
    (MON, "The president began a two-day visit to Japan.", [("two-day", "DURATION", "P2D")]),
    (MON, "The 48-hour strike began on Monday.", [("48-hour", "DURATION", "PT48H"), ("Monday", "DATE", "2021-03-15")]),
    (MON, "He has been in detention for more than a year.", [("more than a year", "DURATION", "P1Y", "MORE_THAN")]),
    (MON, "The government will spend $5 billion over the next five years.",
     [("the next five years", "DURATION", "P5Y")]),
    (MON, "For decades, the region has been neglected.", [("decades", "DURATION", "PXDE")]),
    (MON, "He spent 27 years in prison.", [("27 years", "DURATION", "P27Y")]),
    (MON, "Trading was halted for an hour on Monday morning.",
     [("an hour", "DURATION", "PT1H"), ("Monday morning", "TIME", "2021-03-15TMO")]),

    # --- clock times, zones, midnight ---------------------------------------------------------------
    (MON, "The launch is set for 3 p.m. EDT.", [("3 p.m. EDT", "TIME", "2021-03-15T15:00")]),
    (MON, "The deadline is noon Friday.", [("noon Friday", "TIME", "2021-03-19T12:00")]),
    (MON, "The curfew starts at midnight on Sunday.",
     [("midnight", "TIME", "2021-03-21T24:00"), ("Sunday", "DATE", "2021-03-21")]),
    (MON, "The blast happened around midnight.", [("around midnight", "TIME", "2021-03-15T24:00", "APPROX")]),
    (MON, "Heavy rain fell overnight.", [("overnight", "TIME", "2021-03-14TNI")]),
    (MON, "The embargo ends at 00:01 GMT on Thursday.",
     [("00:01 GMT", "TIME", "2021-03-18T00:01"), ("Thursday", "DATE", "2021-03-18")]),
    (MON, "The match kicks off at 19:45 GMT.", [("19:45 GMT", "TIME", "2021-03-15T19:45")]),
    (MON, "The ceasefire took effect at 6am on Sunday.",
     [("6am", "TIME", "2021-03-14T06:00"), ("Sunday", "DATE", "2021-03-14")]),
    (MON, "The ceasefire took effect at 6am Sunday.", [("6am Sunday", "TIME", "2021-03-14T06:00")]),
    (MON, "The flight left at 10.30pm on Saturday.",
     [("10.30pm", "TIME", "2021-03-13T22:30"), ("Saturday", "DATE", "2021-03-13")]),
    (FRI, "Polls open at 7 a.m. (0500 GMT) on Sunday.",
     [("7 a.m.", "TIME", "2022-09-25T07:00"), ("Sunday", "DATE", "2022-09-25")]),
    (FRI, "The market closed at 4 p.m. ET.", [("4 p.m. ET", "TIME", "2022-09-30T16:00")]),
    (MON, "Rain is forecast for Tuesday night into Wednesday.",
     [("Tuesday night", "TIME", "2021-03-16TNI"), ("Wednesday", "DATE", "2021-03-17")]),
    (MON, "The storm is expected to weaken by Wednesday evening.", [("Wednesday evening", "TIME", "2021-03-17TEV")]),

    # --- holidays ---------------------------------------------------------------------------------
    (MON, "Markets were shut on Good Friday and Easter Monday.",
     [("Good Friday", "DATE", "2020-04-10"), ("Easter Monday", "DATE", "2020-04-13")]),
    (MON, "Families gathered for Diwali.", []),  # a lunisolar date: left untagged rather than wrong
    (MON, "The city lit candles for Hanukkah.", []),

    # --- sets ---------------------------------------------------------------------------------------
    (MON, "The census is conducted every 10 years.", [("every 10 years", "SET", "P10Y")]),
    (MON, "The index is rebalanced quarterly.", [("quarterly", "SET", "P1Q")]),
    (MON, "The paper is published weekly.", [("weekly", "SET", "P1W")]),

    # --- false alarms ---------------------------------------------------------------------------------
    (MON, "Shares of Monday.com rose 5 percent.", []),
    (MON, "Tuesday Weld starred in the film.", []),
    (MON, "Black Monday wiped out a fifth of the market's value.", []),
    (MON, "April Ryan asked the president a question.", []),
    (MON, "The documentary aired on Channel 4.", []),
    (MON, "The air force bought 20 F-16 jets.", []),
    (MON, "More than 500 people died of COVID-19.", []),
    (MON, "The computer still runs Windows 2000.", []),
    (MON, "The G20 leaders met in Rome.", []),
    (MON, "The Sunday Telegraph reported the story.", []),
    (FRI, "The tour ended in a 2-2 draw.", []),
    (FRI, "He scored in the 89th minute.", []),
    (FRI, "The 737 MAX was grounded.", []),
    (FRI, "The Vision 2030 plan was launched.", []),
    (MON, "The Fed raised rates by a quarter point.", []),
    (MON, "The 40-year-old man was arrested.", []),
    (MON, "Prices rose 2 percent month-on-month.", []),
    (MON, "The Six-Day War reshaped the region.", []),
    (MON, "The Seven Years' War ended in 1763.", [("1763", "DATE", "1763")]),
    (MON, "The 24 Hours of Le Mans was cancelled.", []),
    (MON, "The minister, 58, resigned on Sunday.", [("Sunday", "DATE", "2021-03-14")]),
    (MON, "The law was passed 52-48 in the Senate.", []),
    (MON, "Thousands joined the March for Science.", []),
    (MON, "The August heat wilted crops.", []),
]


@pytest.mark.parametrize("published, sentence, expected", CASES, ids=[c[1][:60] for c in CASES])
def test_newswire_sentence(published, sentence, expected):
    check_sentence(published, sentence, expected)
