"""Turn time expressions into dated events: what happened, when, in which sentence.

- Every DATE/TIME expression with a calendar interval dates one event ("explicit"): its trigger (the verb
  or event noun it modifies), a short description (the clause around both), the sentence and a stable id.
- Two dates joined in one phrase ("in 2016 and 2017", "from March to May") give two events with the same
  trigger; each names the other in its attributes ("and": other value, or "range_start"/"range_end").
- A date that dates several words gives one event per word: coordinated verbs ("was arrested and charged
  on Tuesday"), what an aspectual verb begins ("began trading in August"), an event noun object or subject
  ("completed the purchase yesterday"), the clause an opening adverbial dates ("In composite trading
  Friday, X closed"). These events say how they relate: attributes "relation" and "shares_date_with".
- "now"/"currently" date their own event to the publication day (anchor "publication", attribute "now").
- Confidence, and a floor for emission (MIN_CONFIDENCE, build_events(min_confidence=0) keeps all): a date
  in a would/could/can clause (attribute "modality"), a comparison's baseline ("compared with a year ago",
  attribute "role") and decade/century dates (attribute "vague") fall under it by default.
- Durations and sets are not dated events: they go into the attributes of the event in their sentence.
- Sentences without a date may be dated from context or the publication day (see anchoring.py); so may
  the main reporting verb of a sentence whose date belongs to the reported clause ("Jobs announced that
  Leopard would ship in 2007": "announced" gets its own context/publication event).
- cluster_id: hash of the day/month/year value, the trigger's lemma and a key participant word, so that
  articles about the same happening share it without any cross-article state.
"""
from __future__ import annotations

import bisect
import datetime as dt
import hashlib
import re
from functools import lru_cache
from typing import Final, Optional

from schemas import Event, TimeExpression, trusted
from worker.engine import event_lexicon as lex
from worker.engine.anchoring import Anchor, SentenceState, carried, choose, content_words, passive
from worker.engine.clauses import describe
from worker.engine.intervals import interval
from worker.engine.sentences import sentence_spans
from worker.engine.triggers import (
    Token, Tokens, co_triggers, find_trigger, main_trigger, tense, token_span, tokenize, verb_group_start,
)

_AND: Final = re.compile(r"\s*(?:,\s*)?(?:and|or|&)\s*(?:in|on|of)?\s*", re.I)
_RANGE: Final = re.compile(r"\s*(?:to|until|till|through|thru|-|–|—)\s*", re.I)
_RANGE_OPENER: Final = re.compile(r"(?:from|between)\s+(?:the\s+)?$", re.I)


# Events less certain than this are not emitted by default (build_events(min_confidence=...) changes it):
# a date in a would/could/might clause names a possibility, and a comparison's baseline ("up 8% from a
# year ago") dates nothing that happened; both get HYPOTHETICAL_CONFIDENCE, under the floor.
MIN_CONFIDENCE: Final = 0.2
PRESENT_CONFIDENCE: Final = 0.8  # an event "now" or "currently" dates: the publication day
# A "sentence" longer than this (no full stop in sight) is shown around each event, EXCERPT characters
# either side, so that output stays proportional to the input.
MAX_SENTENCE: Final = 2000
EXCERPT: Final = 300
# Decades and centuries ("in the late 1980s", "the past decade") are too vague to place an event on a
# timeline: kept under the floor too.
VAGUE: Final = frozenset({"decade", "century", "millennium"})
SIGNALS: Final = frozenset({"since", "until", "till", "by", "before", "after", "from", "through", "in", "on", "at", "during"})
HYPOTHETICAL_CONFIDENCE: Final = 0.15
HYPOTHETICAL: Final = frozenset({"would", "could", "might", "may", "can", "should", "must"})
_MODALS: Final = {"would": "would", "'d": "would", "could": "could", "might": "might", "may": "may", "can": "can",
           "ca": "can", "should": "should", "must": "must", "will": "will", "'ll": "will", "shall": "will", "wo": "will"}


def modality(tokens: list[Token], k: int) -> str:
    """The modal of the verb group ending at token k ("would be released": "would"), else ""."""
    if tokens[k].tag != "V":
        return ""
    g = verb_group_start(tokens, k)
    for t in tokens[max(0, g - 1):k]:
        if t.lower in _MODALS:
            return _MODALS[t.lower]
    return ""


_interval: Final = lru_cache(maxsize=8192)(interval)  # values repeat within and across articles


def event_id(article_id: str, text_hash: str, expression: TimeExpression) -> str:
    key = f"{article_id}\x1f{text_hash}\x1f{expression.start}\x1f{expression.end}\x1f{expression.value}"
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:24]


def _derived_id(article_id: str, text_hash: str, kind: str, trigger_start: int, value: str) -> str:
    key = f"{article_id}\x1f{text_hash}\x1f{kind}\x1f{trigger_start}\x1f{value}"
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:24]


def participant(tokens: list[Token], trigger: Optional[int], skip: set[int], names: Optional[list[int]] = None) -> str:
    """A key participant: the first name after the trigger (its object), else the last one before it;
    with no trigger, the first name. ``names``: the sentence's name tokens (see _names), when already known."""
    names = _names(tokens) if names is None else names
    k = 0 if trigger is None else bisect.bisect_right(names, trigger)
    for m in names[k:] + names[:k][::-1]:  # (a loop, not next() over a generator: it runs for every event)
        if m not in skip:
            return tokens[m].lower
    return ""


def _names(tokens: list[Token]) -> list[int]:
    if isinstance(tokens, Tokens):  # noted while tagging
        return tokens.names
    return [k for k, t in enumerate(tokens)
            if t.text[:1].isupper() and len(t.text) > 1 and t.lower not in lex.NOT_PARTICIPANTS]


def cluster_id(value: str, trigger_lemma: str, key_participant: str) -> str:
    key = f"{value}\x1f{trigger_lemma}\x1f{key_participant}"
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


def _link(text: str, earlier: TimeExpression, later: TimeExpression) -> Optional[str]:
    """'and' for "2016 and 2017", 'range' for "from March to May", else None."""
    between = text[earlier.end:later.start]
    if _RANGE.fullmatch(between):
        opener = text[max(0, earlier.start - 12):earlier.start]
        if between.strip() in "-–—" or _RANGE_OPENER.search(opener):
            return "range"
    if _AND.fullmatch(between):
        if _RANGE_OPENER.search(text[max(0, earlier.start - 12):earlier.start]) and "between" in text[max(0, earlier.start - 12):earlier.start].lower():
            return "range"
        return "and"
    return None


def build_events(
    article_id: str, text: str, text_hash: str, expressions: list[TimeExpression], extractor: str,
    *, published: Optional[dt.date] = None, context: bool = True, min_confidence: float = MIN_CONFIDENCE,
    triggers: bool = True,
) -> list[Event]:
    """Dated events of an article, in chronological order.

    ``published`` enables dating sentences without a date from the publication day; ``context`` turns
    anchoring of undated sentences on or off (explicit events only when False); events with a confidence
    under ``min_confidence`` (default MIN_CONFIDENCE) are left out (0 keeps every one). ``triggers=False``:
    no trigger search (its word lists are English), so each event is its date and the clause around it.
    """
    spans = _sentences(text, expressions)
    starts = [s for s, _ in spans]
    by_sentence: dict[int, list[TimeExpression]] = {}
    for x in sorted(expressions, key=lambda x: x.start):
        index = max(0, bisect.bisect_right(starts, x.start) - 1)
        by_sentence.setdefault(index, []).append(x)

    pub = _publication_expression(published) if published else None
    states: list[SentenceState] = []
    makers = []
    events: list[Event] = []
    in_quote = False  # a quotation running on from the sentence before
    for index, (s_start, s_end) in enumerate(spans):
        found = by_sentence.get(index, [])
        if not found and not context:
            in_quote = False
            continue
        tokens = tokenize(text, s_start, s_end, quoted=in_quote)
        state = SentenceState(index, tokens, content_words(tokens), published=published, continues_quote=in_quote)
        in_quote = tokens.quoted_after and len(tokens) > 0
        if found:
            dated = [x for x in found if x.type in ("DATE", "TIME") and _interval(x.value)]
            state.own_date = any(x.granularity in VAGUE for x in dated)
            # "now", "the future" in a quotation say nothing of the sentence's own event
            refs = [x for x in found if x.value in ("PRESENT_REF", "FUTURE_REF") and not _quoted_at(tokens, x.start)]
            state.present_ref = any(x.value == "PRESENT_REF" for x in refs)
            state.future_ref = any(x.value == "FUTURE_REF" for x in refs)
            extras = _attributes_of(found)
            timex_tokens = _timex_tokens(tokens, found)
        else:  # (most sentences: nothing to look through)
            dated, refs, extras, timex_tokens = [], [], {}, set()
        make = _Maker(article_id, text, text_hash, extractor, tokens, s_start, s_end)
        if dated:
            own = _explicit(text, tokens, dated, timex_tokens, make, triggers)
            for event in own:
                event.attributes.update(extras)
            events.extend(own)
            # possibilities ("would ship in 2007") and baselines date nothing the next sentences tell
            state.dated = [e for e in own if e.confidence >= 0.5]
            state.dateline = all(k in timex_tokens or not t.text[0].isalnum() for k, t in enumerate(tokens))
            state.trigger_lemmas = frozenset(
                tokens[token_span(tokens, e.trigger_start, e.trigger_end or e.trigger_start)[0]].lemma
                for e in own if e.trigger_start is not None)
        if published is not None and context:
            # "Iraq now controls 20 percent": "now" dates its event to the publication day
            for x in refs:
                if x.type != "DATE" or x.value != "PRESENT_REF":
                    continue
                span = token_span(tokens, x.start, x.end)
                trigger = find_trigger(tokens, span[0], span[1], timex_tokens)
                if trigger is None or tense(tokens, trigger) in ("past", "pluperfect", "future", "conditional"):
                    continue
                now = x.model_copy(update={"value": published.isoformat(), "granularity": "day"})
                events.append(make(now, trigger, "publication", PRESENT_CONFIDENCE, {"now": x.text, **extras}, [span]))
                state.now_triggers.add(tokens[trigger].start)
        states.append(state)
        makers.append((make, extras))

    if context and states:
        lead = _lead(states, published)
        for n, state in enumerate(states):
            history = [s for s in states[max(0, n - 8):n] if s.index >= state.index - 8]
            following = states[n + 1] if n + 1 < len(states) and states[n + 1].index == state.index + 1 else None
            make, extras = makers[n]
            if state.dated:
                # "Jobs announced that Leopard would ship in 2007": the date is the shipping's; the
                # announcement itself is dated like an undated sentence would be.
                extra = _reporting_frame(state, history, following, lead)
                if extra is not None and extra.kind == "context" and not carried(extra.source):
                    extra = None
                if extra is not None:
                    events.append(make(pub, extra.trigger, "publication", extra.confidence, {}, [])
                                  if extra.kind == "publication" else
                                  make(_main_group(carried(extra.source))[0].timex, extra.trigger, "context", extra.confidence, {}, []))
                continue
            choice = choose(state, history, following, lead)
            if choice is not None and choice.kind == "context" and (
                    state.own_date or choice.source is None or not carried(choice.source)):
                choice = None  # a sentence with a vague date of its own is not dated by a neighbour's
            if choice is not None and choice.kind == "context" and choice.source is not None:
                sources = _main_group(carried(choice.source))
                derived = [make(e.timex, choice.trigger, "context", choice.confidence,
                                {**extras, **{k: v for k, v in e.attributes.items() if k in ("and", "range_start", "range_end")}},
                                [], "") for e in sources]
                events.extend(derived)
                state.dated, state.confidence = derived, choice.confidence
            elif choice is not None and choice.kind == "publication" and pub is not None \
                    and state.tokens[choice.trigger].start not in state.now_triggers:
                events.append(make(pub, choice.trigger, "publication", choice.confidence, dict(extras), []))
    events = [e for e in events if e.confidence >= min_confidence]
    events.sort(key=lambda e: (e.start, e.end, e.sentence_start, e.trigger_start or e.timex.start))
    return events


class _Maker:
    """Makes the events of one sentence. A class, not a closure: a compiled closure's environment refers
    to its own functions, and that cycle kept every sentence's tokens alive until the cycle collector ran."""

    def __init__(self, article_id: str, text: str, text_hash: str, extractor: str, tokens: list[Token],
                 s_start: int, s_end: int) -> None:
        self.article_id, self.text, self.text_hash, self.extractor = article_id, text, text_hash, extractor
        self.tokens, self.s_start, self.s_end = tokens, s_start, s_end
        # (shared by the sentence's events)
        self.sentence: Optional[str] = text[s_start:s_end] if s_end - s_start <= MAX_SENTENCE else None

    def excerpt(self, x: TimeExpression, trigger: Optional[int]) -> tuple[str, int]:
        """The sentence, or for a run-on "sentence" longer than MAX_SENTENCE (a table, a list of dates
        with no full stop) the stretch of it around the expression and trigger."""
        s_start, s_end, text, tokens = self.s_start, self.s_end, self.text, self.tokens
        if self.sentence is not None:
            return self.sentence, s_start
        inside = s_start <= x.start and x.end <= s_end and x.end > x.start  # not a neighbour's date
        points = ([(x.start, x.end)] if inside else []) + (
            [(tokens[trigger].start, tokens[trigger].end)] if trigger is not None else [])
        lo = min((p[0] for p in points), default=s_start)
        hi = max((p[1] for p in points), default=s_start)
        a, b = max(s_start, lo - EXCERPT), min(s_end, hi + EXCERPT)
        while a > s_start and not text[a - 1].isspace() and lo - a < EXCERPT + 40:
            a -= 1
        while b < s_end and not text[b].isspace() and b - hi < EXCERPT + 40:
            b += 1
        return text[a:b], a

    def __call__(self, x: TimeExpression, trigger: Optional[int], anchor: str, confidence: float,
                 attributes: dict[str, str], spans_for_description: list, derived_from: str = "") -> Event:
        tokens, article_id, text_hash = self.tokens, self.article_id, self.text_hash
        bounds = _interval(x.value)
        assert bounds is not None  # (only expressions with an interval date events)
        start, end = bounds
        t = tokens[trigger] if trigger is not None else None
        described = spans_for_description + [(trigger, trigger + 1)] if trigger is not None else spans_for_description
        shown, shown_start = self.excerpt(x, trigger)
        names = _names(tokens)  # (a name inside the date or the clause described is not its participant)
        key = participant(tokens, trigger, {k for a, b in spans_for_description for k in range(a, b)}, names) \
            if names else ""
        # (built without validation: every value below has its field's type; test_events checks that
        # the events validate)
        return trusted(Event, {
            "event_id": event_id(article_id, text_hash, x) if anchor == "explicit" and not derived_from
            else _derived_id(article_id, text_hash, anchor, t.start if t is not None else -1, x.value + derived_from),
            "article_id": article_id, "value": x.value, "type": x.type, "granularity": x.granularity,
            "start": start, "end": end, "timex": x, "sentence": shown, "sentence_start": shown_start,
            "description": (describe(self.text, tokens, described) or None) if described else None,
            "trigger": t.text if t is not None else None,
            "trigger_start": t.start if t is not None else None,
            "trigger_end": t.end if t is not None else None,
            "anchor": anchor, "confidence": confidence,
            "cluster_id": cluster_id(_day_value(x.value), t.lemma if t is not None else "", key),
            "attributes": dict(attributes), "extractor": self.extractor,
        })


def _reporting_frame(state: SentenceState, history, following, lead):
    """An anchor for a sentence's main reporting verb when its dates belong to the reported clause."""
    main = main_trigger(state.tokens)
    if main is None or state.tokens[main].lemma not in lex.REPORTING or passive(state.tokens, main):
        return None  # "This fact is explained by ...": no report
    tokens = state.tokens
    if any(e.trigger_start == tokens[main].start for e in state.dated):
        return None
    for e in carried(state):
        # "In a July 16 press conference, Jobs said": a date fronted before the verb frames it too.
        if e.timex.end <= tokens[main].start and not any(
                t.tag == "V" for t in tokens[token_span(tokens, e.timex.end, e.timex.end + 1)[0]:main]):
            return Anchor(main, "context", 0.8, state)
    choice = choose(SentenceState(state.index, state.tokens, state.words, published=state.published),
                    history, following, lead)
    if choice is None or choice.trigger != main or (
            choice.kind == "context" and (choice.source is None or not choice.source.dated)):
        return None
    return choice


def _lead(states: list[SentenceState], published: Optional[dt.date]) -> Optional[SentenceState]:
    """The article's lead event: a day dated in its first three dated sentences, in the week up to
    publication, outside quotations."""
    if published is None:
        return None
    for state in [s for s in states if s.dated][:3]:
        for e in state.dated:
            if e.granularity == "day" and e.trigger is not None and published - dt.timedelta(days=7) <= e.start <= published \
                    and not _quoted_at(state.tokens, e.timex.start):  # not "that day has come," he wrote
                return SentenceState(state.index, state.tokens, state.words, [e], 1.0)
    return None


def _explicit(text, tokens, dated, blocked: set[int], make, triggers: bool = True) -> list[Event]:
    """One event per dated expression of a sentence; linked pairs share the trigger and say so. Each also
    gives events to the other words its date dates (see triggers.co_triggers): "was arrested and charged
    on Tuesday" is two events. ``blocked``: the tokens of all the sentence's expressions."""
    out: list[Event] = []
    co: dict[int, list[tuple[int, str]]] = {}
    previous: Optional[tuple[TimeExpression, Optional[int], tuple[int, int], list]] = None
    for x in dated:
        span = token_span(tokens, x.start, x.end)
        attributes: dict[str, str] = {}
        if x.mod:
            attributes["mod"] = x.mod
        link = _link(text, previous[0], x) if previous else None
        if link == "and" and previous is not None and _opens_clause(tokens, span, previous[1], blocked):
            link = None  # "He started Apple in 1976, and in 1984 the Macintosh was released"
        if link and previous is not None:
            trigger, others = previous[1], previous[3]
            spans = [previous[2], span]
            if link == "and":
                attributes["and"] = previous[0].value
                out[-1].attributes["and"] = x.value
            else:
                attributes["range_start"] = previous[0].value
                out[-1].attributes["range_end"] = x.value
                out[-1].attributes["range_start"] = previous[0].value
                attributes["range_end"] = x.value
            out[-1].description = describe(text, tokens, spans + ([(trigger, trigger + 1)] if trigger is not None else [])) or None
        else:
            trigger = find_trigger(tokens, span[0], span[1], blocked) if triggers else None
            others = co_triggers(tokens, trigger, span[0], span[1], blocked)
            spans = [span]
        confidence = 1.0
        before = tokens[span[0] - 1].lower if span[0] > 0 else ""
        if before in SIGNALS:
            attributes["signal"] = before  # "since 2004": the state began then
        if x.granularity in VAGUE:
            attributes["vague"] = x.granularity
            confidence = HYPOTHETICAL_CONFIDENCE
        if trigger is not None:
            modal = modality(tokens, trigger)
            if modal:
                attributes["modality"] = modal
                if modal in HYPOTHETICAL:
                    confidence = HYPOTHETICAL_CONFIDENCE
            if tokens[trigger].lemma == "compare":
                # "growth of 28% compared to the previous year": a baseline, not when something happened
                attributes["role"] = "comparison"
                confidence = HYPOTHETICAL_CONFIDENCE
        event = make(x, trigger, "explicit", confidence, attributes, spans)
        co[id(event)] = others
        out.append(event)
        previous = (x, trigger, span, others)
    kept = _drop_redundant(out)
    primaries = {e.trigger_start for e in kept}
    result = []
    for e in kept:
        result.append(e)
        span = token_span(tokens, e.timex.start, e.timex.end)
        for k, how in co[id(e)]:
            if tokens[k].start in primaries:
                continue
            attributes = {key: v for key, v in e.attributes.items()
                          if key in ("mod", "and", "range_start", "range_end", "signal", "vague")}
            attributes["relation"] = how
            attributes["shares_date_with"] = e.trigger or ""
            confidence = 1.0
            modal = modality(tokens, k)
            if modal:
                attributes["modality"] = modal
                if modal in HYPOTHETICAL:
                    confidence = HYPOTHETICAL_CONFIDENCE
            result.append(make(e.timex, k, "explicit", min(confidence, e.confidence), attributes, [span],
                               derived_from=f"/co{k}"))
    return result


def _opens_clause(tokens: list[Token], span: tuple[int, int], previous_trigger: Optional[int], blocked) -> bool:
    """Does the second date of "X in 1976, and in 1984 Y happened" open a clause of its own: its own
    trigger a verb after it, where the first date's trigger came before it?"""
    own = find_trigger(tokens, span[0], span[1], blocked)
    return own is not None and own >= span[1] and own != previous_trigger and tokens[own].tag == "V" \
        and previous_trigger is not None and previous_trigger < span[0] and "," in {t.text for t in tokens[previous_trigger:span[0]]}


def _drop_redundant(events: list[Event]) -> list[Event]:
    """Two unlinked dates on one trigger, one inside the other ("Yesterday, at this year's conference,
    Jobs unveiled"): the finer one dates the event, the coarser one only repeats it."""
    by_trigger: dict = {}
    for e in events:
        by_trigger.setdefault(e.trigger_start, []).append(e)
    keep = []
    for e in events:
        group = by_trigger[e.trigger_start]
        if e.trigger_start is None or len(group) == 1 or len(group) > 64:
            keep.append(e)  # (a run of dozens of dates on one word is no "yesterday, at this year's ...")
            continue
        finer = [o for o in group if o is not e
                 and e.start <= o.start and o.end <= e.end and (o.end - o.start) < (e.end - e.start)
                 and not ({"and", "range_start"} & (e.attributes.keys() | o.attributes.keys()))]
        if not finer:
            keep.append(e)
    return keep


def expression_triggers(text: str, expressions: list[TimeExpression]) -> dict[str, list[tuple[int, int]]]:
    """tid -> (start, end) spans of the triggers each DATE/TIME expression dates (any value, interval or
    not): the word it modifies first, then the other events it dates (triggers.co_triggers)."""
    spans = _sentences(text, expressions)
    starts = [s for s, _ in spans]
    by_sentence: dict[int, list[TimeExpression]] = {}
    for x in sorted(expressions, key=lambda x: x.start):
        by_sentence.setdefault(max(0, bisect.bisect_right(starts, x.start) - 1), []).append(x)
    out: dict[str, list[tuple[int, int]]] = {}
    for index, found in by_sentence.items():
        tokens = tokenize(text, *spans[index])
        blocked = _timex_tokens(tokens, found)
        previous = None
        for x in found:
            if x.type not in ("DATE", "TIME"):
                continue
            i, j = token_span(tokens, x.start, x.end)
            if previous is not None and _link(text, previous[0], x) and not (
                    _link(text, previous[0], x) == "and" and _opens_clause(tokens, (i, j), previous[1], blocked)):
                trigger, others = previous[1], previous[2]
            else:
                trigger = find_trigger(tokens, i, j, blocked)
                others = [k for k, _ in co_triggers(tokens, trigger, i, j, blocked)]
            found_spans = [(tokens[k].start, tokens[k].end) for k in ([trigger] if trigger is not None else []) + others]
            out[x.tid] = found_spans
            previous = (x, trigger, others)
    return out


def _sentences(text: str, expressions: list[TimeExpression]) -> list[tuple[int, int]]:
    """Sentence spans, a sentence joined to the next where an expression runs across the break the
    splitter saw ("am 3. Mai 2011": the ordinal's full stop is no sentence end)."""
    spans = sentence_spans(text) or [(0, len(text))]
    ends = sorted((x.start, x.end) for x in expressions)
    if not ends:
        return spans
    merged = [spans[0]]
    k = 0
    for start, end in spans[1:]:
        prev_start, prev_end = merged[-1]
        while k < len(ends) and ends[k][0] < prev_end and ends[k][1] <= prev_end:
            k += 1
        crossing = False
        m = k
        while m < len(ends) and ends[m][0] < prev_end:
            crossing = crossing or ends[m][1] > prev_end
            m += 1
        if crossing:
            merged[-1] = (prev_start, end)
        else:
            merged.append((start, end))
    return merged


def _timex_tokens(tokens: list[Token], expressions: list[TimeExpression]) -> set[int]:
    """Indices of the tokens inside the expressions: no trigger is one of them."""
    return {k for x in expressions for k in range(*token_span(tokens, x.start, x.end))}


def _quoted_at(tokens: list[Token], offset: int) -> bool:
    k = token_span(tokens, offset, offset + 1)[0]
    return tokens[k].quoted if k < len(tokens) else False


def _main_group(dated: list[Event]) -> list[Event]:
    """The first dated event of a sentence and those linked to it ("in 2016 and 2017")."""
    if not dated:
        return []
    first = min(dated, key=lambda e: e.timex.start)
    group = [first]
    for e in sorted(dated, key=lambda e: e.timex.start):
        if e is not first and e.trigger_start == first.trigger_start and e.trigger_start is not None \
                and ("and" in e.attributes or "range_start" in e.attributes):
            group.append(e)
    return group


def _attributes_of(found: list[TimeExpression]) -> dict[str, str]:
    """Durations and sets of a sentence as event attributes: {"duration": "P3Y", "set": "P1Y"}."""
    attributes: dict[str, str] = {}
    for x in found:
        key = {"DURATION": "duration", "SET": "set"}.get(x.type)
        if key:
            attributes[key] = f"{attributes[key]},{x.value}" if key in attributes else x.value
            attributes.setdefault(f"{key}_text", x.text)
    return attributes


def _day_value(value: str) -> str:
    """The calendar part of a value: 2010-06-07T15:30 -> 2010-06-07."""
    return value.split("T", 1)[0]


def _publication_expression(published: dt.date) -> TimeExpression:
    return TimeExpression(
        tid="t0", text="", start=0, end=0, type="DATE", value=published.isoformat(),
        granularity="day", anchor="publication",
    )
