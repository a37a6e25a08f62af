"""Pydantic models that every part of event-timeline shares."""
from schemas.models import (
    ALL_MODELS,
    MAX_TEXT_BYTES,
    Article,
    ArticleTimeline,
    Event,
    Failure,
    TimeExpression,
    content_hash,
    trusted,
    validation_message,
)

__all__ = [
    "ALL_MODELS", "MAX_TEXT_BYTES", "Article", "ArticleTimeline", "Event", "Failure",
    "TimeExpression", "content_hash", "trusted", "validation_message",
]
