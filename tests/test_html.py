"""The HTML timeline: layout unit tests, and the page loaded in a real headless browser (Debian's chromium)."""
from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from schemas import Event, TimeExpression
from timeline.html import TimeScale, render_html

REPO = Path(__file__).resolve().parents[1]
SAMPLE = REPO / "examples" / "harbour-bridge.txt"
PUBLISHED = dt.date(2024, 3, 22)
CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync",
                  "--disable-dev-shm-usage", "--hide-scrollbars"]


def make_event(i, start, end, granularity, value, sentence="Something happened.", article="a1", description=None):
    timex = TimeExpression(tid=f"t{i}", text=value, start=0, end=1, type="DATE", value=value,
                           granularity=granularity, anchor="none")
    return Event(event_id=f"e{i}", article_id=article, value=value, type="DATE", granularity=granularity,
                 start=start, end=end, timex=timex, sentence=sentence, sentence_start=0, description=description,
                 extractor="test/1")


@pytest.fixture(scope="module")
def sample_events():
    from worker.engine import extract

    return extract(SAMPLE.read_text(encoding="utf-8"), PUBLISHED, article_id="harbour-bridge").events


def test_scale_is_monotonic_and_breaks_long_gaps():
    days = [dt.date(1961, 8, 12), dt.date(1990, 1, 1), dt.date(2022, 3, 1), dt.date(2024, 4, 15)]
    scale = TimeScale([(d.toordinal(), d.toordinal() + 1) for d in days])
    xs = [scale.x(d) for d in days]
    assert xs == sorted(xs) and len(set(xs)) == len(xs)
    assert len(scale.segments) == 3 and len(scale.breaks()) == 2  # 1961 | 1990 | 2022-2024
    assert scale.segments[0].x0 >= 0 and scale.segments[-1].x1 <= 1000
    # inside one segment, time is linear
    a, b, c = (scale.x(dt.date(2022, 3, 1)), scale.x(dt.date(2023, 3, 1)), scale.x(dt.date(2024, 2, 29)))
    assert abs((b - a) - (c - b)) < 1.5


def test_month_and_year_are_spans_days_are_points():
    events = [make_event(1, dt.date(2022, 3, 1), dt.date(2022, 4, 1), "month", "2022-03"),
              make_event(2, dt.date(2023, 1, 1), dt.date(2024, 1, 1), "year", "2023"),
              make_event(3, dt.date(2022, 2, 3), dt.date(2022, 2, 4), "day", "2022-02-03")]
    page = render_html(events, title="t")
    groups = {m.group(1): m.group(0) for m in re.finditer(r'<g class="event[^"]*" data-event-id="(e\d)".*?</g>', page, re.S)}
    assert set(groups) == {"e1", "e2", "e3"}
    assert "<rect" in groups["e1"] and "<rect" in groups["e2"] and "<circle" in groups["e3"]
    width = {k: float(re.search(r'<rect class="mark" x="[\d.]+" y="[\d.]+" width="([\d.]+)"', v).group(1))
             for k, v in groups.items() if k != "e3"}
    assert width["e2"] > width["e1"] * 3  # a year is drawn wider than a month on the same scale
    # chronological: the day (Feb 2022) comes first, the year last
    assert page.index('data-event-id="e3"') < page.index('data-event-id="e1"') < page.index('data-event-id="e2"')


def test_page_is_self_contained_and_escapes_text():
    hostile = '</script><script>alert("x")</script> & <b>bold</b>'
    page = render_html([make_event(1, dt.date(2020, 1, 1), dt.date(2020, 1, 2), "day", "2020-01-01",
                                   sentence=hostile, description=hostile)], title="<Title & co>")
    assert "<title>&lt;Title &amp; co&gt;</title>" in page
    assert '<script>alert("x")' not in page and "<b>bold</b>" not in page
    assert page.count("<script") == 2 and page.count("</script>") == 2
    assert not re.search(r'(src|href)\s*=\s*["\']?(https?:)?//', page)  # nothing fetched from the network
    assert "@import" not in page and "url(" not in page


def test_empty_timeline_renders():
    page = render_html([], title="nothing")
    assert "No dated events" in page and 'data-events="0"' in page


def test_several_articles_get_a_legend_and_colours():
    events = [make_event(1, dt.date(2020, 1, 1), dt.date(2020, 1, 2), "day", "2020-01-01", article="a1"),
              make_event(2, dt.date(2020, 2, 1), dt.date(2020, 2, 2), "day", "2020-02-01", article="a2")]
    page = render_html(events, titles={"a1": "First article", "a2": "Second article"})
    assert 'class="legend"><li>' in page and "First article" in page and "Second article" in page
    colours = re.findall(r'data-event-id="e\d"[^>]*style="--c:(#[0-9a-f]{6})"', page)
    assert len(set(colours)) == 2


# --- in a real browser -----------------------------------------------------------------------------------

def chromium() -> str:
    found = next((shutil.which(n) for n in ("chromium", "chromium-browser") if shutil.which(n)), None)
    if found is None:
        if os.environ.get("CI"):
            pytest.fail("chromium is not installed: CI must `apt-get install -y chromium` (Debian package)")
        pytest.skip("chromium not installed (apt-get install -y chromium)")
    return found


def run_chromium(tmp_path: Path, *args: str) -> subprocess.CompletedProcess:
    command = [chromium(), *CHROMIUM_FLAGS, f"--user-data-dir={tmp_path / 'profile'}", *args]
    return subprocess.run(command, capture_output=True, text=True, timeout=120, env=os.environ | {"HOME": str(tmp_path)})


@pytest.fixture(scope="module")
def sample_page(tmp_path_factory) -> Path:
    """The page made by the CLI for the bundled sample article, with no server."""
    out = tmp_path_factory.mktemp("html") / "harbour.html"
    result = subprocess.run([sys.executable, "-m", "timeline.cli", "extract", str(SAMPLE), "--published",
                             PUBLISHED.isoformat(), "--id", "harbour-bridge", "--html", str(out)], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert out.exists() and out.stat().st_size > 2000
    return out


def test_page_loads_in_headless_chromium_and_shows_the_sample_events(sample_page, sample_events, tmp_path):
    result = run_chromium(tmp_path, "--virtual-time-budget=3000", "--dump-dom", sample_page.as_uri())
    dom = result.stdout
    assert result.returncode == 0 and "<svg" in dom, f"chromium failed: {result.stderr[-2000:]}"
    # the script ran (it marks the body with the number of marks it wired up)
    ready = re.search(r'<body[^>]*data-ready="(\d+)"', dom)
    assert ready, "the page's script did not run"
    assert int(ready.group(1)) == len(sample_events) > 5
    drawn = set(re.findall(r'<g class="event[^"]*" data-event-id="([0-9a-f]+)"', dom))
    assert drawn == {e.event_id for e in sample_events}
    # the sample's key dates are on the page, at their granularity
    for text in ("15 Apr 2024", "Mar 2022", "12 Aug 1961"):
        assert text in dom
    month = next(e for e in sample_events if e.value == "2022-03")
    assert re.search(rf'data-event-id="{month.event_id}"[^>]*>.*?<rect class="mark"', dom, re.S)


def test_screenshot_is_not_blank(sample_page, tmp_path):
    shot = tmp_path / "page.png"
    result = run_chromium(tmp_path, "--window-size=1280,900", f"--screenshot={shot}", sample_page.as_uri())
    assert result.returncode == 0 and shot.exists(), result.stderr[-2000:]
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
    assert (width, height) == (1280, 900)
    assert len(data) > 30_000  # a white page compresses to a few kB; text and marks don't


from hypothesis import given, settings, strategies as st  # noqa: E402

GRANULARITIES = {"day": 1, "week": 7, "month": 31, "quarter": 92, "year": 366, "decade": 3653}


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9998, 1, 1)),
                          st.sampled_from(sorted(GRANULARITIES))), min_size=1, max_size=25))
def test_any_events_render_once_each_in_order(items):
    events = [make_event(i, day, day + dt.timedelta(days=GRANULARITIES[g]), g, day.isoformat())
              for i, (day, g) in enumerate(items)]
    page = render_html(events, title="random", published=items[0][0])
    drawn = re.findall(r'<g class="event[^"]*" data-event-id="(e\d+)"', page)
    assert sorted(drawn) == sorted(e.event_id for e in events)
    xs = {m.group(1): float(m.group(2)) for m in
          re.finditer(r'data-event-id="(e\d+)".*?(?:<rect class="mark" x="|<circle class="mark" cx=")([\d.]+)"', page, re.S)}
    assert all(0 <= x <= 1000 for x in xs.values())
    by_start = sorted(events, key=lambda e: e.start)
    for a, b in zip(by_start, by_start[1:]):
        if a.start < b.start and a.granularity == "day" and b.granularity == "day":
            assert xs[a.event_id] <= xs[b.event_id] + 0.2
