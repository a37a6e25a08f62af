"""Find the event a time expression dates: a light tokenizer, a guess at word classes, a scored search.

No parser: word lists (event_lexicon) and a distance score with penalties for clause boundaries.
"""
from __future__ import annotations

import bisect
import re
from functools import lru_cache
from typing import AbstractSet, Final, Optional

try:
    from mypy_extensions import mypyc_attr
except ImportError:  # (only the compiled build needs it)
    def mypyc_attr(*attrs: str, **kwattrs: object):  # type: ignore[misc]
        return lambda cls: cls

from worker.engine import event_lexicon as lex

# Abbreviations ("U.S."), clitics ("'s"), words ("mid-1990s", "3.5", "o'clock") and any other character.
# "don't" comes out whole and is split in Python (split_negations): a lookahead for n't at every word
# would make the pattern try each word twice.
_TOKEN: Final = re.compile(
    r"(?:[A-Za-z]\.){2,}(?![A-Za-z])|['’](?:s|re|ve|ll|d|m)\b"
    r"|[A-Za-z0-9]+(?:[-.][A-Za-z0-9]+)*(?:['’](?!(?:s|re|ve|ll|d|m)\b)[A-Za-z]+)*|\S"
)
# Costs of the trigger search (tuned on TimeBank event-time links): a candidate's cost is the number of
# words between it and the date plus these penalties.
COSTS: Final = {
    "comma": 3.0, "semicolon": 6.0, "clause": 3.0, "and_verb": 2.0, "infinitive": 3.0, "fronted_left": 4.0,
    "right": 2.0, "noun_by_date": 1.5, "noun": 3.5, "reporting": 2.5, "light": 2.5, "adjectival": 4.0, "quote": 4.0,
    "relative_end": 4.0,
}
_BOUNDARY_PUNCT: Final = frozenset(",;:()[]—–\"“”")
_SUBJECT_PRONOUNS: Final = frozenset("i we you he she it they who which that".split())


class Token:
    """A word or punctuation mark with a guessed word class. A plain slotted class (not a dataclass):
    articles make hundreds per sentence batch, and this __init__ costs half a dataclass's."""

    __slots__ = ("text", "lower", "start", "end", "tag", "lemma", "adjectival", "quoted")

    def __init__(self, text: str, lower: str, start: int, end: int, tag: str = "O", lemma: str = "",
                 adjectival: bool = False, quoted: bool = False) -> None:
        self.text = text
        self.lower = lower
        self.start = start  # offsets in the whole text
        self.end = end
        self.tag = tag  # V verb, A auxiliary, N event noun, P boundary punctuation, C clause word, O other
        self.lemma = lemma
        self.adjectival = adjectival  # a participle used as an adjective ("the recently announced phone")
        self.quoted = quoted  # inside quotation marks

    def __repr__(self) -> str:
        return f"Token({self.text!r}, {self.start}, {self.tag})"


@lru_cache(maxsize=16384)
def lemma(word: str) -> str:
    """A crude lemma, the same for the forms of one verb or noun: issued/issues/issuing -> issue."""
    w = word.lower().replace("’", "'")
    if w in lex.IRREGULAR:
        return lex.IRREGULAR[w]
    for suffix, repl in (("ies", "y"), ("ied", "y"), ("ing", ""), ("ed", ""), ("es", ""), ("s", "")):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            stem = w[: len(w) - len(suffix)] + repl
            if suffix in ("ies", "ied"):
                return stem
            if suffix == "s" and stem.endswith("ing") and len(stem) > 5:
                return lemma(stem)  # killings -> killing -> kill
            for candidate in (stem, stem + "e"):
                if candidate in lex.VERBS or candidate in lex.EVENT_NOUNS:
                    return candidate
            if len(stem) > 3 and stem[-1] == stem[-2] and stem[-1] not in "aeiousl":
                return stem[:-1]  # stopped -> stop
            if suffix == "s" and w.endswith("ss"):
                return w
            if suffix in ("ed", "ing") and stem[-1] not in "aeiouwy" and stem[-2:-1] in tuple("aeiou") and stem[-3:-2] not in tuple("aeiou"):
                return stem + "e"  # announced -> announc -> announce
            return stem
    return w


def _is_event_noun(w: str) -> bool:
    if w in lex.EVENT_NOUNS:
        return True
    if w.endswith("s") and (w[:-1] in lex.EVENT_NOUNS or w.endswith("es") and w[:-2] in lex.EVENT_NOUNS):
        return True  # plurals: "bombings", "rulings", "launches"
    if w in lex.NOT_EVENT_NOUNS or not w.isalpha():
        return False
    return w.endswith(("tion", "tions", "sion", "sions", "ment", "ments")) and len(w) > 6


def tokenize(text: str, start: int = 0, end: Optional[int] = None, quoted: bool = False) -> Tokens:
    """Tokens of text[start:end], tagged with a guessed word class. ``quoted``: the text starts inside a
    quotation opened earlier (see Tokens.quoted_after)."""
    end = len(text) if end is None else end
    starts, words = _token_offsets(text, start, end)
    if text.find("n't", start, end) >= 0 or text.find("n’t", start, end) >= 0:
        starts, words = split_negations(starts, words)
    return _tag(starts, words, quoted)


def _token_offsets(text: str, start: int, end: int) -> tuple[list[int], list[str]]:
    """The offsets and texts of the tokens of text[start:end] (parallel lists, not a tuple per token): each
    whitespace-separated chunk split once per distinct chunk (see _chunk_tokens), its tokens covering it
    end to end."""
    starts: list[int] = []
    words: list[str] = []
    pos = start
    chunks = _CHUNKS
    for chunk in text[start:end].split():
        pos = text.find(chunk, pos)  # (right after the whitespace before it: linear)
        pieces = chunks.get(chunk)
        if pieces is None:
            pieces = _chunk_tokens(chunk)
        if len(pieces) == 1:  # (most chunks)
            starts.append(pos)
            words.append(pieces[0])
            pos += len(chunk)
            continue
        for token in pieces:
            starts.append(pos)
            words.append(token)
            pos += len(token)
    return starts, words


# The tokens of each distinct chunk seen (bounded like _WORDS below): a sentence's chunks cost a lookup each.
_CHUNKS: Final[dict[str, tuple[str, ...]]] = {}


def _chunk_tokens(chunk: str) -> tuple[str, ...]:
    """A chunk's tokens. Most chunks are a plain word or number (ASCII letters and digits): one token, with
    no regex match to pay for. _TOKEN splits the others (its last branch takes any other character)."""
    tokens = (chunk,) if chunk.isascii() and chunk.isalnum() else tuple(_TOKEN.findall(chunk))
    if len(_CHUNKS) >= _MAX_WORDS:
        _CHUNKS.clear()
    _CHUNKS[chunk] = tokens
    return tokens


def split_negations(starts: list[int], words: list[str]) -> tuple[list[int], list[str]]:
    """"don't" -> "do", "n't"; "can't" -> "ca", "n't" (as the Penn Treebank splits them). ``starts``,
    ``words``: the tokens' offsets and texts."""
    out_starts: list[int] = []
    out_words: list[str] = []
    for start, w in zip(starts, words):
        if len(w) > 3 and w[-3] == "n" and w[-2] in "'’" and w[-1] == "t" and w[-4].isalnum():
            out_starts.append(start)
            out_words.append(w[:-3])
            out_starts.append(start + len(w) - 3)
            out_words.append(w[-3:])
        else:
            out_starts.append(start)
            out_words.append(w)
    return out_starts, out_words


@lru_cache(maxsize=16384)
def content_lemma(text: str, lemma: str) -> bool:
    """Does a word tie sentences together (not a function word or light verb)?"""
    return text.isalpha() and text.islower() and len(lemma) > 3 and lemma not in lex.STOPWORDS \
        and lemma not in lex.LIGHT


def _kind(w: str) -> tuple[str, str, bool, bool]:
    """What a word is out of context: (kind, lemma, names an event, lemma is a known verb)."""
    base = lemma(w)
    if not w[0].isalnum() and w[0] != "'":
        kind = "punct"
    elif w in lex.AUXILIARIES:
        kind = "A"
    elif w in lex.CLAUSE_WORDS:
        kind = "C"
    elif not w.isalpha() and "-" not in w:
        kind = "nonalpha"
    elif w in lex.IRREGULAR:
        kind = "irregular"
    elif w.endswith("ed") and len(w) >= 5 and w not in lex.NOT_VERBS_ED:
        kind = "ed"
    elif w.endswith("ing") and len(w) >= 5 and w not in lex.NOT_VERBS_ING:
        kind = "ing"
    else:
        kind = "word"
    return kind, base, _is_event_noun(w), base in lex.VERBS


# What _tag notes a word as for the sentence (Tokens.names, Tokens.content).
_NAME, _CONTENT = 1, 2
# Everything a token's text says out of context, worked out once per distinct text: tagging a token
# costs one dict lookup for all of it (see _word).
_WORDS: Final[dict[str, tuple[str, str, str, bool, bool, int]]] = {}
_MAX_WORDS: Final = 65536  # bound on _WORDS and _CHUNKS (emptied when full): a long-running worker sees endless new words


def _word(text: str) -> tuple[str, str, str, bool, bool, int]:
    """(lower case, kind, lemma, names an event, lemma is a known verb, _NAME/_CONTENT/0) of a token's text."""
    w = text.lower().replace("’", "'")
    kind, base, event_noun, known_verb = _kind(w)
    role = 0
    if kind != "punct":
        if text[0].isupper() and len(text) > 1 and w not in lex.NOT_PARTICIPANTS:
            role = _NAME
        elif kind != "A" and content_lemma(text, base):
            role = _CONTENT
    if kind == "word" and text[0].isupper():
        kind = "name"  # "Conference", "Apple": a name unless it opens the sentence (see _tag)
    if len(_WORDS) >= _MAX_WORDS:
        _WORDS.clear()
    found = _WORDS[text] = (w, kind, base, event_noun, known_verb, role)
    return found


_DETERMINERS: Final = lex.DETERMINERS
_ADVERBS: Final = lex.ADVERBS
_STOPWORDS: Final = lex.STOPWORDS
_PREPOSITIONS: Final = lex.PREPOSITIONS
_MODALS: Final = lex.MODALS
_NEGATIONS: Final = lex.NEGATIONS
_AUXILIARIES: Final = lex.AUXILIARIES
_NUMBER_WORDS: Final = lex.NUMBER_WORDS
_IRREGULAR: Final = lex.IRREGULAR
_QUOTES: Final = frozenset("\"“”")
_BARE_VERB_OPENERS: Final = _MODALS | {"to"}  # "to save", "will introduce"
_NEGATIONS_ADVERBS: Final = _NEGATIONS | _ADVERBS  # "has not yet decided"


def _tag(starts: list[int], words: list[str], quoted: bool = False) -> Tokens:
    """The tokens at offsets ``starts`` with texts ``words``, each with a guessed word class (see Token.tag), and the
    sentence's names and content lemmas (events and anchoring need them for every sentence). One pass
    makes and tags the tokens; a second looks again at the verbs and auxiliaries."""
    tokens = Tokens()
    append = tokens.append
    word_info = _WORDS
    names: list[int] = []
    content: list[str] = []
    quoted_content: list[str] = []
    verbs: list[int] = []  # indices of the tokens tagged V and A, for the second look
    auxiliaries: list[int] = []
    n = len(words)
    prev = ""  # the previous token's lower case (its tag: tokens[index - 1].tag)
    for index in range(n):
        word = words[index]
        start = starts[index]
        pos = start + len(word)
        try:
            info = word_info[word]
        except KeyError:
            info = _word(word)
        w, kind, base, event_noun, known_verb, role = info
        t = Token(word, w, start, pos, "O", base, False, quoted)
        # Plain words first (two tokens in three), so that they skip the tests for the other kinds.
        if kind == "word" or kind == "name" and not index:
            if (prev in _BARE_VERB_OPENERS or prev in _NEGATIONS_ADVERBS and index > 1
                  and tokens[index - 2].lower in _AUXILIARIES) \
                    and w not in _ADVERBS and not (w.endswith("ly") and not known_verb):
                # "to save", "will introduce": a bare verb, unless it looks like a noun ("to the market", "to talks")
                nounish = w in _DETERMINERS or w in _STOPWORDS or w.endswith(("s", "tion", "ment", "ness", "ity"))
                tag = "V" if known_verb or (w.isalpha() and not nounish and prev != "to") \
                    or (prev == "to" and not nounish and index > 1 and tokens[index - 2].tag == "V") else "O"
            elif event_noun:
                tag = "V" if prev in _SUBJECT_PRONOUNS and known_verb and w.endswith("s") else "N"
            elif known_verb and w.endswith("s") and prev not in _DETERMINERS and prev != "'s" \
                    and not (index and tokens[index - 1].adjectival) \
                    and not (index > 1 and tokens[index - 1].tag == "O" and tokens[index - 2].tag == "V"
                             and prev.isalpha() and prev not in _STOPWORDS and prev not in _PREPOSITIONS):
                tag = "V"  # not "filed compliance reports": a noun after the verb's object noun
            elif prev in _ADVERBS and index > 1 and tokens[index - 2].tag == "O" \
                    and prev not in ("first", "once", "even", "long") \
                    and (known_verb and base == w or (w.endswith("s") and not w.endswith("ss") and w.isalpha()
                                                      and w not in _STOPWORDS)):
                tag = "V"  # "experts now predict", "Iraq now controls"
            elif prev in _SUBJECT_PRONOUNS and w.isalpha() and w not in _STOPWORDS and w not in _PREPOSITIONS \
                    and (known_verb or w.endswith("s")):
                tag = "V"  # "it controls", "they hold"
            else:
                tag = "O"
        elif kind == "name":
            tag = "O"  # names: "Conference", "Apple"
        elif kind == "punct":
            if word in _QUOTES:
                quoted = word == "“" or (word == '"' and not quoted)
                t.quoted = False  # a quotation mark is in no quotation
                tag = "P"
            else:
                tag = "P" if word in _BOUNDARY_PUNCT else "O"
                if word == "," and prev.isdigit() and index + 1 < n and len(words[index + 1]) == 3 \
                        and words[index + 1].isdigit():
                    tag = "O"  # "1,300 pounds": a thousands separator is no boundary
        elif kind == "A" or kind == "C":
            tag = kind
            if kind == "A":
                auxiliaries.append(index)
        elif kind == "nonalpha":
            tag = "O"
        elif kind == "irregular":
            # "in a shed", "the bid": after a determiner, a noun
            tag = "V" if prev not in _DETERMINERS or prev in ("that", "all", "both") else "N" if event_noun else "O"
        elif index and word[0].isupper():
            tag = "O"  # names: "Conference", "Apple"
        elif kind == "ed":
            tag = "V"
            if "-" in w or (w.startswith("un") and base not in lex.UN_VERBS):
                t.adjectival = True  # "fertilizer-based", "lower-than-expected", "unchanged", "unnamed"
            elif prev in _DETERMINERS and prev != "that" \
                    or (prev in _ADVERBS or prev.endswith("ly")) and index > 1 \
                    and tokens[index - 2].lower in _DETERMINERS:
                t.adjectival = True  # (not "a bombing that killed")
            elif not index and index + 1 < n and words[index + 1].isalpha() and words[index + 1].islower():
                after = _lower_of(words[index + 1])
                if after not in _STOPWORDS and after not in _PREPOSITIONS:
                    t.adjectival = True  # "Suspected bombs exploded", "Armed men stormed": opening a noun phrase
        else:  # "ing"
            # "the killing", "composite trading": a noun; "by hinting", ", saying": a verb
            if prev in _DETERMINERS or prev == "'s" or prev == "of":
                tag = "N"
            elif index and tokens[index - 1].tag == "O" and (tokens[index - 1].text[:1].isupper() or prev.isdigit()) \
                    and _after_determiner(tokens, index - 1):
                tag = "N"  # "the Sunday bombing", "the January 1998 bombing": a noun after a determiner
            elif index and tokens[index - 1].tag == "O" and (prev.isalpha() or "-" in prev and prev[0].isalpha()) \
                    and tokens[index - 1].text.islower() \
                    and prev not in _STOPWORDS \
                    and prev not in _PREPOSITIONS and prev not in _SUBJECT_PRONOUNS and prev not in _ADVERBS:
                tag = "N"
                if index + 1 < n:
                    after = words[index + 1]
                    if after.isalpha() and after.islower() and after not in _STOPWORDS and after not in _PREPOSITIONS \
                            and after not in lex.CLAUSE_WORDS and after not in lex.TIME_NOUNS:
                        tag = "O"  # "a bank holding company": a modifier in a compound noun
            else:
                tag = "V"
        t.tag = tag
        append(t)
        if tag == "V":
            verbs.append(index)
        if role:
            if role == _NAME:
                names.append(index)
            else:
                (quoted_content if quoted else content).append(base)
        prev = w
    tokens.names, tokens.content, tokens.quoted_content = names, content, quoted_content
    tokens._starts, tokens._ends = starts, None
    tokens._main_verb = -1  # (not known yet: see main_verb)
    tokens.quoted_after = quoted
    _second_look(tokens, verbs, auxiliaries)
    return tokens


def _lower_of(text: str) -> str:
    """The lower-case form of a token's text, as Token.lower holds it."""
    info = _WORDS.get(text)
    return (info or _word(text))[0]


def _second_look(tokens: list[Token], verbs: list[int], auxiliaries: list[int]) -> None:
    """With every token tagged: participles used as adjectives, and auxiliaries that are main verbs.
    ``verbs``/``auxiliaries``: the indices of the tokens tagged V/A, in order."""
    n = len(tokens)
    for i in verbs:
        if i == 0 or i == n - 1:
            continue
        t = tokens[i]
        after = tokens[i + 1]
        lw = t.lower
        participle = lw.endswith(("ed", "ing"))
        if not participle and after.lower != "by":
            continue  # (none of the tests below can hold)
        before = tokens[i - 1]
        # "in subordinated debentures", "the man's dismembered and decapitated body": participles as adjectives.
        if participle and after.tag in ("O", "N") and after.text.isalpha() \
                and after.text.islower() and after.lower not in _STOPWORDS and after.lower not in _PREPOSITIONS \
                and after.lower not in _NUMBER_WORDS \
                and (before.lower in _PREPOSITIONS or before.lower in _DETERMINERS or before.lower == "'s"
                     or before.lower in ("and", "or") and tokens[i - 2].lower.endswith("ed")
                     or (before.lower.endswith("ly") and before.tag == "O")):
            t.adjectival = True
            if before.lower in ("and", "or") and tokens[i - 2].tag == "V":
                tokens[i - 2].adjectival = True  # "dismembered and decapitated body": both describe it
        # "was found abandoned", "was found floating": a participle right after a verb describes its object
        if participle and before.tag == "V" and not before.adjectival and before.lemma in _DEPICTIVE:
            t.adjectival = True
        # "a group led by ...": a participle after a noun, before "by", describes the noun.
        if after.lower == "by" and before.tag in ("O", "N") and before.text.isalpha() \
                and before.lower not in _SUBJECT_PRONOUNS and (lw.endswith("ed") or lw in _IRREGULAR):
            t.adjectival = True
    # An auxiliary with no verb after it is the main verb ("it has a new screen", "he was CEO").
    for i in auxiliaries:
        t = tokens[i]
        j = i + 1
        chained = False  # "haven't been very good": the last auxiliary of the chain is the main verb
        while j < n:  # over adverbs and negations, up to the next auxiliary
            following = tokens[j]
            if following.tag == "A":
                chained = True
                break  # (the rest of the chain cannot change this one: linear on "don't don't ...")
            if not (following.lower in _ADVERBS or following.lower in _NEGATIONS or following.lower.endswith("ly")):
                break
            j += 1
        if not chained and (j >= n or tokens[j].tag != "V" or tokens[j].lower == "to"):
            if t.lower not in _MODALS and t.lower not in ("'d", "'s"):
                t.tag = "V"


_DEPICTIVE: Final = frozenset("find leave see keep hold".split())  # "was found abandoned", "was left stranded"


def _after_determiner(tokens: list[Token], k: int) -> bool:
    """Do the names or numbers ending at k follow a determiner ("the January 1998", "Iraq's Sunday")?"""
    while k >= 0 and (tokens[k].text[:1].isupper() or tokens[k].text.isdigit()) and k > 0:
        k -= 1
    return tokens[k].lower in _DETERMINERS or tokens[k].text in ("'s", "’s")


def verb_group_start(tokens: list[Token], i: int) -> int:
    """Index of the first auxiliary of the verb group ending at token i."""
    j = i
    while j > 0:
        before = tokens[j - 1]
        w = before.lower
        if not (before.tag == "A" or w in _ADVERBS or w in _NEGATIONS or w.endswith("ly")
                or w == "to" and j > 1 and tokens[j - 2].lower in ("going", "have", "has", "had")):
            break
        if w.endswith("ly") and before.tag not in ("O", "A"):
            break
        j -= 1
    while j < i and tokens[j].tag != "A":
        j += 1
    return j


def tense(tokens: list[Token], i: int) -> str:
    """'future', 'conditional', 'pluperfect', 'perfect', 'present', 'past' or 'none' for the verb at i."""
    t = tokens[i]
    if t.tag != "V":
        return "none"
    j = verb_group_start(tokens, i)
    group = [x.lower for x in tokens[j:i + 1]]
    before = [x.lower for x in tokens[max(0, j - 3):j]]
    first = group[0]
    if first in ("will", "'ll", "shall") or "going" in before and "to" in before:
        return "future"
    if j > 0 and tokens[j - 1].lower == "to" and any(w in lex.FUTURE_MARKERS for w in before):
        return "future"
    if first in ("would", "could", "might", "may", "should", "must", "can", "'d", "wo", "ca"):
        return "conditional"
    if first == "had" and len(group) > 1:
        return "pluperfect"
    if first in ("has", "have", "'ve") and len(group) > 1:
        return "perfect"
    if first in ("is", "are", "am", "'re", "'m", "has", "have", "does", "do", "says"):
        if len(group) > 1 and tokens[i].lower in lex.FUTURE_MARKERS:
            return "future"
        return "present"
    if first in ("was", "were", "did", "had"):
        return "past"
    w = t.lower
    if w in lex.IRREGULAR or w.endswith("ed"):
        return "past"
    if w.endswith("s") and not w.endswith("ss"):
        return "present"
    if w.endswith("ing"):
        return "none"
    return "present" if j > 0 and tokens[j - 1].lower in _SUBJECT_PRONOUNS else "none"


@mypyc_attr(native_class=False)
class Tokens(list):
    """A sentence's tokens, with their offsets kept for bisection (see token_span), what _tag noted
    (names, content lemmas, whether a quotation runs past their end: a curly quote says which way it
    goes, a straight one toggles) and their main verb once asked for (see main_verb)."""

    __slots__ = ("_starts", "_ends", "names", "content", "quoted_content", "quoted_after", "_main_verb")
    _starts: list[int]
    _ends: Optional[list[int]]  # (made on first use: most sentences have no date to place)
    names: list[int]
    content: list[str]
    quoted_content: list[str]
    quoted_after: bool
    _main_verb: Optional[int]

    def offsets(self) -> tuple[list[int], list[int]]:
        """The tokens' start and end offsets (noted by _tag)."""
        ends = self._ends
        if ends is None:
            tokens: list[Token] = self
            ends = self._ends = [t.end for t in tokens]
        return self._starts, ends


def token_span(tokens: list[Token], start: int, end: int) -> tuple[int, int]:
    """Token indices [i, j) covering characters [start, end)."""
    if isinstance(tokens, Tokens):
        starts, ends = tokens.offsets()
        i = bisect.bisect_right(ends, start)
        return i, max(i, bisect.bisect_left(starts, end))
    i = next((k for k, t in enumerate(tokens) if t.end > start), len(tokens))
    j = next((k for k in range(i, len(tokens)) if tokens[k].start >= end), len(tokens))
    return i, j


WINDOW: Final = 40  # tokens searched on each side of a date for its trigger


_COSTLY_WORDS: Final = frozenset(("and", "but", "or", "to"))  # what _unit_cost may charge more than 1 for (and P, C)


def _unit_cost(tokens: list[Token], k: int) -> float:
    """What passing over token k costs a trigger candidate beyond it."""
    t = tokens[k]
    if t.tag == "P":
        return 1.0 + (COSTS["semicolon"] if t.text in ";:" else COSTS["comma"])
    if t.tag == "C":
        return 1.0 + (1.0 if t.lower in ("as", "since", "after", "before", "until") else COSTS["clause"])
    if t.lower in ("and", "but", "or") and k + 1 < len(tokens) and tokens[k + 1].tag in ("V", "A"):
        return 1.0 + COSTS["and_verb"]  # coordinated verb phrases
    if t.lower == "to" and k + 1 < len(tokens) and tokens[k + 1].tag == "V":
        return 1.0 + COSTS["infinitive"]  # an infinitive opens a clause of its own
    return 1.0


def find_trigger(tokens: list[Token], i: int, j: int, blocked: AbstractSet[int] = frozenset()) -> Optional[int]:
    """Index of the token the time expression tokens[i:j] dates, or None. ``blocked``: other timex tokens."""
    i = _period_start(tokens, i, blocked)
    # "the 17 February revolution", "Tuesday's decision", "third-quarter loss": the noun after the date.
    k = j
    possessive = k < len(tokens) and tokens[k].lower in ("'s", "'")
    if possessive:
        k += 1
    # Only a date used as a modifier heads into a noun: "the 17 February revolution", "third-quarter
    # profit", "recent rulings"; not "issued on Tuesday cites ...".
    modifier = possessive or "-" in tokens[i].text or (i > 0 and tokens[i - 1].lower in lex.DETERMINERS) \
        or (tokens[i].lower in lex.DETERMINERS and j - i > 1) \
        or tokens[i].lower in ("recent", "current", "latest", "former", "future", "earlier", "later")
    head = None
    while modifier and k < len(tokens) and k - j < 5 and tokens[k].text.replace("-", "").isalpha() \
            and tokens[k].tag in ("N", "O", "V") and tokens[k].lower not in lex.STOPWORDS \
            and tokens[k].lower not in lex.TIME_PREPOSITIONS and tokens[k].lower not in lex.PREPOSITIONS:
        if tokens[k].tag == "V" and not tokens[k].adjectival or tokens[k].lower in lex.ADVERBS \
                or (tokens[k].lower.endswith("ly") and head is not None):
            break
        if tokens[k].text.islower() and (tokens[k].tag == "N" or possessive or k == j or head is not None):
            head = k
        k += 1
    if head is not None and (possessive or tokens[head].tag == "N" or head > j):
        after = head + 1
        while after < len(tokens) and (tokens[after].tag == "A" and after + 1 < len(tokens) and tokens[after + 1].tag in ("V", "A")):
            after += 1
        if after < len(tokens) and tokens[after].tag == "V" and not tokens[after].adjectival \
                and (not possessive or tokens[head].tag != "N"):
            # "Third-quarter profit grew 19%", "Friday's trading volume totaled": the date's noun phrase is
            # the subject; the verb is the event (but "Tuesday's decision angered": the event noun is).
            return _predicate(tokens, after) if tokens[after].lemma == "be" else after
        return head

    fronted = _fronted(tokens, i)
    main = _clause_verb(tokens, j) if fronted else None
    # "Ogden, whose shares began trading in August, closed yesterday": the comma closing a relative clause
    # the date is in ends its reach
    relative = _in_relative(tokens, i)
    best, best_cost = None, None
    n = len(tokens)
    # Walk out from the date on both sides, adding up the cost of the words passed (each word costs at
    # least 1, so words beyond WINDOW never win): linear in the window, whatever the sentence's length.
    # A candidate costs at least the words passed plus ``floor``, except a noun with an agent phrase
    # just left of the date and the verb of the clause a fronted date opens (``main``): past those, once
    # that bound exceeds the best cost, nothing further out can win or tie, and the walk stops.
    date_quoted = tokens[i].quoted
    for side in (-1, 1):
        passed = 0.0
        if side < 0:
            c, last = i - 1, max(-1, i - 1 - WINDOW)
            floor, stop_below = (COSTS["fronted_left"] if fronted else 0.0), i - 8  # (see _agent_phrase)
        else:
            c, last = j, min(n, j + WINDOW)
            floor, stop_above = COSTS["right"] - (3.0 if fronted else 0.0), (j - 1 if main is None else main)
        while c != last:
            if best_cost is not None and passed + floor > best_cost \
                    and (c < stop_below if side < 0 else c > stop_above):
                break
            if c in blocked:  # the dates: neither candidates nor costing anything
                c += side
                continue
            t = tokens[c]
            tag = t.tag
            if tag == "V" or tag == "N":
                if side < 0:
                    cost = passed + (COSTS["fronted_left"] if fronted else 0.0)
                else:
                    cost = passed + COSTS["right"]
                    if fronted and c > j and tokens[j].text == ",":
                        # "On Tuesday, the court issued": the comma after a fronted date is no boundary.
                        cost -= 3.0
                near = cost <= 2.0
                if tag == "N":
                    # "the announcement yesterday", "protests this summer": a noun right by the date is dated
                    # by it; with a preposition between ("a warrant on Tuesday") the verb usually is.
                    if (c == i - 1 or c == j) and not _is_object(tokens, c):
                        cost += COSTS["noun_by_date"]
                    elif side < 0 and _agent_phrase(tokens, c + 1, i):
                        # "two decisions by the U.S. Supreme Court last June": the noun and its agent
                        cost = COSTS["noun_by_date"] + (COSTS["fronted_left"] if fronted else 0.0)
                    else:
                        cost += COSTS["noun"]
                elif t.lemma in lex.REPORTING and not near:
                    cost += COSTS["reporting"]
                elif t.lemma in lex.LIGHT and t.lower not in ("started", "began", "begun", "ended", "finished"):
                    cost += COSTS["light"]
                if t.adjectival:
                    cost += COSTS["adjectival"]
                if t.quoted != date_quoted:
                    cost += COSTS["quote"]
                if c == main:
                    cost = min(cost, 1.0)
                if best_cost is None or cost < best_cost or (cost == best_cost and best is not None and c < best):
                    best, best_cost = c, cost
            # (most words cost just 1: _unit_cost only for those that may cost more)
            passed += _unit_cost(tokens, c) if tag == "P" or tag == "C" or t.lower in _COSTLY_WORDS else 1.0
            if relative and side > 0 and t.text == ",":
                passed += COSTS["relative_end"]
                relative = False
            c += side
    if best is not None and tokens[best].lemma == "be":
        return _predicate(tokens, best)
    return best


def _in_relative(tokens: list[Token], i: int) -> bool:
    """Is the date at i inside a relative clause set off by a comma (", whose shares began trading in")?"""
    for k in range(i - 1, max(-1, i - 25), -1):
        t = tokens[k]
        if t.tag in ("P", "C") or t.text in ".!?":
            return t.lower in ("which", "who", "whose") and k > 0 and tokens[k - 1].text == ","
    return False


def _agent_phrase(tokens: list[Token], a: int, b: int) -> bool:
    """Are tokens[a:b] a short "by"/"of" phrase naming someone ("by the U.S. Supreme Court")?"""
    if b - a < 2 or b - a > 7 or tokens[a].lower not in ("by", "of", "from", "against"):
        return False
    return all(t.text[:1].isupper() or t.lower in lex.DETERMINERS or t.text in ("'s", "’s", ".") for t in tokens[a + 1:b])


def _is_object(tokens: list[Token], c: int) -> bool:
    """Is the noun at c a verb's direct object ("complete the sale")?"""
    k = c - 1
    while k >= 0 and tokens[k].tag in ("O", "N") and tokens[k].lower not in lex.PREPOSITIONS \
            and (tokens[k].lower in lex.DETERMINERS or tokens[k].text.islower() or tokens[k].text in ("'s", "’s")):
        k -= 1
    return k >= 0 and tokens[k].tag == "V"


def _clause_verb(tokens: list[Token], j: int) -> Optional[int]:
    """After a fronted date ("Earlier this month, Security Pacific, which is ..., completed"): the first
    verb of the clause it opens, skipping relative clauses set off by commas."""
    k, in_relative = j, False
    while k < len(tokens) and k - j < WINDOW:
        t = tokens[k]
        if t.text in ";:" or t.text in ".!?":
            return None
        if t.lower in ("which", "who", "whose") and k > 0 and tokens[k - 1].text == ",":
            in_relative = True
        elif t.text == "," and in_relative:
            in_relative = False
        elif t.tag == "V" and not t.adjectival and not in_relative \
                and not (t.lower.endswith("ing") and tokens[k - 1].tag != "A"):
            return k
        k += 1
    return None


_DEGREE: Final = frozenset("very quite fairly rather so too".split())


def _predicate(tokens: list[Token], copula: int) -> int:
    """"was eligible", "is a trustee": the predicate names the state, as TimeML marks it."""
    for k in range(copula + 1, min(len(tokens), copula + 7)):
        t = tokens[k]
        if t.tag == "V":
            return k
        if t.lower in lex.DETERMINERS or t.lower in lex.ADVERBS or t.lower in lex.NEGATIONS or t.lower.endswith("ly") \
                or t.text[:1].isupper() or t.text in ("'s", "’s") or t.lower in _DEGREE:
            continue  # "was a U.S. Trust trustee", "haven't been very good"
        if t.text.isalpha() and t.text.islower() and t.lower not in lex.STOPWORDS and t.lower not in lex.TIME_PREPOSITIONS \
                and t.lower not in lex.PREPOSITIONS:
            return k
        break
    return copula


def _fronted(tokens: list[Token], i: int) -> bool:
    """Does the time expression open its clause ("On Tuesday, ...", "In 1986 he bought")?"""
    k = i - 1
    while k >= 0 and tokens[k].lower in lex.TIME_PREPOSITIONS | {"the", "early", "late", "mid", "earlier", "later"}:
        k -= 1
    return k < 0 or tokens[k].tag == "P" or tokens[k].tag == "C" or tokens[k].lower in ("and", "but")


_OPENERS: Final = frozenset(
    "in at on during after before since while when although though because if unless as with without "
    "despite following amid".split()
)


def main_verb(tokens: list[Token]) -> Optional[int]:
    """The main clause's verb: the first finite verb outside quotes, subordinate clauses and an opening
    adverbial ("In response to critics saying ..., Jobs said"); a bare participle only if nothing else."""
    if not isinstance(tokens, Tokens):
        return _main_verb(tokens)
    found = tokens._main_verb  # (anchoring asks up to three times for a sentence's)
    if found is not None and found < 0:  # not asked for yet (an AttributeError to catch cost twice the search)
        found = tokens._main_verb = _main_verb(tokens)
    return found


def _main_verb(tokens: list[Token]) -> Optional[int]:
    everything_quoted = True  # (a loop rather than all() over a generator: it runs for every sentence)
    for t in tokens:
        if not t.quoted and t.tag != "P" and t.tag != "O":
            everything_quoted = False
            break
    start = 0
    if tokens and tokens[0].lower in _OPENERS:
        comma = next((c for c, t in enumerate(tokens) if t.text == "," and not t.quoted), None)
        if comma is not None and any(t.tag == "V" and not t.adjectival for t in tokens[comma + 1:]):
            start = comma + 1
    subordinate = False
    fallback = None
    for c in range(start, len(tokens)):
        t = tokens[c]
        tag = t.tag
        if tag == "C":
            if t.lower in ("while", "although", "though", "because", "if", "unless", "when", "whereas"):
                subordinate = True
        elif tag == "P":
            if t.text == ",":
                subordinate = False
        elif tag == "V" and (everything_quoted or not t.quoted) and not t.adjectival and not subordinate:
            if c == 0 and c + 1 < len(tokens) and tokens[1].text[:1].isupper() and t.lower.endswith(("ing", "ed")):
                continue  # "Presiding Judge Martin Mann has stated"
            if t.lower.endswith("ing") and (c == 0 or tokens[c - 1].tag != "A"):
                fallback = c if fallback is None else fallback
                continue  # "Jobs started by hinting": a participle is no clause's main verb
            return c
    return fallback


def main_trigger(tokens: list[Token], verb: Optional[int] = -1) -> Optional[int]:
    """The main event of a sentence with no date: its main verb (see main_verb; pass it as ``verb`` when
    known; a copula gives way to its predicate), else its first event noun."""
    c = main_verb(tokens) if verb == -1 else verb
    if c is not None:
        if tokens[c].lemma == "be":  # "He is responsible for the killing": the event noun is the event
            p = _predicate(tokens, c)
            noun = next((k for k in range(c + 1, len(tokens)) if tokens[k].tag == "N"), None)
            return noun if tokens[p].tag not in ("N", "V") and noun is not None else p
        return c
    everything_quoted = all(t.quoted or t.tag in ("P", "O") for t in tokens)
    return next((c for c, t in enumerate(tokens) if t.tag == "N" and (everything_quoted or not t.quoted)), None)


# ---------------------------------------------------------------- events sharing a date with the trigger

def _period_start(tokens: list[Token], i: int, blocked: AbstractSet[int]) -> int:
    """Where the period a date ends begins ("for the fiscal year ended Jan. 31": the date belongs to the
    period's phrase, dated as a whole), else i."""
    if i < 2 or tokens[i - 1].lower not in ("ended", "ending") or tokens[i - 2].lower not in lex.TIME_NOUNS:
        return i
    k = i - 2
    while k > 0 and i - k < 6 and (k - 1 in blocked or tokens[k - 1].lower in lex.DETERMINERS or tokens[k - 1].tag == "O"
                                   and tokens[k - 1].text.islower() and tokens[k - 1].text.replace("-", "").isalpha()
                                   and tokens[k - 1].lower not in lex.PREPOSITIONS
                                   and tokens[k - 1].lower not in lex.TIME_PREPOSITIONS):
        k -= 1
    return k


def _coordinated_noun(tokens: list[Token], k: int) -> Optional[int]:
    """An event noun joined by "and" to the noun at k, over its "of" phrase ("sales of $59.5 million and
    pretax profit of $2.9 million"), or None."""
    c = k + 1
    while c < len(tokens) and c - k < 8:
        t = tokens[c]
        if t.lower in ("and", "or"):
            c += 1
            while c < len(tokens) and c - k < 12 and tokens[c].tag == "O" and _np_word(tokens[c]) \
                    and (tokens[c].text.islower() or tokens[c].lower in lex.DETERMINERS):
                c += 1
            # the head: the last word of the noun phrase ("an operating loss")
            while c + 1 < len(tokens) and c + 1 - k < 12 and tokens[c + 1].tag in ("O", "N") and tokens[c + 1].text.isalpha() \
                    and tokens[c + 1].text.islower() and tokens[c + 1].lower not in lex.STOPWORDS \
                    and tokens[c + 1].lower not in lex.PREPOSITIONS and tokens[c + 1].lower not in lex.CLAUSE_WORDS:
                c += 1
            return c if c < len(tokens) and tokens[c].tag == "N" else None
        if t.tag in ("V", "C", "P", "N") or t.text in ".!?" \
                or t.lower in lex.PREPOSITIONS and t.lower not in ("of", "about", "around", "over", "under"):
            return None
        c += 1
    return None


def _dated_apart(tokens: list[Token], v: int, blocked: AbstractSet[int]) -> bool:
    """Does the verb phrase at v hold a date of its own ("appointed in 1985 and retired in 1990")?"""
    for k in range(v + 1, min(len(tokens), v + 10)):
        if k in blocked:
            return True
        t = tokens[k]
        if t.tag in ("P", "C") or t.text in ".!?" or t.lower in ("and", "or", "but"):
            return False
    return False


def _copula_before(tokens: list[Token], k: int) -> Optional[int]:
    """The copula a predicate at k follows ("was Du Pont's second", "is a trustee"), or None."""
    c = k - 1
    while c >= 0 and k - c < 5 and tokens[c].tag != "V" and (tokens[c].lower in lex.DETERMINERS or _np_word(tokens[c])):
        c -= 1
    return c if c >= 0 and tokens[c].tag == "V" and tokens[c].lemma == "be" else None


def _skip_modifiers(tokens: list[Token], k: int, limit: int = 3) -> int:
    """Index of the first token at or after k that is not an adverb, negation or auxiliary."""
    n = 0
    while k < len(tokens) and n < limit and (tokens[k].tag == "A" or tokens[k].lower in lex.ADVERBS
                                             or tokens[k].lower in lex.NEGATIONS
                                             or (tokens[k].lower.endswith("ly") and tokens[k].tag == "O")):
        k += 1
        n += 1
    return k


def _verb_form(t: Token) -> str:
    """'ed' (past or participle), 'ing', 'to' (bare after to/modal) or 'other', to match coordinated verbs."""
    w = t.lower
    if w.endswith("ing"):
        return "ing"
    if w.endswith("ed") or w in lex.IRREGULAR:
        return "ed"
    return "other"


def _subject_noun(tokens: list[Token], v: int, blocked: AbstractSet[int] = frozenset()) -> Optional[int]:
    """The head noun of the subject of the verb at v, reaching over one prepositional phrase ("the big
    slide in stock prices this month has turned"), or None."""
    k = verb_group_start(tokens, v) - 1
    if k > 0 and tokens[k].lower in ("that", "which") and tokens[k - 1].tag == "N":
        return k - 1  # a relative clause's event noun: "the strike that began", "the warrant that was issued"
    if k > 0 and tokens[k].lower == "to":
        # an infinitive's subject: "expect the trend to continue", "Construction is set to begin"
        k -= 1
        if tokens[k].tag == "V" and tokens[k].lemma in lex.INTENT:
            k = verb_group_start(tokens, k) - 1
    crossed = False
    fallback = None  # a head that names no event: a better one may head a phrase before it
    while k >= 0 and v - k < 16:
        t = tokens[k]
        if k in blocked:  # "the bombings on Aug. 7 killed": over the date
            k -= 1
            continue
        if t.text.isalpha() and (t.text.islower() or k == 0 and t.tag == "N") and t.tag in ("N", "O") \
                and t.lower not in lex.STOPWORDS \
                and t.lower not in lex.PREPOSITIONS and t.lower not in lex.CLAUSE_WORDS and t.lower not in lex.ADVERBS \
                and not t.lower.endswith("ly") and not crossed_time(tokens, k):
            # the last word before the verb, or before the phrase crossed ("the big slide in stock prices")
            if t.tag == "N" or crossed:
                return k
            fallback = k if fallback is None else fallback
            k -= 1
            continue
        if not crossed and t.lower in lex.PREPOSITIONS and (t.lower != "of" or fallback is not None) and k > 0:
            crossed = True
            k -= 1
            continue
        if _np_word(t) or t.lower in lex.ADVERBS:
            k -= 1
            continue
        return fallback
    return fallback


def crossed_time(tokens: list[Token], k: int) -> bool:
    return tokens[k].lower in lex.TIME_NOUNS


def _object_noun(tokens: list[Token], v: int, any_noun: bool = False) -> Optional[int]:
    """An event noun that is the direct object of the verb at v ("completed the purchase", "staged a coup",
    "had a net loss")."""
    k = v + 1
    if k < len(tokens) and tokens[k].lower in ("out", "off", "up", "down"):
        k += 1  # "carry out an inspection"
    steps = 0
    while k < len(tokens) and steps < 4:
        t = tokens[k]
        if t.tag == "N" or any_noun and t.tag == "O" and t.text.isalpha() and t.text.islower() \
                and t.lower not in lex.STOPWORDS and t.lower not in lex.PREPOSITIONS and t.lower not in lex.CLAUSE_WORDS \
                and t.lower not in lex.TIME_NOUNS and (k + 1 >= len(tokens) or not tokens[k + 1].text.isalpha()
                                                       or tokens[k + 1].lower in lex.PREPOSITIONS
                                                       or tokens[k + 1].tag in ("N", "O")):
            # the head: the last noun of the phrase ("an arrest warrant", "a car bomb")
            while k + 1 < len(tokens) and tokens[k + 1].tag in ("N", "O") and tokens[k + 1].text.isalpha() \
                    and tokens[k + 1].text.islower() and tokens[k + 1].lower not in lex.STOPWORDS \
                    and tokens[k + 1].lower not in lex.PREPOSITIONS and tokens[k + 1].lower not in lex.CLAUSE_WORDS:
                if tokens[k + 1].tag != "N" and not any_noun:
                    return None  # "a sale price": the head is no event
                k += 1
            return k
        if t.lower in lex.DETERMINERS or (t.text.isalpha() and t.text.islower() and t.tag == "O"
                                          and t.lower not in lex.STOPWORDS and t.lower not in lex.PREPOSITIONS
                                          and t.lower not in lex.CLAUSE_WORDS) \
                or (t.tag == "V" and t.adjectival) or t.text in ("'s", "’s") \
                or (t.tag == "O" and t.text[:1].isupper() and k + 1 < len(tokens) and tokens[k + 1].text in ("'s", "’s")):
            k += 1  # "condemned Iraq's invasion": a possessive name is part of the phrase
            steps += 1
            continue
        if t.text[:1].isdigit() or t.text in ("$", "%") or t.lower in lex.NUMBER_WORDS:
            k += 1  # "reported a 10% rise", "took a $5 million charge": amounts do not count as steps
            continue
        return None
    return None


def _np_word(t: Token) -> bool:
    """Could the token be inside a noun phrase ("New York Stock Exchange composite", "$ 60", "'s")?"""
    if t.tag == "V":
        return t.adjectival
    if t.tag not in ("O", "N"):
        return False
    w = t.lower
    return (t.text[0].isalnum() or t.text in ("'s", "’s", "$", "%", "-")) and w not in lex.PREPOSITIONS \
        and w not in lex.TIME_PREPOSITIONS and w not in lex.CLAUSE_WORDS and w not in ("and", "or", "but", "to")


# Prepositions that put a noun's date before, after or around the verb's event, not on it ("downloaded
# since its launch in 2003").
_NOT_AT: Final = frozenset("since until till before after by through throughout from between".split())

_ADVERBIAL_OPENERS: Final = frozenset("in on at for during over within throughout earlier later".split())

_ASPECTUAL: Final = frozenset(
    "begin start continue resume stop finish end complete cease try attempt seek decide agree vow promise "
    "refuse fail manage threaten move help".split()
)


def co_triggers(tokens: list[Token], primary: Optional[int], i: int, j: int,
                blocked: AbstractSet[int] = frozenset()) -> list[tuple[int, str]]:
    """Other events the same date dates, with how they relate to the trigger at ``primary``:
    'coordinated' ("was arrested and charged on Tuesday"), 'complement' ("began trading in August",
    "tried to scare"), 'object' ("completed the purchase yesterday", "staged a coup"), 'subject'
    ("third-quarter profit grew", "the attack on Tuesday killed"), 'clause' ("In composite trading
    Friday, the shares closed")."""
    if primary is None:
        return []
    out: list[tuple[int, str]] = []
    seen = {primary} | set(blocked) | set(range(i, j))
    period = _period_start(tokens, i, blocked)
    if period < i:  # "the quarter ended Sept. 30": the period's end, and what the period is of
        out.append((i - 1, "period"))
        seen.update(range(period, i))
        i = period

    def add(k: Optional[int], how: str, any_noun: bool = False) -> bool:
        if k is None or not 0 <= k < len(tokens) or k in seen:
            return False
        t = tokens[k]
        if not t.text.replace("-", "").isalpha() or t.lemma in ("be", "do"):
            return False
        if t.tag not in ("V", "N") and not (any_noun and t.tag == "O" and t.text.islower()
                                             and t.lower not in lex.STOPWORDS and t.lower not in lex.PREPOSITIONS):
            return False
        seen.add(k)
        out.append((k, how))
        return True

    p = tokens[primary]
    if j < len(tokens) and tokens[j].lower in ("ended", "ending") and tokens[j - 1].lower in lex.TIME_NOUNS:
        add(j, "period")  # "in the quarter ended Sept. 30": the quarter's end
    verbs = [primary] if p.tag == "V" and not p.adjectival else []
    if p.tag == "N":
        # "no one-time gains or losses in the period": the event noun coordinated with it
        k = primary - 1
        if k > 0 and tokens[k].lower in ("and", "or"):
            k -= 1
            if tokens[k].tag == "N" and tokens[k].text.islower():
                add(k, "coordinated")
        # "the January 1998 bombing of an abortion clinic that killed": a relative clause telling the event
        k = primary + 1
        while k < len(tokens) and k - primary < 10 and (k in blocked or i <= k < j or tokens[k].lower in ("of", "in", "at")
                                                        or _np_word(tokens[k]) and tokens[k].tag != "N"):
            k += 1
        if k + 1 < len(tokens) and tokens[k].lower in ("that", "which"):
            v = _skip_modifiers(tokens, k + 1)
            if v < len(tokens) and tokens[v].tag == "V" and not tokens[v].adjectival and tokens[v].lemma != "be":
                add(v, "relative")
        # the noun's clause: the verb it is the subject of ("profit grew"), or, for a noun in a fronted
        # phrase ("In composite trading Friday, X closed"), the clause's verb.
        k = primary + 1
        while k < len(tokens) and (k in blocked or i <= k < j or tokens[k].lower in ("'s",)):
            k += 1
        k = _skip_modifiers(tokens, k)
        if k < len(tokens) and tokens[k].tag == "V" and tokens[k].lemma == "be":
            # "third-quarter earnings will probably be lower": the predicate names the state
            add(_predicate(tokens, k), "subject", any_noun=True)
        elif k < len(tokens) and tokens[k].tag == "V" and not tokens[k].adjectival and _verb_form(tokens[k]) != "ing":
            add(k, "subject")
            verbs.append(k)
        # the phrase the dated noun heads: "reported third-quarter net income", "closed in composite
        # trading Friday", "In composite trading Friday, Aetna closed"
        b = min(primary, i) - 1
        while b >= 0 and min(primary, i) - b < 16 and (b in blocked or _np_word(tokens[b])):
            b -= 1
        end = max(primary, j - 1) + 1
        premodifier = i < primary  # "violated the 1991 agreement": the date is the agreement's alone
        if premodifier:
            pass
        elif b >= 0 and tokens[b].tag == "V" and not tokens[b].adjectival and tokens[b].lemma != "be" \
                and tokens[b].lemma not in lex.INTENT:
            add(b, "object")
        elif b >= 0 and (tokens[b].lower in lex.PREPOSITIONS or tokens[b].lower in lex.TIME_PREPOSITIONS) \
                and tokens[b].lower not in _NOT_AT:
            if _fronted(tokens, b + 1) and end < len(tokens) and tokens[end].text == ",":
                clause_verb = _clause_verb(tokens, end)
                if clause_verb is not None:
                    add(clause_verb, "clause")
                    verbs.append(clause_verb)
            else:
                k = b - 1
                while k >= 0 and b - k < 12 and tokens[k].tag not in ("P", "C") and tokens[k].text not in ".!?":
                    if tokens[k].tag == "V" and not tokens[k].adjectival:
                        if tokens[k].lemma != "be" and tokens[k].lemma not in lex.INTENT and add(k, "clause") \
                                and tokens[k - 1].lower == "to":
                            # "rose $2.50 a share to close at $117 in composite trading yesterday"
                            c = k - 2
                            while c >= 0 and k - c < 9 and tokens[c].tag not in ("P", "C", "V"):
                                c -= 1
                            if c >= 0 and tokens[c].tag == "V" and not tokens[c].adjectival \
                                    and tokens[c].lemma not in lex.INTENT and tokens[c].lemma != "be":
                                add(c, "purpose")
                        break
                    k -= 1
    elif _copula_before(tokens, primary) is not None:
        # "The dividend increase was Du Pont's second this year": the predicate is the date's; the subject
        # names the event
        add(_subject_noun(tokens, _copula_before(tokens, primary) or 0), "subject")
    if p.tag == "V":
        # "Year-earlier results included", "the bankruptcy proceedings began Tuesday": the event noun
        # heading the subject.
        k = verb_group_start(tokens, primary) - 1
        if k >= 0 and tokens[k].tag == "N" and tokens[k].text.islower():
            add(k, "subject")
        # "sought to soften ..., saying on Friday": the clause a participle hangs on
        if _verb_form(p) == "ing" and primary > 0 and tokens[primary - 1].text == ",":
            k = primary - 2
            while k >= 0 and primary - k < 16 and tokens[k].tag != "C" and tokens[k].text not in ";:.!?\"“”":
                if tokens[k].tag == "V" and not tokens[k].adjectival and _verb_form(tokens[k]) != "ing" \
                        and tokens[k].lemma != "be":
                    add(k, "clause")
                    break
                k -= 1
        # "arrived in Washington seeking to mediate": a participle right after the verb's phrase tells what
        # the subject was doing then (not one after a comma: ", totaling $22 billion" is often a state or a
        # result, not an event of that date)
        if _verb_form(p) != "ing" and not p.adjectival:
            k = primary + 1
            while k < len(tokens) and k - primary < 14:  # (over dates) up to a clause boundary or finite verb
                w = tokens[k]
                if k not in blocked:
                    if w.tag in ("C", "P") or w.text in ".!?" or w.tag == "V" and _verb_form(w) != "ing":
                        break
                    if w.tag == "V" and not w.adjectival and _verb_form(w) == "ing" \
                            and tokens[k - 1].tag != "A" and tokens[k - 1].lower not in lex.PREPOSITIONS \
                            and tokens[k - 1].lower not in lex.ADVERBS and k - 1 > primary:
                        add(k, "participle")
                        break
                k += 1
            if k + 1 < len(tokens) and tokens[k].lower == "while" and tokens[k + 1].tag == "V" \
                    and _verb_form(tokens[k + 1]) == "ing":
                add(k + 1, "participle")  # "was rescued Nov. 25 while clinging to an inner tube"
    # "a net loss of $8.1 million, or $2.14 a share, for the third quarter": the measure the period is of
    # ("for the seasonally slow third quarter"), and the verb that has or reports it ("had a net loss")
    pre = i - 1
    while pre > 0 and i - pre < 4 and (pre in blocked or tokens[pre].lower in lex.DETERMINERS
                                       or tokens[pre].tag == "O" and tokens[pre].text.islower()
                                       and tokens[pre].lower not in lex.PREPOSITIONS):
        pre -= 1
    if pre >= 0 and tokens[pre].lower in ("for", "in", "during"):
        k = pre - 1
        while k >= 0 and pre - k < 16:
            w = tokens[k]
            if w.tag == "C" or w.text in ";:.!?\"“”" or (w.tag == "V" and not w.adjectival):
                break
            if w.tag == "N" and w.lower in lex.MEASURES:
                add(k, "measure")
                v = k - 1
                while v >= 0 and k - v < 5 and _np_word(tokens[v]):
                    v -= 1
                if v >= 0 and tokens[v].tag == "V" and not tokens[v].adjectival and tokens[v].lemma not in ("say", "tell") \
                        and tokens[v + 1].lower not in ("its", "their", "his", "her", "our"):
                    add(v, "measure")  # "had a net loss", "reported a charge"; not "said its net loss"
                break
            k -= 1
    # "said Thursday that Britain has been pushing hard", "said it now holds 5%": a report's present-tense
    # clause tells a state at the time of the report
    if p.tag == "V" and p.lemma in lex.REPORTING and not p.adjectival:
        k = primary + 1
        while k < len(tokens) and k - primary < 14 and (k in blocked or i <= k < j or tokens[k].tag != "V"):
            if tokens[k].tag == "C" and tokens[k].lower != "that" or tokens[k].text in ";:.!?\"“”":
                k = len(tokens)
                break
            k += 1
        if k < len(tokens) and k - primary < 14 and tokens[k].tag == "V" and not tokens[k].adjectival:
            g = verb_group_start(tokens, k)
            group = {x.lower for x in tokens[g:k]}
            # present ("holds", "is seeking") or present perfect progressive ("has been pushing")
            present = tense(tokens, k) == "present" or (
                tokens[k].lower.endswith("ing") and "been" in group and group & {"has", "have", "'ve"})
            if present and tokens[k].lemma not in ("be",):
                add(k, "reported")
    # "is scheduled for completion by Dec. 10", "is expected in December": what is scheduled
    if p.tag == "V" and p.lemma in lex.INTENT and primary + 1 < len(tokens) and tokens[primary + 1].lower in ("for", "to"):
        add(_object_noun(tokens, primary + 1), "complement")
    # "For the quarter ended Sept. 30, Delta posted ...", "In January this year, officers who had been
    # searching for him concluded ...": a date in an opening adverbial dates the clause it opens.
    if tokens and tokens[0].lower in _ADVERBIAL_OPENERS and i < 16:
        comma = next((c for c, t in enumerate(tokens) if t.text == "," and not t.quoted), None)
        if comma is not None and comma >= j and comma - j < 8 and not any(
                t.tag == "V" and not t.adjectival and t.lemma != "end" and k != primary
                for k, t in enumerate(tokens[:comma]) if not (i <= k < j)):
            clause_verb = _clause_verb(tokens, comma)
            if clause_verb is not None and add(clause_verb, "clause"):
                verbs.append(clause_verb)
    # "a year ago, when the industry enjoyed strong demand", "today when tons of earth cascaded": a "when"
    # clause right after a date tells what happened then
    k = j + 1 if j < len(tokens) and tokens[j].text == "," else j
    if k + 1 < len(tokens) and (tokens[k].lower == "when" or tokens[k].lower in ("as", "while") and (
            tokens[k + 1].lower in _SUBJECT_PRONOUNS or tokens[k + 1].lower in lex.DETERMINERS)):
        # ("on Friday night as he stood in his kitchen")
        c = k + 1
        while c < len(tokens) and c - k < 10 and tokens[c].text not in ";:.!?\"“”" and tokens[c].tag != "C":
            if tokens[c].tag == "V" and not tokens[c].adjectival:
                add(c, "when")
                break
            c += 1
    queue = list(verbs)
    done: set[int] = set()
    while queue:
        v = queue.pop(0)
        if v in done or len(done) > 6:
            continue
        done.add(v)
        t = tokens[v]
        form = _verb_form(t)
        # coordinated verbs to the right: "killed three soldiers and seriously wounded six others"
        k = v + 1
        while k < len(tokens) and k - v < 14:
            w = tokens[k]
            if w.text in ";:.!?" or w.tag == "C" and w.lower != "but" or w.text in "\"“”" or w.lower in ("which", "who"):
                break
            if w.lower in ("and", "or", "but"):
                n = _skip_modifiers(tokens, k + 1)
                if n + 1 < len(tokens) and form == "ed" and tokens[n].text[:1].isupper() and tokens[n].tag == "O":
                    # "signed the plan Friday, and Yeltsin claimed": a short new subject, the same tense
                    m = n
                    while m < len(tokens) and m - n < 3 and tokens[m].text[:1].isupper() and tokens[m].tag == "O":
                        m += 1
                    n = _skip_modifiers(tokens, m)
                if n < len(tokens) and tokens[n].tag == "V" and not tokens[n].adjectival and (
                        _verb_form(tokens[n]) == form or tokens[verb_group_start(tokens, n)].tag == "A") \
                        and not _dated_apart(tokens, n, blocked) and add(n, "coordinated"):
                    queue.append(n)
                elif w.lower == "and" and k + 1 < len(tokens) and tokens[k + 1].tag in ("O", "N") \
                        and tokens[k + 1].text[:1].isalnum() and not (n < len(tokens) and tokens[n].tag == "V"):
                    k += 1  # "condemned the bombings in Kenya and Tanzania and offered": nouns joined, go on
                    continue
                break
            if w.text == "," and form == "ed" and k + 1 < len(tokens) and tokens[k + 1].tag == "V" \
                    and not tokens[k + 1].adjectival and _verb_form(tokens[k + 1]) == "ed" \
                    and any(x.lower == "and" for x in tokens[k + 2:k + 14]):
                # "charged $46 million ..., added $20 million ... and established": a list of verb phrases
                if add(k + 1, "coordinated"):
                    queue.append(k + 1)
                k += 2
                continue
            if w.tag == "V" and not w.adjectival and k > v + 1 and tokens[k - 1].lower != "to":
                break  # (not an infinitive in the verb's phrase: "announced plans to buy X but didn't say")
            k += 1
        # and to the left: "was arrested and charged on Tuesday"
        g = verb_group_start(tokens, v)
        k = g - 1
        while k >= 0 and (tokens[k].lower in lex.ADVERBS or tokens[k].lower.endswith("ly") and tokens[k].tag == "O"):
            k -= 1
        if k >= 0 and tokens[k].lower in ("and", "or"):
            k -= 1
            while k >= 0 and v - k < 14:
                w = tokens[k]
                if w.text in ";:.!?" or w.tag == "C" or w.text in "\"“”":
                    break
                if w.tag == "V" and not w.adjectival:
                    if (_verb_form(w) == form or tokens[g].tag == "A") and not _dated_apart(tokens, k, blocked) \
                            and add(k, "coordinated"):
                        queue.append(k)
                    break
                k -= 1
        # "began trading", "tried to scare", "resumed work": the event begun, tried or resumed; and what
        # began ("the bankruptcy proceedings began Tuesday")
        if t.lemma in _ASPECTUAL:
            k = _skip_modifiers(tokens, v + 1)
            # "agreed in April to hand them over": over the date
            d = k + 1 if k < len(tokens) and tokens[k].lower in lex.TIME_PREPOSITIONS else k
            if d in blocked:
                while d in blocked:
                    d += 1
                k = d
            if k < len(tokens) and tokens[k].lower == "to":
                k = _skip_modifiers(tokens, k + 1)
                # after "agreed to", a bare word is a verb ("agreed in April to hand them over")
                if k < len(tokens) and tokens[k].tag in ("V", "O") and add(k, "complement", any_noun=True):
                    queue.append(k)
            elif k < len(tokens) and tokens[k].lower.endswith("ing") and tokens[k].tag in ("V", "N"):
                if add(k, "complement"):
                    queue.append(k)
            else:
                obj = _object_noun(tokens, v, any_noun=True)
                if not add(obj, "complement", any_noun=True) and obj is None and form != "ing":
                    # "the bankruptcy proceedings began Tuesday": with nothing begun after it, what began
                    add(_subject_noun(tokens, v), "subject", any_noun=True)
        # "would start producing chips next week", "Construction is set to begin": what begins the dated one
        g = verb_group_start(tokens, v)
        k = g - 1
        intent = k > 0 and tokens[k].lower == "to" and tokens[k - 1].tag == "V" and tokens[k - 1].lemma in lex.INTENT
        if k >= 0 and tokens[k].lower == "to":
            k = verb_group_start(tokens, k - 1) - 1 if intent else k - 1
            if k >= 0 and tokens[k].tag == "V" and tokens[k].lemma in _ASPECTUAL and tokens[k + 1].lower == "to":
                add(k, "complement")
            elif k >= 0 and tokens[k].tag == "V" and not tokens[k].adjectival and tokens[k].lemma not in lex.INTENT \
                    and tokens[k].lemma not in ("be", "have", "do") and tokens[k + 1].lower == "to":
                add(k, "purpose")  # "rose $2.50 to close at $117", "returned to the stage to reveal"
            elif k + 1 < len(tokens) and tokens[k + 1].lower in lex.INTENT and tokens[k].tag != "V":
                pass
            if intent or k >= 0 and tokens[k].lemma in lex.INTENT | _ASPECTUAL:
                add(_subject_noun(tokens, v), "subject")  # "Construction is set to begin", "began to fall"
        elif k >= 0 and tokens[k].tag == "V" and tokens[k].lemma in _ASPECTUAL and k == g - 1 and form == "ing":
            add(k, "complement")
        # "completed the purchase yesterday", "staged a successful coup"
        obj = _object_noun(tokens, v)
        if add(obj, "object"):
            add(_coordinated_noun(tokens, obj or 0), "object")  # "reported sales of $59.5 million and profit of ..."
        # "compared with a loss of $9.7 million a year earlier": what is compared
        if t.lemma == "compare" and v + 1 < len(tokens) and tokens[v + 1].lower in ("with", "to"):
            add(_object_noun(tokens, v + 1), "object", any_noun=True)
        # "the big slide in stock prices this month has turned": the event noun heading the subject
        if t.tag == "V" and form != "ing":
            add(_subject_noun(tokens, v, blocked), "subject")
    return out
