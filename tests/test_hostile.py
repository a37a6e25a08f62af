"""Hostile text for the extraction core: property tests (hypothesis) over random and adversarial text.

For any text, ``worker.engine.extract``
- never raises,
- returns expressions whose offsets slice the input to exactly their text, in order and without overlap,
- returns events whose timex, sentence and trigger offsets slice the input to what they report, with a valid
  interval, that serialise to JSON (what the sink stores),
- is deterministic (same input, same event ids: the idempotent store relies on it).

Big inputs (1 MB of "Monday ", a 1 MB digit run, 1 MB of repeated dates...) run in a subprocess under a hang
guard of HANG_GUARD seconds: that is not a speed test (bench/hostile.py measures how time grows with size) but
a bound so a runaway engine fails the test instead of hanging CI.
"""
from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
import textwrap

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from worker.engine import extract

PUBLISHED = dt.date(2017, 8, 16)
HANG_GUARD = float(os.environ.get("TIMELINE_HOSTILE_GUARD", "60"))


def check(text: str, published=PUBLISHED, language: str = "en"):
    result = extract(text, published, article_id="hostile", language=language)
    previous_end = 0
    for x in sorted(result.expressions, key=lambda x: (x.start, x.end)):
        assert 0 <= x.start < x.end <= len(text), (x.start, x.end, len(text))
        assert text[x.start:x.end] == x.text, (x.text, text[x.start:x.end])
        assert x.start >= previous_end, f"expressions overlap at {x.start}: {x.text!r}"
        previous_end = x.end
    for e in result.events:
        t = e.timex
        assert text[t.start:t.end] == t.text
        assert text[e.sentence_start:e.sentence_start + len(e.sentence)] == e.sentence
        if e.trigger_start is not None:
            assert e.trigger_end is not None and text[e.trigger_start:e.trigger_end].lower() == (e.trigger or "").lower()
        assert e.start <= e.end
        json.loads(e.model_dump_json())
    return result


# ----------------------------------------------------------------------------------------------- strategies

ANY_CHAR = st.characters(blacklist_categories=("Cs",))  # every Unicode category but lone surrogates (refused)
DATE_WORDS = [
    "Monday", "monday", "MONDAY", "Tuesday", "Sunday", "May", "may", "March", "Jan.", "Sept", "2017", "1990s",
    "'90s", "12", "31", "0", "00", "99999", "1st", "23rd", "Q3", "H1", "FY2016", "today", "yesterday",
    "tomorrow", "tonight", "now", "next", "last", "this", "that", "same", "the", "day", "week", "weekend",
    "month", "year", "decade", "century", "before", "after", "ago", "later", "earlier", "since", "until",
    "from", "to", "between", "and", "or", "every", "each", "twice", "a", "noon", "midnight", "3", "p.m.", "am",
    "o'clock", "morning", "evening", "spring", "Christmas", "Easter", "mid-", "early", "late", "-", "–", "/",
    ":", ",", ".", ";", "(", ")", "'", '"', "\n", "\t", " ", "T", "Z", "+02:00", "2017-08-16", "16/08/2017",
    "08.16.2017", "P3Y", "BC", "AD", "in", "on", "at", "by", "for", "during", "of", "years", "months", "days",
    "hours", "minutes", "lundi", "mai", "2011年", "5月", "٢٠١٧", "\u200b", "\u202e", "\x00".replace("\x00", "\x01"),
]
ADVERSARIAL = st.lists(st.sampled_from(DATE_WORDS), max_size=120).map(lambda ws: " ".join(ws))
GLUED = st.lists(st.sampled_from(DATE_WORDS), max_size=80).map(lambda ws: "".join(ws))
DIGIT_RUNS = st.from_regex(r"\A[0-9]{1,600}\Z").map(lambda d: f"In {d} the court met on Monday {d}.")
PUBLISHED_DATES = st.dates(min_value=dt.date(1, 1, 2), max_value=dt.date(9999, 12, 30))

PROPS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow],
                 derandomize=True)


@PROPS
@given(st.text(alphabet=ANY_CHAR, max_size=400))
def test_random_text(text):
    check(text)


@PROPS
@given(ADVERSARIAL, PUBLISHED_DATES)
def test_adversarial_date_words(text, published):
    check(text, published)


@PROPS
@given(GLUED)
def test_date_words_without_spaces(text):
    check(text)


@PROPS
@given(DIGIT_RUNS)
def test_digit_runs(text):
    check(text)


@PROPS
@given(st.text(alphabet=st.characters(whitelist_categories=("Cc", "Cf", "Zl", "Zp", "Zs", "Mn", "Me")),
               max_size=200), st.sampled_from(DATE_WORDS))
def test_control_and_format_characters_around_dates(noise, word):
    check(f"{noise}{word}{noise} on 3 May 2011{noise}. {word}")


def explicit_dates_inside_their_sentence(text: str, language: str = "en") -> None:
    for e in extract(text, PUBLISHED, language=language).events:
        if e.anchor == "explicit":
            t = e.timex
            assert e.sentence_start <= t.start and t.end <= e.sentence_start + len(e.sentence), (
                f"{t.text!r} at {t.start}-{t.end} is outside its sentence {e.sentence!r} at {e.sentence_start}")


@PROPS
@given(ADVERSARIAL)
def test_explicit_dates_inside_their_sentence(text):
    explicit_dates_inside_their_sentence(text)


@pytest.mark.parametrize("language", ["en", "de", "fr"])
def test_explicit_dates_inside_their_sentence_ordinals(language):
    explicit_dates_inside_their_sentence("Le 3 mai 2011, lundi; am 3. Mai 2011; the 3rd of May 2011.", language)


@settings(max_examples=40, deadline=None, derandomize=True)
@given(ADVERSARIAL)
def test_deterministic(text):
    a, b = extract(text, PUBLISHED), extract(text, PUBLISHED)
    assert [e.event_id for e in a.events] == [e.event_id for e in b.events]
    assert [x.model_dump() for x in a.expressions] == [x.model_dump() for x in b.expressions]


@pytest.mark.parametrize("language", ["en", "de", "fr", "es", "zh", "ar", "ja"])
def test_other_languages_do_not_raise(language):
    check("Le 3 mai 2011, lundi; am 3. Mai 2011; 2011年5月3日; ٣ مايو ٢٠١١; the 3rd of May 2011.", language=language)


@pytest.mark.parametrize("published", [dt.date(1, 1, 1), dt.date(9999, 12, 31), dt.datetime(2017, 8, 16, 23, 59)])
def test_extreme_publication_dates(published):
    check("Yesterday, next week, last year, in 3 days, 10 years ago, next century, on Monday.", published)


# ----------------------------------------------------------------------------------------------- big inputs

BIG = {
    "1 MB of 'Monday '": "'Monday ' * (1_000_000 // 7)",
    "1 MB digit run": "'7' * 1_000_000",
    "1 MB of repeated full dates": "'on 12 May 2011 and ' * (1_000_000 // 19)",
    "256 KB of date words without sentence ends": "'the day before last Monday since May 2011 ' * 6000",
    "256 KB of every Unicode category": "''.join(chr(c) for c in range(0x20, 0x30000) if not 0xD800 <= c < 0xE000)[:256_000]",
    "256 KB of control characters and dates": "('\\x01\\x02\\x1b[0m Monday\\x7f\\u200b 2017\\u202e\\n' * 9000)",
}

_RUNNER = textwrap.dedent("""
    import datetime as dt, sys, time
    sys.path.insert(0, {tests!r})
    from test_hostile import check
    text = {expr}
    started = time.perf_counter()
    result = check(text)
    print(len(text), len(result.expressions), len(result.events), round(time.perf_counter() - started, 2))
""")


@pytest.mark.parametrize("name", list(BIG))
def test_big_hostile_inputs_complete(name):
    """Each big input is checked like the small ones, in a subprocess killed after HANG_GUARD seconds."""
    code = _RUNNER.format(tests=os.path.dirname(__file__), expr=BIG[name])
    try:
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=HANG_GUARD,
                             cwd=os.path.dirname(os.path.dirname(__file__)))
    except subprocess.TimeoutExpired:
        pytest.fail(f"{name}: extract did not finish within {HANG_GUARD:g} s (superlinear: see bench/hostile.py)")
    assert out.returncode == 0, out.stderr[-3000:]
    chars, expressions, events, seconds = out.stdout.split()
    print(f"{name}: {chars} chars, {expressions} expressions, {events} events, {seconds} s")
