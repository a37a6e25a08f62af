"""Readable terminal output for events."""
from __future__ import annotations

from rich.console import Console
from rich.table import Table

from schemas import Event


def _shorten(text: str, width: int = 100) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def print_events(events: list[Event], title: str = "", show_article: bool = False, console: Console | None = None) -> None:
    console = console or Console()
    table = Table(title=title or None, show_lines=False)
    table.add_column("date", no_wrap=True)
    table.add_column("granularity", style="dim")
    table.add_column("expression", style="cyan")
    table.add_column("event")
    if show_article:
        table.add_column("article", style="dim")
    for event in events:
        row = [event.value, event.granularity, event.timex.text, _shorten(event.description or event.sentence)]
        if show_article:
            row.append(event.article_id)
        table.add_row(*row)
    console.print(table)
    if not events:
        console.print("no dated events", style="dim")
