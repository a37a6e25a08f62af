"""Held-out wire-news sentences for seven known gap families of the tagger, written by an independent examiner.

Each expected value was fixed from docs/timex3-values.md and TimeML/TempEval-3 conventions before the tagger
was run on the text. Families: (1) a bare clock time in a story told on an earlier day, (2) two weekdays, a
future verb and a past event noun, (3) scheduled simple presents outside the verb lists, (4) "the last day of
the quarter", "the final week of March", (5) compound durations, (6) "Thursday or Friday", (7, the examiner's
own, found by probing a dozen kinds of news sentence) clock-time ranges that share the day named after them,
"from 9 a.m. to 2 p.m. on Tuesday". "A day and a half" is written P1DT12H, as the tagger already writes
"one and a half days" and as "a year and a half" is P1Y6M; ISO 8601 allows no fraction but in the last unit.
FIRST RUN: 34 of 68 passed. By family: (1) clock on an earlier story day 7 of 10 (the three failures were times
about today taken to the story's day), (2) future verb + past event noun 1 of 9, (3) scheduled presents 7 of 14,
(4) first/last day or week of a period 5 of 10, (5) compound durations 7 of 8, (6) "Thursday or Friday" 6 of 9
(all three failures a future weekday equal to the publication's), (7) clock ranges before a day 1 of 8.
One first-round case was then dropped as ambiguous: "Parliament will debate the bill on Tuesday following its
approval by the Senate on Monday" (an approval, unlike an accident, can be expected: next Monday fits too).
ROUND2, written after round 1's fixes and before running the tagger on it, first ran 44 of 49: families
(1) 7/7, (2) 5/6, (3) 9/10, (4) 8/8, (5) 6/6, (6) 6/6, (7) 3/6.
ROUND3, written after round 2's fixes and before running the tagger on it, first ran 35 of 41: families
(1) 6/6, (2) 3/5, (3) 7/8, (4) 5/6, (5) 6/6, (6) 5/5, (7) 3/5.
ROUND4, written after round 3's fixes and before running the tagger on it, first ran 26 of 32: families
(1) 3/4, (2) 2/4, (3) 5/8, (4) 4/4, (5) 4/4, (6) 4/4, (7) 4/4.
ROUND5, written after round 4's fixes and before running the tagger on it, first ran 25 of 27: families
(1) 5/5, (2) 4/4, (3) 3/5, (4) 4/4, (5) 3/3, (6) 3/3, (7) 3/3.
"""
from __future__ import annotations

import datetime as dt

import pytest

from tests.test_tagger_handwritten import test_handwritten_sentence as check_sentence

WED = dt.date(2025, 3, 12)  # Wednesday, ISO week 11, Q1: past Thu 6 - Tue 11, next Thu 13 - Tue 18 March
FRI = dt.date(2024, 9, 13)  # Friday, ISO week 37, Q3: past Sat 7 - Thu 12, next Sat 14 - Thu 19 September
TUE = dt.date(2026, 2, 10)  # Tuesday, ISO week 7: past Wed 4 - Mon 9, next Wed 11 - Mon 16 February
NOV = dt.date(2022, 11, 4)  # Friday, ISO week 44, Q4: past Sat 29 Oct - Thu 3 Nov, next Sat 5 - Thu 10 Nov

CASES = [
    # --- 1. a bare clock time on the story's earlier day; a time about today stays on the publication day ----
    (WED, "The earthquake struck on Monday. At 3:15 p.m., rescuers pulled a child from the rubble.",
     [("Monday", "DATE", "2025-03-10"), ("3:15 p.m.", "TIME", "2025-03-10T15:15")]),
    (WED, "Fire broke out at a warehouse on Sunday evening. Crews had it under control by 11 p.m.",
     [("Sunday evening", "TIME", "2025-03-09TEV"), ("11 p.m.", "TIME", "2025-03-09T23:00")]),
    (TUE, "Voters went to the polls on Sunday. Turnout stood at 41 percent at 6 p.m., the electoral commission said.",
     [("Sunday", "DATE", "2026-02-08"), ("6 p.m.", "TIME", "2026-02-08T18:00")]),
    (TUE, "The storm hit the coast on Sunday. Schools remain closed, and the mayor will give an update at 9 a.m.",
     [("Sunday", "DATE", "2026-02-08"), ("9 a.m.", "TIME", "2026-02-10T09:00")]),
    (FRI, "The plane went missing on Tuesday. It last made contact with air traffic control at 11:42 p.m.",
     [("Tuesday", "DATE", "2024-09-10"), ("11:42 p.m.", "TIME", "2024-09-10T23:42")]),
    (FRI, "The gunman opened fire on Wednesday. Police say he is still at large, and a news conference is "
          "scheduled for 2 p.m.",
     [("Wednesday", "DATE", "2024-09-11"), ("2 p.m.", "TIME", "2024-09-13T14:00")]),
    (WED, "Protesters gathered outside parliament on Friday. By 10 p.m., police had cleared the square.",
     [("Friday", "DATE", "2025-03-07"), ("10 p.m.", "TIME", "2025-03-07T22:00")]),
    (WED, "The train derailed on Monday morning. Dozens of passengers were injured. The line reopened at 5 p.m., "
          "the operator said.",
     [("Monday morning", "TIME", "2025-03-10TMO"), ("5 p.m.", "TIME", "2025-03-10T17:00")]),
    (NOV, "Markets fell sharply on Thursday. The Labor Department releases its jobs report at 8:30 a.m.",
     [("Thursday", "DATE", "2022-11-03"), ("8:30 a.m.", "TIME", "2022-11-04T08:30")]),
    (FRI, "The quake struck on Tuesday, killing at least 40 people. Residents rushed into the streets. At 3:15 p.m., "
          "rescuers found a girl alive.",
     [("Tuesday", "DATE", "2024-09-10"), ("3:15 p.m.", "TIME", "2024-09-10T15:15")]),

    # --- 2. two weekdays: a future verb for one, a past event noun for the other ------------------------------
    (WED, "Play resumes on Monday after rain delays on Saturday.",
     [("Monday", "DATE", "2025-03-17"), ("Saturday", "DATE", "2025-03-08")]),
    (WED, "The airport will reopen on Friday after an attack on Sunday forced its closure.",
     [("Friday", "DATE", "2025-03-14"), ("Sunday", "DATE", "2025-03-09")]),
    (TUE, "Talks resume on Thursday after a walkout by union negotiators on Monday.",
     [("Thursday", "DATE", "2026-02-12"), ("Monday", "DATE", "2026-02-09")]),
    (TUE, "The team hosts Chelsea on Saturday following Sunday's defeat at Arsenal.",
     [("Saturday", "DATE", "2026-02-14"), ("Sunday", "DATE", "2026-02-08")]),
    (FRI, "Funerals for the victims of Tuesday's crash will be held on Monday.",
     [("Tuesday", "DATE", "2024-09-10"), ("Monday", "DATE", "2024-09-16")]),
    (FRI, "The league says the match will be replayed on Wednesday after Saturday's abandonment.",
     [("Wednesday", "DATE", "2024-09-18"), ("Saturday", "DATE", "2024-09-07")]),
    (NOV, "Voting resumes on Monday after violence on Wednesday.",
     [("Monday", "DATE", "2022-11-07"), ("Wednesday", "DATE", "2022-11-02")]),
    (NOV, "Flights are due to restart on Tuesday after the volcano's eruption on Sunday.",
     [("Tuesday", "DATE", "2022-11-08"), ("Sunday", "DATE", "2022-10-30")]),

    # --- 3. scheduled simple presents ahead; past narration stays past -----------------------------------------
    (TUE, "The ferry leaves on Friday.", [("Friday", "DATE", "2026-02-13")]),
    (TUE, "The exhibition opens Thursday at the Tate Modern.", [("Thursday", "DATE", "2026-02-12")]),
    (TUE, "The summit takes place next week in Geneva.", [("next week", "DATE", "2026-W08")]),
    (TUE, "The documentary airs on Sunday on BBC Two.", [("Sunday", "DATE", "2026-02-15")]),
    (FRI, "The ceasefire expires on Monday.", [("Monday", "DATE", "2024-09-16")]),
    (FRI, "The festival concludes on Sunday with a concert in the park.", [("Sunday", "DATE", "2024-09-15")]),
    (FRI, "The new law takes effect on Tuesday.", [("Tuesday", "DATE", "2024-09-17")]),
    (FRI, "The rocket lifts off Wednesday from Cape Canaveral.", [("Wednesday", "DATE", "2024-09-18")]),
    (NOV, "The tournament tips off Monday in Las Vegas.", [("Monday", "DATE", "2022-11-07")]),
    (NOV, "The conference wraps up on Wednesday.", [("Wednesday", "DATE", "2022-11-09")]),
    (WED, "The film hits cinemas on Thursday.", [("Thursday", "DATE", "2025-03-13")]),
    (WED, "The summit gets under way on Thursday in Brussels.", [("Thursday", "DATE", "2025-03-13")]),
    (NOV, "The ferry left on Tuesday.", [("Tuesday", "DATE", "2022-11-01")]),
    (NOV, "The exhibition opened Thursday to large crowds.", [("Thursday", "DATE", "2022-11-03")]),

    # --- 4. the first/last day, week or weekend of a period ---------------------------------------------------
    (WED, "Payments are due on the last day of the quarter.", [("the last day of the quarter", "DATE", "2025-03-31")]),
    (WED, "Rents will rise on the first day of next month.", [("the first day of next month", "DATE", "2025-04-01")]),
    (FRI, "Shares slumped in the final week of March.", [("the final week of March", "DATE", "2024-W13")]),
    (FRI, "The festival takes place on the last weekend of September.",
     [("the last weekend of September", "DATE", "2024-W39-WE")]),
    (FRI, "Troops withdrew in the last week of June.", [("the last week of June", "DATE", "2024-W26")]),
    (FRI, "Sales slowed in the first week of July.", [("the first week of July", "DATE", "2024-W27")]),
    (TUE, "Applications open on the first day of March.", [("the first day of March", "DATE", "2026-03-01")]),
    (NOV, "The rule takes effect on the last day of the year.", [("the last day of the year", "DATE", "2022-12-31")]),
    (TUE, "The festival returns on the last weekend of June.", [("the last weekend of June", "DATE", "2026-W26-WE")]),
    (TUE, "Heavy snow fell on the first day of the month.", [("the first day of the month", "DATE", "2026-02-01")]),

    # --- 5. compound durations ----------------------------------------------------------------------------------
    (WED, "The hearing lasted 4 hours and 41 minutes.", [("4 hours and 41 minutes", "DURATION", "PT4H41M")]),
    (WED, "He was sentenced to two years and three months in prison.",
     [("two years and three months", "DURATION", "P2Y3M")]),
    (WED, "The talks went on for a day and a half.", [("a day and a half", "DURATION", "P1DT12H")]),
    (FRI, "She spent 10 years and eight months on death row.", [("10 years and eight months", "DURATION", "P10Y8M")]),
    (FRI, "The flight took 1 hour and 5 minutes.", [("1 hour and 5 minutes", "DURATION", "PT1H5M")]),
    (TUE, "The rescue took 17 days and 6 hours.", [("17 days and 6 hours", "DURATION", "P17DT6H")]),
    (TUE, "The record stood for 12 years and 10 days.", [("12 years and 10 days", "DURATION", "P12Y10D")]),
    (NOV, "The winner crossed the line in 2 hours, 3 minutes and 23 seconds.",
     [("2 hours, 3 minutes and 23 seconds", "DURATION", "PT2H3M23S")]),

    # --- 6. two weekdays joined by "or": each on the side the tense says ---------------------------------------
    (FRI, "A decision is expected on Thursday or Friday.",
     [("Thursday", "DATE", "2024-09-19"), ("Friday", "DATE", "2024-09-20")]),
    (FRI, "The suspects were arrested on Tuesday or Wednesday, police said.",
     [("Tuesday", "DATE", "2024-09-10"), ("Wednesday", "DATE", "2024-09-11")]),
    (WED, "The storm could reach the coast on Saturday or Sunday.",
     [("Saturday", "DATE", "2025-03-15"), ("Sunday", "DATE", "2025-03-16")]),
    (WED, "The bodies were found on Saturday or Sunday.",
     [("Saturday", "DATE", "2025-03-08"), ("Sunday", "DATE", "2025-03-09")]),
    (TUE, "The results will be announced Monday or Tuesday.",
     [("Monday", "DATE", "2026-02-16"), ("Tuesday", "DATE", "2026-02-17")]),
    (TUE, "The ship sank on Sunday or Monday, investigators believe.",
     [("Sunday", "DATE", "2026-02-08"), ("Monday", "DATE", "2026-02-09")]),
    (NOV, "Officials may extend voting into Saturday or Sunday.",
     [("Saturday", "DATE", "2022-11-05"), ("Sunday", "DATE", "2022-11-06")]),
    (NOV, "The jury is expected to reach a verdict Thursday or Friday.",
     [("Thursday", "DATE", "2022-11-10"), ("Friday", "DATE", "2022-11-11")]),
    (NOV, "It was unclear whether the attack happened on Wednesday or Thursday.",
     [("Wednesday", "DATE", "2022-11-02"), ("Thursday", "DATE", "2022-11-03")]),

    # --- 7. clock times sharing the day named after them -------------------------------------------------------
    (WED, "The outage lasted from 9 a.m. to 2 p.m. on Tuesday.",
     [("9 a.m.", "TIME", "2025-03-11T09:00"), ("2 p.m.", "TIME", "2025-03-11T14:00"), ("Tuesday", "DATE", "2025-03-11")]),
    (WED, "Polls will be open between 7 a.m. and 8 p.m. on Sunday.",
     [("7 a.m.", "TIME", "2025-03-16T07:00"), ("8 p.m.", "TIME", "2025-03-16T20:00"), ("Sunday", "DATE", "2025-03-16")]),
    (TUE, "The bridge will close from 9 a.m. until noon on Saturday.",
     [("9 a.m.", "TIME", "2026-02-14T09:00"), ("noon", "TIME", "2026-02-14T12:00"), ("Saturday", "DATE", "2026-02-14")]),
    (FRI, "Shelling continued between 6 a.m. and 11 a.m. on Wednesday, residents said.",
     [("6 a.m.", "TIME", "2024-09-11T06:00"), ("11 a.m.", "TIME", "2024-09-11T11:00"),
      ("Wednesday", "DATE", "2024-09-11")]),
    (FRI, "Explosions were heard at 1:30 a.m. and 3 a.m. on Thursday.",
     [("1:30 a.m.", "TIME", "2024-09-12T01:30"), ("3 a.m.", "TIME", "2024-09-12T03:00"),
      ("Thursday", "DATE", "2024-09-12")]),
    (NOV, "Train services were suspended from 8 a.m. to 1 p.m. on Tuesday.",
     [("8 a.m.", "TIME", "2022-11-01T08:00"), ("1 p.m.", "TIME", "2022-11-01T13:00"), ("Tuesday", "DATE", "2022-11-01")]),
    (WED, "The eclipse will be visible from 1:10 p.m. to 3:40 p.m. on March 29.",
     [("1:10 p.m.", "TIME", "2025-03-29T13:10"), ("3:40 p.m.", "TIME", "2025-03-29T15:40"),
      ("March 29", "DATE", "2025-03-29")]),
    (TUE, "On Monday, trading was halted from 9:30 a.m. to 11 a.m.",
     [("Monday", "DATE", "2026-02-09"), ("9:30 a.m.", "TIME", "2026-02-09T09:30"), ("11 a.m.", "TIME", "2026-02-09T11:00")]),
]


# A second held-out round, written after the first round's fixes and before running the tagger on it.
MON = dt.date(2024, 4, 15)  # Monday, ISO week 16, Q2: past Tue 9 - Sun 14, next Tue 16 - Sun 21 April
THU = dt.date(2025, 7, 31)  # Thursday, last day of July, ISO week 31, Q3: past Fri 25 - Wed 30 July, next Fri 1 - Wed 6 Aug
SAT = dt.date(2023, 12, 30)  # Saturday, ISO week 52, Q4: past Sun 24 - Fri 29 Dec, next Sun 31 Dec - Fri 5 Jan 2024
JUN30 = dt.date(2021, 6, 30)  # Wednesday, last day of Q2 and H1, ISO week 26: past Thu 24 - Tue 29, next Thu 1 - Tue 6 July

ROUND2 = [
    # 1. clock times on the story's day, or today's
    (MON, "The ferry capsized on Saturday afternoon. The last survivor was pulled from the water at 7:40 p.m.",
     [("Saturday afternoon", "TIME", "2024-04-13TAF"), ("7:40 p.m.", "TIME", "2024-04-13T19:40")]),
    (THU, "Wildfires forced thousands to flee on Tuesday. Evacuation orders were lifted at 6 a.m., officials said.",
     [("Tuesday", "DATE", "2025-07-29"), ("6 a.m.", "TIME", "2025-07-29T06:00")]),
    (THU, "The suspect was arrested on Monday. A vigil is planned for 8 p.m.",
     [("Monday", "DATE", "2025-07-28"), ("8 p.m.", "TIME", "2025-07-31T20:00")]),
    (SAT, "The gallery was robbed on Wednesday night. The thieves broke in at about 11:30 p.m.",
     [("Wednesday night", "TIME", "2023-12-27TNI"), ("about 11:30 p.m.", "TIME", "2023-12-27T23:30", "APPROX")]),
    (JUN30, "Heavy rain fell across the capital on Monday. By 4 p.m., several roads were under water.",
     [("Monday", "DATE", "2021-06-28"), ("4 p.m.", "TIME", "2021-06-28T16:00")]),
    (JUN30, "The index closed lower on Tuesday. Trading resumes at 9:30 a.m.",
     [("Tuesday", "DATE", "2021-06-29"), ("9:30 a.m.", "TIME", "2021-06-30T09:30")]),
    (MON, "Two trains collided on Friday. The first ambulance arrived at 8:12 a.m., witnesses said.",
     [("Friday", "DATE", "2024-04-12"), ("8:12 a.m.", "TIME", "2024-04-12T08:12")]),

    # 2. a future verb, a past event noun
    (MON, "The stadium will reopen on Thursday after a fire on Saturday damaged the roof.",
     [("Thursday", "DATE", "2024-04-18"), ("Saturday", "DATE", "2024-04-13")]),
    (THU, "Rail services resume on Monday after flooding on Sunday.",
     [("Monday", "DATE", "2025-08-04"), ("Sunday", "DATE", "2025-07-27")]),
    (THU, "The club faces Liverpool on Saturday following Tuesday's defeat in Madrid.",
     [("Saturday", "DATE", "2025-08-02"), ("Tuesday", "DATE", "2025-07-29")]),
    (SAT, "The airline expects to restore flights on Tuesday after an outage on Thursday.",
     [("Tuesday", "DATE", "2024-01-02"), ("Thursday", "DATE", "2023-12-28")]),
    (JUN30, "The border crossing will reopen on Friday after an explosion on Monday.",
     [("Friday", "DATE", "2021-07-02"), ("Monday", "DATE", "2021-06-28")]),
    (JUN30, "Negotiations restart on Thursday despite a walkout on Tuesday.",
     [("Thursday", "DATE", "2021-07-01"), ("Tuesday", "DATE", "2021-06-29")]),

    # 3. scheduled simple presents
    (MON, "The new season airs on Thursday.", [("Thursday", "DATE", "2024-04-18")]),
    (MON, "The subsidy expires on Sunday.", [("Sunday", "DATE", "2024-04-21")]),
    (THU, "The spacecraft docks with the station on Saturday.", [("Saturday", "DATE", "2025-08-02")]),
    (THU, "The trade agreement enters into force on Friday.", [("Friday", "DATE", "2025-08-01")]),
    (SAT, "The festival wraps up on Thursday with fireworks.", [("Thursday", "DATE", "2024-01-04")]),
    (SAT, "The exhibition closed on Wednesday after a six-month run.",
     [("Wednesday", "DATE", "2023-12-27"), ("six-month", "DURATION", "P6M")]),
    (JUN30, "The probe lands on Mars on Tuesday.", [("Tuesday", "DATE", "2021-07-06")]),
    (JUN30, "The mayor unveils the statue on Saturday.", [("Saturday", "DATE", "2021-07-03")]),
    (MON, "The singer embarks on a world tour on Friday.", [("Friday", "DATE", "2024-04-19")]),
    (THU, "The new rules come into force on Monday.", [("Monday", "DATE", "2025-08-04")]),

    # 4. the first/last day, week or weekend of a period
    (MON, "The tax filing deadline falls on the last day of the month.",
     [("the last day of the month", "DATE", "2024-04-30")]),
    (THU, "Troops will leave by the last day of August.", [("the last day of August", "DATE", "2025-08-31")]),
    (SAT, "Prices were cut on the first day of the quarter.", [("the first day of the quarter", "DATE", "2023-10-01")]),
    (JUN30, "The merger closes on the first day of next quarter.",
     [("the first day of next quarter", "DATE", "2021-07-01")]),
    (JUN30, "Shares jumped in the first week of June.", [("the first week of June", "DATE", "2021-W22")]),
    (MON, "The festival is held on the last weekend of May.", [("the last weekend of May", "DATE", "2024-W21-WE")]),
    (THU, "The company's shares fell on the last day of the quarter.",
     [("the last day of the quarter", "DATE", "2025-06-30")]),
    (SAT, "The law takes effect on the first day of 2024.", [("the first day of 2024", "DATE", "2024-01-01")]),

    # 5. compound durations
    (MON, "The spacewalk lasted 6 hours and 42 minutes.", [("6 hours and 42 minutes", "DURATION", "PT6H42M")]),
    (MON, "He served 25 years and four months of his sentence.",
     [("25 years and four months", "DURATION", "P25Y4M")]),
    (THU, "Negotiators talked for a day and a half before a deal was reached.",
     [("a day and a half", "DURATION", "P1DT12H")]),
    (THU, "The battery lasts three days, four hours and 10 minutes.",
     [("three days, four hours and 10 minutes", "DURATION", "P3DT4H10M")]),
    (SAT, "The marriage lasted one year and 11 months.", [("one year and 11 months", "DURATION", "P1Y11M")]),
    (SAT, "The jury deliberated for two days and five hours.", [("two days and five hours", "DURATION", "P2DT5H")]),

    # 6. weekday or weekday
    (THU, "The verdict is expected Wednesday or Thursday.",
     [("Wednesday", "DATE", "2025-08-06"), ("Thursday", "DATE", "2025-08-07")]),
    (THU, "The two men were last seen on Monday or Tuesday.",
     [("Monday", "DATE", "2025-07-28"), ("Tuesday", "DATE", "2025-07-29")]),
    (SAT, "Rain is forecast for Friday or Saturday.",
     [("Friday", "DATE", "2024-01-05"), ("Saturday", "DATE", "2024-01-06")]),
    (SAT, "The ship could dock on Sunday or Monday.",
     [("Sunday", "DATE", "2023-12-31"), ("Monday", "DATE", "2024-01-01")]),
    (MON, "Fighting eased on Saturday and Sunday.",
     [("Saturday", "DATE", "2024-04-13"), ("Sunday", "DATE", "2024-04-14")]),
    (MON, "The ruling could come on Friday, Saturday or Monday.",
     [("Friday", "DATE", "2024-04-19"), ("Saturday", "DATE", "2024-04-20"), ("Monday", "DATE", "2024-04-22")]),

    # 7. clock times sharing a day
    (MON, "The museum will be closed between 10 a.m. and 3 p.m. on Wednesday.",
     [("10 a.m.", "TIME", "2024-04-17T10:00"), ("3 p.m.", "TIME", "2024-04-17T15:00"), ("Wednesday", "DATE", "2024-04-17")]),
    (THU, "Power was cut from 11 a.m. to 4 p.m. on Sunday.",
     [("11 a.m.", "TIME", "2025-07-27T11:00"), ("4 p.m.", "TIME", "2025-07-27T16:00"), ("Sunday", "DATE", "2025-07-27")]),
    (SAT, "Gunfire was heard at 9 p.m. and again at 11 p.m. on Thursday.",
     [("9 p.m.", "TIME", "2023-12-28T21:00"), ("11 p.m.", "TIME", "2023-12-28T23:00"), ("Thursday", "DATE", "2023-12-28")]),
    (JUN30, "Voting runs from 8 a.m. to 6 p.m. on July 4.",
     [("8 a.m.", "TIME", "2021-07-04T08:00"), ("6 p.m.", "TIME", "2021-07-04T18:00"), ("July 4", "DATE", "2021-07-04")]),
    (JUN30, "The road was closed from 6 a.m. until 1 p.m. Tuesday.",
     [("6 a.m.", "TIME", "2021-06-29T06:00"), ("1 p.m. Tuesday", "TIME", "2021-06-29T13:00")]),
    (MON, "The eclipse began at 1:27 p.m. and ended at 3:35 p.m. on April 8.",
     [("1:27 p.m.", "TIME", "2024-04-08T13:27"), ("3:35 p.m.", "TIME", "2024-04-08T15:35"), ("April 8", "DATE", "2024-04-08")]),
]


# A third held-out round, written after round 2's fixes and before running the tagger on it.
AUG = dt.date(2023, 8, 22)  # Tuesday, ISO week 34: past Wed 16 - Mon 21, next Wed 23 - Mon 28 August
MAR31 = dt.date(2022, 3, 31)  # Thursday, last day of Q1, ISO week 13: past Fri 25 - Wed 30 March, next Fri 1 - Wed 6 April
SEP = dt.date(2026, 9, 6)  # Sunday, ISO week 36: past Mon 31 Aug - Sat 5 Sep, next Mon 7 - Sat 12 September
NYE = dt.date(2024, 12, 31)  # Tuesday, New Year's Eve, ISO week 1 of 2025: past Wed 25 - Mon 30 Dec, next Wed 1 - Mon 6 Jan

ROUND3 = [
    # 1. clock times on the story's day, or today's
    (AUG, "A tornado touched down near the town on Saturday. Sirens sounded at 4:52 p.m., about ten minutes before it hit.",
     [("Saturday", "DATE", "2023-08-19"), ("4:52 p.m.", "TIME", "2023-08-19T16:52"),
      ("about ten minutes", "DURATION", "PT10M", "APPROX")]),
    (SEP, "The blaze started on Thursday. Firefighters say it should be contained by 6 p.m.",
     [("Thursday", "DATE", "2026-09-03"), ("6 p.m.", "TIME", "2026-09-06T18:00")]),
    (NYE, "The minister resigned on Friday. She announced her decision at 5 p.m. in a televised address.",
     [("Friday", "DATE", "2024-12-27"), ("5 p.m.", "TIME", "2024-12-27T17:00")]),
    (MAR31, "The ceasefire collapsed on Tuesday. Shelling resumed shortly after 6 a.m., residents said.",
     [("Tuesday", "DATE", "2022-03-29"), ("6 a.m.", "TIME", "2022-03-29T06:00")]),
    (MAR31, "Shares of the company plunged on Monday. The stock exchange opens at 9 a.m., and trading in the shares "
            "remains suspended.",
     [("Monday", "DATE", "2022-03-28"), ("9 a.m.", "TIME", "2022-03-31T09:00")]),
    (AUG, "The hostages were freed on Friday. They landed at an air base at 11:05 p.m. and were taken to hospital.",
     [("Friday", "DATE", "2023-08-18"), ("11:05 p.m.", "TIME", "2023-08-18T23:05")]),

    # 2. a future verb, a past event noun
    (AUG, "The bridge reopens on Thursday after a collision on Saturday.",
     [("Thursday", "DATE", "2023-08-24"), ("Saturday", "DATE", "2023-08-19")]),
    (SEP, "Schools will stay shut on Monday following Friday's earthquake.",
     [("Monday", "DATE", "2026-09-07"), ("Friday", "DATE", "2026-09-04")]),
    (NYE, "The team plays again on Friday after Sunday's loss to Boston.",
     [("Friday", "DATE", "2025-01-03"), ("Sunday", "DATE", "2024-12-29")]),
    (MAR31, "The pipeline will restart on Monday after a leak on Wednesday.",
     [("Monday", "DATE", "2022-04-04"), ("Wednesday", "DATE", "2022-03-30")]),
    (SEP, "Classes resume on Tuesday after a stabbing on Thursday.",
     [("Tuesday", "DATE", "2026-09-08"), ("Thursday", "DATE", "2026-09-03")]),

    # 3. scheduled simple presents
    (AUG, "The jury returns to court on Wednesday.", [("Wednesday", "DATE", "2023-08-23")]),
    (AUG, "The satellite launches on Friday from French Guiana.", [("Friday", "DATE", "2023-08-25")]),
    (SEP, "The new term starts Tuesday for most pupils.", [("Tuesday", "DATE", "2026-09-08")]),
    (SEP, "The strike ends at midnight on Thursday.",
     [("midnight", "TIME", "2026-09-10T24:00"), ("Thursday", "DATE", "2026-09-10")]),
    (NYE, "The new tax kicks in on Wednesday.", [("Wednesday", "DATE", "2025-01-01")]),
    (NYE, "The talks broke down on Monday.", [("Monday", "DATE", "2024-12-30")]),
    (MAR31, "The curfew lifts on Saturday.", [("Saturday", "DATE", "2022-04-02")]),
    (MAR31, "The museum's new wing welcomes its first visitors on Friday.", [("Friday", "DATE", "2022-04-01")]),

    # 4. the first/last day, week or weekend of a period
    (AUG, "The sale ends on the last day of the month.", [("the last day of the month", "DATE", "2023-08-31")]),
    (MAR31, "The fund reported gains on the last day of the year.", [("the last day of the year", "DATE", "2021-12-31")]),
    (SEP, "Registration opens on the first day of October.", [("the first day of October", "DATE", "2026-10-01")]),
    (NYE, "Tolls rise on the first day of the new year.", [("the first day of the new year", "DATE", "2025-01-01")]),
    (SEP, "The fair takes place in the last week of October.", [("the last week of October", "DATE", "2026-W44")]),
    (AUG, "The park closes for the season on the last weekend of October.",
     [("the last weekend of October", "DATE", "2023-W43-WE")]),

    # 5. compound durations
    (AUG, "The flight to Sydney takes 22 hours and 10 minutes.", [("22 hours and 10 minutes", "DURATION", "PT22H10M")]),
    (SEP, "The longest match lasted 11 hours and 5 minutes.", [("11 hours and 5 minutes", "DURATION", "PT11H5M")]),
    (NYE, "He waited a year and a half for surgery.", [("a year and a half", "DURATION", "P1Y6M")]),
    (MAR31, "The suspect was sentenced to eight years and nine months.",
     [("eight years and nine months", "DURATION", "P8Y9M")]),
    (MAR31, "The outage lasted an hour and 15 minutes.", [("an hour and 15 minutes", "DURATION", "PT1H15M")]),
    (SEP, "The trek took 3 days, 7 hours and 40 minutes.", [("3 days, 7 hours and 40 minutes", "DURATION", "P3DT7H40M")]),

    # 6. weekday or weekday
    (SEP, "Officials will decide on Saturday or Sunday.",
     [("Saturday", "DATE", "2026-09-12"), ("Sunday", "DATE", "2026-09-13")]),
    (AUG, "The men are believed to have died on Friday or Saturday.",
     [("Friday", "DATE", "2023-08-18"), ("Saturday", "DATE", "2023-08-19")]),
    (NYE, "Results are due Monday or Tuesday.", [("Monday", "DATE", "2025-01-06"), ("Tuesday", "DATE", "2025-01-07")]),
    (MAR31, "The report could be released Wednesday or Thursday.",
     [("Wednesday", "DATE", "2022-04-06"), ("Thursday", "DATE", "2022-04-07")]),
    (AUG, "The storm brought heavy rain on Sunday and Monday.",
     [("Sunday", "DATE", "2023-08-20"), ("Monday", "DATE", "2023-08-21")]),

    # 7. clock times sharing a day
    (AUG, "The airport was closed from 2 p.m. to 7 p.m. on Sunday.",
     [("2 p.m.", "TIME", "2023-08-20T14:00"), ("7 p.m.", "TIME", "2023-08-20T19:00"), ("Sunday", "DATE", "2023-08-20")]),
    (SEP, "Polling stations open between 7 a.m. and 10 p.m. on Saturday.",
     [("7 a.m.", "TIME", "2026-09-12T07:00"), ("10 p.m.", "TIME", "2026-09-12T22:00"), ("Saturday", "DATE", "2026-09-12")]),
    (NYE, "The bridge will be shut from 8 p.m. to midnight on Thursday.",
     [("8 p.m.", "TIME", "2025-01-02T20:00"), ("midnight", "TIME", "2025-01-02T24:00"), ("Thursday", "DATE", "2025-01-02")]),
    (MAR31, "The quake struck at 3:02 a.m. and a second tremor followed at 3:40 a.m. on Tuesday.",
     [("3:02 a.m.", "TIME", "2022-03-29T03:02"), ("3:40 a.m.", "TIME", "2022-03-29T03:40"), ("Tuesday", "DATE", "2022-03-29")]),
    (MAR31, "Fans queued from 6 a.m. till 10 a.m. on Saturday for tickets.",
     [("6 a.m.", "TIME", "2022-03-26T06:00"), ("10 a.m.", "TIME", "2022-03-26T10:00"), ("Saturday", "DATE", "2022-03-26")]),
]


# A fourth held-out round, written after round 3's fixes and before running the tagger on it.
OCT10 = dt.date(2025, 10, 10)  # Friday, ISO week 41, Q4: past Sat 4 - Thu 9, next Sat 11 - Thu 16 October
FEB28 = dt.date(2023, 2, 28)  # Tuesday, last day of February, ISO week 9: past Wed 22 - Mon 27 Feb, next Wed 1 - Mon 6 March
JUN2 = dt.date(2024, 6, 2)  # Sunday, ISO week 22: past Mon 27 May - Sat 1 June, next Mon 3 - Sat 8 June

ROUND4 = [
    # 1. clock times on the story's day, or today's
    (OCT10, "A gas explosion rocked the district on Wednesday. The first emergency call came in at 7:58 a.m.",
     [("Wednesday", "DATE", "2025-10-08"), ("7:58 a.m.", "TIME", "2025-10-08T07:58")]),
    (FEB28, "The avalanche buried the village on Sunday. Officials will brief reporters at 10 a.m.",
     [("Sunday", "DATE", "2023-02-26"), ("10 a.m.", "TIME", "2023-02-28T10:00")]),
    (JUN2, "Polls closed on Saturday evening. Officials began counting ballots at 9 p.m.",
     [("Saturday evening", "TIME", "2024-06-01TEV"), ("9 p.m.", "TIME", "2024-06-01T21:00")]),
    (JUN2, "Storms battered the coast on Friday. Power was restored to most homes by 11 p.m.",
     [("Friday", "DATE", "2024-05-31"), ("11 p.m.", "TIME", "2024-05-31T23:00")]),

    # 2. a future verb, a past event noun
    (OCT10, "The factory resumes production on Monday after a fire on Tuesday.",
     [("Monday", "DATE", "2025-10-13"), ("Tuesday", "DATE", "2025-10-07")]),
    (FEB28, "The ski resort will reopen on Friday after Sunday's avalanche.",
     [("Friday", "DATE", "2023-03-03"), ("Sunday", "DATE", "2023-02-26")]),
    (JUN2, "Voting continues on Tuesday after unrest on Friday.",
     [("Tuesday", "DATE", "2024-06-04"), ("Friday", "DATE", "2024-05-31")]),
    (OCT10, "The club hosts Ajax on Wednesday following Saturday's victory.",
     [("Wednesday", "DATE", "2025-10-15"), ("Saturday", "DATE", "2025-10-04")]),

    # 3. scheduled simple presents
    (OCT10, "The royal couple tours Japan on Monday.", [("Monday", "DATE", "2025-10-13")]),
    (FEB28, "The orchestra performs in Vienna on Saturday.", [("Saturday", "DATE", "2023-03-04")]),
    (FEB28, "The summit opens in Delhi on Wednesday.", [("Wednesday", "DATE", "2023-03-01")]),
    (JUN2, "The carrier docks in Portsmouth on Thursday.", [("Thursday", "DATE", "2024-06-06")]),
    (JUN2, "The country votes in a referendum on Saturday.", [("Saturday", "DATE", "2024-06-08")]),
    (JUN2, "Parliament dissolves on Friday ahead of the election.", [("Friday", "DATE", "2024-06-07")]),
    (OCT10, "The band headlines the festival on Saturday.", [("Saturday", "DATE", "2025-10-11")]),
    (OCT10, "The company went public on Thursday.", [("Thursday", "DATE", "2025-10-09")]),

    # 4. the first/last day or week of a period
    (FEB28, "The offer ends on the last day of March.", [("the last day of March", "DATE", "2023-03-31")]),
    (OCT10, "Shares peaked on the last day of the quarter.", [("the last day of the quarter", "DATE", "2025-09-30")]),
    (JUN2, "The ban takes effect on the first day of July.", [("the first day of July", "DATE", "2024-07-01")]),
    (JUN2, "Inflation eased in the last week of May.", [("the last week of May", "DATE", "2024-W22")]),

    # 5. compound durations
    (OCT10, "The shift lasted 14 hours and 30 minutes.", [("14 hours and 30 minutes", "DURATION", "PT14H30M")]),
    (FEB28, "The ship was at sea for a week and two days.", [("a week and two days", "DURATION", "P9D")]),
    (JUN2, "Her reign lasted 70 years and 214 days.", [("70 years and 214 days", "DURATION", "P70Y214D")]),
    (JUN2, "He ran the distance in 2 hours, 1 minute and 9 seconds.",
     [("2 hours, 1 minute and 9 seconds", "DURATION", "PT2H1M9S")]),

    # 6. weekday or weekday
    (OCT10, "A ruling is expected Thursday or Friday.",
     [("Thursday", "DATE", "2025-10-16"), ("Friday", "DATE", "2025-10-17")]),
    (FEB28, "Lawmakers may vote Monday or Tuesday.", [("Monday", "DATE", "2023-03-06"), ("Tuesday", "DATE", "2023-03-07")]),
    (JUN2, "The fighting broke out on Saturday or Sunday.",
     [("Saturday", "DATE", "2024-06-01"), ("Sunday", "DATE", "2024-06-02")]),
    (JUN2, "The launch could slip to Saturday or Sunday.",
     [("Saturday", "DATE", "2024-06-08"), ("Sunday", "DATE", "2024-06-09")]),

    # 7. clock times sharing a day
    (OCT10, "The pool will be open from 6 a.m. to 9 a.m. on Sunday.",
     [("6 a.m.", "TIME", "2025-10-12T06:00"), ("9 a.m.", "TIME", "2025-10-12T09:00"), ("Sunday", "DATE", "2025-10-12")]),
    (FEB28, "Officers searched the flat between 4 p.m. and 9 p.m. on Friday.",
     [("4 p.m.", "TIME", "2023-02-24T16:00"), ("9 p.m.", "TIME", "2023-02-24T21:00"), ("Friday", "DATE", "2023-02-24")]),
    (JUN2, "The shelling began at 5 a.m. and stopped at 8 a.m. on Saturday.",
     [("5 a.m.", "TIME", "2024-06-01T05:00"), ("8 a.m.", "TIME", "2024-06-01T08:00"), ("Saturday", "DATE", "2024-06-01")]),
    (JUN2, "Roads will close from 9 a.m. until 3 p.m. Wednesday.",
     [("9 a.m.", "TIME", "2024-06-05T09:00"), ("3 p.m. Wednesday", "TIME", "2024-06-05T15:00")]),
]


# A fifth held-out round, written after round 4's fixes and before running the tagger on it.
AUG12 = dt.date(2022, 8, 12)  # Friday, ISO week 32: past Sat 6 - Thu 11, next Sat 13 - Thu 18 August
JAN28 = dt.date(2025, 1, 28)  # Tuesday, ISO week 5: past Wed 22 - Mon 27 Jan, next Wed 29 Jan - Mon 3 Feb
MAY9 = dt.date(2027, 5, 9)  # Sunday, ISO week 18: past Mon 3 - Sat 8, next Mon 10 - Sat 15 May

ROUND5 = [
    # 1. clock times on the story's day, or today's
    (AUG12, "The dam burst on Tuesday evening. Water reached the town centre at 9:45 p.m., flooding hundreds of homes.",
     [("Tuesday evening", "TIME", "2022-08-09TEV"), ("9:45 p.m.", "TIME", "2022-08-09T21:45")]),
    (JAN28, "A cyber attack hit the bank on Sunday. Customers were told at 8 a.m. that online services were down.",
     [("Sunday", "DATE", "2025-01-26"), ("8 a.m.", "TIME", "2025-01-26T08:00")]),
    (JAN28, "The plane crashed on Monday. Investigators hold a news conference at noon.",
     [("Monday", "DATE", "2025-01-27"), ("noon", "TIME", "2025-01-28T12:00")]),
    (MAY9, "The dictator fled the capital on Friday. State television went off the air at 6:30 p.m.",
     [("Friday", "DATE", "2027-05-07"), ("6:30 p.m.", "TIME", "2027-05-07T18:30")]),
    (MAY9, "Rioting erupted on Thursday. A curfew starts at 10 p.m.",
     [("Thursday", "DATE", "2027-05-06"), ("10 p.m.", "TIME", "2027-05-09T22:00")]),

    # 2. a future verb, a past event noun
    (AUG12, "The line reopens on Monday after a derailment on Wednesday.",
     [("Monday", "DATE", "2022-08-15"), ("Wednesday", "DATE", "2022-08-10")]),
    (JAN28, "The hospital will resume surgeries on Thursday after Saturday's blackout.",
     [("Thursday", "DATE", "2025-01-30"), ("Saturday", "DATE", "2025-01-25")]),
    (MAY9, "The league resumes on Saturday following Wednesday's stampede.",
     [("Saturday", "DATE", "2027-05-15"), ("Wednesday", "DATE", "2027-05-05")]),
    (MAY9, "Talks reconvene on Tuesday after a breakdown on Thursday.",
     [("Tuesday", "DATE", "2027-05-11"), ("Thursday", "DATE", "2027-05-06")]),

    # 3. scheduled simple presents
    (AUG12, "The prime minister addresses the nation on Sunday.", [("Sunday", "DATE", "2022-08-14")]),
    (JAN28, "The band releases its new album on Friday.", [("Friday", "DATE", "2025-01-31")]),
    (MAY9, "The court hears the appeal on Wednesday.", [("Wednesday", "DATE", "2027-05-12")]),
    (MAY9, "The aircraft carrier sails for the Gulf on Monday.", [("Monday", "DATE", "2027-05-10")]),
    (AUG12, "The prince toured the hospital on Tuesday.", [("Tuesday", "DATE", "2022-08-09")]),

    # 4. the first/last day or weekend of a period
    (JAN28, "Payments resume on the first day of February.", [("the first day of February", "DATE", "2025-02-01")]),
    (AUG12, "Factories were idle on the last day of July.", [("the last day of July", "DATE", "2022-07-31")]),
    (MAY9, "The auction takes place on the last weekend of May.", [("the last weekend of May", "DATE", "2027-W21-WE")]),
    (JAN28, "Sales dipped on the last day of the year.", [("the last day of the year", "DATE", "2024-12-31")]),

    # 5. compound durations
    (AUG12, "The rescue operation lasted 3 days and 9 hours.", [("3 days and 9 hours", "DURATION", "P3DT9H")]),
    (JAN28, "The vote count took 16 hours and 20 minutes.", [("16 hours and 20 minutes", "DURATION", "PT16H20M")]),
    (MAY9, "She was jailed for four years and two months.", [("four years and two months", "DURATION", "P4Y2M")]),

    # 6. weekday or weekday
    (AUG12, "Officials said the bridge could reopen Thursday or Friday.",
     [("Thursday", "DATE", "2022-08-18"), ("Friday", "DATE", "2022-08-19")]),
    (JAN28, "The protesters were detained on Sunday or Monday.",
     [("Sunday", "DATE", "2025-01-26"), ("Monday", "DATE", "2025-01-27")]),
    (MAY9, "The strike may end Saturday or Sunday.", [("Saturday", "DATE", "2027-05-15"), ("Sunday", "DATE", "2027-05-16")]),

    # 7. clock times sharing a day
    (AUG12, "The border post was shut from 5 a.m. to noon on Wednesday.",
     [("5 a.m.", "TIME", "2022-08-10T05:00"), ("noon", "TIME", "2022-08-10T12:00"), ("Wednesday", "DATE", "2022-08-10")]),
    (JAN28, "Trains will not run between 10 p.m. and 11:30 p.m. on Thursday.",
     [("10 p.m.", "TIME", "2025-01-30T22:00"), ("11:30 p.m.", "TIME", "2025-01-30T23:30"), ("Thursday", "DATE", "2025-01-30")]),
    (MAY9, "The explosions came at 4:10 a.m. and 4:25 a.m. on Friday.",
     [("4:10 a.m.", "TIME", "2027-05-07T04:10"), ("4:25 a.m.", "TIME", "2027-05-07T04:25"), ("Friday", "DATE", "2027-05-07")]),
]


# Regression cases written while fixing (not held out): what the new rules must leave alone.
REG = dt.date(2025, 5, 14)  # Wednesday: past Thu 8 - Tue 13, next Thu 15 - Tue 20 May
AFTER_FIRST_RUN = [
    (REG, "Quake hits Turkey on Monday", [("Monday", "DATE", "2025-05-12")]),
    (REG, "He arrived at 9 a.m. and left at 5 p.m. the next day.",
     [("9 a.m.", "TIME", "2025-05-14T09:00"), ("5 p.m.", "TIME", "2025-05-15T17:00"), ("the next day", "DATE", "2025-05-15")]),
    (REG, "The storm hit on Sunday. Officials said the evacuation would begin at 9 a.m.",
     [("Sunday", "DATE", "2025-05-11"), ("9 a.m.", "TIME", "2025-05-11T09:00")]),
    (REG, "Following are statements made Wednesday and Tuesday by the minister.",
     [("Wednesday", "DATE", "2025-05-14"), ("Tuesday", "DATE", "2025-05-13")]),
    (REG, "The road will be closed from 6 a.m. until 1 p.m. Tuesday.",
     [("6 a.m.", "TIME", "2025-05-20T06:00"), ("1 p.m. Tuesday", "TIME", "2025-05-20T13:00")]),
    (REG, "The book hits the shelves on Friday.", [("Friday", "DATE", "2025-05-16")]),
    (REG, "The decision follows a vote on Monday.", [("Monday", "DATE", "2025-05-12")]),
    (REG, "The GM move follows Tuesday's declaration by Ford.", [("Tuesday", "DATE", "2025-05-13")]),
]


ALL = CASES + ROUND2 + ROUND3 + ROUND4 + ROUND5 + AFTER_FIRST_RUN


@pytest.mark.parametrize("published, sentence, expected", ALL, ids=[c[1][:60] for c in ALL])
def test_gaps_heldout_sentence(published, sentence, expected):
    check_sentence(published, sentence, expected)
