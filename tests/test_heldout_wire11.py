"""Held-out 2017-2025 news stories (tests/data/heldout-wire11, 8 texts, 275-335 words each), TIMEX3 annotated by
hand before the tagger ever ran on them, on topics the other held-out folders lack: a mayoral campaign calendar
with debates, early voting and a runoff "two weeks later" (AP, a Thursday, 2019-09-12), a pipeline permit appeal
with hearing and briefing dates (Reuters, a Tuesday, 2023-03-14), a lunar lander's launch window, T-minus countdown
and landing "early next year" (AP, a Thursday, 2025-11-20), a heat wave and power outages told hour by hour (AP, a
Tuesday, 2018-07-24), a football transfer deadline in "the 2025-26 season" (Reuters, a Friday, 2025-08-29), an
air bag recall by model years (AP, a Tuesday, 2017-10-17), a pandemic-era school year starting online (Reuters, a
Thursday, 2020-08-20), a climate summit whose talks ran past midnight into an extra day (AP, a Saturday,
2021-11-13).

First run (annotation as first written, 181 gold): 168 of 181 expressions exactly right (span and value), strict
F1 97.5, relaxed F1 98.1, value F1 92.1.
Annotation mistakes of mine that the first run showed, fixed afterwards (183 gold): "Cleared for December Launch"
(the headline month is a timex, 2025-12), "the city's seven-day positivity rate" (a DURATION P7D, as I had tagged
"a 10-day window" and "a two-week pause"), "by the end of the month" (I had put "by" inside the extent), and
"worked past midnight" in a past clause published on a Saturday: I gave the midnight that opened the Saturday
(2021-11-12T24:00); the project's convention, kept by two earlier examiners' tests ("The blast happened around
midnight", "He watched the clock until midnight"), is the publication day's T24:00, so the gold now says
2021-11-13T24:00. With the corrected annotation and the unchanged tagger: strict 98.6, relaxed 98.6, value 93.2.
Found in round 4 and applied here too (184 gold): the project tags "current" before any noun ("The current
president spoke": PRESENT_REF), so "spending in the current window" is gold now (unchanged tagger: value 93.5).

General fixes after the first run (TBAQ, WikiWars and the tweets unchanged to the last figure):
- "On July 6 ... its highest July reading. That day, ...": a coarse date of the publication's own month no
  longer hides the day named just before it when it holds that day, so "that day" is July 6.
- "follows on Thursday, Sept. 19, and the final debate will be held on Sunday", "begin the countdown on Monday,
  Dec. 1, and load the fuel late Tuesday": a future weekday joined by "and" to a future day named just before
  in the same sentence is the first such weekday after that day.
- "a primary on Sept. 24 ... every poll since June ... 'on the 24th'": a bare day of the month echoes the full
  date named before with that day when the last month named is a coarser one from an earlier sentence (a run
  of days, "on 2 October. On the 5th", keeps its month).
- "the court said in an order on Monday", "said in a statement on Tuesday": the day of a report, like "said on
  Monday", so a later clock time in a future clause ("The hearing is scheduled to begin at 9:30 a.m.") takes the
  event's day (April 18) rather than the report's.
Tried and dropped: bare plural units before "before"/"after" ("lost contact minutes before landing") as
durations: TBAQ leaves "seconds before the bomb exploded" and "a matter of days before" untagged, so the rule
cost TBAQ value F1 0.1. "Past midnight" as the midnight that opened the publication day: against the convention
above.
After the fixes: strict 98.6, relaxed 98.6, value 95.9 (177 of 183 expressions exactly right; 4 false alarms);
with "current" gold (184) after all four rounds: strict 98.9, relaxed 98.9, value 96.2 (178 of 184).

Round 2 (tests/data/heldout-wire11b, 5 stories of 265-335 words written after round 1's fixes): a stadium-tax
referendum by mail ballot (AP, a Wednesday, 2016-06-15), a sentencing postponed three weeks (Reuters, a Tuesday,
2024-02-06), a crew launch scrubbed at T-minus 40 seconds (AP, a Tuesday, 2026-03-03), rolling blackouts in a
Texas freeze (Reuters, a Tuesday, 2021-02-16), the French Open's night sessions and draw (AP, a Friday,
2022-05-27). First run (115 gold, annotation unchanged since): 102 of 115 expressions exactly right, strict F1
98.3, relaxed F1 99.1, value F1 87.9.
General fixes after it (TBAQ, WikiWars and the tweets unchanged to the last figure; no other held-out folder moved):
- round 1's schedule rule narrowed: it needs a second verb with its object ("..., and load the fuel late
  Tuesday") or a word of sequence ("..., and the final debate will be held on Sunday"); in "..., and opponents
  plan a rally at City Hall on Sunday afternoon" the rally may come first, so it is the coming Sunday.
- "would come no earlier than Thursday", "scheduled to start no earlier than 8:45 p.m.": "earlier" in a limit
  ("no/not earlier than") is no cue of the past.
- "are on course to meet in the quarterfinals on Tuesday" ("on track to", "on pace to"): a course ahead.
- "asked that he be allowed to travel ... in late February": a permission still to be given looks ahead.
- "treated dozens of cases in the past day": a DURATION (P1D), the last 24 hours, not yesterday.
- "moved to the autumn in 2020": a year right after a season is its year; "returned ... in the spring a year
  later": a season right before a year counted from the story takes that year.
- "Next Try Thursday", "the next hearing is Thursday": "next" before an event noun is a weak cue of the future
  (not "next week", "next to").
- "stood down late Monday ... next attempt Thursday. [new paragraph] The launch had been set for 10:41 p.m.": a
  past clock time in a story whose first day lies ahead takes the past day told just before, not publication.
After the fixes: strict 98.3, relaxed 99.1, value 96.6.

Round 3 (tests/data/heldout-wire11c, 5 stories of 265-300 words written after round 2's fixes): primary night
with poll closings by the hour (AP, a Wednesday, 2016-03-16), a Supreme Court ruling with a printing deadline
and the court's return "the first Monday in October" (Reuters, a Thursday, 2019-06-27), an asteroid sample
capsule's landing told by the minute (AP, a Sunday, 2023-09-24), a river crest forecast (AP, a Wednesday,
2024-04-03), a baseball trade deadline (Reuters, a Monday, 2017-07-31). First run (100 gold): 97 of 100
expressions exactly right, strict F1 97.0, relaxed F1 99.0, value F1 99.0 (one false alarm).
General fixes after it (corpora unchanged to the last figure, no other held-out folder moved):
- "announced at 4:02 p.m. Eastern time, just after ...": a zone written "Eastern/Central/Mountain/Pacific time"
  stays out of the extent, as the project's gold has it ("local time" likewise); before, only a following "on
  Friday" kept it out. "9 p.m. Eastern" keeps its zone.
- "called the state at 8:01 p.m., a minute after the last polls shut": "a minute", "a second" before "after" or
  "before" is the gap, a duration (still not "wait a minute").
- "Today is a day we have waited for", "Sunday was a day of mourning": after "is"/"was", "a day" ("a night")
  names a kind of day, no span (but "a day later" is; and "it was a week of cabs" stays an amount, as the
  held-out articles have it).
After the fixes: 100 of 100.

Round 4 (tests/data/heldout-wire11d, 5 stories of 255-305 words written after round 3's fixes): a sheriff recall
petition and its count (AP, a Thursday, 2018-10-04), a crypto lender's bankruptcy deadlines (Reuters, a Thursday,
2023-01-19), a weather satellite retired with its replacement's launch window (AP, a Wednesday, 2020-12-09),
wildfire smoke readings by the hour (AP, a Monday, 2025-06-02), a Tour de France stage (Reuters, a Friday,
2022-07-15). First run (113 gold): 107 of 113 expressions exactly right, strict F1 95.2, relaxed F1 96.9, value
F1 96.0 (four false alarms).
Annotation mistakes of mine that the first run showed, fixed afterwards (114 gold): "That right now expires on
Feb. 20" (the adverb "now" is a timex, PRESENT_REF), "\"Two minutes is nothing\"" (the lead, a DURATION),
"the 90 days before the filing" (the determiner belongs in the extent, as in "the past two weeks"), "over a
24-hour period" (the project's gold takes "24-hour" alone, as "a three-week period"), "$8 million a month" (the
project leaves rates untagged), "the current series" (tagged, as above). With the corrected annotation and the
unchanged tagger: strict 97.8, relaxed 98.7, value 97.8.
General fixes after it (corpora unchanged to the last figure):
- "That right now expires": after a determiner, "right" is a noun and only "now" is the expression.
- "We got 11 extra years out of it": "extra" joins "more", "additional" between a number and its unit.
- "Hospitals reported a rise in emergency room visits over the weekend" (written on a Monday): a present that is
  also a plural noun ("visits", "launches", "returns") is no scheduled present right after a determiner or a
  preposition, nor after "in/of/for" and its modifiers in a clause whose own past verb came first ("reported a
  rise in emergency room visits"; not after "said": "said the show opens Friday" still looks ahead, nor in
  "Having won on Sunday, the team travels to Madrid on Wednesday").
After the fixes: strict 99.1, relaxed 99.1, value 99.1 (113 of 114; one false alarm).

Round 5 (tests/data/heldout-wire11e, 5 stories of 250-290 words written after round 4's fixes): a general
election counted through the night (Reuters, a Friday, 2019-12-13), a patent appeal revived (Reuters, a
Thursday, 2024-09-05), a total solar eclipse over Spain timed to the minute (Reuters, a Wednesday, 2026-08-12), a
typhoon's landfalls across time zones (Reuters, a Thursday, 2023-07-27), football fixtures postponed over
Christmas (AP, a Monday, 2021-12-20). First run (101 gold): 95 of 101 expressions exactly right, strict F1 96.1,
relaxed F1 97.1, value F1 92.2 (five false alarms).
Annotation mistakes of mine that the first run showed, fixed afterwards (105 gold): "Rejects Christmas Break"
(the headline's holiday is a timex), "its Boxing Day program on Dec. 26" (so is the holiday before the date),
"Players must now take" ("now", PRESENT_REF, as the project tags it wherever it stands), "as Count Runs Through
the Night" (the election night, as the project tags "worked through the night"). With the corrected annotation
and the unchanged tagger: strict 98.1, relaxed 99.0, value 93.3.
General fixes after it (corpora unchanged to the last figure):
- "The league said its Boxing Day program on Dec. 26 would go ahead": a date inside the subject of a reported
  clause whose verb is "would ..." takes no tense from the report's "said": the nearest one (2021, six days
  ahead); "He said the attack on Sunday would not change policy" stays past.
- "Sterling jumped overnight ... before easing in the afternoon": a morning or afternoon told after a night
  is the next day's.
- "sold out on Monday. [...] cloud could reach the northwest by late afternoon": a part of day in a future
  clause, with the last day named in an earlier sentence and past, is today's.
After the fixes: strict 98.1, relaxed 99.0, value 97.1 (102 of 105; one false alarm).

Left unfixed (KNOWN_MISSES) below, with what they should give. FIXES holds regression sentences written while
fixing. Floors sit about a point under the scores reached."""
import datetime as dt
from pathlib import Path

import pytest

from test_heldout_articles import assert_held_out
from tests.test_tagger_handwritten import test_handwritten_sentence as check_sentence

WIRE11 = Path(__file__).resolve().parent / "data" / "heldout-wire11"

KNOWN_MISSES = [
    ("b1", "Candidates have until noon Friday to file finance reports covering July and August", "July", "DATE 2019-07",
     "a month named as the period a report covers is a past one; the future clause ('have until ... to file') "
     "sends it to 2020 (and 'August' with it)"),
    ("b1", "Polls will be open from 6:30 a.m. to 7:30 p.m. on primary day", "6:30 a.m.", "TIME 2019-09-24T06:30",
     "'primary day' names the Sept. 24 primary; the clock takes the last day named ('noon Friday'), as does '7:30 p.m.'"),
    ("b2", "The Paiute Nation sued ... in 2019 ... After a trial that lasted three weeks in the fall, ... upheld the "
     "permit in a ruling issued on Nov. 30", "the fall", "DATE 2022-FA",
     "the season takes the year last named (2019); the bare 'Nov. 30' right after it is read from publication (2022)"),
    ("b3", "a second attempt earlier this year lost contact minutes before landing", "minutes", "DURATION PTXM",
     "a bare plural unit before 'before' is left untagged (TBAQ leaves such gaps untagged: see above)"),
    ("b4", "its highest July reading on record", "July", "(none)",
     "a month used generically (any July on record) is tagged as this July"),
    ("b5", "their first two matches of the 2025-26 season", "2025-26", "(none)",
     "the project leaves hyphenated seasons untagged; the tagger gives '2025' and '26' (2026), as its rules test "
     "for 'The 1958-59 season' asks"),
    ("c1", "Ballots went out on June 6 and must reach the city clerk by 7 p.m. on election day", "7 p.m.",
     "TIME 2016-06-28T19:00", "'election day' names the June 28 vote of the lead; the clock takes June 6"),
    ("c3", "Forecasters put the chance of good weather at 70 percent, falling to 40 percent on Friday as a cold "
     "front moves in", "Friday", "DATE 2026-03-06", "a forecast told with a participle and an 'as' clause has no "
     "cue of the future; the bare weekday goes back"),
    ("c4", "A second winter storm is expected ...; demand hit a winter record", "winter", "(none)",
     "'winter' as a modifier ('winter storm', 'winter record') is tagged as this winter (2020-WI), twice"),
    ("c5", "He missed six weeks earlier in the season", "six weeks", "DURATION P6W",
     "read as 'six weeks earlier' (DATE 2022-W13); 'six weeks' is the object of 'missed'"),
    ("e2", "\"Every day of delay costs customers money\"", "Every day", "(none)",
     "'every day of <noun>' counts days of something, no recurring time; tagged SET P1D"),
    ("e4", "the city's parks department closed its outdoor pools for the day", "the day", "DATE 2025-06-02",
     "'for the day' (the story's day) is left untagged"),
    ("f1", "Counting went on through the morning in rural seats", "the morning", "TIME 2019-12-13TMO",
     "'through the morning' after a clock time of the small hours is left untagged"),
    ("f1", "[new paragraph] The prime minister said in a speech ... at about 2:30 p.m.", "about 2:30 p.m.",
     "TIME 2019-12-13T14:30", "a new paragraph's clock time takes the story's lead day (Thursday's vote), not the "
     "Friday afternoon of the paragraph before"),
    ("f1", "It was the first December general election in almost a century", "the first December", "(none)",
     "'the first December <noun>' (an election held in December) is read as 1 December"),
    ("f5", "an outbreak had threatened it earlier in the week", "earlier in the week", "DATE 2021-W50",
     "only 'the week' is tagged, as this week (W51) rather than the week of Sunday's match"),
]

# (folder, stories, at least this many gold expressions, floors about a point under the final scores)
FOLDERS = [
    ("heldout-wire11", 8, 180, dict(value=0.952, relaxed=0.979, strict=0.979)),
    ("heldout-wire11b", 5, 110, dict(value=0.955, relaxed=0.98, strict=0.972)),
    ("heldout-wire11c", 5, 95, dict(value=0.99, relaxed=0.99, strict=0.99)),
    ("heldout-wire11d", 5, 110, dict(value=0.98, relaxed=0.98, strict=0.98)),
    ("heldout-wire11e", 5, 100, dict(value=0.96, relaxed=0.98, strict=0.97)),
]


@pytest.mark.parametrize("folder, stories, gold, floors", FOLDERS, ids=[f[0] for f in FOLDERS])
def test_heldout_wire11_folder_score(folder, stories, gold, floors):
    assert_held_out(WIRE11.with_name(folder), stories, gold, **floors)


THU = dt.date(2019, 9, 12)
FIXES = [
    (dt.date(2018, 7, 24), "On July 6, the city hit 108 degrees, its highest July reading on record. That day, "
     "80,000 customers lost power.",
     [("July 6", "DATE", "2018-07-06"), ("July", "DATE", "2018-07"), ("That day", "DATE", "2018-07-06")]),
    (THU, "A forum follows on Thursday, Sept. 19, and the final debate will be held on Sunday.",
     [("Thursday, Sept. 19", "DATE", "2019-09-19"), ("Sunday", "DATE", "2019-09-22")]),
    (dt.date(2025, 11, 20), "Crews will begin the countdown on Monday, Dec. 1, and load the fuel late Tuesday.",
     [("Monday, Dec. 1", "DATE", "2025-12-01"), ("late Tuesday", "DATE", "2025-12-02", "END")]),
    (THU, "The final debate will be held on Sunday.", [("Sunday", "DATE", "2019-09-15")]),
    (THU, "The primary is on Sept. 24. Hale has led every poll since June. \"Nobody wins on the 24th,\" she said.",
     [("Sept. 24", "DATE", "2019-09-24"), ("June", "DATE", "2019-06"), ("the 24th", "DATE", "2019-09-24")]),
    (THU, "The primary is on Sept. 24. In June, polls opened on the 24th.",
     [("Sept. 24", "DATE", "2019-09-24"), ("June", "DATE", "2019-06"), ("the 24th", "DATE", "2019-06-24")]),
    (dt.date(2023, 3, 14), "The court will hear arguments on April 18, the court said in an order on Monday. The "
     "hearing is scheduled to begin at 9:30 a.m.",
     [("April 18", "DATE", "2023-04-18"), ("Monday", "DATE", "2023-03-13"), ("9:30 a.m.", "TIME", "2023-04-18T09:30")]),
]


FRI = dt.date(2022, 5, 27)
FIXES += [
    (dt.date(2016, 6, 15), "The campaigns will debate again on June 23, and opponents plan a rally on Sunday afternoon.",
     [("June 23", "DATE", "2016-06-23"), ("Sunday afternoon", "TIME", "2016-06-19TAF")]),
    (dt.date(2026, 3, 3), "NASA said the next attempt would come no earlier than Thursday.", [("Thursday", "DATE", "2026-03-05")]),
    (dt.date(2026, 3, 3), "The ruling came no earlier than Thursday.", [("Thursday", "DATE", "2026-02-26")]),
    (FRI, "Nadal plays on Saturday in the last match, which is scheduled to start no earlier than 8:45 p.m.",
     [("Saturday", "DATE", "2022-05-28"), ("8:45 p.m.", "TIME", "2022-05-28T20:45")]),
    (FRI, "Nadal and Djokovic are on course to meet in the quarterfinals on Tuesday.", [("Tuesday", "DATE", "2022-05-31")]),
    (dt.date(2024, 2, 6), "His lawyers asked that he be allowed to travel to Florida in late February.",
     [("late February", "DATE", "2024-02", "END")]),
    (dt.date(2021, 2, 16), "Hospitals treated dozens of such cases in the past day.", [("the past day", "DURATION", "P1D")]),
    (FRI, "The event, moved to the autumn in 2020, returned to the spring a year later.",
     [("the autumn", "DATE", "2020-FA"), ("2020", "DATE", "2020"), ("the spring", "DATE", "2021-SP"),
      ("a year later", "DATE", "2021")]),
    (dt.date(2026, 3, 3), "Launch Scrubbed; Next Try Thursday", [("Thursday", "DATE", "2026-03-05")]),
    (dt.date(2026, 3, 3), "He sat next to her on Thursday.", [("Thursday", "DATE", "2026-02-26")]),
    (dt.date(2026, 3, 3), "Next Try Thursday\n\nThe rocket stood down late Monday, and NASA said the next attempt would "
     "come no earlier than Thursday.\n\nThe launch had been set for 10:41 p.m. EST.",
     [("Thursday", "DATE", "2026-03-05"), ("late Monday", "DATE", "2026-03-02", "END"), ("Thursday", "DATE", "2026-03-05"),
      ("10:41 p.m. EST", "TIME", "2026-03-02T22:41")]),
]


MON = dt.date(2017, 7, 31)
FIXES += [
    (MON, "The deal was announced at 4:02 p.m. Eastern time, just after the deadline.",
     [("4:02 p.m.", "TIME", "2017-07-31T16:02")]),
    (MON, "The show airs at 9 p.m. Eastern.", [("9 p.m. Eastern", "TIME", "2017-07-31T21:00")]),
    (dt.date(2016, 3, 16), "The AP called the state at 8:01 p.m., a minute after the last polls shut.",
     [("8:01 p.m.", "TIME", "2016-03-16T20:01"), ("a minute", "DURATION", "PT1M")]),
    (MON, "Wait a minute.", []),
    (MON, "\"Today is a day we have waited for,\" she said.", [("Today", "DATE", "2017-07-31")]),
    (MON, "Sunday was a day of mourning.", [("Sunday", "DATE", "2017-07-30")]),
    (MON, "The deadline is a week away.", [("a week", "DURATION", "P1W")]),
]


FIXES += [
    (dt.date(2023, 1, 19), "That right now expires on Feb. 20.", [("now", "DATE", "PRESENT_REF"), ("Feb. 20", "DATE", "2023-02-20")]),
    (dt.date(2023, 1, 19), "Prices are high right now.", [("right now", "DATE", "PRESENT_REF")]),
    (dt.date(2020, 12, 9), "\"We got 11 extra years out of it,\" he said.", [("11 extra years", "DURATION", "P11Y")]),
    (dt.date(2025, 6, 2), "Hospitals reported a rise in emergency room visits over the weekend.",
     [("the weekend", "DATE", "2025-W22-WE")]),
    (dt.date(2025, 6, 2), "The pope visits Kenya over the weekend.", [("the weekend", "DATE", "2025-W23-WE")]),
    (dt.date(2025, 6, 2), "He said the show opens over the weekend.", [("the weekend", "DATE", "2025-W23-WE")]),
]


FIXES += [
    (dt.date(2021, 12, 20), "The league said its Boxing Day program on Dec. 26 would go ahead.",
     [("Boxing Day", "DATE", "2021-12-26"), ("Dec. 26", "DATE", "2021-12-26")]),
    (dt.date(2021, 12, 20), "He said the attack on Sunday would not change policy.", [("Sunday", "DATE", "2021-12-19")]),
    (dt.date(2019, 12, 13), "Sterling jumped overnight before easing in the afternoon.",
     [("overnight", "TIME", "2019-12-12TNI"), ("the afternoon", "TIME", "2019-12-13TAF")]),
    (dt.date(2019, 12, 13), "On Tuesday, talks dragged on. In the afternoon, they broke up.",
     [("Tuesday", "DATE", "2019-12-10"), ("the afternoon", "TIME", "2019-12-10TAF")]),
    (dt.date(2026, 8, 12), "Pharmacies sold out on Monday. Cloud could reach the northwest by late afternoon.",
     [("Monday", "DATE", "2026-08-10"), ("late afternoon", "TIME", "2026-08-12TAF")]),
]


@pytest.mark.parametrize("published, sentence, expected", FIXES, ids=[c[1][:60] for c in FIXES])
def test_wire11_fix_sentence(published, sentence, expected):
    check_sentence(published, sentence, expected)
