"""Date the events of sentences that carry no date: from a neighbouring dated sentence, or from the
publication day. Conservative: each choice comes with a confidence consumers can filter on.

Rules, first match wins (the sentence's main verb gives its tense):
- future, conditional or pluperfect main verb, or no trigger: not dated;
- opens with a temporal clause ("When ..., he praised"): not dated, its time is that clause's;
- right after a dateline (a line holding nothing but a day): that day (0.6);
- shares a content word with the sentence before, which is dated: that date ("context", 0.75), unless
  that date is background (years more than a year before publication, "the 1991 agreement") and the
  sentence reports, has no tense or names its event with a noun;
  a past-tense sentence opening with a pronoun or "the ..." after a dated one: 0.6;
  a present-tense one referring back ("It ...", "The phone ..." after "the iPhone") to a sentence
  dated to the day in its own words: 0.55;
  (a bare year carries over only with a shared word);
- past or perfect, and the next sentence dates the same verb ("has issued a warrant. The warrant, issued
  on Tuesday, ..."): that date (0.7);
- past tense and a dated sentence among the last few shares two content words: that date (0.6), not
  from background years;
- a sentence inside a quotation opened earlier: nothing more (its present is the speaker's);
- an expression like "now" / "currently" in the sentence: publication day (0.8);
- present or present perfect tense: publication day (0.6 for reporting verbs, 0.45 otherwise);
- past tense, and the article has a lead event (a day within the week before publication, dated in its
  first sentences): the lead event's date (0.5; 0.55 for reporting verbs);
- a past-tense reporting verb ("said") with nothing else to go on: publication day (0.5).
Context passes on from a context-dated sentence too, with its confidence reduced.
"""
from __future__ import annotations

import datetime as dt
from typing import Final, Optional

from worker.engine import event_lexicon as lex
from worker.engine.triggers import Token, Tokens, content_lemma, main_trigger, main_verb, tense, verb_group_start

LOOKBACK: Final = 4  # sentences searched for a dated antecedent
CHAIN_DECAY: Final = 0.85


class SentenceState:
    """What anchoring needs to know about one sentence. (A plain class, not a dataclass: compiled, its
    __init__ is native; a dataclass's generated __init__ ran as Python for every sentence.)"""

    def __init__(self, index: int, tokens: list[Token], words: frozenset[str], dated: Optional[list] = None,
                 confidence: float = 1.0, trigger_lemmas: frozenset[str] = frozenset(),
                 published: Optional[dt.date] = None, tense: str = "none", present_ref: bool = False,
                 future_ref: bool = False, dateline: bool = False, continues_quote: bool = False,
                 now_triggers: Optional[set] = None, own_date: bool = False) -> None:
        self.index = index
        self.tokens = tokens
        self.words = words  # content lemmas
        self.dated: list = [] if dated is None else dated  # events dated in or for this sentence
        self.confidence = confidence  # of the dates in `dated`
        self.trigger_lemmas = trigger_lemmas  # of the explicit events
        self.published = published
        self.tense = tense
        self.present_ref = present_ref  # holds "now", "currently", ...
        self.future_ref = future_ref
        self.dateline = dateline  # nothing but a date ("June 07, 2011" above the story)
        self.continues_quote = continues_quote  # starts inside a quotation opened in an earlier sentence
        # offsets of triggers "now"/"currently" dated already
        self.now_triggers: set = set() if now_triggers is None else now_triggers
        self.own_date = own_date  # holds a vague date of its own, under the emission floor ("in the 1990s")


class Anchor:
    def __init__(self, trigger: int, kind: str, confidence: float, source: Optional[SentenceState] = None) -> None:
        self.trigger = trigger
        self.kind = kind  # "context" or "publication"
        self.confidence = confidence
        self.source = source  # for context: the sentence whose dates are taken


def content_words(tokens: list[Token]) -> frozenset[str]:
    """Lemmas that tie sentences together: not function words, light verbs or, in a sentence that
    quotes someone, the words quoted."""
    if isinstance(tokens, Tokens):  # noted while tagging
        return frozenset(tokens.content or tokens.quoted_content)
    words = [t for t in tokens if t.tag != "A" and content_lemma(t.text, t.lemma)]
    own = [t.lemma for t in words if not t.quoted]
    return frozenset(own or [t.lemma for t in words])


def _refers_back(tokens: list[Token], previous: SentenceState) -> bool:
    """"It ...", "He ...", or "The phone ..." after a sentence about the iPhone."""
    first = tokens[0].lower
    if first in ("it", "he", "she", "they", "this", "these"):
        return True
    if first == "the" and len(tokens) > 1 and tokens[1].text.isalpha() and len(tokens[1].text) > 3:
        noun = tokens[1].lower
        return any(noun in t.lower for t in previous.tokens if t.text.isalpha())
    return False


# Dates that bound a state or say what came before or after ("since 2004", "until March") rather than
# when something happened: they are kept on their own events but date no other sentence.
SPAN_SIGNALS: Final = frozenset({"since", "until", "till", "by", "before", "after", "from", "through"})


def carried(source: SentenceState) -> list:
    """The source's dated events that may date other sentences."""
    return [e for e in source.dated if e.attributes.get("signal") not in SPAN_SIGNALS]


def passive(tokens: list[Token], verb: int) -> bool:
    """"This fact is explained by ...": a form of be right before the participle."""
    g = verb_group_start(tokens, verb)
    return any(t.lemma == "be" for t in tokens[g:verb]) and (tokens[verb].lower.endswith("ed") or tokens[verb].lower in lex.IRREGULAR)


def _stale(source: SentenceState) -> bool:
    """Is the date the source passes on more than a month before publication? A report ("said") is
    dated by such a sentence only when it gives its own date."""
    dated = carried(source)
    if source.published is None or not dated:
        return False
    first = min(dated, key=lambda e: e.timex.start)
    return first.end < source.published - dt.timedelta(days=31)


def _old_coarse(source: SentenceState) -> bool:
    """Are the source's dates years (or coarser) more than a year before publication ("the 1991
    agreement")? Background, seldom what the next sentences narrate."""
    if source.published is None or not source.dated:
        return False
    cutoff = source.published - dt.timedelta(days=365)
    return all(e.granularity in _COARSE and e.end <= cutoff for e in source.dated)


def _background(source: SentenceState, reporting: bool) -> bool:
    """Are the source's dates background for the next sentence: old and coarse, or (for a report) stale?"""
    return _old_coarse(source) or (reporting and _stale(source))


def _usable(source: SentenceState, shared: frozenset[str]) -> bool:
    """Day, week and month dates carry over; a bare year only with a shared word."""
    dated = carried(source)
    if not dated or all("range_start" in e.attributes for e in dated):
        return False  # a range ("1955-2011") spans time, it dates no single happening
    if source.published is not None and all(e.start > source.published for e in source.dated):
        return False  # plans ("until September 30") do not date what the next sentences tell
    return bool(shared) or all(e.granularity not in _COARSE for e in source.dated)


_TEMPORAL_OPENERS: Final = frozenset({"when", "after", "before", "since", "until", "once"})
_COARSE: Final = frozenset({"year", "decade", "century", "millennium", "half", "quarter", "season"})


def choose(state: SentenceState, history: list[SentenceState], following: Optional[SentenceState] = None,
           lead: Optional[SentenceState] = None) -> Optional[Anchor]:
    """How to date an undated sentence, given the sentences before it (nearest last), the next sentence
    and the article's lead event (its first day-dated sentence, within a week before publication)."""
    tokens = state.tokens
    verb = main_verb(tokens)
    trigger = main_trigger(tokens, verb)
    if trigger is None or state.future_ref:
        return None
    state.tense = tense(tokens, verb) if verb is not None else "none"
    if state.tense in ("future", "conditional", "pluperfect"):
        return None
    if tokens[0].lower in _TEMPORAL_OPENERS:
        return None  # "When Jobs first introduced iPhone 4, he praised ...": its own, unknown, time
    if tokens[trigger].lemma == "be":  # "He is responsible for the killing": the event noun is the event
        noun = next((c for c, t in enumerate(tokens) if t.tag == "N"), None)
        trigger = noun if noun is not None else trigger
    reporting = verb is not None and tokens[verb].lemma in lex.REPORTING and not passive(tokens, verb)

    previous = history[-1] if history else None
    if previous is not None and previous.index == state.index - 1 and previous.dateline and _usable(previous, frozenset()) \
            and state.tense in ("past", "perfect", "present", "none"):
        # "June 07, 2011" over "Apple CEO Steve Jobs introduced ...": the dateline dates the opening
        return Anchor(trigger, "context", 0.6, previous)
    if previous is not None and previous.index == state.index - 1:
        shared = state.words & previous.words
        noun_event = tokens[trigger].tag == "N"
        if shared and _usable(previous, shared) and (state.tense in ("past", "none") or noun_event) \
                and not _background(previous, reporting):
            return Anchor(trigger, "context", round(0.75 * previous.confidence, 2), previous)
        if tokens[0].lower in lex.ANAPHORS and state.tense == "past" and _usable(previous, shared) \
                and (not _background(previous, reporting) or tokens[0].lower in ("he", "she", "it", "they") and not reporting):
            return Anchor(trigger, "context", round(0.6 * previous.confidence, 2), previous)
        if state.tense == "present" and previous.confidence == 1.0 and _refers_back(tokens, previous) \
                and _usable(previous, shared) and all(e.granularity == "day" for e in previous.dated):
            # "Apple unveiled the iPhone 4 yesterday. The phone has a glass back."
            return Anchor(trigger, "context", 0.55, previous)
    if following is not None and following.dated and following.confidence == 1.0 and state.tense in ("past", "perfect"):
        # "The ICC has issued an arrest warrant ..." then "The warrant that was issued ... on Tuesday".
        if tokens[trigger].lemma in following.trigger_lemmas and len(state.words & following.words) >= 2:
            return Anchor(trigger, "context", 0.7, following)
    if state.tense == "past":
        for earlier in reversed(history):
            if state.index - earlier.index > LOOKBACK:
                break
            shared = state.words & earlier.words
            if len(shared) >= 2 and _usable(earlier, shared) and not _old_coarse(earlier) \
                    and not (reporting and _stale(earlier)):
                return Anchor(trigger, "context", round(0.6 * earlier.confidence, 2), earlier)
    if state.continues_quote:
        return None  # the present of someone quoted is the day they spoke, not the publication day
    if state.present_ref and state.tense != "past":  # not "Jobs announced a laptop, on sale now"
        return Anchor(trigger, "publication", 0.8)
    if state.tense in ("present", "perfect"):
        return Anchor(trigger, "publication", 0.6 if reporting else 0.45)
    if state.tense == "past" and lead is not None and lead.index < state.index:
        # News narrates its lead event: a past-tense sentence with nothing closer most likely tells it.
        return Anchor(trigger, "context", 0.55 if reporting else 0.5, lead)
    if reporting and verb is not None and state.tense == "past":
        return Anchor(verb, "publication", 0.5)
    return None
