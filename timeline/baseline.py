"""The dateparser baseline for ``timeline evaluate --system dateparser``.

``dateparser.search.search_dates`` over the whole text, the way a developer would try it: English,
relative dates anchored on the publication date (midnight), otherwise dateparser's default
settings (``PREFER_DATES_FROM="current_period"``; "past" scores lower on TBAQ, value F1 13.5
against 19.7, because it sends a weekday equal to the DCT's back a week). It returns matched
strings and datetimes but no granularity and no type, so every hit is a DATE with a day value
(YYYY-MM-DD): "1998" becomes 1998-MM-DD, "three months" a date three months back. That is the
point of the baseline. Spans are found by searching each returned string in the text left to right.
"""
from __future__ import annotations

import datetime as dt

from schemas import TimeExpression

SETTINGS = {"PREFER_DATES_FROM": "current_period"}


def dateparser_tag(text: str, published: dt.date, language: str = "en") -> list[TimeExpression]:
    from dateparser.search import search_dates  # slow to import; only when asked for

    if isinstance(published, dt.datetime):
        published = published.date()
    base = dt.datetime.combine(published, dt.time())
    try:
        hits = search_dates(text, languages=[language], settings={**SETTINGS, "RELATIVE_BASE": base}) or []
    except Exception:  # dateparser raises on odd input (e.g. out-of-range years); treat as no hits
        hits = []
    found, pos = [], 0
    for string, when in hits:
        start = text.find(string, pos)
        if start < 0:
            start = text.find(string)  # out of order: take the first occurrence
        if start < 0 or not string.strip():
            continue
        end = start + len(string)
        pos = end
        found.append(TimeExpression(
            tid=f"t{len(found) + 1}", text=string, start=start, end=end, type="DATE",
            value=when.date().isoformat(), granularity="day", anchor="publication",
        ))
    return found
