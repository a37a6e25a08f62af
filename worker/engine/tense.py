"""A cheap tense heuristic: is the clause around an expression about the past or the future?"""
from __future__ import annotations

import re

from worker.engine.lexicon import FUTURE_MARKERS, NOT_PAST_ED, PAST_MARKERS

_WORD = re.compile(r"[A-Za-z]+(?:'[a-z]+)?|'ll")
_BOUNDARY = re.compile(r"[.!?;:\n\"“”]\s|\n")
_PRESENT = {"is", "are", "am"}  # "the meeting is on Tuesday": present about a day means ahead
_SKIP_BEFORE_PARTICIPLE = {"be", "being", "is", "are", "am", "was", "were"}


_PAST_AUX = {"had", "was", "were", "been"}
# A date right after these is a deadline or a start: its direction is not the verb's tense.
_DEADLINE = re.compile(r"(?:\b(?:until|till|through|by|to|effective|payable|expire|expires|expiring|starting|beginning|record)\s+(?:on\s+)?)$", re.I)


_NOT_VERBS = {
    "the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "that", "these", "those", "him",
    "them", "me", "us", "it", "date", "day", "year", "month", "week", "about", "around", "more", "less", "some",
    "all", "each", "every", "what", "which", "whom", "whatever", "one", "two", "three", "four", "five", "ten",
}


def _looks_like_verb(word: str) -> bool:
    w = word.lower()
    return word.islower() and w not in _NOT_VERBS and not w.endswith("ed") and not w.endswith("ing") and not w.endswith("s")


def _marker(word: str, previous: str) -> int:
    """+1 future, -1 past, 0 none."""
    w = word.lower()
    if w.endswith("'ll") or w in FUTURE_MARKERS:
        return -1 if previous in _PAST_AUX else 1  # "had been scheduled", "was expected": past
    if w in PAST_MARKERS or (w.endswith("ed") and len(w) > 4 and w not in NOT_PAST_ED):
        # a participle after "be" ("will be held") is not a past tense
        return 0 if previous in _SKIP_BEFORE_PARTICIPLE else -1
    if w in _PRESENT:
        return 1
    return 0


_SOON = re.compile(r"(?:as soon as|as early as|no later than|in time for)\s+$", re.I)


def direction(text: str, start: int, end: int) -> int:
    """-1 past, +1 future, 0 unknown, from the nearest tense marker in the same clause."""
    if _SOON.search(text, max(0, start - 20), start):
        return 1
    if _DEADLINE.search(text, max(0, start - 25), start):
        way = _verb_direction(text, start, end)
        return way if way > 0 else 0
    return _verb_direction(text, start, end)


def _verb_direction(text: str, start: int, end: int) -> int:
    lo = max(0, start - 120)
    left = text[lo:start]
    cut = None
    for m in _BOUNDARY.finditer(left):
        cut = m.end()
    if cut is not None:
        left = left[cut:]
    words = _WORD.findall(left)
    for i in range(len(words) - 1, -1, -1):
        prev = words[i - 1].lower() if i else ""
        found = _marker(words[i], prev)
        nxt = words[i + 1] if i + 1 < len(words) else ""
        if words[i].lower() == "to" and nxt and _looks_like_verb(nxt):
            return 1  # "agreed to acquire ... in January", "planned to leave on Thursday"
        if found:
            return found
    right = text[end:end + 80]
    m = _BOUNDARY.search(right)
    if m:
        right = right[:m.start()]
    words = _WORD.findall(right)
    for i, word in enumerate(words[:10]):
        prev = words[i - 1].lower() if i else ""
        found = _marker(word, prev)
        if found:
            return found
    return 0
