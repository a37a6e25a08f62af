"""The `timeline` command as a user runs it: help, extract formats, submit inputs, --wait, show, stats, health."""
from __future__ import annotations

import csv
import io
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import wait_for
from schemas import Event
from timeline.cli import main

REPO = Path(__file__).resolve().parents[1]
SAMPLE = REPO / "examples" / "harbour-bridge.txt"
QUEUE = os.environ["TIMELINE_QUEUE"]
PREFIX = os.environ["TIMELINE_PREFIX"]


def run(*args, input=None, env=None):
    return CliRunner().invoke(main, [str(a) for a in args], input=input, env=env, catch_exceptions=False)


def jsonl(path: Path, records) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


ARTICLES = [
    {"id": "cli-1", "text": "The court ruled on Tuesday.", "published_at": "2017-08-16", "title": "Court"},
    {"id": "cli-2", "text": "The envoy arrived on 3 August 2017 in Geneva.", "published_at": "2017-08-16",
     "source": "wire", "url": "https://example.org/2"},
]


# --- help -------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("command", ["extract", "submit", "worker", "events", "show", "failures", "stats", "health", "prune"])
def test_every_command_has_help_with_examples(command):
    result = run(command, "--help")
    assert result.exit_code == 0
    assert "Examples:" in result.output and f"timeline {command}" in result.output


def test_top_level_help_lists_commands_and_a_quick_start():
    result = run("--help")
    assert result.exit_code == 0 and "Quick start:" in result.output
    for command in ("extract", "submit", "show", "stats", "health"):
        assert command in result.output


# --- extract (no server) ----------------------------------------------------------------------------------

def test_extract_table_is_chronological_with_granularity():
    result = run("extract", SAMPLE, "--published", "2024-03-22")
    assert result.exit_code == 0
    out = result.output
    assert "12 Aug 1961" in out and "Mar 2022" in out and "15 Apr 2024" in out and "month" in out
    assert out.index("12 Aug 1961") < out.index("Mar 2022") < out.index("15 Apr 2024")


def test_extract_without_published_says_what_to_do():
    result = CliRunner().invoke(main, ["extract", str(SAMPLE)])
    assert result.exit_code == 2 and "--published" in result.output and "2017-08-16" in result.output


def test_extract_jsonl_csv_ics(tmp_path):
    lines = run("extract", SAMPLE, "-p", "2024-03-22", "--format", "jsonl").stdout.splitlines()
    events = [Event.model_validate_json(line) for line in lines]
    assert len(events) > 5 and "2022-03" in {e.value for e in events}
    rows = list(csv.DictReader(io.StringIO(run("extract", SAMPLE, "-p", "2024-03-22", "--format", "csv").stdout)))
    assert [r["event_id"] for r in rows] == [e.event_id for e in events]
    out = tmp_path / "harbour.ics"
    result = run("extract", SAMPLE, "-p", "2024-03-22", "--format", "ics", "-o", out)
    assert result.exit_code == 0 and f"wrote {out}" in result.stderr
    data = out.read_bytes()
    assert data.startswith(b"BEGIN:VCALENDAR\r\n") and data.count(b"BEGIN:VEVENT") == len(events)
    assert b"\r\n" in data and b"\n" not in data.replace(b"\r\n", b"")


def test_timeml_out_and_back_in(tmp_path):
    tml = tmp_path / "harbour.tml"
    result = run("extract", SAMPLE, "-p", "2024-03-22", "--format", "timeml", "-o", tml)
    assert result.exit_code == 0 and "<TIMEX3" in tml.read_text(encoding="utf-8")
    direct = json.loads(run("extract", SAMPLE, "-p", "2024-03-22", "--format", "json").stdout)
    # the .tml carries its text and publication date: no --published needed
    again = json.loads(run("extract", tml, "--format", "json").stdout)
    assert again["published_at"] == "2024-03-22"
    assert [e["value"] for e in again["events"]] == [e["value"] for e in direct["events"]]
    assert [x["text"] for x in again["expressions"]] == [x["text"] for x in direct["expressions"]]


def test_extract_html_without_a_server(tmp_path):
    page = tmp_path / "t.html"
    result = run("extract", SAMPLE, "-p", "2024-03-22", "--html", page)
    assert result.exit_code == 0
    text = page.read_text(encoding="utf-8")
    assert text.startswith("<!DOCTYPE html>") and "<svg" in text and "published 2024-03-22" in text


def test_extract_reads_stdin():
    result = run("extract", "-", "-p", "2017-08-16", "--format", "jsonl", input="The court ruled on Tuesday.\n")
    assert result.exit_code == 0
    assert [json.loads(line)["value"] for line in result.stdout.splitlines()] == ["2017-08-15"]


# --- submit: inputs and refusals (nothing enqueued) --------------------------------------------------------

def test_bad_jsonl_line_is_named_and_nothing_is_enqueued(tmp_path, clean_redis):
    path = tmp_path / "batch.jsonl"
    path.write_text(json.dumps(ARTICLES[0]) + "\n" + '{"id": "x", "text": "oops"\n', encoding="utf-8")
    result = run("submit", path)
    assert result.exit_code == 1
    assert f"{path} line 2: not valid JSON" in result.output and "Nothing was enqueued" in result.output
    assert clean_redis.llen(QUEUE) == 0


def test_invalid_article_in_jsonl_says_which_line_and_field(tmp_path, clean_redis):
    path = jsonl(tmp_path / "batch.jsonl", [ARTICLES[0], {"id": "y", "text": "Hi.", "published_at": "16/08/2017"},
                                             ARTICLES[1]])
    result = run("submit", path)
    assert result.exit_code == 1
    assert f"{path} line 2 'y': published_at" in result.output and "ISO 8601" in result.output
    assert clean_redis.llen(QUEUE) == 0


def test_plain_text_needs_published(tmp_path, clean_redis):
    result = run("submit", SAMPLE)
    assert result.exit_code == 1 and "--published" in result.output and "JSON Lines" in result.output
    assert clean_redis.llen(QUEUE) == 0


def test_missing_file_and_empty_directory(tmp_path, clean_redis):
    assert "no such file or directory" in run("submit", tmp_path / "nope.txt", "-p", "2020-01-01").output
    (tmp_path / "empty").mkdir()
    assert "no article files" in run("submit", tmp_path / "empty", "-p", "2020-01-01").output
    assert clean_redis.llen(QUEUE) == 0


def test_submit_files_directories_jsonl_and_stdin_then_wait(celery_worker_thread, clean_redis, tmp_path):
    folder = tmp_path / "news"
    (folder / "sub").mkdir(parents=True)
    (folder / "a.txt").write_text("The plant closed in March 2011.", encoding="utf-8")
    (folder / "sub" / "b.txt").write_text("The mayor resigned on 2 May 2016.", encoding="utf-8")
    (folder / "notes.md").write_text("not an article", encoding="utf-8")  # ignored: not .txt/.json/.jsonl/.tml
    batch = jsonl(tmp_path / "batch.jsonl", ARTICLES)
    stdin = json.dumps({"id": "cli-3", "text": "Voting starts next week.", "published_at": "2020-01-10"}) + "\n"
    result = run("submit", folder, batch, "-", "--published", "2017-08-16", "--wait", "--format", "json",
                 "--timeout", "30", input=stdin)
    assert result.exit_code == 0, result.output
    records = json.loads(result.stdout)
    assert len(records) == 5 and {r["status"] for r in records} == {"done"}
    by_id = {r["article_id"]: r["timeline"] for r in records}
    assert by_id["cli-1"]["title"] == "Court" and by_id["cli-2"]["source"] == "wire"
    assert by_id["cli-3"]["events"][0]["value"] == "2020-W03"
    values = {e["value"] for t in by_id.values() for e in t["events"]}
    assert {"2011-03", "2016-05-02", "2017-08-15", "2017-08-03"} <= values


def test_submit_wait_prints_timeline_tables_and_progress(celery_worker_thread, clean_redis, tmp_path):
    batch = jsonl(tmp_path / "batch.jsonl", ARTICLES)
    result = run("submit", batch, "--wait", "--progress")
    assert result.exit_code == 0, result.output
    assert "Court (published 2017-08-16)" in result.stdout and "15 Aug 2017" in result.stdout
    assert "3 Aug 2017" in result.stdout
    # progress bars go to stderr only
    assert "enqueued" in result.stderr and "processed" in result.stderr and "2/2" in result.stderr
    assert "enqueued" not in result.stdout


def test_submit_without_wait_prints_ids_only(celery_worker_thread, clean_redis, store, tmp_path):
    result = run("submit", jsonl(tmp_path / "b.jsonl", ARTICLES))
    assert result.exit_code == 0 and result.stdout.split() == ["cli-1", "cli-2"] and result.stderr == ""
    wait_for(lambda: store.stats().get("processed") == 2)  # processed all the same (and not by the next test)


def test_wait_times_out_with_advice_when_no_worker_consumes(clean_redis, tmp_path):
    idle_queue = f"{QUEUE}-idle"
    try:
        article = ARTICLES[0] | {"id": "cli-idle"}
        result = run("submit", jsonl(tmp_path / "b.jsonl", [article]), "--wait", "--timeout", "1",
                     env={"TIMELINE_QUEUE": idle_queue})
        assert result.exit_code == 1
        assert "not processed within 1 s" in result.output and "timeline health" in result.output
        assert "cli-idle" in result.output
        assert clean_redis.llen(idle_queue) == 1
    finally:
        clean_redis.delete(idle_queue)


def test_unreachable_redis_is_explained(tmp_path):
    result = run("submit", jsonl(tmp_path / "b.jsonl", ARTICLES[:1]), env={"REDIS_URL": "redis://127.0.0.1:1/0"})
    assert result.exit_code == 1 and "cannot reach Redis" in result.output and "REDIS_URL" in result.output


# --- show and stats ---------------------------------------------------------------------------------------

@pytest.fixture
def processed(celery_worker_thread, clean_redis, store):
    from producer import Producer

    Producer().submit_many([*ARTICLES, {"id": "harbour", "text": SAMPLE.read_text(encoding="utf-8"),
                                         "published_at": "2024-03-22", "title": "Harbour bridge"}])
    wait_for(lambda: store.stats().get("processed") == 3)
    return store


def test_show_formats(processed, tmp_path):
    table = run("show", "harbour")
    assert table.exit_code == 0 and "Harbour bridge (published 2024-03-22)" in table.output
    assert "15 Apr 2024" in table.output
    assert json.loads(run("show", "harbour", "--format", "json").stdout)["article_id"] == "harbour"
    events = [json.loads(line) for line in run("show", "harbour", "--format", "jsonl").stdout.splitlines()]
    assert len(events) == len(processed.article("harbour").events)
    rows = list(csv.DictReader(io.StringIO(run("show", "harbour", "--format", "csv").stdout)))
    assert len(rows) == len(events)
    assert run("show", "harbour", "--format", "ics").stdout.count("BEGIN:VEVENT") == len(events)
    page = tmp_path / "h.html"
    assert run("show", "harbour", "--html", page).exit_code == 0
    assert page.read_text(encoding="utf-8").count('class="event ') == len(events)


def test_show_range_across_articles(processed):
    out = run("show", "--from", "2017-08-01", "--to", "2017-08-31", "--format", "json").stdout
    assert sorted(e["article_id"] for e in json.loads(out)) == ["cli-1", "cli-2"]
    table = run("show", "--from", "2017-08-01", "--to", "2017-08-31").output
    assert "cli-1" in table and "cli-2" in table and table.index("3 Aug 2017") < table.index("15 Aug 2017")
    grep = run("show", "--from", "2017-01-01", "--grep", "geneva", "--format", "jsonl").stdout.splitlines()
    assert [json.loads(line)["article_id"] for line in grep] == ["cli-2"]


def test_show_unknown_article_says_what_to_check(clean_redis):
    result = run("show", "no-such-article")
    assert result.exit_code == 1 and "timeline failures" in result.output


def test_stats_table_and_json(processed):
    figures = json.loads(run("stats", "--json").stdout)
    assert figures["processed"] == 3 and figures["queued"] == 0 and figures.get("failed", 0) == 0
    assert figures["indexed_events"] == figures["events"] > 5
    table = run("stats").output
    for word in ("queued", "processed", "failed", "events", "workers_alive"):
        assert word in table


# --- health against a real worker process -----------------------------------------------------------------

def timeline_cli(*args, env=None, timeout=30):
    return subprocess.run([sys.executable, "-m", "timeline.cli", *args], capture_output=True, text=True,
                          timeout=timeout, env=env or os.environ.copy())


def test_health_follows_a_real_worker_heartbeat(clean_redis, tmp_path):
    env = os.environ | {"TIMELINE_HEARTBEAT_SECONDS": "1", "TIMELINE_QUEUE": f"{QUEUE}-health"}
    assert timeline_cli("health", env=env).returncode == 1  # no worker yet
    worker = subprocess.Popen([sys.executable, "-m", "timeline.cli", "worker", "--pool", "solo", "--loglevel",
                               "WARNING"], env=env, stdout=subprocess.DEVNULL, stderr=(tmp_path / "w.log").open("w"),
                              start_new_session=True)
    try:
        deadline = time.monotonic() + 60
        while timeline_cli("health", env=env).returncode != 0:
            assert worker.poll() is None, (tmp_path / "w.log").read_text()
            assert time.monotonic() < deadline, "worker heartbeat never appeared"
            time.sleep(0.5)
        import socket

        ok = timeline_cli("health", "--worker", socket.gethostname(), env=env)
        assert ok.returncode == 0 and ok.stdout.strip() == "ok"
        assert timeline_cli("health", "--any", env=env).returncode == 0
        other = timeline_cli("health", "--worker", "some-other-container", env=env)
        assert other.returncode == 1 and "no fresh worker heartbeat" in other.stderr
        assert clean_redis.ttl(f"{PREFIX}heartbeat:{socket.gethostname()}") <= 3
    finally:
        worker.send_signal(signal.SIGTERM)
        try:
            worker.wait(timeout=30)
        except subprocess.TimeoutExpired:
            worker.kill()
            worker.wait()
        clean_redis.delete(f"{QUEUE}-health")
    # a stopped worker removes its heartbeat (or it expires): the check fails again
    wait_for(lambda: timeline_cli("health", env=env).returncode == 1, timeout=15)


def test_health_explains_unreachable_redis():
    result = timeline_cli("health", env=os.environ | {"REDIS_URL": "redis://127.0.0.1:1/0"})
    assert result.returncode == 1 and "Redis unreachable" in result.stderr


def test_events_as_jsonl_and_json(processed):
    lines = run("events", "-n", "3").stdout.splitlines()
    assert len(lines) == 3 and all(json.loads(line)["op"] == "add" for line in lines)
    array = json.loads(run("events", "--format", "json").stdout)
    assert len(array) == processed.stats()["stream_length"] and array[0] == json.loads(lines[0])
    assert run("events", "--format", "json", "--follow").exit_code == 2
