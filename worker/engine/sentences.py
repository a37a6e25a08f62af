"""Split text into sentences, keeping character offsets."""
from __future__ import annotations

import re
from typing import Final

Span = tuple[int, int]

_ABBREVIATIONS: Final = frozenset(
    "mr mrs ms dr prof sen rep gov gen col lt sgt st jr sr inc corp co ltd no vs etc jan feb mar apr "
    "aug sept sep oct nov dec u.s u.k u.n a.m p.m e.g i.e mt ft".split()
)
# Sentence-final punctuation before a capital or digit, or a blank line. It opens with a character set
# ([.!?\n], the branch then checking which it was) so that the regex engine skips to the next such
# character instead of trying both branches at every position.
_BOUNDARY: Final = re.compile(r"[.!?\n](?:(?<=[.!?])[.!?]*[\"'”’)\]]*(?=\s+[\"'“‘(\[]*[A-Z0-9])|(?<=\n)\s*\n)")


def sentence_spans(text: str) -> list[Span]:
    """[start, end) spans of the sentences of ``text``, whitespace trimmed."""
    spans, start = [], 0
    for m in _BOUNDARY.finditer(text):
        if m.group() == ".":
            stop = m.start()
            word = text[max(0, stop - 6):stop].split()[-1:] or [""]
            w = word[0].lower().lstrip("(\"'")
            if w in _ABBREVIATIONS or (len(w) == 1 and w.isalpha()):
                continue
        spans.append((start, m.end()))
        start = m.end()
    spans.append((start, len(text)))
    trimmed = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            trimmed.append((s, e))
    return trimmed
