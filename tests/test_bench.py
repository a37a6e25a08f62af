"""`timeline bench` in its quickest mode: the figures are all there and sane. Never a timed pass/fail."""
from __future__ import annotations

import json
import shutil

import pytest
from click.testing import CliRunner

pytestmark = pytest.mark.skipif(shutil.which("redis-server") is None, reason="the pipeline bench starts its own redis-server")


@pytest.fixture(scope="module")
def bench_run(tmp_path_factory):
    from timeline.cli import main

    out = tmp_path_factory.mktemp("bench") / "results" / "latest.json"
    result = CliRunner().invoke(main, ["bench", "--quick", "--only", "engine", "--only", "pipeline", "-n", "120",
                                       "--json-out", str(out)])
    assert result.exit_code == 0, result.output + repr(result.exception)
    return result.output, json.loads(out.read_text(encoding="utf-8"))


def test_engine_figures(bench_run):
    _, figures = bench_run
    engine = figures["engine"]
    assert engine["documents"] == figures["meta"]["documents"] > 0
    assert engine["docs_per_s"] > 0 and engine["kchar_per_s"] > 0
    assert 0 < engine["latency_ms_p50"] <= engine["latency_ms_p99"] <= engine["latency_ms_max"]
    assert engine["peak_rss_mb"] > 10
    dp = engine["dateparser"]
    assert 1 <= dp["documents"] <= engine["documents"]
    assert dp["docs_per_s"] > 0 and dp["dates_found"] > 0
    assert 1 <= dp["rounds"] <= 3
    assert dp["ratio"] == pytest.approx(dp["engine_docs_per_s_same_docs"] / dp["docs_per_s"], rel=0.02)
    assert dp["ratio_paired"] == pytest.approx(dp["engine_docs_per_s_paired"] / dp["paired_dateparser_docs_per_s"], rel=0.02)
    assert dp["docs_per_s"] >= dp["paired_dateparser_docs_per_s"] * 0.99  # the best round includes the paired one
    assert engine["ratio_vs_dateparser"] == dp["ratio"]
    # the tagger alone does less than the whole engine, on the same documents
    assert dp["tagger_docs_per_s_same_docs"] > dp["engine_docs_per_s_same_docs"]
    assert dp["ratio_tagging_only"] == pytest.approx(dp["tagger_docs_per_s_same_docs"] / dp["docs_per_s"], rel=0.02)


def test_pipeline_processed_every_article(bench_run):
    _, figures = bench_run
    pipe = figures["pipeline"]
    assert pipe["concurrency"] == 2 and pipe["pool_pids"] == 2
    stats = pipe["stats"]
    assert stats["processed"] == pipe["submitted"] and not stats.get("failed")
    assert stats["events"] > stats["processed"]  # news articles hold several dated events each
    tp = pipe["throughput"]
    assert tp["articles"] == 120 and tp["articles_per_s"] > 0 and tp["enqueue_articles_per_s"] > tp["articles_per_s"]
    assert tp["seconds"] > 0
    # one EVALSHA per article (kombu runs a few scripts of its own), inside it one XADD per event
    assert tp["redis_commands"]["evalsha"] >= 120
    assert tp["redis_commands"]["xadd"] > 120
    assert tp["redis_commands_per_article"] > 2
    assert tp["redis_cpu_ms_per_article"] > 0 and tp["redis_articles_per_s_per_core"] > 0
    assert all(v >= 0 for v in tp["cpu_ms_per_article"].values()) and tp["cpu_ms_per_article"]["worker_pool"] > 0
    assert 0 < tp["machine_share"] <= 1.05 and tp["cpu_bound_articles_per_s"] > 0


def test_latency_and_results_store_figures(bench_run):
    _, figures = bench_run
    latency = figures["pipeline"]["latency"]
    assert latency["observed"] == latency["articles"] > 0  # every article's record was seen appearing
    assert 0 < latency["latency_ms_p50"] <= latency["latency_ms_p99"] <= latency["latency_ms_max"]
    assert 0 < latency["offered_per_s"] <= 110  # paced at 100/s (less on a busy machine)
    sink = figures["pipeline"]["sink"]
    assert sink["articles"] > 0 and sink["events_per_article"] > 1
    # the script's commands: GET, XADD per event, ZADD, HSET, SET, 2 HINCRBY (+ EVALSHA itself)
    assert sink["redis_commands_per_article"] == pytest.approx(sink["events_per_article"] + 7, abs=0.5)
    assert sink["redis_articles_per_s_per_core"] > 0


def test_report_is_printed_and_json_written(bench_run):
    output, figures = bench_run
    for heading in ("ENGINE", "PIPELINE", "ratio engine / dateparser", "tagging only (no events)", "articles/s end to end",
                    "Redis commands per article", "latency submit->record"):
        assert heading in output
    assert "figures written to" in output
    assert figures["meta"]["quick"] is True and figures["meta"]["sections"] == ["engine", "pipeline"]
    assert figures["meta"]["load_average"]["start"] >= 0 and "load average" in output
    assert "scaling" not in figures and "memory" not in figures["pipeline"]


def test_unknown_section_is_refused():
    from bench.run import run

    with pytest.raises(ValueError, match="unknown section"):
        run(only=["gpu"])
