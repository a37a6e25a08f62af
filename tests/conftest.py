"""Shared fixtures: a real Redis (own DB number and key prefix) and a real Celery worker in a thread.

The test settings are put in the environment before any project module reads them.
"""
from __future__ import annotations

import os
import uuid
from pathlib import Path

import pytest

TEST_REDIS_URL = os.environ.get("TIMELINE_TEST_REDIS_URL", "redis://127.0.0.1:6379/13")
RUN_ID = uuid.uuid4().hex[:8]
os.environ["REDIS_URL"] = TEST_REDIS_URL
os.environ.pop("TIMELINE_BROKER_URL", None)
os.environ["TIMELINE_PREFIX"] = f"test-{RUN_ID}:"
os.environ["TIMELINE_QUEUE"] = f"test-{RUN_ID}"

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("TIMELINE_SHARED", REPO.parent / "shared"))
SEED = SHARED / "seed" / "icc-warrant-2017.txt"


@pytest.fixture(scope="session")
def redis_client():
    import redis

    client = redis.Redis.from_url(TEST_REDIS_URL)
    try:
        client.ping()
    except redis.ConnectionError as error:
        pytest.fail(f"tests need a Redis server at {TEST_REDIS_URL}: {error}")
    yield client
    _delete_prefix(client, os.environ["TIMELINE_PREFIX"])
    _delete_prefix(client, os.environ["TIMELINE_QUEUE"])
    # kombu's routing keys for the run's queues ("-health", "-idle" ... too)
    _delete_prefix(client, "_kombu.binding." + os.environ["TIMELINE_QUEUE"])
    _delete_prefix(client, "_kombu.binding_permanent." + os.environ["TIMELINE_QUEUE"])


def _delete_prefix(client, prefix: str) -> None:
    for key in client.scan_iter(f"{prefix}*", count=1000):
        client.delete(key)


@pytest.fixture
def clean_redis(redis_client):
    """The run's keys and queue, emptied before the test."""
    _delete_prefix(redis_client, os.environ["TIMELINE_PREFIX"])
    redis_client.delete(os.environ["TIMELINE_QUEUE"])
    return redis_client


@pytest.fixture(scope="session")
def celery_worker_thread(redis_client):
    """A real Celery worker consuming the test queue in a thread (solo pool)."""
    from celery.contrib.testing.worker import start_worker

    from worker.app import app
    import worker.tasks  # noqa: F401  (registers the task)

    with start_worker(app, pool="solo", concurrency=1, perform_ping_check=False, loglevel="WARNING",
                      queues=[os.environ["TIMELINE_QUEUE"]], shutdown_timeout=10):
        yield app


@pytest.fixture
def store(clean_redis):
    from timeline.store import TimelineStore

    return TimelineStore(clean_redis)


def wait_for(predicate, timeout: float = 10.0, interval: float = 0.05):
    """Poll until predicate() is truthy; return its value or fail."""
    from processes import _wait

    try:
        return _wait(predicate, timeout, "condition", interval)
    except TimeoutError:
        pytest.fail(f"condition not met within {timeout} s")
