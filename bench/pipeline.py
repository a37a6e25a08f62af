"""The service end to end on this machine: a fresh redis-server, a real `timeline worker`, the producer API.

Every run starts its own Redis on a free port (no persistence, in a temp dir) and its own worker
subprocess pointed at it, and stops both at the end.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import redis

from bench.corpus import Doc, article
from bench.engine import _percentile

# One-sentence articles: the engine's share almost vanishes, which shows what the queue itself can move.
SHORT_DOCS = [Doc("short", "The court ruled on Tuesday that the merger, agreed in March 2011, was lawful.",
                  dt.date(2017, 8, 16))]
PREFIX = "timeline:"
QUEUE = "timeline"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _ticks() -> int:
    return os.sysconf("SC_CLK_TCK")


def cpu_seconds(pid: int) -> float:
    """utime + stime of one process, from /proc."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return 0.0
    return (int(fields[11]) + int(fields[12])) / _ticks()


def rss_mb(pid: int) -> float:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def children(pid: int) -> list[int]:
    found = []
    try:
        for task in Path(f"/proc/{pid}/task").iterdir():
            found += [int(c) for c in (task / "children").read_text().split()]
    except OSError:
        pass
    return found


class RedisServer:
    """A throwaway redis-server on a free port: no RDB, no AOF, its own temp dir."""

    def __init__(self, binary: str | None = None):
        self.binary = binary or os.environ.get("TIMELINE_BENCH_REDIS_SERVER") or shutil.which("redis-server")
        if not self.binary:
            raise RuntimeError("redis-server not found on PATH (set TIMELINE_BENCH_REDIS_SERVER)")
        self.port = _free_port()
        self.url = f"redis://127.0.0.1:{self.port}/0"
        self.dir = tempfile.mkdtemp(prefix="timeline-bench-redis-")
        self.proc: subprocess.Popen | None = None
        self.client: redis.Redis | None = None

    def __enter__(self) -> "RedisServer":
        self.proc = subprocess.Popen(
            [self.binary, "--port", str(self.port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
             "--dir", self.dir, "--protected-mode", "no", "--loglevel", "warning"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        self.client = redis.Redis.from_url(self.url)
        deadline = time.monotonic() + 10
        while True:
            try:
                self.client.ping()
                break
            except redis.ConnectionError:
                if time.monotonic() > deadline or self.proc.poll() is not None:
                    raise RuntimeError(f"redis-server did not start on port {self.port}") from None
                time.sleep(0.05)
        return self

    def __exit__(self, *exc) -> None:
        try:
            self.client.shutdown(nosave=True)
        except redis.RedisError:
            pass
        if self.proc is not None:
            try:
                self.proc.wait(5)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        shutil.rmtree(self.dir, ignore_errors=True)

    @property
    def pid(self) -> int:
        return self.proc.pid

    def cpu(self) -> float:
        info = self.client.info("cpu")
        return float(info["used_cpu_sys"]) + float(info["used_cpu_user"])

    def net_bytes(self) -> int:
        """Bytes Redis received and sent over the network so far."""
        info = self.client.info("stats")
        return int(info["total_net_input_bytes"]) + int(info["total_net_output_bytes"])

    def commands(self) -> dict[str, int]:
        return {name.removeprefix("cmdstat_"): int(v["calls"]) for name, v in self.client.info("commandstats").items()}


class Worker:
    """`timeline worker --concurrency N` in a subprocess, pointed at the given Redis."""

    def __init__(self, redis_url: str, concurrency: int, loglevel: str = "WARNING", extra_env: dict | None = None):
        self.concurrency = concurrency
        self.env = {k: v for k, v in os.environ.items() if k != "TIMELINE_BROKER_URL"}
        self.env.update({"REDIS_URL": redis_url, "TIMELINE_PREFIX": PREFIX, "TIMELINE_QUEUE": QUEUE,
                         "PYTHONUNBUFFERED": "1"}, **(extra_env or {}))
        self.loglevel = loglevel
        self.log = tempfile.NamedTemporaryFile(prefix="timeline-bench-worker-", suffix=".log", delete=False)
        self.proc: subprocess.Popen | None = None

    def command(self) -> list[str]:
        script = Path(sys.executable).with_name("timeline")
        base = [str(script)] if script.exists() else [sys.executable, "-m", "timeline.cli"]
        return base + ["worker", "--concurrency", str(self.concurrency), "--loglevel", self.loglevel]

    def __enter__(self) -> "Worker":
        self.proc = subprocess.Popen(self.command(), env=self.env, stdout=self.log, stderr=subprocess.STDOUT)
        return self

    def __exit__(self, *exc) -> None:
        try:
            self._stop()
        finally:
            self.log.close()
            os.unlink(self.log.name)

    def _stop(self) -> None:
        if self.proc is None or self.proc.poll() is not None:
            return
        pool = self.pool_pids()
        self.proc.send_signal(signal.SIGTERM)  # warm shutdown: the pool finishes and exits
        try:
            self.proc.wait(15)
        except subprocess.TimeoutExpired:
            for pid in pool:
                try:
                    os.kill(pid, signal.SIGKILL)
                except ProcessLookupError:
                    pass
            self.proc.kill()
            self.proc.wait()

    def tail(self, lines: int = 30) -> str:
        try:
            return "\n".join(Path(self.log.name).read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return ""

    def pool_pids(self) -> list[int]:
        return children(self.proc.pid) if self.proc else []

    def pool_rss_mb(self) -> list[float]:
        return [round(rss_mb(p), 1) for p in self.pool_pids()]

    def cpu(self) -> tuple[float, float]:
        """CPU seconds of the main process and of its pool processes."""
        return cpu_seconds(self.proc.pid), sum(cpu_seconds(p) for p in self.pool_pids())


def bench_app(redis_url: str):
    """A Celery app for the producer, configured like worker.app.app but pointed at the bench Redis."""
    from celery import Celery

    from worker.app import app as service_app

    app = Celery("timeline-bench", broker=redis_url, set_as_current=False)
    keep = {k: v for k, v in service_app.conf.changes.items() if not k.startswith(("broker_url", "result_backend"))}
    keep.pop("include", None)
    app.conf.update(keep, task_default_queue=QUEUE)
    return app


class Session:
    """Producer, Redis and worker for one pipeline run, with counters read from the stats hash."""

    def __init__(self, server: RedisServer, worker: Worker, docs: list[Doc], log=print):
        from producer.submit import Producer
        from timeline.config import Settings

        self.server, self.worker, self.docs, self.log = server, worker, docs, log
        self.client = server.client
        settings = dataclasses.replace(Settings(), redis_url=server.url, broker_url=server.url, prefix=PREFIX,
                                       queue=QUEUE)
        self.settings = settings
        self.app = bench_app(server.url)
        self.producer = Producer(settings, app=self.app)
        self.submitted = 0
        self.polls = 0

    def done(self) -> int:
        self.polls += 1
        processed, failed, unchanged = self.client.hmget(PREFIX + "stats", "processed", "failed", "unchanged")
        return int(processed or 0) + int(failed or 0) + int(unchanged or 0)

    def wait_done(self, count: int, timeout: float, poll: float = 0.01) -> float:
        deadline = time.monotonic() + timeout
        while True:
            n = self.done()
            if n >= count:
                return time.time()
            if self.worker.proc.poll() is not None:
                raise RuntimeError(f"the worker exited ({self.worker.proc.returncode}):\n{self.worker.tail()}")
            if time.monotonic() > deadline:
                raise RuntimeError(f"only {n} of {count} articles processed within {timeout:g} s:\n"
                                   f"{self.worker.tail()}")
            time.sleep(poll)

    def articles(self, count: int, tag: str, docs: list[Doc] | None = None) -> list[dict]:
        """Fresh articles: every call gets its own ids, so nothing is skipped as unchanged."""
        self.batches = getattr(self, "batches", 0) + 1
        return [article(docs or self.docs, i, f"{tag}{self.batches}") for i in range(count)]

    def submit_many(self, articles: list[dict], batch_size: int | None = None) -> list[str]:
        ids = self.producer.submit_many(articles, batch_size)
        self.submitted += len(ids)
        return ids

    def warm_up(self, timeout: float = 90.0) -> None:
        """Start-up: wait until every pool process has run the engine once."""
        for i in range(self.worker.concurrency * 2):
            self.producer.submit(article(self.docs, i, "warmup"))
            self.submitted += 1
        self.wait_done(self.submitted, timeout)

    def last_event_time(self) -> float:
        entries = self.client.xrevrange(PREFIX + "events", "+", "-", count=1)
        if not entries:
            return time.time()
        return int(entries[0][0].decode().split("-")[0]) / 1000

    def throughput(self, n: int, tag: str = "tp", timeout: float = 600.0, batch_size: int | None = None,
                   docs: list[Doc] | None = None) -> dict:
        articles = self.articles(n, tag, docs)
        cmds0, cpu0, net0 = self.server.commands(), self.server.cpu(), self.server.net_bytes()
        main0, pool0 = self.worker.cpu()
        me0 = time.process_time()
        polls0 = self.polls
        first = time.time()
        t0 = time.perf_counter()
        self.submit_many(articles, batch_size)
        enqueue_s = time.perf_counter() - t0
        producer_cpu = time.process_time() - me0
        self.wait_done(self.submitted, timeout)
        last = self.last_event_time()
        cpu1 = self.server.cpu()
        net1 = self.server.net_bytes()
        cmds1 = self.server.commands()
        main1, pool1 = self.worker.cpu()
        polls = self.polls - polls0
        delta = {k: v - cmds0.get(k, 0) for k, v in cmds1.items() if v - cmds0.get(k, 0) > 0}
        delta.pop("info", None)
        delta["hmget"] = delta.get("hmget", 0) - polls  # the bench's own progress polls
        delta = {k: v for k, v in sorted(delta.items(), key=lambda kv: -kv[1]) if v > 0}
        total_cmds = sum(delta.values())
        redis_cpu = cpu1 - cpu0
        elapsed = max(last - first, 1e-6)
        cpu_ms = {
            "redis": round(redis_cpu / n * 1000, 3),
            "worker_main": round((main1 - main0) / n * 1000, 3),
            "worker_pool": round((pool1 - pool0) / n * 1000, 3),
            "producer_enqueue": round(producer_cpu / n * 1000, 3),
        }
        cores = os.cpu_count() or 1
        return {
            "articles": n,
            "batch_size": batch_size or self.settings.batch_size,
            "articles_per_s": round(n / elapsed, 1),
            "seconds": round(elapsed, 3),
            "enqueue_articles_per_s": round(n / enqueue_s, 1),
            "enqueue_seconds": round(enqueue_s, 3),
            "redis_commands_per_article": round(total_cmds / n, 2),
            "redis_commands": delta,
            "redis_cpu_ms_per_article": round(redis_cpu / n * 1000, 4),
            "redis_network_kb_per_article": round((net1 - net0) / n / 1024, 1),
            "redis_articles_per_s_per_core": round(n / redis_cpu, 0) if redis_cpu > 0 else None,
            "cpu_ms_per_article": cpu_ms,
            # What the CPU time spent per article would allow with every core of this machine free for it:
            # robust to other load on the machine, unlike the wall-clock rate above.
            "cpu_bound_articles_per_s": round(cores * 1000 / sum(cpu_ms.values()), 0) if sum(cpu_ms.values()) else None,
            # How much of the machine the pipeline actually got: its CPU seconds over elapsed x cores.
            "machine_share": round(sum(cpu_ms.values()) * n / 1000 / (elapsed * cores), 3),
            "cores": cores,
        }

    def latency(self, n: int, rate: float = 100.0, tag: str = "lat", timeout: float = 120.0) -> dict:
        """Single paced submits at a steady offered load; time until each article's record is visible."""
        articles = self.articles(n, tag)
        key_prefix = PREFIX + "article:"
        channel = f"__keyspace@0__:{key_prefix}"
        self.client.config_set("notify-keyspace-events", "K$")
        seen: dict[str, float] = {}
        listener = redis.Redis.from_url(self.server.url)
        pubsub = listener.pubsub(ignore_subscribe_messages=True)
        pubsub.psubscribe(channel + "*")
        stop = threading.Event()

        def listen() -> None:
            while not stop.is_set():
                message = pubsub.get_message(timeout=0.2)
                if message and message["type"] == "pmessage":
                    now = time.perf_counter()
                    seen.setdefault(message["channel"].decode()[len(channel):], now)

        thread = threading.Thread(target=listen, daemon=True)
        thread.start()
        sent: dict[str, float] = {}
        try:
            start = time.perf_counter()
            for i, a in enumerate(articles):
                target = start + i / rate
                pause = target - time.perf_counter()
                if pause > 0:
                    time.sleep(pause)
                sent[a["id"]] = time.perf_counter()
                self.producer.submit(a)
                self.submitted += 1
            spread = max(sent.values()) - start
            offered = (n - 1) / spread if n > 1 and spread > 0 else float(n)
            self.wait_done(self.submitted, timeout)
            deadline = time.monotonic() + 5
            while len(seen) < n and time.monotonic() < deadline:
                time.sleep(0.01)
        finally:
            stop.set()
            thread.join(2)
            pubsub.close()
            listener.close()
            self.client.config_set("notify-keyspace-events", "")
        latencies = [seen[i] - t for i, t in sent.items() if i in seen]
        self.last_latency_samples = [(t - start, seen.get(i, float("nan")) - t) for i, t in sent.items()]
        return {
            "articles": n,
            "offered_per_s": round(offered, 1),
            "observed": len(latencies),
            "latency_ms_p50": round(_percentile(latencies, 50) * 1000, 2),
            "latency_ms_p99": round(_percentile(latencies, 99) * 1000, 2),
            "latency_ms_max": round(max(latencies, default=0) * 1000, 2),
        }

    def fill_to(self, total: int, chunk: int = 1000, timeout: float = 900.0) -> None:
        """Submit more articles until `total` have been submitted overall, and wait for them."""
        i = 0
        while self.submitted < total:
            count = min(chunk, total - self.submitted)
            self.submit_many([article(self.docs, self.submitted + k, "mem") for k in range(count)])
            i += 1
        self.wait_done(self.submitted, timeout)


def sink_cost(docs: list[Doc], server: RedisServer, n: int, batch: int = 20) -> dict:
    """The results store alone (as with a RabbitMQ broker): Redis CPU and commands per article written."""
    from schemas import ArticleTimeline
    from timeline.keys import Keys
    from worker.sink import RedisSink
    from worker.tasks import build_timeline
    from schemas import Article

    timelines: list[ArticleTimeline] = []
    for i in range(n):
        a = article(docs, i, "sink")
        timelines.append(build_timeline(Article.model_validate(a)))
    sink = RedisSink(server.client, Keys("sinkbench:"), 1_000_000)
    sink.write(timelines[:1], [])  # loads the script
    cmds0, cpu0, net0 = server.commands(), server.cpu(), server.net_bytes()
    t0 = time.perf_counter()
    for i in range(1, n, batch):
        sink.write(timelines[i:i + batch], [])
    elapsed = time.perf_counter() - t0
    cpu1, cmds1, net1 = server.cpu(), server.commands(), server.net_bytes()
    written = n - 1
    delta = {k: v - cmds0.get(k, 0) for k, v in cmds1.items() if v - cmds0.get(k, 0) > 0}
    delta.pop("info", None)
    cpu = cpu1 - cpu0
    events = sum(len(t.events) for t in timelines[1:])
    return {
        "articles": written,
        "events_per_article": round(events / written, 2),
        "redis_commands_per_article": round(sum(delta.values()) / written, 2),
        "redis_round_trips_per_article": round(1 / batch, 3),
        "redis_network_kb_per_article": round((net1 - net0) / written / 1024, 1),
        "redis_cpu_ms_per_article": round(cpu / written * 1000, 4),
        "redis_articles_per_s_per_core": round(written / cpu, 0) if cpu > 0 else None,
        "client_articles_per_s": round(written / elapsed, 0),
    }


def run_pipeline(docs: list[Doc], *, n: int, latency_n: int, latency_rate: float, concurrency: int = 2,
                 memory: tuple[int, int] | None = None, pipeline: bool = True, sink_n: int = 0,
                 log=print) -> dict:
    """One worker with `concurrency` processes against a fresh Redis: memory, throughput, latency, Redis cost."""
    out: dict = {"concurrency": concurrency}
    with RedisServer() as server, Worker(server.url, concurrency) as worker:
        session = Session(server, worker, docs, log)
        log(f"pipeline ({concurrency} worker processes, redis on port {server.port}): starting ...")
        session.warm_up()
        out["pool_pids"] = len(worker.pool_pids())
        if memory:
            log(f"  memory: {memory[0]} articles ...")
            session.fill_to(memory[0])
            out["memory"] = {"after": {str(memory[0]): worker.pool_rss_mb()}}
        if pipeline:
            log(f"  throughput: {n} articles ...")
            out["throughput"] = session.throughput(n)
            log(f"  queue ceiling: {n} one-sentence articles ...")
            out["throughput_short"] = session.throughput(n, tag="short", docs=SHORT_DOCS)
            log(f"  latency: {latency_n} single submits at {latency_rate:g}/s ...")
            out["latency"] = session.latency(latency_n, latency_rate)
        if memory:
            log(f"  memory: up to {memory[1]} articles ...")
            session.fill_to(memory[1])
            after = worker.pool_rss_mb()
            first = out["memory"]["after"][str(memory[0])]
            out["memory"]["after"][str(memory[1])] = after
            out["memory"]["max_process_mb"] = max(first + after)
            out["memory"]["growth_pct"] = round((max(after) / max(first) - 1) * 100, 1) if first and after else None
            out["memory"]["articles"] = session.submitted
        if sink_n:
            log(f"  results store alone: {sink_n} articles ...")
            out["sink"] = sink_cost(docs, server, sink_n)
        stats = server.client.hgetall(PREFIX + "stats")
        out["stats"] = {k.decode(): int(v) for k, v in stats.items()}
        out["submitted"] = session.submitted
        out["redis_used_memory_mb"] = round(server.client.info("memory")["used_memory"] / 2**20, 1)
        stored = out["stats"].get("processed", 0) + (out.get("sink") or {}).get("articles", 0)
        out["redis_kb_per_article_stored"] = round(out["redis_used_memory_mb"] * 1024 / stored, 1) if stored else None
    return out


def run_throughput_only(docs: list[Doc], n: int, concurrency: int, log=print) -> dict:
    """Throughput alone with a given number of worker processes (for the scaling figure)."""
    with RedisServer() as server, Worker(server.url, concurrency) as worker:
        session = Session(server, worker, docs, log)
        log(f"scaling: {concurrency} worker process(es), {n} articles ...")
        session.warm_up()
        result = session.throughput(n)
        result["processed"] = session.done()
        result["submitted"] = session.submitted
        return result
