"""event-timeline: turn every date in news articles into dated events on a timeline.

The Python API (see :mod:`timeline.api`) is loaded on first use, so ``import timeline`` stays light::

    import timeline
    events = timeline.extract("The bridge reopens on 15 April 2024.", published="2024-03-22")
    ids = timeline.submit_many(timeline.read_articles(["articles.jsonl"]))
    timeline.wait(ids); timeline.timeline(ids[0]); timeline.events("2024-01-01", "2024-12-31")
    member = timeline.consumer("my-group", "reader-1")
"""
from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

_API = ("Timeline", "WaitTimeout", "consumer", "events", "extract", "extract_file", "read_articles",
        "submit", "submit_many", "timeline", "wait")
__all__ = [*_API, "__version__"]

if TYPE_CHECKING:  # for type checkers and IDEs; at run time these load lazily
    from timeline.api import (Timeline, WaitTimeout, consumer, events, extract, extract_file, read_articles,
                              submit, submit_many, timeline, wait)


def __getattr__(name: str) -> Any:
    if name in _API:
        value = getattr(import_module("timeline.api"), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'timeline' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_API))
