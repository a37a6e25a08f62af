"""Security: JSON-only messages (a pickle is refused, not executed) and a Redis password end to end.

The compose-file checks (Redis port on 127.0.0.1 only, Flower auth, non-root containers, requirepass from an
uncommitted env file) are in test_compose.py.
"""
from __future__ import annotations

import os
import pickle
import subprocess
import time

import pytest

from processes import PREFIX, QUEUE, VENV_BIN, Service, queue_state, stream_entries, task_envelope


def test_app_accepts_json_only():
    from worker.app import app

    assert app.conf.accept_content == ["json"]
    assert app.conf.result_accept_content == ["json"]
    assert app.conf.task_serializer == "json" and app.conf.result_serializer == "json"


class _Exploit:
    """Unpickling this creates a directory: proof that the pickle was executed."""

    def __init__(self, path: str):
        self.path = path

    def __reduce__(self):
        return (os.mkdir, (self.path,))


@pytest.fixture(scope="module")
def service(tmp_path_factory):
    svc = Service(tmp_path_factory.mktemp("security"))
    try:
        svc.worker(concurrency=1)
        yield svc
    finally:
        svc.close()


def _wait(predicate, timeout=20):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.1)
    return False


@pytest.mark.parametrize("content_type", ["application/x-python-serialize", "application/json"])
def test_pickle_message_is_refused_not_executed(service, tmp_path, content_type):
    """A pickled task body (what a broker writer could use to run code in the worker) is refused: it is never
    unpickled, nothing is stored, the refusal is logged and recorded in timeline:failed, and the worker goes on.
    Sent both with pickle's content type and disguised as JSON."""
    client = service.client()
    marker = tmp_path / "pwned"
    body = pickle.dumps([[{"id": "pickled", "text": _Exploit(str(marker)), "published_at": "2017-08-16"}], {},
                         {"callbacks": None, "errbacks": None, "chain": None, "chord": None}])
    control = tmp_path / "control"
    pickle.loads(pickle.dumps(_Exploit(str(control))))
    assert control.is_dir(), "the payload is live: unpickling it runs code"
    before_failed = client.xlen(f"{PREFIX}failed")
    processed_before = client.hget(f"{PREFIX}stats", "processed")
    log_before = len(service.log())
    client.lpush(QUEUE, task_envelope(body=body, content_type=content_type))
    assert _wait(lambda: client.xlen(f"{PREFIX}failed") > before_failed), service.log()[-3000:]
    assert _wait(lambda: not any(queue_state(client).values()))
    failure = stream_entries(client, f"{PREFIX}failed")[-1]
    assert "message refused" in failure["reason"]
    if content_type == "application/x-python-serialize":
        assert "untrusted content" in failure["reason"] and "x-python-serialize" in failure["reason"]
    log = service.log()[log_before:]
    assert "CRITICAL" in log or "ERROR" in log
    assert not marker.exists(), "the pickle was executed"
    assert not client.exists(f"{PREFIX}article:pickled")
    assert client.hget(f"{PREFIX}stats", "processed") == processed_before, "nothing was processed"
    # the worker is alive and processes JSON as before
    client.lpush(QUEUE, task_envelope([[{"id": f"json-{content_type[-4:]}", "text": "Talks began on 3 May 2016.",
                                         "published_at": "2017-08-16"}]]))
    assert _wait(lambda: client.exists(f"{PREFIX}article:json-{content_type[-4:]}"))
    assert not marker.exists()


# ------------------------------------------------------------------------------------------------ password

SECRET = "s3cret-Pa55word"


def run_cli(*args, url: str, env_extra=None):
    env = dict(os.environ) | {"REDIS_URL": url, "TIMELINE_BROKER_URL": "", "TIMELINE_PREFIX": PREFIX,
                              "TIMELINE_QUEUE": QUEUE} | (env_extra or {})
    return subprocess.run([str(VENV_BIN / "timeline"), *args], env=env, capture_output=True, text=True, timeout=90)


def test_redis_password_end_to_end(tmp_path):
    """redis-server with requirepass; producer (CLI) and worker get REDIS_URL=redis://:secret@host:port/0; the
    article is processed. Without the password, or with a wrong one, the CLI fails with a clear message that
    doesn't print the password."""
    svc = Service(tmp_path, password=SECRET)
    try:
        # the server really requires the password
        import redis

        with pytest.raises(redis.AuthenticationError):
            redis.Redis(host="127.0.0.1", port=svc.redis.port).ping()
        worker = svc.worker(concurrency=1)
        article = tmp_path / "article.txt"
        article.write_text("The arrest warrant was issued on 15 August 2017.", encoding="utf-8")
        out = run_cli("submit", str(article), "--published", "2017-08-16", "--id", "secured", url=svc.redis.url)
        assert out.returncode == 0, out.stderr
        assert out.stdout.split() == ["secured"]
        client = svc.client()
        assert _wait(lambda: client.exists(f"{PREFIX}article:secured"))
        out = run_cli("show", "secured", "--format", "json", url=svc.redis.url)
        assert out.returncode == 0 and "2017-08-15" in out.stdout
        assert SECRET not in worker.log(), "the worker must not log the password"

        base = f"redis://127.0.0.1:{svc.redis.port}/0"
        for url, what in [(base, "no password"), (f"redis://:wrong-one@127.0.0.1:{svc.redis.port}/0", "wrong")]:
            for args in (("submit", str(article), "--published", "2017-08-16"), ("show", "secured"), ("stats",)):
                out = run_cli(*args, url=url)
                message = out.stderr + out.stdout
                assert out.returncode != 0, (what, args, message)
                assert "Traceback" not in message, message
                assert "Redis" in message and ("auth" in message.lower() or "password" in message.lower()), message
                assert "wrong-one" not in message, "passwords are not echoed"
        assert queue_state(client)["queued"] == 0, "nothing was enqueued with a bad password"
    finally:
        svc.close()
