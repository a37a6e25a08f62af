"""Retention: remove articles processed before a cutoff, with their events in the index and event data."""
from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from importlib import resources

import redis

from timeline.keys import Keys

_PRUNE_ARTICLE = resources.files("worker").joinpath("lua/prune_article.lua").read_text(encoding="utf-8")


@dataclass(frozen=True)
class PruneResult:
    scanned: int  # article records looked at
    expired: int  # processed before the cutoff
    removed: int  # removed now (0 on a dry run; fewer than expired if some were stored again meanwhile)


def prune(client: redis.Redis, keys: Keys, processed_before: dt.datetime, dry_run: bool = False,
          batch: int = 500) -> PruneResult:
    """Remove every article record processed before ``processed_before`` (aware, UTC if naive).

    Scans the article keys in batches; each removal is one atomic script that also takes the article's
    events out of the date index and the event data, and skips a record stored again since it was read.
    """
    if processed_before.tzinfo is None:
        processed_before = processed_before.replace(tzinfo=dt.timezone.utc)
    script = client.register_script(_PRUNE_ARTICLE)
    scanned = expired = removed = 0
    for names in _chunks(client.scan_iter(keys.article("*"), count=batch), batch):
        old, gone = _prune_batch(client, keys, script, names, processed_before, dry_run)
        scanned, expired, removed = scanned + len(names), expired + old, removed + gone
    return PruneResult(scanned, expired, removed)


def _chunks(items, size: int):
    chunk = []
    for item in items:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _prune_batch(client, keys: Keys, script, names: list, cutoff: dt.datetime, dry_run: bool) -> tuple[int, int]:
    old = []
    for name, record in zip(names, client.mget(names)):
        if record is None:
            continue  # removed since the scan saw it
        stamp = json.loads(record)["processed_at"]
        if dt.datetime.fromisoformat(stamp.replace("Z", "+00:00")) < cutoff:
            old.append((name, stamp))
    if dry_run or not old:
        return len(old), 0
    pipe = client.pipeline(transaction=False)
    for name, stamp in old:
        script(keys=[name, keys.index, keys.event_data, keys.stats], args=[stamp], client=pipe)
    return len(old), sum(pipe.execute())
