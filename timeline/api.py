"""The Python API: extract dates in-process, or submit to the workers, wait, and read timelines back.

Reads well in a notebook::

    import timeline

    events = timeline.extract("The bridge reopens on 15 April 2024.", published="2024-03-22")
    events[0].value            # '2024-04-15'
    events                     # in Jupyter: the time axis and a table
    events.to_html("bridge.html"); events.to_ics(); events.to_csv()

    ids = timeline.submit_many(timeline.read_articles(["articles.jsonl"]))
    done = timeline.wait(ids, timeout=60)
    timeline.timeline(ids[0])  # the stored timeline, as the same list-like result
    timeline.events("2024-01-01", "2024-12-31", grep="bridge")

    member = timeline.consumer("my-group", "worker-1")   # a consumer-group member on the events stream
    for entry in member.read(block_ms=5000): ...; member.ack(entries)

Configuration comes from the environment (``REDIS_URL``, ``TIMELINE_PREFIX``...), as for the CLI.
"""
from __future__ import annotations

import datetime as dt
import json
import sys
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Optional, Union

from schemas import Article, ArticleTimeline, Event, Failure, TimeExpression, content_hash

if TYPE_CHECKING:
    from producer.submit import ArticleLike
    from timeline.store import EventConsumer, TimelineStore

DateLike = Union[str, dt.date, dt.datetime]
PathLike = Union[str, Path]
ARTICLE_SUFFIXES = (".txt", ".json", ".jsonl", ".tml")


class Timeline(list):
    """Events in chronological order: a plain ``list`` of :class:`schemas.Event`, plus context and exports.

    Attributes: ``article_id``, ``title``, ``published`` (date or None), ``expressions`` (every time
    expression found, dated or not; empty for cross-article queries).
    """

    def __init__(self, events: Iterable[Event] = (), *, article_id: Optional[str] = None, title: Optional[str] = None,
                 published: Optional[dt.date] = None, expressions: Sequence[TimeExpression] = ()):
        from timeline.render import chronological

        super().__init__(chronological(events))
        self.article_id, self.title, self.published = article_id, title, published
        self.expressions = list(expressions)

    @property
    def events(self) -> list[Event]:
        return list(self)

    @property
    def label(self) -> str:
        name = self.title or self.article_id or "Timeline"
        return f"{name} (published {self.published})" if self.published else name

    def to_jsonl(self) -> str:
        """One Event JSON per line."""
        from timeline.export import to_jsonl

        return to_jsonl(self)

    def to_csv(self) -> str:
        """CSV with a header row (RFC 4180)."""
        from timeline.export import to_csv

        return to_csv(self)

    def to_ics(self, name: Optional[str] = None) -> str:
        """An iCalendar file: one all-day VEVENT per event (write it with ``newline=""`` to keep CRLF)."""
        from timeline.export import to_ics

        return to_ics(self, name=name or self.title or self.article_id)

    def to_html(self, path: Optional[PathLike] = None, title: Optional[str] = None) -> str:
        """The self-contained HTML page (time axis and table); written to ``path`` when given."""
        from timeline.html import render_html

        page = render_html(self, title=title or self.title or self.article_id or "Timeline",
                           subtitle=f"published {self.published}" if self.published else "",
                           published=self.published)
        if path is not None:
            Path(path).write_text(page, encoding="utf-8")
        return page

    def to_timeml(self, text: str) -> str:
        """A TimeML document of ``text`` with inline TIMEX3 tags for this timeline's expressions."""
        from timeline.timeml import to_timeml

        if self.published is None:
            raise ValueError("TimeML needs the publication date (DCT)")
        return to_timeml(text, self.published, self.expressions, docid=self.article_id)

    def table(self) -> None:
        """Print the chronological table in the terminal."""
        from timeline.render import print_events

        print_events(self, title=self.label, show_article=len({e.article_id for e in self}) > 1)

    def _repr_html_(self) -> str:  # Jupyter
        from timeline.html import render_svg
        from timeline.render import human_date

        if not self:
            return "<p>No dated events.</p>"
        rows = "".join(f"<tr><td>{human_date(e)}</td><td>{e.granularity}</td>"
                       f"<td>{_escape(e.description or e.sentence)}</td><td>{_escape(e.article_id)}</td></tr>"
                       for e in self)
        style = ("<style>.tl-nb svg{max-width:100%;height:auto}.tl-nb .mark{fill:var(--c,#2563eb);stroke:var(--c,#2563eb)}.tl-nb .span .mark{fill-opacity:.3}"
                 ".tl-nb text{font:12px sans-serif}.tl-nb .grid{stroke:#e5e7eb}.tl-nb .axis-line{stroke:#9ca3af}"
                 ".tl-nb .break rect{fill:#f3f4f6}.tl-nb .break path{stroke:#9ca3af;fill:none}"
                 ".tl-nb .tick text,.tl-nb .break text{text-anchor:middle}"
                 ".tl-nb .label.end{text-anchor:end}.tl-nb .row-guide{stroke:transparent}</style>")
        return (f'<div class="tl-nb">{style}<b>{_escape(self.label)}</b>{render_svg(self, self.published)}'
                f"<table><tr><th>date</th><th>granularity</th><th>event</th><th>article</th></tr>{rows}</table></div>")

    def __repr__(self) -> str:
        from timeline.render import human_date

        lines = [f"<Timeline {self.label!r}: {len(self)} events>"]
        lines += [f"  {human_date(e):>20}  {' '.join((e.description or e.sentence).split())[:80]}" for e in self[:20]]
        if len(self) > 20:
            lines.append(f"  ... {len(self) - 20} more")
        return "\n".join(lines)


def _escape(text: str) -> str:
    import html

    return html.escape(" ".join(str(text).split()))


def _date(value: Optional[DateLike], what: str = "date") -> Optional[Union[dt.date, dt.datetime]]:
    if value is None or isinstance(value, (dt.date, dt.datetime)):
        return value
    try:
        return Article.model_validate({"text": "x", "published_at": value}).published_at
    except Exception:  # noqa: BLE001
        raise ValueError(f"{what} {value!r} is not an ISO 8601 date such as 2017-08-16") from None


def _day(value: Union[dt.date, dt.datetime]) -> dt.date:
    return value.date() if isinstance(value, dt.datetime) else value


# --- in-process ------------------------------------------------------------------------------------------

def extract(text: str, published: DateLike, *, article_id: Optional[str] = None, language: str = "en",
            title: Optional[str] = None) -> Timeline:
    """Find every date in ``text`` and return its events in chronological order (no server needed).

    ``published`` (ISO string, date or datetime) anchors relative dates like "yesterday" or "next month".
    Raises ``producer.InvalidArticle`` (a ValueError) saying what is wrong with bad input.
    """
    from producer.submit import validate
    from worker.engine import extract as run

    article = validate({"id": article_id, "text": text, "published_at": published, "language": language,
                        "title": title})
    result = run(article.text, article.published_at, article_id=str(article.id), language=article.language)
    return Timeline(result.events, article_id=article.id, title=title, published=article.published_date,
                    expressions=result.expressions)


def extract_file(path: PathLike, published: Optional[DateLike] = None, *, language: str = "en") -> Timeline:
    """:func:`extract` on a file: plain text (``published`` required) or TimeML ``.tml`` (its DCT is used)."""
    article = read_articles([path], published=published, language=language)[0]
    return extract(article.text, article.published_at, article_id=article.id, language=article.language,
                   title=article.title)


# --- reading articles from files -------------------------------------------------------------------------

def expand_paths(paths: Iterable[PathLike]) -> list[str]:
    """Files as given, and every .txt/.json/.jsonl/.tml file under each directory (sorted, hidden ones skipped)."""
    out: list[str] = []
    for raw in paths:
        path = Path(raw)
        if str(raw) != "-" and path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES
                           and not any(part.startswith(".") for part in p.relative_to(path).parts))
            if not found:
                raise ValueError(f"{raw}: no article files ({', '.join(ARTICLE_SUFFIXES)}) in this directory")
            out += [str(p) for p in found]
        elif str(raw) == "-" or path.is_file():
            out.append(str(raw))
        else:
            raise ValueError(f"{raw}: no such file or directory")
    return out


def _decode(data: bytes, label: str) -> str:
    if b"\x00" in data[:65536]:
        raise ValueError(f"{label}: looks like a binary file (it holds NUL bytes); give a UTF-8 text file")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ValueError(f"{label}: not valid UTF-8 (byte {error.start}); convert it with e.g. "
                         "`iconv -f latin1 -t utf-8`") from None


def _json_records(text: str, label: str, lines: bool) -> list[tuple[str, Any]]:
    if not lines:
        try:
            data = json.loads(text)
        except json.JSONDecodeError as error:
            raise ValueError(f"{label}: not valid JSON ({error.msg} at line {error.lineno} column {error.colno})") from None
        items = data if isinstance(data, list) else [data]
        return [(f"{label} item {i + 1}" if isinstance(data, list) else label, item) for i, item in enumerate(items)]
    records = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            records.append((f"{label} line {number}", json.loads(line)))
        except json.JSONDecodeError as error:
            raise ValueError(f"{label} line {number}: not valid JSON ({error.msg} at column {error.colno}); "
                             "JSON Lines needs one complete JSON object per line") from None
    return records


def read_articles(paths: Iterable[PathLike], published: Optional[DateLike] = None, *, language: str = "en",
                  title: Optional[str] = None, url: Optional[str] = None, source: Optional[str] = None,
                  article_id: Optional[str] = None) -> list[Article]:
    """Validated articles from files, directories, JSON / JSON Lines files and ``-`` (stdin).

    * ``.jsonl``: one article per line (``id``, ``text``, ``published_at``, ``title``, ``url``, ``language``,
      ``source``); ``.json``: one article object or a list of them. Fields missing there fall back to the
      keyword arguments (``published`` for ``published_at``...).
    * ``.tml``: a TimeML document; its text and DCT (publication date).
    * anything else: plain UTF-8 text; ``published`` is then required.
    * ``-``: stdin, read as JSON Lines when it starts with ``{``, else as plain text.

    Raises ``producer.InvalidArticle`` (a ValueError) naming the file and line of the first bad article;
    nothing is returned (or enqueued) then.
    """
    from producer.submit import InvalidArticle, validate

    defaults = {"published_at": published, "language": language, "title": title, "url": url, "source": source}
    found: list[tuple[str, Any, bool]] = []  # (label, record, is_plain_text)
    try:
        files = expand_paths(paths)
    except ValueError as error:
        raise InvalidArticle(str(error)) from None
    for name in files:
        label = "stdin" if name == "-" else name
        suffix = Path(name).suffix.lower()
        if suffix == ".tml":
            from timeline.timeml import read_timeml

            try:
                doc = read_timeml(name)
            except Exception as error:  # noqa: BLE001  (malformed XML and the like)
                raise InvalidArticle(f"{label}: not a readable TimeML file ({error})") from None
            record = {"text": doc.text, "published_at": doc.dct or published, "id": doc.docid or None}
            if record["published_at"] is None:
                raise InvalidArticle(f"{label}: the TimeML file has no DCT; give --published DATE")
            found.append((label, record, False))
            continue
        try:
            text = _decode(sys.stdin.buffer.read() if name == "-" else Path(name).read_bytes(), label)
        except ValueError as error:
            raise InvalidArticle(str(error)) from None
        if suffix in (".json", ".jsonl") or (name == "-" and text.lstrip().startswith("{")):
            try:
                records = _json_records(text, label, lines=suffix != ".json")
            except ValueError as error:
                raise InvalidArticle(str(error)) from None
            if not records:
                raise InvalidArticle(f"{label}: no articles in this file (it is empty)")
            found += [(where, record, False) for where, record in records]
        else:
            found.append((label, {"text": text}, True))
    if article_id and len(found) > 1:
        raise InvalidArticle("an explicit id names one article; give one file, or leave ids to the content hash")
    articles = []
    for label, record, plain in found:
        if not isinstance(record, Mapping):
            raise InvalidArticle(f"{label}: expected a JSON object with text and published_at, "
                                 f"got {type(record).__name__}")
        if plain and published is None:
            raise InvalidArticle(f"{label} is plain text, so its publication date is unknown: give --published "
                                 "DATE (or submit JSON Lines with a published_at field)")
        merged = {k: v for k, v in defaults.items() if v is not None} | {k: v for k, v in record.items()
                                                                         if v is not None}
        if article_id:
            merged["id"] = article_id
        articles.append(validate(merged, label=label))
    return articles


# --- the service -----------------------------------------------------------------------------------------

def submit(article: Union["ArticleLike", str, None] = None, *, published: Optional[DateLike] = None,
           **fields: Any) -> str:
    """Validate and enqueue one article for the workers; returns its id.

    Give an Article, a mapping, or the text with keywords: ``submit("text...", published="2024-03-22")``.
    """
    from producer.submit import submit as enqueue

    if isinstance(article, str) or article is None:
        article = {"text": article, **fields}
        if published is not None:
            article["published_at"] = published
    return enqueue(article)


def submit_many(articles: Iterable["ArticleLike"], batch_size: Optional[int] = None) -> list[str]:
    """Validate every article (nothing is enqueued if one is bad), enqueue them in batches; returns the ids."""
    from producer.submit import submit_many as enqueue

    return enqueue(articles, batch_size)


def store() -> "TimelineStore":
    """The reader over the Redis keys the workers write (one per process is plenty)."""
    global _store
    from timeline.store import TimelineStore

    if _store is None:
        _store = TimelineStore()
    return _store


_store: Optional["TimelineStore"] = None


class WaitTimeout(TimeoutError):
    """Raised by :func:`wait` when some articles are neither processed nor failed in time."""

    def __init__(self, message: str, done: dict, pending: list[str]):
        super().__init__(message)
        self.done, self.pending = done, pending


def redis_time_id(reader: Optional["TimelineStore"] = None) -> str:
    """A stream id for "now" by the Redis server's clock (to look only at failures after it)."""
    seconds, micros = (reader or store()).client.time()
    return f"{int(seconds) * 1000 + int(micros) // 1000}-0"


def wait(ids: Iterable[str], timeout: Optional[float] = 60.0, *, since: Optional[str] = None,
         expect: Optional[Mapping[str, str]] = None, poll: float = 0.2,
         on_progress: Optional[Callable[[int, int], None]] = None,
         reader: Optional["TimelineStore"] = None) -> dict[str, Union[ArticleTimeline, Failure]]:
    """Block until every article is processed or failed; returns ``{id: ArticleTimeline or Failure}``.

    ``since`` is a failures-stream id (see :func:`redis_time_id`): only failures after it count (default:
    the last 10 minutes). ``expect`` maps ids to content hashes (``schemas.content_hash(text)``) so an older
    stored version of the same id is not taken for the new one. ``on_progress(done, total)`` is called as
    articles finish. Raises :class:`WaitTimeout` (with ``.done`` and ``.pending``) after ``timeout`` seconds.
    """
    reader = reader or store()
    wanted = list(dict.fromkeys(ids))
    if since is None:
        now = redis_time_id(reader)
        since = f"{int(now.split('-')[0]) - 600_000}-0"
    done: dict[str, Union[ArticleTimeline, Failure]] = {}
    deadline = None if timeout is None else time.monotonic() + timeout
    last_failure = since
    reported = -1
    while True:
        pending = [i for i in wanted if i not in done]
        for start in range(0, len(pending), 500):
            chunk = pending[start:start + 500]
            for article_id, record in zip(chunk, reader.articles(chunk)):
                if record is not None and (not expect or expect.get(article_id) in (None, record.content_hash)):
                    done[article_id] = record
        entries: list[Any] = reader.client.xrange(reader.keys.failed, f"({last_failure}", "+", count=1000) or []
        for entry_id, raw_fields in entries:
            fields = {_text(k): _text(v) for k, v in (raw_fields or {}).items()}
            last_failure = _text(entry_id)
            article_id = fields.get("article_id", "")
            if article_id in wanted and article_id not in done:
                raw = fields.get("failure")
                done[article_id] = (Failure.model_validate_json(raw) if raw else Failure(
                    article_id=article_id, stage="validation", reason=fields.get("reason", ""),
                    input="", failed_at=dt.datetime.now(dt.timezone.utc)))
        if on_progress and len(done) != reported:
            reported = len(done)
            on_progress(len(done), len(wanted))
        if len(done) == len(wanted):
            return {i: done[i] for i in wanted}
        if entries and len(entries) == 1000:
            continue  # more failures to read right away
        if deadline is not None and time.monotonic() >= deadline:
            missing = [i for i in wanted if i not in done]
            raise WaitTimeout(f"{len(missing)} of {len(wanted)} articles not processed within {timeout:g} s "
                              f"(is a worker running? see `timeline health` and `timeline stats`)", done, missing)
        time.sleep(poll)


def _text(value: Any) -> str:
    return value.decode() if isinstance(value, bytes) else str(value)


def _as_timeline(record: ArticleTimeline) -> Timeline:
    published = record.published_at
    return Timeline(record.events, article_id=record.article_id, title=record.title,
                    published=_day(published), expressions=record.expressions)


def timeline(article_id: str) -> Optional[Timeline]:
    """The stored timeline of one article, or None if it is not (yet) processed."""
    record = store().article(article_id)
    return _as_timeline(record) if record is not None else None


def events(start: Optional[DateLike] = None, end: Optional[DateLike] = None, grep: Optional[str] = None,
           limit: int = 10_000) -> Timeline:
    """Events of all articles whose interval starts between ``start`` and ``end`` (inclusive), optionally
    only those whose sentence or description holds all the words of ``grep``."""
    low, high = _date(start, "start"), _date(end, "end")
    found = store().events_between(_day(low) if low else None, _day(high) if high else None, grep=grep, limit=limit)
    title = f"Events {low or '…'} to {high or '…'}" + (f" matching {grep!r}" if grep else "")
    return Timeline(found, title=title)


def consumer(group: str, name: str, start: str = "0") -> "EventConsumer":
    """Join consumer group ``group`` on the events stream as ``name`` (created if needed, from ``start``).

    Use ``.read(count, block_ms)``, ``.ack(entries)``, ``.claim_stale(min_idle_ms)`` (take over entries a
    dead member read but never acknowledged) and ``.read(pending=True)`` (re-read your own after a restart).
    """
    from timeline.store import EventConsumer

    return EventConsumer(group, name, store(), start=start)


def content_hashes(articles: Iterable[Article]) -> dict[str, str]:
    """``{id: content_hash(text)}`` for :func:`wait`'s ``expect``."""
    return {str(a.id): content_hash(a.text) for a in articles}


__all__ = ["Timeline", "WaitTimeout", "consumer", "content_hashes", "events", "expand_paths", "extract",
           "extract_file", "read_articles", "redis_time_id", "store", "submit", "submit_many", "timeline", "wait"]
