"""Evaluate dated events: SemEval-2015 Task 4 TimeLine gold, and triggers against TimeBank event-time links.

SemEval (sentence level, as issue 4 defines it), for gold event mentions with a known date:
- recall: share of gold mentions whose sentence holds one of our events dated in agreement with the gold
  at the gold's granularity (ours 2010-06-07 agrees with gold 2010-06 and 2010; ours 2010 does not agree with
  gold 2010-06-07);
- precision: share of our events, in sentences holding gold mentions, that agree with a gold mention there.

TimeBank: for every TLINK between an EVENT and a DATE TIMEX3 (not the creation time), is the linked event's
word among the triggers of the events that timex dates: the word it modifies, the other words it dates
(coordinated verbs, aspectual complements, event-noun objects and subjects: triggers.co_triggers), and
events in neighbouring sentences dated from it (context anchoring)? Scored per link, per timex (any of its
linked events), and end to end over the events extract() emits with our own tagger (what a consumer, or an
independent scorer reading events' trigger fields, sees).

Per link, the figures come twice: over all links, and over the links whose event lies in the timex's own
sentence (in_sentence_link_accuracy, given the gold timex and end to end). The in-sentence one is the primary
figure for issue 4's trigger, "the verb or event noun the expression modifies": a word an expression modifies
is in its own sentence. About one TimeBank link in eight ties a date to an event in another sentence (most
often BEFORE/AFTER relations the annotators inferred across sentences, "... on Tuesday. Earlier, X had ..."):
no trigger, only context anchoring, can name those, and the all-links figure keeps them, so both are reported.
Sentences are split as the engine splits them (events._sentences), with the gold expressions.
"""
from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Optional
from xml.etree import ElementTree as ET

from schemas import TimeExpression
from worker.engine import extract
from worker.engine.intervals import interval

# ---------------------------------------------------------------- SemEval-2015 Task 4 documents and gold


@dataclass
class CatDocument:
    """A CAT XML document rebuilt as plain text, with each sentence's character span."""

    doc_id: str
    dct: Optional[dt.date]
    text: str
    sentences: list[tuple[int, int]]  # CAT sentence number -> [start, end) in text

    def sentence_at(self, offset: int) -> int:
        for number, (s, e) in enumerate(self.sentences):
            if s <= offset < e:
                return number
        return -1


@dataclass(frozen=True)
class GoldMention:
    doc_id: str
    sentence: int
    token: str
    value: str  # known part of the gold date: 2008-03-XX -> 2008-03


_NO_SPACE_BEFORE = re.compile(r"^(?:[.,;:!?)\]}%]|'s|'re|'ve|'ll|'d|'m|n't|')$", re.I)
_NO_SPACE_AFTER = {"(", "[", "{", "$", "``"}


def detokenize(sentences: list[list[str]]) -> tuple[str, list[tuple[int, int]]]:
    """Join tokenised sentences into readable text; headline-like lines end with a blank line."""
    parts: list[str] = []
    spans = []
    pos = 0
    for tokens in sentences:
        start = pos
        out = ""
        quote_open = False
        glue = True
        for token in tokens:
            if token == '"':
                if quote_open:
                    out += token
                    glue = False
                else:
                    out += ("" if glue else " ") + token
                    glue = True
                quote_open = not quote_open
                continue
            if not glue and not _NO_SPACE_BEFORE.match(token):
                out += " "
            out += token
            glue = token in _NO_SPACE_AFTER
        parts.append(out)
        pos += len(out)
        spans.append((start, pos))
        sep = "\n" if out[-1:] in ('.', '!', '?', '"', "'") else "\n\n"
        parts.append(sep)
        pos += len(sep)
    return "".join(parts), spans


def read_cat(path: Path, dct: Optional[dt.date] = None) -> CatDocument:
    root = ET.parse(path).getroot()
    by_sentence: dict[int, list[str]] = defaultdict(list)
    for token in root.iter("token"):
        by_sentence[int(token.get("sentence"))].append(token.text or "")
    count = max(by_sentence) + 1 if by_sentence else 0
    text, spans = detokenize([by_sentence.get(i, []) for i in range(count)])
    return CatDocument(root.get("doc_id"), dct, text, spans)


def _dcts(timeml_dir: Path) -> dict[str, dt.date]:
    found = {}
    for path in timeml_dir.glob("*.tml"):
        m = re.search(r"<DOCID>(\w+)</DOCID>.*?<DCT>.*?value=\"(\d{4}-\d\d-\d\d)", path.read_text("utf-8"), re.S)
        if m:
            found[m[1]] = dt.date.fromisoformat(m[2])
    return found


def read_gold(timelines_dir: Path) -> list[GoldMention]:
    """Gold mentions with a (partly) known date; XXXX-XX-XX ones are left out."""
    mentions = []
    for path in sorted(timelines_dir.glob("*.txt")):
        for line in path.read_text("utf-8").splitlines()[1:]:
            fields = line.rstrip("\n").split("\t")
            if len(fields) < 3:
                continue
            value = re.sub(r"(-XX)+$", "", fields[1])
            if not re.fullmatch(r"\d{4}(-\d\d){0,2}", value):
                continue
            for ref in fields[2:]:
                doc, sentence, token = ref.split("-", 2)
                mentions.append(GoldMention(doc, int(sentence), token, value))
    return mentions


def agrees(ours: str, gold: str) -> bool:
    """Our value names a time inside the gold date, at the gold's granularity."""
    span = interval(ours)
    if span is None or not re.fullmatch(r"\d{4}(-\d\d){0,2}", gold):
        return False
    gold_span = interval(gold)
    return gold_span is not None and gold_span[0] <= span[0] and span[1] <= gold_span[1]


@dataclass
class TimelineReport:
    gold: int = 0
    found: int = 0
    events: int = 0
    correct: int = 0
    misses: list[str] = field(default_factory=list)
    wrong: list[str] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return self.found / self.gold if self.gold else 0.0

    @property
    def precision(self) -> float:
        return self.correct / self.events if self.events else 0.0

    def as_dict(self) -> dict:
        return {
            "gold_mentions": self.gold, "recalled": self.found, "recall": round(self.recall, 4),
            "events_scored": self.events, "correct": self.correct, "precision": round(self.precision, 4),
        }


def _corpus_parts(root: Path) -> tuple[Path, Path, Path]:
    """(CAT documents, TimeML documents for the DCT, gold timelines) under a SemEval-2015 Task 4 folder."""
    cat = next((p for p in sorted(root.glob("Corpus*")) if p.is_dir() and not p.name.endswith(("TimeML", "timelines"))), root)
    tml = next((p for p in sorted(root.glob("Corpus*TimeML")) if "events" not in p.name), cat)
    gold = next((p for p in sorted(root.glob("TimeLines*")) if p.is_dir()), root)
    return cat, tml, gold


def score_timelines(
    documents: Iterable[CatDocument], gold: list[GoldMention], events_of: Callable[[CatDocument], list]
) -> TimelineReport:
    """Score events (objects with .value, .timex, .trigger_start, .anchor) against gold mentions."""
    by_sentence: dict[tuple[str, int], list[GoldMention]] = defaultdict(list)
    for g in gold:
        by_sentence[(g.doc_id, g.sentence)].append(g)
    ours: dict[tuple[str, int], list] = defaultdict(list)
    for doc in documents:
        for event in events_of(doc):
            where = event.trigger_start if event.anchor != "explicit" and event.trigger_start is not None else event.timex.start
            ours[(doc.doc_id, doc.sentence_at(where))].append(event)
    report = TimelineReport()
    for key, mentions in by_sentence.items():
        for g in mentions:
            report.gold += 1
            if any(agrees(e.value, g.value) for e in ours.get(key, [])):
                report.found += 1
            else:
                report.misses.append(f"{key[0]}-{key[1]} {g.token} {g.value}: ours {[e.value for e in ours.get(key, [])]}")
        for e in ours.get(key, []):
            report.events += 1
            if any(agrees(e.value, g.value) for g in mentions):
                report.correct += 1
            else:
                report.wrong.append(f"{key[0]}-{key[1]} {e.trigger} {e.value} ({e.anchor}): gold {sorted({g.value for g in mentions})}")
    return report


def load_semeval(root: Path) -> tuple[list[CatDocument], list[GoldMention]]:
    cat_dir, tml_dir, gold_dir = _corpus_parts(Path(root))
    dcts = _dcts(tml_dir)
    docs = []
    for path in sorted(cat_dir.glob("*.xml")):
        doc = read_cat(path)
        doc.dct = dcts.get(doc.doc_id)
        docs.append(doc)
    return docs, read_gold(gold_dir)


def evaluate_timelines(root: Path | str) -> TimelineReport:
    """SemEval-2015 Task 4 trial (or evaluation) folder -> recall and precision of dated events."""
    docs, gold = load_semeval(Path(root))

    def events_of(doc: CatDocument):
        if doc.dct is None:
            return []
        return extract(doc.text, doc.dct, article_id=doc.doc_id).events

    return score_timelines(docs, gold, events_of)


# ---------------------------------------------------------------- trigger accuracy on TimeBank event-time links

_GRANULARITY = [(r"\d{4}-\d\d-\d\dT", "part_of_day"), (r"\d{4}-\d\d-\d\d$", "day"), (r"\d{4}-\d\d$", "month"),
                (r"\d{4}-W\d\d-WE$", "weekend"), (r"\d{4}-W\d\d$", "week"), (r"\d{4}-Q", "quarter"),
                (r"\d{4}-H", "half"), (r"\d{4}-(SP|SU|FA|WI)$", "season"), (r"\d{4}$", "year"),
                (r"\d{3}$", "decade"), (r"\d{2}$", "century")]


def _granularity(value: str) -> str:
    return next((g for pattern, g in _GRANULARITY if re.match(pattern, value)), "reference")


def _share(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


@dataclass
class TriggerReport:
    links: int = 0
    links_correct: int = 0
    triggers: int = 0  # triggers given for the linked timexes (several per timex when it dates several events)
    timexes: int = 0
    timexes_correct: int = 0
    system_links: int = 0  # end to end: the timex found by our tagger, then its trigger
    system_links_correct: int = 0
    in_sentence_links: int = 0  # links whose event is in the timex's own sentence
    in_sentence_correct: int = 0
    system_in_sentence_links: int = 0
    system_in_sentence_correct: int = 0
    errors: list[str] = field(default_factory=list)  # per timex with none of its linked events found
    in_sentence_errors: list[str] = field(default_factory=list)  # per in-sentence link missed

    @property
    def accuracy(self) -> float:
        """Per link, given the gold timex."""
        return _share(self.links_correct, self.links)

    @property
    def timex_accuracy(self) -> float:
        """Per timex: our trigger is one of the events linked to it."""
        return _share(self.timexes_correct, self.timexes)

    @property
    def system_accuracy(self) -> float:
        return _share(self.system_links_correct, self.system_links)

    @property
    def in_sentence_accuracy(self) -> float:
        """Per link whose event is in the timex's own sentence, given the gold timex (the primary figure)."""
        return _share(self.in_sentence_correct, self.in_sentence_links)

    @property
    def system_in_sentence_accuracy(self) -> float:
        return _share(self.system_in_sentence_correct, self.system_in_sentence_links)

    def as_dict(self) -> dict:
        return {
            "in_sentence_links": self.in_sentence_links,
            "in_sentence_link_accuracy": round(self.in_sentence_accuracy, 4),
            "links": self.links, "link_accuracy": round(self.accuracy, 4),
            "timexes": self.timexes, "timex_accuracy": round(self.timex_accuracy, 4),
            "triggers_per_timex": round(self.triggers / self.timexes, 2) if self.timexes else 0.0,
            "system_link_accuracy": round(self.system_accuracy, 4),
            "system_in_sentence_link_accuracy": round(self.system_in_sentence_accuracy, 4),
            "note": "link_accuracy: the linked event is among the triggers of the events the timex dates "
                    "(explicit, co-dated and context events); in_sentence_link_accuracy: the same over links "
                    "whose event is in the timex's own sentence (the primary figure: the word an expression "
                    "modifies is in its sentence); timex_accuracy: any of its linked events is; system_*: the "
                    "same over the events extract() emits, with our own tagger",
        }


def _overlaps(a, start: int, end: int) -> bool:
    """Does a span, or any of a list of spans, overlap [start, end)?"""
    if isinstance(a, list):
        return any(_overlaps(s, start, end) for s in a)
    return a is not None and a[0] < end and start < a[1]


def trigger_accuracy(paths: Iterable[Path | str], *, end_to_end: bool = True) -> TriggerReport:
    """For every TLINK between an EVENT and an in-text DATE TIMEX3: is our trigger for that timex the
    linked event? Given the gold timex (primary figure) and, end to end, for timexes our tagger finds."""
    import bisect

    from timeline.timeml import iter_tml_files, read_timeml
    from worker.engine.events import _sentences, build_events, expression_triggers

    report = TriggerReport()
    for path in iter_tml_files(paths):
        doc = read_timeml(path)
        links = defaultdict(list)
        for link in doc.event_time_links():
            t = link.timex
            if t.type == "DATE" and t.function != "CREATION_TIME" and t.start >= 0:
                links[t.tid].append(link.event)
        if not links:
            continue
        gold = [TimeExpression(tid=t.tid, text=doc.text[t.start:t.end], start=t.start, end=t.end, type=t.type,
                               value=t.value or "X", granularity=_granularity(t.value or ""))
                for t in doc.gold if t.type in ("DATE", "TIME")]
        ours = expression_triggers(doc.text, gold)
        # events dated from a neighbouring sentence keep the expression that dates them: they count too
        for event in build_events(doc.docid or "doc", doc.text, "", gold, "eval", published=doc.dct):
            if event.anchor == "context" and event.trigger_start is not None:
                ours.setdefault(event.timex.tid, []).append((event.trigger_start, event.trigger_end))
        system = []
        if end_to_end and doc.dct is not None:
            # what a consumer sees: the events extract() emits, each with its trigger and expression
            system = [((e.timex.start, e.timex.end), (e.trigger_start, e.trigger_end))
                      for e in extract(doc.text, doc.dct, article_id=doc.docid or "doc").events
                      if e.trigger_start is not None and e.timex.end > e.timex.start]
        starts = [s for s, _ in _sentences(doc.text, gold)]
        timexes = doc.timexes
        for tid, events in links.items():
            t = timexes[tid]
            trigger = ours.get(tid)
            hits = [_overlaps(trigger, e.start, e.end) for e in events]
            sentence = bisect.bisect_right(starts, t.start)
            same = [bisect.bisect_right(starts, e.start) == sentence for e in events]
            report.links += len(events)
            report.links_correct += sum(hits)
            report.in_sentence_links += sum(same)
            report.in_sentence_correct += sum(h for h, s in zip(hits, same) if s)
            for e, h, s in zip(events, hits, same):
                if s and not h:
                    got = [doc.text[a:b] for a, b in trigger] if trigger else None
                    report.in_sentence_errors.append(f"{doc.docid} {t.text!r}: ours {got!r}, gold {e.text!r}")
            report.triggers += len(set(trigger or []))
            report.timexes += 1
            report.timexes_correct += any(hits)
            if not any(hits):
                got = [doc.text[a:b] for a, b in trigger] if trigger else None
                report.errors.append(f"{doc.docid} {t.text!r}: ours {got!r}, gold {[e.text for e in events]}")
            if end_to_end:
                match = [tr for x, tr in system if x[0] < t.end and t.start < x[1]]
                system_hits = [_overlaps(match, e.start, e.end) for e in events]
                report.system_links += len(events)
                report.system_links_correct += sum(system_hits)
                report.system_in_sentence_links += sum(same)
                report.system_in_sentence_correct += sum(h for h, s in zip(system_hits, same) if s)
    return report


def dated_events_report(timelines: Optional[Path], trigger_paths: list[Path], errors: bool = False) -> dict:
    """What `timeline evaluate --timelines DIR` / `--triggers PATHS` print (as a dict)."""
    out: dict = {}
    if timelines is not None:
        report = evaluate_timelines(timelines)
        out["timelines"] = report.as_dict()
        if errors:
            out["timelines"]["misses"], out["timelines"]["wrong"] = report.misses, report.wrong
    if trigger_paths:
        report = trigger_accuracy(trigger_paths)
        out["triggers"] = report.as_dict()
        if errors:
            out["triggers"]["errors"] = report.errors
            out["triggers"]["in_sentence_errors"] = report.in_sentence_errors
    return out
