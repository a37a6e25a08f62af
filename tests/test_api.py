"""The Python API (`import timeline`): light import, extract, reading articles, submit/wait/timeline/events, consumer."""
from __future__ import annotations

import datetime as dt
import inspect
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

import timeline
from conftest import wait_for
from producer import InvalidArticle
from schemas import ArticleTimeline, Event, Failure, content_hash

REPO = Path(__file__).resolve().parents[1]
SAMPLE = REPO / "examples" / "harbour-bridge.txt"


def test_import_is_light_and_names_load_lazily():
    code = ("import sys, timeline; heavy = [m for m in ('celery', 'kombu', 'redis', 'pydantic', 'rich') if m in sys.modules]; "
            "print(heavy); timeline.extract; print('celery' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, check=True).stdout
    assert out.split("\n")[:2] == ["[]", "False"]  # even timeline.extract doesn't need celery
    assert set(timeline.__all__) >= {"extract", "submit", "submit_many", "wait", "timeline", "events", "consumer"}
    with pytest.raises(AttributeError):
        timeline.no_such_thing  # noqa: B018


def test_api_is_typed_and_documented():
    assert (REPO / "timeline" / "py.typed").exists()
    from timeline import api

    for name in api.__all__:
        obj = getattr(api, name)
        assert inspect.getdoc(obj), f"{name} has no docstring"
        if inspect.isfunction(obj):
            hints = inspect.signature(obj)
            assert hints.return_annotation is not inspect.Signature.empty, f"{name} has no return type"


def test_extract_returns_a_chronological_list_of_events():
    events = timeline.extract(SAMPLE.read_text(encoding="utf-8"), published="2024-03-22", title="Harbour")
    assert isinstance(events, list) and all(isinstance(e, Event) for e in events) and len(events) > 5
    assert [e.start for e in events] == sorted(e.start for e in events)
    assert events.published == dt.date(2024, 3, 22) and events.title == "Harbour" and events.expressions
    assert "2024-04-15" in {e.value for e in events}
    assert repr(events).startswith("<Timeline 'Harbour (published 2024-03-22)'") and "15 Apr 2024" in repr(events)
    html = events._repr_html_()
    assert "<svg" in html and html.count('class="event ') == len(events)
    assert events.to_ics().count("BEGIN:VEVENT") == len(events)
    assert events.to_csv().count("\r\n") == len(events) + 1
    assert len(events.to_jsonl().splitlines()) == len(events)
    assert "<TIMEX3" in events.to_timeml(SAMPLE.read_text(encoding="utf-8"))


def test_extract_accepts_dates_and_refuses_bad_input_clearly(tmp_path):
    events = timeline.extract("It opened on Monday.", published=dt.datetime(2017, 8, 16, 9, 30))
    assert [e.value for e in events] == ["2017-08-14"]
    with pytest.raises(InvalidArticle, match="published_at"):
        timeline.extract("It opened on Monday.", published="16/08/2017")
    with pytest.raises(ValueError, match="text is empty"):
        timeline.extract("   ", published="2017-08-16")
    page = tmp_path / "p.html"
    events.to_html(page)
    assert "<svg" in page.read_text(encoding="utf-8")


def test_extract_file_reads_timeml(tmp_path):
    text = SAMPLE.read_text(encoding="utf-8")
    direct = timeline.extract(text, published="2024-03-22")
    tml = tmp_path / "h.tml"
    tml.write_text(direct.to_timeml(text), encoding="utf-8")
    again = timeline.extract_file(tml)
    assert again.published == dt.date(2024, 3, 22)
    assert [e.value for e in again] == [e.value for e in direct]


def test_read_articles_from_every_kind_of_input(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "one.txt").write_text("Plain text, published by the default.", encoding="utf-8")
    (folder / "two.json").write_text(json.dumps([{"id": "j1", "text": "A.", "published_at": "2020-01-01"},
                                                 {"id": "j2", "text": "B.", "published_at": "2020-01-02"}]))
    (folder / "three.jsonl").write_text('{"id": "l1", "text": "C.", "published_at": "2020-02-01", "title": "T"}\n\n'
                                        '{"id": "l2", "text": "D."}\n')
    (folder / ".hidden.txt").write_text("skipped")
    articles = timeline.read_articles([folder], published="2019-12-31", source="feed")
    assert [a.id for a in articles][1:] == ["l1", "l2", "j1", "j2"]  # files in name order, lines in order
    plain, by_id = articles[0], {a.id: a for a in articles}
    assert plain.text.startswith("Plain") and len(plain.id) == 16  # a content hash
    assert str(by_id["l2"].published_at) == "2019-12-31"  # missing field: the default
    assert str(by_id["l1"].published_at) == "2020-02-01" and by_id["l1"].title == "T"
    assert all(a.source == "feed" for a in articles)


def test_read_articles_errors_name_the_place(tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"text": "ok", "published_at": "2020-01-01"}\n{"text": "", "published_at": "2020-01-01"}\n')
    with pytest.raises(InvalidArticle, match=r"bad.jsonl line 2: text: text is empty"):
        timeline.read_articles([bad])
    unknown = tmp_path / "u.jsonl"
    unknown.write_text('{"text": "ok", "published_at": "2020-01-01", "author": "me"}\n')
    with pytest.raises(InvalidArticle, match=r"u.jsonl line 1: author: Extra inputs are not permitted"):
        timeline.read_articles([unknown])
    array = tmp_path / "a.jsonl"
    array.write_text('["not", "an", "object"]\n')
    with pytest.raises(InvalidArticle, match=r"a.jsonl line 1: expected a JSON object"):
        timeline.read_articles([array])
    with pytest.raises(InvalidArticle, match="plain text.*--published"):
        timeline.read_articles([SAMPLE])
    binary = tmp_path / "b.txt"
    binary.write_bytes(b"\x00\x01\x02")
    with pytest.raises(InvalidArticle, match="binary"):
        timeline.read_articles([binary], published="2020-01-01")


# --- the service ------------------------------------------------------------------------------------------

def test_submit_wait_timeline_events(celery_worker_thread, clean_redis):
    first = timeline.submit("The court ruled on Tuesday.", published="2017-08-16", id="api-1", title="Court")
    ids = timeline.submit_many([{"id": "api-2", "text": "The envoy arrived on 3 August 2017 in Geneva.",
                                 "published_at": "2017-08-16"}])
    progress = []
    done = timeline.wait([first, *ids], timeout=20, on_progress=lambda n, total: progress.append((n, total)))
    assert list(done) == ["api-1", "api-2"] and all(isinstance(r, ArticleTimeline) for r in done.values())
    assert progress[-1] == (2, 2)
    court = timeline.timeline("api-1")
    assert court.title == "Court" and [e.value for e in court] == ["2017-08-15"]
    assert timeline.timeline("missing") is None
    august = timeline.events("2017-08-01", dt.date(2017, 8, 31))
    assert sorted(e.article_id for e in august) == ["api-1", "api-2"]
    assert [e.article_id for e in timeline.events(grep="geneva")] == ["api-2"]


def test_wait_reports_failures_and_does_not_take_an_old_version(celery_worker_thread, clean_redis):
    from timeline.api import redis_time_id
    from worker.app import app, settings

    since = redis_time_id()
    # a message written by hand bypasses the producer's checks: the worker records a failure
    app.send_task("timeline.process", args=[[{"id": "api-bad", "text": "", "published_at": "2017-08-16"}]],
                  queue=settings.queue)
    result = timeline.wait(["api-bad"], timeout=20, since=since)
    assert isinstance(result["api-bad"], Failure) and "text is empty" in result["api-bad"].reason

    timeline.submit({"id": "api-v", "text": "Version one was out on 1 May 2020.", "published_at": "2020-06-01"})
    timeline.wait(["api-v"], timeout=20)
    new_text = "Version two came on 2 June 2020."
    timeline.submit({"id": "api-v", "text": new_text, "published_at": "2020-06-03"})
    record = timeline.wait(["api-v"], timeout=20, expect={"api-v": content_hash(new_text)})["api-v"]
    assert record.content_hash == content_hash(new_text) and [e.value for e in record.events] == ["2020-06-02"]


def test_wait_times_out_with_what_is_pending(clean_redis):
    with pytest.raises(timeline.WaitTimeout) as caught:
        timeline.wait(["never-submitted"], timeout=0.3)
    assert caught.value.pending == ["never-submitted"] and "timeline health" in str(caught.value)
    assert isinstance(caught.value, TimeoutError)


def test_consumer_helper_reads_acks_and_claims(celery_worker_thread, clean_redis, store):
    timeline.submit_many([{"id": f"c{i}", "text": f"Item {i} shipped on 2 May 2016.", "published_at": "2016-06-01"}
                          for i in range(3)])
    wait_for(lambda: store.stats().get("processed") == 3)
    dead = timeline.consumer("api-group", "dead")
    taken = dead.read(count=2)
    assert len(taken) == 2 and taken[0].event["value"] == "2016-05-02"
    alive = timeline.consumer("api-group", "alive")
    rest = alive.read(count=10)
    everything = [eid.decode() for eid, _ in clean_redis.xrange(os.environ["TIMELINE_PREFIX"] + "events")]
    assert [e.entry_id for e in rest] == everything[2:]  # the group hands each entry to one member
    assert alive.ack(rest) == len(rest)
    assert alive.claim_stale(min_idle_ms=60_000) == []  # not idle long enough
    time.sleep(0.15)
    claimed = alive.claim_stale(min_idle_ms=100)
    assert [e.entry_id for e in claimed] == [e.entry_id for e in taken]
    alive.ack(claimed)
    assert clean_redis.xpending(os.environ["TIMELINE_PREFIX"] + "events", "api-group")["pending"] == 0


def test_bundled_jsonl_example_is_valid():
    articles = timeline.read_articles([REPO / "examples" / "articles.jsonl"])
    assert len(articles) == 3 and all(a.title and a.source for a in articles)
    assert all(timeline.extract(a.text, a.published_at) for a in articles)
