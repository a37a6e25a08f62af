"""A short readable description of an event: the clause around its trigger and its date."""
from __future__ import annotations

from typing import Final

from worker.engine import event_lexicon as lex
from worker.engine.triggers import Token

MAX_LEFT: Final = 8  # words taken before the trigger/date to reach the subject
MAX_RIGHT: Final = 7  # words taken after them to finish the phrase
MAX_WORDS: Final = 28

_STOP_PUNCT: Final = frozenset(",;:()[]—–\"“”")
_LEFT_STOP_WORDS: Final = lex.CLAUSE_WORDS - {"as", "that"} | {"and", "but", "or"}
_RELATIVES: Final = lex.RELATIVES


def _left_edge(tokens: list[Token], lo: int) -> int:
    k = lo
    last = max(0, lo - MAX_LEFT)
    while k > last:
        t = tokens[k - 1]
        if t.text in _STOP_PUNCT or t.text in ".!?":
            break
        if t.lower in _RELATIVES and t.lower != "that" or t.lower == "that" and k - 2 >= 0 and tokens[k - 2].tag == "O":
            # "the warrant that was issued": keep the noun phrase the relative clause describes.
            k -= 1
            while k > 0 and lo - k < MAX_LEFT + 4 and tokens[k - 1].tag in ("O", "N") and tokens[k - 1].text not in _STOP_PUNCT \
                    and tokens[k - 1].lower not in lex.TIME_PREPOSITIONS | {"and", "or"}:
                k -= 1
            break
        if t.lower in _LEFT_STOP_WORDS:
            break
        k -= 1
    return k


def _right_edge(tokens: list[Token], hi: int) -> int:
    k = hi
    last = min(len(tokens), hi + MAX_RIGHT)
    while k < last:
        t = tokens[k]
        if t.text in _STOP_PUNCT or t.text in ".!?":
            break
        if t.tag == "C" or t.lower in ("and", "but", "or"):
            break
        if t.lower == "to" and k + 1 < len(tokens) and tokens[k + 1].tag == "V":
            break  # "to investigate ..." opens a new clause
        if t.tag == "V" and k > hi and tokens[k - 1].lower not in ("to",) and not t.adjectival:
            break
        k += 1
    return k


def describe(text: str, tokens: list[Token], spans: list[tuple[int, int]]) -> str:
    """The clause holding the given token spans [i, j), trimmed to a readable length."""
    lo, hi = spans[0]
    for i, j in spans:  # (a loop, not min and max over generators: it runs for every event)
        if i < lo:
            lo = i
        if j > hi:
            hi = j
    left, right = _left_edge(tokens, lo), _right_edge(tokens, hi)
    if right - left < 4:  # "..., Heba Morayef, said": reach over the commas for the subject
        while left > 0 and lo - left < MAX_LEFT and tokens[left - 1].text not in ".!?;:\"“”":
            left -= 1
    if right - left > MAX_WORDS:  # keep both ends, which hold the trigger and the date
        right = max(hi, left + MAX_WORDS)
    if left >= right:
        return ""
    while left < right and tokens[left].text in _STOP_PUNCT:
        left += 1
    while right > left and tokens[right - 1].text in _STOP_PUNCT:
        right -= 1
    return text[tokens[left].start:tokens[right - 1].end] if left < right else ""
