"""The data contract shared by producers, workers and consumers (pydantic v2).

JSON Schema files for every model are generated into this folder by
``python -m schemas.export`` and kept in sync by a test.
"""
from __future__ import annotations

import datetime as dt
import hashlib
from typing import Literal, Optional, TypeVar, Union

from pydantic import BaseModel, ConfigDict, Field, ValidationError, ValidationInfo, field_validator, model_validator

MAX_TEXT_BYTES = 1_000_000  # default size limit; the service reads TIMELINE_MAX_TEXT_BYTES
MAX_ID_LENGTH = 200
FAILURE_INPUT_CHARS = 2_000  # a Failure keeps this much of the input

TimexType = Literal["DATE", "TIME", "DURATION", "SET"]
Granularity = Literal[
    "millennium", "century", "decade", "year", "half", "quarter", "season", "month",
    "week", "weekend", "day", "part_of_day", "hour", "minute", "second",
    "duration", "set", "reference",
]
AnchorKind = Literal["publication", "expression", "none"]
EventAnchor = Literal["explicit", "context", "publication"]


def content_hash(text: str) -> str:
    """A short, stable hash of an article's text."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


class Article(BaseModel):
    """An article submitted for processing."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=False)

    id: Optional[str] = Field(
        None, min_length=1, max_length=MAX_ID_LENGTH, pattern=r"^[^\s{}]+$",
        description="Caller's id; derived from a hash of the published date and text when absent.",
    )
    text: str = Field(..., description="The article body (plain text).")
    published_at: Union[dt.datetime, dt.date] = Field(
        ..., description="Publication date or datetime (ISO 8601); anchors relative dates."
    )
    title: Optional[str] = Field(None, max_length=2_000)
    url: Optional[str] = Field(None, max_length=4_000)
    language: str = Field("en", description="ISO 639-1 code of the text's language.")
    source: Optional[str] = Field(None, max_length=200)

    @field_validator("text")
    @classmethod
    def _text_is_usable(cls, text: str, info: ValidationInfo) -> str:
        limit = (info.context or {}).get("max_text_bytes", MAX_TEXT_BYTES)
        if not text.strip():
            raise ValueError("text is empty")
        if "\x00" in text:
            raise ValueError("text contains NUL bytes (binary data?)")
        try:
            size = len(text) if len(text) > limit else len(text.encode("utf-8"))
        except UnicodeEncodeError:
            raise ValueError("text is not valid Unicode (it holds lone surrogates)") from None
        if size > limit:
            raise ValueError(f"text is {size:,} bytes, over the limit of {limit:,} bytes")
        return text

    @field_validator("published_at", mode="before")
    @classmethod
    def _parse_published(cls, value):
        if not isinstance(value, (str, dt.date)):
            # pydantic would read a number as a Unix time (20170816 -> 1970-08-23): refuse it
            raise ValueError(f"published_at must be an ISO 8601 date string such as 2017-08-16, "
                             f"not {type(value).__name__}")
        if isinstance(value, str):
            try:
                if len(value) == 10:
                    return dt.date.fromisoformat(value)
                return dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
            except ValueError:
                raise ValueError(
                    f"published_at {value!r} is not an ISO 8601 date such as 2017-08-16"
                ) from None
        return value

    @field_validator("language")
    @classmethod
    def _known_language(cls, code: str) -> str:
        from schemas.languages import LANGUAGE_CODES

        code = code.strip().lower()
        if code not in LANGUAGE_CODES:
            raise ValueError(f"unknown language code {code!r}; use an ISO 639-1 code such as 'en'")
        return code

    @model_validator(mode="after")
    def _derive_id(self) -> "Article":
        if self.id is None:
            self.id = content_hash(f"{self.published_date.isoformat()}\n{self.text}")
        return self

    @property
    def published_date(self) -> dt.date:
        p = self.published_at
        return p.date() if isinstance(p, dt.datetime) else p


class TimeExpression(BaseModel):
    """A temporal expression found in the text, normalised to a TIMEX3 value."""

    tid: str = Field(..., description="Id within the article: t1, t2, ...")
    text: str = Field(..., description="Surface text; equals article.text[start:end].")
    start: int = Field(..., ge=0, description="Character offset where the expression starts.")
    end: int = Field(..., ge=0, description="Character offset just past the expression.")
    type: TimexType
    value: str = Field(..., description="TIMEX3 value, e.g. 2017-08-15, 2011-03, P3Y, PRESENT_REF.")
    mod: Optional[str] = Field(None, description="TIMEX3 mod: START, MID, END, APPROX, BEFORE, AFTER, ...")
    granularity: Granularity
    anchor: AnchorKind = Field(
        "none", description="What the value was computed from: the publication date, an earlier expression, or nothing."
    )
    anchor_tid: Optional[str] = Field(None, description="tid of the expression it was anchored on.")
    quant: Optional[str] = Field(None, description="TIMEX3 quant for sets (EVERY, EACH, ...).")
    freq: Optional[str] = Field(None, description="TIMEX3 freq for sets (e.g. 2X).")


class Event(BaseModel):
    """Something the article dates: a date expression, with the clause and trigger it dates."""

    event_id: str = Field(..., description="Deterministic: same article, same text, same expression -> same id.")
    article_id: str
    value: str = Field(..., description="TIMEX3 value of the date.")
    type: TimexType
    granularity: Granularity
    start: dt.date = Field(..., description="First day of the interval the value covers.")
    end: dt.date = Field(..., description="Day after the last day of the interval (exclusive).")
    timex: TimeExpression
    sentence: str = Field(..., description="The sentence holding the expression.")
    sentence_start: int = Field(..., ge=0, description="Character offset of the sentence in the text.")
    description: Optional[str] = Field(None, description="Short readable clause around trigger and date.")
    trigger: Optional[str] = Field(None, description="The verb or event noun the date modifies, when found.")
    trigger_start: Optional[int] = Field(None, ge=0)
    trigger_end: Optional[int] = Field(None, ge=0)
    anchor: EventAnchor = Field("explicit", description="explicit: dated in its own sentence; context: by a neighbour; publication: by the publication date.")
    confidence: float = Field(1.0, ge=0.0, le=1.0)
    cluster_id: Optional[str] = Field(None, description="Shared by events of different articles about the same happening.")
    attributes: dict[str, str] = Field(default_factory=dict, description="Durations and sets attached to the event.")
    extractor: str = Field(..., description="Extractor name and version that produced it.")


class ArticleTimeline(BaseModel):
    """An article's processed result: its events in chronological order."""

    article_id: str
    title: Optional[str] = None
    url: Optional[str] = None
    source: Optional[str] = None
    language: str = "en"
    published_at: Union[dt.datetime, dt.date]
    content_hash: str
    status: Literal["done"] = "done"
    events: list[Event]
    expressions: list[TimeExpression] = Field(default_factory=list, description="Every expression found, dated or not.")
    processed_at: dt.datetime
    extractor: str


class Failure(BaseModel):
    """A record of input that could not be processed."""

    article_id: Optional[str] = None
    stage: Literal["validation", "extraction", "storage", "time_limit", "worker_lost"]
    reason: str
    input: str = Field(..., description="Truncated copy of the input.")
    attempts: int = 1
    failed_at: dt.datetime


Model = TypeVar("Model", bound=BaseModel)


def trusted(model: type[Model], values: dict) -> Model:
    """An instance of ``model`` from values that are valid by construction, every field given in the
    model's order (results a module builds itself, never input): pydantic's validation skipped the way
    ``model_construct`` skips it, without its per-field Python loop, which costs more than validating.
    The instance keeps ``values`` as its field dict. Validates instead if the fields do not match."""
    known = _FIELDS.get(model)
    if known is None:
        fields = _plain_fields(model)
        known = _FIELDS[model] = (fields, set(fields or ()))
    if tuple(values) != known[0]:
        return model(**values)
    instance = _new(model)
    _setattr(instance, "__dict__", values)
    _setattr(instance, "__pydantic_fields_set__", known[1].copy())  # (a copy: cheaper than set(values))
    _setattr(instance, "__pydantic_extra__", None)
    _setattr(instance, "__pydantic_private__", None)
    return instance


# (trusted runs for every expression and event: a dict lookup and bound builtins, not a cached call and
# attribute lookups; pydantic models take object's __new__)
_FIELDS: dict[type, tuple[Optional[tuple[str, ...]], set[str]]] = {}  # model -> its fields, as _plain_fields and a set
_new = object.__new__
_setattr = object.__setattr__


def _plain_fields(model: type[BaseModel]) -> Optional[tuple[str, ...]]:
    """The model's field names, if an instance is no more than its field dict (no post-init, root
    model or extra fields), else None."""
    plain = not model.__pydantic_post_init__ and not model.__pydantic_root_model__ \
        and model.model_config.get("extra") != "allow"
    return tuple(model.model_fields) if plain else None


ALL_MODELS = (Article, TimeExpression, Event, ArticleTimeline, Failure)


def validation_message(error: ValidationError) -> str:
    """A pydantic error as one readable line: 'text: text is empty; published_at: Field required'."""
    parts = []
    for item in error.errors():
        where = ".".join(str(p) for p in item["loc"]) or "article"
        parts.append(f"{where}: {item['msg'].removeprefix('Value error, ')}")
    return "; ".join(parts)
