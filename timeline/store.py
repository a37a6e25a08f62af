"""Read timelines and events back from Redis (the consumer side of the Redis contract)."""
from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from dataclasses import dataclass

import redis

from schemas import ArticleTimeline, Event
from timeline.config import Settings
from timeline.keys import Keys, date_score


@dataclass(frozen=True)
class StreamEntry:
    entry_id: str
    op: str
    event_id: str
    article_id: str
    event: dict | None


def _decode(fields: dict) -> dict:
    return {(k.decode() if isinstance(k, bytes) else k): (v.decode() if isinstance(v, bytes) else v)
            for k, v in fields.items()}


def _entry(entry_id, fields) -> StreamEntry:
    f = _decode(fields)
    entry_id = entry_id.decode() if isinstance(entry_id, bytes) else entry_id
    return StreamEntry(entry_id, f.get("op", "add"), f.get("event_id", ""), f.get("article_id", ""),
                       json.loads(f["event"]) if f.get("event") else None)


class TimelineStore:
    """Queries over the keys the workers write."""

    def __init__(self, client: redis.Redis | None = None, settings: Settings | None = None):
        self.settings = settings or Settings()
        self.client = client or redis.Redis.from_url(self.settings.redis_url)
        self.keys = Keys(self.settings.prefix)

    def article(self, article_id: str) -> ArticleTimeline | None:
        raw = self.client.get(self.keys.article(article_id))
        return ArticleTimeline.model_validate_json(raw) if raw else None

    def articles(self, article_ids: list[str]) -> list[ArticleTimeline | None]:
        if not article_ids:
            return []
        raws = self.client.mget([self.keys.article(a) for a in article_ids])
        return [ArticleTimeline.model_validate_json(r) if r else None for r in raws]

    def events_between(self, start: dt.date | None = None, end: dt.date | None = None,
                       grep: str | None = None, limit: int = 10_000) -> list[Event]:
        """Events whose interval starts in [start, end] (both inclusive), across all articles."""
        low = date_score(start) if start else "-inf"
        high = date_score(end) if end else "+inf"
        ids = self.client.zrangebyscore(self.keys.index, low, high, start=0, num=limit)
        if not ids:
            return []
        raws = self.client.hmget(self.keys.event_data, ids)
        events = [Event.model_validate_json(r) for r in raws if r]
        if grep:
            words = grep.lower().split()
            events = [e for e in events
                      if all(w in f"{e.description or ''} {e.sentence} {e.trigger or ''}".lower() for w in words)]
        return events

    def stats(self) -> dict[str, int]:
        counters = {k.decode(): int(v) for k, v in self.client.hgetall(self.keys.stats).items()}
        counters["stream_length"] = self.client.xlen(self.keys.events)
        counters["failed_stream_length"] = self.client.xlen(self.keys.failed)
        counters["indexed_events"] = self.client.zcard(self.keys.index)
        return counters

    def failures(self, count: int = 100) -> list[dict]:
        return [_decode(fields) | {"entry_id": eid.decode()} for eid, fields in
                self.client.xrevrange(self.keys.failed, count=count)]

    def read_events(self, after: str = "0-0", count: int = 500, block_ms: int | None = None) -> list[StreamEntry]:
        """Plain XREAD from an entry id ('0-0' for the start, '$' for new ones only)."""
        reply = self.client.xread({self.keys.events: after}, count=count, block=block_ms)
        return [_entry(eid, fields) for _, entries in reply or [] for eid, fields in entries]

    def follow(self, after: str = "0-0", block_ms: int = 5_000) -> Iterator[StreamEntry]:
        while True:
            entries = self.read_events(after, block_ms=block_ms)
            for entry in entries:
                after = entry.entry_id
                yield entry


class EventConsumer:
    """A consumer-group member on the events stream: at-least-once delivery with acknowledgement."""

    def __init__(self, group: str, consumer: str, store: TimelineStore | None = None, start: str = "0"):
        self.store = store or TimelineStore()
        self.group, self.consumer = group, consumer
        self.client, self.stream = self.store.client, self.store.keys.events
        try:
            self.client.xgroup_create(self.stream, group, id=start, mkstream=True)
        except redis.ResponseError as error:
            if "BUSYGROUP" not in str(error):
                raise

    def read(self, count: int = 100, block_ms: int | None = None, pending: bool = False) -> list[StreamEntry]:
        """New entries for this consumer; with pending=True, the ones it read before but never acknowledged."""
        reply = self.client.xreadgroup(self.group, self.consumer, {self.stream: "0" if pending else ">"},
                                       count=count, block=block_ms)
        return [_entry(eid, fields) for _, entries in reply or [] for eid, fields in entries if fields]

    def ack(self, entries: list[StreamEntry]) -> int:
        return self.client.xack(self.stream, self.group, *[e.entry_id for e in entries]) if entries else 0

    def claim_stale(self, min_idle_ms: int = 60_000, count: int = 100) -> list[StreamEntry]:
        """Take over entries another (dead) consumer read but never acknowledged."""
        reply = self.client.xautoclaim(self.stream, self.group, self.consumer, min_idle_ms, "0-0", count=count)
        return [_entry(eid, fields) for eid, fields in reply[1] if fields]
