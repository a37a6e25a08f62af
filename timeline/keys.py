"""The Redis key layout: the contract consumers in any language read (see README, "Redis contract")."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Keys:
    prefix: str = "timeline:"

    def article(self, article_id: str) -> str:
        """String: the ArticleTimeline JSON."""
        return f"{self.prefix}article:{article_id}"

    @property
    def events(self) -> str:
        """Stream: one entry per event (fields op, event_id, article_id, event)."""
        return f"{self.prefix}events"

    @property
    def index(self) -> str:
        """Sorted set: event ids scored by their interval's first day as YYYYMMDD."""
        return f"{self.prefix}index"

    @property
    def event_data(self) -> str:
        """Hash: event id -> Event JSON, for events currently in the index."""
        return f"{self.prefix}event"

    @property
    def failed(self) -> str:
        """Stream: failures (fields article_id, stage, reason, input, failure)."""
        return f"{self.prefix}failed"

    @property
    def stats(self) -> str:
        """Hash of counters: processed, unchanged, replaced, failed, events, pruned."""
        return f"{self.prefix}stats"

    def attempts(self, task_id: str) -> str:
        """Counter of deliveries of one task message (poison-message guard)."""
        return f"{self.prefix}attempts:{task_id}"

    def done(self, task_id: str) -> str:
        """Marker of a task message whose outcome is written: a later delivery of it has nothing to do."""
        return f"{self.prefix}done:{task_id}"

    def heartbeat(self, worker: str) -> str:
        """Worker liveness key with a TTL."""
        return f"{self.prefix}heartbeat:{worker}"


def date_score(day) -> int:
    """Index score of a date: 2017-08-15 -> 20170815."""
    return day.year * 10000 + day.month * 100 + day.day
