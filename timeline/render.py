"""Readable terminal output for events: a chronological rich table."""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from rich.console import Console
from rich.table import Table

from schemas import Event

MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
# Granularities drawn as a span (an interval of days) rather than a point.
SPAN_GRANULARITIES = frozenset({
    "millennium", "century", "decade", "year", "half", "quarter", "season", "month", "week", "weekend",
})


def _shorten(text: str, width: int = 100) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def chronological(events: Iterable[Event]) -> list[Event]:
    """Events by start, longer intervals first on the same day, then by position in the article."""
    return sorted(events, key=lambda e: (e.start, -(e.end - e.start).days, e.article_id, e.timex.start, e.event_id))


def is_span(event: Event) -> bool:
    """True when the event covers more than one day (a month, a year, a decade...)."""
    return event.granularity in SPAN_GRANULARITIES or (event.end - event.start).days > 1


def human_date(event: Event) -> str:
    """The event's date as a person writes it at its granularity: '15 Apr 2024', 'Mar 2022', '1990s', 'Q3 2024'."""
    start, g, value = event.start, event.granularity, event.value
    last = event.end - dt.timedelta(days=1)
    if g == "day" or (not is_span(event) and g not in ("hour", "minute", "second", "part_of_day")):
        return f"{start.day} {MONTHS[start.month - 1]} {start.year}"
    if g == "month":
        return f"{MONTHS[start.month - 1]} {start.year}"
    if g == "year":
        return str(start.year)
    if g == "decade":
        return f"{start.year}s"
    if g == "century":
        return f"{start.year // 100 + 1}th century" if start.year >= 1000 else value
    if g == "quarter" and "-Q" in value:
        return f"Q{value.split('-Q')[1][:1]} {start.year}"
    if g == "half" and "-H" in value:
        return f"H{value.split('-H')[1][:1]} {start.year}"
    if g == "season":
        names = {"SP": "spring", "SU": "summer", "FA": "autumn", "WI": "winter"}
        code = value.rsplit("-", 1)[-1]
        return f"{names.get(code, code)} {start.year}"
    if g in ("week", "weekend"):
        return f"{g} of {start.day} {MONTHS[start.month - 1]} {start.year}"
    if g in ("hour", "minute", "second", "part_of_day"):
        return f"{start.day} {MONTHS[start.month - 1]} {start.year} {value.split('T', 1)[1] if 'T' in value else ''}".strip()
    if last != start:
        return f"{start.isoformat()} – {last.isoformat()}"
    return value


def events_table(events: Iterable[Event], title: str = "", show_article: bool = False) -> Table:
    table = Table(title=title or None, show_lines=False, title_style="bold")
    table.add_column("date", no_wrap=True, style="bold")
    table.add_column("granularity", style="dim", no_wrap=True)
    table.add_column("event", ratio=3)
    table.add_column("expression", style="cyan", ratio=1)
    if show_article:
        table.add_column("article", style="dim", overflow="fold")
    for event in chronological(events):
        row = [human_date(event), event.granularity, _shorten(event.description or event.sentence, 160),
               event.timex.text or "(publication date)"]
        if show_article:
            row.append(event.article_id)
        table.add_row(*row)
    return table


def print_events(events: list[Event], title: str = "", show_article: bool = False, console: Console | None = None) -> None:
    """Print events as a chronological table (date at its granularity, description, expression, article)."""
    console = console or Console()
    console.print(events_table(events, title, show_article))
    if not events:
        console.print("no dated events", style="dim")
