"""The `timeline` command: extract in-process, submit to workers, run a worker, read results."""
from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path

import click

from schemas import Article

EPILOG_EXTRACT = """\b
Examples:
  timeline extract examples/harbour-bridge.txt --published 2024-03-22
  timeline extract examples/harbour-bridge.txt -p 2024-03-22 --html harbour.html
  timeline extract examples/harbour-bridge.txt -p 2024-03-22 --format ics -o harbour.ics
  timeline extract examples/harbour-bridge.txt -p 2024-03-22 --format timeml > harbour.tml
  timeline extract harbour.tml                # TimeML in: its text, and its DCT as --published
  echo "The court ruled on Tuesday." | timeline extract - -p 2017-08-16 --format jsonl
"""
EVENT_FORMATS = ["table", "json", "jsonl", "csv", "ics"]


def _write_output(text: str, output: str | None) -> None:
    """Print, or write to OUTPUT exactly as given (CSV and iCalendar keep their CRLF line ends)."""
    if output and output != "-":
        try:
            Path(output).write_text(text, encoding="utf-8", newline="")
        except OSError as error:
            raise click.ClickException(f"cannot write {output}: {error.strerror}") from None
        click.echo(f"wrote {output}", err=True)
    else:
        click.echo(text, nl=False)


def _emit_events(events, fmt: str, output: str | None, title: str, html_out: str | None = None,
                 published=None, document=None, titles=None, page_title: str | None = None,
                 page_subtitle: str | None = None) -> None:
    """Events in FMT (table, json, jsonl, csv, ics), and the HTML page when asked for."""
    from timeline import export

    if html_out:
        from timeline.html import render_html

        subtitle = page_subtitle or (f"published {published}" if published else "")
        _write_output(render_html(events, title=page_title or title, subtitle=subtitle, published=published,
                                  titles=titles), html_out)
        if fmt == "table" and not output:
            return  # --html alone: the page is the output
    if fmt == "table":
        from rich.console import Console

        from timeline.render import print_events

        if output and output != "-":
            with open(output, "w", encoding="utf-8") as handle:
                print_events(list(events), title=title, show_article=len({e.article_id for e in events}) > 1,
                             console=Console(file=handle, width=120))
            click.echo(f"wrote {output}", err=True)
        else:
            print_events(list(events), title=title, show_article=len({e.article_id for e in events}) > 1)
    elif fmt == "json":
        _write_output((json.dumps(document, ensure_ascii=False, indent=2) if document is not None
                       else export.to_json(events)) + "\n", output)
    elif fmt == "ics":
        _write_output(export.to_ics(events, name=title), output)
    else:
        _write_output({"jsonl": export.to_jsonl, "csv": export.to_csv}[fmt](events), output)


def _published(value: str | None) -> dt.date | dt.datetime | None:
    if value is None:
        return None
    try:
        return Article.model_validate({"text": "x", "published_at": value}).published_at
    except Exception:  # noqa: BLE001
        raise click.BadParameter(f"{value!r} is not an ISO 8601 date such as 2017-08-16") from None


def read_text(source: str) -> str:
    """Read a text file (or '-' for stdin) as UTF-8, refusing binary or undecodable input clearly."""
    data = sys.stdin.buffer.read() if source == "-" else Path(source).read_bytes()
    if b"\x00" in data[:65536]:
        raise click.ClickException(f"{source}: looks like a binary file (it holds NUL bytes); give a UTF-8 text file")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise click.ClickException(
            f"{source}: not valid UTF-8 (byte {error.start}: {data[error.start:error.start + 1]!r}); "
            "convert it with e.g. `iconv -f latin1 -t utf-8`"
        ) from None


@click.group(context_settings={"help_option_names": ["-h", "--help"]}, epilog="""\b
Quick start:
  timeline extract examples/harbour-bridge.txt --published 2024-03-22           # no server needed
  timeline extract examples/harbour-bridge.txt -p 2024-03-22 --html harbour.html
  timeline worker &                                                             # needs Redis (REDIS_URL)
  timeline submit examples/harbour-bridge.txt -p 2024-03-22 --wait
  timeline stats

Run `timeline COMMAND --help` for a command's options and examples.
""")
@click.version_option(package_name="event-timeline")
def main() -> None:
    """Turn every date in news articles into dated events on a timeline."""


@main.command(epilog=EPILOG_EXTRACT)
@click.argument("source", default="-", type=click.Path(exists=True, allow_dash=True, dir_okay=False))
@click.option("--published", "-p", default=None,
              help="Publication date (ISO 8601), anchors relative dates. Required, except for TimeML (.tml) files.")
@click.option("--language", "-l", default="en", show_default=True, help="ISO 639-1 language code of the text.")
@click.option("--format", "fmt", type=click.Choice([*EVENT_FORMATS, "timeml"]), default="table", show_default=True,
              help="table: readable; json: events and expressions; jsonl: one event per line; csv; ics: "
                   "iCalendar; timeml: the text with inline TIMEX3 tags.")
@click.option("--id", "article_id", default=None, help="Article id (default: a content hash).")
@click.option("--html", "html_out", default=None, metavar="FILE",
              help="Also write a self-contained HTML page drawing the events on a time axis.")
@click.option("--output", "-o", default=None, metavar="FILE", help="Write the output to FILE instead of stdout.")
def extract(source: str, published: str | None, language: str, fmt: str, article_id: str | None,
            html_out: str | None, output: str | None) -> None:
    """Find the dates in SOURCE (a text or TimeML .tml file, or - for stdin) with no server, and print its events."""
    from producer.submit import InvalidArticle, validate
    from worker.engine import extract as run_extract

    if source != "-" and Path(source).suffix.lower() == ".tml":
        import re

        from timeline.timeml import read_timeml

        try:
            document = read_timeml(source)
        except Exception as error:  # noqa: BLE001  (malformed XML and the like)
            raise click.ClickException(f"{source}: not a readable TimeML file ({error})") from None
        text = document.text
        if published is None:
            if document.dct is None:
                raise click.UsageError(f"{source} has no DCT (publication date): give --published DATE")
            published = document.dct.isoformat()
        if article_id is None and document.docid and re.fullmatch(r"[^\s{}]{1,200}", document.docid):
            article_id = document.docid
    else:
        if published is None:
            raise click.UsageError("give the publication date with --published DATE (e.g. 2017-08-16): it anchors "
                                   "relative dates like 'yesterday'. TimeML (.tml) files carry their own.")
        text = read_text(source)
    try:
        article = validate({"id": article_id, "text": text, "published_at": published, "language": language},
                           label=source)
    except InvalidArticle as error:
        raise click.ClickException(str(error)) from None
    result = run_extract(article.text, article.published_at, article_id=article.id, language=article.language)
    if fmt == "timeml":
        from timeline.timeml import to_timeml

        _write_output(to_timeml(article.text, article.published_date, result.expressions, docid=article.id), output)
        if html_out:
            _emit_events(result.events, "table", None, source, html_out, article.published_date)
        return
    document = {
        "article_id": article.id, "published_at": article.published_at.isoformat(),
        "events": [e.model_dump(mode="json") for e in result.events],
        "expressions": [x.model_dump(mode="json") for x in result.expressions],
    }
    name = "stdin" if source == "-" else source
    lines = article.text.strip().splitlines()
    headline = lines[0].strip() if len(lines) > 2 and len(lines[0]) <= 150 and not lines[1].strip() else None
    _emit_events(result.events, fmt, output, f"{name} (published {article.published_date})"
                 if fmt == "table" else name, html_out, article.published_date, document,
                 page_title=headline or name, page_subtitle=f"{name} · published {article.published_date}")


EPILOG_SUBMIT = """\b
Examples:
  timeline submit examples/harbour-bridge.txt --published 2024-03-22
  timeline submit articles.jsonl              # one article per line: id, text, published_at, title, url, ...
  timeline submit news/ --published 2024-03-22 --progress   # every .txt/.json/.jsonl/.tml file inside
  cat articles.jsonl | timeline submit -
  timeline submit examples/harbour-bridge.txt -p 2024-03-22 --wait   # and print its timeline when done
"""


def _progress(enabled: bool | None):
    """A rich progress display on stderr, or None (default: only when stderr is a terminal)."""
    if enabled is False or (enabled is None and not sys.stderr.isatty()):
        return None
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    return Progress(SpinnerColumn(), TextColumn("{task.description:<10}"), BarColumn(), MofNCompleteColumn(),
                    TimeElapsedColumn(), console=Console(stderr=True), transient=False)


@main.command(epilog=EPILOG_SUBMIT)
@click.argument("files", nargs=-1, required=True, type=click.Path(allow_dash=True))
@click.option("--published", "-p", default=None,
              help="Publication date (ISO 8601) for plain-text files; JSON / JSON Lines give published_at per article.")
@click.option("--language", "-l", default="en", show_default=True, help="Default language (ISO 639-1).")
@click.option("--id", "article_id", default=None, help="Article id (one article only; default: a content hash).")
@click.option("--title", default=None, help="Default title.")
@click.option("--url", default=None, help="Default URL.")
@click.option("--source", default=None, help="Publisher or feed name.")
@click.option("--wait", "-w", "wait_", is_flag=True, help="Block until processed (or failed); print the timelines.")
@click.option("--timeout", type=float, default=120.0, show_default=True, help="With --wait: seconds to wait at most.")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "jsonl"]), default="table", show_default=True,
              help="With --wait: how to print the timelines.")
@click.option("--progress/--no-progress", default=None,
              help="Progress bars on stderr (default: when stderr is a terminal).")
@click.option("--batch-size", type=int, default=None, help="Articles per task message (default: TIMELINE_BATCH_SIZE).")
def submit(files, published, language, article_id, title, url, source, wait_, timeout, fmt, progress,
           batch_size) -> None:
    """Enqueue articles for the workers and print their ids.

    FILES are text files (with --published), JSON Lines files (.jsonl, one article per line), JSON files
    (.json, an article or a list), TimeML files (.tml), directories (every such file inside), or - for stdin.
    Every article is checked first: if one is bad, nothing is enqueued.
    """
    import redis

    from producer.submit import InvalidArticle, Producer
    from timeline import api
    from timeline.config import Settings

    if published is not None:
        _published(published)  # a clear error for a malformed date before reading anything
    try:
        articles = api.read_articles(files, published, language=language, title=title, url=url, source=source,
                                     article_id=article_id)
    except InvalidArticle as error:
        raise click.ClickException(f"{error}. Nothing was enqueued.") from None
    settings = Settings()
    try:
        redis.Redis.from_url(settings.redis_url, socket_connect_timeout=3, socket_timeout=3).ping()
        since = api.redis_time_id() if wait_ else None
    except redis.RedisError as error:
        raise click.ClickException(f"cannot reach Redis at {settings.describe()['redis_url']} ({error}). Start it "
                                   "(e.g. `redis-server`) or point REDIS_URL at it. Nothing was enqueued.") from None
    display = _progress(progress if progress is not None else (None if len(articles) > 1 or wait_ else False))
    producer = Producer()
    chunk = max(1, batch_size or settings.batch_size) * 5
    ids: list[str] = []
    try:
        if display:
            display.start()
            sending = display.add_task("enqueued", total=len(articles))
        for i in range(0, len(articles), chunk):
            ids += producer.submit_many(articles[i:i + chunk], batch_size)
            if display:
                display.update(sending, completed=len(ids))
    except Exception as error:  # noqa: BLE001  broker unreachable and the like
        if display:
            display.stop()
        raise click.ClickException(f"could not enqueue after {len(ids)} of {len(articles)} articles: {error}. "
                                   "Is Redis running at REDIS_URL?") from None
    if not wait_:
        if display:
            display.stop()
        for article_id_ in ids:
            click.echo(article_id_)
        return
    if display:
        working = display.add_task("processed", total=len(set(ids)))
    try:
        results = api.wait(ids, timeout=timeout, since=since, expect=api.content_hashes(articles),
                           on_progress=(lambda done, _total: display.update(working, completed=done))
                           if display else None)
    except api.WaitTimeout as error:
        results = error.done
        timed_out = error
    else:
        timed_out = None
    finally:
        if display:
            display.stop()
    _print_results(ids, results, fmt)
    failed = [i for i, r in results.items() if not hasattr(r, "events")]
    if timed_out is not None:
        raise click.ClickException(f"{timed_out}. Still pending: {', '.join(timed_out.pending[:10])}"
                                   f"{' ...' if len(timed_out.pending) > 10 else ''}")
    if failed:
        raise click.ClickException(f"{len(failed)} of {len(results)} articles failed; see `timeline failures`")


def _print_results(ids, results, fmt: str) -> None:
    """Timelines (and failures) of submitted articles, in submission order."""
    from timeline.render import print_events

    records = []
    for article_id_ in dict.fromkeys(ids):
        result = results.get(article_id_)
        if result is None:
            records.append({"article_id": article_id_, "status": "pending"})
        elif hasattr(result, "events"):
            records.append({"article_id": article_id_, "status": "done",
                            "timeline": json.loads(result.model_dump_json())})
            if fmt == "table":
                print_events(result.events, title=f"{result.title or article_id_} (published {result.published_at})")
        else:
            records.append({"article_id": article_id_, "status": "failed", "failure": json.loads(result.model_dump_json())})
            if fmt == "table":
                click.secho(f"{article_id_}: failed at {result.stage}: {result.reason}", fg="red", err=True)
    if fmt == "json":
        click.echo(json.dumps(records, ensure_ascii=False, indent=2))
    elif fmt == "jsonl":
        for record in records:
            click.echo(json.dumps(record, ensure_ascii=False))


@main.command(epilog="""\b
Examples:
  timeline worker                       # one process per CPU
  timeline worker --concurrency 2 --loglevel WARNING
  REDIS_URL=redis://redis:6379/0 timeline worker --pool solo
""")
@click.option("--concurrency", "-c", type=int, default=None, help="Worker processes (default: one per CPU).")
@click.option("--loglevel", default="INFO", show_default=True)
@click.option("--pool", default="prefork", show_default=True, type=click.Choice(["prefork", "solo", "threads"]))
def worker(concurrency: int | None, loglevel: str, pool: str) -> None:
    """Run a Celery worker for the project's queue (in the foreground)."""
    from worker.app import app, settings

    argv = ["worker", f"--loglevel={loglevel}", f"--queues={settings.queue}", f"--pool={pool}",
            "--without-gossip", "--without-mingle"]
    if concurrency:
        argv.append(f"--concurrency={concurrency}")
    app.worker_main(argv)


@main.command(epilog="""\b
Examples:
  timeline events --count 5             # the first five events, as JSON lines
  timeline events --follow              # wait for new ones (Ctrl-C to stop)
  timeline events -g indexer -c indexer-1 --follow   # as a consumer-group member, acknowledging
""")
@click.option("--follow", "-f", is_flag=True, help="Keep waiting for new events.")
@click.option("--group", "-g", default=None, help="Read as a member of this consumer group (acknowledging).")
@click.option("--consumer", "-c", default=None, help="Consumer name within the group.")
@click.option("--count", "-n", type=int, default=None, help="Stop after this many events.")
@click.option("--format", "fmt", type=click.Choice(["jsonl", "json"]), default="jsonl", show_default=True,
              help="jsonl: one stream entry per line, as they come; json: one array at the end (not with --follow).")
def events(follow: bool, group: str | None, consumer: str | None, count: int | None, fmt: str) -> None:
    """Print events from the stream as JSON lines."""
    from timeline.store import EventConsumer, TimelineStore

    if bool(group) != bool(consumer):
        raise click.UsageError("--group and --consumer go together")
    if fmt == "json" and follow:
        raise click.UsageError("--format json prints one array at the end, so it can't --follow; use jsonl")
    store = TimelineStore()
    printed = 0
    collected: list[dict] = []
    if fmt == "json":  # printed when the command ends, whichever way it returns
        click.get_current_context().call_on_close(
            lambda: click.echo(json.dumps(collected, ensure_ascii=False, indent=2)))

    def emit(entry) -> bool:
        nonlocal printed
        record = {"id": entry.entry_id, "op": entry.op, "event_id": entry.event_id,
                  "article_id": entry.article_id, "event": entry.event}
        if fmt == "json":
            collected.append(record)
        else:
            click.echo(json.dumps(record, ensure_ascii=False))
        printed += 1
        return count is not None and printed >= count

    if group:
        member = EventConsumer(group, consumer, store)
        while True:
            entries = member.read(count=100, block_ms=5_000 if follow else None)
            for i, entry in enumerate(entries):
                done = emit(entry)
                member.ack([entry])
                if done:
                    return
            if not entries and not follow:
                return
    source = store.follow() if follow else iter(store.read_events(count=count or 10_000_000))
    for entry in source:
        if emit(entry):
            return


EPILOG_SHOW = """\b
Examples:
  timeline show 4901d7580c846cfa                      # one article's timeline, as a table
  timeline show 4901d7580c846cfa --html harbour.html  # a page with the events on a time axis
  timeline show --from 2024-01-01 --to 2024-12-31 --grep bridge
  timeline show 4901d7580c846cfa --format ics -o harbour.ics   # opens in any calendar application
  timeline show --from 2022-01-01 --format csv > events.csv
"""


@main.command(epilog=EPILOG_SHOW)
@click.argument("article_id", required=False)
@click.option("--from", "date_from", default=None, help="With no ARTICLE_ID: events from this date (ISO).")
@click.option("--to", "date_to", default=None, help="With no ARTICLE_ID: events up to this date (ISO).")
@click.option("--grep", default=None, help="Only events whose sentence or description holds these words.")
@click.option("--format", "fmt", type=click.Choice(EVENT_FORMATS), default="table", show_default=True,
              help="table: readable; json: the timeline (or a list of events); jsonl: one event per line; "
                   "csv; ics: iCalendar.")
@click.option("--html", "html_out", default=None, metavar="FILE",
              help="Write a self-contained HTML page drawing the events on a time axis.")
@click.option("--output", "-o", default=None, metavar="FILE", help="Write the output to FILE instead of stdout.")
def show(article_id, date_from, date_to, grep, fmt, html_out, output) -> None:
    """Print ARTICLE_ID's timeline, or the events of all articles between --from and --to."""
    import redis

    from timeline.store import TimelineStore

    store = TimelineStore()
    try:
        if article_id:
            record = store.article(article_id)
            if record is None:
                raise click.ClickException(
                    f"no timeline for article {article_id!r} (not submitted, still queued, or failed: "
                    "see `timeline failures` and `timeline stats`)")
            published = record.published_at.date() if isinstance(record.published_at, dt.datetime) else record.published_at
            events = record.events
            if grep:
                words = grep.lower().split()
                events = [e for e in events
                          if all(w in f"{e.description or ''} {e.sentence} {e.trigger or ''}".lower() for w in words)]
            title = record.title or record.article_id
            _emit_events(events, fmt, output, f"{title} (published {published})" if fmt == "table" else title,
                         html_out, published, json.loads(record.model_dump_json()) if not grep else None,
                         page_title=title, page_subtitle=" · ".join(
                             str(x) for x in (record.source, f"published {published}", record.url) if x))
            return
        if not (date_from or date_to):
            raise click.UsageError("give an ARTICLE_ID, or --from/--to dates to query across articles")
        start, end = (_published(d) if d else None for d in (date_from, date_to))
        start, end = (d.date() if isinstance(d, dt.datetime) else d for d in (start, end))
        found = store.events_between(start, end, grep=grep)
        title = f"Events {date_from or '…'} to {date_to or '…'}" + (f" matching {grep!r}" if grep else "")
        titles = None
        if html_out:  # the page's legend names articles by title
            article_ids = list(dict.fromkeys(e.article_id for e in found))[:200]
            titles = {r.article_id: r.title for r in store.articles(article_ids) if r is not None and r.title}
        _emit_events(found, fmt, output, title, html_out, titles=titles)
    except redis.RedisError as error:
        raise click.ClickException(f"cannot read from Redis ({error}); is it running at REDIS_URL?") from None


@main.command(epilog="""\b
Examples:
  timeline failures
  timeline failures -n 100 | jq -r .reason
""")
@click.option("--count", "-n", type=int, default=20, show_default=True)
@click.option("--format", "fmt", type=click.Choice(["jsonl", "json", "table"]), default="jsonl", show_default=True)
def failures(count: int, fmt: str) -> None:
    """Print the latest failures (bad input, time limits), newest first."""
    from timeline.store import TimelineStore

    found = [{k: v for k, v in entry.items() if k != "failure"} for entry in TimelineStore().failures(count)]
    if fmt == "json":
        click.echo(json.dumps(found, ensure_ascii=False, indent=2))
    elif fmt == "table":
        from rich.console import Console
        from rich.table import Table

        table = Table(title="latest failures")
        for column in ("article_id", "stage", "reason"):
            table.add_column(column, overflow="fold")
        for entry in found:
            table.add_row(entry.get("article_id") or "(none)", entry.get("stage", ""), entry.get("reason", ""))
        Console().print(table)
    else:
        for entry in found:
            click.echo(json.dumps(entry, ensure_ascii=False))


@main.command(epilog="""\b
Examples:
  timeline stats
  timeline stats --json | jq .queued
""")
@click.option("--json", "as_json", is_flag=True, help="Print the figures as one JSON object.")
def stats(as_json: bool) -> None:
    """Show queue depth, processed, failed and events stored, and how many workers are alive."""
    import redis

    from timeline.store import TimelineStore
    from worker.app import settings

    store = TimelineStore()
    try:
        figures = store.stats()
        figures["queued"] = store.client.llen(settings.queue) if settings.broker_url == settings.redis_url else None
        figures["workers_alive"] = sum(1 for _ in store.client.scan_iter(store.keys.heartbeat("*"), count=1000))
    except redis.RedisError as error:
        raise click.ClickException(f"cannot read from Redis ({error}); is it running at REDIS_URL?") from None
    if as_json:
        click.echo(json.dumps(figures, indent=2))
        return
    from rich.console import Console
    from rich.table import Table

    rows = [
        ("queued", "task messages waiting in the queue (one holds a batch of articles)"),
        ("workers_alive", "workers with a fresh heartbeat"),
        ("processed", "articles processed and stored"),
        ("unchanged", "resubmissions of an article already stored as is"),
        ("replaced", "articles whose new text replaced an older version"),
        ("failed", "articles that failed (see `timeline failures`)"),
        ("pruned", "articles removed by `timeline prune` (retention)"),
        ("events", "events written"),
        ("indexed_events", "events stored now (in the date index)"),
        ("stream_length", "entries in the events stream"),
        ("failed_stream_length", "entries in the failures stream"),
    ]
    table = Table(title=f"timeline stats ({store.settings.prefix}*)", title_style="bold")
    table.add_column("figure")
    table.add_column("value", justify="right", style="bold")
    table.add_column("meaning", style="dim")
    for key, meaning in rows:
        value = figures.get(key, 0)
        table.add_row(key, "n/a" if value is None else f"{value:,}", meaning)
    for key in sorted(set(figures) - {k for k, _ in rows}):
        table.add_row(key, f"{figures[key]:,}" if isinstance(figures[key], int) else str(figures[key]), "")
    Console().print(table)


@main.command(epilog="""\b
Examples:
  timeline prune --older-than 90 --dry-run   # how many articles were processed over 90 days ago
  timeline prune --older-than 90             # remove them, with their events in the index and event data
""")
@click.option("--older-than", "days", type=click.FloatRange(min=0), required=True, metavar="DAYS",
              help="Remove articles processed more than DAYS days ago.")
@click.option("--dry-run", is_flag=True, help="Only count them.")
def prune(days: float, dry_run: bool) -> None:
    """Retention: remove old article records and their events from the date index and the event data.

    The events stream is not touched (it is trimmed to TIMELINE_STREAM_MAXLEN); consumers keep what they read.
    """
    import redis

    from timeline.store import TimelineStore
    from worker.retention import prune as prune_store

    store = TimelineStore()
    cutoff = dt.datetime.now(dt.timezone.utc) - dt.timedelta(days=days)
    try:
        result = prune_store(store.client, store.keys, cutoff, dry_run=dry_run)
    except redis.RedisError as error:
        raise click.ClickException(f"cannot prune ({error}); is Redis running at REDIS_URL?") from None
    verb = "would remove" if dry_run else "removed"
    count = result.expired if dry_run else result.removed
    click.echo(f"{verb} {count:,} of {result.scanned:,} articles (processed before {cutoff:%Y-%m-%d %H:%M} UTC)")


@main.command(epilog="""\b
Examples:
  timeline health                       # this host's worker (as in the compose health check)
  timeline health --any                 # any worker at all
  timeline health --worker worker-7f3a  # a named worker (its hostname)
""")
@click.option("--worker", "name", default=None, help="Heartbeat name (default: this host's name).")
@click.option("--any", "any_worker", is_flag=True, help="Healthy if any worker's heartbeat is fresh.")
def health(name: str | None, any_worker: bool) -> None:
    """Exit 0 if the worker's heartbeat in Redis is fresh (for container health checks)."""
    import redis

    from timeline.config import Settings
    from timeline.keys import Keys
    from worker.health import heartbeat_name

    settings = Settings()
    keys = Keys(settings.prefix)
    try:
        client = redis.Redis.from_url(settings.redis_url, socket_timeout=3)
        alive = (any(True for _ in client.scan_iter(keys.heartbeat("*"), count=1000)) if any_worker
                 else bool(client.exists(keys.heartbeat(heartbeat_name(name)))))
    except redis.RedisError as error:
        raise click.ClickException(f"Redis unreachable: {error}") from None
    if not alive:
        raise click.ClickException("no fresh worker heartbeat")
    click.echo("ok")


from timeline.evaluate import evaluate_command  # noqa: E402  (light: loads the tagger only when run)

main.add_command(evaluate_command, "evaluate")


@main.command()
@click.option("--quick", is_flag=True, help="A fast smoke run (small N, few rounds).")
@click.option("--only", "only", multiple=True, type=click.Choice(["engine", "pipeline", "scaling", "memory"]),
              help="Run only this part (repeatable; default: all).")
@click.option("-n", "n", type=int, default=None, help="Articles in the pipeline runs (default 5000; 200 with --quick).")
@click.option("--json-out", type=click.Path(dir_okay=False), default="bench/results/latest.json", show_default=True)
def bench(quick: bool, only: tuple[str, ...], n: int | None, json_out: str) -> None:
    """Measure the engine, the pipeline (own redis-server + worker), scaling and memory; print and save JSON."""
    from bench.report import render, write_json
    from bench.run import run

    results = run(only=only, quick=quick, n=n)
    click.echo(render(results))
    click.echo(f"\nfigures written to {write_json(results, json_out)}")


if __name__ == "__main__":
    main()
