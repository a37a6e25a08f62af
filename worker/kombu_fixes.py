"""A fix to kombu's Redis channel: closing it after the broker connection was lost with a BRPOP in flight.

After a connection loss Celery's consumer runs ``Connection.collect()`` and then ``close()``. kombu's
``Channel.close()`` first reads the reply of a BRPOP in flight (the worker had a free pool process); on a lost
connection that read raises, before the channel is marked closed. ``collect()`` then detaches the transport,
and ``close()`` closes the channel again: requeueing its unacknowledged messages needs a new connection pool,
built from the detached transport's settings, so it raises AttributeError. That is no connection error: it
stops the consumer ("Unrecoverable error"), the worker shuts down, and its messages wait for the visibility
timeout (the flaky test_redis_restart_mid_batch[shutdown]; test_redis_lost_while_the_worker_waits_for_a_message).

Here a connection error while reading that reply ends the read and the close goes on, so the channel is closed
once, while the transport is still attached. Applied on import of ``worker.app``.
"""
from __future__ import annotations

_FLAG = "_timeline_fixed"


def install() -> bool:
    """Patch kombu's Redis channel; True if patched now."""
    try:
        from kombu.transport import redis as transport
    except ImportError:  # no Redis transport: nothing to fix
        return False
    original = transport.Channel.close
    if getattr(original, _FLAG, False):
        return False

    def close(self):
        if self._in_poll and not self.closed:
            self._closing = True
            try:
                self._brpop_read()
            except transport.Empty:
                pass
            except self.connection_errors:
                pass  # the connection is gone: no reply to read (_brpop_read cleared _in_poll)
        return original(self)

    setattr(close, _FLAG, True)
    transport.Channel.close = close
    return True
