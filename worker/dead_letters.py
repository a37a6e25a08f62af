"""The worker's message consumer: refused messages are recorded, malformed ones don't stop the worker, and
messages in flight at a broker connection loss are requeued as soon as the connection is back.

Messages the worker can't run are recorded in the failure stream, not only logged.

Celery refuses some messages before any task runs, in the worker's main process: a body that can't be decoded
(not JSON, or a content type we don't accept such as pickle), a task name this worker doesn't know, a message
that isn't a task at all. Celery logs them and drops them (acknowledges or rejects without requeue), so that a
bad message can't loop. That is right, but a log line is easy to miss: here each one also goes to
``{prefix}failed`` with stage ``validation``, the reason, and a truncated copy of the raw body (never decoded
with an unsafe serializer: a pickle body is only shown as escaped bytes).
"""
from __future__ import annotations

import datetime as dt
import json
import logging

from celery import signals
from celery.exceptions import InvalidTaskError
from celery.worker.consumer import Consumer as CeleryConsumer
from vine import promise

from schemas import Failure
from schemas.models import FAILURE_INPUT_CHARS

log = logging.getLogger("timeline.worker")


def _raw_copy(message) -> str:
    body = getattr(message, "body", b"")
    if isinstance(body, bytes):
        try:
            text = body.decode("utf-8")
        except UnicodeDecodeError:
            text = repr(body)
    else:
        text = str(body)
    return text[:FAILURE_INPUT_CHARS]


def _task_id(message) -> str:
    headers = getattr(message, "headers", None) or {}
    return str(headers.get("id") or "")[:200]


def record(message, reason: str) -> None:
    """Add one failure for a refused message; never raises (the consumer must keep running)."""
    try:
        from worker.tasks import sink  # noqa: PLC0415  (one Redis client per process)

        task_id = _task_id(message)
        content_type = getattr(message, "content_type", None)
        full = f"{reason} [task id {task_id or '-'}, content type {content_type or '-'}]"
        sink().add_failure(Failure(article_id=None, stage="validation", reason=full, input=_raw_copy(message),
                                   attempts=1, failed_at=dt.datetime.now(dt.timezone.utc)))
        log.error(json.dumps({"msg": "message refused", "reason": full}))
    except Exception:  # noqa: BLE001
        log.exception("could not record a refused message in the failure stream: %s", reason)


class Consumer(CeleryConsumer):
    """Celery's consumer, recording undecodable messages (set as ``worker_consumer``).

    It also survives malformed task messages: Celery handles only some protocol errors, and a body such as
    ``{"article": 1}`` (not ``[args, kwargs, embed]``) raises ValueError out of the consumer, which stops the
    worker ("Unrecoverable error"); the message, never acknowledged, then comes back after the visibility
    timeout and stops the next worker too. Here such a message is refused like any invalid task message.
    """

    # Messages in flight when the broker connection is lost (e.g. Redis restarted) can't be acknowledged on
    # the new connection: Celery terminates their tasks, and kombu's restore at channel close fails because
    # Redis is away, so they would wait in the unacked hash for the visibility timeout (300 s). Remember
    # them, and put them back on the queue as soon as the connection is back (idempotent: a message already
    # restored or acknowledged is not in the unacked hash any more, and the store ignores repeated work).
    _abandoned: frozenset = frozenset()

    def on_connection_error_after_connected(self, exc):
        self._abandoned = self._abandoned | self._in_flight()
        super().on_connection_error_after_connected(exc)

    def connect(self):
        conn = super().connect()
        tags, self._abandoned = self._abandoned, frozenset()
        if tags:
            try:
                qos = conn.default_channel.qos
                if hasattr(qos, "restore_by_tag"):  # kombu's Redis transport
                    for tag in tags:
                        qos.restore_by_tag(tag)
                    log.warning("requeued %d message(s) left unacknowledged by the connection loss", len(tags))
            except Exception:  # noqa: BLE001  they still come back after the visibility timeout
                log.exception("could not requeue messages left by the connection loss")
        return conn

    def _in_flight(self) -> frozenset:
        try:
            qos = self.task_consumer.channel.qos
            return frozenset(tag for tag in qos._delivered if tag not in qos._dirty)
        except Exception:  # noqa: BLE001  (kombu internals; fall back to the visibility timeout)
            return frozenset()

    def create_task_handler(self, promise=promise):
        handler = super().create_task_handler(promise)
        fatal = tuple(self.connection_errors) + tuple(self.channel_errors)

        def on_task_received(message):
            try:
                return handler(message)
            except fatal:
                raise
            except Exception as exc:  # noqa: BLE001  any malformed message; BaseException (shutdown) passes
                return self.on_invalid_task(None, message, InvalidTaskError(
                    f"malformed task message ({type(exc).__name__}: {exc})"))

        return on_task_received

    def on_decode_error(self, message, exc):
        record(message, f"message refused: its body can't be decoded ({type(exc).__name__}: {exc}); "
                        "send JSON (content type application/json)")
        super().on_decode_error(message, exc)


@signals.task_unknown.connect
def _on_unknown_task(sender=None, message=None, exc=None, name=None, id=None, **_):  # noqa: A002
    record(message, f"message refused: unknown task name {name!r}; this service runs 'timeline.process'")


@signals.task_rejected.connect
def _on_rejected(sender=None, message=None, exc=None, **_):
    detail = f"{type(exc).__name__}: {exc}" if exc else "no task name in its headers"
    record(message, f"message refused: not a valid task message ({detail})")
