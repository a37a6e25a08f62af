"""The JSON Schema files are the contract for other languages: they must match the models."""
from __future__ import annotations

import datetime as dt
import json

import pytest
from pydantic import ValidationError

from schemas import Article, content_hash
from schemas.export import SCHEMA_DIR, schema_files


def test_schema_files_are_in_sync_with_the_models():
    for name, text in schema_files().items():
        path = SCHEMA_DIR / name
        assert path.exists(), f"{name} missing: run python -m schemas.export"
        assert path.read_text(encoding="utf-8") == text, f"{name} is stale: run python -m schemas.export"


def test_every_schema_file_is_valid_json_with_properties():
    for name in schema_files():
        schema = json.loads((SCHEMA_DIR / name).read_text(encoding="utf-8"))
        assert schema["type"] == "object" and schema["properties"]


def test_article_id_is_derived_from_the_content_when_absent():
    a = Article(text="Talks resumed on Monday.", published_at="2017-08-16")
    b = Article(text="Talks resumed on Monday.", published_at=dt.date(2017, 8, 16))
    c = Article(text="Talks resumed on Tuesday.", published_at="2017-08-16")
    assert a.id == b.id != c.id
    assert Article(id="mine", text="x", published_at="2017-08-16").id == "mine"


def test_published_at_accepts_dates_and_datetimes():
    assert Article(text="x", published_at="2017-08-16T09:30:00Z").published_date == dt.date(2017, 8, 16)
    with pytest.raises(ValidationError, match="not an ISO 8601 date"):
        Article(text="x", published_at="yesterday")


@pytest.mark.parametrize("field, value, message", [
    ("text", "   ", "text is empty"),
    ("text", "a\x00b", "NUL bytes"),
    ("text", "\udcff", "lone surrogates"),
    ("language", "klingon", "unknown language code"),
    ("id", "has space", "String should match pattern"),
    ("extra", 1, "Extra inputs are not permitted"),
])
def test_bad_articles_are_refused_with_a_reason(field, value, message):
    data = {"text": "Talks resumed.", "published_at": "2017-08-16", field: value}
    with pytest.raises(ValidationError, match=message):
        Article.model_validate(data)


def test_size_limit_is_configurable():
    with pytest.raises(ValidationError, match="over the limit of 10 bytes"):
        Article.model_validate({"text": "é" * 6, "published_at": "2017-08-16"}, context={"max_text_bytes": 10})
    assert content_hash("abc") == content_hash("abc") != content_hash("abd")
