"""Retention (`timeline prune`): old articles leave the record store, the date index and the event data; newer
ones, and a record stored again after it was read, stay. Against a real Redis, with the worker's real sink."""
from __future__ import annotations

import datetime as dt
import os

from click.testing import CliRunner

from schemas import Article
from timeline.cli import main
from timeline.keys import Keys

UTC = dt.timezone.utc
NOW = dt.datetime.now(UTC)


def _stored(sink, article_id: str, text: str, days_ago: float):
    from worker.tasks import build_timeline

    timeline = build_timeline(Article.model_validate({"id": article_id, "text": text, "published_at": "2017-08-16"}))
    timeline = timeline.model_copy(update={"processed_at": NOW - dt.timedelta(days=days_ago)})
    assert sink.write([timeline], []) == [1]
    return timeline


def _setup(client):
    from worker.sink import RedisSink

    keys = Keys(os.environ["TIMELINE_PREFIX"])
    sink = RedisSink(client, keys, stream_maxlen=1000)
    old = _stored(sink, "old", "The court ruled on Tuesday. The trial began on 3 March 2016.", days_ago=100)
    new = _stored(sink, "new", "The minister will travel on Friday.", days_ago=1)
    return keys, old, new


def test_prune_removes_old_articles_with_their_events_and_keeps_the_rest(clean_redis):
    from worker.retention import prune

    keys, old, new = _setup(clean_redis)
    assert len(old.events) >= 2 and len(new.events) >= 1
    stream_before = clean_redis.xlen(keys.events)

    dry = prune(clean_redis, keys, NOW - dt.timedelta(days=30), dry_run=True)
    assert (dry.scanned, dry.expired, dry.removed) == (2, 1, 0)
    assert clean_redis.exists(keys.article("old"))

    result = prune(clean_redis, keys, NOW - dt.timedelta(days=30), batch=1)
    assert (result.scanned, result.expired, result.removed) == (2, 1, 1)
    assert not clean_redis.exists(keys.article("old")) and clean_redis.exists(keys.article("new"))
    for event in old.events:
        assert clean_redis.zscore(keys.index, event.event_id) is None
        assert not clean_redis.hexists(keys.event_data, event.event_id)
    assert clean_redis.zscore(keys.index, new.events[0].event_id) is not None
    assert clean_redis.hexists(keys.event_data, new.events[0].event_id)
    assert clean_redis.xlen(keys.events) == stream_before  # consumers keep what the stream told them
    assert int(clean_redis.hget(keys.stats, "pruned")) == 1
    assert prune(clean_redis, keys, NOW - dt.timedelta(days=30)).removed == 0


def test_a_record_stored_again_after_it_was_read_is_kept(clean_redis):
    """The script removes only the version the scan read (same processed_at): a newer store wins."""
    from worker.retention import _PRUNE_ARTICLE

    keys, old, _ = _setup(clean_redis)
    read_stamp = old.model_dump(mode="json")["processed_at"]
    script = clean_redis.register_script(_PRUNE_ARTICLE)
    args = dict(keys=[keys.article("old"), keys.index, keys.event_data, keys.stats])
    assert script(**args, args=["2000-01-01T00:00:00Z"]) == 0  # another version than the one stored
    assert clean_redis.exists(keys.article("old"))
    assert script(**args, args=[read_stamp]) == 1
    assert not clean_redis.exists(keys.article("old"))


def test_prune_command(clean_redis):
    _setup(clean_redis)
    runner = CliRunner()
    dry = runner.invoke(main, ["prune", "--older-than", "30", "--dry-run"], catch_exceptions=False)
    assert dry.exit_code == 0 and "would remove 1 of 2 articles" in dry.output
    done = runner.invoke(main, ["prune", "--older-than", "30"], catch_exceptions=False)
    assert done.exit_code == 0 and "removed 1 of 2 articles" in done.output
    bad = runner.invoke(main, ["prune", "--older-than", "-3"])
    assert bad.exit_code == 2 and "-3" in bad.output
