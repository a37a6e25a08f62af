"""Real processes for fault tests: a private redis-server and `timeline worker` / `celery worker` subprocesses.

Everything started here runs in its own process group and is stopped by the test's finalizer, also on failure.
Nothing here touches the shared test Redis (DB 13): each test gets its own redis-server on a free port.
"""
from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import redis

from bench.pipeline import children, rss_mb  # the benchmark reads /proc the same way

REPO = Path(__file__).resolve().parents[1]
VENV_BIN = Path(sys.executable).parent
REDIS_SERVER = os.environ.get("TIMELINE_TEST_REDIS_SERVER", "/usr/bin/redis-server")
HOOKS_DIR = Path(__file__).resolve().parent / "hooks"
# Settings of the services started here: the defaults' names, and short limits so tests stay fast
# (production values and the reasons for them are in RELIABILITY.md).
PREFIX = "timeline:"
QUEUE = "timeline"
TIME_LIMIT = 4.0
VISIBILITY = 8.0


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait(predicate, timeout: float, what: str, interval: float = 0.05):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(interval)
    raise TimeoutError(f"{what}: not within {timeout} s")


def rss_kib(pid: int) -> int:
    """Resident memory of one process in KiB (0 if it's gone)."""
    return round(rss_mb(pid) * 1024)


class RedisServer:
    """A private redis-server with AOF on, in its own directory, on a free port."""

    def __init__(self, workdir: Path, password: str | None = None, appendfsync: str = "always",
                 port: int | None = None):
        self.dir = Path(workdir)
        self.dir.mkdir(parents=True, exist_ok=True)
        self.port = port or free_port()
        self.password = password
        self.appendfsync = appendfsync
        self.proc: subprocess.Popen | None = None
        self.starts = 0

    @property
    def url(self) -> str:
        auth = f":{self.password}@" if self.password else ""
        return f"redis://{auth}127.0.0.1:{self.port}/0"

    def start(self) -> "RedisServer":
        argv = [REDIS_SERVER, "--port", str(self.port), "--bind", "127.0.0.1", "--dir", str(self.dir),
                "--appendonly", "yes", "--appendfsync", self.appendfsync, "--save", "",
                "--maxmemory-policy", "noeviction", "--daemonize", "no", "--protected-mode", "yes",
                "--logfile", str(self.dir / "redis.log")]
        if self.password:
            argv += ["--requirepass", self.password]
        self.proc = subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                     stderr=subprocess.DEVNULL, start_new_session=True)
        self.starts += 1

        def ready():
            if self.proc.poll() is not None:
                raise RuntimeError(f"redis-server exited with {self.proc.returncode}: {self.log()[-2000:]}")
            try:
                return self.client().ping()
            except redis.RedisError:
                return False

        _wait(ready, 10, "redis-server answering")
        # wait until the AOF is loaded (LOADING errors are answered to PING above only on old versions)
        _wait(lambda: self.client().info("persistence").get("loading") == 0, 30, "AOF loaded")
        return self

    def client(self, **kwargs) -> redis.Redis:
        return redis.Redis(host="127.0.0.1", port=self.port, password=self.password, socket_timeout=5, **kwargs)

    def kill(self, sig: int = signal.SIGKILL) -> None:
        if self.proc and self.proc.poll() is None:
            os.kill(self.proc.pid, sig)
            self.proc.wait(timeout=30)

    def shutdown(self) -> None:
        """A clean stop: SHUTDOWN fsyncs the AOF."""
        try:
            self.client().shutdown(nosave=False)
        except redis.ConnectionError:
            pass
        if self.proc:
            self.proc.wait(timeout=30)

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=10)

    def used_memory(self) -> int:
        return int(self.client().info("memory")["used_memory"])

    def log(self) -> str:
        path = self.dir / "redis.log"
        return path.read_text(errors="replace") if path.exists() else ""


class Worker:
    """A worker subprocess: `timeline worker` by default, or `celery -A worker.app worker` with extra args.

    hooks=True puts tests/hooks on PYTHONPATH, so the worker imports tests/hooks/sitecustomize.py at start-up:
    the test-only fault hooks (slow, hanging and process-killing articles). Production code has no hook.
    """

    def __init__(self, env: dict[str, str], logfile: Path, concurrency: int = 2, hooks: bool = False,
                 command: str = "timeline", extra: list[str] | None = None):
        self.env = env
        self.logfile = Path(logfile)
        self.concurrency = concurrency
        self.hooks = hooks
        self.command = command
        self.extra = extra or []
        self.proc: subprocess.Popen | None = None
        self._log = None

    def argv(self) -> list[str]:
        if self.command == "timeline":
            return [str(VENV_BIN / "timeline"), "worker", f"--concurrency={self.concurrency}", "--loglevel=INFO",
                    *self.extra]
        queue = self.env["TIMELINE_QUEUE"]
        return [str(VENV_BIN / "celery"), "-A", "worker.app", "worker", f"--concurrency={self.concurrency}",
                "--loglevel=INFO", f"--queues={queue}", "--without-gossip", "--without-mingle", *self.extra]

    def start(self, wait_ready: bool = True) -> "Worker":
        env = dict(os.environ) | self.env
        env["PYTHONUNBUFFERED"] = "1"
        path = [str(REPO)] + ([str(HOOKS_DIR)] if self.hooks else [])
        env["PYTHONPATH"] = os.pathsep.join(path + [p for p in [env.get("PYTHONPATH")] if p])
        self._ready_before = self.log().count(" ready.")
        self._log = open(self.logfile, "ab")
        self.proc = subprocess.Popen(self.argv(), cwd=REPO, env=env, stdin=subprocess.DEVNULL, stdout=self._log,
                                     stderr=subprocess.STDOUT, start_new_session=True)
        if wait_ready:
            self.wait_ready()
        return self

    def wait_ready(self, timeout: float = 60) -> None:
        def ready():
            if self.proc.poll() is not None:
                raise RuntimeError(f"worker exited with {self.proc.returncode}:\n{self.log()[-3000:]}")
            return self.log().count(" ready.") > self._ready_before

        _wait(ready, timeout, "worker ready")
        _wait(lambda: len(self.pool_pids()) >= self.concurrency, 30, "pool processes started")

    @property
    def pid(self) -> int:
        return self.proc.pid

    def pool_pids(self) -> list[int]:
        return children(self.proc.pid) if self.proc else []

    def alive(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    def rss_kib(self) -> dict[int, int]:
        """RSS of the main process and each pool process."""
        pids = [self.proc.pid, *self.pool_pids()]
        return {pid: rss_kib(pid) for pid in pids}

    def kill_all(self) -> None:
        """SIGKILL the main process and its pool processes at once (the whole process group)."""
        if self.proc and self.proc.poll() is None:
            try:
                os.killpg(self.proc.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            self.proc.wait(timeout=30)

    def stop(self, timeout: float = 20) -> None:
        """Warm shutdown (SIGTERM), SIGKILL for the group if it takes too long."""
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                pass
        if self.proc:
            try:
                os.killpg(self.proc.pid, signal.SIGKILL)  # left-over pool processes, if any
            except (ProcessLookupError, PermissionError):
                pass
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                pass
        if self._log:
            self._log.close()
            self._log = None

    def log(self) -> str:
        return self.logfile.read_text(errors="replace") if self.logfile.exists() else ""


class Service:
    """One private redis-server and the workers started on it, all stopped by the fixture's finalizer."""

    def __init__(self, tmp: Path, separate_broker: bool = False, **redis_kwargs):
        self.tmp = tmp
        self.redis = RedisServer(tmp / "redis", **redis_kwargs).start()
        # the broker is the results Redis unless the test asks for its own (TIMELINE_BROKER_URL)
        self.broker = RedisServer(tmp / "broker", **redis_kwargs).start() if separate_broker else self.redis
        self.workers: list[Worker] = []
        self._apps = []

    def env(self, **overrides) -> dict[str, str]:
        env = {
            "REDIS_URL": self.redis.url, "TIMELINE_PREFIX": PREFIX,
            "TIMELINE_BROKER_URL": "" if self.broker is self.redis else self.broker.url,
            "TIMELINE_QUEUE": QUEUE, "TIMELINE_TASK_TIME_LIMIT": str(TIME_LIMIT),
            "TIMELINE_VISIBILITY_TIMEOUT": str(VISIBILITY), "TIMELINE_MAX_ATTEMPTS": "3",
            "TIMELINE_HEARTBEAT_SECONDS": "1",
        }
        return env | {k: str(v) for k, v in overrides.items()}

    def worker(self, concurrency: int = 2, hooks: bool = False, command: str = "timeline", start: bool = True,
               **env) -> Worker:
        w = Worker(self.env(**env), self.tmp / f"worker-{len(self.workers)}.log", concurrency=concurrency,
                   hooks=hooks, command=command)
        self.workers.append(w)
        return w.start() if start else w

    def producer(self):
        """The project's Producer, with its own Celery app pointed at this test's redis-server."""
        from celery import Celery

        from producer import Producer
        from timeline.config import Settings
        from worker.app import app as worker_app

        settings = Settings(redis_url=self.redis.url, broker_url=self.broker.url, prefix=PREFIX, queue=QUEUE)
        app = Celery("timeline-test-producer", broker=self.broker.url, set_as_current=False)
        app.conf.update({k: worker_app.conf[k] for k in (
            "task_serializer", "accept_content", "broker_transport_options", "task_default_queue")})
        app.conf.task_default_queue = QUEUE
        self._apps.append(app)
        return Producer(settings, app=app)

    def client(self):
        return self.redis.client()

    def broker_client(self):
        return self.broker.client()

    def log(self) -> str:
        return "\n".join(w.log() for w in self.workers)

    def close(self) -> None:
        for app in self._apps:
            try:
                app.close()
            except Exception:  # noqa: BLE001
                pass
        for w in self.workers:
            w.stop(timeout=15)
        self.redis.stop()
        self.broker.stop()


def queue_state(client) -> dict[str, int]:
    """What the broker still holds: queued messages (all priorities) and unacknowledged deliveries."""
    queued = sum(client.llen(k) for k in client.scan_iter(f"{QUEUE}*", count=1000) if client.type(k) == b"list")
    return {"queued": queued, "unacked": client.hlen("unacked"), "unacked_index": client.zcard("unacked_index")}


def wait_until_done(svc: Service, ids: list[str], timeout: float, failed: int = 0) -> float:
    """Wait until every article is stored (or failed), the queue is empty and nothing is unacked."""
    client = svc.client()
    keys = [f"{PREFIX}article:{i}" for i in ids]
    started = time.monotonic()
    deadline = started + timeout
    state = {}
    while time.monotonic() < deadline:
        stored = sum(client.exists(*keys[j:j + 1000]) for j in range(0, len(keys), 1000))
        state = queue_state(svc.broker_client()) | {"stored": stored, "failed": client.xlen(f"{PREFIX}failed")}
        if stored >= len(ids) - failed and state["failed"] >= failed and not (
                state["queued"] or state["unacked"] or state["unacked_index"]):
            return time.monotonic() - started
        time.sleep(0.2)
    log = svc.log()
    errors = [line for line in log.splitlines() if "CRITICAL/" in line or "ERROR/" in line]  # the tail may miss them
    raise AssertionError(f"not done within {timeout} s: {state}\n--- worker errors ---\n" + "\n".join(errors[-30:])
                         + f"\n--- worker logs ---\n{log[-6000:]}")


def stream_entries(client, key: str) -> list[dict]:
    out = []
    last = "-"
    while True:
        chunk = client.xrange(key, last, "+", count=10_000)
        if last != "-":
            chunk = chunk[1:]
        if not chunk:
            return out
        for entry_id, fields in chunk:
            out.append({k.decode(): v.decode() for k, v in fields.items()} | {"_id": entry_id.decode()})
        last = chunk[-1][0].decode()


def task_envelope(args=None, kwargs=None, *, task: str | None = "timeline.process", queue: str = QUEUE,
                  body: bytes | None = None, content_type: str = "application/json",
                  headers: dict | None = None) -> bytes:
    """A message in Celery's protocol 2 as kombu's Redis transport stores it, written by hand.

    This is what a producer in another language would LPUSH onto the queue list. ``body`` overrides the
    JSON-encoded ``[args, kwargs, embed]`` (for undecodable or pickled bodies).
    """
    import base64
    import json
    import uuid

    task_id = str(uuid.uuid4())
    if body is None:
        body = json.dumps([args if args is not None else [], kwargs or {},
                           {"callbacks": None, "errbacks": None, "chain": None, "chord": None}]).encode()
    head = {"lang": "py", "id": task_id, "root_id": task_id, "parent_id": None, "group": None,
            "retries": 0, "eta": None, "expires": None, "timelimit": [None, None]}
    if task is not None:
        head["task"] = task
    head |= headers or {}
    return json.dumps({
        "body": base64.b64encode(body).decode(), "content-encoding": "utf-8", "content-type": content_type,
        "headers": head,
        "properties": {"correlation_id": task_id, "delivery_mode": 2, "priority": 0, "body_encoding": "base64",
                       "delivery_info": {"exchange": "", "routing_key": queue}, "delivery_tag": str(uuid.uuid4())},
    }).encode()
