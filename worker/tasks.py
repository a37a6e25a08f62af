"""The Celery task: a thin layer that validates, runs the extraction core and stores the results."""
from __future__ import annotations

import datetime as dt
import json
import logging
import os
import time

import redis
from celery.exceptions import Reject, SoftTimeLimitExceeded
from kombu.exceptions import OperationalError
from pydantic import ValidationError

from schemas import Article, ArticleTimeline, Failure, content_hash, validation_message
from schemas.models import FAILURE_INPUT_CHARS
from timeline.keys import Keys
from worker.app import app, settings
from worker.engine import EXTRACTOR, extract
from worker.sink import RedisSink, article_version

log = logging.getLogger("timeline.worker")
TASK_NAME = "timeline.process"

_sink: RedisSink | None = None
_sink_pid: int | None = None


def sink() -> RedisSink:
    """One Redis client per process (pool processes are forked)."""
    global _sink, _sink_pid
    if _sink is None or _sink_pid != os.getpid():
        client = redis.Redis.from_url(settings.redis_url, health_check_interval=10, socket_keepalive=True,
                                      retry_on_timeout=True)
        _sink = RedisSink(client, Keys(settings.prefix), settings.stream_maxlen,
                          task_keys_ttl=int(settings.visibility_timeout * 10))
        _sink_pid = os.getpid()
    return _sink


def _now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


def _copy(raw) -> str:
    try:
        text = json.dumps(raw, ensure_ascii=False, default=str)
    except (TypeError, ValueError):
        text = repr(raw)
    return text[:FAILURE_INPUT_CHARS]


def _raw_id(raw) -> str | None:
    article_id = raw.get("id") if isinstance(raw, dict) else None
    return str(article_id)[:200] if article_id is not None else None


def _utf8(text: str | None) -> str | None:
    """Text that can be stored: lone surrogates (valid in JSON, not in UTF-8) become escapes like \\ud800."""
    return None if text is None else text.encode("utf-8", "backslashreplace").decode("utf-8")


def failure(raw, stage: str, reason: str, attempts: int = 1) -> Failure:
    # A hand-written message may hold anything JSON can: keep the record storable, or the failure itself fails.
    return Failure(article_id=_utf8(_raw_id(raw)), stage=stage, reason=_utf8(reason), input=_utf8(_copy(raw)),
                   attempts=attempts, failed_at=_now())


def build_timeline(article: Article) -> ArticleTimeline:
    """Run the extraction core on one validated article."""
    extraction = extract(article.text, article.published_at, article_id=article.id, language=article.language)
    return ArticleTimeline(
        article_id=article.id, title=article.title, url=article.url, source=article.source,
        language=article.language, published_at=article.published_at, content_hash=content_hash(article.text),
        events=extraction.events, expressions=extraction.expressions, processed_at=_now(), extractor=EXTRACTOR,
    )


def process_one(raw) -> ArticleTimeline | Failure:
    """Validate and extract one article; never raises except for the soft time limit."""
    try:
        article = Article.model_validate(raw, context={"max_text_bytes": settings.max_text_bytes})
    except ValidationError as error:
        return failure(raw, "validation", validation_message(error))
    try:
        return build_timeline(article)
    except SoftTimeLimitExceeded:
        raise
    except Exception as error:  # noqa: BLE001  a bug in the engine must not lose the article
        log.exception("extraction failed for %s", article.id)
        return failure(raw, "extraction", f"{type(error).__name__}: {error}")


def _as_batch(args: tuple, kwargs: dict) -> list | None:
    """Accept process([a, b]), process(a) and process(article=a); None for anything else."""
    if kwargs and not args:
        args = (kwargs.get("articles", kwargs.get("article")),)
    if len(args) != 1:
        return None
    payload = args[0]
    if isinstance(payload, dict):
        return [payload]
    if isinstance(payload, list) and payload:
        return payload
    return None


# Redis (results) or the broker unreachable, or refusing writes (OOM under noeviction, read-only replica).
STORAGE_ERRORS = (redis.RedisError, OperationalError, OSError)
STORAGE_RETRY_PAUSE = 1.0


@app.task(name=TASK_NAME, bind=True)
def process(self, *args, **kwargs) -> dict:
    """Process a batch of raw article dicts. Validates again: messages may come from any producer.

    A task that raises is acknowledged (task_acks_on_failure), which would drop its articles. So when the
    results can't be stored (Redis down, OOM) or the soft time limit fires outside the extraction of one
    article, the message is rejected and requeued instead: nothing is stored half-way (each article is one
    atomic, idempotent script), and the next delivery redoes the work.
    """
    try:
        return _process(self, args, kwargs)
    except STORAGE_ERRORS as error:
        log.warning("task %s: storage or broker unavailable (%s: %s); message requeued",
                    self.request.id, type(error).__name__, error)
        time.sleep(STORAGE_RETRY_PAUSE)  # don't spin while Redis is away
        raise Reject(f"storage unavailable: {error}", requeue=True) from None
    except SoftTimeLimitExceeded:
        log.warning("task %s: soft time limit while storing or resubmitting; message requeued", self.request.id)
        raise Reject("soft time limit while storing", requeue=True) from None
    except Exception as error:  # noqa: BLE001  a bug here must not drop the batch silently
        log.exception("task %s: unexpected error; its articles go to the failure stream", self.request.id)
        batch = _as_batch(args, kwargs) or [{"args": args, "kwargs": kwargs}]
        try:
            sink().write([], [failure(raw, "storage", f"unexpected error: {type(error).__name__}: {error}")
                              for raw in batch], done_task=self.request.id)
        except STORAGE_ERRORS:
            time.sleep(STORAGE_RETRY_PAUSE)
            raise Reject("storage unavailable", requeue=True) from None
        return {"stored": 0, "failed": len(batch)}


def _process(self, args: tuple, kwargs: dict) -> dict:
    started = time.perf_counter()
    batch = _as_batch(args, kwargs)
    if batch is None:
        sink().write([], [failure({"args": args, "kwargs": kwargs}, "validation",
                                  "message is not an article or a non-empty list of articles")])
        return {"stored": 0, "failed": 1}

    attempt = sink().count_attempt(self.request.id)
    if attempt is None:
        # an earlier delivery wrote this message's outcome and died before its acknowledgement
        return {"stored": 0, "failed": 0}
    if attempt > 1 and len(batch) > 1:
        # A redelivered batch: retry its articles one by one so one poison article can't sink the rest.
        resubmit(batch)
        sink().write([], [], done_task=self.request.id)
        return {"split": len(batch)}
    if attempt > settings.max_attempts and _stored_already(batch[0]):
        # an earlier delivery stored it and died before its acknowledgement: done, not failed
        sink().write([], [], done_task=self.request.id)
        return {"stored": 0, "failed": 0}
    if attempt > settings.max_attempts:
        reason = (f"gave up after {attempt - 1} attempts: the worker process died or hit the hard time limit "
                  f"({settings.task_time_limit:g} s) each time (or the result could not be stored)")
        sink().write([], [failure(batch[0], "worker_lost", reason, attempts=attempt - 1)], done_task=self.request.id)
        return {"stored": 0, "failed": 1}

    timelines: list[ArticleTimeline] = []
    failures: list[Failure] = []
    rest: list = []
    elapsed: dict[int, float] = {}  # extraction seconds per result, for the per-article log lines
    for position, raw in enumerate(batch):
        try:
            t0 = time.perf_counter()
            result = process_one(raw)
            if isinstance(result, ArticleTimeline) and time.perf_counter() - started > settings.task_soft_time_limit:
                # The soft limit fired during this extraction but something in the engine swallowed it (an
                # `except Exception` around a fallback): its result may be degraded, so don't store it.
                raise SoftTimeLimitExceeded()
        except SoftTimeLimitExceeded:
            if len(batch) > 1:
                rest = batch[position:]
            elif not (attempt > 1 and _stored_already(raw)):
                failures.append(failure(raw, "time_limit",
                                        f"extraction exceeded the soft time limit ({settings.task_soft_time_limit:g} s)",
                                        attempts=attempt))
            break
        elapsed[id(result)] = time.perf_counter() - t0
        (timelines if isinstance(result, ArticleTimeline) else failures).append(result)
    store_started = time.perf_counter()
    # (with articles left to resubmit, the message is done only once they are: a redelivery redoes both)
    stored = sink().write(timelines, failures, done_task=None if rest else self.request.id)
    if rest:
        resubmit(rest)
        sink().finish_task(self.request.id)
    if article_log.isEnabledFor(logging.INFO):
        log_articles(self.request.id, len(batch), timelines, stored, failures, rest, elapsed,
                     store_ms=(time.perf_counter() - store_started) * 1000,
                     task_ms=(time.perf_counter() - started) * 1000)
    return {"stored": sum(stored), "failed": len(failures)}


def _stored_already(raw) -> bool:
    """Is this article, the same text by the same extractor, stored already (by a delivery that died
    after storing, before its acknowledgement)? Asked only when a redelivered article is given up on."""
    try:
        article = Article.model_validate(raw, context={"max_text_bytes": settings.max_text_bytes})
    except ValidationError:
        return False
    return sink().stored_version(article.id) == article_version(content_hash(article.text), EXTRACTOR)


def resubmit(articles: list) -> None:
    with app.producer_or_acquire() as producer:
        for raw in articles:
            process.apply_async(args=[[raw]], producer=producer, queue=settings.queue)


def _article_logger() -> logging.Logger:
    """'timeline.articles': bare JSON lines on stderr (no Celery prefix), so log shippers parse each line as is.
    TIMELINE_ARTICLE_LOGS=0 turns them off; a handler configured by the application is kept."""
    logger = logging.getLogger("timeline.articles")
    if not logger.handlers:
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(message)s"))
        logger.addHandler(handler)
        logger.propagate = False
    logger.setLevel(logging.INFO if os.environ.get("TIMELINE_ARTICLE_LOGS", "1") != "0" else logging.WARNING)
    return logger


article_log = _article_logger()


def log_articles(task_id: str, batch_size: int, timelines: list[ArticleTimeline], stored: list[int],
                 failures: list[Failure], rest: list, elapsed: dict[int, float], store_ms: float, task_ms: float) -> None:
    """Structured logs: one JSON line per article of the batch (stored, unchanged, failed or resubmitted)."""
    common = {"ts": _now().isoformat(timespec="milliseconds"), "level": "INFO", "task": task_id, "batch": batch_size, "store_ms": round(store_ms, 2), "task_ms": round(task_ms, 2)}
    for timeline, was_stored in zip(timelines, stored):
        article_log.info(json.dumps({
            "msg": "article processed", "article_id": timeline.article_id,
            "status": "stored" if was_stored else "unchanged", "events": len(timeline.events),
            "expressions": len(timeline.expressions), "extract_ms": round(elapsed.get(id(timeline), 0.0) * 1000, 2),
            **common}))
    for item in failures:
        article_log.info(json.dumps({
            "msg": "article failed", "article_id": item.article_id, "status": "failed", "stage": item.stage,
            "reason": item.reason[:300], "extract_ms": round(elapsed.get(id(item), 0.0) * 1000, 2), **common}))
    for raw in rest:
        article_log.info(json.dumps({"msg": "article resubmitted", "article_id": _raw_id(raw), "status": "resubmitted",
                             "reason": "the batch reached the soft time limit", **common}))
