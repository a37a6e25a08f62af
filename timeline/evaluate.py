"""Score time-expression taggers on TimeML gold, the way TempEval-3 Task A does.

For every document, system and gold TIMEX3s are paired one to one (``match``), then counted:

- strict extent: the pair's spans are identical; relaxed extent: they overlap.
  P = matches / system timexes, R = matches / gold timexes, F1 their harmonic mean.
- type F1  = (pairs with the right type  / relaxed matches) x relaxed F1
- value F1 = (pairs with the right value / relaxed matches) x relaxed F1
- The DCT (creation time) is not scored; counts are summed over all documents (micro-average).
- Per-type rows group gold timexes by their type; a system timex counts under the type of the
  gold it is paired with, and a false alarm under its own type, so the rows add up to the total.

Differences from the TE3 script, which compares tokens: we compare character spans, with
whitespace trimmed from span ends. Values and types are compared as exact strings after
trimming whitespace and upper-casing (2017-w05 == 2017-W05); nothing else is normalised.

Systems: ``rules`` (worker.engine.tag), ``dateparser`` (timeline.baseline), and TimeML files
written by any system (``system_dir``), matched to gold files by file name.
"""
from __future__ import annotations

import bisect
import difflib
import json
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Optional, Sequence, Union

import click

from timeline.timeml import TimeMLDocument, Timex, iter_tml_files, read_timeml

TYPES = ("DATE", "TIME", "DURATION", "SET")
BUILTIN_SYSTEMS = ("rules", "dateparser")
PathLike = Union[str, Path]


# ------------------------------------------------------------------------------------- counting

@dataclass
class Counts:
    gold: int = 0
    system: int = 0
    strict: int = 0  # pairs with identical spans
    relaxed: int = 0  # pairs (overlapping spans)
    type_ok: int = 0  # pairs with the right type
    value_ok: int = 0  # pairs with the right value

    def add(self, other: "Counts") -> None:
        for name in self.__dataclass_fields__:
            setattr(self, name, getattr(self, name) + getattr(other, name))

    def metrics(self) -> dict[str, Optional[float]]:
        """Scores as fractions; None where undefined (e.g. precision of a system that found nothing)."""
        def ratio(a, b):
            return a / b if b else None

        def f1(matched):
            return ratio(2 * matched, self.gold + self.system)  # = harmonic mean of P and R

        relaxed_f1 = f1(self.relaxed)
        type_acc, value_acc = ratio(self.type_ok, self.relaxed), ratio(self.value_ok, self.relaxed)
        return {
            "strict_p": ratio(self.strict, self.system), "strict_r": ratio(self.strict, self.gold),
            "strict_f1": f1(self.strict),
            "relaxed_p": ratio(self.relaxed, self.system), "relaxed_r": ratio(self.relaxed, self.gold),
            "relaxed_f1": relaxed_f1,
            "type_acc": type_acc,
            "type_f1": None if relaxed_f1 is None else (type_acc or 0.0) * relaxed_f1,
            "value_acc": value_acc,
            "value_f1": None if relaxed_f1 is None else (value_acc or 0.0) * relaxed_f1,
        }


def _norm(s: Optional[str]) -> str:
    return (s or "").strip().upper()


def _trim(t: Timex, text: str) -> tuple[int, int]:
    """The span without whitespace at its ends."""
    start, end = t.start, t.end
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def match(gold: Sequence[Timex], system: Sequence[Timex], text: str) -> list[tuple[int, int]]:
    """One-to-one (gold index, system index) pairs of overlapping timexes.

    Greedy: identical spans first, then larger character overlap, ties to the earlier gold
    and then the earlier system timex. A timex overlapping several others gets its best one;
    the others become misses or false alarms."""
    g_spans = [_trim(g, text) for g in gold]
    s_spans = sorted((_trim(s, text), j) for j, s in enumerate(system))
    s_starts = [span[0] for span, _ in s_spans]
    longest = max((e - s for (s, e), _ in s_spans), default=0)
    candidates = []
    for i, (gs, ge) in enumerate(g_spans):
        # only system spans starting in (gs - longest, ge) can overlap [gs, ge)
        for k in range(bisect.bisect_left(s_starts, gs - longest), bisect.bisect_left(s_starts, ge)):
            (ss, se), j = s_spans[k]
            overlap = min(ge, se) - max(gs, ss)
            if overlap > 0:
                candidates.append(((gs, ge) != (ss, se), -overlap, i, j))
    candidates.sort()
    used_g, used_s, pairs = set(), set(), []
    for _, _, i, j in candidates:
        if i not in used_g and j not in used_s:
            used_g.add(i)
            used_s.add(j)
            pairs.append((i, j))
    return sorted(pairs)


# ------------------------------------------------------------------------------------- results

def _timex_dict(t: Timex) -> dict:
    return {"tid": t.tid, "text": t.text, "start": t.start, "end": t.end, "type": t.type, "value": t.value}


def _context(text: str, start: int, end: int, width: int = 40) -> str:
    """The words around a span on one line, the span in [brackets]."""
    left, right = text[max(0, start - width):start], text[end:end + width]
    return " ".join(f"{left}[{text[start:end]}]{right}".split())


@dataclass
class DocResult:
    docid: str
    path: str
    counts: Counts
    by_type: dict[str, Counts]
    errors: list[dict]  # misses, false alarms and imperfect pairs
    note: Optional[str] = None  # a tagger failure, a missing system file, ...


@dataclass
class SystemResult:
    name: str
    docs: list[DocResult] = field(default_factory=list)
    seconds: float = 0.0  # time spent producing the system's annotations

    @property
    def counts(self) -> Counts:
        total = Counts()
        for d in self.docs:
            total.add(d.counts)
        return total

    @property
    def by_type(self) -> dict[str, Counts]:
        out: dict[str, Counts] = {t: Counts() for t in TYPES}
        for d in self.docs:
            for ty, c in d.by_type.items():
                out.setdefault(ty, Counts()).add(c)
        return out


def score_document(doc: TimeMLDocument, system: Sequence[Timex], note: Optional[str] = None) -> DocResult:
    """Counts and errors for one document's system timexes against its gold."""
    gold, text = doc.gold, doc.text
    pairs = match(gold, system, text)
    by_type: dict[str, Counts] = {}

    def bucket(ty: str) -> Counts:
        return by_type.setdefault(_norm(ty) or "?", Counts())

    counts, errors = Counts(gold=len(gold), system=len(system)), []
    for g in gold:
        bucket(g.type).gold += 1
    paired_g, paired_s = {i for i, _ in pairs}, {j for _, j in pairs}
    for i, j in pairs:
        g, s = gold[i], system[j]
        span_ok = _trim(g, text) == _trim(s, text)
        type_ok, value_ok = _norm(g.type) == _norm(s.type), _norm(g.value) == _norm(s.value)
        c = bucket(g.type)
        c.system += 1  # a paired system timex counts under its gold's type
        for cc in (counts, c):
            cc.relaxed += 1
            cc.strict += span_ok
            cc.type_ok += type_ok
            cc.value_ok += value_ok
        wrong = [k for k, ok in (("span", span_ok), ("type", type_ok), ("value", value_ok)) if not ok]
        if wrong:
            errors.append({"kind": "+".join(wrong), "gold": _timex_dict(g), "system": _timex_dict(s)})
    for i, g in enumerate(gold):
        if i not in paired_g:
            errors.append({"kind": "miss", "gold": _timex_dict(g), "system": None})
    for j, s in enumerate(system):
        if j not in paired_s:
            bucket(s.type).system += 1
            errors.append({"kind": "false_alarm", "gold": None, "system": _timex_dict(s)})
    for e in errors:
        t = e["gold"] or e["system"]
        e["context"] = _context(text, t["start"], t["end"])
    errors.sort(key=lambda e: (e["gold"] or e["system"])["start"])
    return DocResult(doc.docid, str(doc.path or ""), counts, by_type, errors, note)


# ------------------------------------------------------------------------------------- systems

def _from_expressions(expressions, text: str) -> list[Timex]:
    return [Timex(e.tid, e.start, e.end, text[e.start:e.end], e.type, e.value, getattr(e, "mod", None))
            for e in expressions]


def _tagger_system(tag: Callable) -> Callable[[TimeMLDocument], list[Timex]]:
    def run(doc: TimeMLDocument) -> list[Timex]:
        if doc.dct is None:
            raise ValueError("the file has no DCT (publication date) to anchor relative dates on")
        return _from_expressions(tag(doc.text, doc.dct, "en"), doc.text)
    return run


def _rules_tag(text, dct, language):
    from worker.engine import tag  # imported late: the tagger is large and changes often
    return tag(text, dct, language)


def _dateparser_tag(text, dct, language):
    from timeline.baseline import dateparser_tag
    return dateparser_tag(text, dct, language)


def _offset_mapper(src: str, dst: str) -> Callable[[int], int]:
    """Maps offsets in ``src`` to ``dst`` when a system file's text differs a little from the gold's."""
    blocks = difflib.SequenceMatcher(None, src, dst, autojunk=False).get_matching_blocks()

    def to_dst(pos: int) -> int:
        for a, b, size in blocks:
            if pos < a + size:
                return b + max(0, pos - a)  # inside a block, or in a gap before it: its start
        return len(dst)
    return to_dst


class _FilesSystem:
    """System output read from TimeML files under ``directory``, found by the gold file's name."""

    def __init__(self, directory: PathLike):
        self.directory = Path(directory)
        self.by_name: dict[str, Path] = {}
        for p in sorted(self.directory.rglob("*")):
            if p.is_file() and p.suffix.lower() in (".tml", ".xml", ".timeml"):
                self.by_name.setdefault(p.name, p)
                self.by_name.setdefault(p.name.split(".tml")[0].split(".xml")[0], p)

    def __call__(self, doc: TimeMLDocument) -> list[Timex]:
        name = doc.path.name if doc.path else doc.docid
        path = self.by_name.get(name) or self.by_name.get(name.split(".tml")[0])
        if path is None:
            raise FileNotFoundError(f"no system file for {name} in {self.directory}")
        out = read_timeml(path)
        if out.text == doc.text:
            return out.gold
        to_gold = _offset_mapper(out.text, doc.text)
        moved = []
        for t in out.gold:
            start = to_gold(t.start)
            end = max(start, to_gold(t.end - 1) + 1)  # map the last character, not the gap after it
            moved.append(Timex(t.tid, start, end, doc.text[start:end], t.type, t.value, t.mod))
        return moved


# ------------------------------------------------------------------------------------- the report

def _pct(x: Optional[float]) -> str:
    return "-" if x is None else f"{100 * x:.1f}"


_MAIN_ROWS = [
    ("Strict extent", "P", "strict_p"), ("", "R", "strict_r"), ("", "F1", "strict_f1"),
    ("Relaxed extent", "P", "relaxed_p"), ("", "R", "relaxed_r"), ("", "F1", "relaxed_f1"),
    ("Type", "accuracy", "type_acc"), ("", "F1", "type_f1"),
    ("Value", "accuracy", "value_acc"), ("", "F1", "value_f1"),
]
_TYPE_ROWS = [("strict F1", "strict_f1"), ("relaxed R", "relaxed_r"), ("relaxed F1", "relaxed_f1"),
              ("value acc", "value_acc"), ("value F1", "value_f1")]


@dataclass
class Report:
    systems: list[SystemResult]
    documents: int
    gold: int
    scoring_seconds: float = 0.0  # reading gold and scoring, without the systems' own time

    def to_dict(self, errors: bool = False) -> dict:
        def rounded(m):
            return {k: None if v is None else round(v, 4) for k, v in m.items()}

        out = {"documents": self.documents, "gold_timexes": self.gold, "dct_scored": False,
               "scoring_seconds": round(self.scoring_seconds, 3), "systems": {}}
        for s in self.systems:
            total = s.counts
            entry = {
                "counts": total.__dict__, "scores": rounded(total.metrics()), "seconds": round(s.seconds, 3),
                "by_type": {t: {"counts": c.__dict__, "scores": rounded(c.metrics())} for t, c in s.by_type.items()},
                "notes": {d.docid: d.note for d in s.docs if d.note},
            }
            if errors:
                entry["documents"] = [{"docid": d.docid, "path": d.path, "counts": d.counts.__dict__,
                                       "errors": d.errors} for d in s.docs]
            out["systems"][s.name] = entry
        return out

    def to_text(self, errors: bool = False) -> str:
        names = [s.name for s in self.systems]
        width = max([10] + [len(n) for n in names])
        col = lambda cells: "".join(f"  {c:>{width}}" for c in cells)  # noqa: E731
        totals = [s.counts for s in self.systems]
        metrics = [c.metrics() for c in totals]
        lines = [f"TempEval-3 Task A scoring: {self.documents} documents, {self.gold} gold TIMEX3 "
                 f"(DCT not scored), scores in %", "", f"{'':30}" + col(names)]
        for group, label, key in _MAIN_ROWS:
            lines.append(f"{group:20}{label:10}" + col(_pct(m[key]) for m in metrics))
        lines.append(f"{'System timexes':30}" + col(str(c.system) for c in totals))
        lines.append(f"{'Time (s)':30}" + col(f"{s.seconds:.1f}" for s in self.systems))
        lines += ["", "By gold type:"]
        by_types = [s.by_type for s in self.systems]
        for ty in sorted(set().union(*by_types), key=lambda t: (TYPES + (t,)).index(t)):
            n = by_types[0].get(ty, Counts()).gold
            for k, (label, key) in enumerate(_TYPE_ROWS):
                head = f"{ty} (n={n})" if k == 0 else ""
                cells = [_pct(b.get(ty, Counts()).metrics()[key]) for b in by_types]
                lines.append(f"  {head:18}{label:10}" + col(cells))
        for s in self.systems:
            notes = [d for d in s.docs if d.note]
            if notes:
                lines += ["", f"{s.name}: {len(notes)} document(s) scored as empty output:"]
                lines += [f"  {d.docid}: {d.note}" for d in notes[:20]]
                lines += [f"  ... and {len(notes) - 20} more"] if len(notes) > 20 else []
        if errors:
            for s in self.systems:
                lines += ["", f"===== Errors of {s.name} ====="]
                for d in s.docs:
                    if d.errors:
                        lines.append(f"--- {d.docid} ({d.path})")
                        lines += [_error_line(e) for e in d.errors]
        return "\n".join(lines) + "\n"


def _show(t: Optional[dict]) -> str:
    return f'"{t["text"]}" [{t["start"]}:{t["end"]}] {t["type"]} {t["value"]}'


def _error_line(e: dict) -> str:
    kind = e["kind"].upper().replace("_", " ")
    if e["gold"] and e["system"]:
        line = f"  {kind:16} gold {_show(e['gold'])}  |  system {_show(e['system'])}"
    else:
        line = f"  {kind:16} {_show(e['gold'] or e['system'])}"
    return f"{line}\n  {'':16} ...{e['context']}..."


# ------------------------------------------------------------------------------------- entry points

def evaluate(
    gold_paths: Union[PathLike, Iterable[PathLike]],
    system: Union[str, Sequence[str], None] = None,
    system_dir: Union[PathLike, Sequence[PathLike], None] = None,
    progress: Optional[Callable[[str], None]] = None,
) -> Report:
    """Score systems on the TimeML gold files under ``gold_paths`` (files or directories).

    ``system``: "rules", "dateparser" or a list of them (side by side); ``system_dir``: one or more
    directories of TimeML output from any system, scored as ``files:<dir name>``. With neither,
    the rules tagger is scored. A document a system fails on is scored as empty output and noted."""
    t0 = time.perf_counter()
    if isinstance(gold_paths, (str, Path)):
        gold_paths = [gold_paths]
    docs = [read_timeml(p) for p in iter_tml_files(gold_paths)]
    names = [system] if isinstance(system, str) else list(system or [])
    dirs = [system_dir] if isinstance(system_dir, (str, Path)) else list(system_dir or [])
    names = [n for n in names if n != "files"]  # "files" just means: use system_dir
    if not names and not dirs:
        names = ["rules"]
    runners: list[tuple[str, Callable]] = []
    for n in names:
        if n not in BUILTIN_SYSTEMS:
            raise ValueError(f"unknown system {n!r}; choose from {', '.join(BUILTIN_SYSTEMS)} or give a system_dir")
        runners.append((n, _tagger_system(_rules_tag if n == "rules" else _dateparser_tag)))
    for d in dirs:
        runners.append((f"files:{Path(d).name or d}", _FilesSystem(d)))

    results, system_seconds = [], 0.0
    for name, run in runners:
        if progress:
            progress(f"scoring {name} on {len(docs)} documents...")
        result = SystemResult(name)
        for doc in docs:
            start, note = time.perf_counter(), None
            try:
                output = run(doc)
            except Exception as e:  # one bad document must not end the run
                output, note = [], f"{type(e).__name__}: {e}"
            result.seconds += time.perf_counter() - start
            result.docs.append(score_document(doc, output, note))
        system_seconds += result.seconds
        results.append(result)
    elapsed = time.perf_counter() - t0
    return Report(results, len(docs), sum(len(d.gold) for d in docs), elapsed - system_seconds)


@click.command("evaluate")
@click.argument("paths", nargs=-1, required=False, type=click.Path(exists=True, path_type=Path))
@click.option("--system", "systems", multiple=True, type=click.Choice(BUILTIN_SYSTEMS),
              help="System to score (repeat to compare side by side). Default: rules.")
@click.option("--system-dir", "system_dirs", multiple=True, type=click.Path(exists=True, file_okay=False, path_type=Path),
              help="Directory of TimeML files from any system, matched to gold by file name (repeatable).")
@click.option("--errors", is_flag=True, help="List misses, false alarms and span/type/value mismatches per document.")
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
@click.option("--timelines", type=click.Path(exists=True, file_okay=False, path_type=Path),
              help="Score dated events on a SemEval-2015 Task 4 TimeLine folder (recall, precision).")
@click.option("--triggers", is_flag=True, help="Score event triggers on the TimeML PATHS' event-time TLINKs.")
def evaluate_command(paths, systems, system_dirs, errors, as_json, timelines, triggers):
    """Score time-expression tagging on TimeML gold (.tml files or directories), TempEval-3 Task A style."""
    if timelines or triggers:  # dated events instead of tagging (timeline/timelines_eval.py)
        from timeline.timelines_eval import dated_events_report
        click.echo(json.dumps(dated_events_report(timelines, list(paths) if triggers else [], errors), indent=2))
        return
    if not paths:
        raise click.UsageError("give TimeML files or directories to score")
    report = evaluate(paths, list(systems), list(system_dirs), progress=lambda m: click.echo(m, err=True))
    if report.documents == 0:
        raise click.ClickException("no .tml files found")
    click.echo(json.dumps(report.to_dict(errors), indent=2) if as_json else report.to_text(errors).rstrip("\n"))


if __name__ == "__main__":
    evaluate_command(prog_name=f"{Path(sys.executable).name} -m timeline.evaluate")
