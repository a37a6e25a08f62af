"""Validate articles and enqueue them for the workers."""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Union

from pydantic import ValidationError

from schemas import Article, validation_message
from timeline.config import Settings

TASK_NAME = "timeline.process"
ArticleLike = Union[Article, Mapping]


class InvalidArticle(ValueError):
    """An article that can't be processed; the message says what is wrong. Nothing was enqueued."""


def validate(article: ArticleLike, settings: Settings | None = None, label: str = "article") -> Article:
    """Return a validated Article, or raise InvalidArticle saying what is wrong."""
    settings = settings or Settings()
    if isinstance(article, Article):
        article = article.model_dump()
    if not isinstance(article, Mapping):
        raise InvalidArticle(f"{label}: expected an Article or a mapping, got {type(article).__name__}")
    try:
        return Article.model_validate(dict(article), context={"max_text_bytes": settings.max_text_bytes})
    except ValidationError as error:
        name = article.get("id")
        where = f"{label} {name!r}" if name else label
        raise InvalidArticle(f"{where}: {validation_message(error)}") from None


class Producer:
    """Submits articles to the workers' queue. Reuse one instance: it keeps a broker connection pool."""

    def __init__(self, settings: Settings | None = None, app=None):
        self.settings = settings or Settings()
        if app is None:
            from worker.app import app  # noqa: PLC0415  (the app is configured from the environment)
        self.app = app

    def submit(self, article: ArticleLike) -> str:
        """Validate and enqueue one article; returns its id."""
        return self.submit_many([article], batch_size=1)[0]

    def submit_many(self, articles: Iterable[ArticleLike], batch_size: int | None = None) -> list[str]:
        """Validate every article first (nothing is enqueued if one is invalid), then enqueue in batches."""
        valid = [validate(a, self.settings, label=f"article #{i + 1}") for i, a in enumerate(articles)]
        size = max(1, batch_size or self.settings.batch_size)
        payloads = [a.model_dump(mode="json", exclude_none=True) for a in valid]
        with self.app.producer_or_acquire() as producer:
            for i in range(0, len(payloads), size):
                self.app.send_task(TASK_NAME, args=[payloads[i:i + size]], queue=self.settings.queue,
                                   producer=producer)
        return [a.id for a in valid]


_default: Producer | None = None


def _producer() -> Producer:
    global _default
    if _default is None:
        _default = Producer()
    return _default


def submit(article: ArticleLike) -> str:
    """Validate and enqueue one article with the environment's settings; returns its id."""
    return _producer().submit(article)


def submit_many(articles: Iterable[ArticleLike], batch_size: int | None = None) -> list[str]:
    """Validate all, then enqueue them in batches; returns their ids in order."""
    return _producer().submit_many(articles, batch_size)
