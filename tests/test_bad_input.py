"""Bad input: refused with a clear message at the producer and the CLI (nothing enqueued), and validated again by
the worker for messages that bypass the producer (hand-written JSON, other languages), which go to the failure
stream. The worker never crashes and never drops a message silently."""
from __future__ import annotations

import json
import os
import re
import subprocess
import time

import pytest

from producer import InvalidArticle, Producer
from processes import PREFIX, QUEUE, VENV_BIN, Service, queue_state, stream_entries, task_envelope

GOOD = {"id": "good", "text": "The court ruled on Tuesday.", "published_at": "2017-08-16"}

# (article, phrase the message must hold)
BAD_ARTICLES = [
    ({"text": "", "published_at": "2017-08-16"}, "text: text is empty"),
    ({"text": " \n\t ", "published_at": "2017-08-16"}, "text: text is empty"),
    ({"published_at": "2017-08-16"}, "text: Field required"),
    ({"text": "Hello."}, "published_at: Field required"),
    ({"text": "x" * 1_000_001, "published_at": "2017-08-16"}, "over the limit of 1,000,000 bytes"),
    ({"text": "é" * 500_001, "published_at": "2017-08-16"}, "1,000,002 bytes, over the limit"),  # bytes, not chars
    ({"text": "Hello.", "published_at": "2017-02-30"}, "'2017-02-30' is not an ISO 8601 date"),
    ({"text": "Hello.", "published_at": "2017-02-29"}, "'2017-02-29' is not an ISO 8601 date"),
    ({"text": "Hello.", "published_at": "16/08/2017"}, "is not an ISO 8601 date"),
    ({"text": "Hello.", "published_at": "yesterday"}, "is not an ISO 8601 date"),
    ({"text": "Hello.", "published_at": "2017-08-16T25:00:00"}, "is not an ISO 8601 date"),
    ({"text": "Hello.", "published_at": 20170816}, "must be an ISO 8601 date string"),
    ({"text": "Hello.", "published_at": 1502841600}, "must be an ISO 8601 date string"),
    ({"text": "Hello.", "published_at": None}, "must be an ISO 8601 date string"),
    ({"text": "Hello.", "published_at": True}, "must be an ISO 8601 date string"),
    ({"text": 42, "published_at": "2017-08-16"}, "text: Input should be a valid string"),
    ({"text": ["Hello."], "published_at": "2017-08-16"}, "text: Input should be a valid string"),
    ({"text": "a\x00b", "published_at": "2017-08-16"}, "NUL bytes"),
    ({"text": "a\ud800b", "published_at": "2017-08-16"}, "lone surrogates"),
    ({"text": "Hello.", "published_at": "2017-08-16", "language": "xx"}, "unknown language code 'xx'"),
    ({"text": "Hello.", "published_at": "2017-08-16", "language": "english"}, "unknown language code"),
    ({"text": "Hello.", "published_at": "2017-08-16", "language": 7}, "language: Input should be a valid string"),
    ({"id": "has space", "text": "Hello.", "published_at": "2017-08-16"}, "id: String should match pattern"),
    ({"id": 12, "text": "Hello.", "published_at": "2017-08-16"}, "id: Input should be a valid string"),
    ({"body": "Hello.", "published_at": "2017-08-16"}, "body: Extra inputs are not permitted"),
    ("just a string", "expected an Article or a mapping, got str"),
]


def ids_of(cases):
    return [f"{i}-{str(c[1])[:30]}" for i, c in enumerate(cases)]


# ------------------------------------------------------------------------------------------------ producer

@pytest.fixture
def queue(clean_redis):
    """A queue no worker consumes (the session's threaded worker may be running): what is enqueued stays."""
    name = f"{os.environ['TIMELINE_QUEUE']}-unconsumed"
    clean_redis.delete(name)
    yield name
    clean_redis.delete(name)


def producer(queue: str) -> Producer:
    from timeline.config import Settings

    return Producer(Settings(queue=queue))  # reads TIMELINE_MAX_TEXT_BYTES now


@pytest.mark.parametrize("bad, message", BAD_ARTICLES, ids=ids_of(BAD_ARTICLES))
def test_producer_refuses_and_enqueues_nothing(clean_redis, queue, bad, message):
    with pytest.raises(InvalidArticle) as caught:
        producer(queue).submit_many([GOOD, bad])  # the good one is not enqueued either
    assert message in str(caught.value)
    assert str(caught.value).startswith("article #2"), "the message says which article is wrong"
    assert clean_redis.llen(queue) == 0


def test_size_limit_is_configurable(clean_redis, queue, monkeypatch):
    monkeypatch.setenv("TIMELINE_MAX_TEXT_BYTES", "100")
    with pytest.raises(InvalidArticle, match="101 bytes, over the limit of 100 bytes"):
        producer(queue).submit({"text": "x" * 101, "published_at": "2017-08-16"})
    assert clean_redis.llen(queue) == 0
    monkeypatch.setenv("TIMELINE_MAX_TEXT_BYTES", "1000")
    assert producer(queue).submit({"id": "under-limit", "text": "x" * 101, "published_at": "2017-08-16"}) == "under-limit"
    assert clean_redis.llen(queue) == 1


# ------------------------------------------------------------------------------------------------ CLI

def run_cli(*args, env=None, stdin=None):
    full = dict(os.environ) | (env or {})
    return subprocess.run([str(VENV_BIN / "timeline"), *args], env=full, capture_output=True, timeout=60,
                          input=stdin)


CLI_FILES = [
    # (file name, content bytes, extra args, extra env, phrase in the error)
    ("empty.txt", b"", [], {}, "text is empty"),
    ("blank.txt", b"  \n\n ", [], {}, "text is empty"),
    ("latin1.txt", "Caf\u00e9 opened on Monday.".encode("latin-1"), [], {}, "not valid UTF-8"),
    ("image.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), [], {}, "binary"),
    ("random.bin", bytes((i * 7919) % 256 for i in range(4096)), [], {}, "binary"),
    ("big.txt", b"Monday. " * 20, [], {"TIMELINE_MAX_TEXT_BYTES": "100"}, "over the limit of 100 bytes"),
    ("ok.txt", b"The court met on Monday.", ["--language", "xx"], {}, "unknown language code 'xx'"),
    ("ok.txt", b"The court met on Monday.", ["--published", "2017-02-30"], {}, "2017-02-30"),
    ("ok.txt", b"The court met on Monday.", ["--published", "next week"], {}, "next week"),
]


@pytest.mark.parametrize("name, content, args, env, phrase", CLI_FILES, ids=[f"{c[0]}-{c[4][:20]}" for c in CLI_FILES])
def test_cli_refuses_with_clear_message_and_enqueues_nothing(clean_redis, queue, tmp_path, name, content, args, env,
                                                             phrase):
    good = tmp_path / "good.txt"
    good.write_text("The court ruled on Tuesday.", encoding="utf-8")
    path = tmp_path / name
    path.write_bytes(content)
    if "--published" not in args:
        args = [*args, "--published", "2017-08-16"]
    out = run_cli("submit", str(good), str(path), *args, env={"TIMELINE_QUEUE": queue} | env)
    message = (out.stderr + out.stdout).decode("utf-8", "replace")
    assert out.returncode != 0, message
    assert phrase in message, message
    assert "Traceback" not in message
    assert clean_redis.llen(queue) == 0, "nothing enqueued, not even the good file"


def test_cli_enqueues_the_good_file(clean_redis, queue, tmp_path):
    """The control for the refusals above: the same command with only the good file enqueues it."""
    good = tmp_path / "good.txt"
    good.write_text("The court ruled on Tuesday.", encoding="utf-8")
    out = run_cli("submit", str(good), "--published", "2017-08-16", env={"TIMELINE_QUEUE": queue})
    assert out.returncode == 0, out.stderr
    assert clean_redis.llen(queue) == 1


def test_cli_missing_file_and_missing_date(clean_redis, queue, tmp_path):
    env = {"TIMELINE_QUEUE": queue}
    out = run_cli("submit", str(tmp_path / "nope.txt"), "--published", "2017-08-16", env=env)
    assert out.returncode != 0 and b"nope.txt" in out.stderr and b"Traceback" not in out.stderr
    ok = tmp_path / "ok.txt"
    ok.write_text("The court met on Monday.", encoding="utf-8")
    out = run_cli("submit", str(ok), env=env)
    assert out.returncode != 0 and b"published" in out.stderr.lower() and b"Traceback" not in out.stderr
    assert clean_redis.llen(queue) == 0


def test_cli_extract_refuses_binary_stdin():
    out = run_cli("extract", "-", "--published", "2017-08-16", stdin=b"\x00\x01\x02binary")
    assert out.returncode != 0 and b"binary" in out.stderr and b"Traceback" not in out.stderr


# ------------------------------------------------------------------------------------------------ worker

@pytest.fixture(scope="module")
def service(tmp_path_factory):
    svc = Service(tmp_path_factory.mktemp("bad-input"))
    try:
        svc.worker(concurrency=1)
        yield svc
    finally:
        svc.close()


def failures_after(client, before: int, count: int, timeout: float = 30) -> list[dict]:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        entries = stream_entries(client, f"{PREFIX}failed")[before:]
        if len(entries) >= count:
            return entries
        time.sleep(0.1)
    got = [e["article_id"] for e in stream_entries(client, f"{PREFIX}failed")[before:]]
    raise AssertionError(f"expected {count} new failures, got {len(got)}: {got}")


def wait_drained(client, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if not any(queue_state(client).values()):
            return
        time.sleep(0.1)
    raise AssertionError(f"queue not drained: {queue_state(client)}")


def test_a_delivery_of_a_message_already_done_does_nothing(service):
    """A message redelivered after an earlier delivery wrote its outcome (and died before acknowledging it) is
    acknowledged without running again: its article is neither stored a second time nor failed."""
    client = service.client()
    before = client.xlen(f"{PREFIX}failed")
    done_id = "already-done-task"
    client.set(f"{PREFIX}done:{done_id}", 1, ex=60)
    client.lpush(QUEUE, task_envelope([[GOOD | {"id": "done-before"}]], headers={"id": done_id}))
    client.lpush(QUEUE, task_envelope([[GOOD | {"id": "after-done"}]]))
    deadline = time.monotonic() + 30
    while not client.exists(f"{PREFIX}article:after-done") and time.monotonic() < deadline:
        time.sleep(0.1)
    wait_drained(client)
    assert client.exists(f"{PREFIX}article:after-done")
    assert not client.exists(f"{PREFIX}article:done-before")
    assert client.xlen(f"{PREFIX}failed") == before


def test_worker_validates_hand_written_messages_again(service):
    """A producer in another language LPUSHes Celery-protocol JSON with bad articles: each one is recorded in
    timeline:failed with what is wrong; the good articles of the same batch are stored."""
    client = service.client()
    before = client.xlen(f"{PREFIX}failed")
    # keep the article's own (bad) id where the case is about the id
    bad = [{"id": f"bad-{i}"} | dict(a) for i, (a, _) in enumerate(BAD_ARTICLES) if isinstance(a, dict)]
    # one article per message, and one batch mixing good and bad
    for article in bad:
        client.lpush(QUEUE, task_envelope([[article]]))
    client.lpush(QUEUE, task_envelope([[GOOD | {"id": "mixed-good"}, {"id": "mixed-bad", "text": ""},
                                        GOOD | {"id": "mixed-good-2", "text": "Talks ended in March 2011."}]]))
    client.lpush(QUEUE, task_envelope([], {"article": GOOD | {"id": "kwarg-good"}}))
    entries = failures_after(client, before, len(bad) + 1)
    wait_drained(client)
    by_id = {e["article_id"]: e for e in entries}
    expected = {str(({"id": f"bad-{i}"} | a)["id"]): phrase for i, (a, phrase) in enumerate(BAD_ARTICLES)
                if isinstance(a, dict)}
    assert len(expected) == len(bad)
    for article_id, phrase in expected.items():
        assert article_id in by_id, f"{article_id} not recorded"
        assert by_id[article_id]["stage"] == "validation"
        assert phrase in by_id[article_id]["reason"], (phrase, by_id[article_id]["reason"])
        assert by_id[article_id]["input"], "a truncated copy of the input is kept"
        assert len(by_id[article_id]["input"]) <= 2_000
    assert "text: text is empty" in by_id["mixed-bad"]["reason"]
    # (an empty queue can be seen while the worker still holds the last message: wait for what it stores)
    good = [f"{PREFIX}article:{good_id}" for good_id in ("mixed-good", "mixed-good-2", "kwarg-good")]
    deadline = time.monotonic() + 30
    while client.exists(*good) < len(good) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert [key for key in good if not client.exists(key)] == []
    assert not any(client.exists(f"{PREFIX}article:{i}") for i in expected)
    assert service.workers[0].alive()


REFUSED = [
    ("not JSON", dict(body=b"{this is not json", content_type="application/json"), "can't be decoded"),
    ("binary body", dict(body=bytes(range(256)), content_type="application/octet-stream"),
     "Refusing to deserialize untrusted content"),
    ("unknown task", dict(args=[[GOOD]], task="timeline.does_not_exist"), "unknown task name 'timeline.does_not_exist'"),
    ("no task name", dict(args=[[GOOD]], task=None), "not a valid task message"),
    # not [args, kwargs, embed]: Celery's consumer raised ValueError and the worker stopped (fixed)
    ("body not a list", dict(body=b'{"article": 1}'), "malformed task message"),
    ("empty args", dict(args=[]), "not an article"),
    ("list of strings", dict(args=[["a", "b"]]), "Input should be a valid dictionary"),
]


@pytest.mark.parametrize("label, message, phrase", REFUSED, ids=[r[0] for r in REFUSED])
def test_messages_celery_refuses_are_recorded_not_dropped(service, label, message, phrase):
    """Messages refused before or by the task are logged and recorded in timeline:failed; the worker goes on."""
    client = service.client()
    before = client.xlen(f"{PREFIX}failed")
    log_before = len(service.log())
    args = message.pop("args", None)
    client.lpush(QUEUE, task_envelope(args, **message))
    entries = failures_after(client, before, 1)
    wait_drained(client)
    reason = entries[0]["reason"]
    if phrase:
        assert phrase in reason, reason
    assert entries[0]["stage"] == "validation"
    log = service.log()[log_before:]
    # logged: refused in the consumer (ERROR/CRITICAL), or counted by the task's result line
    assert "ERROR" in log or "CRITICAL" in log or re.search(r"'failed': [1-9]", log), log[-2000:]
    # the worker is alive and still works
    client.lpush(QUEUE, task_envelope([[GOOD | {"id": f"after-{label.replace(' ', '-')}"}]]))
    wait_drained(client)
    deadline = time.monotonic() + 20
    while not client.exists(f"{PREFIX}article:after-{label.replace(' ', '-')}") and time.monotonic() < deadline:
        time.sleep(0.1)
    assert client.exists(f"{PREFIX}article:after-{label.replace(' ', '-')}")
    assert service.workers[0].alive()
    print(f"{label}: {reason}")


def test_failure_records_are_json_for_other_languages(service):
    client = service.client()
    for entry in stream_entries(client, f"{PREFIX}failed"):
        record = json.loads(entry["failure"])
        assert record["stage"] in {"validation", "extraction", "storage", "time_limit", "worker_lost"}
        assert record["reason"] == entry["reason"]
