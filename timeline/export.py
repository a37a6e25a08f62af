"""Export events to standard formats: JSON Lines, CSV (RFC 4180) and iCalendar (RFC 5545).

Every exporter takes a list of :class:`schemas.Event` (or plain dicts in the Event shape, as read
from the ``timeline:events`` stream) and returns a string::

    from timeline.export import to_csv, to_ics, to_jsonl
    Path("events.ics").write_text(to_ics(events), newline="")   # keep the CRLF line ends
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import json
from collections.abc import Iterable, Mapping
from typing import Optional, Union

from schemas import Event

EventLike = Union[Event, Mapping]

CSV_COLUMNS = (
    "event_id", "article_id", "value", "type", "granularity", "start", "end", "expression",
    "trigger", "description", "sentence", "anchor", "confidence", "cluster_id",
)
PRODID = "-//event-timeline//timeline export//EN"
UID_DOMAIN = "event-timeline"


def as_events(events: Iterable[EventLike]) -> list[Event]:
    """Events as models, whatever came in (models, or dicts as read from JSON)."""
    return [e if isinstance(e, Event) else Event.model_validate(e) for e in events]


def to_jsonl(events: Iterable[EventLike]) -> str:
    """One Event JSON object per line (UTF-8 text, "\\n" line ends)."""
    return "".join(e.model_dump_json() + "\n" for e in as_events(events))


def csv_row(event: Event) -> dict[str, object]:
    return {
        "event_id": event.event_id, "article_id": event.article_id, "value": event.value, "type": event.type,
        "granularity": event.granularity, "start": event.start.isoformat(), "end": event.end.isoformat(),
        "expression": event.timex.text, "trigger": event.trigger or "", "description": event.description or "",
        "sentence": " ".join(event.sentence.split()), "anchor": event.anchor, "confidence": event.confidence,
        "cluster_id": event.cluster_id or "",
    }


def to_csv(events: Iterable[EventLike]) -> str:
    """A CSV table with a header row, one event per row (RFC 4180: quoted as needed, CRLF line ends).

    ``start`` is the first day of the interval, ``end`` the day after its last day (exclusive).
    """
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    for event in as_events(events):
        writer.writerow(csv_row(event))
    return out.getvalue()


# --- iCalendar -------------------------------------------------------------------------------------------

def ics_escape(text: str) -> str:
    r"""Escape a TEXT value (RFC 5545 3.3.11): backslash, semicolon, comma and newlines."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def ics_fold(line: str, limit: int = 75) -> str:
    """Fold a content line to at most ``limit`` octets per line (CRLF + space), never inside a UTF-8 character."""
    pieces: list[str] = []
    current: list[str] = []
    size = 0
    budget = limit
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > budget:
            pieces.append("".join(current))
            current, size = [], 0
            budget = limit - 1  # continuation lines start with a space
        current.append(char)
        size += width
    pieces.append("".join(current))
    return "\r\n ".join(pieces)


def _summary(event: Event) -> str:
    text = event.description or event.trigger or event.sentence
    text = " ".join(text.split())
    return text if len(text) <= 120 else text[:119] + "…"


def _ics_date(day: dt.date) -> str:
    return f"{day.year:04d}{day.month:02d}{day.day:02d}"


def to_ics(events: Iterable[EventLike], name: Optional[str] = None,
           dtstamp: Optional[dt.datetime] = None) -> str:
    """An iCalendar file with one all-day VEVENT per event, opening in any calendar application.

    DTSTART/DTEND are the event's interval (DTEND exclusive, as in iCalendar), so a month-granularity
    event covers the whole month. UIDs derive from ``event_id``: re-exporting updates, not duplicates.
    ``dtstamp`` (default: now, UTC) is when the file was made.
    """
    stamp = (dtstamp or dt.datetime.now(dt.timezone.utc)).astimezone(dt.timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:{PRODID}", "CALSCALE:GREGORIAN", "METHOD:PUBLISH"]
    if name:
        lines.append(f"X-WR-CALNAME:{ics_escape(name)}")
    for event in as_events(events):
        details = [" ".join(event.sentence.split()), "",
                   f"Date expression: {event.timex.text or '(publication date)'} = {event.value} ({event.granularity})",
                   f"Article: {event.article_id}"]
        lines += [
            "BEGIN:VEVENT",
            f"UID:{event.event_id}@{UID_DOMAIN}",
            f"DTSTAMP:{stamp}",
            f"DTSTART;VALUE=DATE:{_ics_date(event.start)}",
            f"DTEND;VALUE=DATE:{_ics_date(max(event.end, event.start + dt.timedelta(days=1)))}",
            f"SUMMARY:{ics_escape(_summary(event))}",
            f"DESCRIPTION:{ics_escape(chr(10).join(details))}",
            f"CATEGORIES:{ics_escape(event.granularity)}",
            "TRANSP:TRANSPARENT",
            f"X-TIMELINE-ARTICLE-ID:{ics_escape(event.article_id)}",
            f"X-TIMELINE-VALUE:{ics_escape(event.value)}",
            "END:VEVENT",
        ]
    lines.append("END:VCALENDAR")
    return "".join(ics_fold(line) + "\r\n" for line in lines)


def to_json(events: Iterable[EventLike], indent: Optional[int] = 2) -> str:
    """A JSON array of events."""
    return json.dumps([e.model_dump(mode="json") for e in as_events(events)], ensure_ascii=False, indent=indent)


FORMATS = {"jsonl": to_jsonl, "csv": to_csv, "ics": to_ics, "json": to_json}

__all__ = ["CSV_COLUMNS", "FORMATS", "as_events", "ics_escape", "ics_fold", "to_csv", "to_ics", "to_json", "to_jsonl"]
