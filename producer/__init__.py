"""Submit articles to event-timeline's workers."""
from producer.submit import InvalidArticle, Producer, submit, submit_many, validate

__all__ = ["InvalidArticle", "Producer", "submit", "submit_many", "validate"]
