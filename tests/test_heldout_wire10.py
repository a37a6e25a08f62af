"""Held-out 1991-2012 wire stories (tests/data/heldout-wire10, 6 texts, 270-300 words each), TIMEX3 annotated by
hand before the tagger ever ran on them, on topics the other held-out folders lack: a runway incursion at an airport
(AP, a Tuesday, 2004-08-17), a transit strike that began at 12:01 a.m. (AP, a Friday, 1995-11-03), a coordinated
central-bank rate cut (Reuters, a Wednesday, 2008-10-08), a cycling doping ban (AP, a Monday, 2012-10-22), a tanker
grounding with an earlier spill as background (Reuters, a Tuesday, 1991-02-12), a record art auction (NYT, a
Wednesday, 2010-05-05).

First run (annotation as first written, 86 gold): strict F1 95.3, relaxed F1 97.7, value F1 91.9.
Annotation mistakes of mine that the first run showed, fixed afterwards (88 gold): "A 1932 portrait" and "The
question now is" (both timexes, which I had left untagged); "about 3:30 a.m." (the project's gold keeps "about" in
the extent, mod APPROX); "the morning rush" (gold extent "the morning"); "a year and a half" (the project's tests
value it P1Y6M, not P18M). With the corrected annotation and the unchanged tagger: strict 98.9, relaxed 98.9,
value 94.3.
After a general fix ("a single day", "a single night": "single" joins "whole", "entire", "full" as a word that may
stand between the article and a unit of a duration): strict 99.4, relaxed 99.4, value 94.9 (corpora unchanged).
Left unfixed (KNOWN_MISSES): see the list below. FIXES holds regression sentences written while fixing.
Floors sit about a point under the scores reached."""
import datetime as dt
from pathlib import Path

import pytest

from test_heldout_articles import assert_held_out
from tests.test_tagger_handwritten import test_handwritten_sentence as check_sentence

WIRE10 = Path(__file__).resolve().parent / "data" / "heldout-wire10"

KNOWN_MISSES = [
    ("a2", "Talks Set for Weekend", "Weekend", "DATE 1995-W44-WE",
     "a bare capitalised 'Weekend' in a headline is not taken as a timex"),
    ("a2", "trains were jammed during the morning rush", "the morning", "TIME 1995-11-03TMO",
     "anchored on the last time named ('midnight Thursday', 1995-11-02) rather than the strike's day"),
    ("a2", "A state mediator has called both sides back to the table Saturday", "Saturday", "DATE 1995-11-04",
     "a present perfect reporting verb makes the weekday read as past; the action ('back to the table') is ahead"),
    ("a4", "a decline that began in 2010, ... and a federal criminal inquiry that was dropped in February",
     "February", "DATE 2012-02", "the bare month takes the year named earlier in the sentence, not the story's"),
    ("a5", "Salvage crews planned to try to pump oil out ... possibly Wednesday", "Wednesday", "DATE 1991-02-13",
     "'planned to' (future in the past) does not turn the weekday forward"),
]


def test_heldout_wire10_score():
    assert_held_out(WIRE10, 6, 85, value=0.94, relaxed=0.985, strict=0.985)


MON = dt.date(2012, 10, 22)
FIXES = [
    (MON, "The storm dropped a foot of snow in a single night.", [("a single night", "DURATION", "P1D")]),
    (MON, "Not a single day passed without shelling.", [("a single day", "DURATION", "P1D")]),
    (MON, "The fund lost 9 percent in a single week.", [("a single week", "DURATION", "P1W")]),
    (MON, "The single biggest risk is inflation.", []),
]


@pytest.mark.parametrize("published, sentence, expected", FIXES, ids=[c[1][:60] for c in FIXES])
def test_wire10_fix_sentence(published, sentence, expected):
    check_sentence(published, sentence, expected)
