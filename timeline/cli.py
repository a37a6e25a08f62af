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
                 published=None, document=None) -> None:
    """Events in FMT (table, json, jsonl, csv, ics), and the HTML page when asked for."""
    from timeline import export

    if html_out:
        from timeline.html import render_html

        subtitle = f"published {published}" if published else ""
        _write_output(render_html(events, title=title, subtitle=subtitle, published=published), html_out)
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


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="event-timeline")
def main() -> None:
    """Turn every date in news articles into dated events on a timeline."""


@main.command(epilog=EPILOG_EXTRACT)
@click.argument("source", default="-", type=click.Path(allow_dash=True, dir_okay=False))
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
    _emit_events(result.events, fmt, output, f"{name} (published {article.published_date})"
                 if fmt == "table" else name, html_out, article.published_date, document)


@main.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(allow_dash=True, dir_okay=False))
@click.option("--published", "-p", required=True, help="Publication date (ISO 8601) of the articles.")
@click.option("--language", "-l", default="en", show_default=True)
@click.option("--id", "article_id", default=None, help="Article id (one file only; default: a content hash).")
@click.option("--title", default=None)
@click.option("--url", default=None)
@click.option("--source", default=None, help="Publisher or feed name.")
def submit(files, published, language, article_id, title, url, source) -> None:
    """Enqueue article FILES for the workers and print their ids."""
    from producer.submit import InvalidArticle, Producer

    if article_id and len(files) > 1:
        raise click.UsageError("--id names one article; give one file, or leave ids to the content hash")
    articles = [{"id": article_id, "text": read_text(f), "published_at": published, "language": language,
                 "title": title, "url": url, "source": source} for f in files]
    try:
        ids = Producer().submit_many([{k: v for k, v in a.items() if v is not None} for a in articles])
    except InvalidArticle as error:
        raise click.ClickException(f"{error} (nothing was enqueued)") from None
    except Exception as error:  # broker unreachable and the like
        raise click.ClickException(f"could not enqueue: {error}. Is Redis running at REDIS_URL?") from None
    for article_id_ in ids:
        click.echo(article_id_)


@main.command()
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


@main.command()
@click.option("--follow", "-f", is_flag=True, help="Keep waiting for new events.")
@click.option("--group", "-g", default=None, help="Read as a member of this consumer group (acknowledging).")
@click.option("--consumer", "-c", default=None, help="Consumer name within the group.")
@click.option("--count", "-n", type=int, default=None, help="Stop after this many events.")
def events(follow: bool, group: str | None, consumer: str | None, count: int | None) -> None:
    """Print events from the stream as JSON lines."""
    from timeline.store import EventConsumer, TimelineStore

    if bool(group) != bool(consumer):
        raise click.UsageError("--group and --consumer go together")
    store = TimelineStore()
    printed = 0

    def emit(entry) -> bool:
        nonlocal printed
        click.echo(json.dumps({"id": entry.entry_id, "op": entry.op, "event_id": entry.event_id,
                               "article_id": entry.article_id, "event": entry.event}, ensure_ascii=False))
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


@main.command()
@click.argument("article_id", required=False)
@click.option("--from", "date_from", default=None, help="With no ARTICLE_ID: events from this date (ISO).")
@click.option("--to", "date_to", default=None, help="With no ARTICLE_ID: events up to this date (ISO).")
@click.option("--grep", default=None, help="Only events whose sentence or description holds these words.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
def show(article_id, date_from, date_to, grep, fmt) -> None:
    """Print ARTICLE_ID's timeline, or the events of all articles between --from and --to."""
    from timeline.render import print_events
    from timeline.store import TimelineStore

    store = TimelineStore()
    if article_id:
        record = store.article(article_id)
        if record is None:
            raise click.ClickException(
                f"no timeline for article {article_id!r} (not submitted, still queued, or failed: "
                "see `timeline failures`)")
        if fmt == "json":
            click.echo(record.model_dump_json(indent=2))
        else:
            print_events(record.events, title=f"{record.title or record.article_id} (published {record.published_at})")
        return
    if not (date_from or date_to):
        raise click.UsageError("give an ARTICLE_ID, or --from/--to dates to query across articles")
    start, end = (_published(d) if d else None for d in (date_from, date_to))
    found = store.events_between(start, end, grep=grep)
    if fmt == "json":
        for event in found:
            click.echo(event.model_dump_json())
    else:
        print_events(found, title=f"events {date_from or '...'} to {date_to or '...'}", show_article=True)


@main.command()
@click.option("--count", "-n", type=int, default=20, show_default=True)
def failures(count: int) -> None:
    """Print the latest failures (bad input, time limits) as JSON lines."""
    from timeline.store import TimelineStore

    for entry in TimelineStore().failures(count):
        click.echo(json.dumps({k: v for k, v in entry.items() if k != "failure"}, ensure_ascii=False))


@main.command()
def stats() -> None:
    """Print counters: processed, failed, events stored, queue depth."""
    from timeline.store import TimelineStore
    from worker.app import settings

    store = TimelineStore()
    figures = store.stats()
    figures["queued"] = store.client.llen(settings.queue) if settings.broker_url == settings.redis_url else None
    click.echo(json.dumps(figures, indent=2))


@main.command()
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
