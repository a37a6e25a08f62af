"""The span of calendar time a TIMEX3 value covers, as [start, end) dates."""
from __future__ import annotations

import datetime as dt
import re
from typing import Final, Optional

Interval = tuple[dt.date, dt.date]

_SEASONS: Final = {"SP": (3, 6), "SU": (6, 9), "FA": (9, 12), "WI": (12, 15)}  # months [start, end)
_VALUE: Final = re.compile(
    r"(?P<year>\d{4})"
    r"(?:-(?:(?P<month>\d{2})(?:-(?P<day>\d{2}))?"
    r"|Q(?P<quarter>[1-4])|H(?P<half>[12])|(?P<season>SP|SU|FA|WI)"
    r"|W(?P<week>\d{2})(?P<weekend>-WE)?))?"
    r"(?:T.*)?$"
)


def _month_start(year: int, month: int) -> dt.date:
    """First day of a month counted from January of ``year`` (month may pass 12)."""
    year += (month - 1) // 12
    return dt.date(year, (month - 1) % 12 + 1, 1)


def interval(value: str) -> Optional[Interval]:
    """``2011-03`` -> (2011-03-01, 2011-04-01); None for values that name no calendar span."""
    try:
        if re.fullmatch(r"\d{3}", value):  # decade: 199 -> the 1990s
            return dt.date(int(value) * 10, 1, 1), dt.date(int(value) * 10 + 10, 1, 1)
        if re.fullmatch(r"\d{2}", value):  # century: 18 -> 1800-1899
            return dt.date(max(int(value) * 100, 1), 1, 1), dt.date(int(value) * 100 + 100, 1, 1)
        m = _VALUE.match(value)
        if not m:
            return None
        year = int(m["year"])
        if year == 0:
            return None
        if m["day"]:
            day = dt.date(year, int(m["month"]), int(m["day"]))
            return day, day + dt.timedelta(days=1)
        if m["month"]:
            month = int(m["month"])
            return _month_start(year, month), _month_start(year, month + 1)
        if m["quarter"]:
            q = int(m["quarter"])
            return _month_start(year, 3 * q - 2), _month_start(year, 3 * q + 1)
        if m["half"]:
            h = int(m["half"])
            return _month_start(year, 6 * h - 5), _month_start(year, 6 * h + 1)
        if m["season"]:
            first, last = _SEASONS[m["season"]]
            return _month_start(year, first), _month_start(year, last)
        if m["week"]:
            monday = dt.date.fromisocalendar(year, int(m["week"]), 1)
            if m["weekend"]:
                return monday + dt.timedelta(days=5), monday + dt.timedelta(days=7)
            return monday, monday + dt.timedelta(days=7)
        return dt.date(year, 1, 1), dt.date(year + 1, 1, 1)
    except ValueError:  # impossible dates such as 2017-02-30 or week 54
        return None
