"""The Celery app, configured for reliability with a Redis broker.

Late acks, requeue on lost workers, a visibility timeout a few times the hard time limit, JSON only,
bounded prefetch and memory. RELIABILITY.md lists each guarantee and the test that proves it.
"""
from __future__ import annotations

import gc

from celery import Celery
from celery.signals import worker_process_init

from timeline.config import Settings
from worker.kombu_fixes import install as _fix_kombu_channel_close
from worker.kombu_speedups import install as _reuse_kombu_clients

_reuse_kombu_clients()  # one redis-py client per kombu channel, not one per broker operation
_fix_kombu_channel_close()  # a connection lost with a BRPOP in flight must not stop the worker

settings = Settings()

app = Celery("timeline", broker=settings.broker_url, include=["worker.tasks", "worker.health", "worker.dead_letters"])
_transport = {
    "visibility_timeout": settings.visibility_timeout,
    # How often a running worker puts unacknowledged messages older than the visibility timeout back on the
    # queue (messages of a worker that was killed). kombu's default scans every 10 s x 10 = ~100 s, so a lost
    # message would come back up to visibility_timeout + 100 s later; scan every 10 s (1 s for short test
    # timeouts): one cheap ZRANGEBYSCORE under a mutex.
    "unacked_restore_interval": max(1.0, min(10.0, settings.visibility_timeout / 10)),
    "unacked_restore_throttle": 1,
    "health_check_interval": 10,
    "socket_keepalive": True,
}
app.conf.update(
    # JSON only: never accept pickle from the broker.
    task_serializer="json",
    result_serializer="json",
    accept_content=["json"],
    result_accept_content=["json"],
    # Results go to our own Redis keys; Celery's result backend is not used.
    task_ignore_result=True,
    result_backend=None,
    # At-least-once: acknowledge after the work is stored; requeue when a worker dies or hits the hard limit.
    task_acks_late=True,
    task_reject_on_worker_lost=True,
    task_acks_on_failure=True,
    task_acks_on_timeout=False,
    worker_prefetch_multiplier=1,
    task_time_limit=settings.task_time_limit,
    task_soft_time_limit=settings.task_soft_time_limit,
    broker_transport_options=_transport,
    result_backend_transport_options=_transport,
    visibility_timeout=settings.visibility_timeout,
    broker_connection_retry_on_startup=True,
    broker_connection_max_retries=None,
    broker_heartbeat=10,
    worker_cancel_long_running_tasks_on_connection_loss=True,
    # Bound memory in long-lived pool processes.
    worker_max_tasks_per_child=10_000,
    worker_max_memory_per_child=200_000,  # KiB: a pool process is replaced after its task past 200 MB
    task_default_queue=settings.queue,
    task_create_missing_queues=True,
    # Refused messages (undecodable, pickle, unknown task) go to the failure stream, malformed ones cannot stop
    # the worker, and messages in flight at a broker connection loss are requeued on reconnect.
    worker_consumer="worker.dead_letters:Consumer",
    worker_hijack_root_logger=False,
    worker_redirect_stdouts=False,
)

# Extraction makes many short-lived objects per article and no reference cycles, so the cycle collector
# only costs time: at the default thresholds it took 5-8% of extraction time in a process running only the
# engine (more in a worker, where full collections scan everything Celery imported). Pool processes freeze
# what they inherit at fork (never scanned again, and copy-on-write pages stay shared) and collect at a
# higher threshold, which extraction never reaches.
GC_THRESHOLDS = (10_000, 10, 10)


@worker_process_init.connect
def _tune_gc(**_) -> None:
    gc.freeze()
    gc.set_threshold(*GC_THRESHOLDS)
