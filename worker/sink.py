"""Write processed articles and failures to Redis: the storage layer behind the task."""
from __future__ import annotations

import json
from importlib import resources

import redis

from schemas import ArticleTimeline, Failure
from timeline.keys import Keys, date_score

_STORE_ARTICLE = resources.files("worker").joinpath("lua/store_article.lua").read_text(encoding="utf-8")
FAILED_STREAM_MAXLEN = 100_000


# How long a task's attempt counter and done marker are kept: longer than a message can still come back.
TASK_KEYS_TTL_S = 3600


class RedisSink:
    def __init__(self, client: redis.Redis, keys: Keys, stream_maxlen: int, task_keys_ttl: int = TASK_KEYS_TTL_S):
        self.client = client
        self.keys = keys
        self.stream_maxlen = stream_maxlen
        self.task_keys_ttl = task_keys_ttl
        self._store_article = client.register_script(_STORE_ARTICLE)

    def count_attempt(self, task_id: str) -> int | None:
        """How many times this task message has been started, this time included; None if a delivery of it
        already wrote its outcome (and died before its acknowledgement): nothing is left to do."""
        key = self.keys.attempts(task_id)
        pipe = self.client.pipeline(transaction=False)
        pipe.incr(key)
        pipe.expire(key, self.task_keys_ttl)
        pipe.exists(self.keys.done(task_id))
        attempt, _, done = pipe.execute()
        return None if done else int(attempt)

    def stored_version(self, article_id: str) -> str | None:
        """The stored record's version ("content_hash|extractor", as the store script compares), if any."""
        record = self.client.get(self.keys.article(article_id))
        if record is None:
            return None
        data = json.loads(record)
        return article_version(data["content_hash"], data["extractor"])

    def write(self, timelines: list[ArticleTimeline], failures: list[Failure], done_task: str | None = None) -> list[int]:
        """Store every timeline (one atomic script each) and failure in a single round trip; with ``done_task``,
        then mark that task message done (a redelivery of it then does nothing). The marker goes in its own
        round trip, only once every write succeeded: under OOM a store can fail while a later SET passes.

        Returns, per timeline, 1 when stored and 0 when the same version was already there.
        """
        pipe = self.client.pipeline(transaction=False)
        calls = []
        for timeline in timelines:
            keys = [self.keys.article(timeline.article_id), self.keys.events, self.keys.index,
                    self.keys.event_data, self.keys.stats]
            calls.append((keys, self._script_args(timeline)))
            # EVALSHA straight away: redis-py's Script in a pipeline asks SCRIPT EXISTS first, one more round trip
            pipe.evalsha(self._store_article.sha, len(keys), *keys, *calls[-1][1])
        for failure in failures:
            self.add_failure(failure, pipe)
        results = pipe.execute(raise_on_error=False)
        stored = results[: len(timelines)]
        missing = [i for i, r in enumerate(stored) if isinstance(r, redis.exceptions.NoScriptError)]
        if missing:  # Redis restarted or flushed its scripts: those calls did nothing, so run them again
            retry = self.client.pipeline(transaction=False)
            for i in missing:
                keys, args = calls[i]
                self._store_article(keys=keys, args=args, client=retry)
            for i, r in zip(missing, retry.execute()):
                stored[i] = r
        for r in results:
            if isinstance(r, Exception) and not isinstance(r, redis.exceptions.NoScriptError):
                raise r
        if done_task:
            self.finish_task(done_task)
        return [int(r) for r in stored]

    def finish_task(self, task_id: str) -> None:
        """Mark a task message done on its own (after work that had to follow its results, e.g. resubmitting)."""
        pipe = self.client.pipeline(transaction=True)  # both or neither: a refused SET keeps the attempt count
        pipe.set(self.keys.done(task_id), 1, ex=self.task_keys_ttl)
        pipe.delete(self.keys.attempts(task_id))
        pipe.execute()

    def add_failure(self, failure: Failure, pipe=None) -> None:
        target = pipe if pipe is not None else self.client
        target.xadd(
            self.keys.failed,
            {
                "article_id": failure.article_id or "",
                "stage": failure.stage,
                "reason": failure.reason,
                "input": failure.input,
                "failure": failure.model_dump_json(),
            },
            maxlen=FAILED_STREAM_MAXLEN,
            approximate=True,
        )
        target.hincrby(self.keys.stats, "failed", 1)

    def _script_args(self, timeline: ArticleTimeline) -> list:
        events = [event.model_dump_json() for event in timeline.events]
        args: list = [timeline.article_id, article_version(timeline.content_hash, timeline.extractor),
                      record_json(timeline, events), self.stream_maxlen]
        for event, event_json in zip(timeline.events, events):
            args += [event.event_id, date_score(event.start), event_json]
        return args


def article_version(text_hash: str, extractor: str) -> str:
    """What makes a stored article the same one again (store_article.lua compares it): text and extractor."""
    return f"{text_hash}|{extractor}"


def record_json(timeline: ArticleTimeline, events_json: list[str]) -> str:
    """The article record: the timeline's JSON with its events' JSON spliced in, each event serialised once
    for both the record and its stream entry (the same JSON model_dump_json gives, events last)."""
    head = timeline.model_dump_json(exclude={"events"})
    return f'{head[:-1]},"events":[{",".join(events_json)}]}}'
