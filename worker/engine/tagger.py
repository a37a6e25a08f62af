"""Placeholder temporal tagger: finds a few absolute dates and weekdays. Replaced by the rule tagger."""
from __future__ import annotations

import datetime as dt
import re

from schemas import TimeExpression

_MONTHS = "January February March April May June July August September October November December".split()
_DAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
_PATTERN = re.compile(
    r"\b(?:(?P<d>\d{1,2}) (?P<m1>%s) (?P<y1>\d{4})|(?P<m2>%s) (?P<y2>\d{4})|(?P<y3>(?:19|20)\d\d)|(?P<wd>%s)|(?P<today>[Tt]oday))\b"
    % ("|".join(_MONTHS), "|".join(_MONTHS), "|".join(_DAYS))
)


def tag(text: str, published: dt.date, language: str = "en") -> list[TimeExpression]:
    found = []
    for m in _PATTERN.finditer(text):
        if m["d"]:
            value, gran = f"{m['y1']}-{_MONTHS.index(m['m1']) + 1:02d}-{int(m['d']):02d}", "day"
        elif m["m2"]:
            value, gran = f"{m['y2']}-{_MONTHS.index(m['m2']) + 1:02d}", "month"
        elif m["y3"]:
            value, gran = m["y3"], "year"
        elif m["wd"]:
            back = (published.weekday() - _DAYS.index(m["wd"])) % 7 or 7
            value, gran = (published - dt.timedelta(days=back)).isoformat(), "day"
        else:
            value, gran = published.isoformat(), "day"
        found.append(TimeExpression(
            tid=f"t{len(found) + 1}", text=m.group(), start=m.start(), end=m.end(), type="DATE",
            value=value, granularity=gran, anchor="publication" if m["wd"] or m["today"] else "none",
        ))
    return found
