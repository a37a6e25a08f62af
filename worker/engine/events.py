"""Turn time expressions into dated events: the sentence each one dates, its interval and a stable id."""
from __future__ import annotations

import bisect
import hashlib

from schemas import Event, TimeExpression
from worker.engine.intervals import interval
from worker.engine.sentences import sentence_spans


def event_id(article_id: str, text_hash: str, expression: TimeExpression) -> str:
    key = f"{article_id}\x1f{text_hash}\x1f{expression.start}\x1f{expression.end}\x1f{expression.value}"
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:24]


def build_events(
    article_id: str, text: str, text_hash: str, expressions: list[TimeExpression], extractor: str
) -> list[Event]:
    """One event per DATE or TIME expression that names a calendar span, in chronological order."""
    spans = sentence_spans(text)
    starts = [s for s, _ in spans]
    events = []
    for expression in expressions:
        if expression.type not in ("DATE", "TIME"):
            continue
        span = interval(expression.value)
        if span is None:
            continue
        index = max(0, bisect.bisect_right(starts, expression.start) - 1)
        s_start, s_end = spans[index] if spans else (0, len(text))
        events.append(Event(
            event_id=event_id(article_id, text_hash, expression),
            article_id=article_id,
            value=expression.value,
            type=expression.type,
            granularity=expression.granularity,
            start=span[0],
            end=span[1],
            timex=expression,
            sentence=text[s_start:s_end],
            sentence_start=s_start,
            extractor=extractor,
        ))
    events.sort(key=lambda e: (e.start, e.end, e.timex.start))
    return events
