"""Regression sentences for the rules written while fixing the held-out wire4 rounds (tests/test_heldout_wire4.py).
They are not held out: each pins one general rule with a sentence other than the articles' own."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.test_tagger_handwritten import test_handwritten_sentence as check_sentence

SUN = dt.date(2011, 2, 27)  # a Sunday, ISO week 8
SEP30 = dt.date(2010, 9, 30)  # a Thursday, the last day of Q3
SAT = dt.date(2010, 6, 5)  # a Saturday
MON = dt.date(2008, 11, 24)  # a Monday; Thanksgiving falls on Nov. 27
DEC = dt.date(2008, 12, 15)  # a Monday

CASES = [
    # a clock time after a report's date takes the event's day
    (SUN, "The hostages were freed late Saturday, police said Sunday. They were handed over at 10 p.m.",
     [("late Saturday", "DATE", "2011-02-26"), ("Sunday", "DATE", "2011-02-27"), ("10 p.m.", "TIME", "2011-02-26T22:00")]),
    # the same month of the year before
    (SEP30, "Exports rose 4 percent in July from a year earlier.",
     [("July", "DATE", "2010-07"), ("a year earlier", "DATE", "2009-07")]),
    # a month just ahead after "for" in a past clause
    (SEP30, "Hotels said reservations for October were weaker.", [("October", "DATE", "2010-10")]),
    # the year-earlier period of a half just named
    (dt.date(2012, 7, 26), "For the first half, sales were $2 billion, up from $1.8 billion in the year-earlier period.",
     [("the first half", "DATE", "2012-H1"), ("the year-earlier period", "DATE", "2011-H1")]),
    # "by" after a simple past with its object; a deadline otherwise
    (SAT, "Rebels took the town by Sunday.", [("Sunday", "DATE", "2010-05-30")]),
    (SAT, "The index climbed to a record by Friday.", [("Friday", "DATE", "2010-06-04")]),
    (SAT, "The union demanded an answer by Friday.", [("Friday", "DATE", "2010-06-11")]),
    (SAT, "He said ballots postmarked by Friday will count.", [("Friday", "DATE", "2010-06-11")]),
    # an infinitive after a verb of intent or permission and its object pronoun
    (MON, "The judge allowed her to spend Thanksgiving at home.", [("Thanksgiving", "DATE", "2008-11-27")]),
    (MON, "The court ordered them to appear on Friday.", [("Friday", "DATE", "2008-11-28")]),
    # a declared day
    (SUN, "The president declared Friday a national holiday.", [("Friday", "DATE", "2011-03-04")]),
    (SUN, "The government declared Monday a day of mourning.", [("Monday", "DATE", "2011-02-28")]),
    # "during the afternoon" of the story's day
    (SUN, "Divers searched the river on Saturday and found the wreck during the afternoon.",
     [("Saturday", "DATE", "2011-02-26"), ("the afternoon", "TIME", "2011-02-26TAF")]),
    # "cut" as a noun
    (DEC, "Members want the new cut to take effect on Jan. 1.", [("Jan. 1", "DATE", "2009-01-01")]),
    # "over" after an irregular plural object
    (DEC, "The virus sickened 200 children over three weeks.", [("three weeks", "DURATION", "P3W")]),
    # a range of two month-days within a year
    (dt.date(2005, 7, 10), "The season runs from June 1 to Nov. 30.",
     [("June 1", "DATE", "2005-06-01"), ("Nov. 30", "DATE", "2005-11-30")]),
    (dt.date(2010, 12, 10), "The exhibition runs from Nov. 1 to Feb. 28.",
     [("Nov. 1", "DATE", "2010-11-01"), ("Feb. 28", "DATE", "2011-02-28")]),
    # a year completing a name
    (SAT, "He scored twice in the Euro 2008 qualifiers.", []),
    # "A year ago" opening a sentence in a story that names quarters
    (dt.date(2011, 12, 31), "Shares fell 15 percent in the third quarter. A year ago investors were calmer.",
     [("the third quarter", "DATE", "2011-Q3"), ("A year ago", "DATE", "2010")]),
    # a past clock time after a date ahead: the lead's day
    (dt.date(2006, 10, 2), "Rovers won on Sunday. They face Porto on Oct. 17. The game kicked off at 4 p.m.",
     [("Sunday", "DATE", "2006-10-01"), ("Oct. 17", "DATE", "2006-10-17"), ("4 p.m.", "TIME", "2006-10-01T16:00")]),
    # a second verb phrase in the scheduled present after a past one
    (dt.date(2006, 10, 2), "Rovers won on Sunday and play again on Oct. 17.",
     [("Sunday", "DATE", "2006-10-01"), ("Oct. 17", "DATE", "2006-10-17")]),
    # a past plan: the nearest day
    (dt.date(2009, 11, 9), "The grace period was due to expire on Sunday.", [("Sunday", "DATE", "2009-11-08")]),
    # written on a Sunday, "the weekend" ahead
    (dt.date(2007, 4, 29), "He will visit Bangalore on Thursday before flying to Kolkata for the weekend.",
     [("Thursday", "DATE", "2007-05-03"), ("the weekend", "DATE", "2007-W18-WE")]),
    # a future clock time after a past day of the week
    (dt.date(2013, 9, 30), "The House voted early Sunday. The Senate, which returns at 2 p.m., is expected to reject it.",
     [("early Sunday", "DATE", "2013-09-29"), ("2 p.m.", "TIME", "2013-09-30T14:00")]),
    # the quarter that ends now
    (dt.date(2011, 3, 31), "Shares have fallen 15 percent in the quarter, which ends today.",
     [("the quarter", "DATE", "2011-Q1"), ("today", "DATE", "2011-03-31")]),
    # "left" as "remaining"
    (dt.date(2012, 5, 4), "It is one of six reports left before the election on Nov. 6.", [("Nov. 6", "DATE", "2012-11-06")]),
    # a sentence that opens on another year frames its bare month
    (dt.date(2012, 9, 30), "Last year, a typhoon killed 13 people when it crossed Japan in late September.",
     [("Last year", "DATE", "2011"), ("late September", "DATE", "2011-09")]),
    # the Lunar New Year from its table, after an infinitive of purpose; "which falls on" looks ahead
    (dt.date(2005, 2, 8), "Millions crammed into trains on Tuesday to reach home for the Lunar New Year, which falls on Wednesday.",
     [("Tuesday", "DATE", "2005-02-08"), ("Lunar New Year", "DATE", "2005-02-09"), ("Wednesday", "DATE", "2005-02-09")]),
    # a year named by a noun of plans
    (dt.date(2007, 12, 31), "His wish for the coming year was peace.", [("the coming year", "DATE", "2008")]),
]


@pytest.mark.parametrize("published, sentence, expected", CASES, ids=[c[1][:60] for c in CASES])
def test_wire4_rule_sentence(published, sentence, expected):
    check_sentence(published, sentence, expected)
