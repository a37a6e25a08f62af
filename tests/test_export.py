"""Exporters: JSON Lines, CSV and iCalendar, checked field by field and with the stdlib parsers."""
from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
from pathlib import Path

import pytest

from schemas import Event, TimeExpression
from timeline.export import CSV_COLUMNS, ics_escape, ics_fold, to_csv, to_ics, to_jsonl

REPO = Path(__file__).resolve().parents[1]
SAMPLE = REPO / "examples" / "harbour-bridge.txt"


def make_event(i: int = 1, value="2022-03", granularity="month", start=dt.date(2022, 3, 1), end=dt.date(2022, 4, 1),
               sentence="The bridge closed in March 2022.", description=None, **extra) -> Event:
    timex = TimeExpression(tid=f"t{i}", text="March 2022", start=20, end=30, type="DATE", value=value,
                           granularity=granularity, anchor="none")
    return Event(event_id=f"ev{i:04d}", article_id="harbour", value=value, type="DATE", granularity=granularity,
                 start=start, end=end, timex=timex, sentence=sentence, sentence_start=0,
                 description=description, trigger="closed", extractor="test/1", **extra)


@pytest.fixture(scope="module")
def sample_events():
    from worker.engine import extract

    events = extract(SAMPLE.read_text(encoding="utf-8"), dt.date(2024, 3, 22), article_id="harbour").events
    assert events, "the sample article should have events"
    return events


def test_jsonl_round_trips(sample_events):
    text = to_jsonl(sample_events)
    lines = text.splitlines()
    assert len(lines) == len(sample_events) and text.endswith("\n")
    assert [Event.model_validate_json(line) for line in lines] == sample_events


def test_jsonl_accepts_dicts_as_read_from_the_stream():
    event = make_event()
    assert to_jsonl([json.loads(event.model_dump_json())]) == event.model_dump_json() + "\n"


def test_csv_has_header_one_row_per_event_and_survives_quotes(sample_events):
    tricky = make_event(9, sentence='He said, "it closed;\nthen reopened"', description='closed, "finally"')
    text = to_csv([*sample_events, tricky])
    assert text.startswith(",".join(CSV_COLUMNS) + "\r\n")
    rows = list(csv.DictReader(io.StringIO(text, newline="")))
    assert len(rows) == len(sample_events) + 1
    assert [r["event_id"] for r in rows[:-1]] == [e.event_id for e in sample_events]
    last = rows[-1]
    assert last["description"] == 'closed, "finally"'
    assert last["sentence"] == 'He said, "it closed; then reopened"'  # whitespace collapsed: one line per row
    assert (last["start"], last["end"], last["granularity"]) == ("2022-03-01", "2022-04-01", "month")
    march = [r for r in rows if r["value"] == "2022-03"]
    assert march and march[0]["expression"] == "March 2022"


def test_ics_escaping():
    assert ics_escape('a,b;c\\d\ne') == "a\\,b\\;c\\\\d\\ne"
    assert ics_escape("x\r\ny") == "x\\ny"


@pytest.mark.parametrize("line", ["A" * 200, "DESCRIPTION:" + "é" * 100, "SUMMARY:" + "日本語" * 40 + "🙂" * 30, "short"])
def test_ics_folding_keeps_octet_limit_and_characters(line):
    folded = ics_fold(line)
    physical = folded.split("\r\n")
    assert all(len(p.encode("utf-8")) <= 75 for p in physical)
    assert all(p.startswith(" ") for p in physical[1:])
    assert "".join(p[1:] if i else p for i, p in enumerate(physical)) == line  # unfolding gives it back


def unfold(ics: str) -> list[str]:
    return ics.replace("\r\n ", "").split("\r\n")


def test_ics_calendar_structure(sample_events):
    stamp = dt.datetime(2024, 3, 22, 12, 0, tzinfo=dt.timezone.utc)
    long_one = make_event(7, sentence="Word, " * 60, description="A; very, long\\ description " * 5)
    ics = to_ics([*sample_events, long_one], name="Harbour, bridge", dtstamp=stamp)
    assert ics.endswith("END:VCALENDAR\r\n")
    assert "\n" not in ics.replace("\r\n", "")  # CRLF only
    assert all(len(line.encode()) <= 75 for line in ics.split("\r\n"))
    lines = unfold(ics)
    assert lines[:2] == ["BEGIN:VCALENDAR", "VERSION:2.0"] and any(l.startswith("PRODID:") for l in lines)
    assert "X-WR-CALNAME:Harbour\\, bridge" in lines
    blocks = re.findall(r"BEGIN:VEVENT\n(.*?)END:VEVENT", "\n".join(lines), re.S)
    assert len(blocks) == len(sample_events) + 1
    uids = [re.search(r"^UID:(.*)$", b, re.M).group(1) for b in blocks]
    assert uids == [f"{e.event_id}@event-timeline" for e in [*sample_events, long_one]]
    assert all("DTSTAMP:20240322T120000Z" in b for b in blocks)
    month = blocks[-1]
    assert "DTSTART;VALUE=DATE:20220301" in month and "DTEND;VALUE=DATE:20220401" in month
    summary = re.search(r"^SUMMARY:(.*)$", month, re.M).group(1)
    assert summary.startswith("A\\; very\\, long\\\\ description")
    # every day event lasts one day, every VEVENT has start < end
    for block, event in zip(blocks, [*sample_events, long_one]):
        start = re.search(r"DTSTART;VALUE=DATE:(\d{8})", block).group(1)
        end = re.search(r"DTEND;VALUE=DATE:(\d{8})", block).group(1)
        assert start == event.start.strftime("%Y%m%d") and end > start


def test_ics_is_stable_for_the_same_events(sample_events):
    stamp = dt.datetime(2024, 1, 1, tzinfo=dt.timezone.utc)
    assert to_ics(sample_events, dtstamp=stamp) == to_ics(list(sample_events), dtstamp=stamp)


def test_ics_parses_with_a_calendar_library(sample_events):
    import icalendar  # noqa: PLC0415  (a test dependency)
    cal = icalendar.Calendar.from_ical(to_ics(sample_events))
    vevents = cal.walk("VEVENT")
    assert len(vevents) == len(sample_events)
    assert {v.decoded("DTSTART") for v in vevents} == {e.start for e in sample_events}
