"""The tagger on the TimeBank + AQUAINT development corpus: score floors, offsets and speed.

A small self-contained TempEval-3 Task A scorer (strict/relaxed extent, value F1) keeps these
checks independent of the CLI. The floors sit a little under the measured figures, so a rule
change that costs accuracy fails here.
"""
from __future__ import annotations

import datetime as dt
import html
import os
import re
import time
from pathlib import Path

import pytest

from worker.engine.tagger import tag

SHARED = Path(os.environ.get("TIMELINE_SHARED", Path(__file__).resolve().parents[2] / "shared"))
TBAQ = SHARED / "corpora" / "tbaq-cleaned"

_TAG = re.compile(r"<(/?)(\w+)([^>]*)>")
_ATTR = re.compile(r'(\w+)="([^"]*)"')


def parse_tml(path: Path) -> tuple[str, dt.date, list[tuple[int, int, dict]]]:
    """Plain text of <TEXT>, the DCT, and the gold TIMEX3 spans with their attributes."""
    raw = path.read_text(encoding="utf-8")
    dct = re.search(r"<DCT>.*?value=\"([^\"]+)\"", raw, re.S)[1]
    body = re.search(r"<TEXT>(.*?)</TEXT>", raw, re.S)[1]
    out, gold, open_tags, pos, n = [], [], [], 0, 0
    for m in _TAG.finditer(body):
        piece = html.unescape(body[pos:m.start()])
        out.append(piece)
        n += len(piece)
        pos = m.end()
        if m[2] == "TIMEX3":
            if not m[1]:
                open_tags.append((n, dict(_ATTR.findall(m[3]))))
            else:
                start, attrs = open_tags.pop()
                gold.append((start, n, attrs))
    out.append(html.unescape(body[pos:]))
    return "".join(out), dt.date.fromisoformat(dct[:10]), gold


@pytest.fixture(scope="module")
def corpus():
    files = sorted(TBAQ.glob("*/*.tml"))
    if not files:
        pytest.skip(f"TBAQ corpus not found under {TBAQ}")
    return [parse_tml(f) for f in files]


def f1(correct: int, system: int, gold: int) -> float:
    p, r = correct / system if system else 0.0, correct / gold if gold else 0.0
    return 2 * p * r / (p + r) if p + r else 0.0


def test_tbaq_scores_stay_above_their_floors(corpus):
    system = gold_n = strict = relaxed = values = 0
    for text, dct, gold in corpus:
        found = tag(text, dct)
        system += len(found)
        gold_n += len(gold)
        for start, end, attrs in gold:
            match = next((x for x in found if x.start < end and x.end > start), None)
            if match is None:
                continue
            relaxed += 1
            strict += (match.start, match.end) == (start, end)
            values += match.value == attrs.get("value")
    relaxed_f1 = f1(relaxed, system, gold_n)
    scores = {"strict": f1(strict, system, gold_n), "relaxed": relaxed_f1, "value": values / relaxed * relaxed_f1}
    assert gold_n == 1822
    assert scores["strict"] >= 0.875, scores
    assert scores["relaxed"] >= 0.935, scores
    assert scores["value"] >= 0.79, scores


def test_tbaq_expressions_slice_exactly_and_do_not_overlap(corpus):
    for text, dct, _ in corpus:
        found = tag(text, dct)
        for x in found:
            assert text[x.start:x.end] == x.text
        for a, b in zip(found, found[1:]):
            assert a.end <= b.start


def test_tbaq_tagging_is_fast(corpus):
    start = time.process_time()
    for text, dct, _ in corpus:
        tag(text, dct)
    per_doc_ms = (time.process_time() - start) / len(corpus) * 1000
    # about 1 ms per 2 KB document on a quiet machine; the bound leaves room for a busy one
    assert per_doc_ms < 6, per_doc_ms


@pytest.mark.parametrize("hostile", ["Monday " * 20000, "1" * 100000, "1 " * 50000, "May " * 20000, " " * 200000 + "May 5"])
def test_hostile_inputs_stay_linear(hostile):
    start = time.process_time()
    found = tag(hostile, dt.date(2013, 3, 22))
    assert time.process_time() - start < 5
    for x in found:
        assert hostile[x.start:x.end] == x.text
