"""The Node.js example consumer (examples/node-consumer) against a real Redis fed by a real worker:
it joins the group, reads and acknowledges, and claims what a dead consumer left unacknowledged."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import time
from pathlib import Path

import pytest

from conftest import wait_for

REPO = Path(__file__).resolve().parents[1]
FOLDER = REPO / "examples" / "node-consumer"
PREFIX = os.environ["TIMELINE_PREFIX"]
STREAM = PREFIX + "events"
GROUP = "node-test"


def need(tool: str) -> str:
    found = shutil.which(tool)
    if found is None:
        if os.environ.get("CI"):
            pytest.fail(f"{tool} is not installed: CI must install Debian's nodejs and npm packages")
        pytest.skip(f"{tool} not installed")
    return found


@pytest.fixture(scope="module")
def node() -> str:
    binary = need("node")
    lock, modules = FOLDER / "package-lock.json", FOLDER / "node_modules" / "redis" / "package.json"
    if not modules.exists() or modules.stat().st_mtime < lock.stat().st_mtime:
        result = subprocess.run([need("npm"), "ci", "--no-audit", "--no-fund"], cwd=FOLDER, capture_output=True,
                                text=True, timeout=600)
        assert result.returncode == 0, f"npm ci failed:\n{result.stdout}\n{result.stderr}"
    return binary


def consume(node: str, name: str, *flags: str, claim_idle_ms: int = 60_000) -> tuple[list[dict], str]:
    env = os.environ | {"TIMELINE_GROUP": GROUP, "TIMELINE_CONSUMER": name, "CLAIM_IDLE_MS": str(claim_idle_ms)}
    result = subprocess.run([node, "consumer.js", "--once", *flags], cwd=FOLDER, env=env, capture_output=True,
                            text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    return [json.loads(line) for line in result.stdout.splitlines()], result.stderr


@pytest.fixture
def events_in_stream(celery_worker_thread, clean_redis, store):
    from producer import Producer

    sample = (REPO / "examples" / "harbour-bridge.txt").read_text(encoding="utf-8")
    Producer().submit_many([{"id": "harbour", "text": sample, "published_at": "2024-03-22"},
                            {"id": "court", "text": "The court ruled on Tuesday.", "published_at": "2017-08-16"}])
    wait_for(lambda: store.stats().get("processed") == 2)
    entries = clean_redis.xrange(STREAM, "-", "+")
    assert len(entries) > 5
    return [(eid.decode(), {k.decode(): v.decode() for k, v in fields.items()}) for eid, fields in entries]


def pending(client) -> dict[str, int]:
    summary = client.xpending(STREAM, GROUP)
    return {c["name"].decode(): int(c["pending"]) for c in summary["consumers"]}


def test_reads_acknowledges_and_claims_from_a_dead_consumer(node, events_in_stream, clean_redis):
    ids = [eid for eid, _ in events_in_stream]
    # consumer "a" reads three entries and dies before acknowledging them
    dead, log = consume(node, "a", "--max", "3", "--no-ack")
    assert [e["stream_id"] for e in dead] == ids[:3] and "created group" in log
    assert pending(clean_redis) == {"a": 3}
    # "b" claims them once idle long enough, then reads everything else, acknowledging all
    time.sleep(0.2)
    seen, log = consume(node, "b", claim_idle_ms=100)
    assert [e["source"] for e in seen[:3]] == ["claimed"] * 3 and [e["stream_id"] for e in seen[:3]] == ids[:3]
    assert {e["source"] for e in seen[3:]} == {"new"} and [e["stream_id"] for e in seen[3:]] == ids[3:]
    assert "claimed 3 entries" in log
    assert clean_redis.xpending(STREAM, GROUP)["pending"] == 0
    # the fields follow the contract, the event's JSON included
    by_id = dict(events_in_stream)
    for entry in seen:
        fields = by_id[entry["stream_id"]]
        event = json.loads(fields["event"])
        assert (entry["event_id"], entry["article_id"], entry["op"]) == (fields["event_id"], fields["article_id"], "add")
        assert (entry["value"], entry["start"], entry["end"]) == (event["value"], event["start"], event["end"])
    assert "2024-04-15" in {e["value"] for e in seen}
    # nothing left for anyone in the group
    assert consume(node, "c")[0] == []


def test_recent_unacknowledged_entries_are_not_stolen_and_a_restart_rereads_its_own(node, events_in_stream, clean_redis):
    ids = [eid for eid, _ in events_in_stream]
    consume(node, "a", "--max", "2", "--no-ack")
    # "b" with the default 60 s idle time leaves a's fresh entries alone
    seen, _ = consume(node, "b")
    assert [e["stream_id"] for e in seen] == ids[2:] and pending(clean_redis).get("a") == 2
    # "a" restarting under the same name re-reads its own pending entries first, and acknowledges them
    again, log = consume(node, "a")
    assert [(e["stream_id"], e["source"]) for e in again] == [(i, "pending") for i in ids[:2]]
    assert "re-read 2 pending entries" in log
    assert clean_redis.xpending(STREAM, GROUP)["pending"] == 0


def test_python_consumer_helper_shares_the_group_with_node(node, events_in_stream, clean_redis):
    import timeline

    ids = [eid for eid, _ in events_in_stream]
    member = timeline.consumer(GROUP, "py-1")
    first = member.read(count=4)
    assert [e.entry_id for e in first] == ids[:4]  # python read 4, never acknowledged ("died")
    time.sleep(0.2)
    seen, _ = consume(node, "node-1", claim_idle_ms=100)
    assert sorted(e["stream_id"] for e in seen) == sorted(ids)
    assert [e["source"] for e in seen[:4]] == ["claimed"] * 4
    assert member.read(count=10) == [] and clean_redis.xpending(STREAM, GROUP)["pending"] == 0
