"""Calendar arithmetic on TIMEX3 values: shifting, resolving by direction, holidays, granularity."""
from __future__ import annotations

import datetime as dt
import re

_DAY = dt.timedelta(days=1)


def week_value(day: dt.date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def add_months(year: int, month: int, n: int) -> tuple[int, int]:
    total = year * 12 + (month - 1) + n
    return total // 12, total % 12 + 1


def shift(base: dt.date, unit: str, n: int) -> str | None:
    """The value ``n`` units away from ``base``, at the unit's granularity (D W WE M Q H Y DE CE)."""
    try:
        if unit == "D":
            return (base + n * _DAY).isoformat()
        if unit in ("W", "WE"):
            value = week_value(base + dt.timedelta(weeks=n))
            return value + "-WE" if unit == "WE" else value
        if unit == "M":
            y, m = add_months(base.year, base.month, n)
            return f"{y:04d}-{m:02d}"
        if unit == "Q":
            q = (base.month - 1) // 3 + n
            return f"{base.year + q // 4:04d}-Q{q % 4 + 1}"
        if unit == "H":
            h = (base.month - 1) // 6 + n
            return f"{base.year + h // 2:04d}-H{h % 2 + 1}"
        if unit == "Y":
            return f"{base.year + n:04d}"
        if unit == "DE":
            return f"{base.year // 10 + n:03d}"
        if unit == "CE":
            return f"{base.year // 100 + n:02d}"
    except (ValueError, OverflowError):
        return None
    return None


def year_for(month: int, day: int | None, ref: dt.date, direction: int, slack: bool = True) -> int:
    """Year of a month (and day) given without a year: before ``ref`` in past contexts, after in future ones.
    With ``slack``, future clauses keep a little slack backwards (a deadline just passed, a report on
    last month) and past ones a little forwards (a deadline ahead: "extended the offer to Nov. 20");
    without it ("the plant closed on April 15", "will open a plant in February") tense decides alone."""
    here = (month, day or 0)
    now = (ref.month, ref.day if day else 0)
    if direction < 0:
        if day and here > now and slack:
            # a day a few weeks ahead in a past clause is a deadline ("extended the offer to Nov. 20")
            ahead = (dt.date(ref.year, month, min(day, 28)) - ref).days
            return ref.year if ahead <= 45 else ref.year - 1
        return ref.year - 1 if here > now else ref.year
    if direction > 0:
        if not slack:
            return ref.year + 1 if here < now else ref.year
        back_month = (ref.month - 2) % 12 + 1  # one month of slack
        if here < now and month != ref.month and not (slack and month == back_month and ref.month != 1):
            return ref.year + 1
        return ref.year
    if month - ref.month > 4:  # no tense: this year's, unless well ahead (news looks back)
        return ref.year - 1
    if ref.month - month > 8:
        return ref.year + 1
    return ref.year


def weekday_date(weekday: int, ref: dt.date, direction: int, strict: bool = False) -> dt.date:
    """The ``weekday`` (1=Monday) before ``ref`` (direction <= 0) or after it; ``strict`` skips ``ref`` itself."""
    if direction > 0:
        ahead = (weekday - ref.isoweekday()) % 7
        return ref + dt.timedelta(days=ahead or (7 if strict else 0))
    back = (ref.isoweekday() - weekday) % 7
    return ref - dt.timedelta(days=back or (7 if strict else 0))


def easter(year: int) -> dt.date:
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month = (h + l_ - 7 * m + 114) // 31
    day = (h + l_ - 7 * m + 114) % 31 + 1
    return dt.date(year, month, day)


def nth_weekday(year: int, month: int, weekday: int, n: int) -> dt.date:
    """n-th (1-based; -1 = last) ``weekday`` (1=Monday) of a month."""
    if n > 0:
        first = dt.date(year, month, 1)
        return first + dt.timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (n - 1))
    y, m = add_months(year, month, 1)
    last = dt.date(y, m, 1) - _DAY
    return last - dt.timedelta(days=(last.isoweekday() - weekday) % 7)


# The first day of the Chinese (lunar) year, (month, day) by year; outside the table the holiday has no value.
LUNAR_NEW_YEARS = {
    1990: (1, 27), 1991: (2, 15), 1992: (2, 4), 1993: (1, 23), 1994: (2, 10), 1995: (1, 31), 1996: (2, 19),
    1997: (2, 7), 1998: (1, 28), 1999: (2, 16), 2000: (2, 5), 2001: (1, 24), 2002: (2, 12), 2003: (2, 1),
    2004: (1, 22), 2005: (2, 9), 2006: (1, 29), 2007: (2, 18), 2008: (2, 7), 2009: (1, 26), 2010: (2, 14),
    2011: (2, 3), 2012: (1, 23), 2013: (2, 10), 2014: (1, 31), 2015: (2, 19), 2016: (2, 8), 2017: (1, 28),
    2018: (2, 16), 2019: (2, 5), 2020: (1, 25), 2021: (2, 12), 2022: (2, 1), 2023: (1, 22), 2024: (2, 10),
    2025: (1, 29), 2026: (2, 17), 2027: (2, 6), 2028: (1, 26), 2029: (2, 13), 2030: (2, 3),
}

_RULE_HOLIDAYS = {
    "lunar": lambda y: dt.date(y, *LUNAR_NEW_YEARS[y]),
    "thanksgiving": lambda y: nth_weekday(y, 11, 4, 4),
    "memorial": lambda y: nth_weekday(y, 5, 1, -1),
    "labor": lambda y: nth_weekday(y, 9, 1, 1),
    "mlk": lambda y: nth_weekday(y, 1, 1, 3),
    "presidents": lambda y: nth_weekday(y, 2, 1, 3),
    "columbus": lambda y: nth_weekday(y, 10, 1, 2),
    "mothers": lambda y: nth_weekday(y, 5, 7, 2),
    "fathers": lambda y: nth_weekday(y, 6, 7, 3),
    "election": lambda y: nth_weekday(y, 11, 1, 1) + _DAY,
    "remembrance": lambda y: nth_weekday(y, 11, 7, 2),  # the UK's: the second Sunday of November
    "earlymay": lambda y: nth_weekday(y, 5, 1, 1),  # the UK's bank holidays: the first Monday of May,
    "augustbank": lambda y: nth_weekday(y, 8, 1, -1),  # the last Monday of August (Scotland's aside)
}


def holiday_date(rule, year: int) -> dt.date:
    if isinstance(rule, tuple):
        return dt.date(year, *rule)
    name, sign, offset = re.match(r"([a-z]+)([+-]?)(\d*)", rule).groups()
    days = int(offset or 0) * (-1 if sign == "-" else 1)
    base = easter(year) if name == "easter" else _RULE_HOLIDAYS[name](year)
    return base + dt.timedelta(days=days)


def resolve_holiday(rule, ref: dt.date, direction: int, strict: bool = False) -> dt.date:
    """The holiday nearest ``ref`` in the given direction; with no direction, the year a bare month
    would take (this year's unless well ahead: "Christmas" in January is last December's)."""
    this_year = holiday_date(rule, ref.year)
    if direction == 0 and not strict:
        return holiday_date(rule, year_for(this_year.month, None, ref, 0))
    if direction < 0 and (this_year > ref or (strict and this_year == ref)):
        return holiday_date(rule, ref.year - 1)
    if direction > 0 and (this_year < ref or (strict and this_year == ref)):
        return holiday_date(rule, ref.year + 1)
    return this_year


_GRANULARITY = [
    (re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d"), "second"),
    (re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d"), "minute"),
    (re.compile(r"\d{4}-\d\d-\d\dT\d\d"), "hour"),
    (re.compile(r"[\dX]{4}-[\dX]{2}-[\dX]{2}T(MO|AF|EV|NI|DT|MI)"), "part_of_day"),
    (re.compile(r"[\dX]{4}-[\dX]{2}-[\dX]{2}"), "day"),
    (re.compile(r"[\dX]{4}-W[\dX]{2}-WE"), "weekend"),
    (re.compile(r"[\dX]{4}-W[\dX]{2}"), "week"),
    (re.compile(r"[\dX]{4}-[\dX]{2}"), "month"),
    (re.compile(r"[\dX]{4}-Q[\dX]"), "quarter"),
    (re.compile(r"[\dX]{4}-H[\dX]"), "half"),
    (re.compile(r"[\dX]{4}-(SP|SU|FA|WI)"), "season"),
    (re.compile(r"[\dX]{4}"), "year"),
    (re.compile(r"[\dX]{3}"), "decade"),
    (re.compile(r"[\dX]{2}"), "century"),
    (re.compile(r"[\dX]"), "millennium"),
]


def granularity(kind: str, value: str) -> str:
    if kind == "DURATION":
        return "duration"
    if kind == "SET":
        return "set"
    if value.endswith("_REF"):
        return "reference"
    if value.startswith("BC"):
        value = value[2:]
    for pattern, name in _GRANULARITY:
        if pattern.match(value):
            return name
    return "reference"


def value_start(value: str) -> tuple[dt.date, str] | None:
    """A concrete value's first day and its granularity, for anaphora; None for vague ones."""
    try:
        m = re.match(r"(\d{4})(?:-(\d\d)(?:-(\d\d))?|-Q([1-4])|-H([12])|-W(\d\d)|-(SP|SU|FA|WI))?", value)
        if not m:
            return None
        year = int(m[1])
        if m[3]:
            return dt.date(year, int(m[2]), int(m[3])), "D"
        if m[2]:
            return dt.date(year, int(m[2]), 1), "M"
        if m[4]:
            return dt.date(year, 3 * int(m[4]) - 2, 1), "Q"
        if m[5]:
            return dt.date(year, 6 * int(m[5]) - 5, 1), "H"
        if m[6]:
            return dt.date.fromisocalendar(year, int(m[6]), 1), "W"
        if m[7]:
            return dt.date(year, {"SP": 3, "SU": 6, "FA": 9, "WI": 12}[m[7]], 1), "S"
        return dt.date(year, 1, 1), "Y"
    except ValueError:
        return None


# How fine each unit is, to tell whether an anchor is precise enough for a shift.
UNIT_RANK = {"D": 0, "W": 1, "WE": 1, "M": 2, "S": 3, "Q": 3, "H": 4, "Y": 5, "DE": 6, "CE": 7}
