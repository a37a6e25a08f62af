"""Print the figures as a readable table, with the issue's floors beside them, and write them as JSON."""
from __future__ import annotations

import json
from pathlib import Path

FLOORS = {
    "engine_ratio": 30.0,          # engine docs/s over dateparser search_dates docs/s
    "pipeline_articles_per_s": 500.0,
    "latency_ms_p99": 100.0,       # at 100 articles/s
    "worker_rss_mb": 200.0,
    "memory_growth_pct": 10.0,
}


def _mark(ok: bool | None) -> str:
    return "" if ok is None else ("ok" if ok else "BELOW FLOOR")


def rows(results: dict) -> list[tuple[str, str, str, str]]:
    """(section, figure, value, verdict) rows."""
    out = []
    engine = results.get("engine")
    if engine:
        dp = engine["dateparser"]
        out += [
            ("engine", "documents/s (1 core, best round)", f"{engine['docs_per_s']:,.0f}", ""),
            ("engine", "kchar/s", f"{engine['kchar_per_s']:,.0f}", ""),
            ("engine", "latency per doc p50 / p99", f"{engine['latency_ms_p50']:.2f} / {engine['latency_ms_p99']:.2f} ms", ""),
            ("engine", "peak RSS (engine / with dateparser)",
             f"{engine['peak_rss_mb']:.0f} / {engine['peak_rss_mb_with_dateparser']:.0f} MB", ""),
            ("engine", f"dateparser search_dates docs/s ({dp['documents']} docs, best of {dp.get('rounds', 1)})",
             f"{dp['docs_per_s']:,.1f}", ""),
            ("engine", f"engine docs/s on the same {dp['documents']} docs (best of {engine['rounds']})",
             f"{dp['engine_docs_per_s_same_docs']:,.0f}", ""),
            ("engine", "ratio, paired blocks (engine / dateparser docs/s)",
             f"{dp['ratio_paired']:.1f}x ({dp['engine_docs_per_s_paired']:,.0f} / {dp['paired_dateparser_docs_per_s']:,.1f})"
             if "ratio_paired" in dp else "n/a", ""),
            ("engine", "ratio engine / dateparser (best rounds)", f"{dp['ratio']:.1f}x",
             _mark(dp["ratio"] >= FLOORS["engine_ratio"]) + f" (floor {FLOORS['engine_ratio']:g}x)"),
        ]
        if "ratio_tagging_only" in dp:  # the tagger alone does search_dates' whole job; the engine also builds events
            out.append(("engine", "tagging only (no events): docs/s, ratio to dateparser",
                         f"{dp['tagger_docs_per_s_same_docs']:,.0f}, {dp['ratio_tagging_only']:.1f}x", ""))
    pipe = results.get("pipeline") or {}
    tp = pipe.get("throughput")
    if tp:
        cpu = tp["cpu_ms_per_article"]
        out += [
            ("pipeline", f"articles/s end to end ({tp['articles']:,} articles, 2 procs)", f"{tp['articles_per_s']:,.0f}",
             _mark(tp["articles_per_s"] >= FLOORS["pipeline_articles_per_s"]) + f" (floor {FLOORS['pipeline_articles_per_s']:g})"),
            ("pipeline", "share of the machine's CPU the pipeline got", f"{tp['machine_share'] * 100:.0f}%"
             if tp.get("machine_share") is not None else "n/a", ""),
            ("pipeline", "CPU-bound rate: all cores / CPU per article", f"{tp['cpu_bound_articles_per_s']:,.0f} articles/s"
             if tp.get("cpu_bound_articles_per_s") else "n/a", ""),
            ("pipeline", "enqueue rate (producer API)", f"{tp['enqueue_articles_per_s']:,.0f} articles/s", ""),
            ("pipeline", "Redis commands per article", f"{tp['redis_commands_per_article']:.1f}", ""),
            ("pipeline", "Redis CPU / network per article",
             f"{tp['redis_cpu_ms_per_article'] * 1000:.0f} us / {tp.get('redis_network_kb_per_article', 0):.0f} KB", ""),
            ("pipeline", "articles/s one Redis core carries (broker+results)",
             f"{tp['redis_articles_per_s_per_core']:,.0f}" if tp["redis_articles_per_s_per_core"] else "n/a", ""),
            ("pipeline", "CPU ms/article: worker pool / main / producer",
             f"{cpu['worker_pool']:.2f} / {cpu['worker_main']:.2f} / {cpu['producer_enqueue']:.2f}", ""),
        ]
    if pipe.get("redis_kb_per_article_stored"):
        out.append(("pipeline", "Redis memory per stored article", f"{pipe['redis_kb_per_article_stored']:.0f} KB", ""))
    short = pipe.get("throughput_short")
    if short:
        out += [
            ("pipeline", "queue ceiling: one-sentence articles/s", f"{short['articles_per_s']:,.0f}", ""),
        ]
    sink = pipe.get("sink")
    if sink:
        out += [
            ("pipeline", "results store alone: commands per article", f"{sink['redis_commands_per_article']:.1f}"
             f" ({sink['events_per_article']:.1f} events/article)", ""),
            ("pipeline", "results store alone: articles/s per Redis core",
             f"{sink['redis_articles_per_s_per_core']:,.0f}" if sink["redis_articles_per_s_per_core"] else "n/a", ""),
        ]
    lat = pipe.get("latency")
    if lat:
        out.append(("pipeline", f"latency submit->record p50 / p99 at {lat['offered_per_s']:.0f}/s",
                    f"{lat['latency_ms_p50']:.1f} / {lat['latency_ms_p99']:.1f} ms",
                    _mark(lat["latency_ms_p99"] <= FLOORS["latency_ms_p99"]) + f" (p99 floor {FLOORS['latency_ms_p99']:g} ms)"))
    scaling = results.get("scaling")
    if scaling:
        for procs, figures in sorted(scaling.items()):
            out.append(("scaling", f"{procs} worker process(es)", f"{figures['articles_per_s']:,.0f} articles/s", ""))
        if "1" in scaling and "2" in scaling and scaling["1"]["articles_per_s"]:
            out.append(("scaling", "speed-up 2 vs 1", f"{scaling['2']['articles_per_s'] / scaling['1']['articles_per_s']:.2f}x", ""))
    mem = pipe.get("memory")
    if mem and len(mem.get("after", {})) == 2:
        (n1, first), (n2, after) = sorted(mem["after"].items(), key=lambda kv: int(kv[0]))
        out += [
            ("memory", f"worker pool RSS after {int(n1):,} articles", " / ".join(f"{v:.0f}" for v in first) + " MB", ""),
            ("memory", f"worker pool RSS after {int(n2):,} articles", " / ".join(f"{v:.0f}" for v in after) + " MB",
             _mark(mem["max_process_mb"] <= FLOORS["worker_rss_mb"]) + f" (floor {FLOORS['worker_rss_mb']:g} MB)"),
            ("memory", "growth", f"{mem['growth_pct']:+.1f}%",
             _mark(mem["growth_pct"] is not None and mem["growth_pct"] <= FLOORS["memory_growth_pct"])
             + f" (floor {FLOORS['memory_growth_pct']:g}%)"),
        ]
    return out


def render(results: dict) -> str:
    table = rows(results)
    if not table:
        return "(nothing measured)"
    widths = [max(len(r[i]) for r in table) for i in range(3)]
    lines, section = [], None
    for sec, name, value, verdict in table:
        if sec != section:
            lines.append(f"\n{sec.upper()}")
            section = sec
        lines.append(f"  {name:<{widths[1]}}  {value:>{widths[2]}}  {verdict}".rstrip())
    meta = results.get("meta", {})
    load = meta.get("load_average") or {}
    loads = " -> ".join(f"{v:.1f}" for v in (load.get("start"), load.get("end")) if v is not None)
    lines.append(f"\n{meta.get('machine', '')}; corpus {meta.get('corpus', '')}; {meta.get('seconds', 0):.0f} s"
                 + (f"; load average {loads} (other work on the machine slows every figure)" if loads else ""))
    return "\n".join(lines).lstrip("\n")


def write_json(results: dict, path: str | Path) -> Path:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(results, indent=2, sort_keys=False) + "\n", encoding="utf-8")
    return path


def markdown(results: dict) -> str:
    """The same rows as a Markdown table (for bench/README.md)."""
    lines = ["| part | figure | value | floor |", "|---|---|---|---|"]
    for sec, name, value, verdict in rows(results):
        lines.append(f"| {sec} | {name} | {value} | {verdict} |")
    return "\n".join(lines)


if __name__ == "__main__":  # python -m bench.report bench/results/latest.json [--markdown]
    import sys

    data = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    print(markdown(data) if "--markdown" in sys.argv else render(data))
