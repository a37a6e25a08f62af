"""Orchestrate the benchmark: which parts, how big, and the report."""
from __future__ import annotations

import datetime as dt
import os
import platform
import sys
import time

SECTIONS = ("engine", "pipeline", "scaling", "memory")


def plan(quick: bool, n: int | None) -> dict:
    if quick:
        p = {"rounds": 2, "dateparser_seconds": 3.0, "dateparser_max_docs": 8, "n": 200, "latency_n": 50,
             "memory": (100, 400), "sink_n": 50}
    else:
        p = {"rounds": 7, "dateparser_seconds": 20.0, "dateparser_max_docs": 256, "n": 5000, "latency_n": 1000,
             "memory": (1000, 20000), "sink_n": 1000}
    if n:
        p["n"] = n
    return p


def _machine() -> str:
    cpu = ""
    try:
        for line in open("/proc/cpuinfo", encoding="utf-8"):
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{os.cpu_count()} CPUs ({cpu or platform.processor()}), Python {platform.python_version()}"


def run(only: tuple[str, ...] | list[str] = (), quick: bool = False, n: int | None = None,
        latency_rate: float = 100.0, corpus: str | None = None, log=None) -> dict:
    """Run the selected sections (all by default) and return the figures."""
    from bench.corpus import load_docs

    log = log or (lambda msg: print(msg, file=sys.stderr, flush=True))
    sections = set(only or SECTIONS)
    unknown = sections - set(SECTIONS)
    if unknown:
        raise ValueError(f"unknown section(s) {sorted(unknown)}; choose from {', '.join(SECTIONS)}")
    p = plan(quick, n)
    started = time.perf_counter()
    load_start = round(os.getloadavg()[0], 2)
    docs, source = load_docs(corpus)
    results: dict = {"meta": {
        "when": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"), "machine": _machine(),
        "corpus": source, "documents": len(docs), "quick": quick, "sections": sorted(sections), "plan": {
            k: list(v) if isinstance(v, tuple) else v for k, v in p.items()},
    }}
    if "engine" in sections:
        from bench.engine import bench_engine

        results["engine"] = bench_engine(docs, p["rounds"], p["dateparser_seconds"], p["dateparser_max_docs"], log)
    if sections & {"pipeline", "memory", "scaling"}:
        from bench.pipeline import run_pipeline, run_throughput_only

        if sections & {"pipeline", "memory"}:
            results["pipeline"] = run_pipeline(
                docs, n=p["n"], latency_n=p["latency_n"], latency_rate=latency_rate, concurrency=2,
                memory=p["memory"] if "memory" in sections else None, pipeline="pipeline" in sections,
                sink_n=p["sink_n"] if "pipeline" in sections else 0, log=log)
        if "scaling" in sections:
            scaling = {"1": run_throughput_only(docs, p["n"], 1, log)}
            two = (results.get("pipeline") or {}).get("throughput")
            scaling["2"] = two if two else run_throughput_only(docs, p["n"], 2, log)
            results["scaling"] = scaling
    results["meta"]["seconds"] = round(time.perf_counter() - started, 1)
    results["meta"]["load_average"] = {"start": load_start, "end": round(os.getloadavg()[0], 2)}
    return results
