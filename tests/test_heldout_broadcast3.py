"""Held-out broadcast news transcripts, round 3 (tests/data/heldout-broadcast3, 6 texts, 312-359 words each), TIMEX3
annotated by hand before the tagger ever ran on them: a cable network's midterm-election night with anchor and
Capitol Hill correspondent (1998-11-04, a Wednesday), a public-radio morning show on a hurricane with a reporter in
Miami (2017-09-08, a Friday, lower-case speaker labels), an evening business hour's market wrap-up and weather
(2019-08-14, a Wednesday), an international radio service's report from Jerusalem (2000-10-12, a Thursday), a local
TV noon sports segment on a World Series title (2016-11-03, a Thursday) and a public-radio interview about daylight
saving time mixing past and future (2022-03-15, a Tuesday). They hold spoken years ("nineteen ninety-two",
"two thousand and seven", "November two thousand twenty-three", "twenty eighteen", "nineteen-oh-eight"), spoken
days ("November nineteenth") and clock times ("ten thirty eastern time", "a quarter to one"), time zones ("11 a.m.
Eastern"), "this hour", "the top of the hour", "right now", "a short time ago", show names in capitals.

Annotation decisions (the project's, where it had one): "now" is PRESENT_REF wherever it stands, also "Now the
weather" (TimeBank's broadcast files tag "now we're going to go back"); "a short time ago" is PAST_REF as the
project's "a moment ago"; "the top of the hour" is a time of the broadcast day, hour unknown (DCTXX), as the
project's "this hour"; "X p.m. Eastern" keeps its zone, "X Eastern time" does not ("midnight Eastern time on
Friday" in the project's tests; "local time" likewise), and "2 p.m. Eastern on Sunday" is two timexes; "highs in
the upper seventies" is a temperature, no decade; a show's name ("CNN WORLD TODAY:") is no date; "at least a week"
keeps its modifier in the extent.

First run (134 gold): strict F1 94.3, relaxed F1 96.6, value F1 89.7.
An annotation mistake of mine found while fixing (133 gold): I had tagged the bare "hours" in "fired rockets today,
hours after two Israeli soldiers were killed" (PTXH), but the project leaves a bare unit before "before"/"after"
untagged on purpose (tests/test_tagger_passages2_heldout.py: TBAQ leaves "seconds before the bomb exploded"
untagged, WikiWars tags "months before"), so it is no longer gold. With that and the unchanged tagger: strict 94.7,
relaxed 96.9, value 90.1.

After general fixes (133 gold): strict 98.1, relaxed 99.6, value 96.6. The fixes, by family:
- time zones: "Eastern/Central/Mountain/Pacific" after a clock time was refused before any lower-case word ("2 p.m.
  Eastern on Sunday" lost its zone, then its Sunday), the capital test of "8 a.m. Central Park" being matched
  case-blind; it now looks for a capital only ("X Eastern time on Friday" is left as the project's tests want it).
- spoken years: "two thousand twenty-three" (tens after "two thousand"), "twenty eighteen", "twenty twenty-two",
  "twenty thirty"; refused before a counted noun ("twenty ten games", "two thousand twenty soldiers") unless a
  preposition of time comes first ("in nineteen ninety-six elections were held").
- spoken clock times: "ten thirty", "seven fifteen", "three forty-five" when a zone, a.m./p.m., "tonight" or "in the
  morning" follows; an evening newscast ("Good evening." in its opening) promising a bare hour ahead ("full results
  at ten thirty eastern time") means the evening's hour.
- broadcast phrases: "the top (bottom) of the hour"; "throughout the morning" as "in/during the morning" in a
  clause looking ahead (a past one dated the marathon story of heldout-wire7 to the wrong day); a show's name in
  capitals before a colon ("CNN WORLD TODAY:", "WORLD NEWS TONIGHT:") is no date.
- temperatures: "highs in the upper seventies", "lows in the mid-forties" (a decade in words after "upper"/"lower",
  or after highs/lows/temperatures/degrees) are no decades.
- narrative year: "In January nineteen seventy-four, Congress ... It was popular at first. By the fall, ..." — "the
  fall" in a past clause right after another year's date, with no date between, is that story's season (the first
  one from that date on), which also dates "that October" after it.
- tense: a pronoun's present "be" heads a short clause about a plan ("they're home against the Knicks on Saturday":
  ahead), up to 8 words back, where a noun subject's "is" still counts only up to 4.
After round 2's fixes (below) round 1 stood unchanged; then one more, from round 1's list of misses: a bare clock
time after a month of the publication's year ("What are traders watching tomorrow? / Retail sales for July come out
at 8:30 in the morning") keeps the day named last (tomorrow) instead of going back to the story's lead day, which
stays the rule after another year's month ("Last year, Roke struck ... in late September. ... by 6 p.m."): strict
98.1, relaxed 99.6, value 97.4. And a clock hour from 12 to 4 with no a.m./p.m. soon after a night ("Cole was at
the ballpark last night. ... the final out at a quarter to one") is past midnight, the next morning's, as an "a.m."
time after a night is: value 98.1. Last, a clock time after "the next (full) advisory/update/bulletin/newscast/
briefing ..." is the broadcast day's, not the day named last ("could arrive by Saturday afternoon. The next full
advisory comes out at 11 a.m. Eastern"), and a show's name in capitals may also open its heading line ("NIGHTLY
NEWS:"): strict 98.1, relaxed 99.6, value 98.9. These two also mended misses the earlier broadcast examiner had
left (heldout-broadcast value 95.7 -> 97.3, "NIGHTLY NEWS" and "The next update will be at 8 a.m. Central";
heldout-broadcast2 90.0 -> 92.5); every other held-out folder scores as before. And, as an evening show's bare hour
ahead is the evening's, a morning show's ("Good morning." in its opening) evening clock time in a past clause is
last night's ("The National Hurricane Center's 11 p.m. advisory moved the track"): value 99.6.
Known misses: KNOWN_MISSES below. FIXES holds regression sentences written while fixing (not held out).
Floors sit about a point under the scores reached."""
import datetime as dt
from pathlib import Path

import pytest

from test_heldout_articles import assert_held_out
from tests.test_tagger_handwritten import test_handwritten_sentence as check_sentence

BROADCAST3 = Path(__file__).resolve().parent / "data" / "heldout-broadcast3"


def test_heldout_broadcast3_score():
    assert_held_out(BROADCAST3, 6, 130, value=0.985, relaxed=0.985, strict=0.97)


SAT = dt.date(2023, 6, 17)  # a Saturday, ISO week 24
WED = dt.date(2019, 8, 14)
TUE = dt.date(2022, 3, 15)

FIXES = [  # regression sentences written while fixing (not held out)
    (SAT, "The network will air a special at 8 p.m. Eastern on Sunday.",
     [("8 p.m. Eastern", "TIME", "2023-06-18T20:00"), ("Sunday", "DATE", "2023-06-18")]),
    (SAT, "The deadline expires at midnight Pacific time on Friday.",
     [("midnight", "TIME", "2023-06-23T24:00"), ("Friday", "DATE", "2023-06-23")]),
    (TUE, "The plant opened in March two thousand twelve.", [("March two thousand twelve", "DATE", "2012-03")]),
    (TUE, "The rules have applied since twenty nineteen.", [("twenty nineteen", "DATE", "2019")]),
    (TUE, "The city wants to be carbon-free by twenty thirty.", [("twenty thirty", "DATE", "2030")]),
    (TUE, "The club won twenty ten games last season.", []),
    (TUE, "In nineteen ninety-two elections were held.", [("nineteen ninety-two", "DATE", "1992")]),
    (SAT, "We will have more at the top of the hour.", [("the top of the hour", "TIME", "2023-06-17TXX")]),
    (SAT, "The march began today. Speakers will address the crowd throughout the afternoon.",
     [("today", "DATE", "2023-06-17"), ("the afternoon", "TIME", "2023-06-17TAF")]),
    (SAT, "The race was run yesterday. Temperatures were mild throughout the morning.",
     [("yesterday", "DATE", "2023-06-16")]),  # a past "throughout": the story's day is not sure (wire7's marathon)
    (WED, "Tomorrow will be sunny, with highs in the lower eighties.", [("Tomorrow", "DATE", "2019-08-15")]),
    (WED, "Lows tonight in the mid-fifties.", [("tonight", "TIME", "2019-08-14TNI")]),
    (WED, "Rock music changed in the seventies.", [("the seventies", "DATE", "197")]),
    (TUE, "In May 2009, the mill closed. Hundreds lost their jobs. By the winter, most had moved away.",
     [("May 2009", "DATE", "2009-05"), ("the winter", "DATE", "2009-WI")]),
    (TUE, "In 2016 the bank failed. By the summer, it plans to hire again.",
     [("2016", "DATE", "2016"), ("the summer", "DATE", "2022-SU")]),
    (SAT, "The Jets lost on Sunday, and they're at home against Miami on Thursday.",
     [("Sunday", "DATE", "2023-06-11"), ("Thursday", "DATE", "2023-06-22")]),
    (SAT, "ABC WORLD NEWS TONIGHT: Floods in the valley", []),
    (SAT, "The speech starts at seven fifteen p.m.", [("seven fifteen p.m.", "TIME", "2023-06-17T19:15")]),
    # (the zone "eastern time" left out of the extent since wire11's round 3, as this folder's gold has it)
    (SAT, "Good evening. We will have the full story at nine thirty eastern time.",
     [("nine thirty", "TIME", "2023-06-17T21:30")]),
]

KNOWN_MISSES = [  # (document, text, expected value, why the tagger misses it)
    # ("a quarter to one Eastern time", "ten thirty eastern time": the zone was taken into the extent; right since
    # wire11's round 3, which leaves "Eastern time" out as the project's gold does)
    ("c05-cubs", "10", "2016-11-04T10:00", "'It starts at 10 at Wrigley Field': a bare number as a clock time"),
]


BROADCAST3B = Path(__file__).resolve().parent / "data" / "heldout-broadcast3b"


def test_heldout_broadcast3b_score():
    """Round 2 (tests/data/heldout-broadcast3b, 4 texts, 259-321 words), written after round 1's fixes and annotated
    before the tagger ran on them: a network evening newscast on an airliner lost off Long Island and the Olympics'
    opening night (1996-07-19, a Friday), a public-radio afternoon show on a hurricane's landfall (2005-08-29, a
    Monday, lower-case speaker labels), an evening business report on a market crash and sports called off by a
    pandemic (2020-03-12, a Thursday) and a public-radio interview with a historian the day after an election
    (2004-11-03, a Wednesday).

    First run (82 gold): strict F1 96.3, relaxed F1 97.6, value F1 96.3. Misses: "eight thirty Eastern time
    tonight" (a spoken clock time before a zone written with "time" and a lower-case word), "Tonight at ten" (a
    bare hour in words); false alarms "a day like this", "a night like last night"; "about" taken into "What's
    striking about this year"; "a count that had stretched through the night" (conceded "this afternoon") read as
    tonight.
    After general fixes: strict 100, relaxed 100, value 100 (round 1 unchanged at 98.1, 99.6, 96.6). The fixes:
    a spoken clock time before "(local|Eastern|...) time" and "tonight" after such a zone gives the evening's hour;
    "Tonight at ten," and "at nine tonight" (an hour in words beside "tonight"); "a day/night like ..." is a kind
    of day, no amount; adjectives of judgement ("striking", "interesting", "unusual", ...) head a prepositional
    "about", no "about" of approximation; "through the night" in a past clause whose day is the publication's is
    the night before it, and an "a.m." clock time after a night takes the morning after."""
    assert_held_out(BROADCAST3B, 4, 78, value=0.99, relaxed=0.99, strict=0.99)


FIXES_B = [  # regression sentences written while fixing round 2 (not held out)
    (dt.date(2020, 3, 12), "Stay with us. Tonight at ten, a special report.",
     [("Tonight", "TIME", "2020-03-12TNI"), ("ten", "TIME", "2020-03-12T22:00")]),
    (dt.date(2020, 3, 12), "The show airs at nine tonight.", [("nine tonight", "TIME", "2020-03-12T21:00")]),
    (dt.date(1996, 7, 19), "The parade begins at seven thirty local time tonight.",
     [("seven thirty", "TIME", "1996-07-19T19:30"), ("tonight", "TIME", "1996-07-19TNI")]),
    (dt.date(2020, 3, 12), "Brokers said they had never seen a week like this one.", []),
    (dt.date(2004, 11, 3), "What is interesting about this year is the weather.", [("this year", "DATE", "2004")]),
    (dt.date(2004, 11, 3), "The mayor resigned this morning after talks that had dragged on through the night.",
     [("this morning", "TIME", "2004-11-03TMO"), ("the night", "TIME", "2004-11-02TNI")]),
    (dt.date(2004, 11, 3), "Protesters clashed with police last night. By 2 a.m., the streets were quiet.",
     [("last night", "TIME", "2004-11-02TNI"), ("2 a.m.", "TIME", "2004-11-03T02:00")]),
    (WED, "Stocks rallied yesterday. What are traders watching tomorrow? Retail sales for July come out at 8:30 in "
          "the morning.", [("yesterday", "DATE", "2019-08-13"), ("tomorrow", "DATE", "2019-08-15"), ("July", "DATE", "2019-07"),
                           ("8:30 in the morning", "TIME", "2019-08-15T08:30")]),
    (dt.date(2016, 11, 3), "Fans partied downtown last night. At a quarter to one, police moved in.",
     [("last night", "TIME", "2016-11-02TNI"), ("a quarter to one", "TIME", "2016-11-03T00:45")]),
    (dt.date(2016, 11, 3), "They met at a quarter to one.", [("a quarter to one", "TIME", "2016-11-03T12:45")]),
    (dt.date(1999, 8, 12), "Bonds rallied yesterday. Prices rose 0.2% last month, the department said at 8:30 a.m.",
     [("yesterday", "DATE", "1999-08-11"), ("last month", "DATE", "1999-07"), ("8:30 a.m.", "TIME", "1999-08-11T08:30")]),
    (dt.date(2018, 1, 30), "His contract runs until June 2023. The club had chased him since the summer.",
     [("June 2023", "DATE", "2023-06"), ("the summer", "DATE", "2017-SU")]),
    (SAT, "Winds could arrive by Sunday afternoon. The next full advisory comes out at 11 a.m. Eastern.",
     [("Sunday afternoon", "TIME", "2023-06-18TAF"), ("11 a.m. Eastern", "TIME", "2023-06-17T11:00")]),
    (SAT, "NIGHTLY NEWS: Storms hit the coast", []),
    (SAT, "host: Good morning. The storm center's 11 p.m. advisory moved the track west. The president will speak at 8 p.m.",
     [("11 p.m.", "TIME", "2023-06-16T23:00"), ("8 p.m.", "TIME", "2023-06-17T20:00")]),
    (SAT, "TODAY: Sunny, high 75. TONIGHT: Clear.", [("TODAY", "DATE", "2023-06-17"), ("TONIGHT", "TIME", "2023-06-17TNI")]),
    (dt.date(2004, 11, 3), "Crews will work today and through the night.",
     [("today", "DATE", "2004-11-03"), ("the night", "TIME", "2004-11-03TNI")]),
]


@pytest.mark.parametrize("published, sentence, expected", FIXES + FIXES_B, ids=[c[1][:60] for c in FIXES + FIXES_B])
def test_broadcast3_fix_sentence(published, sentence, expected):
    check_sentence(published, sentence, expected)
