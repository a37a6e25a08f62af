"""The results sink's Lua script with many events: multi-member ZADD/HSET/ZREM/HDEL in chunks, replacement, idempotency."""
from __future__ import annotations

import datetime as dt
import uuid

import pytest

from schemas import Article
from timeline.keys import Keys


@pytest.fixture
def sink_keys(redis_client):
    keys = Keys(f"test-sink-{uuid.uuid4().hex[:8]}:")
    yield keys
    for key in redis_client.scan_iter(f"{keys.prefix}*", count=1000):
        redis_client.delete(key)


def _timeline(events: int, first: int = 0, text: str = "The court ruled on 15 August 2017."):
    """An article's timeline with `events` copies of one real event under distinct ids and dates."""
    from worker.tasks import build_timeline

    base = build_timeline(Article.model_validate({"id": "many", "text": text, "published_at": "2017-08-16"}))
    one = base.events[0]
    many = [one.model_copy(update={"event_id": f"ev-{i}", "start": dt.date(2000, 1, 1) + dt.timedelta(days=i)})
            for i in range(first, first + events)]
    return base.model_copy(update={"events": many})


def test_many_events_are_written_in_chunks_and_replaced_exactly(redis_client, sink_keys):
    from worker.sink import RedisSink

    sink = RedisSink(redis_client, sink_keys, stream_maxlen=1_000_000)
    first = _timeline(1_200)
    assert sink.write([first], []) == [1]
    assert redis_client.zcard(sink_keys.index) == 1_200
    assert redis_client.hlen(sink_keys.event_data) == 1_200
    assert redis_client.xlen(sink_keys.events) == 1_200
    assert redis_client.zscore(sink_keys.index, "ev-0") == 20000101
    assert int(redis_client.hget(sink_keys.stats, "events")) == 1_200
    # the record (events spliced into the timeline's JSON) reads back as the same timeline
    from schemas import ArticleTimeline
    assert ArticleTimeline.model_validate_json(redis_client.get(sink_keys.article("many"))) == first

    # the same version again adds nothing
    assert sink.write([first], []) == [0]
    assert redis_client.xlen(sink_keys.events) == 1_200

    # a new version keeping ev-900..ev-1199 and adding ev-1200..ev-1599: 900 retractions, 300 updates, 400 adds
    second = _timeline(700, first=900, text="The court ruled on 16 August 2017.")
    assert sink.write([second], []) == [1]
    ops = {}
    for _, fields in redis_client.xrange(sink_keys.events, "-", "+")[1_200:]:
        ops[fields[b"op"].decode()] = ops.get(fields[b"op"].decode(), 0) + 1
    assert ops == {"add": 400, "update": 300, "retract": 900}
    assert redis_client.zcard(sink_keys.index) == 700
    assert redis_client.hlen(sink_keys.event_data) == 700
    assert not redis_client.hexists(sink_keys.event_data, "ev-0")
    assert redis_client.zscore(sink_keys.index, "ev-1599") is not None
    assert int(redis_client.hget(sink_keys.stats, "replaced")) == 1


@pytest.mark.skipif(__import__("shutil").which("redis-server") is None, reason="needs redis-server to start a private one")
def test_scripts_flushed_by_a_redis_restart_are_loaded_again():
    """The sink sends EVALSHA without asking SCRIPT EXISTS first; after SCRIPT FLUSH it reloads and stores."""
    from bench.pipeline import RedisServer
    from schemas import Failure
    from worker.sink import RedisSink

    with RedisServer() as server:  # a private redis-server: SCRIPT FLUSH is server-wide
        client, keys = server.client, Keys("flush:")
        sink = RedisSink(client, keys, stream_maxlen=1000)
        assert sink.write([_timeline(3)], []) == [1]
        client.script_flush()
        client.incr(keys.attempts("task-1"))
        failure = Failure(article_id="bad", stage="validation", reason="text is empty", input="{}",
                          attempts=1, failed_at=dt.datetime.now(dt.timezone.utc))
        second = _timeline(2, first=10, text="The court ruled on 16 August 2017.")
        assert sink.write([second], [failure], done_task="task-1") == [1]
        assert client.zcard(keys.index) == 2 and client.xlen(keys.events) == 3 + 2 + 3
        assert client.xlen(keys.failed) == 1 and not client.exists(keys.attempts("task-1"))
        assert sink.write([second], []) == [0]  # the script is loaded again: unchanged


def test_a_message_whose_outcome_is_written_is_done_for_its_redeliveries(redis_client, sink_keys):
    """count_attempt counts deliveries until a write marks the message done; then it answers None (nothing to
    do), so a delivery that dies between writing and acknowledging can't be followed by a second outcome."""
    from worker.sink import RedisSink

    sink = RedisSink(redis_client, sink_keys, stream_maxlen=1000, task_keys_ttl=60)
    assert [sink.count_attempt("task-1"), sink.count_attempt("task-1")] == [1, 2]
    assert sink.write([_timeline(1)], [], done_task="task-1") == [1]
    assert sink.count_attempt("task-1") is None
    assert 0 < redis_client.ttl(sink_keys.done("task-1")) <= 60
    assert sink.count_attempt("task-2") == 1
    sink.finish_task("task-2")  # (after resubmitting what was left of its batch)
    assert sink.count_attempt("task-2") is None


def test_a_write_that_fails_leaves_the_message_to_be_redone(redis_client, sink_keys):
    """If any store in the round trip fails (here WRONGTYPE; in production OOM under noeviction, where a DEL can
    free just enough for the done marker's SET to pass), the message must not be marked done: its redelivery
    has to store the articles, not skip them as written."""
    import redis

    from worker.sink import RedisSink

    sink = RedisSink(redis_client, sink_keys, stream_maxlen=1000, task_keys_ttl=60)
    assert sink.count_attempt("task-1") == 1
    redis_client.set(sink_keys.events, "not a stream")
    with pytest.raises(redis.exceptions.ResponseError):
        sink.write([_timeline(1)], [], done_task="task-1")
    assert not redis_client.exists(sink_keys.done("task-1"))
    redis_client.delete(sink_keys.events)
    assert sink.count_attempt("task-1") == 2  # the attempt counter is kept too
    assert sink.write([_timeline(1)], [], done_task="task-1") == [1]
    assert sink.count_attempt("task-1") is None
