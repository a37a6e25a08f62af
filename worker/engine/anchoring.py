"""Date the events of sentences that carry no date: from a neighbouring dated sentence, or from the
publication day. Conservative: each choice comes with a confidence consumers can filter on.

Rules, first match wins (the sentence's main verb gives its tense):
- future, conditional or pluperfect main verb, or no trigger: not dated;
- shares a content word with the sentence before, which is dated: that date ("context", 0.75);
  a past-tense sentence opening with a pronoun or "the ..." after a dated one: 0.6;
- past tense and a dated sentence among the last few shares two content words: that date (0.6);
- an expression like "now" / "currently" in the sentence: publication day (0.8);
- present or present perfect tense: publication day (0.6 for reporting verbs, 0.45 otherwise);
- a past-tense reporting verb ("said") with nothing else to go on: publication day (0.5).
Context passes on from a context-dated sentence too, with its confidence reduced.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

from worker.engine import event_lexicon as lex
from worker.engine.triggers import Token, main_trigger, tense

LOOKBACK = 4  # sentences searched for a dated antecedent
CHAIN_DECAY = 0.85


@dataclass
class SentenceState:
    """What anchoring needs to know about one sentence."""

    index: int
    tokens: list[Token]
    words: frozenset[str]  # content lemmas
    dated: list = field(default_factory=list)  # events dated in or for this sentence
    confidence: float = 1.0  # of the dates in `dated`
    tense: str = "none"
    present_ref: bool = False  # holds "now", "currently", ...
    future_ref: bool = False


@dataclass
class Anchor:
    trigger: int
    kind: str  # "context" or "publication"
    confidence: float
    source: Optional[SentenceState] = None  # for context: the sentence whose dates are taken


def content_words(tokens: list[Token]) -> frozenset[str]:
    return frozenset(
        t.lemma for t in tokens
        if t.text.isalpha() and t.text.islower() and len(t.lemma) > 3 and t.lemma not in lex.STOPWORDS
        and t.tag != "A"
    )


def main_verb(tokens: list[Token]) -> Optional[int]:
    return next((c for c, t in enumerate(tokens) if t.tag == "V" and not t.quoted and not t.adjectival), None)


def choose(state: SentenceState, history: list[SentenceState]) -> Optional[Anchor]:
    """How to date an undated sentence, given the sentences before it (nearest last)."""
    tokens = state.tokens
    trigger = main_trigger(tokens)
    if trigger is None or state.future_ref:
        return None
    verb = main_verb(tokens)
    state.tense = tense(tokens, verb) if verb is not None else "none"
    if state.tense in ("future", "conditional", "pluperfect"):
        return None
    if tokens[trigger].lemma == "be":  # "He is responsible for the killing": the event noun is the event
        noun = next((c for c, t in enumerate(tokens) if t.tag == "N" and not t.quoted), None)
        trigger = noun if noun is not None else trigger

    previous = history[-1] if history else None
    if previous is not None and previous.index == state.index - 1 and previous.dated:
        shared = state.words & previous.words
        opener = tokens[0].lower in lex.ANAPHORS
        if shared:
            return Anchor(trigger, "context", round(0.75 * previous.confidence, 2), previous)
        if opener and state.tense == "past":
            return Anchor(trigger, "context", round(0.6 * previous.confidence, 2), previous)
    if state.tense == "past":
        for earlier in reversed(history):
            if state.index - earlier.index > LOOKBACK:
                break
            if earlier.dated and len(state.words & earlier.words) >= 2:
                return Anchor(trigger, "context", round(0.6 * earlier.confidence, 2), earlier)
    if state.present_ref:
        return Anchor(trigger, "publication", 0.8)
    if state.tense in ("present", "perfect"):
        reporting = tokens[verb].lemma in lex.REPORTING if verb is not None else False
        return Anchor(trigger, "publication", 0.6 if reporting else 0.45)
    if verb is not None and tokens[verb].lemma in lex.REPORTING and state.tense == "past":
        return Anchor(verb, "publication", 0.5)
    return None
