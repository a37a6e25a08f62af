"""Held-out wire-news sentences on tense direction and normalisation, written by an independent examiner.

Each expected value was fixed from docs/timex3-values.md before the tagger was run on the sentence. First run:
160 of 169 passed. Four cases were then dropped as genuinely ambiguous: "was expected to announce ... on Monday
but postponed it" (either Monday), "rebound in the second half" written on 2 January (the half just ended or
the coming one), "This time last year" (span and granularity unsettled) and "in June from a year earlier"
(2021 or 2021-06: the conventions give the unit's granularity, TimeBank annotators sometimes the anchor's).
AFTER_FIRST_RUN holds regression cases written while fixing; they are not held out. The
publication dates sit on boundaries: a Sunday that closes a quarter, New Year's Eve, the first Monday of a
year whose ISO week 1 starts that day, a leap day, a Tuesday after a holiday Monday and a plain Thursday.
"""
from __future__ import annotations

import datetime as dt

import pytest

from tests.test_tagger_handwritten import test_handwritten_sentence as check_sentence

SUN = dt.date(2024, 3, 31)  # Sunday, last day of Q1 and of ISO week 13 (25-31 March)
DEC31 = dt.date(2021, 12, 31)  # Friday, ISO week 52 of 2021 (27 Dec - 2 Jan)
JAN2 = dt.date(2023, 1, 2)  # Monday, first day of ISO week 1 of 2023; 1 Jan 2023 was a Sunday
LEAP = dt.date(2024, 2, 29)  # Thursday, leap day, ISO week 9 (26 Feb - 3 Mar)
TUE = dt.date(2022, 7, 5)  # Tuesday, first week of Q3, ISO week 27 (4-10 July)
OCT = dt.date(2019, 10, 17)  # Thursday, ISO week 42 (14-20 October), early Q4

CASES = [
    # --- bare weekdays: tense, voice, aspect, modality (OCT: past Fri 11 - Wed 16, next Fri 18 - Wed 23) --------
    (OCT, "Shares of the carmaker tumbled 6 percent on Monday after it cut its outlook.",
     [("Monday", "DATE", "2019-10-14")]),
    (OCT, "The central bank is expected to cut interest rates on Wednesday.", [("Wednesday", "DATE", "2019-10-23")]),
    (OCT, "Lawmakers are voting on the measure on Saturday.", [("Saturday", "DATE", "2019-10-19")]),
    (OCT, "The prime minister was meeting EU leaders on Tuesday when the news broke.",
     [("Tuesday", "DATE", "2019-10-15")]),
    (OCT, "The bridge was reopened to traffic on Friday.", [("Friday", "DATE", "2019-10-11")]),
    (OCT, "The bridge will be reopened to traffic on Friday.", [("Friday", "DATE", "2019-10-18")]),
    (OCT, "The strike had not ended by Sunday.", [("Sunday", "DATE", "2019-10-13")]),
    (OCT, "The minister did not attend Tuesday's cabinet meeting.", [("Tuesday", "DATE", "2019-10-15")]),
    (OCT, "The minister will not attend Tuesday's summit.", [("Tuesday", "DATE", "2019-10-22")]),
    (OCT, "If the talks fail on Monday, the union will strike.", [("Monday", "DATE", "2019-10-21")]),
    (OCT, "Had the vote gone ahead on Wednesday, the government would have lost.",
     [("Wednesday", "DATE", "2019-10-16")]),
    (OCT, "The deal should be signed on Monday, a source said.", [("Monday", "DATE", "2019-10-21")]),
    (OCT, "The ruling party said on Wednesday it would hold a leadership contest.",
     [("Wednesday", "DATE", "2019-10-16")]),
    (OCT, "Speaking on Wednesday, the minister said prices would fall.", [("Wednesday", "DATE", "2019-10-16")]),
    (OCT, "Asked on Monday whether he would resign, the chairman declined to comment.",
     [("Monday", "DATE", "2019-10-14")]),
    (OCT, "Rescue teams are still searching for survivors of Sunday's earthquake.",
     [("Sunday", "DATE", "2019-10-13")]),
    (OCT, "Organisers say Saturday's march will go ahead despite the ban.", [("Saturday", "DATE", "2019-10-19")]),
    (OCT, "The results are due to be published on Friday.", [("Friday", "DATE", "2019-10-18")]),
    (OCT, "The rally, planned for Saturday, has been cancelled.", [("Saturday", "DATE", "2019-10-19")]),
    (OCT, "Britain is set to leave the EU on Thursday, Oct. 31.", [("Thursday, Oct. 31", "DATE", "2019-10-31")]),
    (OCT, "She said she had met the ambassador on Friday.", [("Friday", "DATE", "2019-10-11")]),
    (OCT, "He said the ship would dock on Sunday.", [("Sunday", "DATE", "2019-10-20")]),
    (OCT, "The company did not respond to requests for comment on Wednesday.", [("Wednesday", "DATE", "2019-10-16")]),

    # TUE: past Wed 29 June - Mon 4 July, next Wed 6 - Mon 11 July
    (TUE, "The heatwave is forecast to peak on Sunday.", [("Sunday", "DATE", "2022-07-10")]),
    (TUE, "Thousands of people attended the parade on Monday.", [("Monday", "DATE", "2022-07-04")]),
    (TUE, "The prime minister faces a confidence vote on Wednesday.", [("Wednesday", "DATE", "2022-07-06")]),
    (TUE, "The health secretary resigned on Tuesday.", [("Tuesday", "DATE", "2022-07-05")]),
    (TUE, "The gunman, who was arrested on Monday, is due in court on Thursday.",
     [("Monday", "DATE", "2022-07-04"), ("Thursday", "DATE", "2022-07-07")]),

    # SUN: past Mon 25 - Sat 30 March, next Mon 1 - Sat 6 April
    (SUN, "The pope led the service in St. Peter's Square on Sunday.", [("Sunday", "DATE", "2024-03-31")]),
    (SUN, "Polls opened on Sunday morning in the country's runoff election.",
     [("Sunday morning", "TIME", "2024-03-31TMO")]),
    (SUN, "Schools reopen on Tuesday after the holiday.", [("Tuesday", "DATE", "2024-04-02")]),
    (SUN, "Rebels shelled the city on Friday and Saturday.",
     [("Friday", "DATE", "2024-03-29"), ("Saturday", "DATE", "2024-03-30")]),
    (SUN, "The minister is to visit Kyiv on Thursday.", [("Thursday", "DATE", "2024-04-04")]),
    (SUN, "The mayor, who took office on Monday, said he would not seek re-election.",
     [("Monday", "DATE", "2024-03-25")]),
    (SUN, "The foreign minister told reporters the ceasefire would hold until Wednesday.",
     [("Wednesday", "DATE", "2024-04-03")]),
    (SUN, "Police said the suspect was arrested on Thursday.", [("Thursday", "DATE", "2024-03-28")]),
    (SUN, "The fire broke out at 3 a.m. on Saturday.",
     [("3 a.m.", "TIME", "2024-03-30T03:00"), ("Saturday", "DATE", "2024-03-30")]),

    # DEC31: past Mon 27 - Thu 30 Dec, next Sat 1 Jan - Thu 6 Jan 2022
    (DEC31, "The new rules come into force on Saturday.", [("Saturday", "DATE", "2022-01-01")]),
    (DEC31, "Omicron cases surged to a record on Thursday.", [("Thursday", "DATE", "2021-12-30")]),
    (DEC31, "The airline said it had cancelled 1,200 flights on Wednesday.", [("Wednesday", "DATE", "2021-12-29")]),
    (DEC31, "Trading in London resumes on Tuesday.", [("Tuesday", "DATE", "2022-01-04")]),
    (DEC31, "The ball will drop at midnight.", [("midnight", "TIME", "2021-12-31T24:00")]),

    # JAN2: past Tue 27 Dec - Sun 1 Jan, next Tue 3 - Sun 8 Jan 2023
    (JAN2, "The Brazilian leader was sworn in on Sunday.", [("Sunday", "DATE", "2023-01-01")]),
    (JAN2, "Fireworks lit up the sky over Sydney on Saturday night.", [("Saturday night", "TIME", "2022-12-31TNI")]),
    (JAN2, "Congress returns on Tuesday for a new session.", [("Tuesday", "DATE", "2023-01-03")]),
    (JAN2, "The singer, who died on Thursday, will be buried on Friday.",
     [("Thursday", "DATE", "2022-12-29"), ("Friday", "DATE", "2023-01-06")]),
    (JAN2, "The central bank is widely expected to raise rates on Thursday, analysts said.",
     [("Thursday", "DATE", "2023-01-05")]),
    (JAN2, "Traffic was heavy on Sunday afternoon.", [("Sunday afternoon", "TIME", "2023-01-01TAF")]),
    (JAN2, "The minister resigned last Thursday.", [("last Thursday", "DATE", "2022-12-29")]),

    # LEAP: past Fri 23 - Wed 28 Feb, next Fri 1 - Wed 6 March
    (LEAP, "The spacecraft touched down on the moon last Thursday.", [("last Thursday", "DATE", "2024-02-22")]),
    (LEAP, "The court will hand down its ruling on Friday, March 1.", [("Friday, March 1", "DATE", "2024-03-01")]),
    (LEAP, "The governor signed the bill into law on Wednesday.", [("Wednesday", "DATE", "2024-02-28")]),
    (LEAP, "Voters in 15 states go to the polls on Tuesday.", [("Tuesday", "DATE", "2024-03-05")]),
    (LEAP, "The company would not say on Tuesday whether it planned layoffs.", [("Tuesday", "DATE", "2024-02-27")]),
    (LEAP, "The ban is being lifted on Saturday.", [("Saturday", "DATE", "2024-03-02")]),
    (LEAP, "Negotiators have until Friday to reach a deal.", [("Friday", "DATE", "2024-03-01")]),
    (LEAP, "The airline won't fly to Moscow on Saturday.", [("Saturday", "DATE", "2024-03-02")]),
    (LEAP, "The actor died on Monday night.", [("Monday night", "TIME", "2024-02-26TNI")]),
    (LEAP, "The actor will perform on Monday night.", [("Monday night", "TIME", "2024-03-04TNI")]),
    (LEAP, "Mr. Winter, the finance director, resigned on Monday.", [("Monday", "DATE", "2024-02-26")]),

    # --- month names and day-month dates, past vs future ------------------------------------------------
    (OCT, "The company cut 500 jobs in March.", [("March", "DATE", "2019-03")]),
    (OCT, "The company plans to cut 500 jobs in March.", [("March", "DATE", "2020-03")]),
    (OCT, "The law, which takes effect in January, bans plastic bags.", [("January", "DATE", "2020-01")]),
    (OCT, "Parliament was suspended in September.", [("September", "DATE", "2019-09")]),
    (OCT, "The trial is due to begin on January 31.", [("January 31", "DATE", "2020-01-31")]),
    (OCT, "Exports rose in August, official data showed on Thursday.",
     [("August", "DATE", "2019-08"), ("Thursday", "DATE", "2019-10-17")]),
    (OCT, "The deadline is Oct. 31.", [("Oct. 31", "DATE", "2019-10-31")]),
    (OCT, "The factory opened on 5 January.", [("5 January", "DATE", "2019-01-05")]),
    (DEC31, "The vaccine was approved in December.", [("December", "DATE", "2021-12")]),
    (DEC31, "Tickets go on sale in March.", [("March", "DATE", "2022-03")]),
    (DEC31, "The tax rise was announced on Dec. 15.", [("Dec. 15", "DATE", "2021-12-15")]),
    (DEC31, "The new minimum wage applies from Jan. 1.", [("Jan. 1", "DATE", "2022-01-01")]),
    (JAN2, "Prices rose sharply in December.", [("December", "DATE", "2022-12")]),
    (JAN2, "The company will hold its annual meeting in December.", [("December", "DATE", "2023-12")]),
    (JAN2, "Inflation peaked in October, the data showed.", [("October", "DATE", "2022-10")]),
    (JAN2, "The law was passed on Dec. 22.", [("Dec. 22", "DATE", "2022-12-22")]),
    (JAN2, "The hearing is set for Jan. 10.", [("Jan. 10", "DATE", "2023-01-10")]),
    (JAN2, "The rules changed on Jan. 1.", [("Jan. 1", "DATE", "2023-01-01")]),
    (LEAP, "The company was founded on 29 February 1996.", [("29 February 1996", "DATE", "1996-02-29")]),
    (LEAP, "The vote will be held on 5 March.", [("5 March", "DATE", "2024-03-05")]),
    (LEAP, "The app was launched on January 5th.", [("January 5th", "DATE", "2024-01-05")]),
    (LEAP, "The treaty was signed on the 5th of January.", [("the 5th of January", "DATE", "2024-01-05")]),
    (TUE, "The rate rise took effect on 2022-07-01.", [("2022-07-01", "DATE", "2022-07-01")]),
    (TUE, "The filing, dated 03/14/2021, was made public on Tuesday.",
     [("03/14/2021", "DATE", "2021-03-14"), ("Tuesday", "DATE", "2022-07-05")]),
    (TUE, "Sales dropped in June, the company said.", [("June", "DATE", "2022-06")]),
    (TUE, "Fuel prices could fall in August.", [("August", "DATE", "2022-08")]),
    (SUN, "The plant closed in April last year.", [("April last year", "DATE", "2023-04")]),
    (SUN, "The minister promised to publish the report in April.", [("April", "DATE", "2024-04")]),
    (SUN, "Snow fell in parts of the country in February.", [("February", "DATE", "2024-02")]),
    (SUN, "Registration closes on April 5th.", [("April 5th", "DATE", "2024-04-05")]),
    (SUN, "The referendum took place on the 5th of March.", [("the 5th of March", "DATE", "2024-03-05")]),

    # --- quarters, halves, fiscal years ------------------------------------------------------------------
    (OCT, "The company will report fourth-quarter results in late January.",
     [("fourth-quarter", "DATE", "2019-Q4"), ("late January", "DATE", "2020-01", "END")]),
    (OCT, "Profit fell 20 percent in the third quarter.", [("the third quarter", "DATE", "2019-Q3")]),
    (OCT, "Third-quarter profit beat forecasts, the bank said on Tuesday.",
     [("Third-quarter", "DATE", "2019-Q3"), ("Tuesday", "DATE", "2019-10-15")]),
    (OCT, "The firm's Q3 revenue beat estimates.", [("Q3", "DATE", "2019-Q3")]),
    (SUN, "Analysts expect sales to rise in the second quarter.", [("the second quarter", "DATE", "2024-Q2")]),
    (SUN, "The economy shrank in the fourth quarter.", [("the fourth quarter", "DATE", "2023-Q4")]),
    (DEC31, "The company expects a loss in the first half of next year.",
     [("the first half of next year", "DATE", "2022-H1")]),
    (DEC31, "Growth slowed in the third quarter.", [("the third quarter", "DATE", "2021-Q3")]),
    (JAN2, "Shipments fell in the fourth quarter.", [("the fourth quarter", "DATE", "2022-Q4")]),
    (JAN2, "Q4 sales are expected to fall.", [("Q4", "DATE", "2022-Q4")]),
    (TUE, "Second-quarter earnings season kicks off next week.",
     [("Second-quarter", "DATE", "2022-Q2"), ("next week", "DATE", "2022-W28")]),
    (TUE, "Car sales fell 15 percent in the first half.", [("the first half", "DATE", "2022-H1")]),
    (TUE, "Revenue rose 12 percent in Q2.", [("Q2", "DATE", "2022-Q2")]),
    (TUE, "The company said H1 2022 sales were flat.", [("H1 2022", "DATE", "2022-H1")]),
    (TUE, "Earnings fell in fiscal 2021.", [("fiscal 2021", "DATE", "2021")]),
    (LEAP, "The company posted a loss for FY2023.", [("FY2023", "DATE", "2023")]),
    (LEAP, "Last quarter, the chain opened 40 stores.", [("Last quarter", "DATE", "2023-Q4")]),
    (LEAP, "This quarter, the chain will open 40 stores.", [("This quarter", "DATE", "2024-Q1")]),

    # --- this / last / next, relative days and seasons ----------------------------------------------------
    (SUN, "The bank will raise rates next month.", [("next month", "DATE", "2024-04")]),
    (SUN, "Home prices fell last month.", [("last month", "DATE", "2024-02")]),
    (SUN, "The minister resigned earlier this month.", [("earlier this month", "DATE", "2024-03", "START")]),
    (SUN, "Lawmakers met this week to discuss the budget.", [("this week", "DATE", "2024-W13")]),
    (SUN, "The court will rule next week.", [("next week", "DATE", "2024-W14")]),
    (SUN, "Fighting intensified last weekend.", [("last weekend", "DATE", "2024-W12-WE")]),
    (SUN, "Temperatures will fall sharply tonight.", [("tonight", "TIME", "2024-03-31TNI")]),
    (DEC31, "The bank said it expects inflation to ease next year.", [("next year", "DATE", "2022")]),
    (DEC31, "This year, the company hired 2,000 people.", [("This year", "DATE", "2021")]),
    (DEC31, "Last year, the company hired 2,000 people.", [("Last year", "DATE", "2020")]),
    (DEC31, "Cases will likely peak in the coming weeks.", [("the coming weeks", "DURATION", "PXW")]),
    (DEC31, "The law takes effect the day after tomorrow.", [("the day after tomorrow", "DATE", "2022-01-02")]),
    (DEC31, "The rally was cancelled the day before yesterday.",
     [("the day before yesterday", "DATE", "2021-12-29")]),
    (DEC31, "Schools will reopen next week.", [("next week", "DATE", "2022-W01")]),
    (DEC31, "Lawmakers left Washington this week.", [("this week", "DATE", "2021-W52")]),
    (JAN2, "The new rules will come into force next week.", [("next week", "DATE", "2023-W02")]),
    (JAN2, "Shares fell 19 percent last year.", [("last year", "DATE", "2022")]),
    (JAN2, "The company was hit by a cyberattack last week.", [("last week", "DATE", "2022-W52")]),
    (JAN2, "Officials will unveil the budget later this month.", [("later this month", "DATE", "2023-01", "END")]),
    (JAN2, "The bank will cut jobs later this year.", [("later this year", "DATE", "2023", "END")]),
    (JAN2, "Yesterday morning, crowds packed the beaches.", [("Yesterday morning", "TIME", "2023-01-01TMO")]),
    (LEAP, "Tonight's debate will focus on the economy.", [("Tonight", "TIME", "2024-02-29TNI")]),
    (TUE, "Inflation has doubled over the past five years.", [("the past five years", "DURATION", "P5Y")]),
    (TUE, "The launch is scheduled for this fall.", [("this fall", "DATE", "2022-FA")]),
    (TUE, "Demand slumped this summer.", [("this summer", "DATE", "2022-SU")]),
    (OCT, "The company went public this summer.", [("this summer", "DATE", "2019-SU")]),
    (OCT, "The store will open next spring.", [("next spring", "DATE", "2020-SP")]),
    (OCT, "The bill passed the House last month and goes to the Senate next month.",
     [("last month", "DATE", "2019-09"), ("next month", "DATE", "2019-11")]),
    (OCT, "Two years from now, the plant will be fully automated.", [("Two years from now", "DATE", "2021")]),
    (TUE, "The government will publish its plan in the autumn.", [("the autumn", "DATE", "2022-FA")]),

    # --- mod values ----------------------------------------------------------------------------------------
    (TUE, "The merger should close in early 2023.", [("early 2023", "DATE", "2023", "START")]),
    (TUE, "The project was delayed until mid-2024.", [("mid-2024", "DATE", "2024", "MID")]),
    (TUE, "Housing starts peaked in the late 1970s.", [("the late 1970s", "DATE", "197", "END")]),
    (TUE, "The firm has lost money for nearly three years.", [("nearly three years", "DURATION", "P3Y", "LESS_THAN")]),
    (TUE, "The talks lasted more than six hours.", [("more than six hours", "DURATION", "PT6H", "MORE_THAN")]),
    (TUE, "The siege lasted about two weeks.", [("about two weeks", "DURATION", "P2W", "APPROX")]),
    (OCT, "The plant will shut at the end of the year.", [("the end of the year", "DATE", "2019", "END")]),
    (OCT, "Sales slowed at the start of the month.", [("the start of the month", "DATE", "2019-10", "START")]),
    (OCT, "The vote is expected in late November.", [("late November", "DATE", "2019-11", "END")]),
    (OCT, "Sales were weak in early September.", [("early September", "DATE", "2019-09", "START")]),
    (DEC31, "The siege began in mid-December.", [("mid-December", "DATE", "2021-12", "MID")]),
    (SUN, "The company was founded in the mid-2000s.", [("the mid-2000s", "DATE", "200", "MID")]),
    (LEAP, "The company has grown since mid-2020.", [("mid-2020", "DATE", "2020", "MID")]),
    (TUE, "Output has risen almost 5 percent since the start of the year.",
     [("the start of the year", "DATE", "2022", "START")]),

    # --- false alarms and plain years ---------------------------------------------------------------------
    (TUE, "The novel 1984 topped the charts again.", []),
    (TUE, "The company sold 2,022 cars.", []),
    (TUE, "Shares rose 2.5 percent to $20.22.", []),
    (TUE, "The summit was held at the Four Seasons hotel.", []),
    (SUN, "Guests stayed at the Holiday Inn.", []),
    (LEAP, "Room 1204 was searched by police.", []),
    (OCT, "He was jailed for a second time.", []),
    (SUN, "The plane changed course at the last minute.", []),
    (TUE, "Prices are at an all-time high.", []),
    (TUE, "He was a one-time ally of the president.", []),
    (OCT, "The Second World War ended in 1945.", [("1945", "DATE", "1945")]),
    (JAN2, "The company's 2023 outlook disappointed investors.", [("2023", "DATE", "2023")]),
]


# Written while fixing the first run's failures: the general rule each fix adds, in other sentences.
AFTER_FIRST_RUN = [
    (OCT, "Growth is projected to slow on Monday, when the data is due.", [("Monday", "DATE", "2019-10-21")]),
    (OCT, "Temperatures were forecast to reach 40C on Sunday.", [("Sunday", "DATE", "2019-10-20")]),
    (OCT, "Gold climbed to a record on Tuesday.", [("Tuesday", "DATE", "2019-10-15")]),
    (OCT, "The dividend is payable to holders of record on Nov. 1.", [("Nov. 1", "DATE", "2019-11-01")]),
    (OCT, "A spokesman wouldn't comment on Wednesday.", [("Wednesday", "DATE", "2019-10-16")]),
    (OCT, "Police would not confirm on Monday whether the man was armed.", [("Monday", "DATE", "2019-10-14")]),
    (OCT, "The minister would resign on Monday if the vote failed.", [("Monday", "DATE", "2019-10-21")]),
    (OCT, "Mrs. Summer, the head teacher, retired.", []),
    (OCT, "He starred in the film 1917.", []),
    (OCT, "The novel was published in 1949.", [("1949", "DATE", "1949")]),
    (OCT, "Growth will slow in the first half, the bank said.", [("the first half", "DATE", "2020-H1")]),
    (OCT, "Profit rose in the first half, the bank said.", [("the first half", "DATE", "2019-H1")]),
    (dt.date(2019, 7, 20), "The bank will report first-half profit growth next week.",
     [("first-half", "DATE", "2019-H1"), ("next week", "DATE", "2019-W30")]),
    (dt.date(2019, 4, 10), "Exports are expected to pick up in the second half.", [("the second half", "DATE", "2019-H2")]),
]


@pytest.mark.parametrize("published, sentence, expected", CASES + AFTER_FIRST_RUN,
                         ids=[c[1][:60] for c in CASES + AFTER_FIRST_RUN])
def test_tense_heldout_sentence(published, sentence, expected):
    check_sentence(published, sentence, expected)
