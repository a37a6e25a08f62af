"""Held-out news sentences on holidays, seasons and named periods, with the year that tense and the publication date
give, written by an independent examiner before running the tagger.

Families: (a) a holiday next to a date or weekday, around the holiday itself; (b) seasons by tense and publication
date; (c) named periods and events; (d) holiday years in reported speech and plans; (e) false alarms.
Every expected value was fixed from docs/timex3-values.md and TimeML conventions before the first run.
Decisions, kept from the earlier held-out files where they had one:
- winter belongs to the year it starts in (TBAQ: "the winter of nineteen ninety-four" 1994-WI; the tagger's rule), so
  "this winter" written in January 2026 is 2025-WI;
- "early autumn" / "late fall" are the season with mod START / END (TBAQ: "the early summer" mod START);
- "the day (Sunday) after Thanksgiving" is one DATE, as "the day after tomorrow" is;
- "the Christmas holidays" / "the Christmas period": "Christmas" is the day (a holiday period has no value of its own);
- not time expressions: "the holiday season", "spring break", "Lent", "Ramadan" and "Super Tuesday" (no fixed or
  computable day in the Gregorian calendar, or a span TimeML gives no value), "a Thanksgiving turkey", "Halloween
  costumes" (a kind of thing, as "Halloween candy sales"), "the Summer Olympics", place and person names;
- a holiday weekend is the ISO week's weekend ("Mother's Day weekend" 2026-W19-WE), "Holy Week" the ISO week.
Dropped before the first run as genuinely ambiguous: "the week before Easter" (the ISO week before Easter's, or Holy
Week, which is Easter's ISO week), "next spring" written in January (the coming spring or the one after).
First run (ROUND1): 89 of 96 passed. By family: (a) holiday beside a day 16/20 ("The office reopens Monday after
Christmas" written on Boxing Day took next year's Christmas; "the day after Thanksgiving", "the Sunday after
Thanksgiving" and "the week after Easter" split, the holiday alone tagged), (b) seasons 21/21, (c) named periods 19/20
("Mother's Day weekend": only the day), (d) reported speech and plans 17/17, (e) false alarms 16/18 ("A nuclear
winter", "Spring water" tagged).
ROUND2 (48 sentences, weighted to families (a) and (e); written after round 1's fixes and before running the tagger on
it) first ran 45 of 48: (a) 18/18, (b) 6/6, (c) 5/7 ("the Fourth of July weekend" cut to "the Fourth of July": a
holiday name starting with "the" failed the capital test; "close for Martin Luther King Day on Monday" took today's
Monday, not the holiday's), (d) 5/5, (e) 11/12 ("The spring tide" tagged). Decision for ROUND2: "Diwali", like
"Ramadan", is no time expression (a lunar date the tagger has no table for).
ROUND3 (16 sentences putting round 1 and 2's rules to other holidays and years, written before running the tagger on
it) first ran 16 of 16.
AFTER_FIRST_RUN holds regression cases written while fixing; they are not held out.
"""
from __future__ import annotations

import datetime as dt

import pytest

from tests.test_tagger_handwritten import test_handwritten_sentence as check_sentence

D = "DATE"
D26 = dt.date(2025, 12, 26)  # Friday, Boxing Day; Christmas 2025 was Thursday
D30 = dt.date(2025, 12, 30)  # Tuesday, ISO 2026-W01
J1 = dt.date(2026, 1, 1)  # Thursday, New Year's Day
J15 = dt.date(2026, 1, 15)  # Thursday, mid-winter
NOV20 = dt.date(2025, 11, 20)  # Thursday a week before Thanksgiving (27 Nov 2025)
DEC2 = dt.date(2025, 12, 2)  # Tuesday after Cyber Monday (1 Dec 2025)
DEC10 = dt.date(2025, 12, 10)  # Wednesday, early winter
MAR20 = dt.date(2026, 3, 20)  # Friday, two weeks before Easter (5 April 2026)
APR8 = dt.date(2026, 4, 8)  # Wednesday after Easter
JUL = dt.date(2026, 7, 15)  # Wednesday, mid-summer
OCT = dt.date(2025, 10, 15)  # Wednesday, autumn

HOLIDAY_BESIDE_DAY = [
    (D26, "The office reopens Monday after Christmas.", [("Monday", D, "2025-12-29"), ("Christmas", D, "2025-12-25")]),
    (dt.date(2025, 12, 29), "Shops were closed on Boxing Day.", [("Boxing Day", D, "2025-12-26")]),
    (dt.date(2025, 12, 22), "Most shops will be closed on Boxing Day.", [("Boxing Day", D, "2025-12-26")]),
    (NOV20, "Retailers expect huge crowds the day after Thanksgiving.", [("the day after Thanksgiving", D, "2025-11-28")]),
    (dt.date(2026, 11, 30), "Traffic was heavy on the Sunday after Thanksgiving.",
     [("the Sunday after Thanksgiving", D, "2026-11-29")]),
    (APR8, "Banks were closed on Easter Monday.", [("Easter Monday", D, "2026-04-06")]),
    (MAR20, "Banks will be closed on Good Friday and Easter Monday.",
     [("Good Friday", D, "2026-04-03"), ("Easter Monday", D, "2026-04-06")]),
    (APR8, "Protesters marched through the city on Palm Sunday.", [("Palm Sunday", D, "2026-03-29")]),
    (DEC10, "Many families will travel over the Christmas holidays.", [("Christmas", D, "2025-12-25")]),
    (J1, "Fireworks lit up the harbour on New Year's Eve.", [("New Year's Eve", D, "2025-12-31")]),
    (D30, "Fireworks will light up the harbour on New Year's Eve.", [("New Year's Eve", D, "2025-12-31")]),
    (D30, "The new law takes effect on New Year's Day.", [("New Year's Day", D, "2026-01-01")]),
    (dt.date(2026, 1, 2), "The ferry sank on New Year's Day.", [("New Year's Day", D, "2026-01-01")]),
    (D26, "Flights were grounded on Christmas Eve and Christmas Day.",
     [("Christmas Eve", D, "2025-12-24"), ("Christmas Day", D, "2025-12-25")]),
    (D30, "Markets close early on New Year's Eve and reopen on Friday, Jan. 2.",
     [("New Year's Eve", D, "2025-12-31"), ("Friday, Jan. 2", D, "2026-01-02")]),
    (D26, "The museum, closed on Christmas Day, reopens on Saturday.",
     [("Christmas Day", D, "2025-12-25"), ("Saturday", D, "2025-12-27")]),
    (dt.date(2026, 1, 2), "The exchange reopened on Friday after the New Year's Day holiday.",
     [("Friday", D, "2026-01-02"), ("New Year's Day", D, "2026-01-01")]),
    (D26, "Trading was thin on Friday as markets reopened after Christmas.",
     [("Friday", D, "2025-12-26"), ("Christmas", D, "2025-12-25")]),
    (dt.date(2025, 12, 24), "Stores will reopen on Friday after Christmas Day.",
     [("Friday", D, "2025-12-26"), ("Christmas Day", D, "2025-12-25")]),
    (MAR20, "Schools return the week after Easter.", [("the week after Easter", D, "2026-W15")]),
]

SEASONS = [
    (DEC10, "Energy prices will rise this winter.", [("this winter", D, "2025-WI")]),
    (OCT, "Gas prices are expected to climb this winter.", [("this winter", D, "2025-WI")]),
    (J15, "Heating bills have soared this winter.", [("this winter", D, "2025-WI")]),
    (dt.date(2026, 2, 20), "Ski resorts have had little snow this winter.", [("this winter", D, "2025-WI")]),
    (J15, "The river froze last winter.", [("last winter", D, "2024-WI")]),
    (JUL, "The law was passed last winter.", [("last winter", D, "2025-WI")]),
    (J15, "Sales slumped last summer.", [("last summer", D, "2025-SU")]),
    (JUL, "The company will launch the phone next spring.", [("next spring", D, "2027-SP")]),
    (JUL, "The band last toured in the summer of 2019.", [("the summer of 2019", D, "2019-SU")]),
    (OCT, "The harvest was delayed until early autumn.", [("early autumn", D, "2025-FA", "START")]),
    (JUL, "The new stadium is due to open in late fall.", [("late fall", D, "2026-FA", "END")]),
    (NOV20, "Retailers are hiring extra staff for the holiday season.", []),
    (APR8, "Temperatures were unusually mild this past winter.", [("this past winter", D, "2025-WI")]),
    (APR8, "The company said sales picked up this spring.", [("this spring", D, "2026-SP")]),
    (OCT, "The drought lasted through the summer.", [("the summer", D, "2025-SU")]),
    (J15, "The new rules take effect in the spring.", [("the spring", D, "2026-SP")]),
    (J15, "The plant closed in the fall.", [("the fall", D, "2025-FA")]),
    (OCT, "The bill could pass by spring.", [("spring", D, "2026-SP")]),
    (JUL, "Prices fell sharply over the summer.", [("the summer", D, "2026-SU")]),
    (OCT, "Every summer the town hosts a jazz festival.", [("Every summer", "SET", "XXXX-SU")]),
    (JUL, "The company hired 500 people in the winter of 2024.", [("the winter of 2024", D, "2024-WI")]),
]

NAMED_PERIODS = [
    (dt.date(2026, 2, 20), "Candidates are campaigning ahead of Super Tuesday.", []),
    (dt.date(2026, 10, 1), "Voters go to the polls on Election Day.", [("Election Day", D, "2026-11-03")]),
    (dt.date(2026, 11, 10), "Turnout on Election Day was unusually high.", [("Election Day", D, "2026-11-03")]),
    (DEC2, "Shoppers spent a record amount online on Cyber Monday.", [("Cyber Monday", D, "2025-12-01")]),
    (NOV20, "Stores will open at dawn on Black Friday.", [("Black Friday", D, "2025-11-28")]),
    (dt.date(2025, 12, 3), "Online sales on Black Friday rose 9 percent.", [("Black Friday", D, "2025-11-28")]),
    (dt.date(2026, 5, 4), "Florists are busy ahead of Mother's Day weekend.",
     [("Mother's Day weekend", D, "2026-W19-WE")]),
    (dt.date(2026, 5, 11), "Restaurants were fully booked on Mother's Day.", [("Mother's Day", D, "2026-05-10")]),
    (DEC2, "Airports were packed over the Thanksgiving weekend.", [("Thanksgiving weekend", D, "2025-W48-WE")]),
    (dt.date(2026, 11, 20), "Airlines expect record traffic over Thanksgiving weekend.",
     [("Thanksgiving weekend", D, "2026-W48-WE")]),
    (dt.date(2026, 5, 20), "Beaches will be crowded over Memorial Day weekend.",
     [("Memorial Day weekend", D, "2026-W21-WE")]),
    (dt.date(2026, 5, 26), "Gas prices peaked over the Memorial Day weekend.",
     [("Memorial Day weekend", D, "2026-W21-WE")]),
    (dt.date(2026, 3, 2), "Colleges close for spring break next week.", [("next week", D, "2026-W11")]),
    (APR8, "Millions travelled over the Easter weekend.", [("Easter weekend", D, "2026-W14-WE")]),
    (MAR20, "Processions will fill the streets during Holy Week.", [("Holy Week", D, "2026-W14")]),
    (dt.date(2026, 2, 10), "Many Catholics give up chocolate for Lent.", []),
    (dt.date(2026, 2, 10), "Muslims will begin fasting for Ramadan next week.", [("next week", D, "2026-W08")]),
    (dt.date(2026, 2, 10), "Millions of Chinese are heading home for the Lunar New Year holiday.",
     [("Lunar New Year", D, "2026-02-17")]),
    (dt.date(2026, 2, 25), "Factories reopened after the Lunar New Year holiday.", [("Lunar New Year", D, "2026-02-17")]),
    (dt.date(2026, 4, 1), "Worshippers will gather on Maundy Thursday.", [("Maundy Thursday", D, "2026-04-02")]),
]

REPORTED_AND_PLANS = [
    (J15, "The company said the store would open by Christmas.", [("Christmas", D, "2026-12-25")]),
    (J15, "Sales fell over Christmas.", [("Christmas", D, "2025-12-25")]),
    (J15, "The minister promised the bridge would be finished before Easter.", [("Easter", D, "2026-04-05")]),
    (dt.date(2026, 6, 10), "Officials said the flood barrier had been built before Easter.", [("Easter", D, "2026-04-05")]),
    (OCT, "The retailer said it expects strong sales at Christmas.", [("Christmas", D, "2025-12-25")]),
    (J15, "Retailers reported weak sales at Christmas, the trade body said.", [("Christmas", D, "2025-12-25")]),
    (dt.date(2026, 9, 1), "The mayor said the rink would open in time for Thanksgiving.",
     [("Thanksgiving", D, "2026-11-26")]),
    (dt.date(2026, 1, 10), "The chain said it had hired 10,000 temporary workers for Thanksgiving.",
     [("Thanksgiving", D, "2025-11-27")]),
    (dt.date(2026, 2, 5), "Officials said the vaccine would be available by Easter.", [("Easter", D, "2026-04-05")]),
    (dt.date(2026, 5, 5), "The pastor said attendance was up at Easter.", [("Easter", D, "2026-04-05")]),
    (dt.date(2026, 3, 1), "He told reporters the troops would be home by Christmas.", [("Christmas", D, "2026-12-25")]),
    (dt.date(2026, 1, 5), "The airline said it carried a record 2 million passengers over the Christmas period.",
     [("Christmas", D, "2025-12-25")]),
    (dt.date(2026, 7, 1), "The company hopes to finish the work by Labor Day.", [("Labor Day", D, "2026-09-07")]),
    (dt.date(2026, 12, 28), "Police said the burglary happened on Christmas Eve.", [("Christmas Eve", D, "2026-12-24")]),
    (dt.date(2026, 12, 15), "The airline warned that flights could be delayed on Christmas Eve.",
     [("Christmas Eve", D, "2026-12-24")]),
    (dt.date(2026, 4, 20), "The council said the park had been closed since Easter.", [("Easter", D, "2026-04-05")]),
    (dt.date(2026, 2, 1), "Analysts said consumer spending slowed after Christmas.", [("Christmas", D, "2025-12-25")]),
]

FALSE_ALARMS = [
    (OCT, "Asylum seekers were held on Christmas Island.", []),
    (OCT, "The statues of Easter Island are at risk from rising seas.", []),
    (NOV20, "She bought a Thanksgiving turkey for $40.", []),
    (OCT, "Halloween costumes sold out.", []),
    (JUL, "She won gold at the Summer Olympics.", []),
    (JUL, "Winter Park, Florida, approved the budget.", []),
    (JUL, "The video was directed by Autumn de Wilde.", []),
    (JUL, "The Spring Street office was closed.", []),
    (JUL, "Historians still debate the fall of Rome.", []),
    (OCT, "A Christmas card from the queen sold at auction.", []),
    (OCT, "Irish leaders commemorated the Easter Rising.", []),
    (JUL, "The Arab Spring toppled several governments.", []),
    (JUL, "The Prague Spring was crushed by Soviet tanks.", []),
    (JUL, "A nuclear winter would devastate crops.", []),
    (JUL, "The Summer Palace in Beijing drew tourists.", []),
    (JUL, "Spring water prices rose.", []),
    (JUL, "Sales of Christmas trees fell.", []),
    (JUL, "The singer Summer Walker cancelled her tour.", []),
]

ROUND1 = HOLIDAY_BESIDE_DAY + SEASONS + NAMED_PERIODS + REPORTED_AND_PLANS + FALSE_ALARMS

# ROUND2, written after round 1's fixes and before running the tagger on it; weighted to (a) and (e).
X27 = dt.date(2026, 12, 27)  # Sunday; Christmas 2026 a Friday, Boxing Day a Saturday
N30 = dt.date(2026, 11, 30)  # Monday after Thanksgiving (26 Nov 2026), Cyber Monday
M22 = dt.date(2027, 3, 22)  # Monday of the week before Easter (28 March 2027)

ROUND2 = [
    # (a) a holiday beside a day
    (X27, "Offices reopen Monday after the Christmas break.",
     [("Monday", D, "2026-12-28"), ("Christmas", D, "2026-12-25")]),
    (X27, "The shops reopened on Saturday after Christmas.", [("Saturday", D, "2026-12-26"), ("Christmas", D, "2026-12-25")]),
    (dt.date(2026, 12, 29), "Schools reopen on Monday after the New Year holiday.",
     [("Monday", D, "2027-01-04"), ("New Year", D, "2027-01-01")]),
    (dt.date(2027, 1, 2), "Revellers packed the streets on New Year's Eve.", [("New Year's Eve", D, "2026-12-31")]),
    (dt.date(2027, 1, 4), "Trading resumed on Monday after the New Year's Day holiday.",
     [("Monday", D, "2027-01-04"), ("New Year's Day", D, "2027-01-01")]),
    (N30, "Shoppers flooded malls on the Friday after Thanksgiving.", [("the Friday after Thanksgiving", D, "2026-11-27")]),
    (dt.date(2026, 11, 23), "Stores will open early the day after Thanksgiving.",
     [("the day after Thanksgiving", D, "2026-11-27")]),
    (N30, "Traffic jams stretched for miles on the Sunday after Thanksgiving.",
     [("the Sunday after Thanksgiving", D, "2026-11-29")]),
    (M22, "The pope will wash the feet of prisoners on the Thursday before Easter.",
     [("the Thursday before Easter", D, "2027-03-25")]),
    (dt.date(2027, 3, 29), "Churches were packed on Sunday for Easter.",
     [("Sunday", D, "2027-03-28"), ("Easter", D, "2027-03-28")]),
    (dt.date(2027, 3, 30), "Schools stayed shut on Easter Monday.", [("Easter Monday", D, "2027-03-29")]),
    (dt.date(2026, 7, 6), "Fireworks lit up the sky on the Fourth of July.", [("the Fourth of July", D, "2026-07-04")]),
    (dt.date(2026, 6, 29), "Many offices will close on Friday, July 3, ahead of Independence Day.",
     [("Friday, July 3", D, "2026-07-03"), ("Independence Day", D, "2026-07-04")]),
    (dt.date(2026, 9, 8), "Congress returned to Washington on Tuesday after Labor Day.",
     [("Tuesday", D, "2026-09-08"), ("Labor Day", D, "2026-09-07")]),
    (dt.date(2026, 12, 14), "Parliament rises on Friday for the Christmas recess.",
     [("Friday", D, "2026-12-18"), ("Christmas", D, "2026-12-25")]),
    (X27, "Police said the fire started on Boxing Day.", [("Boxing Day", D, "2026-12-26")]),
    (dt.date(2027, 1, 5), "The ferry was cancelled on the day after New Year's Day.",
     [("the day after New Year's Day", D, "2027-01-02")]),
    (dt.date(2026, 12, 16), "Stores stay open late the week before Christmas.", [("the week before Christmas", D, "2026-W51")]),
    # (b) seasons
    (dt.date(2026, 12, 20), "The storm was the worst this winter.", [("this winter", D, "2026-WI")]),
    (dt.date(2027, 2, 10), "Snowfall has been light this winter.", [("this winter", D, "2026-WI")]),
    (dt.date(2026, 9, 10), "The company hired 300 people over the summer.", [("the summer", D, "2026-SU")]),
    (dt.date(2026, 3, 5), "The bridge closed last autumn.", [("last autumn", D, "2025-FA")]),
    (dt.date(2026, 11, 10), "The drug could be approved by early spring.", [("early spring", D, "2027-SP", "START")]),
    (dt.date(2026, 5, 1), "The festival returns in late summer.", [("late summer", D, "2026-SU", "END")]),
    # (c) named periods
    (dt.date(2026, 6, 23), "Crowds gathered for Father's Day.", [("Father's Day", D, "2026-06-21")]),
    (dt.date(2026, 7, 1), "Airlines expect record travel over the Fourth of July weekend.",
     [("the Fourth of July weekend", D, "2026-W27-WE")]),
    (dt.date(2026, 2, 10), "Ski resorts are busy ahead of Presidents' Day weekend.",
     [("Presidents' Day weekend", D, "2026-W07-WE")]),
    (dt.date(2026, 1, 12), "Schools close for Martin Luther King Day on Monday.",
     [("Martin Luther King Day", D, "2026-01-19"), ("Monday", D, "2026-01-19")]),
    (dt.date(2026, 3, 10), "Students head to Florida for spring break.", []),
    (dt.date(2026, 12, 1), "Shoppers spent $13 billion on Cyber Monday.", [("Cyber Monday", D, "2026-11-30")]),
    (dt.date(2026, 10, 20), "Millions will take part in Diwali celebrations next month.", [("next month", D, "2026-11")]),
    # (d) reported speech and plans
    (dt.date(2027, 1, 12), "The retailer said sales over Christmas beat forecasts.", [("Christmas", D, "2026-12-25")]),
    (dt.date(2026, 2, 2), "The builder said the homes would be ready by Easter.", [("Easter", D, "2026-04-05")]),
    (N30, "The chain said it would keep stores open late until Christmas.", [("Christmas", D, "2026-12-25")]),
    (dt.date(2026, 1, 8), "The airline said it had cancelled 400 flights over New Year.", [("New Year", D, "2026-01-01")]),
    (dt.date(2026, 8, 1), "The governor said schools would reopen after Labor Day.", [("Labor Day", D, "2026-09-07")]),
    # (e) false alarms
    (JUL, "Spring Airlines added flights to Tokyo.", []),
    (JUL, "The Fall Classic drew record ratings.", []),
    (JUL, "Tourists visited the Winter Palace in St. Petersburg.", []),
    (JUL, "The Halloween franchise earned $100 million.", []),
    (JUL, "A Christmas Carol is staged every year.", [("every year", "SET", "P1Y")]),
    (JUL, "Winter Haven police arrested two men.", []),
    (JUL, "The singer Autumn Rowe wrote the song.", []),
    (JUL, "Investors fear an AI winter.", []),
    (JUL, "The hotel's Spring Garden restaurant reopened.", []),
    (JUL, "Fans queued for the Summer Sonic festival.", []),
    (JUL, "Christmas Island's phosphate mine closed.", []),
    (JUL, "The spring tide flooded the harbour.", []),
]

# ROUND3, written after round 2's fixes and before running the tagger on it: the new rules on other holidays and years.
ROUND3 = [
    (dt.date(2027, 12, 28), "Staff return to work the Monday after New Year's Day.",
     [("the Monday after New Year's Day", D, "2028-01-03")]),
    (dt.date(2027, 12, 29), "Shoppers returned gifts on Monday after Christmas.",
     [("Monday", D, "2027-12-27"), ("Christmas", D, "2027-12-25")]),
    (dt.date(2027, 11, 29), "Retailers said foot traffic fell on the weekend after Thanksgiving.",
     [("the weekend after Thanksgiving", D, "2027-W47-WE")]),
    (dt.date(2027, 5, 20), "Campgrounds are fully booked for Memorial Day weekend.", [("Memorial Day weekend", D, "2027-W21-WE")]),
    (dt.date(2027, 5, 12), "Florists reported record sales over Mother's Day weekend.",
     [("Mother's Day weekend", D, "2027-W18-WE")]),
    (dt.date(2027, 11, 1), "Trick-or-treaters roamed the streets on Halloween.", [("Halloween", D, "2027-10-31")]),
    (dt.date(2027, 12, 20), "Airports were busy over the weekend before Christmas.",
     [("the weekend before Christmas", D, "2027-W50-WE")]),
    (dt.date(2028, 1, 3), "The strike ended the day before New Year's Eve.", [("the day before New Year's Eve", D, "2027-12-30")]),
    (dt.date(2027, 9, 7), "Lawmakers return on Tuesday after the Labor Day holiday.",
     [("Tuesday", D, "2027-09-07"), ("Labor Day", D, "2027-09-06")]),
    (dt.date(2027, 2, 1), "Sales were weak this winter.", [("this winter", D, "2026-WI")]),
    (dt.date(2027, 8, 20), "Schools are preparing for the fall.", [("the fall", D, "2027-FA")]),
    (dt.date(2027, 7, 10), "Summer camp enrolment is up.", []),
    (dt.date(2027, 7, 10), "The Winter Soldier opened in cinemas.", []),
    (dt.date(2027, 12, 15), "Staff will get the week after Christmas off.", [("the week after Christmas", D, "2027-W52")]),
    (dt.date(2027, 12, 22), "Offices close on Friday for Christmas Eve.",
     [("Friday", D, "2027-12-24"), ("Christmas Eve", D, "2027-12-24")]),
    (dt.date(2027, 12, 22), "Stores will close for Christmas Eve on Friday.",
     [("Christmas Eve", D, "2027-12-24"), ("Friday", D, "2027-12-24")]),
]

# Written while fixing the first run's failures: the general rule each fix adds, in other sentences.
AFTER_FIRST_RUN = [
    # "after"/"before" a holiday a few days gone or ahead: that one, whatever way the clause looks
    (dt.date(2026, 4, 7), "Parliament returns after Easter.", [("Easter", D, "2026-04-05")]),
    (dt.date(2025, 12, 23), "Shoppers crowded the high street before Christmas.", [("Christmas", D, "2025-12-25")]),
    (dt.date(2025, 12, 10), "Parliament returns after Christmas.", [("Christmas", D, "2025-12-25")]),
    # a day, weekday, week or weekend counted from a holiday is one expression
    (dt.date(2025, 12, 10), "The sales start the day after Christmas.", [("the day after Christmas", D, "2025-12-26")]),
    (dt.date(2026, 3, 1), "The vote is the Tuesday before Easter.", [("the Tuesday before Easter", D, "2026-03-31")]),
    (dt.date(2025, 12, 10), "Talks resume the week after Christmas.", [("the week after Christmas", D, "2026-W01")]),
    (dt.date(2025, 12, 22), "Stores were busy the weekend before Christmas.",
     [("the weekend before Christmas", D, "2025-W51-WE")]),
    # any holiday's weekend: the one before a Monday holiday, else its own week's
    (dt.date(2026, 6, 23), "Traffic was heavy over the Father's Day weekend.", [("Father's Day weekend", D, "2026-W25-WE")]),
    (dt.date(2025, 12, 10), "Few people work over the Christmas weekend.", [("Christmas weekend", D, "2025-W52-WE")]),
    # figures of speech and kinds of things named by a season
    (JUL, "Investors braced for a crypto winter.", []),
    (JUL, "She ordered spring rolls.", []),
    # round 2: a holiday name starting with "the"; a weekday right after the holiday it falls on
    (dt.date(2026, 7, 8), "Sales rose over the Fourth of July.", [("the Fourth of July", D, "2026-07-04")]),
    (dt.date(2026, 12, 21), "Offices close for Christmas Day, Friday.",
     [("Christmas Day", D, "2026-12-25"), ("Friday", D, "2026-12-25")]),
    (JUL, "Spring tides flooded the harbour.", []),
]

ALL = ROUND1 + ROUND2 + ROUND3 + AFTER_FIRST_RUN


@pytest.mark.parametrize("published, sentence, expected", ALL, ids=[c[1][:60] for c in ALL])
def test_seasons_heldout_sentence(published, sentence, expected):
    check_sentence(published, sentence, expected)
