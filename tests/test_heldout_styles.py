"""Held-out news texts in styles other than straight wire copy (tests/data/heldout-styles, 8 texts, 240-310 words
each), TIMEX3 annotated by hand before the tagger ever ran on them: a wildfire live blog with "10:42 a.m. —" entry
stamps and an "Update, Thursday:" heading (2021-07-14, a Wednesday), a food maker's press release with an embargo
line, a dateline, notes to editors and a fiscal year (2017-03-14, a Tuesday), an op-ed on the Berlin Wall twenty
years on (2009-11-09, a Monday), a Q&A explainer on airline refund rules ("When will the new rules take effect?",
2026-02-10, a Tuesday), a technology newsletter's week in review with a "Coming up next week:" list (2014-05-30, a
Friday), a football match report with the match clock ("after 12 minutes", "the 91st minute", 2012-05-14, a
Monday), a newspaper's corrections column (2008-02-22, a Friday) and a Q&A interview with a glaciologist
(2016-09-26, a Monday).

Annotation decisions (the project's, where it had one): "Twenty years ago tonight" is one TIME, that day's night, as
the project's "Twenty years ago today" is one DATE; a live blog's stamps are the day of the entries they head, and
after "Update, Thursday:" that is the Thursday after publication (as are its "today", "through the night" and
"shortly before midnight"); a match minute ("the 58th minute") and "stoppage time", "half-time" are no timexes, a
number of minutes is a DURATION ("after 12 minutes"); "last Wednesday" in a Friday newsletter that has already
named this week's Wednesday ("Apple confirmed on Wednesday") is the Wednesday before; "the fiscal year ending 31
March 2017" is a DURATION and a DATE, as the project's "the year ended June 30"; a play's performance hours and a
desk's office hours are any day's (XXXX-XX-XXT19:30), as the project's "meetings are held at 7 p.m."; "four
decades" is P40Y; a date negated by a correction ("not March 13") is still a date.

First run (187 gold): strict F1 97.1, relaxed F1 98.7, value F1 85.8; 159 of 187 expressions exactly right, no
text without an error. Misses: the live blog's Thursday heading read as the Thursday before and its later entries
left on Wednesday (6 values); the op-ed's 1989 months ("had opened its border in May", "that September", "On
October 9", "that autumn") put in 2009 and "Twenty years ago tonight" split in two; "tickets bought on or after April
28" read as past (twice); the newsletter's "Coming up next week: - Monday: ..." list and its keynote hour read as
this week's (4), "last Wednesday" as this week's; "given Monday and Tuesday off" (written on Monday) took the
Tuesday before; "00:01 GMT" lost in "EMBARGOED UNTIL 00:01 GMT, TUESDAY 14 MARCH 2017"; "last into the evening";
"the morning after the storm"; performance and office hours dated; "That August" lost its "that"; after "than in
the whole of 1985" a July in 2003's story went to 1985.
An annotation mistake of mine found after the run (188 gold): the newsletter's title "Your Friday briefing" names
the day it comes out, 2014-05-30, which I had left untagged; with it the first run scores strict 97.3, relaxed
98.9, value 86.1.

After general fixes (188 gold): strict 99.7, relaxed 99.7, value 98.7. The fixes:
- "N years ago tonight / this morning / this afternoon / this evening": one TIME, that day's part of day.
- "that" before a month followed by a lower-case word is a determiner after "and", "but" or at a sentence's start
  ("and that September thousands fled", "That August the glacier lost"), not after a verb ("said that May sales").
- a bare month (or month and day) in a past clause right after a date of an earlier year: in a pluperfect clause
  after a date that opens its sentence, the last such month up to it ("By the summer of 1989 things were changing
  fast. Hungary had opened its border in May"); in a simple past after a month or day the narrative itself placed,
  the first one from it on ("that September ... On October 9").
- a date named as a comparison's standard ("than in the whole of 1985") does not move the story to it.
- a weekday heading a line with a colon: in a live text (clock-stamped entries above) "Update, Thursday:" is the
  first such day from publication on, and the entries after it are that day's; a list item's label ("- Monday:")
  lies in the week its heading names ("Coming up next week:").
- after a clock time past 6 p.m., a morning clock time is the morning after that clock time's day, not after the
  day a new paragraph went back to.
- weekdays listed in the week's order ("Monday and Tuesday") are one week's days.
- "into the evening", "into the night" are the story day's, like "in the evening", "through the night".
- a clock time's weekday is not taken when it opens a day-month date ("00:01 GMT, Tuesday 14 March 2017").
- a participle after the object of a present verb of a rule's reach ("apply to tickets bought on or after April
  28", "covers goods shipped before March") is no past tense of the clause.
- "last Wednesday" after a bare "Wednesday" that named this week's is the week before.
- a present plural of recurring events ("Evening performances begin at 7:30 p.m., not 8 p.m.") makes its clock
  times any day's.
Known misses: KNOWN_MISSES below. FIXES holds regression sentences written while fixing (not held out).
Floors sit about a point under the scores reached.

All eight rounds' first runs (strict / relaxed / value F1 as annotated; in brackets with my annotation mistakes
corrected; then after that round's fixes): 1 heldout-styles 97.1 / 98.7 / 85.8 (86.1; 98.7), 2 heldout-stylesb 90.1 /
92.1 / 81.7 (83.7; 99.0), 3 heldout-stylesc 95.1 / 95.1 / 89.0 (90.9; 97.5), 4 heldout-stylesd 92.5 / 93.5 / 88.4
(92.8; 97.1), 5 heldout-stylese 99.3 / 99.3 / 97.8 (-; 100), 6 heldout-stylesf 98.8 / 100 / 91.6 (91.6; 100),
7 heldout-stylesg 98.0 / 98.0 / 84.6 (86.7; 97.3), 8 heldout-stylesh 93.2 / 95.9 / 91.9 (94.1; 96.1). The annotation
mistakes were mostly timexes left untagged in titles and labels ("Your Friday briefing", "General election 2015",
"Today in History") and the project's conventions learnt on the way ("current" as PRESENT_REF, "weekly" as a SET, "a
week later" as a week, "the day" untagged, "Saturday, 11 a.m." one TIME). What kept failing on new material is
structure rather than phrasing: a text's own days set by headings, labels and stamps (live blogs, listings, calendars,
week reviews), and the tense of verbless lines (answers, list items, forecasts)."""
import datetime as dt
from pathlib import Path

import pytest

from test_heldout_articles import assert_held_out
from tests.test_tagger_handwritten import test_handwritten_sentence as check_sentence

STYLES = Path(__file__).resolve().parent / "data" / "heldout-styles"


def test_heldout_styles_score():
    assert_held_out(STYLES, 8, 180, value=0.977, relaxed=0.987, strict=0.987)


WALL = dt.date(2009, 11, 9)  # a Monday
FIRE = dt.date(2021, 7, 14)  # a Wednesday
DIGEST = dt.date(2014, 5, 30)  # a Friday, ISO week 22
MATCH = dt.date(2012, 5, 14)  # a Monday
FARES = dt.date(2026, 2, 10)  # a Tuesday

FIXES = [  # regression sentences written while fixing (not held out)
    (WALL, "Twenty years ago tonight, the wall fell.", [("Twenty years ago tonight", "TIME", "1989-11-09TNI")]),
    (WALL, "Ten years ago this morning, the plant exploded.", [("Ten years ago this morning", "TIME", "1999-11-09TMO")]),
    (WALL, "In 2003, it was hot. That August the glacier lost ice.",
     [("2003", "DATE", "2003"), ("That August", "DATE", "2003-08")]),
    (WALL, "He said that May sales rose.", [("May", "DATE", "2009-05")]),
    (WALL, "By the summer of 1989 things were changing fast. Hungary had opened its border in May, and that September "
           "thousands fled. On October 9, 70,000 people marched.",
     [("the summer of 1989", "DATE", "1989-SU"), ("May", "DATE", "1989-05"), ("that September", "DATE", "1989-09"),
      ("October 9", "DATE", "1989-10-09")]),
    (WALL, "The talks collapsed after the August 1988 ceasefire. Iran, which had condemned the invasion on Aug. 2, "
           "wants peace.", [("August 1988", "DATE", "1988-08"), ("Aug. 2", "DATE", "2009-08-02")]),
    (dt.date(2016, 9, 26), "In 2003 the glacier lost more ice than in the whole of 1985. The stakes we had drilled in "
                           "July were lying on the surface.",
     [("2003", "DATE", "2003"), ("1985", "DATE", "1985"), ("July", "DATE", "2003-07")]),
    (FIRE, "Fire: live updates\n\n8:05 a.m. — The fire grew overnight.\n\nUpdate, Thursday:\n\n6:10 a.m. — Crews held "
           "the line through the night. More homes were evacuated shortly before midnight.\n\n8:45 a.m. — The next "
           "update is at 11 a.m. today.",
     [("8:05 a.m.", "TIME", "2021-07-14T08:05"), ("overnight", "TIME", "2021-07-13TNI"), ("Thursday", "DATE", "2021-07-15"),
      ("6:10 a.m.", "TIME", "2021-07-15T06:10"), ("the night", "TIME", "2021-07-14TNI"),
      ("midnight", "TIME", "2021-07-14T24:00"), ("8:45 a.m.", "TIME", "2021-07-15T08:45"),
      ("11 a.m. today", "TIME", "2021-07-15T11:00")]),
    (DIGEST, "Coming up next week:\n- Monday: The conference opens, with the keynote at 10 a.m. Pacific.\n- Friday: The "
             "jobs report.", [("next week", "DATE", "2014-W23"), ("Monday", "DATE", "2014-06-02"),
                              ("10 a.m. Pacific", "TIME", "2014-06-02T10:00"), ("Friday", "DATE", "2014-06-06")]),
    (DIGEST, "Apple confirmed on Wednesday that it will pay $3 billion. eBay said last Wednesday that hackers struck.",
     [("Wednesday", "DATE", "2014-05-28"), ("last Wednesday", "DATE", "2014-05-21")]),
    (DIGEST, "eBay said last Wednesday that hackers struck.", [("last Wednesday", "DATE", "2014-05-28")]),
    (MATCH, "The players had been given Monday and Tuesday off.",
     [("Monday", "DATE", "2012-05-14"), ("Tuesday", "DATE", "2012-05-15")]),
    (MATCH, "Gusts will return by late afternoon and last into the evening.",
     [("late afternoon", "TIME", "2012-05-14TAF", "END"), ("the evening", "TIME", "2012-05-14TEV")]),
    (dt.date(2017, 3, 14), "EMBARGOED UNTIL 00:01 GMT, TUESDAY 14 MARCH 2017",
     [("00:01 GMT", "TIME", "2017-03-14T00:01"), ("TUESDAY 14 MARCH 2017", "DATE", "2017-03-14")]),
    (FARES, "Most of the rules apply to tickets bought on or after April 28.", [("April 28", "DATE", "2026-04-28")]),
    (FARES, "The ban applied to goods shipped after April 28.", [("April 28", "DATE", "2025-04-28")]),
    (dt.date(2008, 2, 22), "Evening performances begin at 7:30 p.m., not 8 p.m.",
     [("7:30 p.m.", "TIME", "XXXX-XX-XXT19:30"), ("8 p.m.", "TIME", "XXXX-XX-XXT20:00")]),
]

KNOWN_MISSES = [  # (document, text, expected value, why the tagger misses it)
    ("e07-corrections", "the morning", "2008-02-12TMO",
     "'It was taken on Feb. 12, the morning after the storm': a part of day set beside a date and anchored on an "
     "event is not tagged"),
    ("e07-corrections", "9 a.m.", "XXXX-XX-XXT09:00",
     "'To report an error, call ... between 9 a.m. and 5 p.m.': office hours in an instruction are any day's, dated "
     "to the last day named"),
    ("e07-corrections", "5 p.m.", "XXXX-XX-XXT17:00", "as above"),
    ("f02-release", "10:30 a.m.", "2019-01-09T10:30",
     "value right; 'Pacific Time' taken into the extent (the project's tests leave 'X Eastern time' out): a strict miss"),
    ("f05-interview", "winter", "XXXX-WI", "'In winter we worked 12-hour shifts': a habitual past's season, read as the last winter"),
    ("g03-moon", "4 a.m.", "1969-07-21T04:00",
     "'On the night of the landing my father woke me just before 4 a.m.': the night of an event fifty years back (no "
     "date in the clause, a new paragraph) is not found; the publication day is taken"),
    ("g04-loans", "June 30", "2023-06-30",
     "'The Supreme Court struck down President Biden's plan to cancel up to $20,000 per borrower on June 30': the date "
     "is read as the plan's, ahead (an attachment the text leaves open), not the ruling's"),
    ("h02-history", "the next morning", "1865-04-15TMO",
     "'In 1865, President Abraham Lincoln was shot ...; he died the next morning', in a column of this day's events: the "
     "entry's day (April 14 of its year) is not found, the last day named (1912's) is taken"),
    ("h02-history", "the end of the fiscal year", "2011",
     "'through September, the end of the fiscal year' in the 'One year ago' entry: the apposed September's year is not "
     "taken (value 2012)"),
    ("h03-listings", "spring", "(none)", "'its spring book sale': a season as a modifier, tagged 2024-SP"),
    ("h04-letters", "Sunday", "(none)", "'Bring back the Sunday bus': a weekday naming a service, tagged as last Sunday"),
    ("k02-notices", "4pm", "XXXX-XX-XXT16:00",
     "'Notices may be placed by phone until 4pm on the day before publication': any day's, dated to publication"),
    ("k04-court", "the week ahead", "2011-W19",
     "a Tuesday's 'Court calendar: the week ahead' listing Wednesday to Friday: read as next week (2011-W20), as the "
     "project's 'the week ahead' written on a Sunday is"),
    ("l03-tax-qa", "7 a.m.", "XXXX-XX-XXT07:00", "'Its phone lines are open from 7 a.m. to 7 p.m. local time': opening hours "
     "without 'daily' or a weekday plural are dated to publication (polls 'open from 7 a.m.' on election day are that day's)"),
    ("l03-tax-qa", "7 p.m.", "XXXX-XX-XXT19:00", "as above"),
    ("l04-tv", "Christmas", "2021-12-25", "'3pm, BBC One and ITV: The Queen's Christmas broadcast, her first since the "
     "death of Prince Philip in April', under the 'Christmas Day' heading: read as last Christmas (2020-12-25)"),
]


@pytest.mark.parametrize("published, sentence, expected", FIXES, ids=[c[1][:60] for c in FIXES])
def test_styles_fix_sentence(published, sentence, expected):
    check_sentence(published, sentence, expected)


STYLESB = Path(__file__).resolve().parent / "data" / "heldout-stylesb"


def test_heldout_stylesb_score():
    """Round 2 (tests/data/heldout-stylesb, 5 texts, 215-255 words), written after round 1's fixes and annotated
    before the tagger ran on them: a general-election live blog with bare 24-hour stamps ("22:48" alone on its line)
    and a "Friday 8 May" heading after midnight (2015-05-07, a Thursday), a biotech press release with preliminary
    results and a conference presentation (2019-01-08, a Tuesday), a Q&A explainer on the clock change (2023-03-10, a
    Friday), a morning newsletter after a credit downgrade with an "On our calendar:" list (2011-08-09, a Tuesday) and
    an interview with a retiring observatory director (2022-06-21, a Tuesday).

    First run (96 gold): strict F1 90.1, relaxed F1 92.1, value F1 81.7; 77 of 96 expressions exactly right, no text
    without an error. Misses: every bare 24-hour stamp of the live blog (8), and after its "Friday 8 May" heading "later
    this morning", "12:30", "11:00" kept on Thursday; "the full year ended December 31, 2018" read as a DATE; "10:30
    a.m. Pacific Time" took its zone (the project's convention leaves "X Pacific time" out, a strict miss only); "15
    minutes earlier each night" read as a date; "getting outside in the light on Sunday morning" after "researchers
    suggest" read as past; the calendar list's Wednesday, Thursday (and its 8:30 a.m.) and Friday read as last week's;
    false alarms "a night assistant", "the week 40 years ago this month".
    Annotation mistakes of mine found after the run (101 gold): five expressions I had left untagged are timexes by
    the project's conventions and TimeBank's: the blog's title year ("General election 2015"), the interview title's
    "35 years", "The current schedule" (PRESENT_REF, as TimeBank tags "current"), "Weekly jobless claims" (SET P1W, as
    TimeBank's "weekly radio address") and the habitual "In winter we worked 12-hour shifts" (XXXX-WI). With them the
    first run scores strict 92.9, relaxed 94.9, value 83.7.

    After general fixes (101 gold): strict 99.0, relaxed 100, value 99.0 (round 1 unchanged). The fixes:
    - a two-digit 24-hour clock time alone on its line, with other such lines in the text, is a live blog's stamp.
    - a day-precise date alone on its line, within a week after publication, after stamped entries ("Friday 8 May"),
      makes its entries that day's, as a weekday heading does.
    - "the full/whole/entire year ended December 31" is a span, as "the year ended".
    - "N units earlier/later" before a rate or a comparison ("earlier each night", "later than planned") is the
      shift's amount, a DURATION.
    - a schedule list's heading ("On our calendar:", "Coming up:", "The week ahead:") puts its weekday labels ahead.
    - "the week 40 years ago this month": "the week" is no date of its own.
    - "a night assistant", "a night clerk" (more compound nouns after "a day/night").
    - a present verb of advice and its gerund ("suggest going ... and getting outside on Sunday morning") look ahead,
      unless a past verb of the gerund's own comes between."""
    assert_held_out(STYLESB, 5, 95, value=0.98, relaxed=0.99, strict=0.98)


FIXES_B = [  # regression sentences written while fixing round 2 (not held out)
    (dt.date(2015, 5, 7), "Results\n\n22:00\nPolls have closed.\n\n22:48\nSunderland is racing.\n\nFriday 8 May\n\n01:15\n"
                          "The SNP has won.\n\n06:05\nHe will speak later this morning.\n\n09:48\nCameron will see the Queen at 12:30.",
     [("22:00", "TIME", "2015-05-07T22:00"), ("22:48", "TIME", "2015-05-07T22:48"), ("Friday 8 May", "DATE", "2015-05-08"),
      ("01:15", "TIME", "2015-05-08T01:15"), ("06:05", "TIME", "2015-05-08T06:05"),
      ("later this morning", "TIME", "2015-05-08TMO"), ("09:48", "TIME", "2015-05-08T09:48"),
      ("12:30", "TIME", "2015-05-08T12:30")]),
    (dt.date(2015, 5, 7), "John 3:16\nis a verse.", []),
    (dt.date(2019, 1, 8), "It reported revenue for the full year ended December 31, 2018. Sales for the full year rose.",
     [("the full year", "DURATION", "P1Y"), ("December 31, 2018", "DATE", "2018-12-31"), ("the full year", "DATE", "2018")]),
    (FARES, "Go to bed 15 minutes earlier each night.", [("15 minutes", "DURATION", "PT15M"), ("each night", "SET", "XXXX-XX-XXTNI")]),
    (FARES, "The launch came a week later than planned.", [("a week", "DURATION", "P1W")]),
    (FARES, "Two days later, he resigned.", [("Two days later", "DATE", "2026-02-12")]),
    (dt.date(2011, 8, 9), "Good morning.\n\nOn our calendar:\n- Wednesday: Cisco reports.\n- Friday: Retail sales for July.",
     [("Wednesday", "DATE", "2011-08-10"), ("Friday", "DATE", "2011-08-12"), ("July", "DATE", "2011-07")]),
    (dt.date(2011, 8, 9), "Our columnist looks back at the week 40 years ago this month when Nixon closed the gold window.",
     [("40 years ago this month", "DATE", "1971-08")]),
    (dt.date(2022, 6, 21), "She joined as a night assistant in 1987.", [("1987", "DATE", "1987")]),
    (dt.date(2023, 3, 10), "Doctors recommend avoiding caffeine on Sunday.", [("Sunday", "DATE", "2023-03-12")]),
    (dt.date(2023, 3, 10), "Analysts recommend buying shares that fell on Thursday.", [("Thursday", "DATE", "2023-03-09")]),
]


@pytest.mark.parametrize("published, sentence, expected", FIXES_B, ids=[c[1][:60] for c in FIXES_B])
def test_styles_fix_sentence_b(published, sentence, expected):
    check_sentence(published, sentence, expected)


STYLESC = Path(__file__).resolve().parent / "data" / "heldout-stylesc"


def test_heldout_stylesc_score():
    """Round 3 (tests/data/heldout-stylesc, 5 texts, 217-237 words), written after round 2's fixes and annotated
    before the tagger ran on them: a World Cup semi-final minute by minute ("68 min:", "90+4 min:" entry labels,
    2018-07-11, a Wednesday), an article republished with an editor's note and a correction (2020-06-04, a Thursday),
    an op-ed fifty years after the moon launch (2019-07-16, a Tuesday), a student-loan Q&A (2023-08-30, a Wednesday)
    and a solo sailor's interview transcript with "Q." and "A." (2007-10-23, a Tuesday).

    First run (78 gold): strict F1 95.1, relaxed F1 95.1, value F1 89.0; 73 of 78 expressions exactly right, no text
    without an error. Misses: the match report's seven minute labels ("1 min:", "45+1 min:") tagged as durations; "At
    about 2 a.m." and "Christmas Eve" in an answer to "What was the hardest moment?" read as the coming Christmas Eve;
    "my father woke me just before 4 a.m." (the night of a landing fifty years back) dated to publication; "struck down
    President Biden's plan to cancel ... on June 30" read as the plan's June 30 ahead.
    Annotation mistakes of mine found after the run (79 gold): the op-ed title's "in eight years" (P8Y), which I had
    left untagged; and "a week later" after "July 1" is by the project's convention the week a week on (2020-W28), not
    the day (my 2020-07-08). With them the first run scores strict 95.8, relaxed 95.8, value 90.9.

    After general fixes (79 gold): strict 100, relaxed 100, value 97.5 (rounds 1 and 2 unchanged). The fixes:
    - a minute-by-minute report's entry label ("68 min:", "90+4 min:" opening a line) is the match clock, no span.
    - a verbless answer ("A. Christmas Eve, in the Southern Ocean.", at most a speaker label and three capitalised
      words before the expression) takes the tense of the question just above it ("What was the hardest moment?")."""
    assert_held_out(STYLESC, 5, 75, value=0.965, relaxed=0.99, strict=0.99)


FIXES_C = [  # regression sentences written while fixing round 3 (not held out)
    (dt.date(2018, 7, 11), "Preamble.\n\n1 min: Croatia kick off.\n\n45+1 min: Half-time.\n\n90+4 min: Full time. We go to "
                           "extra time, 30 minutes more.\n\nThe break lasted 15 min: long enough.",
     [("30 minutes", "DURATION", "PT30M"), ("15 min", "DURATION", "PT15M")]),
    (dt.date(2007, 10, 23), "Q. What was the hardest moment?\n\nA. Christmas Eve, in the Southern Ocean. A wave knocked the "
                            "boat flat at about 2 a.m.\n\nQ. What's next?\n\nA. A bath. My publisher wants it by next summer.",
     [("Christmas Eve", "DATE", "2006-12-24"), ("about 2 a.m.", "TIME", "2006-12-24T02:00", "APPROX"),
      ("next summer", "DATE", "2008-SU")]),
    (dt.date(2007, 10, 23), "When is the race?\nSaturday, in Leeds.", [("Saturday", "DATE", "2007-10-27")]),
]


@pytest.mark.parametrize("published, sentence, expected", FIXES_C, ids=[c[1][:60] for c in FIXES_C])
def test_styles_fix_sentence_c(published, sentence, expected):
    check_sentence(published, sentence, expected)


STYLESD = Path(__file__).resolve().parent / "data" / "heldout-stylesd"


def test_heldout_stylesd_score():
    """Round 4 (tests/data/heldout-stylesd, 5 texts, 201-221 words), written after round 3's fixes and annotated
    before the tagger ran on them: a debt-crisis timeline with "June 27:" entries in the historical present
    (2015-07-06, a Monday), a news agency's "Today in History" column (2012-04-14, a Saturday), an Easter weekend
    listings guide (2024-03-28, a Thursday), a letters page (2010-02-05, a Friday) and a verdict live blog in reverse
    order with "Updated 5:12 p.m. ET" stamps (2021-04-20, a Tuesday).

    First run (95 gold): strict F1 92.5, relaxed F1 93.5, value F1 88.4; 88 of 95 expressions exactly right, one text
    (the live blog) without an error. Misses: the listings' "showers on Saturday" after "the forecast is mixed:", the
    egg hunt's "Saturday, 11 a.m." line and "6 a.m. on Easter Sunday, followed by breakfast" all read as past; "he
    died the next morning" (1865's entry) anchored on 1912; "60 euros a day"; false alarms "the Sunday bus", "its
    spring book sale".
    Annotation mistakes of mine found after the run (103 gold): the column's four "Today" ("Today in History", "Today
    is Saturday, April 14", "Today's highlight", "Thought for today": the publication day), the quotation's "The
    future", "the present" and "the past" (FUTURE_REF, PRESENT_REF, PAST_REF, as the conventions' table has them), "the
    end of the fiscal year" (2011, END), the guide's title "this Easter weekend" and the "Easter" of "Riverside Easter
    Fair" (an event held at Easter, as the project tags "an Independence Day parade") were timexes I had left untagged;
    "60 euros a day" is no SET by the project's convention ("The plant produces 300 tonnes a day": untagged); and
    "Saturday, 11 a.m." is one TIME by the project's rule for a day and the clock time after it ("May 8 1:00AM"), not
    two. With these the first run scores strict 98.6, relaxed 98.6, value 92.8.

    After general fixes (103 gold): strict 99.0, relaxed 99.0, value 97.1 (rounds 1-3 unchanged). The fixes:
    - "the present" set against "the past" or "the future" in its sentence ("The future influences the present just
      as much as the past", "the past and the present") is a time, not a gift.
    - a verbless clause after "forecast" looks ahead ("the forecast is mixed: ... showers on Saturday").
    - an events listing's line opened by a weekday (and a clock time) with no verb looks ahead.
    - "followed by" is a sequence, no past tense ("6 a.m. on Easter Sunday, followed by breakfast")."""
    assert_held_out(STYLESD, 5, 100, value=0.96, relaxed=0.98, strict=0.98)


FIXES_D = [  # regression sentences written while fixing round 4 (not held out)
    (dt.date(2024, 3, 28), "The future influences the present just as much as the past. She unwrapped the present.",
     [("The future", "DATE", "FUTURE_REF"), ("the present", "DATE", "PRESENT_REF"), ("the past", "DATE", "PAST_REF")]),
    (dt.date(2024, 3, 28), "In the past, she unwrapped the present.", [("the past", "DATE", "PAST_REF")]),
    (dt.date(2024, 3, 28), "The forecast is mixed: sunny spells on Good Friday, showers on Saturday and a dry Easter Sunday.",
     [("Good Friday", "DATE", "2024-03-29"), ("Saturday", "DATE", "2024-03-30"), ("Easter Sunday", "DATE", "2024-03-31")]),
    (dt.date(2024, 3, 28), "The forecast was wrong on Saturday.", [("Saturday", "DATE", "2024-03-23")]),
    (dt.date(2024, 3, 28), "Egg hunt at Hallam Park\nSaturday, 11 a.m.. Free, for children under 10.",
     [("Saturday, 11 a.m.", "TIME", "2024-03-30T11:00")]),
    (dt.date(2024, 3, 28), "St Mary's Church, 6 a.m. on Easter Sunday, followed by breakfast in the church hall.",
     [("6 a.m.", "TIME", "2024-03-31T06:00"), ("Easter Sunday", "DATE", "2024-03-31")]),
]


@pytest.mark.parametrize("published, sentence, expected", FIXES_D, ids=[c[1][:60] for c in FIXES_D])
def test_styles_fix_sentence_d(published, sentence, expected):
    check_sentence(published, sentence, expected)


STYLESE = Path(__file__).resolve().parent / "data" / "heldout-stylese"


def test_heldout_stylese_score():
    """Round 5 (tests/data/heldout-stylese, 5 texts, 201-216 words), written after round 4's fixes and annotated
    before the tagger ran on them: an earthquake's "what we know so far" list (2023-02-06, a Monday), a Rugby World
    Cup preview in five numbered points (2019-09-19, a Thursday), a headphone maker's press release with "Pricing and
    availability" (2018-09-12, a Wednesday), an editorial ten years after Lehman's collapse (2018-09-15, a Saturday)
    and a travel advisory on French strikes with a "Last updated:" line (2019-12-16, a Monday).

    First run (68 gold): strict F1 99.3, relaxed F1 99.3, value F1 97.8; 67 of 68 expressions exactly right, three of
    five texts without an error. Misses: "at 7:15 p.m., which is 11:15 a.m. in London" dated the London time to the
    next day; false alarm "Christmas travel:" (a heading).

    After general fixes: strict 100, relaxed 100, value 100 (rounds 1-4 unchanged). The fixes:
    - a clock time restating another in another zone ("which is", "or", an opening parenthesis before it) is the same
      day's, not the morning after an evening time.
    - "travel" and "getaway" after a holiday name the season's travel, as "Christmas shopping" does."""
    assert_held_out(STYLESE, 5, 65, value=0.99, relaxed=0.99, strict=0.99)


FIXES_E = [  # regression sentences written while fixing round 5 (not held out)
    (dt.date(2019, 9, 19), "England open against Tonga on Sunday at 7:15 p.m., which is 11:15 a.m. in London.",
     [("Sunday", "DATE", "2019-09-22"), ("7:15 p.m.", "TIME", "2019-09-22T19:15"), ("11:15 a.m.", "TIME", "2019-09-22T11:15")]),
    (dt.date(2019, 9, 19), "Polls closed at 10 p.m. Thursday. By 5 a.m., the count was over.",
     [("10 p.m. Thursday", "TIME", "2019-09-19T22:00"), ("5 a.m.", "TIME", "2019-09-20T05:00")]),
    (dt.date(2019, 12, 16), "Christmas travel: book early. If you travel over Christmas, book tickets you can change.",
     [("Christmas", "DATE", "2019-12-25")]),
]


@pytest.mark.parametrize("published, sentence, expected", FIXES_E, ids=[c[1][:60] for c in FIXES_E])
def test_styles_fix_sentence_e(published, sentence, expected):
    check_sentence(published, sentence, expected)


STYLESF = Path(__file__).resolve().parent / "data" / "heldout-stylesf"


def test_heldout_stylesf_score():
    """Round 6 (tests/data/heldout-stylesf, 5 texts, 201-212 words), written after round 5's fixes and annotated
    before the tagger ran on them: a World Cup opening-day live blog with "Posted at 15:02" stamps (2022-11-20, a
    Sunday), a "Seven days" week-in-review column with "Monday:" ... "Saturday:" entries (2016-10-16, a Sunday), a
    council's consultation FAQ (2021-01-11, a Monday), a podcast transcript with "[00:01:18]" media timestamps
    (2020-09-03, a Thursday) and a league's Saturday round-up with fixtures (2014-10-26, a Sunday).

    First run (83 gold): strict F1 98.8, relaxed F1 100, value F1 91.6; 75 of 83 expressions exactly right, two of five
    texts without an error. Misses: the week in review's six entry labels ("Monday: The pound fell ...", "Friday: A
    quiet end to a noisy week") read as next week's, round 4's listing rule taking a label's line for a verbless one;
    "moved to Sunday, November 2, at 1pm" put the clock time on the lead Saturday.
    An annotation mistake of mine found after the run (83 gold): "adding about 10 minutes" keeps its "about" (APPROX)
    in the extent, as the project's durations do; I had tagged "10 minutes" alone (a strict miss only). With it the
    first run scores strict 100, relaxed 100, value 91.6.

    After general fixes: strict 100, relaxed 100, value 100 (rounds 1-5 unchanged). The fixes:
    - a weekday labelling a line with a colon takes the tense of the line after its colon ("Monday: The pound fell");
      only a verbless one makes a listing's day ahead.
    - a weekday label right after a label of an earlier weekday in the same list is the day after it in that week
      ("Thursday: ... / Friday: A quiet end to a noisy week").
    - a clock time right after the day it belongs to (", at 1pm") keeps that day even in a past clause."""
    assert_held_out(STYLESF, 5, 80, value=0.99, relaxed=0.99, strict=0.99)


FIXES_F = [  # regression sentences written while fixing round 6 (not held out)
    (dt.date(2016, 10, 16), "Seven days\n\nMonday: The pound fell.\n\nThursday: Bob Dylan, awarded the Nobel Prize.\n\n"
                            "Friday: A quiet end to a noisy week.",
     [("Seven days", "DURATION", "P7D"), ("Monday", "DATE", "2016-10-10"), ("Thursday", "DATE", "2016-10-13"),
      ("Friday", "DATE", "2016-10-14")]),
    (dt.date(2014, 10, 26), "Saturday's results were mixed. The derby was moved to Sunday, November 2, at 1pm, for television.",
     [("Saturday", "DATE", "2014-10-25"), ("Sunday, November 2", "DATE", "2014-11-02"), ("1pm", "TIME", "2014-11-02T13:00")]),
]


@pytest.mark.parametrize("published, sentence, expected", FIXES_F, ids=[c[1][:60] for c in FIXES_F])
def test_styles_fix_sentence_f(published, sentence, expected):
    check_sentence(published, sentence, expected)


STYLESG = Path(__file__).resolve().parent / "data" / "heldout-stylesg"


def test_heldout_stylesg_score():
    """Round 7 (tests/data/heldout-stylesg, 5 texts, 201-211 words), written after round 6's fixes and annotated
    before the tagger ran on them: an eclipse photo gallery's captions (2017-08-22, a Tuesday), a newspaper's death
    notices (2013-03-08, a Friday), an NBA finals game story with a game clock ("with 4:39 left in the fourth quarter",
    2016-06-20, a Monday), a court calendar with weekday heading lines and "9 a.m., Courtroom 4B:" entries (2011-05-10,
    a Tuesday) and a Q&A on a funeral bank holiday (2022-09-12, a Monday).

    First run (74 gold): strict F1 98.0, relaxed F1 98.0, value F1 84.6; 63 of 74 expressions exactly right, one text
    (the gallery) without an error. Misses: the court calendar's six entry times all put on the publication day, not
    their heading's day; "Supermarkets will close on Monday" and "until 6.30am on Monday" (written on a Monday, after
    "Monday 19 September") read as the publication day; "The day has been declared a bank holiday"; the notices'
    "until 4pm on the day before publication" (any day's) dated; "the week ahead" (the calendar's own week) read as
    next week.
    Annotation mistakes of mine found after the run (75 gold): "with 10 seconds to go" (PT10S) and "over the weekend"
    after Thursday's death (2022-W36-WE) are timexes I had left untagged; "The day has been declared ..." is untagged by
    the project's convention ("the day", "the night" alone are too often not dates). With them the first run scores
    strict 100, relaxed 100, value 86.7.

    After general fixes (75 gold): strict 100, relaxed 100, value 97.3 (rounds 1-6 unchanged). The fixes:
    - a clock time opening an entry under a heading line that is only a day ("Wednesday" / "9 a.m., Courtroom 4B: ...")
      is that day's.
    - a bare weekday in a clause that is not past, once the text has dated that weekday in full within two weeks
      ahead ("Monday 19 September ... will close on Monday"), is that date."""
    assert_held_out(STYLESG, 5, 70, value=0.965, relaxed=0.99, strict=0.99)


FIXES_G = [  # regression sentences written while fixing round 7 (not held out)
    (dt.date(2011, 5, 10), "Court calendar\n\nWednesday\n9 a.m., Courtroom 4B: Sentencing of a man convicted in March.\n"
                           "1:30 p.m., Courtroom 2A: Bail hearing.\n\nThursday\n9:30 a.m., Courtroom 4B: Jury selection begins.",
     [("Wednesday", "DATE", "2011-05-11"), ("9 a.m.", "TIME", "2011-05-11T09:00"), ("March", "DATE", "2011-03"),
      ("1:30 p.m.", "TIME", "2011-05-11T13:30"), ("Thursday", "DATE", "2011-05-12"), ("9:30 a.m.", "TIME", "2011-05-12T09:30")]),
    (dt.date(2022, 9, 12), "The funeral will take place at 11am on Monday 19 September. Supermarkets will close on Monday. "
                           "It lies in state from 5pm on Wednesday until 6.30am on Monday.",
     [("11am", "TIME", "2022-09-19T11:00"), ("Monday 19 September", "DATE", "2022-09-19"), ("Monday", "DATE", "2022-09-19"),
      ("5pm", "TIME", "2022-09-14T17:00"), ("Wednesday", "DATE", "2022-09-14"), ("6.30am", "TIME", "2022-09-19T06:30"),
      ("Monday", "DATE", "2022-09-19")]),
]


@pytest.mark.parametrize("published, sentence, expected", FIXES_G, ids=[c[1][:60] for c in FIXES_G])
def test_styles_fix_sentence_g(published, sentence, expected):
    check_sentence(published, sentence, expected)


STYLESH = Path(__file__).resolve().parent / "data" / "heldout-stylesh"


def test_heldout_stylesh_score():
    """Round 8 (tests/data/heldout-stylesh, 5 texts, 200-210 words), written after round 7's fixes and annotated
    before the tagger ran on them: news alerts on the Notre-Dame fire with "Apr 16, 3:34 a.m. EDT" stamps (2019-04-15,
    a Monday), an editor's note on a paper's 150th birthday (2025-01-02, a Thursday), a tax-deadline Q&A (2024-04-12, a
    Friday), Christmas television listings under "Christmas Eve" / "Christmas Day" / "Boxing Day" headings (2021-12-24,
    a Friday) and a radio interview with an astronomer (2023-01-30, a Monday).

    First run (71 gold): strict F1 93.2, relaxed F1 95.9, value F1 91.9; 66 of 71 expressions exactly right, one text
    (the alerts) without an error. Misses: "a new two-part drama about the winter of 1962-63" took "about" as an
    approximation; "Part two airs the following night" (after Boxing Day's 8pm) anchored on the publication day; phone
    lines "open from 7 a.m. to 7 p.m." dated; false alarm "It became a daily in 1921".
    Annotation mistakes of mine found after the run (76 gold): "weekly publication" (SET P1W, as TimeBank's "weekly
    radio address"), "What now?", "buried for weeks" (PXW), "a couple of hours after dark" (PT2H, a duration before a
    signal, as the project's "two years after the war") and "The Queen's Christmas broadcast" (2021-12-25, an event on
    the holiday, as "an Independence Day parade") were timexes I had left untagged, and "for the last 150 years" keeps
    "the last" in its extent. With them the first run scores strict 98.0, relaxed 99.3, value 94.1.

    After general fixes (76 gold): strict 100, relaxed 100, value 96.1 (rounds 1-7 unchanged). The fixes:
    - "about" after a work's noun ("a drama about the winter of 1962-63", "a book about 1968") is a preposition.
    - a season counts as a coarse date: "the following night" after one goes back to the story's last day ("Boxing
      Day / 8pm, ITV: ... about the winter of 1962-63 ... Part two airs the following night").
    - "a daily" / "a weekly" before a preposition or at a clause's end is a newspaper, no set."""
    assert_held_out(STYLESH, 5, 70, value=0.95, relaxed=0.99, strict=0.99)


FIXES_H = [  # regression sentences written while fixing round 8 (not held out)
    (dt.date(2025, 1, 2), "It became a daily in 1921 and went back to weekly publication. They hold a weekly meeting.",
     [("1921", "DATE", "1921"), ("weekly", "SET", "P1W"), ("weekly", "SET", "P1W")]),
    (dt.date(2021, 12, 24), "TV guide\n\nBoxing Day\n8pm, ITV: a new drama about the winter of 1962-63. Part two airs the following night.",
     [("Boxing Day", "DATE", "2021-12-26"), ("8pm", "TIME", "2021-12-26T20:00"), ("the winter of 1962-63", "DATE", "1962-WI"),
      ("the following night", "TIME", "2021-12-27TNI")]),
]


@pytest.mark.parametrize("published, sentence, expected", FIXES_H, ids=[c[1][:60] for c in FIXES_H])
def test_styles_fix_sentence_h(published, sentence, expected):
    check_sentence(published, sentence, expected)
