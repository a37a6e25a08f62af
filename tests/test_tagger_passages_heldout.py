"""Held-out multi-sentence news passages (a lead with a dateline, background, what comes next).

Written by an independent examiner before running the tagger; none taken from a corpus. Each case lists
every time expression the passage holds: text, type, value (and mod when given). Several families meet
in each passage: weekday direction by tense, months and dates across a year boundary, last/next/this
plus a unit, quarters and halves, anaphora anchored on the narrative, holidays, clock times, durations
with mods, sets, vague references and look-alikes that must not be tagged.
"""
from __future__ import annotations

import datetime as dt

import pytest

# the same check as the hand-written sentences: exact text, type and value, and mod where given
from tests.test_tagger_handwritten import test_handwritten_sentence as check_sentence

EASTER_MON = dt.date(2024, 4, 1)  # Easter Monday, ISO 2024-W14, the first day of Q2
Q2_END = dt.date(2023, 6, 30)  # a Friday closing the first half, ISO 2023-W26
SUN = dt.date(2022, 10, 2)  # a Sunday, the last day of ISO 2022-W39
NYE = dt.date(2024, 12, 31)  # a Tuesday in ISO 2025-W01
JAN2 = dt.date(2023, 1, 2)  # a Monday, ISO 2023-W01
JAN1 = dt.date(2022, 1, 1)  # a Saturday in ISO 2021-W52
JAN3 = dt.date(2025, 1, 3)  # a Friday, ISO 2025-W01
LEAP = dt.date(2024, 2, 29)  # a Thursday, ISO 2024-W09
Q1_END = dt.date(2025, 3, 31)  # a Monday closing Q1, ISO 2025-W14
BLACK_FRI = dt.date(2021, 11, 26)  # the day after Thanksgiving, ISO 2021-W47
NEW_YEAR = dt.date(2020, 1, 1)  # a Wednesday, ISO 2020-W01
MAR31 = dt.date(2023, 3, 31)  # a Friday closing Q1, ISO 2023-W13
JULY4 = dt.date(2022, 7, 4)  # Independence Day, a Monday, ISO 2022-W27
MEMORIAL = dt.date(2021, 5, 30)  # the Sunday of Memorial Day weekend, ISO 2021-W21
LABOR = dt.date(2024, 9, 1)  # the Sunday before Labor Day, ISO 2024-W35
DEC29 = dt.date(2023, 12, 29)  # a Friday, ISO 2023-W52
ELECTION = dt.date(2024, 11, 4)  # a Monday, the eve of a U.S. election, ISO 2024-W45
H1_END = dt.date(2025, 6, 30)  # a Monday closing H1, ISO 2025-W27
XMAS = dt.date(2022, 12, 25)  # Christmas Day, a Sunday, ISO 2022-W51
HALLOWEEN = dt.date(2019, 10, 31)  # a Thursday, ISO 2019-W44
Q3_END = dt.date(2023, 9, 29)  # a Friday, the last weekday of Q3, ISO 2023-W39

CASES = [
    # --- Easter Monday 2024 ---------------------------------------------------------------------
    (EASTER_MON, "WASHINGTON (AP) — The Senate returns from a two-week recess on Monday, April 8, with a spending "
     "fight looming. Lawmakers left town on March 22 after passing a $1.2 trillion package. Leaders hope to "
     "finish the aid bill by the end of the month.",
     [("two-week", "DURATION", "P2W"), ("Monday, April 8", "DATE", "2024-04-08"), ("March 22", "DATE", "2024-03-22"),
      ("the end of the month", "DATE", "2024-04", "END")]),
    (EASTER_MON, "Tesla said on Monday it expects first-quarter deliveries to fall for the first time in four years. "
     "The carmaker will publish the figures on Tuesday, and full results are due later this month. "
     "Deliveries rose 38% in 2023.",
     [("Monday", "DATE", "2024-04-01"), ("first-quarter", "DATE", "2024-Q1"), ("four years", "DURATION", "P4Y"),
      ("Tuesday", "DATE", "2024-04-02"), ("later this month", "DATE", "2024-04"), ("2023", "DATE", "2023")]),
    (EASTER_MON, "Manchester City drew 0-0 with Arsenal on Sunday, leaving Liverpool top of the table. City, "
     "unbeaten since December, host Aston Villa on Wednesday. The sides meet again on April 20.",
     [("Sunday", "DATE", "2024-03-31"), ("December", "DATE", "2023-12"), ("Wednesday", "DATE", "2024-04-03"),
      ("April 20", "DATE", "2024-04-20")]),
    (EASTER_MON, "Heavy snow closed roads across Maine on Easter Sunday, and more is forecast for Wednesday night. "
     "Forecasters said the storm was the worst since 2017. Temperatures should rise by the weekend.",
     [("Easter Sunday", "DATE", "2024-03-31"), ("Wednesday night", "TIME", "2024-04-03TNI"), ("2017", "DATE", "2017"),
      ("the weekend", "DATE", "2024-W14-WE")]),
    (EASTER_MON, "A federal judge on Friday set a trial date of May 20 for the former aide. The judge had denied "
     "a motion to dismiss in February. Jury selection will take about two weeks, lawyers said.",
     [("Friday", "DATE", "2024-03-29"), ("May 20", "DATE", "2024-05-20"), ("February", "DATE", "2024-02"),
      ("about two weeks", "DURATION", "P2W", "APPROX")]),
    (EASTER_MON, "The World Health Organization said on Monday that measles cases in Europe rose 45-fold last year. "
     "Nearly 42,000 cases were recorded in 2023, compared with 941 in 2022. Officials warned the trend could "
     "continue in the coming months.",
     [("Monday", "DATE", "2024-04-01"), ("last year", "DATE", "2023"), ("2023", "DATE", "2023"),
      ("2022", "DATE", "2022"), ("the coming months", "DURATION", "PXM")]),
    (EASTER_MON, "U.S. stocks ended the first quarter at record highs, with the S&P 500 up 10% since January. "
     "Markets were closed on Good Friday. Traders are now looking to Friday's jobs report.",
     [("the first quarter", "DATE", "2024-Q1"), ("January", "DATE", "2024-01"), ("Good Friday", "DATE", "2024-03-29"),
      ("now", "DATE", "PRESENT_REF"), ("Friday", "DATE", "2024-04-05")]),
    (EASTER_MON, "Apple will hold its developers conference from June 10 to June 14, the company said on Tuesday. "
     "Last year's event was held in early June.",
     [("June 10", "DATE", "2024-06-10"), ("June 14", "DATE", "2024-06-14"), ("Tuesday", "DATE", "2024-03-26"),
      ("Last year", "DATE", "2023"), ("early June", "DATE", "2023-06", "START")]),
    (EASTER_MON, "Lou Conter, the last survivor of the USS Arizona, died on Monday at his home in California. He was "
     "102. Conter was on deck on Dec. 7, 1941, when Japanese planes attacked. He spent 28 years in the Navy.",
     [("Monday", "DATE", "2024-04-01"), ("Dec. 7, 1941", "DATE", "1941-12-07"), ("28 years", "DURATION", "P28Y")]),
    (EASTER_MON, "The foreign minister will visit Beijing next week for talks, his office said on Monday. It will "
     "be his first trip to China since 2018. The two sides last met in Munich in February.",
     [("next week", "DATE", "2024-W15"), ("Monday", "DATE", "2024-04-01"), ("2018", "DATE", "2018"),
      ("February", "DATE", "2024-02")]),
    (EASTER_MON, "The bridge collapsed early on Tuesday, March 26, after a cargo ship struck it. Divers recovered "
     "two bodies the following day. Officials said on Sunday that a temporary channel would open by the end of April.",
     [("Tuesday, March 26", "DATE", "2024-03-26"), ("the following day", "DATE", "2024-03-27"),
      ("Sunday", "DATE", "2024-03-31"), ("the end of April", "DATE", "2024-04", "END")]),

    # --- Friday 30 June 2023, the end of the first half -------------------------------------------
    (Q2_END, "NEW YORK, June 30 (Reuters) - Nike shares fell 3% on Friday after the company forecast weak sales "
     "for the summer. The results covered the three months to May 31. The company will hold an investor day in "
     "the fall.",
     [("June 30", "DATE", "2023-06-30"), ("Friday", "DATE", "2023-06-30"), ("the summer", "DATE", "2023-SU"),
      ("the three months", "DURATION", "P3M"), ("May 31", "DATE", "2023-05-31"), ("the fall", "DATE", "2023-FA")]),
    (Q2_END, "Wall Street closed out the first half with the Nasdaq's best six-month gain since 1983. The index "
     "rose 32% in the first half. Markets will close early on Monday and stay shut on Tuesday for the Fourth of July.",
     [("the first half", "DATE", "2023-H1"), ("six-month", "DURATION", "P6M"), ("1983", "DATE", "1983"),
      ("the first half", "DATE", "2023-H1"), ("Monday", "DATE", "2023-07-03"), ("Tuesday", "DATE", "2023-07-04"),
      ("the Fourth of July", "DATE", "2023-07-04")]),
    (Q2_END, "The Supreme Court on Friday struck down the student loan forgiveness plan. The justices heard "
     "arguments in the case in February. The court's term ends this week, and it will return on the first Monday "
     "in October.",
     [("Friday", "DATE", "2023-06-30"), ("February", "DATE", "2023-02"), ("this week", "DATE", "2023-W26"),
      ("the first Monday in October", "DATE", "2023-10-02")]),
    (Q2_END, "Smoke from Canadian wildfires drifted over Chicago on Thursday, and air quality alerts remain in "
     "place through Saturday. More than 8 million hectares have burned since early May. Officials said the fire "
     "season could last into October.",
     [("Thursday", "DATE", "2023-06-29"), ("Saturday", "DATE", "2023-07-01"), ("early May", "DATE", "2023-05", "START"),
      ("October", "DATE", "2023-10")]),
    (Q2_END, "Novak Djokovic begins his Wimbledon title defence on Monday against Pedro Cachin. The Serbian has "
     "won the last four titles at the All England Club. The final is scheduled for Sunday, July 16.",
     [("Monday", "DATE", "2023-07-03"), ("Sunday, July 16", "DATE", "2023-07-16")]),
    (Q2_END, "The CDC reported on Friday that flu deaths last winter were the lowest in a decade. Health officials "
     "will meet in September to review vaccine advice.",
     [("Friday", "DATE", "2023-06-30"), ("last winter", "DATE", "2022-WI"), ("a decade", "DURATION", "P10Y"),
      ("September", "DATE", "2023-09")]),
    (Q2_END, "The Dutch government will decide on Friday, July 7, whether to tighten asylum rules, the prime "
     "minister said on Friday. Talks between the coalition parties broke down twice last month.",
     [("Friday, July 7", "DATE", "2023-07-07"), ("Friday", "DATE", "2023-06-30"), ("last month", "DATE", "2023-05")]),
    (Q2_END, "Meta will launch Threads, its rival to Twitter, next Thursday. Twitter has limited the number of "
     "posts users can read each day.",
     [("next Thursday", "DATE", "2023-07-06"), ("each day", "SET", "P1D")]),
    (Q2_END, "Alan Arkin, the Oscar-winning actor, died on Thursday at 89. He made his film debut in 1957 and "
     "worked for more than 60 years.",
     [("Thursday", "DATE", "2023-06-29"), ("1957", "DATE", "1957"), ("more than 60 years", "DURATION", "P60Y", "MORE_THAN")]),
    (Q2_END, "The ferry will run twice a day during July and August, and every Saturday in September. Tickets go "
     "on sale at 9 a.m. Monday.",
     [("twice a day", "SET", "P1D"), ("July", "DATE", "2023-07"), ("August", "DATE", "2023-08"),
      ("every Saturday", "SET", "XXXX-WXX-6"), ("September", "DATE", "2023-09"),
      ("9 a.m. Monday", "TIME", "2023-07-03T09:00")]),
    (Q2_END, "The submersible lost contact on June 18. Debris was found on the seabed four days later. The Coast "
     "Guard will hold a hearing on the disaster next year.",
     [("June 18", "DATE", "2023-06-18"), ("four days later", "DATE", "2023-06-22"), ("next year", "DATE", "2024")]),

    # --- Sunday 2 October 2022 ----------------------------------------------------------------------
    (SUN, "RIO DE JANEIRO (AP) — Brazilians vote on Sunday in a presidential election pitting Luiz Inácio Lula da "
     "Silva against Jair Bolsonaro. If no candidate wins a majority, a runoff will be held on Oct. 30. Lula "
     "governed from 2003 to 2010.",
     [("Sunday", "DATE", "2022-10-02"), ("Oct. 30", "DATE", "2022-10-30"), ("2003", "DATE", "2003"),
      ("2010", "DATE", "2010")]),
    (SUN, "Aaron Judge hit his 61st home run on Wednesday, tying the American League record set in 1961. The "
     "Yankees have four games left before the regular season ends on Wednesday.",
     [("Wednesday", "DATE", "2022-09-28"), ("1961", "DATE", "1961"), ("Wednesday", "DATE", "2022-10-05")]),
    (SUN, "Hurricane Ian made landfall in Florida on Wednesday afternoon as a Category 4 storm. The death toll "
     "rose to 77 on Sunday. Power may not be fully restored for weeks, officials said.",
     [("Wednesday afternoon", "TIME", "2022-09-28TAF"), ("Sunday", "DATE", "2022-10-02"), ("weeks", "DURATION", "PXW")]),
    (SUN, "OPEC+ will meet in Vienna on Wednesday, its first in-person meeting since March 2020. Delegates said "
     "the group could make its deepest output cut since 2020. Oil prices fell by about a quarter in the third "
     "quarter.",
     [("Wednesday", "DATE", "2022-10-05"), ("March 2020", "DATE", "2020-03"), ("2020", "DATE", "2020"),
      ("the third quarter", "DATE", "2022-Q3")]),
    (SUN, "Liz Truss will face her party's conference in Birmingham on Sunday, ten days after the mini-budget "
     "that rattled markets. The prime minister is due to speak on Wednesday. She took office on Sept. 6.",
     [("Sunday", "DATE", "2022-10-02"), ("ten days", "DURATION", "P10D"), ("Wednesday", "DATE", "2022-10-05"),
      ("Sept. 6", "DATE", "2022-09-06")]),
    (SUN, "Russia annexed four Ukrainian regions on Friday in a Kremlin ceremony. A Security Council resolution "
     "condemning the move failed the same day. NATO defence ministers will meet in Brussels later this month.",
     [("Friday", "DATE", "2022-09-30"), ("the same day", "DATE", "2022-09-30"), ("later this month", "DATE", "2022-10")]),
    (SUN, "Health officials expect a difficult flu season this winter in the Northern Hemisphere. Vaccination "
     "campaigns begin on Monday.",
     [("this winter", "DATE", "2022-WI"), ("Monday", "DATE", "2022-10-03")]),
    (SUN, "Amazon will hold a second Prime Day sale on Oct. 11, the company said. The first sale, held in July, "
     "drew record orders.",
     [("Oct. 11", "DATE", "2022-10-11"), ("July", "DATE", "2022-07")]),
    (SUN, "The Supreme Court opens its new term on Monday with a docket that includes affirmative action and "
     "voting rights. Justice Ketanji Brown Jackson, sworn in on June 30, will hear her first arguments.",
     [("Monday", "DATE", "2022-10-03"), ("June 30", "DATE", "2022-06-30")]),
    (SUN, "The jazz pianist Ellis Grant died on Saturday in New Orleans at the age of 91. He recorded more than "
     "40 albums over five decades and toured Europe every summer until 2019.",
     [("Saturday", "DATE", "2022-10-01"), ("five decades", "DURATION", "P50Y"), ("every summer", "SET", "XXXX-SU"),
      ("2019", "DATE", "2019")]),
    (SUN, "The Hurricanes beat the Lightning 4-3 in overtime on Saturday. Brett March scored twice in the second "
     "period. The teams meet again on Oct. 14.",
     [("Saturday", "DATE", "2022-10-01"), ("Oct. 14", "DATE", "2022-10-14")]),

    # --- Tuesday 31 December 2024 (ISO 2025-W01) -----------------------------------------------------
    (NYE, "Stocks slipped on Tuesday, the last trading day of 2024, but the S&P 500 is set to finish the year up "
     "more than 20%. Markets will be closed on Wednesday for New Year's Day.",
     [("Tuesday", "DATE", "2024-12-31"), ("2024", "DATE", "2024"), ("the year", "DATE", "2024"),
      ("Wednesday", "DATE", "2025-01-01"), ("New Year's Day", "DATE", "2025-01-01")]),
    (NYE, "Former President Jimmy Carter, who died on Sunday at 100, will lie in state at the Capitol next week. "
     "A state funeral is planned for Jan. 9 at Washington National Cathedral.",
     [("Sunday", "DATE", "2024-12-29"), ("next week", "DATE", "2025-W02"), ("Jan. 9", "DATE", "2025-01-09")]),
    (NYE, "The company said on Monday that it expects fourth-quarter revenue to beat its forecast. It will report "
     "results in late January. Sales in the third quarter rose 12%.",
     [("Monday", "DATE", "2024-12-30"), ("fourth-quarter", "DATE", "2024-Q4"), ("late January", "DATE", "2025-01", "END"),
      ("the third quarter", "DATE", "2024-Q3")]),
    (NYE, "A powerful storm is forecast to bring heavy snow to the Rockies on New Year's Eve and Wednesday "
     "morning. Last week's blizzard closed highways for two days.",
     [("New Year's Eve", "DATE", "2024-12-31"), ("Wednesday morning", "TIME", "2025-01-01TMO"),
      ("Last week", "DATE", "2024-W52"), ("two days", "DURATION", "P2D")]),
    (NYE, "The Chiefs clinched the top seed in the AFC on Christmas Day with a win over Pittsburgh. They play "
     "Denver on Sunday before the playoffs begin on Jan. 11.",
     [("Christmas Day", "DATE", "2024-12-25"), ("Sunday", "DATE", "2025-01-05"), ("Jan. 11", "DATE", "2025-01-11")]),
    (NYE, "New rules capping insulin costs take effect on Wednesday, Jan. 1. The law was passed in August 2022 "
     "and phased in over two years.",
     [("Wednesday, Jan. 1", "DATE", "2025-01-01"), ("August 2022", "DATE", "2022-08"), ("two years", "DURATION", "P2Y")]),
    (NYE, "Samsung will unveil its new Galaxy phones at an event in San Jose on Jan. 22, the company said on "
     "Tuesday. The previous launch took place on Jan. 17.",
     [("Jan. 22", "DATE", "2025-01-22"), ("Tuesday", "DATE", "2024-12-31"), ("Jan. 17", "DATE", "2024-01-17")]),
    (NYE, "Poland takes over the rotating presidency of the European Union on Wednesday for six months. Warsaw "
     "last held the post in the second half of 2011.",
     [("Wednesday", "DATE", "2025-01-01"), ("six months", "DURATION", "P6M"), ("the second half of 2011", "DATE", "2011-H2")]),
    (NYE, "Romania will rerun its presidential election in May after a court annulled the first round on Dec. 6. "
     "The first round of the new vote will be held on May 4, with a runoff two weeks later.",
     [("May", "DATE", "2025-05"), ("Dec. 6", "DATE", "2024-12-06"), ("May 4", "DATE", "2025-05-04"),
      ("two weeks later", "DATE", "2025-W20")]),
    (NYE, "Inflation has eased in recent months, but prices remain higher than they were four years ago. "
     "Economists expect the Fed to cut rates twice in 2025.",
     [("recent months", "DURATION", "PXM"), ("four years ago", "DATE", "2020"), ("2025", "DATE", "2025")]),

    # --- Monday 2 January 2023 -----------------------------------------------------------------------
    (JAN2, "Luiz Inácio Lula da Silva was sworn in as Brazil's president on Sunday, New Year's Day, returning to "
     "power after 12 years. His predecessor flew to Florida on Friday.",
     [("Sunday", "DATE", "2023-01-01"), ("New Year's Day", "DATE", "2023-01-01"), ("12 years", "DURATION", "P12Y"),
      ("Friday", "DATE", "2022-12-30")]),
    (JAN2, "European shares rose on Monday in thin trading, with U.S. markets closed. The Stoxx 600 lost 12% in "
     "2022, its worst performance since 2008.",
     [("Monday", "DATE", "2023-01-02"), ("2022", "DATE", "2022"), ("2008", "DATE", "2008")]),
    (JAN2, "Georgia beat Ohio State 42-41 in Saturday night's semifinal and will face TCU in the national "
     "championship game on Jan. 9. The Bulldogs won the title last season.",
     [("Saturday night", "TIME", "2022-12-31TNI"), ("Jan. 9", "DATE", "2023-01-09")]),
    (JAN2, "Rescue crews in California were searching for survivors on Monday after an atmospheric river brought "
     "flooding over the weekend. Another storm is expected on Wednesday, and forecasters warned of more rain "
     "through the middle of the month.",
     [("Monday", "DATE", "2023-01-02"), ("the weekend", "DATE", "2022-W52-WE"), ("Wednesday", "DATE", "2023-01-04"),
      ("the middle of the month", "DATE", "2023-01", "MID")]),
    (JAN2, "Tesla said on Monday it delivered 405,278 vehicles in the fourth quarter, short of analysts' "
     "estimates. Deliveries for the full year rose 40%. The company will report earnings later this month.",
     [("Monday", "DATE", "2023-01-02"), ("the fourth quarter", "DATE", "2022-Q4"), ("the full year", "DATE", "2022"),
      ("later this month", "DATE", "2023-01")]),
    (JAN2, "The trial of a former FTX executive is set to begin in October, a judge ruled on Tuesday. The company's "
     "founder will appear in court on Tuesday to enter a plea.",
     [("October", "DATE", "2023-10"), ("Tuesday", "DATE", "2022-12-27"), ("Tuesday", "DATE", "2023-01-03")]),
    (JAN2, "China's health officials said on Friday they would stop publishing daily COVID-19 figures. Beijing "
     "ended its zero-Covid policy in early December.",
     [("Friday", "DATE", "2022-12-30"), ("daily", "SET", "P1D"), ("early December", "DATE", "2022-12", "START")]),
    (JAN2, "Croatia joined the euro zone and Europe's passport-free Schengen area on Sunday. The country became "
     "an EU member in 2013.",
     [("Sunday", "DATE", "2023-01-01"), ("2013", "DATE", "2013")]),
    (JAN2, "The strike by nurses in New York could last at least two weeks, union leaders warned on Sunday. Talks "
     "broke down after nearly 12 hours of negotiation on New Year's Eve.",
     [("at least two weeks", "DURATION", "P2W"), ("Sunday", "DATE", "2023-01-01"), ("nearly 12 hours", "DURATION", "PT12H"),
      ("New Year's Eve", "DATE", "2022-12-31")]),
    (JAN2, "The company was founded in 2015 and listed its shares the next year. It was valued at $2 billion in "
     "March 2021.",
     [("2015", "DATE", "2015"), ("the next year", "DATE", "2016"), ("March 2021", "DATE", "2021-03")]),

    # --- Saturday 1 January 2022 (ISO 2021-W52) ------------------------------------------------------
    (JAN1, "Crowds in Sydney welcomed 2022 with fireworks on Saturday, while New York scaled back its New Year's "
     "Eve celebration on Friday night. Officials said they will review the rules next week.",
     [("2022", "DATE", "2022"), ("Saturday", "DATE", "2022-01-01"), ("New Year's Eve", "DATE", "2021-12-31"),
      ("Friday night", "TIME", "2021-12-31TNI"), ("next week", "DATE", "2022-W01")]),
    (JAN1, "A law raising the minimum wage to $15 takes effect on Saturday in several states. Voters approved the "
     "measure in November 2020. A further rise is due on July 1.",
     [("Saturday", "DATE", "2022-01-01"), ("November 2020", "DATE", "2020-11"), ("July 1", "DATE", "2022-07-01")]),
    (JAN1, "Toyota outsold General Motors in the United States in 2021, the first time a foreign carmaker has "
     "topped the sales ranking. GM will report fourth-quarter sales on Tuesday.",
     [("2021", "DATE", "2021"), ("fourth-quarter", "DATE", "2021-Q4"), ("Tuesday", "DATE", "2022-01-04")]),
    (JAN1, "A winter storm dumped snow on Colorado on Friday. A wildfire had destroyed nearly 1,000 homes near "
     "Boulder the previous day. The fire started on Thursday morning.",
     # SynTime's gold tags the season of "winter storm" (train_273): a first-run expectation put right
     [("winter", "DATE", "2021-WI"), ("Friday", "DATE", "2021-12-31"), ("the previous day", "DATE", "2021-12-30"),
      ("Thursday morning", "TIME", "2021-12-30TMO")]),
    (JAN1, "Parts of the South saw record warmth on New Year's Day, with highs in the 80s. A cold front will bring "
     "snow by Monday.",
     [("New Year's Day", "DATE", "2022-01-01"), ("Monday", "DATE", "2022-01-03")]),

    # --- Friday 3 January 2025 -----------------------------------------------------------------------
    (JAN3, "The new Congress convenes on Friday, and the House will vote on a speaker at noon. Republicans hold "
     "219 seats. Lawmakers will certify the election results on Monday, Jan. 6.",
     [("Friday", "DATE", "2025-01-03"), ("noon", "TIME", "2025-01-03T12:00"), ("Monday, Jan. 6", "DATE", "2025-01-06")]),
    (JAN3, "Stocks rebounded on Friday after a five-day losing streak. The Dow fell on Thursday, the first trading "
     "day of the year. Investors now await December's jobs report next Friday.",
     [("Friday", "DATE", "2025-01-03"), ("five-day", "DURATION", "P5D"), ("Thursday", "DATE", "2025-01-02"),
      ("the year", "DATE", "2025"), ("now", "DATE", "PRESENT_REF"), ("December", "DATE", "2024-12"),
      ("next Friday", "DATE", "2025-01-10")]),
    (JAN3, "The trial will begin on Feb. 3, a court heard on Friday. The Chelsea forward missed most of last "
     "season with a knee injury.",
     [("Feb. 3", "DATE", "2025-02-03"), ("Friday", "DATE", "2025-01-03")]),
    (JAN3, "Forecasters warned of snow and ice across the Midwest this weekend, with the coldest air in a decade "
     "arriving by Monday night.",
     [("this weekend", "DATE", "2025-W01-WE"), ("a decade", "DURATION", "P10Y"), ("Monday night", "TIME", "2025-01-06TNI")]),
    (JAN3, "CES opens in Las Vegas on Tuesday, with Nvidia's chief executive giving the keynote on Monday evening. "
     "Last year's show drew 138,000 visitors.",
     [("Tuesday", "DATE", "2025-01-07"), ("Monday evening", "TIME", "2025-01-06TEV"), ("Last year", "DATE", "2024")]),
    (JAN3, "A judge on Friday set Jan. 10 for the sentencing of President-elect Donald Trump, 10 days before his "
     "inauguration. Trump was convicted in May on 34 counts.",
     [("Friday", "DATE", "2025-01-03"), ("Jan. 10", "DATE", "2025-01-10"), ("10 days", "DURATION", "P10D"),
      ("May", "DATE", "2024-05")]),
    (JAN3, "Apple offered rare discounts on iPhones in China through Jan. 7. It will report results for the "
     "December quarter on Jan. 30.",
     [("Jan. 7", "DATE", "2025-01-07"), ("the December quarter", "DATE", "2024-Q4"), ("Jan. 30", "DATE", "2025-01-30")]),
    (JAN3, "Jimmy Carter's funeral will be held at Washington National Cathedral on Jan. 9, which President Biden "
     "has declared a national day of mourning. Carter died on Dec. 29 at his home in Plains, Georgia. He was "
     "president from 1977 to 1981.",
     [("Jan. 9", "DATE", "2025-01-09"), ("Dec. 29", "DATE", "2024-12-29"), ("1977", "DATE", "1977"),
      ("1981", "DATE", "1981")]),
    (JAN3, "The storm struck on Dec. 23 and cut power to 500,000 homes. Crews restored power to most homes that "
     "week.",
     [("Dec. 23", "DATE", "2024-12-23"), ("that week", "DATE", "2024-W52")]),

    # --- Thursday 29 February 2024 -------------------------------------------------------------------
    (LEAP, "Leap day babies celebrate a real birthday on Thursday for the first time in four years. The next one "
     "falls in 2028.",
     [("Thursday", "DATE", "2024-02-29"), ("four years", "DURATION", "P4Y"), ("2028", "DATE", "2028")]),
    (LEAP, "Mitch McConnell said on Wednesday he will step down as Senate Republican leader in November. The "
     "Kentucky senator has led his party in the chamber since 2007. His term runs until January 2027.",
     [("Wednesday", "DATE", "2024-02-28"), ("November", "DATE", "2024-11"), ("2007", "DATE", "2007"),
      ("January 2027", "DATE", "2027-01")]),
    (LEAP, "Shares of Nvidia have more than tripled over the past year. The chipmaker said last week that revenue "
     "this quarter would reach $24 billion.",
     [("the past year", "DURATION", "P1Y"), ("last week", "DATE", "2024-W08"), ("this quarter", "DATE", "2024-Q1")]),
    (LEAP, "The Supreme Court agreed on Wednesday to decide whether the former president is immune from "
     "prosecution, and will hear arguments during the week of April 22. The trial had been set to start on March 4.",
     [("Wednesday", "DATE", "2024-02-28"), ("the week of April 22", "DATE", "2024-W17"), ("March 4", "DATE", "2024-03-04")]),
    (LEAP, "The Smokehouse Creek fire, the largest in Texas history, has burned more than 1 million acres since "
     "it started on Monday. Rain is forecast for the weekend.",
     [("Monday", "DATE", "2024-02-26"), ("the weekend", "DATE", "2024-W09-WE")]),
    (LEAP, "Alabama's largest hospital paused IVF treatments last week after the state Supreme Court ruled on "
     "Feb. 16 that frozen embryos are children. Lawmakers hope to pass a fix by mid-March.",
     [("last week", "DATE", "2024-W08"), ("Feb. 16", "DATE", "2024-02-16"), ("mid-March", "DATE", "2024-03", "MID")]),
    (LEAP, "The Chiefs won the Super Bowl on Feb. 11. Their victory parade three days later ended in gunfire. "
     "The team will visit the White House later this year.",
     [("Feb. 11", "DATE", "2024-02-11"), ("three days later", "DATE", "2024-02-14"), ("later this year", "DATE", "2024")]),
    (LEAP, "Apple has canceled its electric car project after a decade of work, employees were told on Tuesday. "
     "The company began the effort in 2014.",
     [("a decade", "DURATION", "P10Y"), ("Tuesday", "DATE", "2024-02-27"), ("2014", "DATE", "2014")]),
    (LEAP, "Salesforce said on Wednesday that revenue would grow about 9% in fiscal 2025. The company will hold "
     "its Dreamforce conference in September.",
     [("Wednesday", "DATE", "2024-02-28"), ("fiscal 2025", "DATE", "2025"), ("September", "DATE", "2024-09")]),

    # --- Monday 31 March 2025 ------------------------------------------------------------------------
    (Q1_END, "Stocks fell on Monday as investors braced for tariffs due to be announced on Wednesday. The S&P 500 "
     "is headed for its worst quarter since 2022. The Nasdaq has lost 10% this quarter.",
     [("Monday", "DATE", "2025-03-31"), ("Wednesday", "DATE", "2025-04-02"), ("2022", "DATE", "2022"),
      ("this quarter", "DATE", "2025-Q1")]),
    (Q1_END, "Marine Le Pen was barred from running for office for five years by a Paris court on Monday. The "
     "far-right leader plans to appeal, and a ruling could come before the summer of 2026. The presidential "
     "election is due in April 2027.",
     [("five years", "DURATION", "P5Y"), ("Monday", "DATE", "2025-03-31"), ("the summer of 2026", "DATE", "2026-SU"),
      ("April 2027", "DATE", "2027-04")]),
    (Q1_END, "The death toll from Friday's earthquake in Myanmar passed 2,000 on Monday. Aftershocks continued "
     "over the weekend, and a week of national mourning begins on Monday.",
     [("Friday", "DATE", "2025-03-28"), ("Monday", "DATE", "2025-03-31"), ("the weekend", "DATE", "2025-W13-WE"),
      ("a week", "DURATION", "P1W"), ("Monday", "DATE", "2025-03-31")]),
    (Q1_END, "Walgreens will be taken private by Sycamore Partners in a deal expected to close in the fourth "
     "quarter of 2025. The deal was first reported in December.",
     [("the fourth quarter of 2025", "DATE", "2025-Q4"), ("December", "DATE", "2024-12")]),
    (Q1_END, "Major League Baseball played 14 games on Thursday. The Dodgers, who opened their season in Tokyo "
     "on March 18, host the Braves on Monday night.",
     [("Thursday", "DATE", "2025-03-27"), ("March 18", "DATE", "2025-03-18"), ("Monday night", "TIME", "2025-03-31TNI")]),
    (Q1_END, "Measles cases in Texas rose to 400 on Friday. The outbreak began in late January in a rural county. "
     "Officials expect cases to keep rising for several weeks.",
     [("Friday", "DATE", "2025-03-28"), ("late January", "DATE", "2025-01", "END"), ("several weeks", "DURATION", "PXW")]),
    (Q1_END, "Luigi Mangione will be arraigned on federal charges on April 18, a judge said on Friday. Prosecutors "
     "have until mid-April to say whether they will seek the death penalty.",
     [("April 18", "DATE", "2025-04-18"), ("Friday", "DATE", "2025-03-28"), ("mid-April", "DATE", "2025-04", "MID")]),
    (Q1_END, "Nintendo will reveal details of its Switch 2 console in a livestream on Wednesday. The console will "
     "go on sale in June. The original Switch sold more than 150 million units after its launch in March 2017.",
     [("Wednesday", "DATE", "2025-04-02"), ("June", "DATE", "2025-06"), ("March 2017", "DATE", "2017-03")]),
    (Q1_END, "Clocks in Britain went forward one hour on Sunday. They will go back on Oct. 26.",
     [("one hour", "DURATION", "PT1H"), ("Sunday", "DATE", "2025-03-30"), ("Oct. 26", "DATE", "2025-10-26")]),

    # --- Friday 26 November 2021, Black Friday ---------------------------------------------------------
    (BLACK_FRI, "Shoppers headed to stores on Black Friday, but online sales on Thanksgiving fell for the first "
     "time. Retailers expect Cyber Monday sales to reach $11 billion.",
     [("Black Friday", "DATE", "2021-11-26"), ("Thanksgiving", "DATE", "2021-11-25"), ("Cyber Monday", "DATE", "2021-11-29")]),
    (BLACK_FRI, "Stocks tumbled on Friday as a new coronavirus variant spooked investors, with the Dow suffering "
     "its worst day of the year. Trading closed early at 1 p.m. after Thursday's holiday.",
     [("Friday", "DATE", "2021-11-26"), ("the year", "DATE", "2021"), ("1 p.m.", "TIME", "2021-11-26T13:00"),
      ("Thursday", "DATE", "2021-11-25")]),
    (BLACK_FRI, "The WHO named the variant Omicron on Friday. South Africa first reported it on Wednesday, and "
     "several countries will restrict flights from the region starting Monday.",
     [("Friday", "DATE", "2021-11-26"), ("Wednesday", "DATE", "2021-11-24"), ("Monday", "DATE", "2021-11-29")]),
    (BLACK_FRI, "Germany's new coalition plans to phase out coal by 2030. Olaf Scholz is expected to be elected "
     "chancellor in the week of Dec. 6.",
     [("2030", "DATE", "2030"), ("the week of Dec. 6", "DATE", "2021-W49")]),
    (BLACK_FRI, "Lewis Hamilton trails Max Verstappen by eight points with two races left. The Saudi Arabian "
     "Grand Prix takes place on Dec. 5, and the season ends in Abu Dhabi a week later.",
     [("Dec. 5", "DATE", "2021-12-05"), ("a week later", "DATE", "2021-W49")]),
    (BLACK_FRI, "The parade, held every year since 1924, returned to full strength on Thursday after a scaled-back "
     "event last year.",
     [("every year", "SET", "P1Y"), ("1924", "DATE", "1924"), ("Thursday", "DATE", "2021-11-25"),
      ("last year", "DATE", "2020")]),

    # --- Wednesday 1 January 2020 --------------------------------------------------------------------
    (NEW_YEAR, "Australia's wildfire crisis deepened on New Year's Eve as thousands fled to beaches. The fires have "
     "burned since September, and officials warned conditions would worsen on Saturday.",
     [("New Year's Eve", "DATE", "2019-12-31"), ("September", "DATE", "2019-09"), ("Saturday", "DATE", "2020-01-04")]),
    (NEW_YEAR, "The S&P 500 gained 29% in 2019, its best year since 2013. Trading resumes on Thursday after the "
     "holiday. Analysts expect slower gains in the first half of 2020.",
     [("2019", "DATE", "2019"), ("2013", "DATE", "2013"), ("Thursday", "DATE", "2020-01-02"),
      ("the first half of 2020", "DATE", "2020-H1")]),
    (NEW_YEAR, "The House impeached the president on Dec. 18, and the Senate trial could begin this month. "
     "Senators return to Washington on Jan. 6 after the holiday recess.",
     [("Dec. 18", "DATE", "2019-12-18"), ("this month", "DATE", "2020-01"), ("Jan. 6", "DATE", "2020-01-06")]),
    (NEW_YEAR, "Chinese authorities said on Tuesday that they were investigating 27 cases of pneumonia in Wuhan. "
     "Patients began falling ill in early December. The World Health Organization will be informed in the coming "
     "days.",
     [("Tuesday", "DATE", "2019-12-31"), ("early December", "DATE", "2019-12", "START"),
      ("the coming days", "DURATION", "PXD")]),
    (NEW_YEAR, "Ohio State and Clemson met in the semifinal on Saturday night, and Clemson will face LSU in New "
     "Orleans on Jan. 13. The Tigers have not lost since 2018.",
     [("Saturday night", "TIME", "2019-12-28TNI"), ("Jan. 13", "DATE", "2020-01-13"), ("2018", "DATE", "2018")]),
    (NEW_YEAR, "Higher minimum wages take effect on Wednesday in 21 states. California's rises to $13 and will "
     "reach $15 in 2022.",
     [("Wednesday", "DATE", "2020-01-01"), ("2022", "DATE", "2022")]),
    (NEW_YEAR, "Scientists said on Tuesday that the 2010s were the hottest decade on record. Final figures for "
     "2019 will be published in mid-January.",
     [("Tuesday", "DATE", "2019-12-31"), ("the 2010s", "DATE", "201"), ("2019", "DATE", "2019"),
      ("mid-January", "DATE", "2020-01", "MID")]),

    # --- Friday 31 March 2023 ------------------------------------------------------------------------
    (MAR31, "Donald Trump will be arraigned in Manhattan on Tuesday after a grand jury indicted him on Thursday. "
     "The grand jury began hearing evidence in January. His lawyers said he would plead not guilty.",
     [("Tuesday", "DATE", "2023-04-04"), ("Thursday", "DATE", "2023-03-30"), ("January", "DATE", "2023-01")]),
    (MAR31, "Bank shares steadied on Friday. Silicon Valley Bank collapsed on March 10. The S&P 500 rose 7% in the "
     "first quarter, and earnings season starts in mid-April.",
     [("Friday", "DATE", "2023-03-31"), ("March 10", "DATE", "2023-03-10"), ("the first quarter", "DATE", "2023-Q1"),
      ("mid-April", "DATE", "2023-04", "MID")]),
    (MAR31, "Italy's privacy regulator on Friday ordered a temporary ban on ChatGPT. OpenAI has 20 days to respond. "
     "The chatbot was launched in November and reached 100 million users in two months.",
     [("Friday", "DATE", "2023-03-31"), ("20 days", "DURATION", "P20D"), ("November", "DATE", "2022-11"),
      ("two months", "DURATION", "P2M")]),
    (MAR31, "Finland will join NATO on Tuesday, the alliance's chief said. Turkey's parliament approved its "
     "membership late on Thursday. Sweden's bid remains blocked.",
     [("Tuesday", "DATE", "2023-04-04"), ("Thursday", "DATE", "2023-03-30")]),
    (MAR31, "Tornadoes killed 26 people in Mississippi last Friday night. Another round of severe storms is forecast "
     "for Friday afternoon and Saturday across the Midwest.",
     [("last Friday night", "TIME", "2023-03-24TNI"), ("Friday afternoon", "TIME", "2023-03-31TAF"),
      ("Saturday", "DATE", "2023-04-01")]),
    (MAR31, "The Masters begins on Thursday, April 6, with Scottie Scheffler as defending champion. Tiger Woods won "
     "his fifth green jacket in 2019.",
     [("Thursday, April 6", "DATE", "2023-04-06"), ("2019", "DATE", "2019")]),
    (MAR31, "The airline expects to return to profit in the second half of the year. It lost $1.2 billion in the "
     "final quarter of 2022.",
     [("the second half of the year", "DATE", "2023-H2"), ("the final quarter of 2022", "DATE", "2022-Q4")]),

    # --- Monday 4 July 2022 --------------------------------------------------------------------------
    (JULY4, "A gunman opened fire on an Independence Day parade in Highland Park on Monday morning. The parade "
     "began at 10 a.m. Police said the suspect was arrested Monday evening.",
     [("Independence Day", "DATE", "2022-07-04"), ("Monday morning", "TIME", "2022-07-04TMO"),
      ("10 a.m.", "TIME", "2022-07-04T10:00"), ("Monday evening", "TIME", "2022-07-04TEV")]),
    (JULY4, "The prime minister survived a confidence vote last month. His ethics adviser quit in June. Cabinet "
     "ministers meet on Tuesday.",
     [("last month", "DATE", "2022-06"), ("June", "DATE", "2022-06"), ("Tuesday", "DATE", "2022-07-05")]),
    (JULY4, "Banks report second-quarter earnings next week, starting with JPMorgan on Thursday, July 14. Profits "
     "are expected to fall from a year ago.",
     [("second-quarter", "DATE", "2022-Q2"), ("next week", "DATE", "2022-W28"), ("Thursday, July 14", "DATE", "2022-07-14"),
      ("a year ago", "DATE", "2021-Q2")]),  # TimeBank: after a quarter, "a year ago" is the year-ago quarter
    (JULY4, "A heat wave will push temperatures above 100 degrees in Texas later this week. June was the hottest "
     "on record in the state.",
     [("later this week", "DATE", "2022-W27"), ("June", "DATE", "2022-06")]),
    (JULY4, "Fireworks were canceled in several Western cities this year because of drought. Phoenix has not held "
     "a show since 2019.",
     [("this year", "DATE", "2022"), ("2019", "DATE", "2019")]),

    # --- Sunday 30 May 2021, Memorial Day weekend ------------------------------------------------------
    (MEMORIAL, "Americans are traveling in record numbers over Memorial Day weekend, with 37 million expected on "
     "the roads. Airports screened 1.9 million passengers on Friday, the most since March 2020.",
     [("Memorial Day weekend", "DATE", "2021-W21-WE"), ("Friday", "DATE", "2021-05-28"), ("March 2020", "DATE", "2020-03")]),
    (MEMORIAL, "Israel's opposition has until Wednesday to form a government. Benjamin Netanyahu has been prime "
     "minister since 2009. A deal could be announced as early as Sunday night.",
     [("Wednesday", "DATE", "2021-06-02"), ("2009", "DATE", "2009"), ("Sunday night", "TIME", "2021-05-30TNI")]),
    (MEMORIAL, "Chelsea won the Champions League final on Saturday night in Porto. The club won its first title in "
     "2012 and appointed Thomas Tuchel in January.",
     [("Saturday night", "TIME", "2021-05-29TNI"), ("2012", "DATE", "2012"), ("January", "DATE", "2021-01")]),
    (MEMORIAL, "The U.S. will donate 80 million vaccine doses by the end of June, the president said. Cases have "
     "fallen for seven weeks.",
     [("the end of June", "DATE", "2021-06", "END"), ("seven weeks", "DURATION", "P7W")]),
    (MEMORIAL, "The Indianapolis 500 was run on Sunday in front of 135,000 fans, the largest crowd since the "
     "pandemic began last year.",
     [("Sunday", "DATE", "2021-05-30"), ("last year", "DATE", "2020")]),

    # --- Sunday 1 September 2024, before Labor Day ------------------------------------------------------
    (LABOR, "Kamala Harris and Donald Trump will debate in Philadelphia on Sept. 10. Early voting begins in some "
     "states later this month. Harris campaigns in Pittsburgh on Labor Day.",
     [("Sept. 10", "DATE", "2024-09-10"), ("later this month", "DATE", "2024-09"), ("Labor Day", "DATE", "2024-09-02")]),
    (LABOR, "Volkswagen is considering closing factories in Germany for the first time in its 87-year history. "
     "Talks with unions begin on Wednesday.",
     [("87-year", "DURATION", "P87Y"), ("Wednesday", "DATE", "2024-09-04")]),
    (LABOR, "Typhoon Shanshan weakened on Saturday after killing six people in Japan last week. Heavy rain is "
     "expected to continue through Tuesday.",
     [("Saturday", "DATE", "2024-08-31"), ("last week", "DATE", "2024-W34"), ("Tuesday", "DATE", "2024-09-03")]),
    (LABOR, "Jannik Sinner reached the fourth round of the U.S. Open on Saturday. The tournament ends next Sunday.",
     [("Saturday", "DATE", "2024-08-31"), ("next Sunday", "DATE", "2024-09-08")]),
    (LABOR, "The sentencing in the hush money case is scheduled for Sept. 18. The judge will rule on the immunity "
     "motion on Sept. 16. A jury convicted the former president in May.",
     [("Sept. 18", "DATE", "2024-09-18"), ("Sept. 16", "DATE", "2024-09-16"), ("May", "DATE", "2024-05")]),
    (LABOR, "Schools in New York reopen on Thursday, Sept. 5. Attendance last year was the lowest in a decade.",
     [("Thursday, Sept. 5", "DATE", "2024-09-05"), ("last year", "DATE", "2023"), ("a decade", "DURATION", "P10Y")]),

    # --- Friday 29 December 2023 ---------------------------------------------------------------------
    (DEC29, "Maine's top election official on Thursday removed Donald Trump from the state's primary ballot. "
     "Colorado's Supreme Court reached a similar decision last week. The Supreme Court could take up the issue "
     "early next year.",
     [("Thursday", "DATE", "2023-12-28"), ("last week", "DATE", "2023-W51"), ("early next year", "DATE", "2024", "START")]),
    (DEC29, "Stocks are poised to end 2023 with strong gains. The S&P 500 has risen 24% this year. Markets are "
     "closed on Monday for New Year's Day.",
     [("2023", "DATE", "2023"), ("this year", "DATE", "2023"), ("Monday", "DATE", "2024-01-01"),
      ("New Year's Day", "DATE", "2024-01-01")]),
    (DEC29, "Storm Gerrit brought flooding to Scotland on Wednesday and Thursday. Another storm is forecast to "
     "arrive on New Year's Day.",
     [("Wednesday", "DATE", "2023-12-27"), ("Thursday", "DATE", "2023-12-28"), ("New Year's Day", "DATE", "2024-01-01")]),
    (DEC29, "The New York Times sued OpenAI and Microsoft on Wednesday. Talks between the companies began in "
     "April. OpenAI said it was surprised by the lawsuit.",
     [("Wednesday", "DATE", "2023-12-27"), ("April", "DATE", "2023-04")]),
    (DEC29, "A new Covid variant, JN.1, now makes up 44% of cases in the United States, up from 21% two weeks ago. "
     "Hospitalizations rose 17% last week.",
     [("now", "DATE", "PRESENT_REF"), ("two weeks ago", "DATE", "2023-W50"), ("last week", "DATE", "2023-W51")]),
    (DEC29, "Liverpool sit top of the table after beating Burnley on Boxing Day. They face Newcastle on Monday and "
     "travel to Arsenal on Jan. 7.",
     [("Boxing Day", "DATE", "2023-12-26"), ("Monday", "DATE", "2024-01-01"), ("Jan. 7", "DATE", "2024-01-07")]),
    (DEC29, "The new law requires drivers to renew their licenses every eight years instead of every 10 years. "
     "It takes effect on Monday.",
     [("every eight years", "SET", "P8Y"), ("every 10 years", "SET", "P10Y"), ("Monday", "DATE", "2024-01-01")]),

    # --- Monday 4 November 2024, the eve of an election --------------------------------------------------
    (ELECTION, "Americans vote on Tuesday after a campaign that has lasted more than a year. About 78 million "
     "people have already cast ballots, officials said on Sunday. Results in close states may not be known for days.",
     [("Tuesday", "DATE", "2024-11-05"), ("more than a year", "DURATION", "P1Y", "MORE_THAN"),
      ("Sunday", "DATE", "2024-11-03"), ("days", "DURATION", "PXD")]),
    (ELECTION, "The Federal Reserve meets on Wednesday and Thursday and is expected to cut rates by a quarter "
     "point. It last cut rates in September.",
     [("Wednesday", "DATE", "2024-11-06"), ("Thursday", "DATE", "2024-11-07"), ("September", "DATE", "2024-09")]),
    (ELECTION, "Boeing workers voted late on Monday to accept a contract, ending a strike that began on Sept. 13. "
     "The strike lasted seven weeks.",
     [("Monday", "DATE", "2024-11-04"), ("Sept. 13", "DATE", "2024-09-13"), ("seven weeks", "DURATION", "P7W")]),

    # --- Monday 30 June 2025, the end of the first half ------------------------------------------------
    (H1_END, "Tesla will report second-quarter deliveries on Wednesday. The company delivered 336,681 vehicles in "
     "the first quarter, its weakest in nearly three years.",
     [("second-quarter", "DATE", "2025-Q2"), ("Wednesday", "DATE", "2025-07-02"), ("the first quarter", "DATE", "2025-Q1"),
      ("nearly three years", "DURATION", "P3Y")]),
    (H1_END, "The Senate worked through the weekend on the tax bill and was still voting on Monday. Republican "
     "leaders want it passed before the Fourth of July. The House passed its version in May.",
     [("the weekend", "DATE", "2025-W26-WE"), ("Monday", "DATE", "2025-06-30"), ("the Fourth of July", "DATE", "2025-07-04"),
      ("May", "DATE", "2025-05")]),
    (H1_END, "A heat dome will keep temperatures in the 90s across the East Coast until Wednesday. Last week, New "
     "York recorded its hottest day in June since 1964.",
     [("Wednesday", "DATE", "2025-07-02"), ("Last week", "DATE", "2025-W26"), ("June", "DATE", "2025-06"),
      ("1964", "DATE", "1964")]),
    (H1_END, "Wimbledon starts on Monday with Carlos Alcaraz chasing a third straight title. The men's final will "
     "be played on July 13.",
     [("Monday", "DATE", "2025-06-30"), ("July 13", "DATE", "2025-07-13")]),
    (H1_END, "Britain will offer the world's first gonorrhoea vaccine from August. About 85,000 people were "
     "diagnosed with the infection in 2023.",
     [("August", "DATE", "2025-08"), ("2023", "DATE", "2023")]),
    (H1_END, "The Supreme Court ended its term on Friday with a ruling limiting nationwide injunctions. The "
     "justices return on the first Monday of October.",
     [("Friday", "DATE", "2025-06-27"), ("the first Monday of October", "DATE", "2025-10-06")]),
    (H1_END, "European stocks are set to end the first half up 8%, while the euro has gained 13% this year.",
     [("the first half", "DATE", "2025-H1"), ("this year", "DATE", "2025")]),

    # --- Sunday 25 December 2022, Christmas Day --------------------------------------------------------
    (XMAS, "Pope Francis used his Christmas Day address to call for an end to the war in Ukraine, now in its 11th "
     "month. Russia invaded on Feb. 24.",
     [("Christmas Day", "DATE", "2022-12-25"), ("now", "DATE", "PRESENT_REF"), ("Feb. 24", "DATE", "2022-02-24")]),
    (XMAS, "A winter storm left more than 1.5 million homes without power on Christmas Eve. Temperatures in "
     "Buffalo should rise above freezing by Tuesday.",
     [("winter", "DATE", "2022-WI"), ("Christmas Eve", "DATE", "2022-12-24"), ("Tuesday", "DATE", "2022-12-27")]),
    (XMAS, "Southwest Airlines canceled thousands of flights this weekend. The airline said it expected to run a "
     "reduced schedule for several days.",
     [("this weekend", "DATE", "2022-W51-WE"), ("several days", "DURATION", "PXD")]),
    (XMAS, "Argentina won the World Cup last Sunday, beating France on penalties. Lionel Messi will play for Paris "
     "Saint-Germain again in January.",
     [("last Sunday", "DATE", "2022-12-18"), ("January", "DATE", "2023-01")]),
    (XMAS, "Retail sales between Nov. 1 and Christmas Eve rose 7.6%, Mastercard said. Returns are expected to "
     "peak in early January.",
     [("Nov. 1", "DATE", "2022-11-01"), ("Christmas Eve", "DATE", "2022-12-24"), ("early January", "DATE", "2023-01", "START")]),

    # --- Thursday 31 October 2019, Halloween -------------------------------------------------------------
    (HALLOWEEN, "The House voted on Thursday to formalize the impeachment inquiry. Public hearings could begin in "
     "mid-November. The inquiry was announced on Sept. 24.",
     [("Thursday", "DATE", "2019-10-31"), ("mid-November", "DATE", "2019-11", "MID"), ("Sept. 24", "DATE", "2019-09-24")]),
    (HALLOWEEN, "Britain was due to leave the European Union on Thursday, but the deadline has been pushed back to "
     "Jan. 31. Voters will go to the polls on Dec. 12. Parliament will be dissolved next Wednesday.",
     [("Thursday", "DATE", "2019-10-31"), ("Jan. 31", "DATE", "2020-01-31"), ("Dec. 12", "DATE", "2019-12-12"),
      ("next Wednesday", "DATE", "2019-11-06")]),
    (HALLOWEEN, "Facebook said on Wednesday that third-quarter profit rose 19%. Revenue in the fourth quarter is "
     "expected to grow more slowly.",
     [("Wednesday", "DATE", "2019-10-30"), ("third-quarter", "DATE", "2019-Q3"), ("the fourth quarter", "DATE", "2019-Q4")]),
    (HALLOWEEN, "Wildfires forced 200,000 people from their homes in California this week. Winds are forecast to "
     "ease on Friday.",
     [("this week", "DATE", "2019-W44"), ("Friday", "DATE", "2019-11-01")]),
    (HALLOWEEN, "The Washington Nationals won the World Series on Wednesday night, the city's first title since "
     "1924. A parade is planned for Saturday.",
     [("Wednesday night", "TIME", "2019-10-30TNI"), ("1924", "DATE", "1924"), ("Saturday", "DATE", "2019-11-02")]),
    (HALLOWEEN, "Children in Chicago will trick-or-treat on Halloween despite snow. Forecasters expect up to three "
     "inches by Thursday night.",
     [("Halloween", "DATE", "2019-10-31"), ("Thursday night", "TIME", "2019-10-31TNI")]),

    # --- Friday 29 September 2023, the end of Q3 ----------------------------------------------------------
    (Q3_END, "Congress has until Saturday to avert a government shutdown. The House will vote on a stopgap bill "
     "on Friday. The last shutdown lasted 35 days, from December 2018 to January 2019.",
     [("Saturday", "DATE", "2023-09-30"), ("Friday", "DATE", "2023-09-29"), ("35 days", "DURATION", "P35D"),
      ("December 2018", "DATE", "2018-12"), ("January 2019", "DATE", "2019-01")]),
    (Q3_END, "Stocks are on track for their worst month of the year in September. The S&P 500 has fallen 3% this "
     "quarter, and the Fed meets again on Nov. 1.",
     [("the year", "DATE", "2023"), ("September", "DATE", "2023-09"), ("this quarter", "DATE", "2023-Q3"),
      ("Nov. 1", "DATE", "2023-11-01")]),
    (Q3_END, "The Ryder Cup began in Rome on Friday morning, with Europe leading 4-0 after the first session. The "
     "United States last won in Europe in 1993. Play finishes on Sunday.",
     [("Friday morning", "TIME", "2023-09-29TMO"), ("1993", "DATE", "1993"), ("Sunday", "DATE", "2023-10-01")]),
    (Q3_END, "Updated Covid vaccines became available this month, and the flu shot is recommended by the end of "
     "October. Hospitalizations have risen since July.",
     [("this month", "DATE", "2023-09"), ("the end of October", "DATE", "2023-10", "END"), ("July", "DATE", "2023-07")]),
    (Q3_END, "Meta will begin selling its Quest 3 headset on Oct. 10, Mark Zuckerberg said on Wednesday. The "
     "previous model went on sale in 2020.",
     [("Oct. 10", "DATE", "2023-10-10"), ("Wednesday", "DATE", "2023-09-27"), ("2020", "DATE", "2020")]),
]


@pytest.mark.parametrize("published, sentence, expected", CASES, ids=[c[1][:60] for c in CASES])
def test_passage(published, sentence, expected):
    check_sentence(published, sentence, expected)
