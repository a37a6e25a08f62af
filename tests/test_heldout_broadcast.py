"""Held-out broadcast and bulletin texts (tests/data/heldout-broadcast, 4 texts, 200-220 words each), TIMEX3
annotated by hand before the tagger ever ran on them: a network TV news transcript with anchor, reporter and an
interview (2019-03-13, a Wednesday), a weather and traffic bulletin with clock times, time zones and parts of day
(2021-02-15, a Monday), a live blog with "HH:MM GMT" entry stamps (2022-12-13, a Tuesday) and a town's public
notices with school closures, road works and opening hours (2023-01-09, a Monday).

Annotation decisions: a time zone after a clock time belongs to its extent ("4 a.m. EDT Thursday" in TimeBank);
generic opening or meter hours ("open from 10 a.m. to 8 p.m. daily") are any day's clock times, XXXX-XX-XXT10:00
(TimeBank has no generic hours; this follows the project's habitual "meetings are held at 7 p.m."); a live
blog's entry stamp is that publication day's time. Left out as ambiguous: a blog's "Updated 3 minutes ago"
(no anchor time to count from), "Monday through Thursday" opening days, a delayed day's bell time set against
the usual one.

First run (92 gold): strict F1 96.7, relaxed F1 97.8, value F1 81.3.
After general fixes (a clock time alone on its line, a live blog's stamp, is the publication day's; when one
end of a clock range is any day's ("from 10 a.m. to 8 p.m. daily", "..., except on Sundays") so is the other;
"from midnight to 6 a.m. Wednesday" dates its midnight too; "Friday at the earliest" lies ahead; a weekday in
an imperative clause ("so watch for black ice ... Tuesday morning") lies ahead; "has been moved to Friday"
lies ahead): strict 96.7, relaxed 97.8, value 94.5 (wire6 value 96.1 -> 97.2, wire6b 92.3 -> 94.7). Then
("between 07:30 and 18:30": 24-hour clock times after "between"; a US zone name in the extent, "8 a.m.
Central"): strict 98.9, relaxed 98.9, value 95.7. Left: "could last weeks" (a bare plural unit after a verb);
"NIGHTLY NEWS" (a show's name) tagged as a SET; "ordered outages starting at 1:25 a.m." and "The next update
will be at 8 a.m. Central" dated to the last day named (Wednesday, tomorrow); "had been due to begin Wednesday
morning but was postponed" (the coming Wednesday) read as past, a pluperfect plan annotators could split on.
Floors sit about a point under the scores reached."""
import datetime as dt
from pathlib import Path

import pytest

from test_heldout_articles import assert_held_out
from tests.test_tagger_handwritten import test_handwritten_sentence as check_sentence

BROADCAST = Path(__file__).resolve().parent / "data" / "heldout-broadcast"


def test_heldout_broadcast_score():
    assert_held_out(BROADCAST, 4, 88, value=0.947, relaxed=0.978, strict=0.978)


MON = dt.date(2023, 1, 9)

FIXES = [  # regression sentences written while fixing (not held out)
    (MON, "Officials say Thursday at the earliest.", [("Thursday", "DATE", "2023-01-12")]),
    (MON, "Skies clear tonight, so watch for ice on untreated roads Wednesday.",
     [("tonight", "TIME", "2023-01-09TNI"), ("Wednesday", "DATE", "2023-01-11")]),
    (MON, "The hearing has been moved to Friday.", [("Friday", "DATE", "2023-01-13")]),
    (MON, "Meters are enforced from 8 a.m. to 5 p.m., except on Sundays.",
     [("8 a.m.", "TIME", "XXXX-XX-XXT08:00"), ("5 p.m.", "TIME", "XXXX-XX-XXT17:00"), ("Sundays", "SET", "XXXX-WXX-7")]),
    (MON, "The pool will open from 6 a.m. to 9 p.m. daily.",
     [("6 a.m.", "TIME", "XXXX-XX-XXT06:00"), ("9 p.m.", "TIME", "XXXX-XX-XXT21:00"), ("daily", "SET", "P1D")]),
    (MON, "The bridge will be closed from midnight to 5 a.m. Thursday.",
     [("midnight", "TIME", "2023-01-12T00:00"), ("5 a.m. Thursday", "TIME", "2023-01-12T05:00")]),
    (MON, "Live updates\n\n14:20 GMT\nThe talks resumed on Friday.\n\n15:02 GMT\nNo deal yet.",
     [("14:20 GMT", "TIME", "2023-01-09T14:20"), ("Friday", "DATE", "2023-01-06"), ("15:02 GMT", "TIME", "2023-01-09T15:02")]),
    (MON, "Travel only between 06:45 and 19:15 today.",
     [("06:45", "TIME", "2023-01-09T06:45"), ("19:15 today", "TIME", "2023-01-09T19:15")]),
    (MON, "The president will speak at 9 p.m. Eastern.", [("9 p.m. Eastern", "TIME", "2023-01-09T21:00")]),
    (MON, "They met at 8 a.m. Central Park was empty.", [("8 a.m.", "TIME", "2023-01-09T08:00")]),
    (MON, "Good morning, it's 7:15 and traffic is heavy.", [("7:15", "TIME", "2023-01-09T07:15")]),
    (MON, "Sunny today, showers likely Thursday afternoon.",
     [("today", "DATE", "2023-01-09"), ("Thursday afternoon", "TIME", "2023-01-12TAF")]),
    (MON, "The gym is open from 5 a.m. to 11 p.m. on weekdays.",
     [("5 a.m.", "TIME", "XXXX-XX-XXT05:00"), ("11 p.m.", "TIME", "XXXX-XX-XXT23:00"), ("weekdays", "SET", "XXXX-WXX-WD")]),
]


BROADCAST2 = Path(__file__).resolve().parent / "data" / "heldout-broadcast2"


def test_heldout_broadcast2_score():
    """Round 2 (tests/data/heldout-broadcast2, 2 shorter texts, 157-183 words), written after round 1's fixes and
    annotated before the tagger ran on them: a radio morning newscast with a reporter and a traffic note
    (2024-04-18, a Thursday) and a city's holiday and election schedule notice (2024-10-31, a Thursday).

    First run (39 gold): strict F1 97.4, relaxed F1 97.4, value F1 74.4. Annotation mistakes of mine it showed,
    fixed (40 gold): "now" in "leaders now say" (the project tags it, as "now expects"); "that day" right after
    "collected on Nov. 12 instead" is that Nov. 12 (anaphora), not the holiday I meant. After a general fix (clock
    ranges followed by "on weekdays"/"on weekends" are any day's): strict 98.7, relaxed 98.7, value 88.6; with a
    bare clock time after "it's"/"it is" ("it's 6:30"): strict 100, relaxed 100, value 90.0. A verbless forecast
    ("showers likely Saturday afternoon") then looked ahead, but "Our next newscast is at 7 o'clock" right after it
    took that Saturday (a bare clock time takes the last day named): value still 90.0. Left: that; "fare rises ...
    on Sunday" (a scheduled present with a noun subject), read as past; "close at noon on the holiday" dated to the
    last date named; "ballots postmarked Nov. 5 will count" read as last year's. Texts are shorter than round 1's
    (no more time)."""
    assert_held_out(BROADCAST2, 2, 35, value=0.89, relaxed=0.99, strict=0.99)


@pytest.mark.parametrize("published, sentence, expected", FIXES, ids=[c[1][:60] for c in FIXES])
def test_broadcast_fix_sentence(published, sentence, expected):
    check_sentence(published, sentence, expected)
