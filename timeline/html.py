"""A self-contained HTML page drawing events on a time axis (inline CSS, JS and SVG; no network needed).

Days (and finer) are drawn as points, coarser granularities (week, month, season, quarter, year,
decade...) as spans covering their interval. Long empty stretches between groups of events are
collapsed into a break on the axis, so a 1961 event and a 2024 week both stay readable.

    from timeline.html import render_html
    Path("timeline.html").write_text(render_html(events, title="Harbour bridge"), encoding="utf-8")
"""
from __future__ import annotations

import datetime as dt
import html
import json
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from string import Template
from typing import Optional, Union

from schemas import Event
from timeline.export import as_events
from timeline.render import MONTHS, chronological, human_date, is_span

WIDTH = 1000  # SVG user units; the SVG scales to the page width
MARGIN_LEFT, MARGIN_RIGHT = 20, 20
AXIS_Y = 44  # axis line position
ROW_TOP = 62  # first row's centre
ROW_HEIGHT = 26
BREAK_WIDTH = 34
CHAR_WIDTH = 6.7  # rough width of a label character at 12.5 user units
MIN_SEGMENT_WIDTH = 90
PALETTE = ("#2563eb", "#d97706", "#059669", "#dc2626", "#7c3aed", "#0891b2", "#db2777", "#65a30d")


@dataclass
class Segment:
    """A stretch of time drawn linearly between x0 and x1 (days as proleptic ordinals, hi exclusive)."""

    lo: int
    hi: int
    x0: float = 0.0
    x1: float = 0.0
    count: int = 0

    def x(self, day: float) -> float:
        return self.x0 + (day - self.lo) / (self.hi - self.lo) * (self.x1 - self.x0)

    @property
    def days(self) -> int:
        return self.hi - self.lo


class TimeScale:
    """Piecewise-linear scale: clusters of events get their own linear stretch, gaps between them a break."""

    def __init__(self, intervals: list[tuple[int, int]], width: float = WIDTH - MARGIN_LEFT - MARGIN_RIGHT,
                 left: float = MARGIN_LEFT):
        intervals = sorted((s, max(e, s + 1)) for s, e in intervals) or [(dt.date.today().toordinal(),) * 2]
        intervals = [(s, max(e, s + 1)) for s, e in intervals]
        span = max(e for _, e in intervals) - intervals[0][0]
        gap = max(730, 0.15 * span)  # a break only for stretches both long and large relative to the whole
        clusters: list[list[int]] = []  # [lo, hi, count]
        for s, e in intervals:
            if clusters and s <= clusters[-1][1] + gap:
                clusters[-1][1] = max(clusters[-1][1], e)
                clusters[-1][2] += 1
            else:
                clusters.append([s, e, 1])
        self.segments: list[Segment] = []
        for lo, hi, count in clusters:
            pad = max(12, int((hi - lo) * 0.05))
            self.segments.append(Segment(max(1, lo - pad), min(dt.date.max.toordinal(), hi + pad), count=count))
        usable = width - BREAK_WIDTH * (len(self.segments) - 1)
        total = sum(s.count for s in self.segments)
        roots = sum(math.sqrt(s.days) for s in self.segments)
        shares = [0.5 * s.count / total + 0.5 * math.sqrt(s.days) / roots for s in self.segments]
        widths = [max(MIN_SEGMENT_WIDTH, share * usable) for share in shares]
        scale = usable / sum(widths)
        x = left
        for segment, w in zip(self.segments, widths):
            segment.x0, segment.x1 = x, x + w * scale
            x = segment.x1 + BREAK_WIDTH
        self.left, self.right = left, left + width

    def segment_of(self, day: float) -> Segment:
        for segment in self.segments:
            if day < segment.hi:
                return segment
        return self.segments[-1]

    def x(self, day: Union[dt.date, float]) -> float:
        d = day.toordinal() if isinstance(day, dt.date) else day
        segment = self.segment_of(d)
        return min(max(segment.x(d), segment.x0), segment.x1)

    def breaks(self) -> list[tuple[float, float, str]]:
        """(x0, x1, label) for the breaks between segments."""
        out = []
        for a, b in zip(self.segments, self.segments[1:]):
            years = (b.lo - a.hi) / 365.25
            label = f"{round(years)} yr" if years >= 1.5 else f"{round(years * 12)} mo"
            out.append((a.x1, b.x0, label))
        return out


def _ticks(segment: Segment) -> list[tuple[float, str, bool]]:
    """(x, label, major) ticks at years, months or days, spaced to stay readable."""
    lo, hi = dt.date.fromordinal(segment.lo), dt.date.fromordinal(max(segment.hi - 1, segment.lo))
    px_per_day = (segment.x1 - segment.x0) / max(segment.days, 1)
    out: list[tuple[float, str, bool]] = []
    for years in (1, 2, 5, 10, 20, 50, 100, 200, 500, 1000):
        if years * 365.25 * px_per_day >= 48:
            break
    if 365.25 * px_per_day < 48 or segment.days > 3 * 365:
        first = (lo.year // years + 1) * years if dt.date(lo.year, 1, 1) < lo else lo.year
        for year in range(first, hi.year + 1, years):
            if 1 <= year <= 9999:
                out.append((segment.x(dt.date(year, 1, 1).toordinal()), str(year), True))
        return out
    for months in (1, 2, 3, 6):
        if months * 30.4 * px_per_day >= 44:
            break
    if 30.4 * px_per_day < 44 or segment.days > 75:
        year, month = lo.year, lo.month + (lo.day > 1)
        labelled_year = None
        while True:
            if month > 12:
                year, month = year + 1, month - 12
            day = dt.date(year, month, 1)
            if day > hi:
                break
            if (month - 1) % months == 0:
                major = month == 1 or labelled_year is None
                label = f"{MONTHS[month - 1]} {year}" if major else MONTHS[month - 1]
                labelled_year = year
                out.append((segment.x(day.toordinal()), label, major))
            month += 1
        return out
    step = next(s for s in (1, 2, 7, 14, 28) if s * px_per_day >= 40 or s == 28)
    day = lo
    first = True
    while day <= hi:
        if segment.x(day.toordinal()) - segment.x0 < 24:  # too close to the segment's start to label
            day += dt.timedelta(days=1)
        elif step < 7 or day.weekday() == 0:
            label = f"{day.day} {MONTHS[day.month - 1]}" + (f" {day.year}" if first else "")
            out.append((segment.x(day.toordinal()), label, first))
            first = False
            day += dt.timedelta(days=step)
        else:
            day += dt.timedelta(days=1)
    return out


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def _short(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _script_json(data: object) -> str:
    """JSON safe to put inside <script>: no '</', '<!--' or line separators can end the element early."""
    text = json.dumps(data, ensure_ascii=False)
    return (text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def render_svg(events: list[Event], published: Optional[dt.date] = None,
               colours: Optional[Mapping[str, str]] = None) -> str:
    """The time axis as an inline SVG element (events already in display order)."""
    colours = colours or {}
    intervals = [(e.start.toordinal(), e.end.toordinal()) for e in events]
    if published:
        intervals.append((published.toordinal(), published.toordinal() + 1))
    scale = TimeScale(intervals)
    height = ROW_TOP + ROW_HEIGHT * max(len(events), 1) + 10
    bottom = height - 6
    parts = [f'<svg id="axis" class="axis" viewBox="0 0 {WIDTH} {height}" width="{WIDTH}" height="{height}" '
             f'role="img" aria-label="Time axis with {len(events)} events" xmlns="http://www.w3.org/2000/svg">']
    # breaks, then ticks with their grid lines, then the axis itself
    for x0, x1, label in scale.breaks():
        mid = (x0 + x1) / 2
        parts.append(f'<g class="break"><rect x="{x0 + 4:.1f}" y="{AXIS_Y - 26}" width="{x1 - x0 - 8:.1f}" '
                     f'height="{bottom - AXIS_Y + 26}" rx="3"/>'
                     f'<path d="M{mid - 6:.1f},{AXIS_Y + 6} l6,-12 M{mid:.1f},{AXIS_Y + 6} l6,-12"/>'
                     f'<text x="{mid:.1f}" y="{AXIS_Y - 30}">{_e(label)}</text></g>')
    last_label_end = -1e9
    for segment in scale.segments:
        parts.append(f'<line class="axis-line" x1="{segment.x0:.1f}" y1="{AXIS_Y}" x2="{segment.x1:.1f}" y2="{AXIS_Y}"/>')
        for x, label, major in _ticks(segment):
            half = len(label) * 3.4  # tick labels are 11 units, centred
            if x - half < last_label_end + 6 or x - half < 0 or x + half > WIDTH:
                label = ""  # would overlap its neighbour: keep the tick, drop the label
            else:
                last_label_end = x + half
            cls = "tick major" if major else "tick"
            parts.append(f'<g class="{cls}"><line class="grid" x1="{x:.1f}" y1="{AXIS_Y}" x2="{x:.1f}" y2="{bottom}"/>'
                         f'<line x1="{x:.1f}" y1="{AXIS_Y - 5}" x2="{x:.1f}" y2="{AXIS_Y + 5}"/>'
                         f'<text x="{x:.1f}" y="{AXIS_Y - 10}">{_e(label)}</text></g>')
    if published:
        x = scale.x(published.toordinal() + 0.5)
        parts.append(f'<g class="published"><line x1="{x:.1f}" y1="{AXIS_Y}" x2="{x:.1f}" y2="{bottom}"/>'
                     + (f'<text x="{x + 3:.1f}" y="{bottom - 2}">' if x < WIDTH - 140 else
                        f'<text x="{x - 3:.1f}" y="{bottom - 2}" text-anchor="end">')
                     + f'published {published.isoformat()}</text></g>')
    for row, event in enumerate(events):
        y = ROW_TOP + row * ROW_HEIGHT
        colour = colours.get(event.article_id, PALETTE[0])
        x0, x1 = scale.x(event.start.toordinal()), scale.x(event.end.toordinal())
        span = is_span(event)
        tooltip = f"{human_date(event)} ({event.granularity}, {event.value})\n{' '.join(event.sentence.split())}"
        kind = "span" if span else "point"
        approx = " approx" if event.timex.mod or event.anchor != "explicit" else ""
        parts.append(f'<g class="event {kind}{approx}" data-event-id="{_e(event.event_id)}" '
                     f'data-granularity="{_e(event.granularity)}" tabindex="0" style="--c:{colour}">'
                     f'<title>{_e(tooltip)}</title>'
                     f'<line class="row-guide" x1="{scale.left}" y1="{y}" x2="{scale.right}" y2="{y}"/>')
        if span:
            w = max(x1 - x0, 5.0)
            parts.append(f'<rect class="mark" x="{x0:.1f}" y="{y - 7}" width="{w:.1f}" height="14" rx="4"/>')
            left_edge, right_edge = x0, x0 + w
        else:
            cx = (x0 + x1) / 2
            parts.append(f'<circle class="mark" cx="{cx:.1f}" cy="{y}" r="6"/>')
            left_edge, right_edge = cx - 6, cx + 6
        label = f"{human_date(event)} · {' '.join((event.description or event.sentence).split())}"
        room_right, room_left = WIDTH - right_edge - 10, left_edge - 10
        needed = len(label) * CHAR_WIDTH
        on_right = room_right >= min(needed, 420) or room_right >= room_left
        fits = int((room_right if on_right else room_left) / CHAR_WIDTH)
        label = _short(label, max(fits, 12))
        if on_right:
            parts.append(f'<text class="label" x="{right_edge + 6:.1f}" y="{y + 4}">{_e(label)}</text>')
        else:
            parts.append(f'<text class="label end" x="{left_edge - 6:.1f}" y="{y + 4}">{_e(label)}</text>')
        parts.append("</g>")
    parts.append("</svg>")
    return "\n".join(parts)


def _table(events: list[Event], colours: Mapping[str, str], titles: Mapping[str, str]) -> str:
    rows = []
    for event in events:
        colour = colours.get(event.article_id, PALETTE[0])
        rows.append(
            f'<tr id="row-{_e(event.event_id)}" data-event-id="{_e(event.event_id)}">'
            f'<td class="date">{_e(human_date(event))}</td>'
            f'<td class="gran">{_e(event.granularity)}</td>'
            f'<td>{_e(event.description or _short(event.sentence, 200))}'
            f'<div class="sentence">{_e(" ".join(event.sentence.split()))}</div></td>'
            f'<td class="expr">{_e(event.timex.text or "(publication date)")}<div class="value">{_e(event.value)}</div></td>'
            f'<td class="article"><span class="swatch" style="background:{colour}"></span>'
            f'{_e(titles.get(event.article_id) or event.article_id)}</td></tr>')
    return "\n".join(rows)


def render_html(events: Iterable[Union[Event, Mapping]], title: str = "Timeline", subtitle: str = "",
                published: Optional[dt.date] = None, titles: Optional[Mapping[str, str]] = None) -> str:
    """A complete HTML document (UTF-8) showing the events on a time axis and in a table.

    ``published`` marks the publication date on the axis; ``titles`` maps article ids to titles
    for the legend (one colour per article).
    """
    ordered = chronological(as_events(events))
    titles = dict(titles or {})
    articles = list(dict.fromkeys(e.article_id for e in ordered))
    colours = {a: PALETTE[i % len(PALETTE)] for i, a in enumerate(articles)}
    legend = "".join(f'<li><span class="swatch" style="background:{colours[a]}"></span>{_e(titles.get(a) or a)}</li>'
                     for a in articles)
    if ordered:
        first, last = ordered[0].start, max(e.end for e in ordered) - dt.timedelta(days=1)
        summary = f"{len(ordered)} event{'s' if len(ordered) != 1 else ''} from {first.isoformat()} to {last.isoformat()}"
    else:
        summary = "no dated events"
    template = Template(resources.files("timeline").joinpath("static/timeline.html").read_text(encoding="utf-8"))
    return template.substitute(
        title=_e(title),
        subtitle=_e(subtitle),
        summary=_e(summary),
        count=len(ordered),
        legend=legend if len(articles) > 1 else "",
        svg=render_svg(ordered, published, colours) if ordered else '<p class="empty">No dated events.</p>',
        rows=_table(ordered, colours, titles),
        data=_script_json([e.model_dump(mode="json") for e in ordered]),
        generated=_e(dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")),
    )


def write_html(path: Union[str, Path], events: Iterable[Union[Event, Mapping]], **options) -> Path:
    """Write :func:`render_html` to ``path`` and return it."""
    path = Path(path)
    path.write_text(render_html(events, **options), encoding="utf-8")
    return path


__all__ = ["TimeScale", "render_html", "render_svg", "write_html"]
