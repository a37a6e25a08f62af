"""Test-only fault hooks, imported automatically by a worker started with tests/hooks on PYTHONPATH.

Python imports ``sitecustomize`` at start-up from the path, so the fault tests run the very same
`timeline worker` / `celery worker` commands as production, and production code has no hook, flag or branch
for tests. Nothing happens unless the text of an article holds one of these markers:

- ``HOOK-SLOW-<ms>``: sleep that many milliseconds before extraction (so a fault lands mid-batch);
- ``HOOK-HANG-SOFT``: hang in Python code; the soft time limit interrupts it (SoftTimeLimitExceeded);
- ``HOOK-HANG-HARD``: hang and ignore the soft time limit, like a C extension stuck in a loop; only the hard
  time limit (the pool process is killed) ends it;
- ``HOOK-SWALLOW-SOFT``: hang until the soft time limit, catch it and carry on (engine code with a broad
  ``except Exception``): the task must not store that result;
- ``HOOK-KILL``: the pool process SIGKILLs itself, like a segfault or the kernel's OOM killer.
"""
from __future__ import annotations

import os
import re
import signal
import time

_SLOW = re.compile(r"HOOK-SLOW-(\d+)")


def _hostile(text: str) -> None:
    from celery.exceptions import SoftTimeLimitExceeded

    match = _SLOW.search(text)
    if match:
        time.sleep(int(match.group(1)) / 1000)
    if "HOOK-KILL" in text:
        os.kill(os.getpid(), signal.SIGKILL)
    if "HOOK-HANG-SOFT" in text:
        while True:
            time.sleep(0.05)
    if "HOOK-SWALLOW-SOFT" in text:
        # like engine code with a broad `except Exception` around a fallback: the soft limit is caught and
        # extraction goes on and returns a (possibly degraded) result
        try:
            while True:
                time.sleep(0.05)
        except SoftTimeLimitExceeded:
            return
    if "HOOK-HANG-HARD" in text:
        while True:
            try:
                while True:
                    time.sleep(0.05)
            except SoftTimeLimitExceeded:
                continue


def _install(**_) -> None:
    import worker.tasks as tasks

    if getattr(tasks.build_timeline, "_fault_hook", False):
        return
    real = tasks.build_timeline

    def build_timeline(article):
        _hostile(article.text)
        return real(article)

    build_timeline._fault_hook = True
    tasks.build_timeline = build_timeline


try:
    from celery import signals

    # Installed in the worker's main process before the pool forks; the pool processes inherit it.
    signals.worker_init.connect(_install, weak=False)
except ImportError:  # pragma: no cover
    pass
