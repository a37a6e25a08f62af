"""Held-out wire-news sentences on TIME, DURATION and SET expressions (none taken from a corpus).

Every expected extent, type, value and mod below was fixed from docs/timex3-values.md and the conventions the
other sentence files follow (mod words inside the span: "about 9 p.m.", "nearly three hours"; "within 48 hours"
tags "48 hours" with EQUAL_OR_LESS; "shortly before midnight" tags "midnight"; "8 p.m. on Saturday" is two
expressions but "7 p.m. Sunday" one; midnight T24:00; "early Wednesday" a DATE with START, "late Friday night" a
TIME with END; "at dawn"/"at dusk" untagged; adjectival "30-year" tagged as "10-year bond" is; ages, prices and
speeds "a/per hour|day|month|night" untagged; attributive "daily"/"weekly"/"hourly" untagged as "quarterly
dividend" is, which proved wrong: see round 1) before the tagger was run on them.

Guard rails before and after every fix below (none moved): TBAQ strict 89.7, relaxed 95.1, value F1 83.2 (TIME
70.0, DURATION 79.4, SET 70.8); WikiWars value F1 83.3; tweets-syntime value F1 63.9.

FIRST RUN, round 1 (CASES, 170 sentences): 164 of 170 exactly right. Per family: TIME 61/61, DURATION 54/56,
SET 33/34, false alarms 16/19. Misses: "in the past month" tagged last month's DATE (2025-03); "months" in "weeks,
if not months" untagged; "several times a day" untagged; and "hourly workers", "the daily newspaper", "the weekly
magazine" tagged SET. Those last three were annotation slips of mine, named here: the project tags an adjective
"daily"/"weekly"/"monthly" as a SET ("the monthly jobs report", "daily COVID-19 figures" in the passage files;
only "quarterly dividend" is left out), so their expectations were corrected to SET after the run. "In the past
month" is the question other examiners left open (TimeBank tags "the past year" as last year's DATE after "in"),
so it moved to KNOWN_MISSES. Fixed with general rules: a vague count of times ("several/many/a few times a day")
is a SET with no freq; a bare plural unit offered as the alternative to one just before ("weeks, if not months",
"days or even weeks", "years, not months") is a duration too.

FIRST RUN, round 2 (ROUND2, 62 sentences written after those fixes and annotated before the run): 61 of 62.
Per family: TIME 19/20, DURATION 20/20, SET 13/13, false alarms 9/9. The miss: "The deadline is 5 p.m. ET on
Thursday" put Thursday in the past, because the present "is" only counts within three words of the date and
"p.m." split into two words. Fixed generally: a clock time with its zone counts as one word there.

FIRST RUN, round 3 (ROUND3, 49 harder sentences, annotated before the run): 44 of 49. Per family: TIME 13/15,
DURATION 16/17, SET 8/9, false alarms 7/8. Misses: "at 7:15 on Monday morning" (after "leaves") put Monday in
the past and left 7:15 on the publication day; "the past fortnight" tagged "the past" (PAST_REF); "once every two
years" tagged without "once"; "She works 60 hours a week" tagged SET P1W; and "5 o'clock this morning" tagged as
two expressions. The last one was my annotation slip: the project tags "4 o'clock" and "this afternoon" apart
(heldout-wire6b), so the expectation was corrected after the run. "60 hours a week" was then dropped as unsettled
(the project tags "works three days a week" as SET P1W but leaves "open 24 hours a day" untagged), noted in
KNOWN_MISSES. Fixed generally: a ":" between digits does not end a clause for the scheduled-present cue ("leaves at
7:15 on Monday"); a clock time takes the day of a following weekday with a part of day ("at 7:15 on Monday
morning"), and an hour without a.m./p.m. before an afternoon, evening or night is the afternoon's ("at 7:30 on
Friday evening" is T19:30); "the past/last/next/coming fortnight" is P2W; "once/twice every ..." is one set with
its count.

FIRST RUN, round 4 (ROUND4, 46 sentences, annotated before the run): 45 of 46 by this file's checker (mods are
checked only where the expectation gives one; "later today" came with mod END). Per family: TIME 14/15, DURATION
15/15, SET 10/10, false alarms 6/6. The miss, "at about 6 o'clock on Thursday evening" read as T06:00, was a gap
in the round 3 rule (it looked at the whole extent, "about" included, for an hour without a.m./p.m.); fixed to look
at the clock's own words.

FIRST RUN, round 5 (ROUND5_PASSAGES, 18 short passages, 59 expressions, annotated before the run): 16 of 18
passages, 57 of 59 expressions. Misses: "Aftershocks continued overnight" after "hit at 11:47 p.m. on Monday" put
on the night before publication; "Services returned to normal by 9 p.m." after a Wednesday put on the publication
day ("to" after the past "returned" was read as an infinitive, so "by 9 p.m." looked ahead). Fixed generally:
"overnight" after a verb that carries something on ("continued", "raged", "lasted") is the night of the past day
just told; "to" after a simple past that takes no infinitive is a preposition when deciding whether a past verb
comes before "by" ("returned to normal by Friday", "returned to profit by March" are past).

FIRST RUN, round 6 (ROUND6, 31 sentences, annotated before the run): 30 of 31 (TIME 9/10, DURATION 10/10, SET
7/7, false alarms 4/4). The miss, "at about half past eight on Monday evening" read as T08:30, was again a gap in
the round 3 rule (it knew only digit clocks); it now asks whether the clock says its half of the day at all.
"""
from __future__ import annotations

import datetime as dt

import pytest

from tests.test_tagger_handwritten import test_handwritten_sentence as check_sentence

TUE = dt.date(2025, 4, 15)  # a Tuesday, ISO week 16 (14-20 April)
FRI = dt.date(2024, 3, 8)  # a Friday, ISO week 10 (4-10 March)
SUN = dt.date(2023, 9, 17)  # a Sunday, last day of ISO week 37

T, D, DUR, S = "TIME", "DATE", "DURATION", "SET"

TIME_CASES = [
    (TUE, "The rocket lifted off at 3:15 p.m. EDT on Tuesday.",
     [("3:15 p.m. EDT", T, "2025-04-15T15:15"), ("Tuesday", D, "2025-04-15")]),
    (TUE, "The shooting happened shortly before midnight on Saturday.",
     [("midnight", T, "2025-04-12T24:00"), ("Saturday", D, "2025-04-12")]),
    (TUE, "The deadline for bids is noon Friday.", [("noon Friday", T, "2025-04-18T12:00")]),
    (TUE, "The fire started around 4 in the morning, officials said.",
     [("around 4 in the morning", T, "2025-04-15T04:00", "APPROX")]),
    (TUE, "Troops crossed the river at dawn.", []),
    (TUE, "The storm knocked out power Tuesday evening.", [("Tuesday evening", T, "2025-04-15TEV")]),
    (TUE, "The suspect surrendered early Wednesday.", [("early Wednesday", D, "2025-04-09", "START")]),
    (TUE, "Gunfire was heard late last night.", [("late last night", T, "2025-04-14TNI", "END")]),
    (TUE, "The president will address reporters this afternoon.", [("this afternoon", T, "2025-04-15TAF")]),
    (TUE, "The earthquake struck at 2:47 a.m. local time on Monday.",
     [("2:47 a.m.", T, "2025-04-14T02:47"), ("Monday", D, "2025-04-14")]),
    (TUE, "Polls open at 7 a.m. Thursday.", [("7 a.m. Thursday", T, "2025-04-17T07:00")]),
    (TUE, "The ship sank shortly after 11 p.m. on Sunday.",
     [("11 p.m.", T, "2025-04-13T23:00"), ("Sunday", D, "2025-04-13")]),
    (TUE, "The verdict is expected Thursday afternoon.", [("Thursday afternoon", T, "2025-04-17TAF")]),
    (TUE, "Markets in Tokyo fell sharply overnight.", [("overnight", T, "2025-04-14TNI")]),
    (TUE, "The bodies were found early Sunday morning.", [("early Sunday morning", T, "2025-04-13TMO", "START")]),
    (TUE, "Officials will hold a news conference at 10:30 a.m. tomorrow.",
     [("10:30 a.m. tomorrow", T, "2025-04-16T10:30")]),
    (TUE, "The tanker caught fire at about 6:40 p.m. Monday.",
     [("about 6:40 p.m. Monday", T, "2025-04-14T18:40", "APPROX")]),
    (TUE, "The new tariffs take effect at midnight.", [("midnight", T, "2025-04-15T24:00")]),
    (TUE, "The protest began at noon on Saturday and ended at dusk.",
     [("noon", T, "2025-04-12T12:00"), ("Saturday", D, "2025-04-12")]),
    (TUE, "The train derailed at 8:05 this morning.", [("8:05 this morning", T, "2025-04-15T08:05")]),
    (TUE, "Residents were evacuated on Monday night.", [("Monday night", T, "2025-04-14TNI")]),
    (TUE, "The two leaders will dine together on Friday evening.", [("Friday evening", T, "2025-04-18TEV")]),
    (TUE, "The strike will start at 00:01 GMT on Wednesday.",
     [("00:01 GMT", T, "2025-04-16T00:01"), ("Wednesday", D, "2025-04-16")]),
    (TUE, "The bomb exploded at 9.15am.", [("9.15am", T, "2025-04-15T09:15")]),
    (TUE, "The vote is scheduled for 5 p.m. on April 30.",
     [("5 p.m.", T, "2025-04-30T17:00"), ("April 30", D, "2025-04-30")]),
    (TUE, "The quake hit at 4:20 p.m. Pacific time on Sunday.",
     [("4:20 p.m.", T, "2025-04-13T16:20"), ("Sunday", D, "2025-04-13")]),
    (TUE, "The match kicks off at 8pm tonight.", [("8pm tonight", T, "2025-04-15T20:00")]),
    (TUE, "Fighting eased late Monday.", [("late Monday", D, "2025-04-14", "END")]),
    (TUE, "The last guests left at 1 o'clock in the morning.",
     [("1 o'clock in the morning", T, "2025-04-15T01:00")]),
    (TUE, "Traders will be watching the Fed decision at 2 p.m. Wednesday.",
     [("2 p.m. Wednesday", T, "2025-04-16T14:00")]),
    (TUE, "He was last seen on Saturday afternoon.", [("Saturday afternoon", T, "2025-04-12TAF")]),
    (TUE, "Heavy rain is expected tomorrow morning.", [("tomorrow morning", T, "2025-04-16TMO")]),
    (TUE, "The explosion was heard at around 10:45 p.m.", [("around 10:45 p.m.", T, "2025-04-15T22:45", "APPROX")]),
    (TUE, "The accident happened yesterday afternoon.", [("yesterday afternoon", T, "2025-04-14TAF")]),
    (TUE, "The senator spoke for an hour on Thursday night.",
     [("an hour", DUR, "PT1H"), ("Thursday night", T, "2025-04-10TNI")]),
    (TUE, "The summit ends at 1500 GMT on Friday.",
     [("1500 GMT", T, "2025-04-18T15:00"), ("Friday", D, "2025-04-18")]),
    (TUE, "The robbery took place at 12:30 a.m. Sunday.", [("12:30 a.m. Sunday", T, "2025-04-13T00:30")]),
    (TUE, "Authorities lifted the curfew at 6 a.m. today.", [("6 a.m. today", T, "2025-04-15T06:00")]),
    (TUE, "Rain will return on Sunday night.", [("Sunday night", T, "2025-04-20TNI")]),
    (FRI, "The gunmen stormed the hotel at about 9 p.m. on Wednesday.",
     [("about 9 p.m.", T, "2024-03-06T21:00", "APPROX"), ("Wednesday", D, "2024-03-06")]),
    (FRI, "The blaze broke out shortly after 3 a.m. Thursday.", [("3 a.m. Thursday", T, "2024-03-07T03:00")]),
    (FRI, "The jury began deliberating Thursday morning.", [("Thursday morning", T, "2024-03-07TMO")]),
    (FRI, "The launch window opens at 7:42 p.m. EST.", [("7:42 p.m. EST", T, "2024-03-08T19:42")]),
    (FRI, "The president arrived in Kyiv late Tuesday night.", [("late Tuesday night", T, "2024-03-05TNI", "END")]),
    (FRI, "Shops will close early on Saturday evening.", [("Saturday evening", T, "2024-03-09TEV")]),
    (FRI, "The blackout began at 5:58 p.m. and lasted four hours.",
     [("5:58 p.m.", T, "2024-03-08T17:58"), ("four hours", DUR, "PT4H")]),
    (FRI, "The talks will resume at 10 a.m. on Monday.",
     [("10 a.m.", T, "2024-03-11T10:00"), ("Monday", D, "2024-03-11")]),
    (FRI, "Police received the call at 11:52 p.m. on March 1.",
     [("11:52 p.m.", T, "2024-03-01T23:52"), ("March 1", D, "2024-03-01")]),
    (FRI, "The ferry capsized early this morning.", [("early this morning", T, "2024-03-08TMO", "START")]),
    (FRI, "Snow is forecast for this evening.", [("this evening", T, "2024-03-08TEV")]),
    (FRI, "The vote ended just before midnight on Tuesday.",
     [("midnight", T, "2024-03-05T24:00"), ("Tuesday", D, "2024-03-05")]),
    (FRI, "The demonstrators dispersed at around 4 p.m.", [("around 4 p.m.", T, "2024-03-08T16:00", "APPROX")]),
    (FRI, "The minister resigned on Wednesday afternoon.", [("Wednesday afternoon", T, "2024-03-06TAF")]),
    (FRI, "The strike begins at midnight Sunday.", [("midnight Sunday", T, "2024-03-10T24:00")]),
    (FRI, "The pilots were told to land by 18:00 local time.", [("18:00", T, "2024-03-08T18:00")]),
    (SUN, "The storm made landfall at 5 a.m. Saturday.", [("5 a.m. Saturday", T, "2023-09-16T05:00")]),
    (SUN, "Counting will begin at 8 a.m. on Monday.",
     [("8 a.m.", T, "2023-09-18T08:00"), ("Monday", D, "2023-09-18")]),
    (SUN, "Celebrations went on late into Saturday night.", [("Saturday night", T, "2023-09-16TNI")]),
    (SUN, "The hostages were released this morning.", [("this morning", T, "2023-09-17TMO")]),
    (SUN, "The pope will celebrate Mass at 10:30 a.m. today.", [("10:30 a.m. today", T, "2023-09-17T10:30")]),
    (SUN, "The quake was felt at 11:11 p.m. Friday.", [("11:11 p.m. Friday", T, "2023-09-15T23:11")]),
]

DURATION_CASES = [
    (TUE, "The president spoke for nearly three hours.", [("nearly three hours", DUR, "PT3H", "LESS_THAN")]),
    (TUE, "He gave a 45-minute speech.", [("45-minute", DUR, "PT45M")]),
    (TUE, "The investigation took two-and-a-half years.", [("two-and-a-half years", DUR, "P2Y6M")]),
    (TUE, "Exports have slumped in the past 14 months.", [("the past 14 months", DUR, "P14M")]),
    (TUE, "The government will spend $5 billion over the next decade.", [("the next decade", DUR, "P10Y")]),
    (TUE, "The rebels seized the city in less than a week.", [("less than a week", DUR, "P1W", "LESS_THAN")]),
    (TUE, "The plan will be in force for the first 100 days.", [("the first 100 days", DUR, "P100D")]),
    (TUE, "The country emerged from a decade-long war.", [("decade-long", DUR, "P10Y")]),
    (TUE, "The plane circled the airport for half an hour.", [("half an hour", DUR, "PT30M")]),
    (TUE, "The refinery will be shut for a year and a half.", [("a year and a half", DUR, "P1Y6M")]),
    (TUE, "Banks must report suspicious transfers within 48 hours.",
     [("48 hours", DUR, "PT48H", "EQUAL_OR_LESS")]),
    (TUE, "Firefighters battled the blaze for weeks.", [("weeks", DUR, "PXW")]),
    (TUE, "The deal came after months of talks.", [("months", DUR, "PXM")]),
    (TUE, "The company has lost money for three years.", [("three years", DUR, "P3Y")]),
    (TUE, "The company was founded three years ago.", [("three years ago", D, "2022")]),
    (TUE, "Sales have doubled over the last three years.", [("the last three years", DUR, "P3Y")]),
    (TUE, "Sales doubled last year.", [("last year", D, "2024")]),
    (TUE, "The journalist spent 11 days in detention.", [("11 days", DUR, "P11D")]),
    (TUE, "The trial is expected to last about six weeks.", [("about six weeks", DUR, "P6W", "APPROX")]),
    (TUE, "The drought has lasted more than a decade.", [("more than a decade", DUR, "P10Y", "MORE_THAN")]),
    (TUE, "The band's first album in 12 years comes out in June.",
     [("12 years", DUR, "P12Y"), ("June", D, "2025-06")]),
    (TUE, "The senator has served in Congress for 24 years.", [("24 years", DUR, "P24Y")]),
    (TUE, "The rescue took 17 hours.", [("17 hours", DUR, "PT17H")]),
    (TUE, "The astronauts will spend six months aboard the station.", [("six months", DUR, "P6M")]),
    (TUE, "It took the jury less than two hours to reach a verdict.",
     [("less than two hours", DUR, "PT2H", "LESS_THAN")]),
    (TUE, "The bridge will take four years to build.", [("four years", DUR, "P4Y")]),
    (TUE, "He was sentenced to 30 years in prison.", [("30 years", DUR, "P30Y")]),
    (TUE, "The flight was delayed by 90 minutes.", [("90 minutes", DUR, "PT90M")]),
    (TUE, "The two-day summit opens on Thursday.", [("two-day", DUR, "P2D"), ("Thursday", D, "2025-04-17")]),
    (TUE, "The factory has been idle for several weeks.", [("several weeks", DUR, "PXW")]),
    (TUE, "Prices could keep rising for years.", [("years", DUR, "PXY")]),
    (TUE, "The war has dragged on for nearly 13 years.", [("nearly 13 years", DUR, "P13Y", "LESS_THAN")]),
    (TUE, "The 10-day festival draws a million visitors.", [("10-day", DUR, "P10D")]),
    (TUE, "The senator filibustered for more than 15 hours.", [("more than 15 hours", DUR, "PT15H", "MORE_THAN")]),
    (TUE, "It was the longest winning streak in four decades.", [("four decades", DUR, "P40Y")]),
    (TUE, "The hospital has been without power for three days.", [("three days", DUR, "P3D")]),
    (TUE, "Voters have up to 30 days to return their ballots.", [("up to 30 days", DUR, "P30D", "EQUAL_OR_LESS")]),
    (TUE, "The move would save the city $40 million over five years.", [("five years", DUR, "P5Y")]),
    (TUE, "The six-month ban on exports ends in May.", [("six-month", DUR, "P6M"), ("May", D, "2025-05")]),
    (TUE, "He has been in a coma for two weeks.", [("two weeks", DUR, "P2W")]),
    (TUE, "The deal must be approved within 90 days.", [("90 days", DUR, "P90D", "EQUAL_OR_LESS")]),
    (TUE, "The 24-hour strike disrupted flights.", [("24-hour", DUR, "PT24H")]),
    (TUE, "It has been a month since the floods.", [("a month", DUR, "P1M")]),
    (TUE, "The mine was closed for a few days.", [("a few days", DUR, "PXD")]),
    (TUE, "The project will take at least a decade.", [("at least a decade", DUR, "P10Y", "EQUAL_OR_MORE")]),
    (TUE, "He remained in hiding for the next two years.", [("the next two years", DUR, "P2Y")]),
    (TUE, "The company plans to cut 5,000 jobs over the next three years.", [("the next three years", DUR, "P3Y")]),
    (TUE, "The war ended 30 years ago.", [("30 years ago", D, "1995")]),
    (TUE, "The program ran for a decade before it was cancelled.", [("a decade", DUR, "P10Y")]),
    (TUE, "Unemployment has risen for the past six months.", [("the past six months", DUR, "P6M")]),
    (TUE, "The outage lasted a few minutes.", [("a few minutes", DUR, "PTXM")]),
    (TUE, "The suspect was questioned for 12 hours.", [("12 hours", DUR, "PT12H")]),
    (TUE, "The child was found alive after four days in the rubble.", [("four days", DUR, "P4D")]),
    (TUE, "Inflation has fallen for eight straight months.", [("eight straight months", DUR, "P8M")]),
    (TUE, "Talks are expected to take weeks, if not months.", [("weeks", DUR, "PXW"), ("months", DUR, "PXM")]),
]

SET_CASES = [
    (TUE, "The council meets every Tuesday.", [("every Tuesday", S, "XXXX-WXX-2")]),
    (TUE, "She swims twice a week.", [("twice a week", S, "P1W")]),
    (TUE, "The wildflowers bloom each spring.", [("each spring", S, "XXXX-SP")]),
    (TUE, "The festival is held every other year.", [("every other year", S, "P2Y")]),
    (TUE, "The market is held on Saturdays.", [("Saturdays", S, "XXXX-WXX-6")]),
    (TUE, "The comedy show airs nightly.", [("nightly", S, "P1D")]),
    (TUE, "Patients take the pills three times a day.", [("three times a day", S, "P1D")]),
    (TUE, "The utility sends bills once per month.", [("once per month", S, "P1M")]),
    (TUE, "The prize is awarded annually.", [("annually", S, "P1Y")]),
    (TUE, "The World Cup is held every four years.", [("every four years", S, "P4Y")]),
    (TUE, "The express bus runs only on weekdays.", [("weekdays", S, "XXXX-WXX-WD")]),
    (TUE, "Soldiers raise the flag each morning.", [("each morning", S, "XXXX-XX-XXTMO")]),
    (TUE, "The tide comes in twice a day.", [("twice a day", S, "P1D")]),
    (TUE, "The board meets every quarter.", [("every quarter", S, "P1Q")]),
    (TUE, "The magazine is published every month.", [("every month", S, "P1M")]),
    (TUE, "Tourists flock to the island every summer.", [("every summer", S, "XXXX-SU")]),
    (TUE, "The data are updated every hour.", [("every hour", S, "PT1H")]),
    (TUE, "The choir rehearses every Thursday evening.", [("every Thursday evening", S, "XXXX-WXX-4TEV")]),
    (TUE, "Fuel prices are reviewed every 15 days.", [("every 15 days", S, "P15D")]),
    (TUE, "He calls his mother every Sunday.", [("every Sunday", S, "XXXX-WXX-7")]),
    (TUE, "The country holds elections every five years.", [("every five years", S, "P5Y")]),
    (TUE, "The report is released every three months.", [("every three months", S, "P3M")]),
    (TUE, "The clinic offers free checks monthly.", [("monthly", S, "P1M")]),
    (TUE, "Guards change shifts every eight hours.", [("every eight hours", S, "PT8H")]),
    (TUE, "The lake freezes over each winter.", [("each winter", S, "XXXX-WI")]),
    (TUE, "The family gathers every Christmas.", [("every Christmas", S, "XXXX-12-25")]),
    (TUE, "The satellites pass overhead several times a day.", [("several times a day", S, "P1D")]),
    (TUE, "Trains run every 10 minutes during rush hour.", [("every 10 minutes", S, "PT10M")]),
    (TUE, "The fishermen go out on Friday nights.", [("Friday nights", S, "XXXX-WXX-5TNI")]),
    (TUE, "Workers are paid every two weeks.", [("every two weeks", S, "P2W")]),
    (TUE, "The river floods every year.", [("every year", S, "P1Y")]),
    (TUE, "The wells are checked every morning and every evening.",
     [("every morning", S, "XXXX-XX-XXTMO"), ("every evening", S, "XXXX-XX-XXTEV")]),
    (TUE, "The embassy holds a reception each December.", [("each December", S, "XXXX-12")]),
    (TUE, "Prices are reset every weekend.", [("every weekend", S, "XXXX-WXX-WE")]),
]

FALSE_ALARM_CASES = [
    (TUE, "A 10-year-old boy was rescued from the river.", []),
    (TUE, "The couple took out a 30-year mortgage.", [("30-year", DUR, "P30Y")]),  # as "the 10-year bond"
    (TUE, "Cleaners earn $20 an hour.", []),
    (TUE, "The car was travelling at 60 miles per hour.", []),
    (TUE, "The plant produces 300 tonnes a day.", []),
    (TUE, "The clinic is open 24 hours a day.", []),
    (TUE, "The rent is $1,500 a month.", []),
    (TUE, "Winds reached 120 kilometres per hour.", []),
    (TUE, "The 16-year-old striker scored twice.", []),
    (TUE, "The actor has two daughters aged 8 and 11.", []),
    (TUE, "He earns $80,000 a year.", []),
    (TUE, "The five-year-old girl was found safe.", []),
    (TUE, "The 200-year-old oak fell in the storm.", []),
    (TUE, "Hotel rooms cost $300 a night.", []),
    (TUE, "Prices rose 3 percent a year.", []),
    (TUE, "Light travels 300,000 kilometres per second.", []),
    # the next three were annotated [] before the run; corrected to the project's convention (see the docstring)
    (TUE, "The company's hourly workers went on strike.", [("hourly", S, "PT1H")]),
    (TUE, "The daily newspaper closed.", [("daily", S, "P1D")]),
    (TUE, "The weekly magazine reported the story.", [("weekly", S, "P1W")]),
]

CASES = TIME_CASES + DURATION_CASES + SET_CASES + FALSE_ALARM_CASES

WED = dt.date(2026, 1, 14)  # a Wednesday, ISO week 3 (12-18 January)

# written after the fixes for CASES, annotated before the tagger was run on them
ROUND2_TIME = [
    (WED, "The avalanche hit the resort at about 11:30 a.m. Tuesday.",
     [("about 11:30 a.m. Tuesday", T, "2026-01-13T11:30", "APPROX")]),
    (WED, "Flights resumed at 6 a.m. on Monday.", [("6 a.m.", T, "2026-01-12T06:00"), ("Monday", D, "2026-01-12")]),
    (WED, "The amnesty expires at midnight Friday.", [("midnight Friday", T, "2026-01-16T24:00")]),
    (WED, "The deadline is 5 p.m. ET on Thursday.",
     [("5 p.m. ET", T, "2026-01-15T17:00"), ("Thursday", D, "2026-01-15")]),
    (WED, "Snow began falling late Tuesday afternoon.", [("late Tuesday afternoon", T, "2026-01-13TAF", "END")]),
    (WED, "The rally will be held on Saturday morning.", [("Saturday morning", T, "2026-01-17TMO")]),
    (WED, "The storm intensified overnight.", [("overnight", T, "2026-01-13TNI")]),
    (WED, "The crash occurred at 7:25 p.m. yesterday.", [("7:25 p.m. yesterday", T, "2026-01-13T19:25")]),
    (WED, "Officials briefed reporters this afternoon.", [("this afternoon", T, "2026-01-14TAF")]),
    (WED, "The verdict will be announced at noon tomorrow.", [("noon tomorrow", T, "2026-01-15T12:00")]),
    (WED, "The attack began before dawn on Sunday.", [("Sunday", D, "2026-01-11")]),
    (WED, "Trading halted at 1:42 p.m. on Friday.",
     [("1:42 p.m.", T, "2026-01-09T13:42"), ("Friday", D, "2026-01-09")]),
    (WED, "Police were called to the bar early Saturday.", [("early Saturday", D, "2026-01-10", "START")]),
    (WED, "The president landed in Paris on Monday evening.", [("Monday evening", T, "2026-01-12TEV")]),
    (WED, "The summit will open on Thursday morning.", [("Thursday morning", T, "2026-01-15TMO")]),
    (WED, "The gunfire lasted until around 3 a.m.", [("around 3 a.m.", T, "2026-01-14T03:00", "APPROX")]),
    (WED, "The water will be shut off at 10 tonight.", [("10 tonight", T, "2026-01-14T22:00")]),
    (WED, "The bank will announce its decision at 12:45 GMT on Thursday.",
     [("12:45 GMT", T, "2026-01-15T12:45"), ("Thursday", D, "2026-01-15")]),
    (WED, "The hurricane is due to make landfall late Friday night.",
     [("late Friday night", T, "2026-01-16TNI", "END")]),
    (WED, "Commuters were stranded on Tuesday night.", [("Tuesday night", T, "2026-01-13TNI")]),
]

ROUND2_DURATION = [
    (WED, "The minister spoke for almost two hours.", [("almost two hours", DUR, "PT2H", "LESS_THAN")]),
    (WED, "The firm signed a five-year lease.", [("five-year", DUR, "P5Y")]),
    (WED, "The blockade has lasted 100 days.", [("100 days", DUR, "P100D")]),
    (WED, "The country has been without a government for 18 months.", [("18 months", DUR, "P18M")]),
    (WED, "Construction will take about two and a half years.",
     [("about two and a half years", DUR, "P2Y6M", "APPROX")]),
    (WED, "The verdict came after three days of deliberations.", [("three days", DUR, "P3D")]),
    (WED, "Investors will be watching closely over the coming weeks.", [("the coming weeks", DUR, "PXW")]),
    (WED, "The rescue team reached the climbers within six hours.", [("six hours", DUR, "PT6H", "EQUAL_OR_LESS")]),
    (WED, "The peace talks have stalled for months.", [("months", DUR, "PXM")]),
    (WED, "The festival was cancelled for the first time in 40 years.", [("40 years", DUR, "P40Y")]),
    (WED, "The new law gives companies two years to comply.", [("two years", DUR, "P2Y")]),
    (WED, "He was freed after more than a decade in prison.", [("more than a decade", DUR, "P10Y", "MORE_THAN")]),
    (WED, "The court adjourned for 15 minutes.", [("15 minutes", DUR, "PT15M")]),
    (WED, "The hearing lasted an hour and a half.", [("an hour and a half", DUR, "PT1H30M")]),
    (WED, "The firm's profits have grown over the past two decades.", [("the past two decades", DUR, "P20Y")]),
    (WED, "A 90-day truce took effect.", [("90-day", DUR, "P90D")]),
    (WED, "The probe could take up to a year.", [("up to a year", DUR, "P1Y", "EQUAL_OR_LESS")]),
    (WED, "The government collapsed two months ago.", [("two months ago", D, "2025-11")]),
    (WED, "The president has two months left in office.", [("two months", DUR, "P2M")]),
    (WED, "The storm will bring rain for the next 48 hours.", [("the next 48 hours", DUR, "PT48H")]),
]

ROUND2_SET = [
    (WED, "The clinic is open on Saturdays and Sundays.",
     [("Saturdays", S, "XXXX-WXX-6"), ("Sundays", S, "XXXX-WXX-7")]),
    (WED, "The ferry runs three times a week.", [("three times a week", S, "P1W")]),
    (WED, "The magazine comes out every other month.", [("every other month", S, "P2M")]),
    (WED, "The index is recalculated every 15 minutes.", [("every 15 minutes", S, "PT15M")]),
    (WED, "The team trains each afternoon.", [("each afternoon", S, "XXXX-XX-XXTAF")]),
    (WED, "Residents hold a vigil every Friday night.", [("every Friday night", S, "XXXX-WXX-5TNI")]),
    (WED, "The bonds pay interest twice a year.", [("twice a year", S, "P1Y")]),
    (WED, "The survey is conducted every spring.", [("every spring", S, "XXXX-SP")]),
    (WED, "The inflation figures are published monthly.", [("monthly", S, "P1M")]),
    (WED, "He visits the village every August.", [("every August", S, "XXXX-08")]),
    (WED, "Doctors see patients on Tuesdays and Thursdays.",
     [("Tuesdays", S, "XXXX-WXX-2"), ("Thursdays", S, "XXXX-WXX-4")]),
    (WED, "The sirens are tested once a month.", [("once a month", S, "P1M")]),
    (WED, "The buses come every 45 minutes.", [("every 45 minutes", S, "PT45M")]),
]

ROUND2_FALSE_ALARM = [
    (WED, "The century-old bridge was demolished.", []),
    (WED, "Nurses are paid $45 an hour.", []),
    (WED, "The storm packed winds of 150 miles an hour.", []),
    (WED, "The 12-year-old girl won the contest.", []),
    (WED, "The field produces 20,000 barrels a day.", []),
    (WED, "The 18-year-old was charged with murder.", []),
    (WED, "Parking costs $5 per hour.", []),
    (WED, "The seven-year-old twins were unhurt.", []),
    (WED, "Membership costs $10 a month.", []),
]

ROUND2 = ROUND2_TIME + ROUND2_DURATION + ROUND2_SET + ROUND2_FALSE_ALARM

SAT = dt.date(2026, 6, 13)  # a Saturday, ISO week 24 (8-14 June)

# a harder third round, written after the round 2 fix and annotated before the tagger was run on it
ROUND3_TIME = [
    (SAT, "The bomb went off at midday on Friday.", [("midday", T, "2026-06-12T12:00"), ("Friday", D, "2026-06-12")]),
    (SAT, "Fans began queuing at 5 o'clock this morning.",  # annotation corrected after the run (see the docstring)
     [("5 o'clock", T, "2026-06-13T05:00"), ("this morning", T, "2026-06-13TMO")]),
    (SAT, "The suspect was arrested at 2330 GMT on Thursday.",
     [("2330 GMT", T, "2026-06-11T23:30"), ("Thursday", D, "2026-06-11")]),
    (SAT, "Protesters gathered in the square late Friday afternoon.",
     [("late Friday afternoon", T, "2026-06-12TAF", "END")]),
    (SAT, "The ferry leaves at 7:15 on Monday morning.",
     [("7:15", T, "2026-06-15T07:15"), ("Monday morning", T, "2026-06-15TMO")]),
    (SAT, "The tremor struck just after 10 p.m. last night.", [("10 p.m. last night", T, "2026-06-12T22:00")]),
    (SAT, "Lawmakers worked into the early hours of Saturday.", [("Saturday", D, "2026-06-13")]),
    (SAT, "The parade starts at 11 a.m. Sunday in Lisbon.", [("11 a.m. Sunday", T, "2026-06-14T11:00")]),
    (SAT, "The storm will be at its worst on Sunday evening.", [("Sunday evening", T, "2026-06-14TEV")]),
    (SAT, "Witnesses said the shots rang out at around 1:30 a.m. Friday.",
     [("around 1:30 a.m. Friday", T, "2026-06-12T01:30", "APPROX")]),
    (SAT, "The central bank will publish its decision at 14:00 on Thursday.",
     [("14:00", T, "2026-06-18T14:00"), ("Thursday", D, "2026-06-18")]),
    (SAT, "The marathon started at 7 o'clock.", [("7 o'clock", T, "2026-06-13T07:00")]),
    (SAT, "The fire was still burning this evening.", [("this evening", T, "2026-06-13TEV")]),
    (SAT, "The blast was heard across the city on Wednesday night.", [("Wednesday night", T, "2026-06-10TNI")]),
    (SAT, "The talks broke up in the small hours of Tuesday.", [("Tuesday", D, "2026-06-09")]),
]

ROUND3_DURATION = [
    (SAT, "Doctors fought for 36 hours to save him.", [("36 hours", DUR, "PT36H")]),
    (SAT, "The hours-long standoff ended peacefully.", [("hours-long", DUR, "PTXH")]),
    (SAT, "The exhibition closes in a fortnight.", [("a fortnight", DUR, "P2W")]),
    (SAT, "At least 12 people have died in the past 48 hours.", [("the past 48 hours", DUR, "PT48H")]),
    (SAT, "The team went 14 months without a win.", [("14 months", DUR, "P14M")]),
    (SAT, "The bridge was shut for a week-long inspection.", [("week-long", DUR, "P1W")]),
    (SAT, "She has led the party for nearly a quarter of a century.",
     [("nearly a quarter of a century", DUR, "P25Y", "LESS_THAN")]),
    (SAT, "Fighting erupted within minutes of the announcement.", [("minutes", DUR, "PTXM")]),
    (SAT, "The firm has 30 days to respond.", [("30 days", DUR, "P30D")]),
    (SAT, "Talks lasted six and a half hours.", [("six and a half hours", DUR, "PT6H30M")]),
    (SAT, "The jury deliberated for two days before reaching a verdict.", [("two days", DUR, "P2D")]),
    (SAT, "The truce has largely held for the past fortnight.", [("the past fortnight", DUR, "P2W")]),
    (SAT, "The rebels have fought the government for half a century.", [("half a century", DUR, "P50Y")]),
    (SAT, "The launch was delayed by 24 hours.", [("24 hours", DUR, "PT24H")]),
    (SAT, "The last 12 months have been difficult.", [("The last 12 months", DUR, "P12M")]),
    (SAT, "The airline cut flights for a three-week period.", [("three-week", DUR, "P3W")]),
    (SAT, "The child had been missing for 72 hours.", [("72 hours", DUR, "PT72H")]),
]

ROUND3_SET = [
    (SAT, "Talks resume every few days.", [("every few days", S, "PXD")]),
    (SAT, "Inspectors visit the plant once every two years.", [("once every two years", S, "P2Y")]),
    (SAT, "The market is open every Sunday afternoon.", [("every Sunday afternoon", S, "XXXX-WXX-7TAF")]),
    (SAT, "He runs 10 kilometres each day.", [("each day", S, "P1D")]),
    (SAT, "The pills are taken every 12 hours.", [("every 12 hours", S, "PT12H")]),
    (SAT, "The paper appears every Thursday and Saturday.",
     [("every Thursday", S, "XXXX-WXX-4"), ("Saturday", S, "XXXX-WXX-6")]),
    (SAT, "Staff are tested each week.", [("each week", S, "P1W")]),
    (SAT, "The town celebrates its founding every June.", [("every June", S, "XXXX-06")]),
    (SAT, "The lighthouse flashes every 10 seconds.", [("every 10 seconds", S, "PT10S")]),
]

ROUND3_FALSE_ALARM = [
    (SAT, "The 50-year-old building was evacuated.", []),
    (SAT, "Trains reached speeds of 300 kilometres an hour.", []),
    (SAT, "The drug costs $2,000 a month.", []),
    (SAT, "The firm sells 5,000 cars a week.", []),
    (SAT, "A three-year-old child was among the injured.", []),
    (SAT, "He was paid $15 per hour.", []),
    (SAT, "The hurricane's winds reached 160 mph.", []),
]

ROUND3 = ROUND3_TIME + ROUND3_DURATION + ROUND3_SET + ROUND3_FALSE_ALARM

MON = dt.date(2027, 3, 8)  # a Monday, ISO week 10 (8-14 March)

# a fourth round, written after the round 3 fixes and annotated before the tagger was run on it
ROUND4_TIME = [
    (MON, "The bomb exploded at 9:10 a.m. on Sunday. Three hours later, a second blast hit the market.",
     [("9:10 a.m.", T, "2027-03-07T09:10"), ("Sunday", D, "2027-03-07"), ("Three hours later", T, "2027-03-07T12:10")]),
    (MON, "The plane left Lagos at 10 p.m. on Friday and landed six hours later.",
     [("10 p.m.", T, "2027-03-05T22:00"), ("Friday", D, "2027-03-05"), ("six hours later", T, "2027-03-06T04:00")]),
    (MON, "The curfew runs from 8 p.m. to 6 a.m.", [("8 p.m.", T, "2027-03-08T20:00"), ("6 a.m.", T, "2027-03-09T06:00")]),
    (MON, "The minister will make a statement later today.", [("later today", D, "2027-03-08")]),
    (MON, "The road will stay closed until 6 a.m. Wednesday.", [("6 a.m. Wednesday", T, "2027-03-10T06:00")]),
    (MON, "The blackout lasted from 2 p.m. to 7 p.m. on Saturday.",
     [("2 p.m.", T, "2027-03-06T14:00"), ("7 p.m.", T, "2027-03-06T19:00"), ("Saturday", D, "2027-03-06")]),
    (MON, "Firefighters arrived at 3:20 a.m., 10 minutes after the alarm.",
     [("3:20 a.m.", T, "2027-03-08T03:20"), ("10 minutes", DUR, "PT10M")]),
    (MON, "The station reopened at midday yesterday.", [("midday yesterday", T, "2027-03-07T12:00")]),
    (MON, "The parliament debate is set for 3 p.m. Thursday.", [("3 p.m. Thursday", T, "2027-03-11T15:00")]),
    (MON, "Crowds gathered early this evening.", [("early this evening", T, "2027-03-08TEV", "START")]),
    (MON, "The last train leaves at 11.45pm.", [("11.45pm", T, "2027-03-08T23:45")]),
    (MON, "The opposition has called a rally for Sunday afternoon.", [("Sunday afternoon", T, "2027-03-14TAF")]),
    (MON, "Gunmen attacked the convoy at about 6 o'clock on Thursday evening.",
     [("about 6 o'clock", T, "2027-03-04T18:00", "APPROX"), ("Thursday evening", T, "2027-03-04TEV")]),
    (MON, "The ship docked at 0845 local time on Friday.", [("0845", T, "2027-03-05T08:45"), ("Friday", D, "2027-03-05")]),
    (MON, "He was last seen leaving the bar at 1 a.m. Saturday.", [("1 a.m. Saturday", T, "2027-03-06T01:00")]),
]

ROUND4_DURATION = [
    (MON, "The plant has been shut for the past several months.", [("the past several months", DUR, "PXM")]),
    (MON, "Police have 96 hours to charge the suspects.", [("96 hours", DUR, "PT96H")]),
    (MON, "The first 48 hours are crucial, investigators said.", [("The first 48 hours", DUR, "PT48H")]),
    (MON, "The team conceded twice in the final 10 minutes.", [("the final 10 minutes", DUR, "PT10M")]),
    (MON, "Temperatures have risen over the last decade.", [("the last decade", DUR, "P10Y")]),
    (MON, "The bill has been stuck in committee for a year and three months.",
     [("a year and three months", DUR, "P1Y3M")]),
    (MON, "The gunfight lasted 20 minutes.", [("20 minutes", DUR, "PT20M")]),
    (MON, "The court gave the government until Friday to respond.", [("Friday", D, "2027-03-12")]),
    (MON, "The ship was stranded at sea for 11 days.", [("11 days", DUR, "P11D")]),
    (MON, "Fans waited hours for the gates to open.", [("hours", DUR, "PTXH")]),
    (MON, "It was the party's worst result in a century.", [("a century", DUR, "P100Y")]),
    (MON, "Her three-decade career ended in scandal.", [("three-decade", DUR, "P30Y")]),
    (MON, "The network went dark for about 40 minutes.", [("about 40 minutes", DUR, "PT40M", "APPROX")]),
    (MON, "The suspect was released after 36 hours in custody.", [("36 hours", DUR, "PT36H")]),
    (MON, "The treaty will expire in 10 years.", [("10 years", DUR, "P10Y")]),
]

ROUND4_SET = [
    (MON, "The newspaper is delivered every day.", [("every day", S, "P1D")]),
    (MON, "The choir meets on Monday nights.", [("Monday nights", S, "XXXX-WXX-1TNI")]),
    (MON, "The pool is closed every weekday.", [("every weekday", S, "XXXX-WXX-WD")]),
    (MON, "The rates are reviewed twice a month.", [("twice a month", S, "P1M")]),
    (MON, "The patrol boat circles the island each night.", [("each night", S, "XXXX-XX-XXTNI")]),
    (MON, "The trains are inspected every Tuesday and Thursday.",
     [("every Tuesday", S, "XXXX-WXX-2"), ("Thursday", S, "XXXX-WXX-4")]),
    (MON, "Interest is paid yearly.", [("yearly", S, "P1Y")]),
    (MON, "The buses run every 20 minutes on Sundays.", [("every 20 minutes", S, "PT20M"), ("Sundays", S, "XXXX-WXX-7")]),
    (MON, "The clinic holds free sessions on Wednesday afternoons.", [("Wednesday afternoons", S, "XXXX-WXX-3TAF")]),
    (MON, "The forum meets every January in Davos.", [("every January", S, "XXXX-01")]),
]

ROUND4_FALSE_ALARM = [
    (MON, "The 25-year-old midfielder signed for the club.", []),
    (MON, "Water use rose to 400 litres a day.", []),
    (MON, "The storm moved north at 15 miles per hour.", []),
    (MON, "Tuition costs $30,000 a year.", []),
    (MON, "The firm was founded by a 19-year-old student.", []),
    (MON, "Drivers earn about $25 an hour.", []),
]

ROUND4 = ROUND4_TIME + ROUND4_DURATION + ROUND4_SET + ROUND4_FALSE_ALARM

THU2 = dt.date(2025, 11, 20)  # a Thursday, ISO week 47 (17-23 November)

# a fifth round of short passages (clock times anchored across sentences, sets beside durations), written after
# the round 4 fix and annotated before the tagger was run on it
ROUND5_PASSAGES = [
    (THU2, "A fire broke out at a warehouse in Manchester at about 2 a.m. on Wednesday. Firefighters brought it under "
     "control within three hours, and the building was handed back to its owners by noon.",
     [("about 2 a.m.", T, "2025-11-19T02:00", "APPROX"), ("Wednesday", D, "2025-11-19"),
      ("three hours", DUR, "PT3H", "EQUAL_OR_LESS"), ("noon", T, "2025-11-19T12:00")]),
    (THU2, "The talks began on Monday morning and ran for 14 hours. Negotiators will meet again next Tuesday.",
     [("Monday morning", T, "2025-11-17TMO"), ("14 hours", DUR, "PT14H"), ("next Tuesday", D, "2025-11-25")]),
    (THU2, "Polls opened at 7 a.m. on Sunday and closed at 8 p.m. Turnout was the highest in two decades.",
     [("7 a.m.", T, "2025-11-16T07:00"), ("Sunday", D, "2025-11-16"), ("8 p.m.", T, "2025-11-16T20:00"),
      ("two decades", DUR, "P20Y")]),
    (THU2, "The rocket launched at 6:02 p.m. EST on Tuesday. About nine minutes later, the satellite separated from the "
     "upper stage.",
     [("6:02 p.m. EST", T, "2025-11-18T18:02"), ("Tuesday", D, "2025-11-18"),
      ("About nine minutes later", T, "2025-11-18T18:11")]),
    (THU2, "The museum, which opens every day except Mondays, will close for three weeks in January for repairs.",
     [("every day", S, "P1D"), ("Mondays", S, "XXXX-WXX-1"), ("three weeks", DUR, "P3W"), ("January", D, "2026-01")]),
    (THU2, "The strike will begin at midnight on Sunday and last 48 hours. Unions have staged walkouts every month "
     "since June.",
     [("midnight", T, "2025-11-23T24:00"), ("Sunday", D, "2025-11-23"), ("48 hours", DUR, "PT48H"),
      ("every month", S, "P1M"), ("June", D, "2025-06")]),
    (THU2, "The suspect was arrested late Tuesday night after a two-day manhunt. He appeared in court this morning.",
     [("late Tuesday night", T, "2025-11-18TNI", "END"), ("two-day", DUR, "P2D"), ("this morning", T, "2025-11-20TMO")]),
    (THU2, "The ferry sank on Saturday afternoon. Divers searched the wreck for hours, and the coast guard will resume "
     "the search at first light on Friday.",
     [("Saturday afternoon", T, "2025-11-15TAF"), ("hours", DUR, "PTXH"), ("Friday", D, "2025-11-21")]),
    (THU2, "The band plays twice a week at the club, usually on Fridays and Saturdays, and has done so for 30 years.",
     [("twice a week", S, "P1W"), ("Fridays", S, "XXXX-WXX-5"), ("Saturdays", S, "XXXX-WXX-6"),
      ("30 years", DUR, "P30Y")]),
    (THU2, "The earthquake hit at 11:47 p.m. on Monday. Aftershocks continued overnight, and schools will stay closed "
     "for the rest of the week.",
     [("11:47 p.m.", T, "2025-11-17T23:47"), ("Monday", D, "2025-11-17"), ("overnight", T, "2025-11-17TNI"),
      ("the week", D, "2025-W47")]),
    (THU2, "The central bank meets every six weeks. At its last meeting, on Oct. 29, it held rates steady for the third "
     "time in a row.",
     [("every six weeks", S, "P6W"), ("Oct. 29", D, "2025-10-29")]),
    (THU2, "Flights were grounded for nearly six hours on Wednesday after a computer failure. Services returned to "
     "normal by 9 p.m.",
     [("nearly six hours", DUR, "PT6H", "LESS_THAN"), ("Wednesday", D, "2025-11-19"), ("9 p.m.", T, "2025-11-19T21:00")]),
    (THU2, "The 19-year-old was detained on Friday evening. Police have until Monday to charge him.",
     [("Friday evening", T, "2025-11-14TEV"), ("Monday", D, "2025-11-24")]),
    (THU2, "Temperatures will drop sharply tonight and stay below freezing for the next five days.",
     [("tonight", T, "2025-11-20TNI"), ("the next five days", DUR, "P5D")]),
    (THU2, "The hearing, scheduled for 10 a.m. Monday, is expected to last about four hours.",
     [("10 a.m. Monday", T, "2025-11-24T10:00"), ("about four hours", DUR, "PT4H", "APPROX")]),
    (THU2, "Protesters have camped outside the ministry for 40 days. They gather each evening at 6 p.m. to chant "
     "slogans.",
     [("40 days", DUR, "P40D"), ("each evening", S, "XXXX-XX-XXTEV"), ("6 p.m.", T, "XXXX-XX-XXT18:00")]),
    (THU2, "The minister said on Wednesday that the reforms would take at least a year. Parliament votes on the plan "
     "in two weeks.",
     [("Wednesday", D, "2025-11-19"), ("at least a year", DUR, "P1Y", "EQUAL_OR_MORE"), ("two weeks", DUR, "P2W")]),
    (THU2, "The trains run hourly on weekends, but every 15 minutes on weekdays.",
     [("hourly", S, "PT1H"), ("weekends", S, "XXXX-WXX-WE"), ("every 15 minutes", S, "PT15M"),
      ("weekdays", S, "XXXX-WXX-WD")]),
]

FRI3 = dt.date(2026, 10, 16)  # a Friday, ISO week 42 (12-18 October)

# a sixth round, written after the round 5 fixes and annotated before the tagger was run on it
ROUND6 = [
    (FRI3, "The fire alarm sounded at 12:15 p.m. on Thursday, and the building was evacuated within 10 minutes.",
     [("12:15 p.m.", T, "2026-10-15T12:15"), ("Thursday", D, "2026-10-15"), ("10 minutes", DUR, "PT10M", "EQUAL_OR_LESS")]),
    (FRI3, "The storm is expected to reach the coast by late Saturday.", [("late Saturday", D, "2026-10-17", "END")]),
    (FRI3, "The markets closed at 4 p.m. New York time.", [("4 p.m.", T, "2026-10-16T16:00")]),
    (FRI3, "The royal couple will arrive at 11:30 a.m. on Sunday and leave at 3 p.m.",
     [("11:30 a.m.", T, "2026-10-18T11:30"), ("Sunday", D, "2026-10-18"), ("3 p.m.", T, "2026-10-18T15:00")]),
    (FRI3, "The explosion happened at about half past eight on Monday evening.",
     [("about half past eight", T, "2026-10-12T20:30", "APPROX"), ("Monday evening", T, "2026-10-12TEV")]),
    (FRI3, "Officials expect results early tomorrow morning.", [("early tomorrow morning", T, "2026-10-17TMO", "START")]),
    (FRI3, "The accident occurred late Wednesday afternoon on the M4.",
     [("late Wednesday afternoon", T, "2026-10-14TAF", "END")]),
    (FRI3, "The summit ended at 1 a.m. today.", [("1 a.m. today", T, "2026-10-16T01:00")]),
    (FRI3, "The gates open at 6:30 tonight.", [("6:30 tonight", T, "2026-10-16T18:30")]),
    (FRI3, "Gunfire was heard in the capital on Sunday night and early Monday.",
     [("Sunday night", T, "2026-10-11TNI"), ("early Monday", D, "2026-10-12", "START")]),
    (FRI3, "The drought is the worst in 120 years.", [("120 years", DUR, "P120Y")]),
    (FRI3, "He has spent most of the past decade abroad.", [("the past decade", DUR, "P10Y")]),
    (FRI3, "The ceasefire has held for almost a month.", [("almost a month", DUR, "P1M", "LESS_THAN")]),
    (FRI3, "Ministers met for a marathon 18-hour session.", [("18-hour", DUR, "PT18H")]),
    (FRI3, "The country has had four prime ministers in five years.", [("five years", DUR, "P5Y")]),
    (FRI3, "Half a million people fled in the first two weeks of the war.", [("the first two weeks", DUR, "P2W")]),
    (FRI3, "The vote was postponed by a month.", [("a month", DUR, "P1M")]),
    (FRI3, "The company's shares have lost a third of their value in six weeks.", [("six weeks", DUR, "P6W")]),
    (FRI3, "The airport will be closed for 36 hours from Saturday.",
     [("36 hours", DUR, "PT36H"), ("Saturday", D, "2026-10-17")]),
    (FRI3, "The team has not won away from home in 14 months.", [("14 months", DUR, "P14M")]),
    (FRI3, "Ambulances are dispatched every few minutes.", [("every few minutes", S, "PTXM")]),
    (FRI3, "The paper prints a correction every week.", [("every week", S, "P1W")]),
    (FRI3, "The lottery draw takes place on Wednesdays and Saturdays.",
     [("Wednesdays", S, "XXXX-WXX-3"), ("Saturdays", S, "XXXX-WXX-6")]),
    (FRI3, "The tanks are refilled every other day.", [("every other day", S, "P2D")]),
    (FRI3, "The ministry briefs reporters every afternoon.", [("every afternoon", S, "XXXX-XX-XXTAF")]),
    (FRI3, "The king addresses the nation every Christmas Day.", [("every Christmas Day", S, "XXXX-12-25")]),
    (FRI3, "The council meets four times a year.", [("four times a year", S, "P1Y")]),
    (FRI3, "The 90-year-old woman was rescued.", []),
    (FRI3, "The dam releases 500 cubic metres of water per second.", []),
    (FRI3, "The rate on a 15-year loan fell.", [("15-year", DUR, "P15Y")]),
    (FRI3, "Subscribers pay $9.99 a month.", []),
]

# (publication date, sentence, expected, why the tagger still differs)
KNOWN_MISSES = [
    (TUE, "Shares have fallen 20 percent in the past month.", [("the past month", DUR, "P1M")],
     "tagged 2025-03 (DATE): after 'in', 'the past month/year' is read as the last calendar one, as TimeBank "
     "often does; 'over the past month' gives the duration"),
    (SAT, "She works 60 hours a week.", [],
     "tagged SET P1W ('60 hours a week'); unsettled rather than wrong: the project tags 'three days a week' as a SET "
     "but leaves 'open 24 hours a day' untagged"),
    # probes tried while fixing (not held out)
    (WED, "The deadline is 17:00 on Thursday.", [("17:00", T, "2026-01-15T17:00"), ("Thursday", D, "2026-01-15")],
     "a bare 24-hour clock without 'at' or a zone is left untagged (it could be a score or a ratio)"),
    (WED, "The satellites pass overhead dozens of times a day.", [("dozens of times a day", S, "P1D")],
     "the set pattern knows 'several/many/a few times', not 'dozens of times'"),
]

# regression cases written while fixing; not held out
AFTER_FIRST_RUN = [
    (TUE, "Talks could take months, if not years.", [("months", DUR, "PXM"), ("years", DUR, "PXY")]),
    (TUE, "Those were the days, not years.", []),  # "the days" is a noun phrase, not an amount with an alternative
    (TUE, "It could take days or even weeks.", [("days", DUR, "PXD"), ("weeks", DUR, "PXW")]),
    (TUE, "It could take years, not months.", [("years", DUR, "PXY"), ("months", DUR, "PXM")]),
    (TUE, "He calls his mother a few times a year.", [("a few times a year", S, "P1Y")]),
    (TUE, "Staff are tested many times a week.", [("many times a week", S, "P1W")]),
    (TUE, "He has been there many times.", []),
    (WED, "The deadline is 5 p.m. on Thursday.", [("5 p.m.", T, "2026-01-15T17:00"), ("Thursday", D, "2026-01-15")]),
    (WED, "The vote is at 9 a.m. local time on Saturday.",
     [("9 a.m.", T, "2026-01-17T09:00"), ("Saturday", D, "2026-01-17")]),
    (WED, "Bids are due at 11:59 p.m. Eastern time on Friday.",
     [("11:59 p.m.", T, "2026-01-16T23:59"), ("Friday", D, "2026-01-16")]),
    (WED, "The deadline is at 11:59 p.m. Eastern time on Friday.",
     [("11:59 p.m.", T, "2026-01-16T23:59"), ("Friday", D, "2026-01-16")]),
    (WED, "The deadline was 5 p.m. on Thursday.", [("5 p.m.", T, "2026-01-08T17:00"), ("Thursday", D, "2026-01-08")]),
    (SAT, "The ferry leaves at 7:15 on Monday.", [("7:15", T, "2026-06-15T07:15"), ("Monday", D, "2026-06-15")]),
    (SAT, "The ferry left at 7:15 on Monday morning.",
     [("7:15", T, "2026-06-08T07:15"), ("Monday morning", T, "2026-06-08TMO")]),
    (SAT, "The show starts at 7:30 on Friday evening.",
     [("7:30", T, "2026-06-19T19:30"), ("Friday evening", T, "2026-06-19TEV")]),
    (SAT, "The raid began at 11:30 on Thursday night.",
     [("11:30", T, "2026-06-11T23:30"), ("Thursday night", T, "2026-06-11TNI")]),
    (SAT, "The show started at 8 p.m. on Friday night.",
     [("8 p.m.", T, "2026-06-12T20:00"), ("Friday night", T, "2026-06-12TNI")]),
    (SAT, "The ceasefire will hold for the next fortnight.", [("the next fortnight", DUR, "P2W")]),
    (SAT, "The committee meets fortnightly.", [("fortnightly", S, "P2W")]),
    (SAT, "He calls his sister twice each month.", [("twice each month", S, "P1M")]),
    (SAT, "Once every year, the town holds a fair.", [("Once every year", S, "P1Y")]),
    (MON, "Shots were fired at around 8:30 on Thursday night.",
     [("around 8:30", T, "2027-03-04T20:30", "APPROX"), ("Thursday night", T, "2027-03-04TNI")]),
    (THU2, "The fighting, which began on Tuesday morning, raged overnight.",
     [("Tuesday morning", T, "2025-11-18TMO"), ("overnight", T, "2025-11-18TNI")]),
    (THU2, "Protests erupted on Monday. Police made 40 arrests overnight.",
     [("Monday", D, "2025-11-17"), ("overnight", T, "2025-11-19TNI")]),
    (THU2, "Talks will continue overnight.", [("overnight", T, "2025-11-20TNI")]),
    (THU2, "Markets returned to normal by Friday.", [("Friday", D, "2025-11-14")]),
    (THU2, "The company returned to profit by March.", [("March", D, "2025-03")]),
    (THU2, "He hopes to return to work by Friday.", [("Friday", D, "2025-11-21")]),
    (FRI3, "The blast came at a quarter to nine on Monday evening.",
     [("a quarter to nine", T, "2026-10-12T20:45"), ("Monday evening", T, "2026-10-12TEV")]),
    (FRI3, "The show started at 8 a.m. on Friday morning.",
     [("8 a.m.", T, "2026-10-16T08:00"), ("Friday morning", T, "2026-10-16TMO")]),
]


@pytest.mark.parametrize("published, sentence, expected", CASES, ids=[c[1][:60] for c in CASES])
def test_timesets_heldout_sentence(published, sentence, expected):
    check_sentence(published, sentence, expected)


@pytest.mark.parametrize("published, sentence, expected", ROUND2, ids=[c[1][:60] for c in ROUND2])
def test_timesets_round2_sentence(published, sentence, expected):
    check_sentence(published, sentence, expected)


@pytest.mark.parametrize("published, sentence, expected", ROUND3, ids=[c[1][:60] for c in ROUND3])
def test_timesets_round3_sentence(published, sentence, expected):
    check_sentence(published, sentence, expected)


@pytest.mark.parametrize("published, sentence, expected", ROUND4, ids=[c[1][:60] for c in ROUND4])
def test_timesets_round4_sentence(published, sentence, expected):
    check_sentence(published, sentence, expected)


@pytest.mark.parametrize("published, sentence, expected", ROUND5_PASSAGES, ids=[c[1][:60] for c in ROUND5_PASSAGES])
def test_timesets_round5_passage(published, sentence, expected):
    check_sentence(published, sentence, expected)


@pytest.mark.parametrize("published, sentence, expected", ROUND6, ids=[c[1][:60] for c in ROUND6])
def test_timesets_round6_sentence(published, sentence, expected):
    check_sentence(published, sentence, expected)


@pytest.mark.parametrize("published, sentence, expected", AFTER_FIRST_RUN, ids=[c[1][:60] for c in AFTER_FIRST_RUN])
def test_timesets_regression_sentence(published, sentence, expected):
    check_sentence(published, sentence, expected)
