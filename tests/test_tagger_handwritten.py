"""Hand-written news sentences (not taken from any corpus), each with every time expression it holds.

A case passes when the tagger finds exactly the expected expressions: same text, type and value (and mod
when one is given). An empty list means the sentence holds no time expression (a false alarm test).
"""
from __future__ import annotations

import datetime as dt

import pytest

from worker.engine.tagger import tag

WED = dt.date(2017, 8, 16)  # a Wednesday in ISO week 33
THU = dt.date(2019, 3, 14)  # a Thursday in March: winter, first quarter
NOV = dt.date(2018, 11, 7)  # a Wednesday early in the fourth quarter

CASES = [
    # --- weekdays x tense (WED: last Mon-Sun = 14-13 Aug, next Thu-Tue = 17-22 Aug) ----------------
    (WED, "Police arrested two men on Thursday.", [("Thursday", "DATE", "2017-08-10")]),
    (WED, "The jury will resume deliberations on Monday.", [("Monday", "DATE", "2017-08-21")]),
    (WED, "The company said it would announce the results on Monday.", [("Monday", "DATE", "2017-08-21")]),
    (WED, "The ministry said on Monday it would announce the results on Friday.",
     [("Monday", "DATE", "2017-08-14"), ("Friday", "DATE", "2017-08-18")]),
    (WED, "The ministry has confirmed that the border reopened on Friday.", [("Friday", "DATE", "2017-08-11")]),
    (WED, "Rescuers have been searching for the climbers since Saturday.", [("Saturday", "DATE", "2017-08-12")]),
    (WED, "The company has said on Tuesday that it is open to talks.", [("Tuesday", "DATE", "2017-08-15")]),
    (WED, "Last Friday, the senator announced his retirement.", [("Last Friday", "DATE", "2017-08-11")]),
    (WED, "The union plans to strike next Tuesday.", [("next Tuesday", "DATE", "2017-08-22")]),
    (WED, "Shares fell sharply on Tuesday.", [("Tuesday", "DATE", "2017-08-15")]),
    (WED, "The summit begins Sunday in Geneva.", [("Sunday", "DATE", "2017-08-20")]),
    (WED, "Voters head to the polls on Saturday.", [("Saturday", "DATE", "2017-08-19")]),
    (WED, "He told reporters on Monday that the deal was dead.", [("Monday", "DATE", "2017-08-14")]),
    (WED, "The bill faces a vote on Thursday.", [("Thursday", "DATE", "2017-08-17")]),
    (WED, "He died on Sunday at his home in Ohio.", [("Sunday", "DATE", "2017-08-13")]),
    (WED, "The ministry announced on Wednesday that it would raise taxes.", [("Wednesday", "DATE", "2017-08-16")]),
    (WED, "The office will be closed Monday.", [("Monday", "DATE", "2017-08-21")]),
    (WED, "Investigators searched the site where the plane went down Sunday.", [("Sunday", "DATE", "2017-08-13")]),
    (WED, "The chief executive said Tuesday that the firm will hire 200 people.", [("Tuesday", "DATE", "2017-08-15")]),
    (WED, "The talks are expected to continue on Saturday.", [("Saturday", "DATE", "2017-08-19")]),
    (WED, "Although the report was due on Friday, it has not been published.", [("Friday", "DATE", "2017-08-11")]),
    (WED, "The report is due on Friday.", [("Friday", "DATE", "2017-08-18")]),
    (WED, "Officials hope to reopen the road by Friday.", [("Friday", "DATE", "2017-08-18")]),
    (WED, "The union has called a strike for Monday.", [("Monday", "DATE", "2017-08-21")]),
    (WED, "Officials said Tuesday's vote would go ahead.", [("Tuesday", "DATE", "2017-08-22")]),
    (WED, "Tuesday's vote was postponed.", [("Tuesday", "DATE", "2017-08-15")]),
    (WED, "The talks resume Monday, a spokesman said.", [("Monday", "DATE", "2017-08-21")]),
    (WED, "Parliament votes on Thursday, officials said.", [("Thursday", "DATE", "2017-08-17")]),
    (WED, "The show runs through Sunday.", [("Sunday", "DATE", "2017-08-20")]),
    (WED, "Home runs on Sunday lifted the team.", [("Sunday", "DATE", "2017-08-13")]),
    (WED, "A hearing has been set for Monday.", [("Monday", "DATE", "2017-08-21")]),
    (WED, "The bill passed the Senate on Tuesday and goes to the House on Thursday.",
     [("Tuesday", "DATE", "2017-08-15"), ("Thursday", "DATE", "2017-08-17")]),
    (WED, "They would look for ways to get around Wednesday's ruling.", [("Wednesday", "DATE", "2017-08-16")]),

    # --- month names and days with tense (THU: 14 March 2019) --------------------------------------
    (THU, "The company expects to launch the phone in December.", [("December", "DATE", "2019-12")]),
    (THU, "Sales slumped in December.", [("December", "DATE", "2018-12")]),
    (THU, "The factory will reopen in April.", [("April", "DATE", "2019-04")]),
    (THU, "The bill was passed in January.", [("January", "DATE", "2019-01")]),
    (THU, "Elections are scheduled for October.", [("October", "DATE", "2019-10")]),
    (THU, "Inflation hit a peak in November.", [("November", "DATE", "2018-11")]),
    (THU, "The agency said in February that it would cut jobs.", [("February", "DATE", "2019-02")]),
    (THU, "The law will take effect in January.", [("January", "DATE", "2020-01")]),
    (THU, "The deal was signed on January 31.", [("January 31", "DATE", "2019-01-31")]),
    (THU, "The payment is due on April 30.", [("April 30", "DATE", "2019-04-30")]),
    (THU, "He was born on May 5, 1960, in Dublin.", [("May 5, 1960", "DATE", "1960-05-05")]),
    (THU, "The merger closed on Nov. 3, 2018.", [("Nov. 3, 2018", "DATE", "2018-11-03")]),
    (THU, "Sales fell in July-August 2016.", [("July", "DATE", "2016-07"), ("August 2016", "DATE", "2016-08")]),
    (THU, "In March 2016 the firm went public.", [("March 2016", "DATE", "2016-03")]),
    (THU, "The strike ended on the 3rd of March.", [("the 3rd of March", "DATE", "2019-03-03")]),
    (dt.date(2016, 3, 9), "The company will hold a vote on Feb. 29.", [("Feb. 29", "DATE", "2016-02-29")]),
    (THU, "The payment is due on the 15th.", [("the 15th", "DATE", "2019-03-15")]),
    (THU, "The vote took place on March 3, and results came on the 5th.",
     [("March 3", "DATE", "2019-03-03"), ("the 5th", "DATE", "2019-03-05")]),
    (THU, "The fair runs from the 3rd to the 9th of June.",
     [("the 3rd", "DATE", "2019-06-03"), ("the 9th of June", "DATE", "2019-06-09")]),
    (THU, "The lawyers appealed to the 11th Circuit.", []),
    (THU, "The plant will close in mid-June.", [("mid-June", "DATE", "2019-06", "MID")]),
    (THU, "Construction will start early next year.", [("early next year", "DATE", "2020", "START")]),
    (dt.date(2005, 5, 7), "Cisco has promised a compatible release before the end of the month.",
     [("the end of the month", "DATE", "2005-05", "END")]),
    (dt.date(2005, 5, 7), "The deal closed at the end of the month.", [("the end of the month", "DATE", "2005-04", "END")]),
    (dt.date(2010, 6, 16), "The current financial quarter ends on June 26.",
     [("The current financial quarter", "DATE", "2010-Q2"), ("June 26", "DATE", "2010-06-26")]),
    (THU, "Jobs was born in San Francisco on February 24 , 1955 .", [("February 24 , 1955", "DATE", "1955-02-24")]),
    (THU, "The results are due by the end of the year.", [("the end of the year", "DATE", "2019", "END")]),

    # --- quarters, halves, fiscal years (NOV: 7 November 2018) ---------------------------------
    (NOV, "Profit rose 12 percent in the third quarter.", [("the third quarter", "DATE", "2018-Q3")]),
    (NOV, "The retailer expects sales to improve in the fourth quarter.", [("the fourth quarter", "DATE", "2018-Q4")]),
    (NOV, "Fourth-quarter earnings will be released in January.",
     [("Fourth-quarter", "DATE", "2018-Q4"), ("January", "DATE", "2019-01")]),
    (NOV, "Revenue in Q3 beat analysts' estimates.", [("Q3", "DATE", "2018-Q3")]),
    (NOV, "The company lost money in the first quarter of 2017.", [("the first quarter of 2017", "DATE", "2017-Q1")]),
    (NOV, "Growth slowed in the first half of 2018.", [("the first half of 2018", "DATE", "2018-H1")]),
    (NOV, "The company's fiscal 2019 second quarter ended in September.",
     [("fiscal 2019 second quarter", "DATE", "2019-Q2"), ("September", "DATE", "2018-09")]),
    (NOV, "Revenue rose in the second quarter of fiscal 2019.", [("the second quarter of fiscal 2019", "DATE", "2019-Q2")]),
    (NOV, "In 2Q18, the company lost money.", [("2Q18", "DATE", "2018-Q2")]),
    (NOV, "The firm reported a loss for fiscal 2017.", [("fiscal 2017", "DATE", "2017")]),
    (NOV, "Net income in the year-ago quarter was $3 million.", [("the year-ago quarter", "DATE", "2017-Q3")]),
    (NOV, "Analysts expect profits to rebound in the second half.", [("the second half", "DATE", "2018-H2")]),
    (THU, "For the full year, revenue rose 8 percent.", [("the full year", "DATE", "2018")]),
    (THU, "Growth will pick up in the second half of the year.", [("the second half of the year", "DATE", "2019-H2")]),
    (THU, "Next quarter, the firm will cut jobs.", [("Next quarter", "DATE", "2019-Q2")]),
    (NOV, "The economy grew 3.5 percent in the July-September quarter.",
     [("the July-September quarter", "DATE", "2018-Q3")]),
    (dt.date(2018, 1, 25), "Revenue fell in the December quarter.", [("the December quarter", "DATE", "2017-Q4")]),
    (dt.date(2018, 1, 25), "Profit rose 10 percent in the fourth quarter.", [("the fourth quarter", "DATE", "2017-Q4")]),
    (NOV, "The company gave a weak forecast for the coming quarter.", [("the coming quarter", "DATE", "2018-Q4")]),
    (NOV, "Shares rose in the first half, then fell in the second half.",
     [("the first half", "DATE", "2018-H1"), ("the second half", "DATE", "2018-H2")]),
    (NOV, "Third-quarter sales rose 4 percent from a year earlier.",
     [("Third-quarter", "DATE", "2018-Q3"), ("a year earlier", "DATE", "2017-Q3")]),

    # --- seasons (THU: winter) ------------------------------------------------------------------------
    (THU, "The bridge will be completed next summer.", [("next summer", "DATE", "2019-SU")]),
    (THU, "The museum closed last autumn.", [("last autumn", "DATE", "2018-FA")]),
    (THU, "Construction is expected to begin in the spring.", [("the spring", "DATE", "2019-SP")]),
    (THU, "The drought of summer 2012 ruined crops.", [("summer 2012", "DATE", "2012-SU")]),
    (THU, "Prices rose in the spring and summer of 2016.",
     [("the spring", "DATE", "2016-SP"), ("summer of 2016", "DATE", "2016-SU")]),
    (THU, "The band toured Europe this winter.", [("this winter", "DATE", "2018-WI")]),

    (WED, "The dam burst in April 2012; the previous winter had been wet.",
     [("April 2012", "DATE", "2012-04"), ("the previous winter", "DATE", "2011-WI")]),
    (WED, "The factory closed in 2009. The following summer, workers protested.",
     [("2009", "DATE", "2009"), ("The following summer", "DATE", "2010-SU")]),

    # --- holidays -------------------------------------------------------------------------------------
    (dt.date(2017, 12, 20), "Stores will close early on Christmas Eve.", [("Christmas Eve", "DATE", "2017-12-24")]),
    (dt.date(2017, 12, 20), "Fireworks are planned for New Year's Eve.", [("New Year's Eve", "DATE", "2017-12-31")]),
    (dt.date(2018, 1, 3), "The law took effect on New Year's Day.", [("New Year's Day", "DATE", "2018-01-01")]),
    (dt.date(2017, 11, 20), "Families will gather for Thanksgiving.", [("Thanksgiving", "DATE", "2017-11-23")]),
    (dt.date(2018, 4, 5), "The church was packed on Easter Sunday.", [("Easter Sunday", "DATE", "2018-04-01")]),
    (dt.date(2018, 5, 20), "The pool opens on Memorial Day.", [("Memorial Day", "DATE", "2018-05-28")]),
    (WED, "The strike will end on Labor Day.", [("Labor Day", "DATE", "2017-09-04")]),
    (dt.date(2017, 7, 10), "The parade was held on Independence Day.", [("Independence Day", "DATE", "2017-07-04")]),
    (dt.date(2017, 11, 2), "Children went trick-or-treating on Halloween.", [("Halloween", "DATE", "2017-10-31")]),
    (dt.date(2018, 2, 10), "Florists expect a rush before Valentine's Day.", [("Valentine's Day", "DATE", "2018-02-14")]),
    (dt.date(2018, 3, 20), "Banks will be closed on Good Friday.", [("Good Friday", "DATE", "2018-03-30")]),
    (dt.date(2017, 11, 27), "Shoppers lined up for the Black Friday sale.", [("Black Friday", "DATE", "2017-11-24")]),
    (dt.date(2017, 12, 20), "Retailers expect big crowds at their Boxing Day sales.", [("Boxing Day", "DATE", "2017-12-26")]),
    (dt.date(2017, 12, 20), "Christmas sales rose 4 percent.", []),
    (dt.date(2018, 1, 15), "Sales rose over Christmas.", [("Christmas", "DATE", "2017-12-25")]),

    (dt.date(2017, 12, 20), "The store will reopen after New Year.", [("New Year", "DATE", "2018-01-01")]),
    (dt.date(2018, 2, 10), "Millions travel home for the Lunar New Year.", []),
    (WED, "The September 11 attacks changed the city.", [("September 11", "DATE", "2001-09-11")]),
    (WED, "The meeting is on September 11.", [("September 11", "DATE", "2017-09-11")]),

    # --- anaphora chains ----------------------------------------------------------------------------
    (WED, "The plane crashed on March 3, 2015. The wreckage was found the following day.",
     [("March 3, 2015", "DATE", "2015-03-03"), ("the following day", "DATE", "2015-03-04")]),
    (WED, "Protests began on June 5, 2016, and two days later the president resigned.",
     [("June 5, 2016", "DATE", "2016-06-05"), ("two days later", "DATE", "2016-06-07")]),
    (WED, "The firm was founded in 1998. A year earlier, its founder had left IBM.",
     [("1998", "DATE", "1998"), ("A year earlier", "DATE", "1997")]),
    (WED, "The treaty was signed in May 2010 and ratified the next month.",
     [("May 2010", "DATE", "2010-05"), ("the next month", "DATE", "2010-06")]),
    (WED, "Floods hit the city on July 2, 2016. Later that week, the army arrived.",
     [("July 2, 2016", "DATE", "2016-07-02"), ("Later that week", "DATE", "2016-W26")]),
    (WED, "The company was sold in 2009; the following year, it collapsed.",
     [("2009", "DATE", "2009"), ("the following year", "DATE", "2010")]),
    (WED, "She joined the bank in March 2015 and left the following January.",
     [("March 2015", "DATE", "2015-03"), ("the following January", "DATE", "2016-01")]),
    (WED, "The firm was listed in 2001; the previous December it had raised $5 million.",
     [("2001", "DATE", "2001"), ("the previous December", "DATE", "2000-12")]),
    (WED, "He arrived on Aug. 7. The day before, he had met the mayor.",
     [("Aug. 7", "DATE", "2017-08-07"), ("The day before", "DATE", "2017-08-06")]),

    (WED, "The flood hit in May 2011. By the end of the month, 20 people had died.",
     [("May 2011", "DATE", "2011-05"), ("the end of the month", "DATE", "2011-05", "END")]),
    (WED, "Sales rose 5 percent in 2016. By the end of the year, the company expects to hire 500 people.",
     [("2016", "DATE", "2016"), ("the end of the year", "DATE", "2017", "END")]),
    (WED, "The exhibition runs from Monday to Friday.",
     [("Monday", "DATE", "2017-08-14"), ("Friday", "DATE", "2017-08-18")]),
    (WED, "The museum is open from May through September.",
     [("May", "DATE", "2017-05"), ("September", "DATE", "2017-09")]),
    (WED, "The law was in force from November to February.",
     [("November", "DATE", "2016-11"), ("February", "DATE", "2017-02")]),

    (WED, "The vote was on Tuesday. The night before, protesters rallied.",
     [("Tuesday", "DATE", "2017-08-15"), ("The night before", "TIME", "2017-08-14TNI")]),
    (WED, "The riot broke out on Saturday. That night, police fired tear gas.",
     [("Saturday", "DATE", "2017-08-12"), ("That night", "TIME", "2017-08-12TNI")]),

    (WED, "The war began in 1919. In 1920 the army advanced. Documents found in 2004 showed that codebreakers "
          "helped. On 2 October, an armistice was signed, and the treaty of 1921 ended the war.",
     [("1919", "DATE", "1919"), ("1920", "DATE", "1920"), ("2004", "DATE", "2004"), ("2 October", "DATE", "1920-10-02"),
      ("1921", "DATE", "1921")]),

    # --- parts of the day ---------------------------------------------------------------------------
    (WED, "The fire broke out on Friday night.", [("Friday night", "TIME", "2017-08-11TNI")]),
    (WED, "The vote will take place Tuesday morning.", [("Tuesday morning", "TIME", "2017-08-22TMO")]),
    (WED, "The president will speak this afternoon.", [("this afternoon", "TIME", "2017-08-16TAF")]),
    (WED, "The storm is expected to make landfall tonight.", [("tonight", "TIME", "2017-08-16TNI")]),
    (WED, "Protesters gathered yesterday evening.", [("yesterday evening", "TIME", "2017-08-15TEV")]),
    (WED, "The fire started on Sunday; by Monday morning it was contained.",
     [("Sunday", "DATE", "2017-08-13"), ("Monday morning", "TIME", "2017-08-14TMO")]),
    (WED, "By mid afternoon, officials were saying the fighting had stopped.",
     [("mid afternoon", "TIME", "2017-08-16TAF")]),
    (WED, "I run in the morning.", []),
    (WED, "The trial opens tomorrow morning.", [("tomorrow morning", "TIME", "2017-08-17TMO")]),

    # --- clock times --------------------------------------------------------------------------------
    (WED, "The polls close at 8 p.m. on Tuesday.",
     [("8 p.m.", "TIME", "2017-08-22T20:00"), ("Tuesday", "DATE", "2017-08-22")]),
    (WED, "The blast happened at 8:15 a.m. (0615 GMT) on Monday.",
     [("8:15 a.m.", "TIME", "2017-08-14T08:15"), ("Monday", "DATE", "2017-08-14")]),
    (WED, "The explosion happened at 10:30 a.m. local time.", [("10:30 a.m.", "TIME", "2017-08-16T10:30")]),
    (WED, "The meeting ended at 3 p.m. Tuesday.", [("3 p.m. Tuesday", "TIME", "2017-08-15T15:00")]),
    (WED, "The launch is set for 6:45 a.m. EDT on Thursday.",
     [("6:45 a.m. EDT", "TIME", "2017-08-17T06:45"), ("Thursday", "DATE", "2017-08-17")]),
    (WED, "The last train left at 17:45.", [("17:45", "TIME", "2017-08-16T17:45")]),
    (WED, "The accident happened at 6:30 this morning.", [("6:30 this morning", "TIME", "2017-08-16T06:30")]),
    (WED, "In the early hours of Saturday, gunmen attacked a hotel.", [("Saturday", "DATE", "2017-08-12")]),
    (WED, "The pastor quoted John 3:16 at the rally.", []),
    (WED, "The meeting starts at three o'clock.", [("three o'clock", "TIME", "2017-08-16T03:00")]),
    (WED, "The store opens at a quarter to nine.", [("a quarter to nine", "TIME", "2017-08-16T08:45")]),
    (WED, "The plane landed at 0600 GMT.", [("0600 GMT", "TIME", "2017-08-16T06:00")]),
    (WED, "Profits were cut by a quarter to 5 million.", []),
    (WED, "The blast occurred at about 10:35 a.m. (0735 GMT) Friday.",
     [("about 10:35 a.m.", "TIME", "2017-08-11T10:35", "APPROX"), ("Friday", "DATE", "2017-08-11")]),
    (WED, "The bomb exploded at 9:15 a.m. on Monday. Two hours later, a second device was found.",
     [("9:15 a.m.", "TIME", "2017-08-14T09:15"), ("Monday", "DATE", "2017-08-14"),
      ("Two hours later", "TIME", "2017-08-14T11:15")]),
    (WED, "The ceremony will start at noon on Friday.",
     [("noon", "TIME", "2017-08-18T12:00"), ("Friday", "DATE", "2017-08-18")]),

    # --- durations ------------------------------------------------------------------------------------
    (WED, "Unemployment has fallen over the past three years.", [("the past three years", "DURATION", "P3Y")]),
    (dt.date(2011, 1, 17), "It was the third time in the past decade that he took leave.",
     [("the past decade", "DURATION", "P10Y")]),
    (WED, "Negotiators talked for 14 hours.", [("14 hours", "DURATION", "PT14H")]),
    (WED, "The civil war lasted a decade.", [("a decade", "DURATION", "P10Y")]),
    (WED, "The strike lasted nearly two weeks.", [("nearly two weeks", "DURATION", "P2W", "LESS_THAN")]),
    (WED, "The bridge has been closed for several months.", [("several months", "DURATION", "PXM")]),
    (WED, "He served 18 months in prison.", [("18 months", "DURATION", "P18M")]),
    (WED, "He was sentenced to 10 years in prison.", [("10 years", "DURATION", "P10Y")]),
    (WED, "The 90-minute meeting ended without agreement.", [("90-minute", "DURATION", "PT90M")]),
    (WED, "Prices could rise in the months ahead.", [("the months ahead", "DURATION", "PXM")]),
    (WED, "The record stood for half a century.", [("half a century", "DURATION", "P50Y")]),
    (WED, "He waited half an hour for the bus.", [("half an hour", "DURATION", "PT30M")]),
    (WED, "The trial is expected to last six weeks.", [("six weeks", "DURATION", "P6W")]),
    (WED, "The loan will be repaid over five years.", [("five years", "DURATION", "P5Y")]),
    (WED, "The project took over two years.", [("over two years", "DURATION", "P2Y", "MORE_THAN")]),
    (WED, "The two-year-long war ended.", [("two-year-long", "DURATION", "P2Y")]),
    (WED, "A month-long strike crippled the port.", [("month-long", "DURATION", "P1M")]),
    (WED, "The vote came after weeks of negotiations.", [("weeks", "DURATION", "PXW")]),
    (WED, "The rescue took more than 48 hours.", [("more than 48 hours", "DURATION", "PT48H", "MORE_THAN")]),

    # --- sets -----------------------------------------------------------------------------------------
    (WED, "The council meets every Tuesday.", [("every Tuesday", "SET", "XXXX-WXX-2")]),
    (WED, "The report is published annually.", [("annually", "SET", "P1Y")]),
    (WED, "Patients receive treatment twice a week.", [("twice a week", "SET", "P1W")]),
    (WED, "The magazine is issued each month.", [("each month", "SET", "P1M")]),
    (WED, "Trains run every 15 minutes.", [("every 15 minutes", "SET", "PT15M")]),
    (WED, "He visits his mother on Sundays.", [("Sundays", "SET", "XXXX-WXX-7")]),
    (WED, "The market is open daily.", [("daily", "SET", "P1D")]),
    (WED, "Buses run every half hour.", [("every half hour", "SET", "PT30M")]),
    (WED, "Revenue is expected to rise 8.5% annually.", []),
    (WED, "Staff work three days a week.", [("three days a week", "SET", "P1W")]),
    (WED, "The clinic is open 24 hours a day, seven days a week.", []),
    (WED, "The committee meets every few weeks.", [("every few weeks", "SET", "PXW")]),
    (WED, "Flights leave four times daily.", [("four times daily", "SET", "P1D")]),
    (WED, "The ferry runs every weekday.", [("every weekday", "SET", "XXXX-WXX-WD")]),
    (WED, "Classes are held on Mondays and Thursdays.",
     [("Mondays", "SET", "XXXX-WXX-1"), ("Thursdays", "SET", "XXXX-WXX-4")]),
    (WED, "Protests take place each spring.", [("each spring", "SET", "XXXX-SP")]),

    # --- vague references -------------------------------------------------------------------------
    (WED, "The company is now worth $2 billion.", [("now", "DATE", "PRESENT_REF")]),
    (WED, "He is currently in Berlin.", [("currently", "DATE", "PRESENT_REF")]),
    (WED, "Prices have recently stabilised.", [("recently", "DATE", "PAST_REF")]),
    (WED, "We will build more schools in the future.", [("the future", "DATE", "FUTURE_REF")]),
    (WED, "The former president spoke at the rally.", []),
    (WED, "Inflation is expected to rise in the medium term.", [("the medium term", "DATE", "FUTURE_REF")]),

    # --- decades and centuries ------------------------------------------------------------------------
    (WED, "The Ionian Revolt (499-493 BC) began in Miletus.", [("499", "DATE", "BC0499"), ("493 BC", "DATE", "BC0493")]),
    (WED, "The building dates from the 1920s.", [("the 1920s", "DATE", "192")]),
    (WED, "Crime peaked in the early 1990s.", [("the early 1990s", "DATE", "199", "START")]),
    (WED, "The castle was built in the 14th century.", [("the 14th century", "DATE", "13")]),
    (WED, "The law was written in the late 19th century.", [("the late 19th century", "DATE", "18", "END")]),
    (WED, "Inflation was high in the seventies.", [("the seventies", "DATE", "197")]),

    # --- weeks and other relative dates -------------------------------------------------------------
    (WED, "Deliveries are planned for calendar week 36.", [("calendar week 36", "DATE", "2017-W36")]),
    (WED, "The trial will run in week 12 of 2018.", [("week 12 of 2018", "DATE", "2018-W12")]),
    (WED, "Production will start in week 34.", [("week 34", "DATE", "2017-W34")]),
    (WED, "The Patriots lost in Week 3.", []),
    (WED, "Sales rose last week.", [("last week", "DATE", "2017-W32")]),
    (WED, "The vote is next week.", [("next week", "DATE", "2017-W34")]),
    (WED, "This weekend the city hosts a festival.", [("This weekend", "DATE", "2017-W33-WE")]),
    (dt.date(2017, 8, 13), "This week, lawmakers return to Washington.", [("This week", "DATE", "2017-W33")]),
    (dt.date(2017, 8, 13), "Last week, the Senate passed the bill.", [("Last week", "DATE", "2017-W31")]),
    (WED, "The week ahead will be busy.", [("The week ahead", "DATE", "2017-W34")]),
    (WED, "Two years ago the plant employed 500 people.", [("Two years ago", "DATE", "2015")]),
    (WED, "Exports will rise next year.", [("next year", "DATE", "2018")]),
    (WED, "Prices rose 3 percent last month.", [("last month", "DATE", "2017-07")]),
    (WED, "Today the court ruled against the city.", [("Today", "DATE", "2017-08-16")]),
    (WED, "The ship sank three days ago.", [("three days ago", "DATE", "2017-08-13")]),
    (WED, "Earlier this month, the board met in private.", [("Earlier this month", "DATE", "2017-08")]),

    # --- false alarms ---------------------------------------------------------------------------------
    (WED, "May I ask you a question?", []),
    (WED, "Thousands joined the March for Science in Boston.", []),
    (WED, "The company sold 2016 units last quarter.", [("last quarter", "DATE", "2017-Q2")]),
    (WED, "For details, call 555-2017.", []),
    (WED, "He scored the winner in the 90th minute.", []),
    (WED, "Do you have a car?", []),
    (WED, "The Sunday Times reported the story.", []),
    (WED, "Fox 5 reported the fire.", []),
    (WED, "Prime Minister May said the talks would continue.", []),
    (WED, "Mark said he was happy with the result.", []),
    (WED, "The team secured a 1-0 win.", []),
    (WED, "The rule is set out in Section 2015 of the code.", []),
    (WED, "Will Smith starred in the film.", []),
    (WED, "The Summer Olympics drew millions of viewers.", []),
    (WED, "August Wilson wrote the play.", []),
    (WED, "Flight 2012 landed safely.", []),
    (WED, "Protesters marched to 1600 Pennsylvania Avenue.", []),
    (WED, "The temperature hit 100 degrees.", []),
    (WED, "The second half of the match was dull.", []),
]


def _expected(item: tuple) -> tuple:
    return item[:3]


@pytest.mark.parametrize("published, sentence, expected", CASES, ids=[c[1][:60] for c in CASES])
def test_handwritten_sentence(published, sentence, expected):
    found = tag(sentence, published)
    for x in found:
        assert sentence[x.start:x.end] == x.text
    assert sorted((x.text, x.type, x.value) for x in found) == sorted(_expected(e) for e in expected)
    mods = {x.text: x.mod for x in found}
    for e in expected:
        if len(e) > 3:
            assert mods[e[0]] == e[3], f"{e[0]!r}: mod {mods[e[0]]!r}, expected {e[3]!r}"
