"""End to end with real parts: producer -> Redis broker -> Celery worker (thread) -> Redis results."""
from __future__ import annotations

import datetime as dt
import json
import os

import pytest

from conftest import SEED, wait_for
from producer import InvalidArticle, Producer

PREFIX = os.environ["TIMELINE_PREFIX"]

ARTICLE = {
    "id": "court-2017",
    "text": "The court ruled on Tuesday that the merger, agreed in March 2011, was lawful. "
            "The company was founded in 2016.",
    "published_at": "2017-08-16",
    "title": "Court backs merger",
}


def stream(client, key="events"):
    return [(eid.decode(), {k.decode(): v.decode() for k, v in f.items()})
            for eid, f in client.xrange(PREFIX + key, "-", "+")]


def test_submitted_article_comes_out_as_events_in_the_stream(celery_worker_thread, clean_redis):
    article_id = Producer().submit(ARTICLE)
    assert article_id == "court-2017"
    record = wait_for(lambda: clean_redis.get(f"{PREFIX}article:court-2017"))
    entries = wait_for(lambda: stream(clean_redis))
    values = {json.loads(f["event"])["value"] for _, f in entries}
    assert {"2017-08-15", "2011-03", "2016"} <= values
    for _, fields in entries:
        assert fields["article_id"] == "court-2017" and fields["op"] == "add"
        assert json.loads(fields["event"])["event_id"] == fields["event_id"]
    timeline = json.loads(record)
    starts = [e["start"] for e in timeline["events"]]
    assert starts == sorted(starts) and timeline["status"] == "done"
    # the date index answers range queries with plain commands
    ids = clean_redis.zrangebyscore(PREFIX + "index", 20170101, 20171231)
    assert {json.loads(clean_redis.hget(PREFIX + "event", i))["value"] for i in ids} == {"2017-08-15"}


@pytest.mark.skipif(not SEED.exists(), reason="seed article not present")
def test_seed_article_end_to_end(celery_worker_thread, clean_redis):
    article_id = Producer().submit({"text": SEED.read_text(encoding="utf-8"), "published_at": "2017-08-16"})
    wait_for(lambda: clean_redis.get(f"{PREFIX}article:{article_id}"))
    events = [json.loads(f["event"]) for _, f in stream(clean_redis)]
    warrant = [e for e in events if e["value"] == "2017-08-15"]
    assert warrant and any("arrest warrant" in e["sentence"] for e in warrant)
    assert {"2011-03", "2016", "2017"} <= {e["value"] for e in events}


def test_submitting_twice_adds_no_duplicates(celery_worker_thread, clean_redis, store):
    producer = Producer()
    producer.submit(ARTICLE)
    wait_for(lambda: store.stats().get("processed") == 1)
    first = stream(clean_redis)
    producer.submit(ARTICLE)
    wait_for(lambda: store.stats().get("unchanged") == 1)
    assert stream(clean_redis) == first


def test_changed_text_replaces_the_old_version(celery_worker_thread, clean_redis, store):
    producer = Producer()
    producer.submit(ARTICLE)
    wait_for(lambda: store.stats().get("processed") == 1)
    old_ids = {f["event_id"] for _, f in stream(clean_redis)}
    producer.submit(ARTICLE | {"text": "The court will rule on 18 August 2017."})
    wait_for(lambda: store.stats().get("replaced") == 1)
    entries = [f for _, f in stream(clean_redis)]
    retracted = {f["event_id"] for f in entries if f["op"] == "retract"}
    assert retracted == old_ids
    record = store.article("court-2017")
    assert [e.value for e in record.events] == ["2017-08-18"]
    assert clean_redis.zcard(PREFIX + "index") == 1
    assert not any(clean_redis.hexists(PREFIX + "event", i) for i in old_ids)


def test_batches_are_processed_and_bad_messages_go_to_the_failure_stream(celery_worker_thread, clean_redis, store):
    from worker.app import app, settings

    articles = [ARTICLE | {"id": f"a{i}", "text": f"Article {i} was written on Monday."} for i in range(25)]
    ids = Producer().submit_many(articles, batch_size=10)
    assert ids == [f"a{i}" for i in range(25)]
    # a message written by hand, bypassing the producer's validation
    app.send_task("timeline.process", args=[[{"id": "bad-1", "text": "", "published_at": "2017-13-01"},
                                             ARTICLE | {"id": "good-1"}]], queue=settings.queue)
    app.send_task("timeline.process", args=["not an article"], queue=settings.queue)
    wait_for(lambda: store.stats().get("processed") == 26 and store.stats().get("failed") == 2)
    failures = {f["article_id"]: f for f in store.failures()}
    assert "text: text is empty" in failures["bad-1"]["reason"]
    assert "published_at" in failures["bad-1"]["reason"] and failures["bad-1"]["stage"] == "validation"
    assert "not an article" in failures[""]["reason"]
    assert store.article("a24").events[0].value == "2017-08-14"
    assert clean_redis.llen(settings.queue) == 0


@pytest.mark.parametrize("bad, message", [
    ({"text": "", "published_at": "2017-08-16"}, "text: text is empty"),
    ({"text": "Hello.", "published_at": "16/08/2017"}, "published_at"),
    ({"text": "Hello."}, "published_at: Field required"),
    ({"text": "Hello.", "published_at": "2017-08-16", "language": "xx"}, "unknown language code"),
    ({"text": 42, "published_at": "2017-08-16"}, "text: Input should be a valid string"),
    ({"text": "x" * 1_000_001, "published_at": "2017-08-16"}, "over the limit"),
])
def test_producer_refuses_bad_articles_and_enqueues_nothing(clean_redis, bad, message):
    from worker.app import settings

    with pytest.raises(InvalidArticle, match=message):
        Producer().submit_many([ARTICLE, bad])
    assert clean_redis.llen(settings.queue) == 0


def test_store_reads_timelines_and_ranges(celery_worker_thread, clean_redis, store):
    Producer().submit_many([ARTICLE, ARTICLE | {"id": "other", "text": "The envoy arrived on 3 August 2017 in Geneva."}])
    wait_for(lambda: store.stats().get("processed") == 2)
    august = store.events_between(dt.date(2017, 8, 1), dt.date(2017, 8, 31))
    assert sorted(e.value for e in august) == ["2017-08-03", "2017-08-15"]
    assert [e.article_id for e in store.events_between(dt.date(2017, 8, 1), None, grep="geneva")] == ["other"]
    assert store.article("missing") is None


def test_pool_processes_freeze_inherited_objects_and_raise_gc_thresholds():
    """Celery sends worker_process_init in every new pool process; worker.app tunes the collector there."""
    import subprocess
    import sys

    code = ("import gc, json; from celery.signals import worker_process_init; import worker.app as a; "
            "before = gc.get_threshold(); worker_process_init.send(sender=None); "
            "print(json.dumps([before, gc.get_threshold(), gc.get_freeze_count(), list(a.GC_THRESHOLDS)]))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    before, after, frozen, wanted = json.loads(out.stdout.strip().splitlines()[-1])
    assert before != wanted and after == wanted
    assert frozen > 1000  # what the process had imported is now out of the collector's reach
