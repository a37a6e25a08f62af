"""Reuse one redis-py client per kombu channel instead of building one per broker operation.

kombu's Redis transport calls ``Channel._create_client()`` for every acknowledgement, every unacked-message
bookkeeping step and every publish (``conn_or_acquire()``). With redis-py 6+ each new ``Redis`` object copies
its ~170 response callbacks into a fresh case-insensitive dict: about 0.3 ms of CPU, twice per task in the
worker's main process and once per publish in the producer. The client is a thin, thread-safe wrapper
over the channel's connection pool, so one per channel (and per pool: kombu drops its pools after a fork
or a reconnect) behaves the same. Measured in bench/README.md ("What was changed for speed").

Applied on import of ``worker.app``; a kombu without this method is left untouched, and
TIMELINE_KOMBU_CLIENT_REUSE=0 turns it off.
"""
from __future__ import annotations

import os

_ATTR = "_timeline_sync_client"


def install() -> bool:
    """Patch kombu's Redis channel; TIMELINE_KOMBU_CLIENT_REUSE=0 turns it off. True if patched now."""
    if os.environ.get("TIMELINE_KOMBU_CLIENT_REUSE", "1") == "0":
        return False
    try:
        from kombu.transport import redis as transport
    except ImportError:  # redis extra not installed: nothing to speed up
        return False
    channel = getattr(transport, "Channel", None)
    original = getattr(channel, "_create_client", None)
    if original is None or getattr(original, "_timeline_cached", False):
        return False

    def _create_client(self, asynchronous=False):
        if asynchronous:
            return original(self, asynchronous=True)
        pool = self.pool
        cached = self.__dict__.get(_ATTR)
        if cached is None or cached.connection_pool is not pool:
            cached = original(self, asynchronous=False)
            self.__dict__[_ATTR] = cached
        return cached

    _create_client._timeline_cached = True
    channel._create_client = _create_client
    return True
