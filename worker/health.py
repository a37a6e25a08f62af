"""Worker liveness: a heartbeat key with a TTL, refreshed by a thread in the worker's main process."""
from __future__ import annotations

import socket
import threading

import redis
from celery import signals

from timeline.config import Settings
from timeline.keys import Keys

_stop = threading.Event()


def heartbeat_name(hostname: str | None = None) -> str:
    return hostname or socket.gethostname()


def _beat(settings: Settings, name: str) -> None:
    client = redis.Redis.from_url(settings.redis_url)
    key = Keys(settings.prefix).heartbeat(name)
    ttl = max(int(settings.heartbeat_seconds * 3), 3)
    while not _stop.is_set():
        try:
            client.set(key, "alive", ex=ttl)
        except redis.RedisError:
            pass  # Redis away: the key expires and the health check fails, as it should
        _stop.wait(settings.heartbeat_seconds)
    try:
        client.delete(key)
    except redis.RedisError:
        pass


@signals.worker_ready.connect
def _start_heartbeat(sender=None, **_):
    _stop.clear()
    name = heartbeat_name()
    threading.Thread(target=_beat, args=(Settings(), name), name="timeline-heartbeat", daemon=True).start()


@signals.worker_shutdown.connect
def _stop_heartbeat(**_):
    _stop.set()
