"""The pure extraction core: text and publication date in, time expressions and dated events out.

No Celery or Redis here; ``extract`` is usable on its own.
"""
from __future__ import annotations

import datetime as dt
import gc
from dataclasses import dataclass

from worker.engine.compiled import prefer_fresh_source

prefer_fresh_source()  # (before the engine's modules are imported)

from schemas import Event, TimeExpression, content_hash  # noqa: E402
from worker.engine.events import build_events  # noqa: E402
from worker.engine.tagger import tag  # noqa: E402

EXTRACTOR = "event-timeline/0.1.0"


@dataclass(frozen=True)
class Extraction:
    expressions: list[TimeExpression]
    events: list[Event]


def extract(
    text: str, published: dt.date | dt.datetime, *, article_id: str = "doc", language: str = "en"
) -> Extraction:
    """Find every time expression in ``text`` and the events they date."""
    # An extraction makes thousands of short-lived objects and no reference cycles (tests/test_events.py
    # checks), so the cycle collector's passes over them only cost time: it waits until the article is done.
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _extract(text, published, article_id, language)
    finally:
        if collecting:
            gc.enable()


def _extract(text: str, published: dt.date | dt.datetime, article_id: str, language: str) -> Extraction:
    if isinstance(published, dt.datetime):
        published = published.date()
    expressions = tag(text, published, language)
    # Trigger words, tense and anchoring rules are English: other languages get their dates' events only.
    english = language.split("-")[0].lower() == "en"
    events = build_events(article_id, text, content_hash(text), expressions, EXTRACTOR, published=published,
                          context=english, triggers=english)
    return Extraction(expressions, events)


__all__ = ["EXTRACTOR", "Extraction", "extract", "tag"]
