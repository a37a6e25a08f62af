"""Configuration from the environment, shared by producers, workers and the CLI."""
from __future__ import annotations

import os
from dataclasses import dataclass, field, fields


def _env(name: str, default: str) -> str:
    return os.environ.get(name, default)


@dataclass(frozen=True)
class Settings:
    redis_url: str = field(default_factory=lambda: _env("REDIS_URL", "redis://localhost:6379/0"))
    # The broker defaults to the results Redis; point it elsewhere (e.g. RabbitMQ) to scale past one Redis.
    broker_url: str = field(default_factory=lambda: _env("TIMELINE_BROKER_URL", "") or _env("REDIS_URL", "redis://localhost:6379/0"))
    prefix: str = field(default_factory=lambda: _env("TIMELINE_PREFIX", "timeline:"))
    queue: str = field(default_factory=lambda: _env("TIMELINE_QUEUE", "timeline"))
    max_text_bytes: int = field(default_factory=lambda: int(_env("TIMELINE_MAX_TEXT_BYTES", "1000000")))
    task_time_limit: float = field(default_factory=lambda: float(_env("TIMELINE_TASK_TIME_LIMIT", "60")))
    visibility_timeout: float = field(default_factory=lambda: float(_env("TIMELINE_VISIBILITY_TIMEOUT", "300")))
    stream_maxlen: int = field(default_factory=lambda: int(_env("TIMELINE_STREAM_MAXLEN", "1000000")))
    max_attempts: int = field(default_factory=lambda: int(_env("TIMELINE_MAX_ATTEMPTS", "3")))
    batch_size: int = field(default_factory=lambda: int(_env("TIMELINE_BATCH_SIZE", "20")))
    heartbeat_seconds: float = field(default_factory=lambda: float(_env("TIMELINE_HEARTBEAT_SECONDS", "10")))

    @property
    def task_soft_time_limit(self) -> float:
        return max(self.task_time_limit * 0.8, self.task_time_limit - 10)

    def describe(self) -> dict[str, object]:
        """Settings with passwords hidden, for logs and `timeline config`."""
        from redis.connection import parse_url  # noqa: PLC0415  (only needed here)

        shown = {f.name: getattr(self, f.name) for f in fields(self)}
        for name in ("redis_url", "broker_url"):
            url = str(shown[name])
            if "@" in url and url.startswith("redis"):
                password = parse_url(url).get("password")
                if password:
                    shown[name] = url.replace(password, "***", 1)
        return shown
