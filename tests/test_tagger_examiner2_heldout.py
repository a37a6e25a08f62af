"""Held-out news sentences, second examiner: tense, anaphora, holidays, quarters and false alarms.

Written before running the tagger on them, from English news usage, docs/timex3-values.md and the project's
conventions (fiscal years are their calendar-year number; "next Tuesday" is the first Tuesday after the
publication date; "Ramadan" has no value and is not tagged; a holiday before a noun of things is no timex).

ROUND1 (200 cases, 40 per family) first ran 192 of 200 (96%): (a) tense 40/40, (b) anaphora 39/40 ("It reopened
that Friday" after March 9 took the Friday before publication, and dropped "that" from the span), (c) holidays 39/40
("Mothering Sunday" unknown: plain Sunday), (d) quarters 38/40 ("as the quarter draws to a close" on the quarter's
last day took the quarter before; a bare "Q1" before "deliveries" missed), (e) false alarms 36/40 ("named his
companion Friday", "Friday's Child", "2024 kilograms" and "H.R. 2025" tagged).
Fixes after round 1 (each with cases in AFTER_FIRST_RUN): "that <weekday>" ending a clause keeps "that" and is the
story's next such day (a past perfect looks back); Mothering Sunday (Easter - 21) in the holiday lexicon; a present
tense of ending ("draws to a close", "nears its end") makes "the quarter" the current one; more result nouns after a
bare Q/H ("deliveries", "shipments", "orders"); a weekday after a naming verb and a being ("named his companion
Friday") or before a rhyme's "'s Child" is no date; units of measure ("kilograms", "megawatts") and bill designators
("H.R.", "Bill") before a year-like number make it a count or a number. Round 1 then passes 200 of 200.
ROUND2 (100 cases, 20 per family, written after round 1's fixes) first ran 94 of 100: (a) tense 20/20, (b) anaphora
19/20 ("By Thursday" after "reopened on Monday, Oct. 4" took the Thursday before publication), (c) holidays 20/20,
(d) quarters 18/20 ("The airline expects passenger numbers to recover in the first half" missed: no business word
near; "Home sales fell in the second half of the year" on New Year's Day took the coming year's), (e) false alarms
17/20 ("The Sunday roast", "Autumn de Wilde" the director, "0800 2024 555" a phone number tagged).
Fixes after round 2 (cases in AFTER_FIRST_RUN): a date told with its weekday ("on Monday, Oct. 4") a week or more
before publication starts a week's story for bare weekdays in past clauses right after it; a past clause's quarter
or half "of the year" that has not begun is last year's; company nouns ("airline", "bank", "carrier") mark business
news for a bare half; a season before a name particle ("Autumn de Wilde") is a name; "Sunday roast", "Sunday
league" are kinds; a year-like group beside other digit groups ("0800 2024 555") is a number. Round 2 then passes
100 of 100.
ROUND3 (50 cases, 10 per family, written after round 2's fixes) first ran 45 of 50: (a) tense 10/10, (b) anaphora
10/10, (c) holidays 9/10 ("after Epiphany" missed: not in the lexicon), (d) quarters 9/10 ("Economists see growth
picking up in the second half" on Jan. 2 took the half just ended), (e) false alarms 7/10 ("The novel One Day",
"The Easter Bunny", "Nearly 2030 runners" tagged).
Fixes after round 3 (cases in AFTER_FIRST_RUN): Epiphany (6 January) in the holiday lexicon; "see"/"sees" as a
verb of forecasting ("economists see growth picking up in the second half"); a capitalised expression right after a
work noun ("the novel One Day") is a title; things of a holiday ("Easter Bunny", "Christmas stockings") are kinds;
more people nouns count a year-like number ("2030 runners"). Round 3 then passes 50 of 50.
ROUND4 (50 cases, 10 per family, written after round 3's fixes) first ran 49 of 50: (a)-(d) 10/10 each, (e) false
alarms 9/10 ("The 1600 block of Elm Street", an address, tagged); fixed ("block" counts a year-like number, except a
recent year after a preposition), so round 4 passes 50 of 50.
First runs over the four rounds: 380 of 400 (95.0%); by family (a) tense 80/80, (b) anaphora 78/80, (c) holidays
78/80, (d) quarters 75/80, (e) false alarms 69/80.
KNOWN_MISSES is empty: every held-out case passes after the fixes. Left as they were on purpose (not tested here):
a bare weekday after a yearless date told without its weekday ("closed on Sept. 7. By Friday, ...") still takes the
publication week; a past "first half / first quarter of the year" written on its first day stays in the current year;
Orthodox Christmas (7 January) and Ramadan have no rule.
"""
from __future__ import annotations

import datetime as dt

import pytest

from tests.test_tagger_handwritten import test_handwritten_sentence as check_sentence

D, T, DUR, S = "DATE", "TIME", "DURATION", "SET"

LEAP = dt.date(2024, 2, 29)  # Thursday, leap day, 2024-W09; past Fri 23 - Wed 28 Feb, next Fri 1 - Wed 6 Mar
NYE = dt.date(2025, 12, 31)  # Wednesday, New Year's Eve, already ISO 2026-W01 (29 Dec - 4 Jan)
Q1E = dt.date(2026, 3, 31)  # Tuesday, last day of Q1, 2026-W14; Easter Sunday 5 April 2026
JUN = dt.date(2027, 6, 13)  # Sunday, 2027-W23; past Mon 7 - Sat 12, next Mon 14 - Sat 19 June
NOV = dt.date(2025, 11, 3)  # Monday, 2025-W45; Thanksgiving 27 Nov, Election Day 4 Nov
AUG = dt.date(2026, 8, 1)  # Saturday, 2026-W31; past Sun 26 - Fri 31 July, next Sun 2 - Fri 7 Aug
JAN = dt.date(2028, 1, 7)  # Friday, 2028-W01 (3-9 Jan); 1-2 Jan 2028 belong to 2027-W52
SEP = dt.date(2026, 9, 30)  # Wednesday, last day of Q3, 2026-W40
APR = dt.date(2027, 4, 1)  # Thursday, first day of Q2, 2027-W13; Easter Sunday was 28 March 2027

TENSE = [
    (LEAP, "The governor signed the measure into law on Tuesday.", [("Tuesday", D, "2024-02-27")]),
    (LEAP, "Farmers are going to block the motorway on Monday.", [("Monday", D, "2024-03-04")]),
    (LEAP, "Next Wednesday, the board will vote on the merger.", [("Next Wednesday", D, "2024-03-06")]),
    (LEAP, "Snow has fallen every day since last Friday.", [("every day", S, "P1D"), ("last Friday", D, "2024-02-23")]),
    (LEAP, "Officials said in January that the dam would be finished by May.",
     [("January", D, "2024-01"), ("May", D, "2024-05")]),
    (LEAP, "Flooding closed the road on Sunday.", [("Sunday", D, "2024-02-25")]),
    (LEAP, "The new stadium opens in September, the club confirmed on Wednesday.",
     [("September", D, "2024-09"), ("Wednesday", D, "2024-02-28")]),
    (LEAP, "If approved, the tariffs would take effect next month.", [("next month", D, "2024-03")]),
    (NYE, "The president will deliver his address on Friday.", [("Friday", D, "2026-01-02")]),
    (NYE, "Shares closed higher on Monday in thin holiday trading.", [("Monday", D, "2025-12-29")]),
    (NYE, "Lawmakers have until Tuesday to pass a funding bill.", [("Tuesday", D, "2026-01-06")]),
    (NYE, "Officials said the airport had reopened on Saturday.", [("Saturday", D, "2025-12-27")]),
    (NYE, "A cold snap is going to hit the region this weekend.", [("this weekend", D, "2026-W01-WE")]),
    (NYE, "The law, which parliament passed in June, comes into effect in January.",
     [("June", D, "2025-06"), ("January", D, "2026-01")]),
    (NYE, "Sales of electric cars rose sharply last month.", [("last month", D, "2025-11")]),
    (NYE, "Last Thursday, the city recorded its coldest day in a decade.",
     [("Last Thursday", D, "2025-12-25"), ("a decade", DUR, "P10Y")]),
    (Q1E, "The prime minister is scheduled to fly to Tokyo on Thursday.", [("Thursday", D, "2026-04-02")]),
    (Q1E, "The strike has disrupted flights since Wednesday.", [("Wednesday", D, "2026-03-25")]),
    (Q1E, "The minister told parliament that the reforms would start in the spring.", [("the spring", D, "2026-SP")]),
    (Q1E, "Inflation, which peaked in October, fell again in February.",
     [("October", D, "2025-10"), ("February", D, "2026-02")]),
    (Q1E, "This Sunday, clocks in the region go forward an hour.",
     [("This Sunday", D, "2026-04-05"), ("an hour", DUR, "PT1H")]),
    (Q1E, "The company would have collapsed in December without the loan.", [("December", D, "2025-12")]),
    (Q1E, "Voters will return to the polls in November.", [("November", D, "2026-11")]),
    (Q1E, "The trial resumed on Monday after a two-week break.", [("Monday", D, "2026-03-30"), ("two-week", DUR, "P2W")]),
    (JUN, "The G7 leaders meet in Canada on Tuesday.", [("Tuesday", D, "2027-06-15")]),
    (JUN, "Police arrested two men on Saturday.", [("Saturday", D, "2027-06-12")]),
    (JUN, "The heatwave is expected to last until Friday.", [("Friday", D, "2027-06-18")]),
    (JUN, "Earlier this month, the council voted to ban cars from the centre.", [("Earlier this month", D, "2027-06")]),
    (JUN, "The museum said it expected to reopen in August.", [("August", D, "2027-08")]),
    (JUN, "Parliament rose for the summer on Thursday.", [("the summer", D, "2027-SU"), ("Thursday", D, "2027-06-10")]),
    (JUN, "Wages grew faster than prices in April, the agency reported on Wednesday.",
     [("April", D, "2027-04"), ("Wednesday", D, "2027-06-09")]),
    (JUN, "The ferry will not sail again until next Sunday.", [("next Sunday", D, "2027-06-20")]),
    (AUG, "The opposition has called a rally for Sunday.", [("Sunday", D, "2026-08-02")]),
    (AUG, "The body was found on Wednesday by a dog walker.", [("Wednesday", D, "2026-07-29")]),
    (AUG, "Ministers are due to publish the plan next week.", [("next week", D, "2026-W32")]),
    (AUG, "He said he had been in Madrid on Friday.", [("Friday", D, "2026-07-31")]),
    (AUG, "The festival, held every August, will go ahead this year.",
     [("every August", S, "XXXX-08"), ("this year", D, "2026")]),
    (JAN, "The storm knocked out power on Tuesday night.", [("Tuesday night", T, "2028-01-04TNI")]),
    (JAN, "The new ferry makes its first crossing on Saturday.", [("Saturday", D, "2028-01-08")]),
    (JAN, "The central bank last raised rates in December.", [("December", D, "2027-12")]),
]

ANAPHORA = [
    (LEAP, "The ceasefire took effect on Feb. 11. Two days later, fighting resumed in the north.",
     [("Feb. 11", D, "2024-02-11"), ("Two days later", D, "2024-02-13")]),
    (LEAP, "The prime minister arrived in Delhi on Feb. 20. That evening, she met the president.",
     [("Feb. 20", D, "2024-02-20"), ("That evening", T, "2024-02-20TEV")]),
    (LEAP, "The bank collapsed in March 2023. Earlier that month, depositors had withdrawn billions.",
     [("March 2023", D, "2023-03"), ("Earlier that month", D, "2023-03")]),
    (LEAP, "The airline grounded its fleet on Monday. By Wednesday, most flights had resumed.",
     [("Monday", D, "2024-02-26"), ("Wednesday", D, "2024-02-28")]),
    (NYE, "The fire broke out on Dec. 2. It burned for a week before being contained.",
     [("Dec. 2", D, "2025-12-02"), ("a week", DUR, "P1W")]),
    (NYE, "Talks opened in Geneva on Dec. 8. The following week, the delegates agreed a draft.",
     [("Dec. 8", D, "2025-12-08"), ("The following week", D, "2025-W51")]),
    (NYE, "The singer died on Nov. 27, 2025. Her funeral was held the following Tuesday.",
     [("Nov. 27, 2025", D, "2025-11-27"), ("the following Tuesday", D, "2025-12-02")]),
    (NYE, "The dam burst on Dec. 14. By that afternoon, the village was under water.",
     [("Dec. 14", D, "2025-12-14"), ("that afternoon", T, "2025-12-14TAF")]),
    (Q1E, "The volcano erupted on March 3. Three days later, ash forced the airport to close.",
     [("March 3", D, "2026-03-03"), ("Three days later", D, "2026-03-06")]),
    (Q1E, "The company announced the layoffs in January. A month later, its chief executive resigned.",
     [("January", D, "2026-01"), ("A month later", D, "2026-02")]),
    (Q1E, "Protesters occupied the square on March 14. The police cleared it the next morning.",
     [("March 14", D, "2026-03-14"), ("the next morning", T, "2026-03-15TMO")]),
    (Q1E, "The law was passed in 2019. The following year, it was struck down by the courts.",
     [("2019", D, "2019"), ("The following year", D, "2020")]),
    (Q1E, "The virus was first detected on Feb. 26. By the end of the month, it had spread to five regions.",
     [("Feb. 26", D, "2026-02-26"), ("the end of the month", D, "2026-02", "END")]),
    (Q1E, "The envoy landed in Kabul on Saturday. On Sunday, he met Taliban officials.",
     [("Saturday", D, "2026-03-28"), ("Sunday", D, "2026-03-29")]),
    (Q1E, "The embassy closed on March 9. It reopened that Friday.",
     [("March 9", D, "2026-03-09"), ("that Friday", D, "2026-03-13")]),
    (Q1E, "The ship left port on March 1 and reached Cape Town 18 days later.",
     [("March 1", D, "2026-03-01"), ("18 days later", D, "2026-03-19")]),
    (JUN, "The miners were trapped on May 28. They were rescued five days later.",
     [("May 28", D, "2027-05-28"), ("five days later", D, "2027-06-02")]),
    (JUN, "The final was played on June 5. The day before, the captain had been injured in training.",
     [("June 5", D, "2027-06-05"), ("The day before", D, "2027-06-04")]),
    (JUN, "The company went public in 2021. Within two years, its shares had lost half their value.",
     [("2021", D, "2021"), ("two years", DUR, "P2Y")]),
    (JUN, "Heavy rain began on June 1. By June 4, rivers had burst their banks.",
     [("June 1", D, "2027-06-01"), ("June 4", D, "2027-06-04")]),
    (JUN, "The minister resigned on April 16. Earlier that week, he had denied any wrongdoing.",
     [("April 16", D, "2027-04-16"), ("Earlier that week", D, "2027-W15")]),
    (JUN, "The treaty was signed on May 10. Ratification followed within a month.",
     [("May 10", D, "2027-05-10"), ("a month", DUR, "P1M")]),
    (JUN, "The strike began on Monday and was called off two days later.",
     [("Monday", D, "2027-06-07"), ("two days later", D, "2027-06-09")]),
    (JUN, "The bridge was closed on Thursday for repairs. It will reopen next month.",
     [("Thursday", D, "2027-06-10"), ("next month", D, "2027-07")]),
    (AUG, "The heatwave peaked on July 19. That day, temperatures reached 41C.",
     [("July 19", D, "2026-07-19"), ("That day", D, "2026-07-19")]),
    (AUG, "The senator was indicted on July 8. A week later, she pleaded not guilty.",
     [("July 8", D, "2026-07-08"), ("A week later", D, "2026-W29")]),
    (AUG, "The storm hit the coast on July 3. The next day, holiday parades were cancelled.",
     [("July 3", D, "2026-07-03"), ("The next day", D, "2026-07-04")]),
    (AUG, "The factory was sold in March 2024. Six months later, it closed.",
     [("March 2024", D, "2024-03"), ("Six months later", D, "2024-09")]),
    (AUG, "Rescuers reached the village on Tuesday. A day earlier, a landslide had cut the only road.",
     [("Tuesday", D, "2026-07-28"), ("A day earlier", D, "2026-07-27")]),
    (AUG, "The results were announced on July 14. Later that month, the winner was sworn in.",
     [("July 14", D, "2026-07-14"), ("Later that month", D, "2026-07")]),
    (AUG, "The company was fined in 2022. The year after, it was fined again.",
     [("2022", D, "2022"), ("The year after", D, "2023")]),
    (AUG, "The jury retired on July 22. It returned its verdict the following afternoon.",
     [("July 22", D, "2026-07-22"), ("the following afternoon", T, "2026-07-23TAF")]),
    (JAN, "The blaze started on Dec. 30. It was finally put out on New Year's Day.",
     [("Dec. 30", D, "2027-12-30"), ("New Year's Day", D, "2028-01-01")]),
    (JAN, "The talks collapsed on Dec. 20. They resumed two weeks later.",
     [("Dec. 20", D, "2027-12-20"), ("two weeks later", D, "2028-W01")]),
    (JAN, "The hostages were freed on Jan. 2. That night, they flew home.",
     [("Jan. 2", D, "2028-01-02"), ("That night", T, "2028-01-02TNI")]),
    (JAN, "Sales rose in 2026. The next year, they fell by a third.", [("2026", D, "2026"), ("The next year", D, "2027")]),
    (SEP, "The hurricane formed on Sept. 12. Four days later, it made landfall in Florida.",
     [("Sept. 12", D, "2026-09-12"), ("Four days later", D, "2026-09-16")]),
    (SEP, "The exhibition opened on Sept. 5 and closed the same month.",
     [("Sept. 5", D, "2026-09-05"), ("the same month", D, "2026-09")]),
    (APR, "The bridge collapsed on March 15. The previous evening, engineers had warned of cracks.",
     [("March 15", D, "2027-03-15"), ("The previous evening", T, "2027-03-14TEV")]),
    (APR, "The election was held on March 7, and the results came in the following Wednesday.",
     [("March 7", D, "2027-03-07"), ("the following Wednesday", D, "2027-03-10")]),
]

HOLIDAYS = [
    (LEAP, "Churches are preparing for Easter, which falls on March 31 this year.",
     [("Easter", D, "2024-03-31"), ("March 31 this year", D, "2024-03-31")]),
    (LEAP, "Schools will close on Good Friday.", [("Good Friday", D, "2024-03-29")]),
    (LEAP, "Florists said sales on Valentine's Day were strong.", [("Valentine's Day", D, "2024-02-14")]),
    (NYE, "Revellers will gather in Times Square on New Year's Eve.", [("New Year's Eve", D, "2025-12-31")]),
    (NYE, "The king's message was broadcast on Christmas Day.", [("Christmas Day", D, "2025-12-25")]),
    (NYE, "Most shops will reopen after New Year's Day.", [("New Year's Day", D, "2026-01-01")]),
    (NYE, "Travel chaos hit airports on Boxing Day.", [("Boxing Day", D, "2025-12-26")]),
    (Q1E, "The pope will celebrate Mass on Easter Sunday.", [("Easter Sunday", D, "2026-04-05")]),
    (Q1E, "Ferries will run a reduced service on Good Friday.", [("Good Friday", D, "2026-04-03")]),
    (Q1E, "Restaurants were fully booked on Mothering Sunday.", [("Mothering Sunday", D, "2026-03-15")]),
    (Q1E, "Easter Monday is a bank holiday in England.", [("Easter Monday", D, "2026-04-06")]),
    (dt.date(2026, 5, 4), "Florists expect record sales ahead of Mother's Day.", [("Mother's Day", D, "2026-05-10")]),
    (dt.date(2027, 5, 20), "The city's pools open on Memorial Day.", [("Memorial Day", D, "2027-05-31")]),
    (dt.date(2027, 6, 2), "Beaches were packed over Memorial Day weekend.", [("Memorial Day weekend", D, "2027-W21-WE")]),
    (JUN, "Father's Day falls next Sunday.", [("Father's Day", D, "2027-06-20"), ("next Sunday", D, "2027-06-20")]),
    (JUN, "Banks will be closed on Juneteenth.", [("Juneteenth", D, "2027-06-19")]),
    (dt.date(2026, 7, 6), "Fireworks injured dozens of people over the Fourth of July.",
     [("the Fourth of July", D, "2026-07-04")]),
    (AUG, "Congress is expected to return after Labor Day.", [("Labor Day", D, "2026-09-07")]),
    (dt.date(2026, 9, 8), "Traffic was heavy on Labor Day as families returned from the coast.",
     [("Labor Day", D, "2026-09-07")]),
    (NOV, "Trick-or-treaters were out in force on Halloween.", [("Halloween", D, "2025-10-31")]),
    (NOV, "The parade will go ahead on Thanksgiving Day.", [("Thanksgiving Day", D, "2025-11-27")]),
    (NOV, "Voters go to the polls on Election Day.", [("Election Day", D, "2025-11-04")]),
    (NOV, "Retailers are already advertising Black Friday.", [("Black Friday", D, "2025-11-28")]),
    (NOV, "Fireworks will light up the sky on Bonfire Night.", [("Bonfire Night", D, "2025-11-05")]),
    (dt.date(2025, 12, 1), "Shoppers spent a record amount online on Thanksgiving.", [("Thanksgiving", D, "2025-11-27")]),
    (dt.date(2025, 12, 1), "Retailers are counting on Cyber Monday.", [("Cyber Monday", D, "2025-12-01")]),
    (JAN, "Hospitals were busy on New Year's Day.", [("New Year's Day", D, "2028-01-01")]),
    (JAN, "Retail sales over Christmas rose 3 percent.", [("Christmas", D, "2027-12-25")]),
    (JAN, "Martin Luther King Jr. Day falls on Jan. 17.",
     [("Martin Luther King Jr. Day", D, "2028-01-17"), ("Jan. 17", D, "2028-01-17")]),
    (APR, "Worshippers packed the basilica on Good Friday.", [("Good Friday", D, "2027-03-26")]),
    (APR, "On April Fools' Day, the company announced a real product.", [("April Fools' Day", D, "2027-04-01")]),
    (APR, "Traffic was light on Easter Monday.", [("Easter Monday", D, "2027-03-29")]),
    (dt.date(2027, 1, 20), "Thousands marched in Washington on Martin Luther King Day.",
     [("Martin Luther King Day", D, "2027-01-18")]),
    (dt.date(2026, 2, 10), "Markets will be closed on Presidents' Day.", [("Presidents' Day", D, "2026-02-16")]),
    (dt.date(2026, 2, 20), "Revellers filled the streets of New Orleans on Mardi Gras.", [("Mardi Gras", D, "2026-02-17")]),
    (dt.date(2026, 2, 20), "Muslims began fasting for Ramadan on Wednesday.", [("Wednesday", D, "2026-02-18")]),
    (dt.date(2026, 10, 20), "Children will go trick-or-treating on Halloween.", [("Halloween", D, "2026-10-31")]),
    (dt.date(2026, 12, 20), "Airports expect record crowds before Christmas Eve.", [("Christmas Eve", D, "2026-12-24")]),
    (dt.date(2026, 12, 20), "Last Christmas, the shelter ran out of beds.", [("Last Christmas", D, "2025-12-25")]),
    (dt.date(2025, 7, 2), "Canadians celebrated Canada Day with fireworks and parades.", [("Canada Day", D, "2025-07-01")]),
]

QUARTERS = [
    (LEAP, "The retailer said fourth-quarter profit fell 12 percent.", [("fourth-quarter", D, "2023-Q4")]),
    (LEAP, "Economists expect growth to pick up in the second half of the year.",
     [("the second half of the year", D, "2024-H2")]),
    (LEAP, "The airline expects to return to profit in the current fiscal year.", [("the current fiscal year", D, "2024")]),
    (LEAP, "The company's first-quarter revenue will be reported in April.",
     [("first-quarter", D, "2024-Q1"), ("April", D, "2024-04")]),
    (NYE, "Consumer spending slowed in the third quarter.", [("the third quarter", D, "2025-Q3")]),
    (NYE, "The bank expects loan growth to accelerate in the first quarter.", [("the first quarter", D, "2026-Q1")]),
    (NYE, "The firm will report its fourth-quarter results on Jan. 28.",
     [("fourth-quarter", D, "2025-Q4"), ("Jan. 28", D, "2026-01-28")]),
    (NYE, "Exports fell in the July-September quarter.", [("the July-September quarter", D, "2025-Q3")]),
    (Q1E, "Fund managers are rebalancing portfolios as the quarter draws to a close.", [("the quarter", D, "2026-Q1")]),
    (Q1E, "Shipments are expected to recover in the second quarter.", [("the second quarter", D, "2026-Q2")]),
    (Q1E, "The chipmaker cut its outlook for fiscal 2027.", [("fiscal 2027", D, "2027")]),
    (Q1E, "Profit in the first half of fiscal 2025 beat forecasts.", [("the first half of fiscal 2025", D, "2025-H1")]),
    (Q1E, "Analysts said Q1 deliveries were likely to fall short.", [("Q1", D, "2026-Q1")]),
    (Q1E, "GDP grew 0.4 percent in the last quarter of 2025.", [("the last quarter of 2025", D, "2025-Q4")]),
    (Q1E, "Sales rose in the second half of 2025, the company said.", [("the second half of 2025", D, "2025-H2")]),
    (Q1E, "The company reaffirmed its guidance for 2026.", [("2026", D, "2026")]),
    (JUN, "Second-quarter earnings season kicks off next month.",
     [("Second-quarter", D, "2027-Q2"), ("next month", D, "2027-07")]),
    (JUN, "The economy shrank in the first quarter, revised figures showed.", [("the first quarter", D, "2027-Q1")]),
    (JUN, "The carmaker expects deliveries to rise in the second half.", [("the second half", D, "2027-H2")]),
    (JUN, "Revenue was broadly flat in the first half of 2026.", [("the first half of 2026", D, "2026-H1")]),
    (JUN, "The bank will publish its Q2 figures on July 20.", [("Q2", D, "2027-Q2"), ("July 20", D, "2027-07-20")]),
    (JUN, "Profits have risen steadily since Q3 2025.", [("Q3 2025", D, "2025-Q3")]),
    (JUN, "The group reports annual results for fiscal 2027 in September.",
     [("fiscal 2027", D, "2027"), ("September", D, "2027-09")]),
    (JUN, "Inflation is forecast to ease in the fourth quarter.", [("the fourth quarter", D, "2027-Q4")]),
    (AUG, "The company reported a second-quarter loss on Thursday.",
     [("second-quarter", D, "2026-Q2"), ("Thursday", D, "2026-07-30")]),
    (AUG, "The carmaker expects third-quarter deliveries to rise.", [("third-quarter", D, "2026-Q3")]),
    (AUG, "Growth in the first half of 2026 was the weakest in three years.",
     [("the first half of 2026", D, "2026-H1"), ("three years", DUR, "P3Y")]),
    (AUG, "The retailer said sales in the current quarter had started strongly.", [("the current quarter", D, "2026-Q3")]),
    (JAN, "The bank will report fourth-quarter earnings next week.",
     [("fourth-quarter", D, "2027-Q4"), ("next week", D, "2028-W02")]),
    (JAN, "Oil demand is expected to weaken in the first half.", [("the first half", D, "2028-H1")]),
    (JAN, "The fund lost money in Q4, its first loss since 2022.", [("Q4", D, "2027-Q4"), ("2022", D, "2022")]),
    (JAN, "Exports grew in the fourth quarter of last year.", [("the fourth quarter of last year", D, "2027-Q4")]),
    (SEP, "The company will report its third-quarter results in October.",
     [("third-quarter", D, "2026-Q3"), ("October", D, "2026-10")]),
    (SEP, "Holiday sales in the fourth quarter are expected to be strong.", [("the fourth quarter", D, "2026-Q4")]),
    (SEP, "The US government's fiscal year 2027 begins on Thursday.",
     [("fiscal year 2027", D, "2027"), ("Thursday", D, "2026-10-01")]),
    (SEP, "Home sales slumped in the second quarter.", [("the second quarter", D, "2026-Q2")]),
    (APR, "The quarter that ended on Wednesday was the best for stocks since 2020.",
     [("The quarter", D, "2027-Q1"), ("Wednesday", D, "2027-03-31"), ("2020", D, "2020")]),
    (APR, "The company expects a weaker second quarter.", [("second quarter", D, "2027-Q2")]),
    (APR, "First-quarter sales rose 7 percent, the company said on Wednesday.",
     [("First-quarter", D, "2027-Q1"), ("Wednesday", D, "2027-03-31")]),
    (APR, "H1 margins are expected to narrow.", [("H1", D, "2027-H1")]),
]

FALSE_ALARMS = [
    (NOV, "April Ryan asked the press secretary a question.", []),
    (NOV, "June Carter Cash's songs were reissued.", []),
    (NOV, "The singer August Alsina cancelled his tour.", []),
    (NOV, "Protesters began to march toward the parliament.", []),
    (NOV, "The agency said it may raise fees.", []),
    (NOV, "Robinson Crusoe named his companion Friday.", []),
    (NOV, "Friday's Child is a novel by Georgette Heyer.", []),
    (NOV, "The plant's 2000 workers were sent home.", []),
    (NOV, "Only 1995 fans turned up for the match.", []),
    (NOV, "The house at 1410 Pennsylvania Avenue was sold.", []),
    (NOV, "The Boeing 737 MAX was grounded.", []),
    (NOV, "The Airbus A380 has 853 seats.", []),
    (NOV, "Police seized 2024 kilograms of cocaine.", []),
    (NOV, "The Dow fell 1,024 points.", []),
    (NOV, "The Lakers won 112-98.", []),
    (NOV, "Room 1908 of the hotel was searched.", []),
    (NOV, "The index closed at 2017.45.", []),
    (NOV, "Flight 1549 landed on the Hudson.", []),
    (NOV, "The bill, H.R. 2025, passed the House.", []),
    (NOV, "Samsung recalled its Galaxy Note 7.", []),
    (NOV, "Tuesday Weld starred in the film.", []),
    (NOV, "Sunday Times reporters broke the story.", []),
    (NOV, "The Mayday call came from a fishing boat.", []),
    (NOV, "Christmas trees were sold out across the city.", []),
    (NOV, "The Easter Rising of 1916 was commemorated in Dublin.", [("1916", D, "1916")]),
    (NOV, "Shops stocked up on Halloween costumes.", []),
    (NOV, "The Winter Olympics drew huge audiences.", []),
    (NOV, "Arab Spring protests spread across the region.", []),
    (NOV, "Summer Walker's new album topped the charts.", []),
    (NOV, "Party leaders met at 10 Downing Street.", []),
    (NOV, "Sky News launched in 1989.", [("1989", D, "1989")]),
    (NOV, "Mr. May, a spokesman, declined to comment.", []),
    (NOV, "The Day of the Jackal was remade for television.", []),
    (NOV, "A Hard Day's Night was re-released.", []),
    (NOV, "The Last Week Tonight host mocked the plan.", []),
    (NOV, "The Twilight saga was filmed in Oregon.", []),
    (NOV, "The Morning Star's editor was interviewed.", []),
    (NOV, "The Evening Standard's editor resigned.", []),
    (NOV, "Scores of people were hurt.", []),
    (NOV, "The singer Seasons Change headlined the festival.", []),
]

ROUND1 = TENSE + ANAPHORA + HOLIDAYS + QUARTERS + FALSE_ALARMS
FAMILIES1 = {"tense": TENSE, "anaphora": ANAPHORA, "holidays": HOLIDAYS, "quarters": QUARTERS, "false alarms": FALSE_ALARMS}

M1 = dt.date(2028, 3, 1)  # Wednesday after leap day, 2028-W09; past Thu 24 - Tue 29 Feb; Easter 16 April, Ash Wednesday today
XE = dt.date(2026, 12, 24)  # Thursday, Christmas Eve, 2026-W52; next Fri 25 - Wed 30 Dec (28 Dec opens 2026-W53)
MY = dt.date(2025, 5, 30)  # Friday after Memorial Day (26 May), 2025-W22
HW = dt.date(2027, 10, 31)  # Sunday, Halloween, 2027-W43; past Mon 25 - Sat 30 Oct, next Mon 1 - Sat 6 Nov
NY = dt.date(2029, 1, 1)  # Monday, New Year's Day, 2029-W01; past Tue 26 - Sun 31 Dec 2028
JL = dt.date(2028, 7, 3)  # Monday, third day of Q3, 2028-W27; Independence Day tomorrow
FB = dt.date(2027, 2, 28)  # Sunday, last day of February, 2027-W08; next Mon 1 - Sat 6 March

# Round 2, written after round 1's fixes and before running the tagger on it: 20 cases per family.
TENSE2 = [
    (M1, "The senator will announce her decision on Thursday.", [("Thursday", D, "2028-03-02")]),
    (M1, "Rail workers walked out on Tuesday over pay.", [("Tuesday", D, "2028-02-29")]),
    (M1, "Last Saturday, the club sacked its manager.", [("Last Saturday", D, "2028-02-26")]),
    (M1, "The spending review is due in June.", [("June", D, "2028-06")]),
    (XE, "Officials have warned that the roads will be icy on Sunday.", [("Sunday", D, "2026-12-27")]),
    (XE, "The court adjourned the case on Friday until January.", [("Friday", D, "2026-12-18"), ("January", D, "2027-01")]),
    (XE, "Gift cards sold out on Monday, the retailer said.", [("Monday", D, "2026-12-21")]),
    (MY, "The minister is going to unveil the plan next Tuesday.", [("next Tuesday", D, "2025-06-03")]),
    (MY, "Protesters blocked the bridge on Wednesday.", [("Wednesday", D, "2025-05-28")]),
    (MY, "The festival returns in July after a three-year break.", [("July", D, "2025-07"), ("three-year", DUR, "P3Y")]),
    (MY, "Exam results come out in August.", [("August", D, "2025-08")]),
    (HW, "The clocks go back next Sunday.", [("next Sunday", D, "2027-11-07")]),
    (HW, "The mayor said on Friday that the curfew would end on Tuesday.",
     [("Friday", D, "2027-10-29"), ("Tuesday", D, "2027-11-02")]),
    (HW, "Turnout had been low in September, officials said.", [("September", D, "2027-09")]),
    (NY, "The new tax rates apply from Wednesday.", [("Wednesday", D, "2029-01-03")]),
    (NY, "Storms battered the coast on Thursday and Friday.", [("Thursday", D, "2028-12-28"), ("Friday", D, "2028-12-29")]),
    (NY, "Parliament is set to return in mid-January.", [("mid-January", D, "2029-01", "MID")]),
    (JL, "The country celebrates its independence on Tuesday.", [("Tuesday", D, "2028-07-04")]),
    (FB, "The port will reopen this Wednesday.", [("this Wednesday", D, "2027-03-03")]),
    (FB, "Sales slumped in January as shoppers cut back.", [("January", D, "2027-01")]),
]

ANAPHORA2 = [
    (M1, "The CEO was fired on Feb. 3. Two weeks later, the board appointed a successor.",
     [("Feb. 3", D, "2028-02-03"), ("Two weeks later", D, "2028-W07")]),
    (M1, "The avalanche struck on Feb. 12. Rescuers found the last survivor the following evening.",
     [("Feb. 12", D, "2028-02-12"), ("the following evening", T, "2028-02-13TEV")]),
    (XE, "The couple married in June 2024. A year later, they divorced.", [("June 2024", D, "2024-06"), ("A year later", D, "2025")]),
    (XE, "The rocket launched on Dec. 9. It docked with the station the next day.",
     [("Dec. 9", D, "2026-12-09"), ("the next day", D, "2026-12-10")]),
    (XE, "The talks began on Dec. 1. By the end of that week, a deal had been struck.",
     [("Dec. 1", D, "2026-12-01"), ("the end of that week", D, "2026-W49", "END")]),
    (MY, "The fire started on May 3. It was not until May 9 that crews brought it under control.",
     [("May 3", D, "2025-05-03"), ("May 9", D, "2025-05-09")]),
    (MY, "The pontiff was elected on May 8. The day after, he addressed the crowds.",
     [("May 8", D, "2025-05-08"), ("The day after", D, "2025-05-09")]),
    (MY, "The scandal broke in April. That month, the firm's shares halved.", [("April", D, "2025-04"), ("That month", D, "2025-04")]),
    (HW, "The Nobel prize was announced on Oct. 11. Five days later, the laureate gave his first interview.",
     [("Oct. 11", D, "2027-10-11"), ("Five days later", D, "2027-10-16")]),
    (HW, "Heavy snow fell on Oct. 20. Earlier that day, forecasters had issued a warning.",
     [("Oct. 20", D, "2027-10-20"), ("Earlier that day", D, "2027-10-20")]),
    (HW, "The factory reopened on Monday, Oct. 4. By Thursday, production was back to normal.",
     [("Monday, Oct. 4", D, "2027-10-04"), ("Thursday", D, "2027-10-07")]),
    (NY, "The vote was held on Dec. 12. The results were certified a week later.",
     [("Dec. 12", D, "2028-12-12"), ("a week later", D, "2028-W51")]),
    (NY, "The blizzard hit on Dec. 27. That morning, flights were grounded across the region.",
     [("Dec. 27", D, "2028-12-27"), ("That morning", T, "2028-12-27TMO")]),
    (NY, "The stock peaked in 2021. The year before, it had traded at half that price.",
     [("2021", D, "2021"), ("The year before", D, "2020")]),
    (JL, "The heatwave began on June 20. It lasted nine days.", [("June 20", D, "2028-06-20"), ("nine days", DUR, "P9D")]),
    (JL, "The verdict was delivered on June 14. Three days earlier, the jury had been sequestered.",
     [("June 14", D, "2028-06-14"), ("Three days earlier", D, "2028-06-11")]),
    (JL, "The wildfire was first reported on June 25. By the next morning, it had doubled in size.",
     [("June 25", D, "2028-06-25"), ("the next morning", T, "2028-06-26TMO")]),
    (FB, "The company reported the breach on Feb. 9. Later that week, its chief technology officer resigned.",
     [("Feb. 9", D, "2027-02-09"), ("Later that week", D, "2027-W06")]),
    (FB, "The treaty took effect in January 2020. The following month, the first inspections began.",
     [("January 2020", D, "2020-01"), ("The following month", D, "2020-02")]),
    (FB, "The strike started on Feb. 1 and ended 12 days later.", [("Feb. 1", D, "2027-02-01"), ("12 days later", D, "2027-02-13")]),
]

HOLIDAYS2 = [
    (M1, "The chancellor will deliver the budget before Easter.", [("Easter", D, "2028-04-16")]),
    (M1, "Pancakes sold out on Shrove Tuesday.", [("Shrove Tuesday", D, "2028-02-29")]),
    (M1, "Ash Wednesday services were held across the country.", [("Ash Wednesday", D, "2028-03-01")]),
    (XE, "Most stores will close early on Christmas Eve.", [("Christmas Eve", D, "2026-12-24")]),
    (XE, "Britain's railways will not run on Boxing Day.", [("Boxing Day", D, "2026-12-26")]),
    (XE, "Black Friday sales were weaker than last year.", [("Black Friday", D, "2026-11-27"), ("last year", D, "2025")]),
    (XE, "The government will reopen on Jan. 4, after New Year's Day.",
     [("Jan. 4", D, "2027-01-04"), ("New Year's Day", D, "2027-01-01")]),
    (MY, "Cemeteries were crowded on Memorial Day.", [("Memorial Day", D, "2025-05-26")]),
    (MY, "Families are planning barbecues for the Fourth of July.", [("the Fourth of July", D, "2025-07-04")]),
    (MY, "Restaurants were packed on Mother's Day.", [("Mother's Day", D, "2025-05-11")]),
    (HW, "Children will trick-or-treat tonight for Halloween.", [("tonight", T, "2027-10-31TNI"), ("Halloween", D, "2027-10-31")]),
    (HW, "Veterans Day parades will take place across the country.", [("Veterans Day", D, "2027-11-11")]),
    (HW, "Turkey prices are expected to rise before Thanksgiving.", [("Thanksgiving", D, "2027-11-25")]),
    (NY, "Police reported 300 arrests on New Year's Eve.", [("New Year's Eve", D, "2028-12-31")]),
    (NY, "Federal offices will close for Martin Luther King Day.", [("Martin Luther King Day", D, "2029-01-15")]),
    (JL, "The president will spend Independence Day at his ranch.", [("Independence Day", D, "2028-07-04")]),
    (JL, "The company's offices were closed on Juneteenth.", [("Juneteenth", D, "2028-06-19")]),
    (FB, "Florists had a busy Valentine's Day.", [("Valentine's Day", D, "2027-02-14")]),
    (FB, "Pilgrims are expected in Rome for Palm Sunday.", [("Palm Sunday", D, "2027-03-21")]),
    (FB, "St. Patrick's Day parades will go ahead in Dublin and New York.", [("St. Patrick's Day", D, "2027-03-17")]),
]

QUARTERS2 = [
    (M1, "The retailer reports fourth-quarter results on Tuesday.",
     [("fourth-quarter", D, "2027-Q4"), ("Tuesday", D, "2028-03-07")]),
    (M1, "Analysts expect a slowdown in the second half of 2028.", [("the second half of 2028", D, "2028-H2")]),
    (M1, "The insurer swung to a loss in the final quarter of last year.", [("the final quarter of last year", D, "2027-Q4")]),
    (XE, "Profit in the current quarter is forecast to fall.", [("the current quarter", D, "2026-Q4")]),
    (XE, "The airline expects passenger numbers to recover in the first half.", [("the first half", D, "2027-H1")]),
    (XE, "Bookings rose 9 percent in the third quarter.", [("the third quarter", D, "2026-Q3")]),
    (MY, "The Fed's next meeting is in June, and economists expect a cut in the third quarter.",
     [("June", D, "2025-06"), ("the third quarter", D, "2025-Q3")]),
    (MY, "First-quarter GDP was revised down on Thursday.", [("First-quarter", D, "2025-Q1"), ("Thursday", D, "2025-05-29")]),
    (MY, "The company guided for fiscal 2026 revenue of $4 billion.", [("fiscal 2026", D, "2026")]),
    (HW, "The bank beat third-quarter estimates.", [("third-quarter", D, "2027-Q3")]),
    (HW, "Growth is expected to slow in Q4.", [("Q4", D, "2027-Q4")]),
    (HW, "Orders in the September quarter rose 3 percent.", [("the September quarter", D, "2027-Q3")]),
    (NY, "Economists will watch fourth-quarter GDP figures closely.", [("fourth-quarter", D, "2028-Q4")]),
    (NY, "The company expects its first-quarter loss to narrow.", [("first-quarter", D, "2029-Q1")]),
    (NY, "Home sales fell in the second half of the year.", [("the second half of the year", D, "2028-H2")]),
    (JL, "Second-quarter deliveries will be announced on Wednesday.",
     [("Second-quarter", D, "2028-Q2"), ("Wednesday", D, "2028-07-05")]),
    (JL, "Stocks posted their best first half since 2019.", [("first half", D, "2028-H1"), ("2019", D, "2019")]),
    (JL, "The chipmaker expects revenue to grow in the third quarter.", [("the third quarter", D, "2028-Q3")]),
    (FB, "Results for the fourth quarter of fiscal 2026 will be released in March.",
     [("the fourth quarter of fiscal 2026", D, "2026-Q4"), ("March", D, "2027-03")]),
    (FB, "H2 2026 revenue beat forecasts.", [("H2 2026", D, "2026-H2")]),
]

FALSE_ALARMS2 = [
    (M1, "Theresa May's deal was rejected by MPs.", []),
    (M1, "The Sunday roast is a British tradition.", []),
    (M1, "The poll gave Labour a 20-point lead.", []),
    (M1, "The rocket reached an altitude of 2100 metres.", []),
    (M1, "The Nikkei 225 index rose 1 percent.", []),
    (XE, "Police found 1850 rounds of ammunition.", []),
    (XE, "The Sunday Independent published the letter.", []),
    (XE, "Easter eggs were hidden in the video game.", []),
    (XE, "Good Morning America interviewed the survivors.", []),
    (HW, "The Tonight Show host joked about the election.", []),
    (HW, "The Winter Palace was stormed in 1917.", [("1917", D, "1917")]),
    (HW, "Autumn de Wilde directed the video.", []),
    (HW, "Arsenal beat Chelsea 3-1.", []),
    (NY, "The hotline number is 0800 2024 555.", []),
    (NY, "A Day in the Life was recorded at Abbey Road.", []),
    (NY, "Dozens of demonstrators gathered on the anniversary of the massacre.", []),
    (JL, "The Decemberists played in Portland.", []),
    (JL, "The Tuesday Group of moderate Republicans met.", []),
    (FB, "Prince's 1999 was re-released on vinyl.", []),
    (FB, "The March for Our Lives drew huge crowds.", []),
]

ROUND2 = TENSE2 + ANAPHORA2 + HOLIDAYS2 + QUARTERS2 + FALSE_ALARMS2

J2 = dt.date(2026, 1, 2)  # Friday, 2026-W01 (29 Dec - 4 Jan); past Sat 27 Dec - Thu 1 Jan, next Sat 3 - Thu 8 Jan
JY = dt.date(2027, 7, 31)  # Saturday, 2027-W30; past Sun 25 - Fri 30 July, next Sun 1 - Fri 6 Aug
BF = dt.date(2028, 11, 24)  # Black Friday 2028 (Thanksgiving 23 Nov), 2028-W47
GF = dt.date(2025, 4, 18)  # Good Friday 2025 (Easter 20 April), 2025-W16
SP = dt.date(2029, 9, 30)  # Sunday, last day of Q3, 2029-W39; next Mon 1 - Sat 6 Oct

# Round 3, written after round 2's fixes and before running the tagger on it: 10 cases per family.
ROUND3 = [
    # (a) tense
    (J2, "The new rail timetable takes effect on Sunday.", [("Sunday", D, "2026-01-04")]),
    (J2, "Firefighters battled the blaze on Tuesday night.", [("Tuesday night", T, "2025-12-30TNI")]),
    (J2, "Wage talks will resume next Thursday.", [("next Thursday", D, "2026-01-08")]),
    (JY, "The company would have reported a loss in June but for one-off gains.", [("June", D, "2027-06")]),
    (JY, "Lifeguards have been on strike since Monday.", [("Monday", D, "2027-07-26")]),
    (JY, "The ministry plans to publish the figures in September.", [("September", D, "2027-09")]),
    (BF, "The jury is expected to return its verdict on Monday.", [("Monday", D, "2028-11-27")]),
    (BF, "The senator conceded the race on Wednesday.", [("Wednesday", D, "2028-11-22")]),
    (GF, "Pope Francis is due to deliver his blessing on Sunday.", [("Sunday", D, "2025-04-20")]),
    (SP, "The port was closed on Saturday because of high winds.", [("Saturday", D, "2029-09-29")]),
    # (b) anaphora
    (J2, "The heat wave broke on Dec. 16. Within three days, temperatures had fallen by 15 degrees.",
     [("Dec. 16", D, "2025-12-16"), ("three days", DUR, "P3D")]),
    (J2, "The bank failed on Friday, Dec. 12. By Monday, regulators had found a buyer.",
     [("Friday, Dec. 12", D, "2025-12-12"), ("Monday", D, "2025-12-15")]),
    (JY, "The mission launched on July 2. Nine days later, it reached orbit around the moon.",
     [("July 2", D, "2027-07-02"), ("Nine days later", D, "2027-07-11")]),
    (JY, "The general was arrested on July 9. That evening, crowds celebrated in the capital.",
     [("July 9", D, "2027-07-09"), ("That evening", T, "2027-07-09TEV")]),
    (JY, "The law was repealed in 2015. Two years earlier, it had been declared unconstitutional.",
     [("2015", D, "2015"), ("Two years earlier", D, "2013")]),
    (BF, "The storm made landfall on Nov. 2. The following weekend, volunteers began clearing debris.",
     [("Nov. 2", D, "2028-11-02"), ("The following weekend", D, "2028-W44-WE")]),
    (BF, "The summit opened on Nov. 13 and closed the next day.", [("Nov. 13", D, "2028-11-13"), ("the next day", D, "2028-11-14")]),
    (GF, "The pope was discharged from hospital on March 23. Three weeks later, he appeared in St. Peter's Square.",
     [("March 23", D, "2025-03-23"), ("Three weeks later", D, "2025-W15")]),
    (GF, "The tariffs were announced on April 2. A week earlier, officials had hinted at them.",
     [("April 2", D, "2025-04-02"), ("A week earlier", D, "2025-W13")]),
    (SP, "The ceasefire was signed on Sept. 3. It collapsed later that month.",
     [("Sept. 3", D, "2029-09-03"), ("later that month", D, "2029-09")]),
    # (c) holidays
    (J2, "Thousands of people gathered to watch fireworks on New Year's Eve.", [("New Year's Eve", D, "2025-12-31")]),
    (J2, "Rail services will return to normal after Epiphany.", [("Epiphany", D, "2026-01-06")]),
    (JY, "Beaches will be crowded over Labor Day weekend.", [("Labor Day weekend", D, "2027-W35-WE")]),
    (JY, "Fireworks displays on the Fourth of July were scaled back because of drought.",
     [("the Fourth of July", D, "2027-07-04")]),
    (BF, "Shoppers lined up early for Black Friday deals.", [("Black Friday", D, "2028-11-24")]),
    (BF, "Families gathered for Thanksgiving dinner on Thursday.",
     [("Thanksgiving", D, "2028-11-23"), ("Thursday", D, "2028-11-23")]),
    (BF, "Retailers are preparing for Cyber Monday.", [("Cyber Monday", D, "2028-11-27")]),
    (GF, "Christians around the world are marking Good Friday.", [("Good Friday", D, "2025-04-18")]),
    (GF, "Many businesses will be closed on Easter Monday.", [("Easter Monday", D, "2025-04-21")]),
    (SP, "Congress returns after Columbus Day.", [("Columbus Day", D, "2029-10-08")]),
    # (d) quarters
    (J2, "The carmaker's fourth-quarter deliveries beat expectations.", [("fourth-quarter", D, "2025-Q4")]),
    (J2, "Economists see growth picking up in the second half.", [("the second half", D, "2026-H2")]),
    (JY, "The bank will report second-quarter earnings on Tuesday.",
     [("second-quarter", D, "2027-Q2"), ("Tuesday", D, "2027-08-03")]),
    (JY, "First-half revenue rose 4 percent.", [("First-half", D, "2027-H1")]),
    (JY, "The company sees demand softening in the current quarter.", [("the current quarter", D, "2027-Q3")]),
    (BF, "The retailer cut its forecast after a weak third quarter.", [("third quarter", D, "2028-Q3")]),
    (BF, "Holiday spending in the fourth quarter is expected to rise 3 percent.", [("the fourth quarter", D, "2028-Q4")]),
    (GF, "Tariffs are likely to weigh on second-quarter profits.", [("second-quarter", D, "2025-Q2")]),
    (SP, "The quarter ends today with oil prices up 20 percent.", [("The quarter", D, "2029-Q3"), ("today", D, "2029-09-30")]),
    (SP, "Fiscal 2030 begins on Monday for the federal government.", [("Fiscal 2030", D, "2030"), ("Monday", D, "2029-10-01")]),
    # (e) false alarms
    (J2, "The Sunday Telegraph's editor resigned.", []),
    (J2, "The firm employs 2026 people in Ohio.", []),
    (JY, "Tickets for Winter Wonderland sold out.", []),
    (JY, "A Midsummer Night's Dream opened at the Globe.", []),
    (BF, "The novel One Day was adapted by Netflix.", []),
    (BF, "The Thursday Night Football game drew record ratings.", []),
    (GF, "Good Friday Agreement negotiator George Mitchell spoke at the event.", []),
    (GF, "The Easter Bunny visited the children's ward.", []),
    (SP, "Spring Valley residents complained about the noise.", []),
    (SP, "Nearly 2030 runners finished the marathon.", []),
]
FAMILIES3 = {"tense": ROUND3[0:10], "anaphora": ROUND3[10:20], "holidays": ROUND3[20:30], "quarters": ROUND3[30:40],
             "false alarms": ROUND3[40:50]}

DE = dt.date(2029, 12, 31)  # Monday, New Year's Eve, already ISO 2030-W01; past Tue 25 - Sun 30 Dec
G30 = dt.date(2030, 4, 19)  # Good Friday 2030 (Easter 21 April), 2030-W16
LD = dt.date(2027, 9, 6)  # Monday, Labor Day 2027, 2027-W36; past Tue 31 Aug - Sun 5 Sep
MD = dt.date(2028, 5, 14)  # Sunday, Mother's Day 2028, 2028-W19; next Mon 15 - Sat 20 May
CD = dt.date(2026, 10, 12)  # Monday, Columbus Day 2026, 2026-W42

# Round 4, written after round 3's fixes and before running the tagger on it: 10 cases per family.
ROUND4 = [
    # (a) tense
    (DE, "Rail workers will strike on Wednesday.", [("Wednesday", D, "2030-01-02")]),
    (DE, "The central bank left rates unchanged on Thursday.", [("Thursday", D, "2029-12-27")]),
    (DE, "A ban on plastic bags comes into force tomorrow.", [("tomorrow", D, "2030-01-01")]),
    (G30, "Voters in the state head to the polls on Tuesday.", [("Tuesday", D, "2030-04-23")]),
    (G30, "Police had arrested the suspect on Monday, court papers showed.", [("Monday", D, "2030-04-15")]),
    (LD, "Pupils return to school on Wednesday.", [("Wednesday", D, "2027-09-08")]),
    (LD, "The hurricane weakened over the weekend.", [("the weekend", D, "2027-W35-WE")]),
    (MD, "The ceasefire could collapse by Friday, diplomats warned.", [("Friday", D, "2028-05-19")]),
    (MD, "The opposition won a by-election in March.", [("March", D, "2028-03")]),
    (CD, "The company is set to unveil its new phone next month.", [("next month", D, "2026-11")]),
    # (b) anaphora
    (DE, "The ship docked on Dec. 3. The crew was allowed ashore the day after.",
     [("Dec. 3", D, "2029-12-03"), ("the day after", D, "2029-12-04")]),
    (DE, "The talks opened on Monday, Dec. 10. By Wednesday, they had stalled.",
     [("Monday, Dec. 10", D, "2029-12-10"), ("Wednesday", D, "2029-12-12")]),
    (G30, "The quake struck on March 30. Aftershocks continued for two weeks.",
     [("March 30", D, "2030-03-30"), ("two weeks", DUR, "P2W")]),
    (G30, "The plant was closed in February. It reopened the following month.",
     [("February", D, "2030-02"), ("the following month", D, "2030-03")]),
    (LD, "The drought began in 2021. By the summer of 2023, reservoirs were empty.",
     [("2021", D, "2021"), ("the summer of 2023", D, "2023-SU")]),
    (LD, "The senator died on Aug. 20. Her funeral took place a week later.",
     [("Aug. 20", D, "2027-08-20"), ("a week later", D, "2027-W34")]),
    (MD, "The bill passed the House on April 6. The Senate approved it 10 days later.",
     [("April 6", D, "2028-04-06"), ("10 days later", D, "2028-04-16")]),
    (MD, "The rebels seized the town on April 28. That afternoon, the army withdrew.",
     [("April 28", D, "2028-04-28"), ("That afternoon", T, "2028-04-28TAF")]),
    (CD, "The company went bankrupt in 2019. The previous year, it had lost $2 billion.",
     [("2019", D, "2019"), ("The previous year", D, "2018")]),
    (CD, "Voting began on Oct. 1. Results are expected within a week.", [("Oct. 1", D, "2026-10-01"), ("a week", DUR, "P1W")]),
    # (c) holidays
    (DE, "Pubs will stay open late on New Year's Eve.", [("New Year's Eve", D, "2029-12-31")]),
    (DE, "Shoppers returned gifts on Boxing Day.", [("Boxing Day", D, "2029-12-26")]),
    (G30, "The pope will lead the vigil on Holy Saturday.", [("Holy Saturday", D, "2030-04-20")]),
    (G30, "Churches will be full on Easter Sunday.", [("Easter Sunday", D, "2030-04-21")]),
    (G30, "Maundy Thursday services were held in the cathedral.", [("Maundy Thursday", D, "2030-04-18")]),
    (LD, "Stores are offering discounts for Labor Day.", [("Labor Day", D, "2027-09-06")]),
    (LD, "Stores are already stocking up for Halloween.", [("Halloween", D, "2027-10-31")]),
    (MD, "Families are celebrating Mother's Day.", [("Mother's Day", D, "2028-05-14")]),
    (MD, "The pool will open on Memorial Day.", [("Memorial Day", D, "2028-05-29")]),
    (CD, "Banks are closed today for Columbus Day.", [("today", D, "2026-10-12"), ("Columbus Day", D, "2026-10-12")]),
    # (d) quarters
    (DE, "The company expects fourth-quarter sales to beat forecasts.", [("fourth-quarter", D, "2029-Q4")]),
    (DE, "Inflation is expected to peak in the first quarter of 2030.", [("the first quarter of 2030", D, "2030-Q1")]),
    (G30, "Airlines reported strong bookings for the second quarter.", [("the second quarter", D, "2030-Q2")]),
    (G30, "Profit fell in the three months to March.", [("the three months", DUR, "P3M"), ("March", D, "2030-03")]),
    (LD, "The insurer reported a first-half loss.", [("first-half", D, "2027-H1")]),
    (LD, "Economists predict a rebound in Q4.", [("Q4", D, "2027-Q4")]),
    (MD, "The retailer's first-quarter sales fell 2 percent.", [("first-quarter", D, "2028-Q1")]),
    (MD, "Growth is forecast to accelerate in the second half of the year.", [("the second half of the year", D, "2028-H2")]),
    (CD, "Banks kick off third-quarter earnings season on Tuesday.",
     [("third-quarter", D, "2026-Q3"), ("Tuesday", D, "2026-10-13")]),
    (CD, "The firm's fiscal year 2027 started on Oct. 1.", [("fiscal year 2027", D, "2027"), ("Oct. 1", D, "2026-10-01")]),
    # (e) false alarms
    (DE, "The film Last Christmas topped the box office.", []),
    (G30, "Friday Night Lights was rebooted.", []),
    (G30, "Chocolate Easter eggs cost more this year.", [("this year", D, "2030")]),
    (LD, "The Autumn Budget will be delivered by the chancellor.", []),
    (LD, "He ran the mile in 3:59.", []),
    (MD, "Days of Our Lives was renewed.", []),
    (MD, "The Year of Living Dangerously was screened.", []),
    (CD, "Christopher Columbus sailed in 1492.", [("1492", D, "1492")]),
    (CD, "The Fall of the Berlin Wall exhibition opened.", []),
    (CD, "The 1600 block of Elm Street was closed.", []),
]
FAMILIES4 = {"tense": ROUND4[0:10], "anaphora": ROUND4[10:20], "holidays": ROUND4[20:30], "quarters": ROUND4[30:40],
             "false alarms": ROUND4[40:50]}

# Regression cases written while fixing round 1 (not held out): each rule and its other side.
AFTER_FIRST_RUN = [
    # "that <weekday>" ending a clause is a demonstrative: the story's next such day, or the one before in a past perfect
    (dt.date(2027, 5, 20), "The strike began on Friday, May 7. That Monday, the union rejected an offer.",
     [("Friday, May 7", D, "2027-05-07"), ("That Monday", D, "2027-05-10")]),
    (dt.date(2027, 5, 20), "The strike ended on Friday, May 7. That Monday, the union had rejected an offer.",
     [("Friday, May 7", D, "2027-05-07"), ("That Monday", D, "2027-05-03")]),
    (NOV, "He said that Friday was a holiday.", [("Friday", D, "2025-10-31")]),
    # Britain's Mothering Sunday, three weeks before Easter
    (dt.date(2024, 2, 20), "Mothering Sunday falls on March 10 this year.",
     [("Mothering Sunday", D, "2024-03-10"), ("March 10 this year", D, "2024-03-10")]),
    # present tense of ending verbs after "the quarter"; result nouns after a bare quarter
    (SEP, "The quarter is drawing to a close with shares up 10 percent.", [("The quarter", D, "2026-Q3")]),
    (AUG, "Q3 shipments are expected to rise.", [("Q3", D, "2026-Q3")]),
    # a name given to a being; a rhyme's title; units of measure and bill numbers after a year-like number
    (NOV, "She named her daughter Sunday.", []),
    (NOV, "The board named a new chief executive Friday.", [("Friday", D, "2025-10-31")]),
    (NOV, "Wednesday's Child is full of woe.", []),
    (NOV, "Sunday's Super Bowl drew record ratings.", [("Sunday", D, "2025-11-02")]),
    (NOV, "The dam produces 2030 megawatts.", []),
    (NOV, "Senate Bill 2025 was signed into law.", []),
    (NOV, "The 2025 bill was signed.", [("2025", D, "2025")]),
    # round 2: a date told with its weekday starts a week's story (not for a report's "said Friday")
    (HW, "The plant closed on Tuesday, Sept. 7. By Friday, most workers had been laid off.",
     [("Tuesday, Sept. 7", D, "2027-09-07"), ("Friday", D, "2027-09-10")]),
    (HW, "The plant closed on Tuesday, Sept. 7. Police said Friday that the owner had fled.",
     [("Tuesday, Sept. 7", D, "2027-09-07"), ("Friday", D, "2027-10-29")]),
    # a past clause's quarter or half "of the year" not yet begun is last year's; a future one stays this year's
    (NY, "Sales fell in the fourth quarter of the year.", [("the fourth quarter of the year", D, "2028-Q4")]),
    (NY, "Sales will rise in the fourth quarter of the year.", [("the fourth quarter of the year", D, "2029-Q4")]),
    (NY, "Sales will rise in the second half of the year.", [("the second half of the year", D, "2029-H2")]),
    # company nouns make a bare half a business period; particles make a name; kinds of Sunday; digit groups
    (XE, "The airline expects a stronger first half.", [("first half", D, "2027-H1")]),
    (XE, "Summer van Dyke won the race.", []),
    (XE, "He played Sunday league football for years.", [("years", DUR, "PXY")]),
    (XE, "Call 0207 2019 4400 for details.", []),
    (XE, "The bridge opened on May 5 2019.", [("May 5 2019", D, "2019-05-05")]),
    # round 3: Epiphany; "see" as a forecast (not the Holy See); titles after work nouns; things of a holiday; people counted
    (J2, "Schools reopen after Epiphany on Tuesday.", [("Epiphany", D, "2026-01-06"), ("Tuesday", D, "2026-01-06")]),
    (J2, "Investors see rates falling in the first quarter.", [("the first quarter", D, "2026-Q1")]),
    (dt.date(2026, 3, 1), "The Holy See announced in May that it would sell the building.", [("May", D, "2025-05")]),
    (J2, "The song Monday Morning topped the charts.", []),
    (J2, "Children opened their Christmas stockings.", []),
    (J2, "Nearly 2030 volunteers helped.", []),
    # round 4: "the <number> block of" a street is an address
    (CD, "Shots were fired in the 2000 block of Main Street.", []),
    (CD, "In 2019 block grants were cut.", [("2019", D, "2019")]),
]

KNOWN_MISSES = []

ALL = [c for c in ROUND1 + ROUND2 + ROUND3 + ROUND4 if c not in KNOWN_MISSES] + AFTER_FIRST_RUN


@pytest.mark.parametrize("published, sentence, expected", ALL, ids=[c[1][:60] for c in ALL])
def test_examiner2_heldout_sentence(published, sentence, expected):
    check_sentence(published, sentence, expected)
