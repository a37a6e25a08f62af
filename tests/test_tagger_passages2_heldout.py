"""Held-out multi-sentence news passages, second set: anchoring and tense across sentences.

Written by an independent examiner before running the tagger; none taken from a corpus. Each passage (3-4
sentences) lists every time expression it holds: text, type, value (and mod when given). The families:
a story day then "the next day", "that evening", "hours later", "a day earlier", "the previous Friday", "later
that year", "the same month"; a lede with a report date ("police said Friday") and an event date ("early
Thursday"); background timelines that return to the present ("now", "this week"); earnings stories
(quarters, "a year earlier", "the year-earlier period", "the first nine months", "fiscal 2024, which ended June
30", "the current quarter", "the full year"); sports; and schedules that move ("postponed to March").

Conventions kept from the project's other held-out files: "hours later" / "X days after <event>" are
durations; "a week later" takes week granularity; "last season" / "next season" and "at the time" / "by then"
/ "the new date" are not tagged (they name no calendar time an annotator could normalise).
Left out as ambiguous (annotators would split): a company's fiscal quarter named by number when the fiscal
year is off the calendar, "the quarter" used alone, "this week" on a Sunday meaning the coming week, "a year
earlier" anchored on a single day, and hyphenated season spans ("the 2023-24 season").

ROUND1 (40 passages), run once before any fix: 34 of 40 passages fully right, 166 of 173 expressions.
One expectation broke the corpus convention and was corrected after the run: TBAQ tags "January this year" as
one span, so "December this year" is one DATE (2025-12), not a month plus "this year". One expression found ambiguous after
the run was dropped ("hours before <event>": see beside it).
ROUND2 (20 fresh passages written after ROUND1's fixes, weighted to cross-sentence anchoring), run once before
any fix: 15 of 20 passages fully right, 87 of 92 expressions.
After the general fixes each round prompted (corpus output unchanged), all 60 pass.
"""
from __future__ import annotations

import datetime as dt

import pytest

# the same check as the hand-written sentences: exact text, type and value, and mod where given
from tests.test_tagger_handwritten import test_handwritten_sentence as check_sentence

MON = dt.date(2025, 3, 3)  # a Monday, ISO 2025-W10, early in a month
SUN = dt.date(2024, 7, 14)  # a Sunday, the last day of ISO 2024-W28
Q4_MON = dt.date(2023, 10, 2)  # a Monday, the first weekday of Q4, ISO 2023-W40
NYE = dt.date(2025, 12, 31)  # a Wednesday already in ISO 2026-W01
SAT = dt.date(2022, 4, 30)  # a Saturday closing April, ISO 2022-W17
THU = dt.date(2024, 8, 1)  # a Thursday opening August (and Q3's second month), ISO 2024-W31
FRI = dt.date(2021, 1, 29)  # a Friday, ISO 2021-W04
TUE = dt.date(2026, 2, 3)  # a Tuesday, ISO 2026-W06
JAN4 = dt.date(2027, 1, 4)  # a Monday opening ISO 2027-W01 (New Year's Day was a Friday, in 2026-W53)
JUNE_SUN = dt.date(2023, 6, 18)  # a Sunday, ISO 2023-W24
OCT1 = dt.date(2025, 10, 1)  # a Wednesday, the first day of Q4, ISO 2025-W40
MAR1 = dt.date(2020, 3, 1)  # a Sunday, the day after a leap day, ISO 2020-W09

ROUND1 = [
    # --- Monday 3 March 2025 ----------------------------------------------------------------------
    (MON, "Police said Sunday that a gunman opened fire at a nightclub in Memphis late Saturday, killing two "
     "people. The suspect was arrested the next day in Arkansas. Officers had been called to the same club "
     "twice in January.",
     [("Sunday", "DATE", "2025-03-02"), ("late Saturday", "DATE", "2025-03-01", "END"),
      ("the next day", "DATE", "2025-03-02"), ("January", "DATE", "2025-01")]),
    (MON, "The Senate voted 52-48 on Thursday to confirm the nominee. She will be sworn in on Wednesday. Her "
     "predecessor resigned in November after three years in the post, and the seat has been vacant since then.",
     [("Thursday", "DATE", "2025-02-27"), ("Wednesday", "DATE", "2025-03-05"), ("November", "DATE", "2024-11"),
      ("three years", "DURATION", "P3Y")]),
    (MON, "The chipmaker said on Monday that revenue in the fourth quarter rose 12% from a year earlier. Profit "
     "for the full year fell to $2.1 billion. The company expects revenue in the current quarter to be flat and "
     "will report first-quarter results on April 24.",
     [("Monday", "DATE", "2025-03-03"), ("the fourth quarter", "DATE", "2024-Q4"), ("a year earlier", "DATE", "2023-Q4"),
      ("the full year", "DATE", "2024"), ("the current quarter", "DATE", "2025-Q1"), ("first-quarter", "DATE", "2025-Q1"),
      ("April 24", "DATE", "2025-04-24")]),
    (MON, "The dispute began in 2019, when the city sold the land to a developer. A court blocked the sale in "
     "June 2021, and the developer appealed the same month. Now, residents say they will hold a vote this week.",
     [("2019", "DATE", "2019"), ("June 2021", "DATE", "2021-06"), ("the same month", "DATE", "2021-06"),
      ("Now", "DATE", "PRESENT_REF"), ("this week", "DATE", "2025-W10")]),
    (MON, "A hearing in the case had been set for Feb. 20. It was postponed to March after the defendant changed "
     "lawyers, and the judge said on Friday the new date would be March 17. The trial is expected to last two "
     "weeks.",
     [("Feb. 20", "DATE", "2025-02-20"), ("March", "DATE", "2025-03"), ("Friday", "DATE", "2025-02-28"),
      ("March 17", "DATE", "2025-03-17"), ("two weeks", "DURATION", "P2W")]),

    # --- Sunday 14 July 2024 ----------------------------------------------------------------------
    (SUN, "Donald Trump was shot in the ear at a rally in Pennsylvania on Saturday evening. Hours later, the FBI "
     "named the gunman. The Republican convention opens on Monday in Milwaukee.",
     [("Saturday evening", "TIME", "2024-07-13TEV"), ("Hours later", "DURATION", "PTXH"), ("Monday", "DATE", "2024-07-15")]),
    (SUN, "Spain beat England 2-1 in the European Championship final in Berlin on Sunday. The Spaniards had "
     "beaten France in Tuesday's semifinal. England also lost the final three years ago, at Wembley.",
     [("Sunday", "DATE", "2024-07-14"), ("Tuesday", "DATE", "2024-07-09"), ("three years ago", "DATE", "2021")]),
    (SUN, "Carlos Alcaraz beat Novak Djokovic on Sunday to retain his Wimbledon title. The Spaniard also won the "
     "French Open last month. He will next play at the Paris Olympics, which open on July 26.",
     [("Sunday", "DATE", "2024-07-14"), ("last month", "DATE", "2024-06"), ("July 26", "DATE", "2024-07-26")]),
    (SUN, "The ferry left Dover on July 2. The next morning, it lost power off the French coast. Two days later, "
     "tugs towed it to Calais. Investigators said on Friday that the engines had failed.",
     [("July 2", "DATE", "2024-07-02"), ("The next morning", "TIME", "2024-07-03TMO"),
      ("Two days later", "DATE", "2024-07-05"), ("Friday", "DATE", "2024-07-12")]),
    (SUN, "JPMorgan said on Friday that second-quarter profit rose 25% from a year earlier, helped by a one-time "
     "gain. Citigroup and Wells Fargo reported the same day. Bank of America and Morgan Stanley report on "
     "Tuesday.",
     [("Friday", "DATE", "2024-07-12"), ("second-quarter", "DATE", "2024-Q2"), ("a year earlier", "DATE", "2023-Q2"),
      ("the same day", "DATE", "2024-07-12"), ("Tuesday", "DATE", "2024-07-16")]),

    # --- Monday 2 October 2023 --------------------------------------------------------------------
    (Q4_MON, "Kevin McCarthy faces a vote to remove him as speaker this week. A stopgap bill passed on Saturday, "
     "hours before the government would have shut down. The new deadline is Nov. 17.",
     [("this week", "DATE", "2023-W40"), ("Saturday", "DATE", "2023-09-30"), ("Nov. 17", "DATE", "2023-11-17")]),
    # "hours" in "hours before the government would have shut down" dropped after the run: the corpora split on a
    # bare unit before "before"/"after" (TBAQ leaves "seconds before the bomb exploded" and "a matter of days
    # before" untagged, WikiWars tags "months before" as an anchored DATE), so no expectation can be fixed
    (Q4_MON, "Tesla delivered 435,059 vehicles in the third quarter, down 7% from the previous quarter, the "
     "company said on Monday. Deliveries in the first nine months totalled 1.32 million. Tesla will report "
     "earnings on Oct. 18.",
     [("the third quarter", "DATE", "2023-Q3"), ("the previous quarter", "DATE", "2023-Q2"),
      ("Monday", "DATE", "2023-10-02"), ("the first nine months", "DURATION", "P9M"), ("Oct. 18", "DATE", "2023-10-18")]),
    (Q4_MON, "The union first went on strike at the plant in 1998. Workers walked out again in 2019 for six weeks. "
     "This time, the strike, which began on Sept. 15, has spread to 25,000 workers, and talks resume on Wednesday.",
     [("1998", "DATE", "1998"), ("2019", "DATE", "2019"), ("six weeks", "DURATION", "P6W"),
      ("Sept. 15", "DATE", "2023-09-15"), ("Wednesday", "DATE", "2023-10-04")]),
    (Q4_MON, "The Rangers clinched a playoff spot on Saturday, their first since 2016. Texas lost 100 games two "
     "years ago. The wild-card series begins on Tuesday.",
     [("Saturday", "DATE", "2023-09-30"), ("2016", "DATE", "2016"), ("two years ago", "DATE", "2021"),
      ("Tuesday", "DATE", "2023-10-03")]),
    (Q4_MON, "The company's shareholder meeting, originally scheduled for Sept. 28, was delayed by two weeks. "
     "Shareholders will vote on Oct. 12. The board had approved the merger in July.",
     [("Sept. 28", "DATE", "2023-09-28"), ("two weeks", "DURATION", "P2W"), ("Oct. 12", "DATE", "2023-10-12"),
      ("July", "DATE", "2023-07")]),

    # --- Wednesday 31 December 2025 (ISO 2026-W01) -------------------------------------------------
    (NYE, "Sydney welcomed 2026 with fireworks over the harbour on Wednesday night. Last year, a record 1.1 "
     "million people watched the show. Organisers said on Tuesday that rain had kept crowds smaller this year.",
     [("2026", "DATE", "2026"), ("Wednesday night", "TIME", "2025-12-31TNI"), ("Last year", "DATE", "2024"),
      ("Tuesday", "DATE", "2025-12-30"), ("this year", "DATE", "2025")]),
    (NYE, "The central bank cut rates in September, October and December this year. It had held rates steady "
     "since July 2023. Economists expect one more cut in the first half of next year.",
     [("September", "DATE", "2025-09"), ("October", "DATE", "2025-10"),
      ("December this year", "DATE", "2025-12"), ("July 2023", "DATE", "2023-07"), ("the first half of next year", "DATE", "2026-H1")]),
    (NYE, "Liverpool, who won the title last season, sit eighth after losing at home on Sunday. The January "
     "transfer window opens on Thursday. The club's next league match is on Saturday against Leeds.",
     [("Sunday", "DATE", "2025-12-28"), ("January", "DATE", "2026-01"), ("Thursday", "DATE", "2026-01-01"),
      ("Saturday", "DATE", "2026-01-03")]),
    (NYE, "The airline said on Wednesday it expects fourth-quarter revenue to rise about 5% from the year-earlier "
     "period. It will report results on Jan. 22 and give its outlook for 2026 then.",
     [("Wednesday", "DATE", "2025-12-31"), ("fourth-quarter", "DATE", "2025-Q4"),
      ("the year-earlier period", "DATE", "2024-Q4"), ("Jan. 22", "DATE", "2026-01-22"), ("2026", "DATE", "2026")]),
    (NYE, "The cargo ship ran aground off Norway on Dec. 19. Salvage crews reached it the following afternoon. "
     "By Christmas Eve, most of the fuel had been pumped out, and the ship was refloated on Monday.",
     [("Dec. 19", "DATE", "2025-12-19"), ("the following afternoon", "TIME", "2025-12-20TAF"),
      ("Christmas Eve", "DATE", "2025-12-24"), ("Monday", "DATE", "2025-12-29")]),

    # --- Saturday 30 April 2022 -------------------------------------------------------------------
    (SAT, "Firefighters were battling a wildfire in New Mexico on Saturday that had forced thousands to flee. The "
     "blaze began on April 6 and merged with another fire a week later. Officials said on Friday that winds "
     "would ease by Monday.",
     [("Saturday", "DATE", "2022-04-30"), ("April 6", "DATE", "2022-04-06"), ("a week later", "DATE", "2022-W15"),
      ("Friday", "DATE", "2022-04-29"), ("Monday", "DATE", "2022-05-02")]),
    (SAT, "Twitter's board agreed on Monday to sell the company to Elon Musk for $44 billion. Musk had disclosed a "
     "9% stake on April 4 and offered to buy the company ten days later. The deal is expected to close this year.",
     [("Monday", "DATE", "2022-04-25"), ("April 4", "DATE", "2022-04-04"), ("ten days later", "DATE", "2022-04-14"),
      ("this year", "DATE", "2022")]),
    (SAT, "Amazon posted its first loss in seven years on Thursday. Net sales in the first quarter rose 7% to "
     "$116.4 billion, compared with $108.5 billion in the year-ago quarter. For the current quarter, Amazon "
     "expects sales of $116 billion to $121 billion.",
     [("seven years", "DURATION", "P7Y"), ("Thursday", "DATE", "2022-04-28"), ("the first quarter", "DATE", "2022-Q1"),
      ("the year-ago quarter", "DATE", "2021-Q1"), ("the current quarter", "DATE", "2022-Q2")]),
    (SAT, "May Day marches are planned in Paris on Sunday. The unions held similar rallies last year, when "
     "106,000 people took part nationwide. Emmanuel Macron was re-elected last weekend and will be sworn in "
     "within two weeks.",
     [("May Day", "DATE", "2022-05-01"), ("Sunday", "DATE", "2022-05-01"), ("last year", "DATE", "2021"),
      ("last weekend", "DATE", "2022-W16-WE"), ("two weeks", "DURATION", "P2W")]),
    (SAT, "The Nets were swept by the Celtics on Monday, ending a season that began with title hopes. Kevin "
     "Durant, who signed a four-year extension last summer, said he expected to be back next season.",
     [("Monday", "DATE", "2022-04-25"), ("four-year", "DURATION", "P4Y"), ("last summer", "DATE", "2021-SU")]),

    # --- Thursday 1 August 2024 -------------------------------------------------------------------
    (THU, "The Bank of England will announce its rate decision on Thursday. It last cut rates in March 2020, at "
     "the start of the pandemic. Inflation fell to 2% in May and stayed there in June.",
     [("Thursday", "DATE", "2024-08-01"), ("March 2020", "DATE", "2020-03"), ("May", "DATE", "2024-05"),
      ("June", "DATE", "2024-06")]),
    (THU, "Meta said on Wednesday that second-quarter revenue rose 22% from a year earlier to $39.1 billion. Profit "
     "in the first half more than doubled. The company expects third-quarter revenue of $38.5 billion to $41 "
     "billion.",
     [("Wednesday", "DATE", "2024-07-31"), ("second-quarter", "DATE", "2024-Q2"), ("a year earlier", "DATE", "2023-Q2"),
      ("the first half", "DATE", "2024-H1"), ("third-quarter", "DATE", "2024-Q3")]),
    (THU, "Procter & Gamble said on Tuesday that sales in fiscal 2024, which ended June 30, rose 2%. The company "
     "expects organic sales growth of 2% to 4% in fiscal 2025. Its shares have risen 12% this year.",
     [("Tuesday", "DATE", "2024-07-30"), ("fiscal 2024", "DATE", "2024"), ("June 30", "DATE", "2024-06-30"),
      ("fiscal 2025", "DATE", "2025"), ("this year", "DATE", "2024")]),
    (THU, "Simone Biles won her second gold medal of the Paris Games on Thursday. Two days earlier, she had led "
     "the U.S. to the team title. She withdrew from most events in Tokyo three years ago, and she said at the "
     "time that she needed to focus on her mental health.",
     [("Thursday", "DATE", "2024-08-01"), ("Two days earlier", "DATE", "2024-07-30"),
      ("three years ago", "DATE", "2021")]),
    (THU, "A sentencing hearing for the former mayor, first set for June 12, was moved to Aug. 20 at the request "
     "of his lawyers. He was convicted in February of taking bribes over a decade.",
     [("June 12", "DATE", "2024-06-12"), ("Aug. 20", "DATE", "2024-08-20"), ("February", "DATE", "2024-02"),
      ("a decade", "DURATION", "P10Y")]),

    # --- Friday 29 January 2021 -------------------------------------------------------------------
    (FRI, "GameStop shares fell 44% on Thursday after trading apps restricted purchases. The stock had risen more "
     "than 1,600% this month. Two weeks ago, it traded below $20.",
     [("Thursday", "DATE", "2021-01-28"), ("this month", "DATE", "2021-01"), ("Two weeks ago", "DATE", "2021-W02")]),
    (FRI, "The vaccine maker first reported trial results in November. In December, regulators in Britain "
     "approved the shot, and the United States followed soon after. Now the company says it can deliver 100 "
     "million doses by the end of March.",
     [("November", "DATE", "2020-11"), ("December", "DATE", "2020-12"), ("Now", "DATE", "PRESENT_REF"),
      ("the end of March", "DATE", "2021-03", "END")]),
    (FRI, "Boeing reported on Wednesday a loss of $8.4 billion for the fourth quarter, compared with a loss of $1 "
     "billion in the year-earlier period. For the full year, the company lost $11.9 billion. Boeing delivered "
     "157 planes in 2020, the fewest since 1977.",
     [("Wednesday", "DATE", "2021-01-27"), ("the fourth quarter", "DATE", "2020-Q4"),
      ("the year-earlier period", "DATE", "2019-Q4"), ("the full year", "DATE", "2020"), ("2020", "DATE", "2020"),
      ("1977", "DATE", "1977")]),
    (FRI, "Tom Brady will play in his 10th Super Bowl on Feb. 7. He won his first title in 2002 and his last with "
     "New England two years ago. The Buccaneers beat Green Bay last Sunday.",
     [("Feb. 7", "DATE", "2021-02-07"), ("2002", "DATE", "2002"), ("two years ago", "DATE", "2019"),
      ("last Sunday", "DATE", "2021-01-24")]),
    (FRI, "Police said Friday that a driver killed three people when he struck a bus shelter early Thursday. The "
     "man, who was arrested at the scene, will appear in court Monday. He had been charged with drunken driving "
     "in 2017.",
     [("Friday", "DATE", "2021-01-29"), ("early Thursday", "DATE", "2021-01-28", "START"),
      ("Monday", "DATE", "2021-02-01"), ("2017", "DATE", "2017")]),

    # --- Tuesday 3 February 2026 ------------------------------------------------------------------
    (TUE, "The storm hit the Carolinas on Saturday. The governor had declared a state of emergency a day earlier, "
     "and by then most schools had closed. Power was restored to most homes by Monday evening.",
     [("Saturday", "DATE", "2026-01-31"), ("a day earlier", "DATE", "2026-01-30"),
      ("Monday evening", "TIME", "2026-02-02TEV")]),
    (TUE, "The company fired its chief executive on Monday. The board had met the previous Friday to discuss "
     "complaints about his conduct, and that evening the chairman called him, two people said.",
     [("Monday", "DATE", "2026-02-02"), ("the previous Friday", "DATE", "2026-01-30"),
      ("that evening", "TIME", "2026-01-30TEV")]),
    (TUE, "The launch of the lunar rocket, planned for Feb. 8, has been pushed back to March. NASA said on Monday "
     "that a fuel leak found during a test last week needed repairs. The agency will announce the new date later "
     "this month.",
     [("Feb. 8", "DATE", "2026-02-08"), ("March", "DATE", "2026-03"), ("Monday", "DATE", "2026-02-02"),
      ("last week", "DATE", "2026-W05"), ("later this month", "DATE", "2026-02")]),
    (TUE, "The airport's third runway was first proposed in 2009. Parliament approved it in June 2018, and a legal "
     "challenge was filed later that year. Construction is now due to begin in 2028 and take a decade.",
     [("2009", "DATE", "2009"), ("June 2018", "DATE", "2018-06"), ("later that year", "DATE", "2018"),
      ("now", "DATE", "PRESENT_REF"), ("2028", "DATE", "2028"), ("a decade", "DURATION", "P10Y")]),
    (TUE, "The Seahawks will face the Patriots in Sunday's Super Bowl in Santa Clara. Seattle last won the title "
     "in the 2013 season. The two teams also met in the final 11 years ago.",
     [("Sunday", "DATE", "2026-02-08"), ("2013", "DATE", "2013"), ("11 years ago", "DATE", "2015")]),
]

# ROUND2: written after ROUND1's fixes, weighted to its weakest pattern: a later expression anchored on the
# story's day across sentences with coarser dates (years, quarters, weeks) in between, and "by <date>" in a
# past narrative.
ROUND2 = [
    # --- Monday 4 January 2027 --------------------------------------------------------------------
    (JAN4, "A fire broke out at a Hong Kong apartment block on Saturday night, killing 12 people. Firefighters "
     "brought it under control by Sunday morning. Residents had complained about faulty wiring in 2025, and the "
     "building failed an inspection the same year.",
     [("Saturday night", "TIME", "2027-01-02TNI"), ("Sunday morning", "TIME", "2027-01-03TMO"), ("2025", "DATE", "2025"),
      ("the same year", "DATE", "2025")]),
    (JAN4, "Shares of the retailer fell 9% on Monday after it said sales in December rose only 1%. The company had "
     "forecast growth of 4% in November. It will report results for 2026 on March 4.",
     [("Monday", "DATE", "2027-01-04"), ("December", "DATE", "2026-12"), ("November", "DATE", "2026-11"),
      ("2026", "DATE", "2026"), ("March 4", "DATE", "2027-03-04")]),
    (JAN4, "Authorities said Sunday that a ferry capsized off the coast of Sulawesi late Friday, New Year's Day. "
     "Rescuers found 14 survivors the following morning. The ferry had been inspected in October.",
     [("Sunday", "DATE", "2027-01-03"), ("late Friday", "DATE", "2027-01-01", "END"),
      ("New Year's Day", "DATE", "2027-01-01"), ("the following morning", "TIME", "2027-01-02TMO"),
      ("October", "DATE", "2026-10")]),
    (JAN4, "The bank's profit rose 18% last year. In the fourth quarter, which ended Thursday, net interest income "
     "hit a record. Analysts now expect earnings to slow this year.",
     [("last year", "DATE", "2026"), ("the fourth quarter", "DATE", "2026-Q4"), ("Thursday", "DATE", "2026-12-31"),
      ("now", "DATE", "PRESENT_REF"), ("this year", "DATE", "2027")]),
    (JAN4, "The trial, first set for Nov. 9, was delayed twice and finally opened on Monday. The judge had pushed it "
     "back to December after a witness fell ill, and then to January. Closing arguments are expected by Feb. 12.",
     [("Nov. 9", "DATE", "2026-11-09"), ("Monday", "DATE", "2027-01-04"), ("December", "DATE", "2026-12"),
      ("January", "DATE", "2027-01"), ("Feb. 12", "DATE", "2027-02-12")]),

    # --- Sunday 18 June 2023 ----------------------------------------------------------------------
    (JUNE_SUN, "Wyndham Clark won the U.S. Open at Los Angeles Country Club on Sunday. A day earlier, he had shared "
     "the lead with Rickie Fowler. Clark's only previous PGA Tour win came in May at Quail Hollow.",
     [("Sunday", "DATE", "2023-06-18"), ("A day earlier", "DATE", "2023-06-17"), ("May", "DATE", "2023-05")]),
    (JUNE_SUN, "Police said Saturday that a man was arrested on Tuesday in connection with a 2019 shooting in "
     "Oakland. He was charged the same day. Investigators had linked him to the killing in March, three months "
     "before his arrest.",
     [("Saturday", "DATE", "2023-06-17"), ("Tuesday", "DATE", "2023-06-13"), ("2019", "DATE", "2019"),
      ("the same day", "DATE", "2023-06-13"), ("March", "DATE", "2023-03"), ("three months", "DURATION", "P3M")]),
    (JUNE_SUN, "Oracle said on Monday that revenue in the three months to May 31 rose 17%. The company expects growth "
     "to accelerate in fiscal 2024, and its shares have risen 50% this year. Oracle last reported results on March 9.",
     [("Monday", "DATE", "2023-06-12"), ("the three months", "DURATION", "P3M"), ("May 31", "DATE", "2023-05-31"),
      ("fiscal 2024", "DATE", "2024"), ("this year", "DATE", "2023"), ("March 9", "DATE", "2023-03-09")]),
    (JUNE_SUN, "The submersible first dived to the wreck of the Titanic in 2021. A similar expedition took place the "
     "next year. Now the vessel has been missing since Sunday, and rescuers say its oxygen could run out by Thursday.",
     [("2021", "DATE", "2021"), ("the next year", "DATE", "2022"), ("Now", "DATE", "PRESENT_REF"),
      ("Sunday", "DATE", "2023-06-18"), ("Thursday", "DATE", "2023-06-22")]),
    (JUNE_SUN, "Greece votes in a second election on June 25, five weeks after an inconclusive ballot on May 21. "
     "Kyriakos Mitsotakis, who won that vote, had called the election in March.",
     [("June 25", "DATE", "2023-06-25"), ("five weeks", "DURATION", "P5W"), ("May 21", "DATE", "2023-05-21"),
      ("March", "DATE", "2023-03")]),

    # --- Wednesday 1 October 2025 -----------------------------------------------------------------
    (OCT1, "The U.S. government shut down early Wednesday after the Senate failed to pass a funding bill. The House "
     "had approved its version on Sept. 19. The last shutdown, in 2018 and 2019, lasted 35 days.",
     [("early Wednesday", "DATE", "2025-10-01", "START"), ("Sept. 19", "DATE", "2025-09-19"), ("2018", "DATE", "2018"),
      ("2019", "DATE", "2019"), ("35 days", "DURATION", "P35D")]),
    (OCT1, "The carmaker said on Wednesday that third-quarter deliveries rose 7% from a year earlier, the first "
     "increase this year. It expects deliveries in the current quarter to rise further.",
     [("Wednesday", "DATE", "2025-10-01"), ("third-quarter", "DATE", "2025-Q3"), ("a year earlier", "DATE", "2024-Q3"),
      ("this year", "DATE", "2025"), ("the current quarter", "DATE", "2025-Q4")]),
    (OCT1, "The ship left Lisbon on Sept. 12. A week later it reached the Azores, and that evening a crew member fell "
     "ill. He was flown to a hospital hours later.",
     [("Sept. 12", "DATE", "2025-09-12"), ("A week later", "DATE", "2025-W38"), ("that evening", "TIME", "2025-09-19TEV"),
      ("hours later", "DURATION", "PTXH")]),
    (OCT1, "The central bank held rates steady on Wednesday. It last cut them in December, by a quarter point, and "
     "raised them twice the year before. Policymakers meet again on Oct. 29.",
     [("Wednesday", "DATE", "2025-10-01"), ("December", "DATE", "2024-12"), ("the year before", "DATE", "2023"),
      ("Oct. 29", "DATE", "2025-10-29")]),
    (OCT1, "Europe beat the United States on Sunday to retain the Ryder Cup. The visitors had led 11-5 after "
     "Saturday's play, but the next day the Americans won the singles. The next match will be played at Adare "
     "Manor in 2027.",
     [("Sunday", "DATE", "2025-09-28"), ("Saturday", "DATE", "2025-09-27"), ("the next day", "DATE", "2025-09-28"),
      ("2027", "DATE", "2027")]),

    # --- Sunday 1 March 2020 ----------------------------------------------------------------------
    (MAR1, "Police said Sunday that a man was shot dead outside a bar in Dublin early Saturday. A second man was "
     "arrested that afternoon. The victim had been released from prison in 2018.",
     [("Sunday", "DATE", "2020-03-01"), ("early Saturday", "DATE", "2020-02-29", "START"),
      ("that afternoon", "TIME", "2020-02-29TAF"), ("2018", "DATE", "2018")]),
    (MAR1, "Joe Biden won the South Carolina primary on Saturday by nearly 30 points. Three days later, on Tuesday, "
     "14 states vote. Biden finished fifth in New Hampshire on Feb. 11.",
     [("Saturday", "DATE", "2020-02-29"), ("Three days later", "DATE", "2020-03-03"), ("Tuesday", "DATE", "2020-03-03"),
      ("Feb. 11", "DATE", "2020-02-11")]),
    (MAR1, "Berkshire Hathaway said on Saturday that its operating profit fell 23% in the fourth quarter. For the "
     "full year, it earned $24 billion. Warren Buffett, in his letter to shareholders, said the company had not "
     "found a big acquisition since 2016.",
     [("Saturday", "DATE", "2020-02-29"), ("the fourth quarter", "DATE", "2019-Q4"), ("the full year", "DATE", "2019"),
      ("2016", "DATE", "2016")]),
    (MAR1, "The Tokyo Olympics are due to open on July 24. Organisers said on Friday that a test event set for "
     "mid-March had been cancelled and would not be rescheduled before May. The torch relay begins in Fukushima "
     "later this month.",
     [("July 24", "DATE", "2020-07-24"), ("Friday", "DATE", "2020-02-28"), ("mid-March", "DATE", "2020-03", "MID"),
      ("May", "DATE", "2020-05"), ("later this month", "DATE", "2020-03")]),
    (MAR1, "The virus was first identified in Wuhan in December. By the end of January, cases had been confirmed in "
     "18 countries, and the WHO declared an emergency on Jan. 30. Now, Italy has more than 1,000 cases, up from "
     "three a week ago.",
     [("December", "DATE", "2019-12"), ("the end of January", "DATE", "2020-01", "END"), ("Jan. 30", "DATE", "2020-01-30"),
      ("Now", "DATE", "PRESENT_REF"), ("a week ago", "DATE", "2020-W08")]),
]

CASES = ROUND1 + ROUND2


@pytest.mark.parametrize("published, sentence, expected", CASES, ids=[c[1][:60] for c in CASES])
def test_passage(published, sentence, expected):
    check_sentence(published, sentence, expected)
