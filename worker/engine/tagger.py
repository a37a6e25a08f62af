"""Rule-based temporal tagger: finds TIMEX3 expressions in news text and normalises them.

How it works:
1. one scan of the text (``_TOKEN``, a prefix tree of trigger words plus digit runs) finds the
   triggers; each opens a small window for the rules it can start (``_windows``: digits by their
   shape, units only after a number or determiner, holidays by their distinctive words); each
   pattern family (``_RULES``) then runs only in its windows, behind a lookahead of the
   characters it can start with; each match is a candidate;
2. candidates that fail a context check (``May I ask``, ``2016 units``) are dropped;
3. the longest candidates win, giving non-overlapping expressions;
4. a modifier before an expression ("early", "the end of", "about") is folded into it;
5. expressions are normalised in text order, so anaphoric ones ("the following day") can
   use the previous date of the narrative, and tense (``tense.py``) decides the direction
   of bare weekdays, months, days, holidays and quarters.

Other languages get absolute dates (month names from dateparser's locale data, numeric and
CJK forms) plus today/yesterday/tomorrow-style words and weekdays; see ``_tag_foreign``.
Word lists live in ``lexicon.py``, calendar arithmetic in ``normalise.py``.
"""
from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import functools
import re
from dataclasses import dataclass
from typing import Callable, Optional

from schemas import TimeExpression, trusted
from worker.engine import lexicon as L
from worker.engine import normalise as N
from worker.engine.tense import direction as tense_direction, past_plan, postponed_to, strong_past, takes_nearest

# ---------------------------------------------------------------------------------------------
# Pattern pieces. In rule templates a space means "some whitespace" and <NAME> a piece below.

_S = r"\s{1,3}"


def _trie(words: list[str]) -> str:
    """An alternation of literal words, factored on shared prefixes ("a(?:bout|round)"). It
    matches exactly what "about|around" matches, with the same preference order (alternatives
    that differ in their first character never match at the same place), but the regex engine
    tries one branch per distinct next character instead of every word at every position."""
    def char(ch: str) -> str:
        return " " if ch == " " else "['’]" if ch == "'" else re.escape(ch)

    groups: dict[str, list[str]] = {}
    for w in words:
        groups.setdefault(w[:1], []).append(w[1:])
    out = []
    for first, rests in groups.items():
        if first == "":
            out.append("")
        elif len(rests) == 1:
            out.append(char(first) + "".join(char(ch) for ch in rests[0]))
        else:
            out.append(char(first) + "(?:" + _trie(rests) + ")")
    return "|".join(out)


def _alt(words) -> str:
    return _trie(sorted(words, key=len, reverse=True))


_PURE_GROUP = re.compile(r"\((\?P<\w+>|\?:)((?:[a-z -]+\|)+[a-z -]+)\)")


def _factor_groups(source: str) -> str:
    """Factors every group of plain lower-case words in a rule template (see ``_trie``)."""
    return _PURE_GROUP.sub(lambda m: "(" + m[1] + _trie(m[2].split("|")) + ")", source)


_ONES = "one|two|three|four|five|six|seven|eight|nine"
_TEENS = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_NUMWORD = (
    rf"(?:(?:{_TENS})(?:[-\s](?:{_ONES}))?|(?:{_ONES}|{_TEENS}|zero|dozen)|(?:a |one )?hundred|(?:a |one |two )?thousand"
    r"|(?:half )?a dozen|half an?|(?:a )?half(?=(?: |-)(?:hour|day|week|month|year|decade|century)\b))(?![\w])"
)
_NUMDIG = r"(?<![\w.,:])\d{1,3}(?:,\d{3}){0,3}(?:\.\d{1,3})?(?: \d/\d)?(?![\d,]\d)"
_FUZZY = r"(?:a few|a couple of|couple of|a couple|several|some|many|few|a number of|numerous|dozens of|hundreds of)"
_NUM = rf"(?:{_NUMDIG}|{_NUMWORD}|{_FUZZY}|an|a)"

# Month and weekday names (full or abbreviated) factored on their first three letters, which
# the regex engine tries far faster than a flat list of alternatives.
_MONTH = (
    r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|Jun(?:e|\.)?|Jul(?:y|\.)?|Aug(?:ust|\.)?"
    r"|Sep(?:t(?:ember|\.)?|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)(?![a-z])"
)
_WD = (r"(?:Mon(?:day|\.)|Tue(?:sday|s?\.)|Wed(?:nesday|\.)|Thu(?:rsday|(?:rs?)?\.)|Fri(?:day|\.)|Sat(?:urday|\.)"
       r"|Sun(?:day|\.))")
_ORDW = _alt(L.ORDINALS)
_DAY = rf"(?:(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\w]|[:.]\d)|(?:{_ORDW})(?![\w-]))"
_YEAR = r"(?<![\w$£€#.,/])(?<![\d+]-)(?:1[0-9]\d\d|2[01]\d\d)(?![\w%]|[.,/]\d|-\d(?!\d\b|\d{3}\b))"
_SPOKEN_YEAR = (
    rf"(?:nineteen[-\s](?:hundred|(?:{_TENS})(?:[-\s](?:{_ONES}))?|{_TEENS}|oh[-\s](?:{_ONES}))"
    rf"|two thousand(?: and)?(?: (?:(?:{_TENS})(?:[-\s](?:{_ONES}))?|{_ONES}|{_TEENS}))?"
    rf"|twenty[-\s](?:{_TEENS}|twenty(?:[-\s](?:{_ONES}))?|thirty))(?![\w-])"  # "twenty eighteen", "twenty twenty-two"
)
_UNIT = (r"(?:s(?:econds?|ecs)|m(?:inutes?|onths?|illenni(?:um|a)|ins?)|h(?:ours?|rs?)|d(?:ays?|ecades?)|nights?"
         r"|w(?:eeks?|eekends?)|fortnights?|quarters?|y(?:ears?|rs)|centur(?:y|ies))")
_POD = r"(?:morning|afternoon|evening|night|overnight)"
_SEASON = r"(?:spring|summer|fall|autumn|winter)"
_HOLIDAY = _alt(L.HOLIDAYS)
_REL = r"(?:this past|this coming|last|next|this|coming|past)"
# "2 p.m. EDT", "8 a.m. Central", "19:00 IST", "11:30 AEST" (not "8 a.m. Central Park"); "4:02 p.m. Eastern time"
# leaves "Eastern time" out of the extent, as the project's gold does ("local time" likewise)
_TZ = r"(?:[ECMP][SD]?T|GMT|UTC|BST|CES?T|IST|A[ECW][SD]T|SGT|HKT|JST|KST|EES?T|MSK|NZ[SD]T|(?:Eastern|Central|Mountain|Pacific)(?! [Tt]ime\b)(?! (?-i:[A-Z][a-z])))"
_ERA_RANGE = r"\s?(?:[-–]|\s(?:to|and)\s)\s?\d{2,4}\s?(?P<era>BCE|BC|B\.C\.E\.|B\.C\.)(?![\w])"
_CLOCK_WORD = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
# a clock time's day: "2 p.m. Friday", "6 a.m. Monday, Oct. 24" (the weekday beside a date adds nothing to its value)
# (not a weekday that opens a day-month date: "00:01 GMT, Tuesday 14 March 2017" is a clock time and a date)
_CLOCK_DAY = r"(?: (?:\((?P<tz><TZ>)\)|(?P<tzb><TZ>)))?(?:,? (?:(?:<WD>,? )?(?P<mon><MONTH>) (?P<d><DAY>)|(?P<day><WD>(?!,? \d)|today|tonight|last night|yesterday|tomorrow)))?"


def _p(template: str) -> re.Pattern:
    pieces = {
        "NUM": _NUM, "MONTH": _MONTH, "WD": _WD, "DAY": _DAY, "YEAR": _YEAR, "UNIT": _UNIT, "POD": _POD,
        "SEASON": _SEASON, "HOLIDAY": _HOLIDAY, "REL": _REL, "TZ": _TZ, "ORDW": _ORDW,
        "SPOKENYEAR": _SPOKEN_YEAR, "CLOCKWORD": _CLOCK_WORD, "SPLITYEARNOUN": _alt(L.SPLIT_YEAR_NOUNS),
    }
    source = _factor_groups(re.sub(r"<([A-Z]+)>", lambda m: pieces[m[1]], template))
    source = source.replace(" ?", "\x00").replace(" ", _S).replace("\x00", r"\s?")  # " ?": an optional space
    body = source + r"(?![\w]|['’](?!s\b)[a-z]|-[^\W\d])"
    first = _first_chars(body, re.I)
    guard = "(?=[" + "".join(re.escape(ch) for ch in sorted(first)) + "])" if first else ""
    pattern = re.compile(guard + r"(?<![\w’])(?<!\w')" + body, re.I)  # the guard first: it fails most often
    _UNCHECKED_START[pattern.pattern] = guard + body
    return pattern


# Rule source -> the same without its lookbehinds, which ``_rule_matches`` checks by matching again.
_UNCHECKED_START: dict[str, str] = {}


def _first_chars(source: str, flags: int) -> Optional[set[str]]:
    """The characters a match of ``source`` can start with, or None if any (or none) can. Rules
    get them as a lookahead, so the engine leaves at once the many word starts no rule can use
    (the lookahead only restates what the pattern requires: matches are unchanged)."""
    try:
        from re import _constants as C, _parser as P
    except ImportError:  # pragma: no cover - other Python versions: no guard, same results
        return None
    repeats = {C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", C.MAX_REPEAT)}

    def seq(items):
        out: set[str] = set()
        for op, av in items:
            found, nullable = item(op, av)
            if found is None:
                return None, False
            out |= found
            if not nullable:
                return out, False
        return out, True

    def item(op, av):
        if op is C.LITERAL:
            return {chr(av)}, False
        if op is C.IN:
            chars: set[str] = set()
            for o, a in av:
                if o is C.LITERAL:
                    chars.add(chr(a))
                elif o is C.RANGE:
                    chars |= {chr(x) for x in range(a[0], a[1] + 1)}
                elif o is C.CATEGORY and a is C.CATEGORY_DIGIT:
                    chars |= set("0123456789")
                elif o is C.CATEGORY and a is C.CATEGORY_SPACE:
                    chars |= set(" \t\n\r\f\v")
                else:
                    return None, False
            return chars, False
        if op is C.BRANCH:
            chars, empty = set(), False
            for branch in av[1]:
                found, nullable = seq(branch.data)
                if found is None:
                    return None, False
                chars |= found
                empty = empty or nullable
            return chars, empty
        if op is C.SUBPATTERN:
            return seq(av[-1].data)
        if op in repeats:
            found, nullable = seq(av[2].data)
            return found, (av[0] == 0 or nullable)
        if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
            return set(), True
        return None, False

    try:
        found, nullable = seq(P.parse(source, flags).data)
    except Exception:  # pragma: no cover
        return None
    return None if found is None or nullable or not found else found


# ---------------------------------------------------------------------------------------------
# Candidate and normalised result


@dataclass
class Cand:
    start: int
    end: int
    rule: str
    m: re.Match
    mod: Optional[str] = None
    prefix: Optional[str] = None  # modifier folded in from the left (or, for other languages, the value)
    _groups: Optional[dict] = dataclasses.field(default=None, repr=False, compare=False)

    @property
    def g(self) -> dict:
        """The match's named groups, made once: trimming, vetting and normalising all read them."""
        if self._groups is None:
            self._groups = self.m.groupdict()
        return self._groups


@dataclass
class Norm:
    type: str
    value: str
    mod: Optional[str] = None
    anchor: str = "none"
    quant: Optional[str] = None
    freq: Optional[str] = None
    day: Optional[str] = None  # the day behind a week-precise value anchored on a day ("a week later")


class Context:
    """What normalisation of the current expression may look at."""

    def __init__(self, text: str, published: dt.date):
        self.text = text
        self.pub = published
        self.last: Optional[tuple[str, str]] = None  # (tid, value) of the previous concrete date
        self.last_end = 0  # where it ends
        self.last_start = 0
        self.last_quarter: Optional[str] = None
        self.quarters_seen: set[str] = set()
        self.month_first = True  # 3/15/2019 is American in English text
        self.explicit_month: Optional[tuple[int, int, bool]] = None  # (year, end offset, is a full date) of the last explicit month
        self.explicit: Optional[tuple[str, int]] = None  # (value, end offset) of the last explicit date
        self.is_history = False  # a history rather than news: old years, nothing said relative to today
        self.last_way: Optional[tuple[int, int]] = None  # (direction, end) of the last expression with a tense cue
        self.last_clock: Optional[tuple[str, int]] = None  # ("HH:MM", end) of the last clock time
        self.last_era: Optional[tuple[str, str, int]] = None  # (tid, value, end) of the last decade or century
        self.fiscal_quarter = False  # the last quarter named was a fiscal one ("fiscal third quarter")
        self.fiscal_story = False  # some quarter named so far was a fiscal one
        self.last_quarter_end = 0  # where the last quarter named ends
        self.quarter_ahead = False  # the last quarter named was in a future clause (a forecast, not a result)
        self.past_quarter: Optional[str] = None  # the last quarter named in a clause that does not look ahead
        self.last_week: Optional[tuple[str, int]] = None  # (ISO week value, end offset) of the last week named
        self.inferred_fiscal_end: Optional[int] = -1  # the fiscal year's end month a fiscal quarter's end date shows
        self.present_end = -1  # where the last "now"/"currently" ends: the story back at its present
        self.back_to_present = -1  # where the last date counted from publication ("last year") ends
        self.last_day: Optional[tuple[str, str, int]] = None  # (tid, value, end) of the last date precise to the day
        self.out: list = []  # the expressions tagged so far (looked back through only by rare rules)
        self.season_seen = False  # a season was normalised (gates _season_then_offset)
        self._fiscal_end: Optional[int] = -1  # the month the story's fiscal year ends in (-1: not looked for yet)
        self.bare_days: set[dt.date] = set()  # past days named by a bare weekday ("on Wednesday")
        self.heading_days: dict[int, str] = {}  # line start -> the day of a date alone on that line (a heading)
        self.named_weekdays: dict[int, dt.date] = {}  # weekdays dated in full ("Monday 19 September"): weekday -> date
        self.last_anchored = False  # the last date was placed by the narrative ("that September"), not by itself
        self.last_said = False  # the last date dates a report ("police said Sunday"), not an event
        self.event_day: Optional[tuple[str, str, int]] = None  # the last day-precise date of an event, not of a report
        self.lead_day: Optional[tuple[str, dt.date]] = None  # (tid, day) of the story's first such date, if not ahead

    def fiscal_year_end(self) -> Optional[int]:
        """The month the company's fiscal year ends in, where the story says so anywhere ("fiscal 2024, which
        ended June 30", "whose fiscal year ends Sept. 30"); looked for once, on the first fiscal quarter."""
        if self._fiscal_end == -1:
            found = _FISCAL_YEAR_END.search(self.text)
            self._fiscal_end = _month_number(found["mon"]) if found else None
        return self._fiscal_end

    def story_year(self, c: Cand, bare_month: bool = False) -> Optional[int]:
        """The year of an explicit date just before, in the same sentence: "in March 2011 ... the 17 February revolution".
        A bare month only follows a full date ("on April 28, 2003 ... in May"): after "since its launch in
        April 2003", "in February" is the latest February, as months in news are; "as of February" always is."""
        # the later year just named, explicitly or as "next year" (a year's value)
        later = self.explicit if self.explicit and c.start - self.explicit[1] <= 60 else \
            (self.last[1], self.last_end) if self.last and len(self.last[1]) == 4 and c.start - self.last_end <= 60 else None
        if later and _YEAR_START.match(later[0]) \
                and int(later[0][:4]) > self.pub.year and _TAKES_PLACE.search(self.text, later[1], c.start) \
                and not _SENTENCE_END.search(self.text, later[1], c.start) \
                and not _FISCAL_LABEL.search(self.text, max(0, later[1] - 25), later[1]):
            # "Easter 2033 will fall in mid-April", "in 2030 it falls on April 21", "next year it falls in mid-April"
            # (not "Fiscal 2021 begins in October", a year named for its end)
            return int(later[0][:4])
        if not self.explicit_month:
            return None
        year, end, full = self.explicit_month
        if (bare_month and not full) or _as_of(self.text, c.start):
            return None
        between = self.text[end:c.start]
        # a full date also dates the next sentence: "... started on Oct. 17, 2019. On Oct. 29, he resigned."
        if year == self.pub.year or len(between) > 160 or len(_SENTENCE_END.findall(between)) > int(full):
            return None
        if self.direction(c) > 0:
            return None
        return year

    def history_year(self, c: Cand, month: int, day: Optional[int]) -> Optional[int]:
        """In a story set in the past ("In 1956 ... in August"), a month without a year belongs to that story.
        Only for explicit dates at least two years before publication, nearby, in clauses not about the future."""
        if not self.explicit or not self.is_history or _as_of(self.text, c.start):
            return None
        value, end = self.explicit
        found = N.value_start(value)
        if not found or self.pub.year - found[0].year < 2:
            return None
        if c.start - end > _HISTORY_REACH or self.back_to_present > end:
            return None  # "... in 1970. A play was broadcast last year, and in January": the present's January
        if self.direction(c) > 0 and _prev_word(self.text, c.start).lower() not in ("by", "until", "till", "through") \
                and not _WOULD_BEFORE.search(self.text, max(0, c.start - 80), c.start):
            return None  # "by October" in a story is the story's October, not a deadline ahead
        ref = found[0]
        if found[1] == "Y":
            return ref.year
        # the occurrence nearest the story's last date, leaning forward as narratives do
        here, now = (month, day or 15), (ref.month, ref.day)
        if here < now and (now[0] - here[0]) > 6:
            return ref.year + 1
        if here > now and (here[0] - now[0]) > 6:
            return ref.year - 1
        return ref.year

    def year_in_story(self, c: Cand) -> Optional[int]:
        """The year of a bare year ("in 2011") just before, in this sentence or the previous one, when it is
        not the publication's: the year a quarter or half without one belongs to."""
        if not self.explicit or not re.fullmatch(r"\d{4}", self.explicit[0]) or _as_of(self.text, c.start):
            return None
        year, end = int(self.explicit[0]), self.explicit[1]
        if year == self.pub.year or c.start - end > 250 or len(_SENTENCE_END.findall(self.text, end, c.start)) > 1:
            return None
        if "ompar" in self.text[max(0, end - 60):end] and _COMPARED_YEAR.search(self.text, max(0, end - 60), end):
            return None  # "... compared with $2.31 in fiscal 2003. The first quarter": a year named only to compare
        if self.last and self.last_end > end and self.last[1][:4] == str(self.pub.year):
            return None  # "reached $6 billion in 2014 but has fallen this year. In the first quarter": this year's
        return year

    def story_nearby(self, c: Cand) -> bool:
        """An explicit date of another year in this sentence or the previous one: "The flood hit in May 2011.
        By the end of the month, ..." is about its month."""
        if not self.explicit or _as_of(self.text, c.start) or self.explicit[0][:4] == str(self.pub.year):
            return False
        end = self.explicit[1]
        return c.start - end <= 250 and len(_SENTENCE_END.findall(self.text, end, c.start)) <= 1 \
            and self.direction(c) < 0  # "... in 2016. By the end of the year, it expects to hire": this year's

    def sequel_month(self, c: Cand, month: int) -> Optional[int]:
        """ "impeached in December 2019 and acquitted in February": a bare month in a past clause joined to
        a month of another year goes on from it (the first such month from it on)."""
        if not self.explicit_month or not self.last or self.last_end != self.explicit_month[1]:
            return None
        year, end, full = self.explicit_month
        between = self.text[end:c.start]
        if full or year == self.pub.year or not re.fullmatch(r"\d{4}-\d\d", self.last[1]) or len(between) > 80 \
                or _SENTENCE_END.search(between) or not _SEQUEL_LINK.search(between):
            return None
        if _SINCE.search(self.text, max(0, end - 45), end - 8) or self.direction(c) >= 0:
            return None  # "since its launch in April 2003": the present's February
        return year if month >= int(self.last[1][5:]) else year + 1

    def narrative_day(self, c: Cand) -> Optional[dt.date]:
        """The full date a story just told, weeks before publication, that a bare weekday in a past
        clause right after it continues: "The storm hit on Sept. 10, 2017. By Tuesday, it had weakened"."""
        if not self.explicit or not self.last or self.last[1] != self.explicit[0] or _as_of(self.text, c.start):
            return None
        day = N.value_start(self.explicit[0])
        if not day or day[1] != "D" or (self.pub - day[0]).days < 60 or c.start - self.explicit[1] > 200 \
                or len(_SENTENCE_END.findall(self.text, self.explicit[1], c.start)) > 1 or self.direction(c) > 0:
            return None
        if _prev_word(self.text, c.start).lower() in _SPEECH_VERBS or _next_word(self.text, c.end).lower() in _SPEECH_VERBS:
            return None  # "police said Tuesday": the news of the week, not the story's
        if _NO_STORY_BEFORE.search(self.text, max(0, self.explicit[1] - 40), self.explicit[1]):
            return None  # "born on May 5, 1940 ... He died on Sunday", "a filing dated 03/14/2021": no week's story
        if _WHERE_ASIDE.search(self.text, max(0, self.last_start - 70), self.last_start):
            return None  # "the spot where he rallied supporters on Jan. 6, 2021": a place's past, an aside
        return day[0]

    def reported_future_from(self, c: Cand) -> Optional[dt.date]:
        """ "said in August that a crossing could be in place by Christmas": a future told at a past date
        of the same sentence counts from that date, not from publication."""
        if not self.last or self.last_end > c.start or c.start - self.last_end > 100:
            return None
        found = N.value_start(self.last[1])
        if not found or found[1] not in ("M", "D") or (self.pub - found[0]).days < 45:
            return None
        between = self.text[self.last_end:c.start]
        if _SENTENCE_END.search(between) or not _WOULD_BEFORE.search(between) \
                or not _REPORTED.search(self.text, max(0, self.last_end - 60), self.last_end):
            return None
        return found[0] if self.direction(c) > 0 else None

    def purpose_from(self, c: Cand) -> Optional[dt.date]:
        """ "flew to Brussels on Sunday to sign the deal on Tuesday": an infinitive of purpose right after
        a dated past clause happens after that date."""
        if not self.last or self.last_end > c.start or c.start - self.last_end > 60:
            return None
        if not _PURPOSE.match(self.text, self.last_end, c.start):
            return None
        found = N.value_start(self.last[1])
        if not found or found[1] not in ("M", "D") or tense_direction(self.text, self.last_start, self.last_end) >= 0:
            return None
        return found[0]

    def reported_would_from(self, c: Cand) -> Optional[dt.date]:
        """ "said on Thursday it would close the stores by Friday": a future in the past told on a past day
        comes after that day (the first such weekday from it), not after the publication day."""
        if not self.last or not self.last_said or self.last_end > c.start or c.start - self.last_end > 80:
            return None
        between = self.text[self.last_end:c.start]
        if "would" not in between or not _WOULD_BETWEEN.search(between) or _SENTENCE_END.search(between):
            return None
        if not _DAY_VALUE.fullmatch(self.last[1]):
            return None
        day = dt.date.fromisoformat(self.last[1])
        return day if day < self.pub else None

    def reporting_quarter(self) -> str:
        """The quarter an earnings story reports on: the one just ended if the story names it, else the last named."""
        just_ended = N.shift(self.pub, "Q", -1)
        return just_ended if just_ended in self.quarters_seen else self.last_quarter

    def direction(self, c: Cand) -> int:
        way = tense_direction(self.text, c.start, c.end)
        if way:
            self.last_way = (way, c.end)
        elif self.last_way and 0 <= c.start - self.last_way[1] < 200 \
                and not _SENTENCE_END.search(self.text, self.last_way[1], c.start) \
                and not takes_nearest(self.text, c.start, c.end):
            way = self.last_way[0]  # no cue of its own: a list of dates shares the tense of the first
        return way

    def anchor_date(self, unit: str) -> tuple[dt.date, Optional[str]]:
        """The previous date of the narrative if precise enough for ``unit``, else the publication date."""
        if self.last:
            found = N.value_start(self.last[1])
            if found and N.UNIT_RANK.get(found[1], 9) <= N.UNIT_RANK.get(unit, 9):
                return found[0], self.last[0]
            # "convicted on March 14, 2000, and jailed the following month. The previous day, ...": a past
            # month or year (or "profit rose from a year earlier": a quarter) too coarse for the unit; the
            # story's last day just before it is the anchor
            day = self.last_day
            if found and day and day[0] == self.last[0]:
                return N.value_start(day[1])[0], day[0]  # "A week later ..., and that evening": the day behind it
            # (a coarse date of the publication's own month or year counts only when it holds that day: "On
            # July 6 ... its highest July reading. That day, ...": July 6)
            if found and day and _COARSE_DATE.fullmatch(self.last[1]) and 0 <= self.last_end - day[2] <= 300 \
                    and (not self.pub.isoformat().startswith(self.last[1]) or day[1].startswith(self.last[1])):
                return N.value_start(day[1])[0], day[0]
        return self.pub, None


_COARSE_DATE = re.compile(r"\d{4}(?:-[01]\d|-Q[1-4]|-H[12]|-SP|-SU|-FA|-WI)?")  # a year, month, quarter, half or season
_WHERE_ASIDE = re.compile(r"\bwhere\b[^.;:!?,]{0,60}$")
_NO_STORY_BEFORE = re.compile(r"\b(?:born|dated)\b")  # a birth date, a document's date
_SEQUEL_LINK = re.compile(r"\b(?:and|then|before|until)\b")
_WOULD_BEFORE = re.compile(r"\b(?:would|could|can|may|might|must|should|was to|were to|was due to|were due to)\b[^.;!?]*$")  # the future of a past story
# " to sign the deal on ": an infinitive, not "rose in May to its highest level since"
_PURPOSE = re.compile(r"\s+to\s+(?!(?:the|a|an|its|their|his|her|our|this|that|these|those|some|record|new|more|near|about|around)\b)"
                      r"[a-z]+\s(?:(?!since\b)(?:[^.;:!?,]|\.(?=\d))){0,50}$")  # (a decimal point: "cut output by 9.7 million")
_REPORTED = re.compile(r"\b(?:said|told|promised|predicted|pledged|vowed|warned|announced|estimated|expected)\b[^.;!?]{0,40}$")
_AS_OF = re.compile(r"\bas of\s+$", re.I)
_SINCE = re.compile(r"\bsince\b[^,.;:!?()]{0,30}$", re.I)


def _as_of(text: str, start: int) -> bool:
    """ "as of February": the state of things now, the latest February whatever story came before."""
    return bool(_AS_OF.search(text, max(0, start - 7), start))

_SENTENCE_END = re.compile(r"[.!?][\"'’”)]*\s|\n")
_HISTORY_REACH = 2000  # characters a story's explicit date keeps dating month names after it


def _low(s: Optional[str]) -> str:
    return (s or "").lower().replace("’", "'")


def _month_number(word: str) -> int:
    return L.MONTHS.get(word.lower().rstrip("."), 0)


def _weekday_number(word: str) -> int:
    return L.WEEKDAYS.get(word.lower().rstrip("."), 0)


def _number(word: Optional[str]) -> Optional[float]:
    """'three' -> 3, '1,500' -> 1500, '2 1/2' -> 2.5, 'several' -> None."""
    w = _low(word).strip()
    if not w:
        return None
    w = re.sub(r"\s+", " ", w)
    if re.match(r"\d", w):
        whole, _, frac = w.partition(" ")
        try:
            value = float(whole.replace(",", ""))
        except ValueError:
            return None
        if frac and "/" in frac:
            a, b = frac.split("/")
            value += int(a) / int(b) if int(b) else 0
        return value
    if w in L.SMALL_NUMBERS:
        return float(L.SMALL_NUMBERS[w])
    parts = re.split(r"[-\s]", w)
    if parts[0] in L.TENS:
        return float(L.TENS[parts[0]] + (L.SMALL_NUMBERS.get(parts[1], 0) if len(parts) > 1 else 0))
    return None


def _fmt_number(n: float) -> str:
    return str(int(n)) if n == int(n) else f"{n:g}"


def _unit_code(word: str) -> tuple[str, bool]:
    w = _low(word)
    w = L.UNIT_FORMS.get(w, w)
    return L.UNITS.get(w, ("D", False))


_SMALLER_UNIT = {"Y": ("M", 12), "M": ("W", 4), "W": ("D", 7), "D": ("H", 24), "H": ("M", 60), "M_clock": ("S", 60)}


def _duration_value(n: Optional[float], unit_word: str) -> str:
    code, clock = _unit_code(unit_word)
    if n is not None and n != int(n) and code in ("Y", "W", "D", "H", "M"):
        # 2 1/2 years -> P2Y6M, 5 1/2 hours -> PT5H30M
        small, factor = _SMALLER_UNIT["M_clock" if clock and code == "M" else code]
        whole, rest = int(n), round((n - int(n)) * factor)
        to_clock = clock or small == "H"
        head = f"{whole}{code}" if whole else ""
        if code == "D" and small == "H":
            return f"P{head}T{rest}H" if head else f"PT{rest}H"
        return f"{'PT' if clock else 'P'}{head}{rest}{small}" if not to_clock or clock else f"P{head}{rest}{small}"
    amount = "X" if n is None else _fmt_number(n)
    if code == "2W":
        code, amount = "W", "X" if n is None else _fmt_number(2 * n)
    if code == "WE":
        code, amount = "D", "X" if n is None else _fmt_number(2 * n)
    if code in ("DE", "CE", "ML") and n is not None:  # TimeBank writes decades as years
        amount, code = _fmt_number(n * {"DE": 10, "CE": 100, "ML": 1000}[code]), "Y"
    return f"PT{amount}{code}" if clock else f"P{amount}{code}"


# ---------------------------------------------------------------------------------------------
# Rules: name -> pattern. The handler ``_n_<name>`` normalises; ``_ok_<name>`` (optional) vets.

_RULES: list[tuple[str, re.Pattern]] = [
    ("iso", re.compile(
        r"(?<![\w/.:-])(?P<y>1\d{3}|20\d\d)(?:-W(?P<w>0[1-9]|[1-4]\d|5[0-3])(?![\w-])|(?P<sep>[-/])(?P<mo>0[1-9]|1[0-2])(?P=sep)(?P<d>0[1-9]|[12]\d|3[01])"
        r"(?:[T ](?P<h>[01]\d|2[0-3]):(?P<mi>[0-5]\d)(?::[0-5]\d(?:\.\d{1,6})?)?(?:Z|[+-][01]\d:?[0-5]\d)?)?(?![\w/-]|\.\d))")),
    ("numeric", re.compile(
        r"(?<![\w/.:,-])(?:(?P<a>\d{1,2})(?P<sep>[/.-])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4}|\d{2})|(?P<ne>9/11)"
        r"|(?<=\bon )(?P<ma>1[0-2]|0?[1-9])/(?P<md>[12]\d|3[01]|0?[1-9]))(?![\w/%-]|[.,]\d)")),  # "raced on 11/4": a date
    ("mdy", _p(r"(?:(?:(?P<wrel>this coming|this past|last|next|this) )?(?P<wd><WD>),? (?:the )?|(?P<mrel>last|next|this|this past|this coming) )?(?P<mon><MONTH>) (?:the )?(?P<d><DAY>)(?:[-–](?:[12]\d|3[01]|0?[1-9])(?!\d))?(?:(?: ?,| of)? (?P<y><YEAR>)|(?:,? of|,)? (?P<ry>this|last|next) year"
               r"|,? of (?P<ay>that|the same|the following|the next|the previous|the preceding|the prior) year)?")),
    # "the first Monday in October", "the last Thursday of November 2025"
    ("nth_weekday", _p(r"the (?P<o>first|second|third|fourth|fifth|last|1st|2nd|3rd|4th|5th) (?P<wd><WD>) (?:in|of) "
                       r"(?P<mon><MONTH>)(?:,? (?P<y><YEAR>))?")),
    ("week_num", _p(r"(?:calendar week (?P<cw>\d{1,2})(?: of (?P<y1><YEAR>))?|week (?P<n>\d{1,2}) of (?P<y2><YEAR>)|week (?P<bare>\d{1,2})"
                    r"|(?:the )?(?:(?P<o>\d{1,2})(?:st|nd|rd|th)|(?P<ow>first|second|third|fourth|fifth|last|final)) week of "
                    r"(?:(?P<y3><YEAR>)|(?P<rel>this|last|next|the) year))")),
    ("week_of", _p(r"(?:the )?(?:(?P<nth>first|second|third|fourth|last|final) )?(?P<u>week|weekend) of (?:(?P<wd><WD>),? )?"
                   r"(?P<mon><MONTH>)(?(nth)|(?= (?:the )?<DAY>))(?: (?:the )?(?P<d><DAY>))?(?:,? (?P<y><YEAR>))?")),
    ("day_of", _p(r"(?:the )?(?P<nth>first|last|final) day of (?:(?P<mon><MONTH>)(?:,? (?P<y><YEAR>))?"
                  r"|(?P<rel>this|last|next|the(?: new| coming)?) (?P<per>month|quarter|year)|(?P<yy><YEAR>))")),
    ("week_of_dmy", _p(r"(?:the )?(?P<u>week|weekend) of (?:(?P<wd><WD>),? )?(?:the )?(?P<d><DAY>) (?:of )?(?P<mon><MONTH>)"
                       r"(?:,? (?P<y><YEAR>))?")),
    ("dmy", _p(r"(?:(?P<wd><WD>),? )?(?:the )?(?P<d><DAY>) (?:of )?(?P<mon><MONTH>)(?:,? (?P<y><YEAR>)|,? (?P<ry>this|last|next) year)?")),
    ("day_range_start", _p(r"(?P<d>(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?)(?=(?: ?[-–] ?| and | to | or )(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)? (?:of )?(?P<mon><MONTH>)(?:,? (?P<y><YEAR>))?)")),
    ("day_of_month", _p(r"the (?P<d><DAY>) of (?P<mrel>the|this|next|last) month")),  # "the first of the month"
    ("day_alone", _p(r"the (?P<d>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)(?=\s*(?:[.,;:!?)]|$)|\s+(?:and|or|but|when|at|as|to|until|through|with)\b)")),
    ("month_year", _p(r"(?P<mon><MONTH>)(?:,| of)? (?:(?P<y><YEAR>|'\d\d)|(?P<sy><SPOKENYEAR>))")),
    # "February-March 1794", "July/August 2016": the first month of a hyphenated range (which the end
    # check of _p, made for "March-based" words, would refuse), its year the one after the second month
    ("month_range_start", re.compile(r"(?<![\w’'])(?P<mon>" + _MONTH + r")(?=\s?[-–/]\s?(?:(?:early|mid|late)[- ]?)?"
                                     + _MONTH + r"\.?,?\s{1,3}(?:1[0-9]|20)\d\d(?!\d))")),
    ("month", _p(r"(?:(?P<rel><REL>|the following|the next|the previous|the preceding|that(?= <MONTH>(?! (?!(?:and|but) )(?-i:[a-z])))"
                 r"|that(?:(?<=\band\x20that)|(?<=\bbut\x20that)|(?<=[.;:!?]\x20that)|(?<=\nthat)|(?<=^that))(?= <MONTH>)) )?(?P<mon><MONTH>)(?:(?:,? of|,)? (?P<ry>this|last|next) year"
                 r"|,? of (?P<ay>that|the same|the following|the next|the previous|the preceding|the prior) year)?")),
    # ("that" before a month followed by a lower-case word is a determiner only where no clause can take it as a
    # conjunction: "and that September thousands fled", "That August the glacier lost", not "said that May sales")
    # a year split across two, "2022-23", "the 2019/20 financial year", "the winter of 2013-14": its first year
    ("split_year", _p(r"(?:the (?=\d{4}[-/–]\d\d <SPLITYEARNOUN> year))?(?P<y>(?:19|20)\d\d)[-/–](?P<y2>\d\d)"
                      r"(?: (?P<noun><SPLITYEARNOUN>) year)?")),
    ("year", _p(r"(?:(?:(?P<pre>the year|fiscal year|fiscal|calendar year|calendar|FY|model year)[ -]?)?(?P<y><YEAR>)"
                r"|the (?P<yf><YEAR>) (?:fiscal|financial|calendar) year)")),  # "the 2024 fiscal year\"
    ("bc_year", re.compile(r"(?<![\w$£€#.,/])(?:(?<=\d[-–])(?=\d\d)|(?<![-–]))(?P<y>\d{1,4})\s?(?P<era>BCE|BC|B\.C\.E\.|B\.C\.|AD|A\.D\.|CE)(?![\w])"
                           r"|(?<![\w])(?P<era2>AD|A\.D\.)\s?(?P<y2>\d{1,4})(?![\w])")),
    ("bc_range_start", re.compile(r"(?<![\w$£€#.,/-])(?P<y>\d{2,4})(?=" + _ERA_RANGE + ")")),  # "499-493 BC": 499 BC
    ("year_range_end", re.compile(r"(?<=\b(?:1\d|20)\d\d[-–])(?P<y2>\d\d|(?:1\d|20)\d\d)(?![\w-])")),
    ("fy", re.compile(r"(?<![\w])FY[ -]?(?P<y>(?:19|20)\d\d|\d\d)(?![\w-])")),
    ("spoken_year", _p(r"(?:the year )?(?P<sy><SPOKENYEAR>)")),
    ("decade", _p(r"(?:the )?(?:(?P<pre>early|mid|late)(?: |-))?(?P<dec>(?:1\d|20)\d0['’]?s|['’]\d0s|(?<=the\s)\d0s|(?:nineteen[-\s])?(?:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))")),
    ("century", _p(r"(?:the )?(?:(?P<pre>early|mid|late)(?: |-))?(?:(?P<c>\d{1,2}(?:st|nd|rd|th)|<ORDW>)|(?P<rel>this|last|next|previous|past|current))(?: |-)century")),
    ("quarter", _p(
        r"(?:(?P<det>the|this|last|next|its|their|a|this year['’]s|last year['’]s|next year['’]s|the year-ago|the year-earlier|the year ago|year-ago|year-earlier|the same|the comparable|the latest|the current|(?:fiscal )?(?P<yp><YEAR>)['’]s) )?"
        r"(?:(?:fiscal )?(?P<y0><YEAR>) )?(?:(?:fiscal|calendar|financial)(?: |-))?(?P<q>first|second|third|fourth|1st|2nd|3rd|4th|final|last(?= quarter of ))(?: |-)quarters?"
        r"(?: of (?:fiscal |calendar )?(?:(?P<y><YEAR>)|(?P<yrel>this|last|next|the) year|the (?P<fy>fiscal|financial) year))?")),
    ("qshort", _p(r"(?:(?P<q>Q[1-4])|(?P<q2>[1-4]Q))(?: |-|/)?(?:FY ?)?(?P<y><YEAR>|'?\d\d)?")),
    ("quarter_ellipsis", _p(r"the (?:(?P<q>first|second|third|fourth)|(?P<rel>next|following|previous|prior))"
                            r"(?=\s*[,.;:)]|\s+(?:and|but|or|starts|begins|ends|started|began|ended|runs)\s)")),
    # "... from the first", "this quarter and the next", "the third quarter ..., and the fourth starts on Oct. 1"
    ("quarter_ref", _p(
        r"(?P<det>the|this|that|last|next|the next|the latest|the current|the same|the most recent|the year-ago|the year-earlier|the year ago"
        r"|the comparable|the corresponding|the comparable year-ago|last year['’]s|the previous|the prior|the fiscal|the latest fiscal|the (?P<yq><YEAR>)"
        r"|year-ago|year-earlier|the prior-year|prior-year|the coming|the upcoming|(?:the )?(?P<m1><MONTH>)(?:(?: ?[-–] ?|-to-| to | through )(?P<m2><MONTH>))?) (?:fiscal |financial )?(?P<u>quarter|period)"
        r"(?P<tail> (?:last year|a year (?:ago|earlier)))?")),
    ("year_ago", _p(r"(?P<w>year-ago|year-earlier|year[-\s]end|year['’]s end|mid-?year)(?![\w-])")),
    ("half", _p(r"(?:the )?(?:(?:fiscal|financial) )?(?P<h>first|second|last|latter|back)(?: |-)(?:half|two quarters(?= of ))(?: of (?:(?:fiscal|calendar) )?(?:(?P<y><YEAR>)|(?P<yrel>this|last|next|the) year|(?P<ay>that|the same|the following|the next|the previous|the preceding|the prior) year|the (?P<fy>fiscal|financial) year|FY ?(?P<fyy>(?:19|20)\d\d|\d\d)(?!\d)|the (?P<fyy2><YEAR>) (?:fiscal|financial) year|the (?P<dec>(?:1\d|20)\d0s|['’]\d0s)))?")),
    ("hshort", _p(r"(?:(?P<h>H[12])(?: (?P<y><YEAR>)| FY ?(?P<fyy>(?:19|20)\d\d|\d\d)(?!\d)|(?![\w-]))|(?P<nh>[12]H)(?P<ny>\d\d)(?![\w-]))")),  # "H2 2025", "1H27\"
    ("season", _p(r"(?:(?P<rel><REL>|that|the following|the next|the previous|the preceding|the) )?(?:(?P<pre>early|mid|late)(?: |-))?(?P<s><SEASON>)(?:(?: of)? (?:(?P<y><YEAR>)(?:[-/–]\d\d(?![\w-]))?|(?P<sy><SPOKENYEAR>))|(?:,? of|,)? (?P<ry>this|last|next) year|,? of (?P<ay>that|the same|the following|the next|the previous|the preceding|the prior) year)?")),
    ("holiday", _p(r"(?:(?P<q>every|each) |(?P<rel><REL>) |the (?P<ou>day|week|weekend|<WD>) (?P<od>after|before) )?(?P<h><HOLIDAY>)(?P<we>(?: (?:bank )?holiday)? weekend)?"
                   r"(?: (?P<y><YEAR>)| (?P<pod>morning|afternoon|evening|night)\b)?")),
    ("deictic", _p(r"(?P<w>today|tonight|yesterday|tomorrow|tmr|tmrw|the day before yesterday|the day after tomorrow)(?:,? (?P<pod><POD>))?")),
    # ("last into the evening", "went on into the night": the day's part the story runs on into)
    ("pod_alone", _p(r"(?:(?:(?<=\bin\s)|(?<=\bduring\s)|(?<=\bthroughout\s)|(?<=\binto\s)|(?<=\bby\s))the |(?P<pre>early|late|mid)(?: |-)?)(?P<pod>morning|afternoon|evening)|(?P<on>overnight)"
                     r"|(?:(?<=\bthrough\s)|(?<=\bduring\s)|(?<=\binto\s))the (?P<pod2>night)(?! of\b)")),
    ("pod_day", _p(r"(?:(?P<pre>early|late|mid)(?: |-))?(?P<pod>morning|afternoon|evening|night) (?P<day>yesterday|today|tomorrow|<WD>)")),
    ("weekday", _p(r"(?:(?P<rel>this past|this coming|last|next|this|coming|the following|the previous|the next|the same|that) )?(?P<wd><WD>)(?P<pl>s)?(?(pl)|(?(rel)| (?:(?P<wk>next|last|this) week|(?<=friday\s)the (?P<th>13th))))?(?:,? (?P<pod>morning|afternoon|evening|night|mornings|afternoons|evenings|nights))?")),
    ("clock", _p(
        r"(?:(?P<approx>about|around|approximately|roughly) )?"
        r"(?:(?P<h>[01]?\d|2[0-3])(?:[:.](?P<mi>[0-5]\d)|(?P<mi2>[0-5]\d)(?= ?[ap]\.?m))? ?(?:(?P<ap>[ap]\.m\.?|[ap]m)(?![a-z])|(?P<oc>o['’]clock)(?: (?P<pod3>in the (?:morning|afternoon|evening)|at night))?|(?P<pod2>in the (?:morning|afternoon|evening)|at night|(?P<today> this (?:morning|afternoon|evening)| tonight))"
        r"|(?P<shared>(?= (?:and|to) (?:1[0-2]|0?[1-9])(?::[0-5]\d)? ?[ap]\.?m)))"
        r"|(?P<h24>[01]?\d|2[0-3]):(?P<mi24>[0-5]\d)(?:\s?hrs)?"
        r"|(?P<mil>[01]\d|2[0-3])(?P<mmil>[0-5]\d)(?= ?(?:Z\b|hrs\b|local time\b|(?-i:<TZ>)\b))"
        r"|(?:12 )?(?P<word>noon|midnight|midday))" + _CLOCK_DAY)),
    # in words, a rule of its own: its first letters would let the digit rule above try far more places
    ("clock_words", _p(
        r"(?:(?P<approx>about|around|approximately|roughly) )?"
        r"(?:(?P<hw><CLOCKWORD>) o['’]clock|(?P<hw2><CLOCKWORD>) (?P<mw>fifteen|thirty|forty[- ]five)(?:(?: (?P<ap>[ap]\.m\.?|[ap]m))"
        r"|(?= (?:<TZ>|(?:local|eastern|central|mountain|pacific) time|tonight|this (?:morning|afternoon|evening)|in the (?:morning|afternoon|evening))))"  # "ten thirty eastern time"
        r"|(?<=tonight\sat\s)(?P<hw3><CLOCKWORD>)(?=[,.;]|\s(?-i:[a-z]))|(?<=\bat\s)(?P<hw4><CLOCKWORD>)(?= tonight\b)"  # "Tonight at ten, ..."
        r"|(?P<frac>half|a quarter|quarter) (?P<side>past|to) (?P<fh><CLOCKWORD>|1[0-2]|[1-9])"
        r"(?!\d|[.,]\d| (?:million|billion|thousand|percent|per)))(?: (?P<pod3>in the (?:morning|afternoon|evening)|at night))?"
        + _CLOCK_DAY)),
    ("vague", _p(
        r"(?P<v>right now|just now|a (?:few )?moments? ago|moments ago|a (?:short )?(?:time|while) ago|(?:a|one) generation ago|generations ago|now|currently|at present|presently|nowadays|these days|at the moment|for the moment|the present"
        r"|recently|lately|recent|the past|the future|the near future|the distant future|the foreseeable future|the near term|the short term|the medium term"
        r"|current|the time being|a later date|a future date)")),
    # "for three days earlier this month": the amount, then the date ("earlier this month"), not "three days earlier"
    ("duration", _p(
        r"(?:(?P<mod>about|around|approximately|roughly|nearly|almost|some|more than|less than|fewer than|over|under|just over|just under|at least|at most|up to|no more than|no less than|not more than|within|only|barely|an additional|another"
        r"|no fewer than|not less than|a further|well over|well under|a little over|a little more than|a little under|a little less than|as long as|as many as|upwards of|close to|an estimated) )?"
        r"(?:(?P<det>the|these|those|its|their|his|her|all|all of the|the first|the last|the past|the next|the previous|the final|the remaining|the coming|the latest|the initial|the following|past|last|next|first|final|coming|recent|previous) )?"
        r"(?:(?P<det2>past|last|next|first|previous|final|remaining|coming|latest|initial|following|preceding|ensuing) )?"
        r"(?:(?P<qtr>a quarter(?: of an?)?)(?= (?:century|hour)\b)|(?P<n><NUM>|another)(?:(?: to| or|-|–) (?P<n2><NUM>))?(?P<half>(?: |-)and(?: |-)a(?: |-)half)?)(?: (?P<extra>more|additional|extra|full|straight|consecutive|trading|business|working|calendar|long|whole|entire|single))?(?: |-|(?<=\d))(?P<u><UNIT>)(?P<lng>-long(?![\w-]))?(?P<tail> or so| and a half| or (?:more|longer)(?![\w-])(?! than\b))?(?: (?P<dir>ago|(?:earlier|later)(?! (?:this (?:week|month|year|morning|afternoon|evening|season|spring|summer|fall|autumn|winter|quarter|decade|century)|today|tonight|yesterday|tomorrow)\b)|from now|hence|back|on(?=, ))(?=\W|$))?")),
    ("duration_bare", _p(
        r"(?:(?P<det>these|recent|the past|the last|the next|the coming|the first|the early|the later|the remaining|the ensuing|the following|coming|past|upcoming|the(?= \w+ ahead\b)|the(?= (?:days|weeks|months|years|decades) since[,.;:])) )?"
        r"(?P<u>seconds|minutes|hours|days|weeks|months|years|decades|centuries|day|week|month|year|decade|hour|fortnight)(?P<long>-?long(?![\w-]))?(?: ahead(?![\w-])| since(?=[,.;:]))?"
        r"(?P<alt> or (?P<u2>seconds|minutes|hours|days|weeks|months|years|decades))?"
        r"(?: (?P<dir>ago|(?:earlier|later)(?! (?:this (?:week|month|year|morning|afternoon|evening|season|spring|summer|fall|autumn|winter|quarter|decade|century)|today|tonight|yesterday|tomorrow)\b)|from now|hence|back)(?=\W|$))?")),
    ("rel_unit", _p(
        r"(?:(?P<det>the|a|that|this|its|their) )?(?:(?P<rel>this past|this coming|last|next|this|coming|past|previous|preceding|prior|following|current|same|that|upcoming|latest|full|whole|entire|very same|new) )?"
        r"(?:(?P<fisc>fiscal|calendar|financial) )?(?P<u>week|weekend|month|year|decade|century|day|morning|afternoon|evening|night|fiscal year|hour)"
        r"(?P<ahead> ahead(?![\w-]))?(?P<todate>(?:(?<=year)|(?<=month))(?: to date|-to-date)(?![\w-]))?(?P<gone> just (?:gone|ended)(?![\w-]))?")),
    ("top_hour", _p(r"the (?:top|bottom) of the hour")),  # a broadcast's next full (or half) hour
    ("unit_shift", _p(
        r"(?P<det>the|a) (?P<u>day|night|week|month|year) (?P<dir>before|after|earlier|later)(?P<an>(?<=after) next|(?<=before) last)?"
        r"(?=\s*[,.;:!?)]|\s*$|\s+(?:that|when|he|she|they|it|police|officials)\b|\s+(?:and|or|but)\b(?!\s+(?:after|before|during|since)\b))")),
    ("set", _p(
        r"(?:(?P<f3>once|twice|thrice) (?=every|each))?(?:(?P<q>every|each) (?:(?P<other>(?:first|second|third|fourth|last)(?= <WD>)|other|single|half|few|several|couple of|\d{1,2}(?:\.\d{1,2}(?= (?:second|minute|hour|day|week)s\b))?|two|three|four|five|six|seven|eight|ten|twelve) )?(?:(?:trading|business|working|school) (?=days?\b))?(?P<u>second|minute|hour|day|night|week|weekend|fortnight|month|quarter|year|decade|<WD>|<MONTH>|<SEASON>|morning|afternoon|evening|weekday)(?:s(?<!weekdays))?(?:(?:(?<=[nsir]day)|(?<=[nsir]days)) (?P<spod>morning|afternoon|evening|night)s?)?(?:(?<=day) of (?:the|each|every) month)?"
        r"|(?P<f>once|twice|thrice|(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|several|many|a few) times) (?:a|an|per|each|every) (?P<u2>second|minute|hour|day|night|week|month|quarter|year|decade)"
        r"|(?:(?P<f2>once|twice|thrice|(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|several) times)(?: |-))?(?P<adv>daily|weekly|monthly|yearly|annually|hourly|nightly|quarterly|bi-?weekly|bi-?monthly|semiannually|semi-annually|biannually|biennially|fortnightly)"
        r"|(?:(?<=on\s)|(?<=open\s)|(?<=[ap]\.m\.\s))(?P<we>weekends|weekdays))")),  # "open 8 a.m. to 3 p.m. weekdays"
]

_RULE_ORDER = {name: i for i, (name, _) in enumerate(_RULES)}
_CLOCK_RULE = dict(_RULES)["clock"]


def _after_boundary(pattern: re.Pattern) -> re.Pattern:
    """``pattern`` preceded by one character that is not an ASCII letter, digit or underscore.
    Every rule starts with a lookbehind that rejects such characters before its match, so any
    match not at the start of a search follows one. For speed: a pattern starting with a plain
    character class lets the regex engine skip in a tight loop the letters inside words, where
    the rule's own lookbehinds cost a full match attempt at every character."""
    try:
        from re import _parser
    except ImportError:  # pragma: no cover - other Python versions
        _parser = None
    if _parser is not None:  # no empty matches: ``_rule_matches`` relies on it
        assert _parser.parse(pattern.pattern, pattern.flags).getwidth()[0] > 0, pattern.pattern
    source = _UNCHECKED_START.get(pattern.pattern, pattern.pattern)
    return re.compile(r"(?-i:[^a-zA-Z0-9_])(?:" + source + ")", pattern.flags)


# name, pattern, the pattern after a boundary character (``_after_boundary``)
_RULE_SCANS = [(name, pattern, _after_boundary(pattern)) for name, pattern in _RULES]


def _rule_matches(pattern: re.Pattern, after_boundary: re.Pattern, text: str, lo: int, hi: int):
    """The matches of ``pattern.finditer(text, lo, hi)``: a match starts at the search position
    or just after a boundary character, found with the faster ``after_boundary`` (which leaves
    out the rule's lookbehinds: matching the rule again there checks them)."""
    match, search = pattern.match, after_boundary.search
    # A match at ``p`` follows a boundary character at ``p - 1``: searching from the character
    # before the next possible start finds it too (only the very start of the text has none).
    pos = lo - 1
    if not lo:
        m = match(text, 0, hi)
        if m is not None:
            yield m
            pos = m.end() - 1
        else:
            pos = 0
    while True:
        found = search(text, pos, hi)
        if found is None:
            return
        m = match(text, found.start() + 1, hi)  # the same match, without the boundary character
        if m is None:  # a lookbehind fails there ("don't"): search on from the next character
            pos = found.start() + 1
            continue
        yield m
        pos = m.end() - 1

# ---------------------------------------------------------------------------------------------
# Vetting: context checks that reject look-alikes.

_TEMPORAL_PREP = {
    "in", "since", "until", "till", "by", "during", "early", "late", "mid", "last", "next", "this",
    "through", "from", "before", "after", "of", "throughout", "between", "end", "beginning", "middle",
    "and", "or", "to", "on", "for", "around", "past", "coming", "each", "every", "that", "start", "as",
    "at", "late-", "mid-", "early-", "-",
}
_PREV_WORD_REVERSED = re.compile(r"[\s,]*([\w'’.-]+)")  # matched on the reversed text: no end-anchored search
_NEXT_WORD = re.compile(r"^[\s,]*([\w'’.-]+)")
_LETTERS = re.compile(r"[^\W\d_]+")


@functools.lru_cache(maxsize=64)
def _prev_word(text: str, pos: int) -> str:
    # (cached: the vetting and normalising rules ask for the word before the same start again and again; a small
    # cache, for the document being tagged: all those repeats come close together)
    m = _PREV_WORD_REVERSED.match(text[max(0, pos - 30):pos][::-1])
    return m[1][::-1] if m else ""


_SAID_IN_DOCUMENT = re.compile(r"\b([a-z]+) in (?:a|an|its|their|his|her|the) (?:[a-z]+ )?[a-z]+ on $")


def _reported_on(text: str, pos: int) -> bool:
    """ "police said Sunday", "told reporters on Monday": the date of a report rather than of its news."""
    prev = _prev_word(text, pos).lower()
    if prev == "on":
        prev = _prev_word(text, pos - 3).lower() if text[max(0, pos - 3):pos].lower() == "on " else ""
        if prev and prev not in _SPEECH_VERBS and text.endswith(" on ", 0, pos) and text.find(" in ", max(0, pos - 45), pos) != -1:
            # "the court said in an order on Monday", "said in a statement on Tuesday": the report's day too
            m = _SAID_IN_DOCUMENT.search(text, max(0, pos - 45), pos)
            return bool(m) and m[1].lower() in _SPEECH_VERBS
    return prev in _SPEECH_VERBS


def _last_letters(s: str) -> str:
    """The letters ending ``s`` ("" if it ends with anything else)."""
    m = _LETTERS.match(s[::-1])
    return m.group()[::-1] if m else ""


def _next_word(text: str, pos: int) -> str:
    m = _NEXT_WORD.match(text[pos:pos + 30])
    return m[1].rstrip(".") if m else ""


def _sentence_initial(text: str, pos: int) -> bool:
    before = text[max(0, pos - 4):pos].rstrip(" \t\"'“‘(")
    return not before or before[-1] in ".!?\n:;"


def _month_ok(text: str, c: Cand, word: str, alone: bool) -> bool:
    """Month names that are also words ("May I", "the March for Science") need a date-like context."""
    bare = word.rstrip(".")
    if bare.islower() and bare.lower() in L.AMBIGUOUS_MONTHS:
        return False
    if alone and len(bare) <= 3 and not word.endswith(".") and bare.lower() in L.AMBIGUOUS_MONTHS and bare.lower() != "may":
        return False  # "Mar", "Jan" without a dot and without a day or year
    if not alone:
        return True
    prev = _prev_word(text, c.start).lower()
    if prev == "least" and text.endswith("at least ", 0, c.start):
        prev = _prev_word(text, c.start - 9).lower()  # "frozen until at least August": the preposition before
    nxt = "" if text[c.end:c.end + 1] in ("\n", "\r") else _next_word(text, c.end)  # a headline's last word
    if nxt in L.MONTH_SEASON_NOUNS and text[c.end:c.end + 1] == " ":
        return False  # "June gloom kept beaches cool", "May gray": a season's weather or creature, no date
    if nxt.lower() in _SPEECH_VERBS and re.match(r" [a-z]", text[c.end:c.end + 2]):
        return False  # "April said", "May told reporters": a person
    if prev in _NAMING_WORDS or (prev == "as" and _prev_word(text, c.start - 3).lower() == "known"):
        return False  # "the suspect, known as May", "a girl called April": a name given
    if (prev in ("the", "a", "its", "their", "his", "her", "our") or prev.endswith(("'s", "’s"))) and text[c.end:c.end + 1] == " " \
            and (nxt in L.MONTH_EVENT_NOUNS or nxt in L.UNPLANNED_EVENTS):
        return True  # "the September election", "the Fed's March meeting", "its August recess", "a March deadline"
    if prev in ("the", "a", "its", "their") and nxt in ("and", "or") \
            and (shared := _SHARED_EVENT_NOUN.match(text, c.end)) and shared[1].lower() in L.MONTH_EVENT_NOUNS:
        return True  # "delayed the October and November releases": the second month's noun is the first's too
    if nxt.lower() in L.MONTH_EVENT_NOUNS and nxt[:1].isupper() and prev not in ("the", "a", "an") \
            and bare.lower() not in L.NAME_MONTHS and text[c.end:c.end + 1] == " ":
        return True  # a headline's "FreshCart Eyes December Debut", "Fed Signals November Meeting"
    if nxt in ("deadline", "deadlines") and text[c.end:c.end + 1] == " " and not _prev_word(text, c.start)[:1].isupper():
        return True  # "U.S. sets March deadline" (a headline without its article); not "Theresa May deadline"
    if bare.lower() in ("may", "march", "august", "jan", "dec", "sept", "oct", "nov", "feb", "apr", "aug", "mar", "jun",
                        "jul", "sep"):  # "the horse won at Del Mar."
        if re.match(r" [A-Z][a-z]", text[c.end:c.end + 3]) and nxt.lower() not in L.MONTHS:
            return False  # "March Madness", "August Wilson"
        return prev in _TEMPORAL_PREP or (_month_number(prev) > 0 and text[c.start - 2:c.start] == ", ")  # "July, August"
    if nxt in L.DELIVERY_MONTH_NOUNS and text[c.end:c.end + 1] == " ":
        return True  # "the more actively traded June contract": a futures month, not a person
    if text.startswith(("'s ", "’s "), c.end) and _next_word(text, c.end + 3).lower() in L.MONTH_EVENT_NOUNS:
        return True  # "the department revised June's figures": a month's statistics, not a person's
    k = c.end + (3 if text.startswith(("'s ", "’s "), c.end) else 1)
    if text[k:k + 1].isupper() and _PLACE_AFTER_NAME.match(text, c.end) and prev not in _TEMPORAL_PREP:
        return False  # "June's Diner on Route 9", "May Street": a place named for the month or a person
    if bare.lower() in L.NAME_MONTHS and prev not in _TEMPORAL_PREP \
            and (prev.endswith("ed") or prev in L.PERSON_OBJECT_VERBS):
        return False  # "She met April at the airport": a person, the verb's object
    if (prev in L.CREATION_VERBS or prev in ("played", "plays", "performed", "performs")) \
            and _PAUSE_AFTER_WORK.match(text, c.end):
        return False  # "the band played September for the encore", "sang April in Paris": a song's title
    if nxt[:1].isupper() and len(nxt) > 5 and nxt.endswith("ed") and text[c.end:c.end + 1] == " " \
            and not _lower_case_sentence(text, c.start, c.end):
        return True  # a Title Case headline's "June Revised Higher", "Talks Set for July; June Vote Delayed"
    if nxt[:1].isupper() and nxt.lower() not in L.MONTHS:
        # "October Revolution" style names; "Will Ferrell and April Kepner": a name after "and"; "named the victim as
        # June Okafor": a given name after "as" (the "as" of time takes a verb: "as June ends")
        return prev in _TEMPORAL_PREP and prev not in ("and", "or") \
            and not (prev == "as" and bare.lower() in L.NAME_MONTHS and not _weekday_number(nxt))
    return prev != "the" or nxt.lower() in ("of",)


_SHARED_EVENT_NOUN = re.compile(r" (?:and|or) " + _MONTH + r" ([a-z]+)")
_NAMING_WORDS = frozenset({"named", "called", "nicknamed", "dubbed", "christened", "renamed"})
_SPEECH_VERBS = {"said", "says", "told", "tells", "added", "asked", "asks", "wrote", "writes", "replied", "insisted",
                 "argued", "explained", "announced", "tweeted", "recalled", "noted", "stressed", "warned"}


_MODALS = {"will", "would", "can", "could", "may", "might", "must", "shall", "should", "to", "'ll", "not", "n't",
           "didn't", "don't", "doesn't", "won't"}


def _weekday_ok(text: str, c: Cand) -> bool:
    prev = _prev_word(text, c.start)
    nxt = _next_word(text, c.end)
    if text[c.end + 1:c.end + 2].isupper() and _CAPITAL_THEN_APPOSITION.match(text, c.end) and _sentence_initial(text, c.start) \
            and nxt.lower() not in L.MONTHS and nxt.lower() not in L.WEEKDAYS and nxt.lower() not in L.PARTS_OF_DAY:
        return False  # "Sunday Silence, the racehorse, won": a two-word name opening the sentence, then its apposition
    if prev == "on" and _prev_word(text, c.start - 3) in L.ON_SUNDAY_PAPERS:
        return False  # "The Mail on Sunday", "The Sun on Sunday"
    # "Mark Sunday", "Black Friday", "the Sunday Times" are names
    if prev.lower() in L.FIRST_NAMES and prev[:1].isupper() and re.search(r"\w\s+$", text[max(0, c.start - 3):c.start]):
        return False
    if prev.lower() in ("black", "cyber", "super", "good", "holy", "ash", "palm", "bloody", "easter", "fat") and prev[:1].isupper():
        return False
    if prev.lower().rstrip(".") in L.HONORIFICS:
        return False  # "Mr. Friday"
    if prev.lower() in L.FRIDAY_HELPER_WORDS and c.m.group("wd").lower() == "friday" and not _verb_like(nxt):
        return False  # "his girl Friday": a helper (not "a man Friday said")
    if nxt in L.HOLIDAY_PLACE_NOUNS and text[c.end:c.end + 1] == " ":
        return False  # "Saturday Market", "Friday Harbor": a place
    if prev.lower() in L.APPOSITIVE_NAME_NOUNS and text[c.end:c.end + 1] == " " \
            and _prev_word(text, c.start - len(prev) - 1).lower() in _APPOSITION_DETERMINERS \
            and nxt.lower() not in _PREPOSITIONS and nxt.lower() not in _NOT_NAME_WORDS and nxt.lower() not in L.PARTS_OF_DAY:
        return False  # "The filly Tuesday won at Newmarket": the horse's name (not "boarded the tanker Tuesday and ...")
    if prev[:1].isupper() and not prev.endswith(("'s", "’s", "s'")) \
            and (prev.isupper() or not _sentence_initial(text, c.start - len(prev) - 1)) and re.search(r"\w\s$", text[max(0, c.start - 2):c.start]) \
            and prev.lower() not in _TEMPORAL_PREP and not _month_number(prev) and not _weekday_number(prev) \
            and (c.g.get("pl") or _prev_word(text, c.start - len(prev) - 1).lower() == "the"
                 and not _verb_like(nxt)):
        return False  # "TGI Fridays", "the Sheffield Wednesday manager": a name's last word (not "the Journal Monday said")
    if c.g.get("pl") and prev == "of" and text[max(0, c.start - 11):c.start].lower() == "a month of ":
        return False  # "not in a month of Sundays": never
    if c.g.get("pl") and prev.lower() == "the" \
            and (_sentence_initial(text, c.start - 4) or _prev_word(text, c.start - 4).lower() not in _TEMPORAL_PREP) \
            and not re.match(r" (?:of|before|after|in|when|that)\b", text[c.end:c.end + 8]):
        return False  # "The Sundays released an album": a band ("on the Sundays before Easter" is a set)
    if _PLAYED_IN.search(text, max(0, c.start - 24), c.start) and not re.match(r"['’]s\b", text[c.end:c.end + 3]):
        return False  # "starred in Wednesday": a show's title (but "appeared in Monday's hearing")
    if _named_being_before(text, c.start):
        return False  # "named his companion Friday": a name given
    title = _TITLE_AFTER_POSSESSIVE.match(text, c.end)
    if title and title[1].lower() in L.WEEKDAY_TITLE_NOUNS:
        return False  # "Friday's Child is a novel"
    if nxt.lower() in L.WEEKDAY_KIND_NOUNS and text[c.end:c.end + 1] == " ":
        return False  # "Sunday school", "a Sunday newspaper": a kind of thing
    if nxt.lower() == "trading" and _next_word(text, c.end + 8).lower() in L.WEEKDAY_TRADING_RULES \
            and prev.lower() not in ("in", "during", "on", "by", "since", "until", "after", "before", "from"):
        return False  # "Sunday trading laws": a kind of trading (not "in Monday trading hours")
    if c.g.get("pl") and re.match(r" (?:for|of|against|with) [A-Z]", text[c.end:c.end + 10]):
        return False  # "Fridays for Future", "Tuesdays with Morrie": a name
    if c.m.group("wd").endswith(".") and prev.lower() == "the":
        return False  # "the Palace of the Sun.": an abbreviation after "the" is a noun
    if re.match(r"\.(?:com|net|org|io)\b", text[c.end:c.end + 4], re.I):
        return False  # "Monday.com" is a company
    if nxt[:1].isupper() and re.match(r"^ \w", text[c.end:c.end + 2]):
        if prev.lower() == "the" or nxt.lower() in L.WEEKDAY_NAME_PARTS:
            return False
        if _name_goes_on(text, c, prev, nxt):
            return False
    return True


_APPOSITION_DETERMINERS = frozenset({"the", "a", "an", "his", "her", "their", "its", "our"})
_TITLE_AFTER_POSSESSIVE = re.compile(r"['’]s ([A-Z][a-z]+)\b")
_NAMING_VERB_THEN_BEING = re.compile(r"\b(?:named|called|dubbed|nicknamed|christened|renamed)\s+(?:(?:his|her|their|its|the|a|an|"
                                     r"our|my)\s+)?(?:[a-z]+\s+)?([a-z]+)\s+$")


# "a man called Sunday": the being, then the naming word right before the weekday
_BEING_THEN_NAMING = re.compile(r"\b([a-z]+)\s+(?:named|called|dubbed|nicknamed)\s+$")


def _named_being_before(text: str, start: int) -> bool:
    window = text[max(0, start - 50):start]
    if not ("named" in window or "called" in window or "dubbed" in window or "christened" in window):
        return False  # (an "or" chain: no generator)
    m = _NAMING_VERB_THEN_BEING.search(window) or _BEING_THEN_NAMING.search(window)
    return bool(m) and m[1] in L.NAMED_BEINGS


def _verb_like(word: str) -> bool:
    """A word after a weekday that makes it the adverb of a clause: "the Journal Monday reported", "a man Friday said"."""
    w = word.lower()
    return w.endswith("ed") or w in L.PAST_MARKERS or w in _SPEECH_VERBS or w in _MODALS


_PREPOSITIONS = frozenset({"in", "into", "to", "until", "till", "from", "at", "for", "of", "since", "through", "up", "by",
                           "about", "with", "on", "before", "after", "toward", "towards", "between", "during", "unto"})
_NOT_NAME_WORDS = frozenset({"the", "a", "an", "he", "she", "it", "we", "they", "i", "you", "this", "that", "there",
                             "his", "her", "their", "our", "its", "and", "or", "but", "at", "in", "on", "of"})


def _name_goes_on(text: str, c: Cand, prev: str, nxt: str) -> bool:
    """A weekday opening or inside a name that the sentence then leaves for lower case: "Friday Harbor is a town",
    "NFL Sunday Ticket prices rose", "Fans of Wednesday Addams will". Not "said Monday Google would", nor a Title
    Case "Happy Friday Everyone"."""
    if nxt.lower() in _NOT_NAME_WORDS or nxt.lower() in L.MONTHS or nxt.lower() in L.WEEKDAYS \
            or nxt.lower() in L.PARTS_OF_DAY or nxt.lower() in L.UNITS or nxt.lower() in L.UNIT_FORMS:
        return False
    if not (_sentence_initial(text, c.start) or prev == "of" or prev[:1].isupper() and prev.lower() not in _TEMPORAL_PREP
            and re.search(r"\w\s$", text[max(0, c.start - 2):c.start])):
        return False
    after = c.end + 1 + len(nxt)
    return bool(re.match(r"\s+(?!(?:with|and|of|for|at|in|on|to|from|by|the|a|an|or)\b)(?:[a-z]{2,}|'s|’s)\b",
                         text[after:after + 20])) and _lower_case_sentence(text, c.start, c.end)


# verbs a work's quoted title follows: 'played "Fourth of July"', 'sang "Last Christmas"'
_PERFORMING_VERBS = L.CREATION_VERBS | {"played", "plays", "performed", "performs", "sings", "sing", "released", "releases",
                                        "recorded", "premiered", "screened", "closed", "opened", "aired", "recited"}
_NOT_BORN = re.compile(r"(?:n['’]t|\bnot) born $")
_GAME_CLOCK_NEXT = re.compile(r" (?:of|in|into) the (?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
                             r"eleventh|twelfth|final|last|opening|\d{1,2}(?:st|nd|rd|th)) (?:round|quarter|period|half|set|"
                             r"inning|innings|frame|lap)\b")
_COUNTS_NEXT = re.compile(r" (?:counts|counted|matters|mattered)\b")
_YEAR_WORK_NEXT = re.compile(r" (?:Overture|Symphony|Concerto|Sonata|Requiem|Project|Pictures|Studios|Records|Films|Productions)\b")
_FLIGHT_NEXT = re.compile(r" (?:diverted|landed|departed|crashed|took off|returned to|made an emergency)\b")
_COUNT_ADJECTIVES = frozenset({"new", "more", "extra", "additional", "affordable", "gold", "silver", "fresh", "free", "unsold",
                               "empty", "armed", "young", "foreign", "local", "rare", "used", "vacant", "social"})


def _verb_before_count(text: str, pos: int) -> bool:
    """A verb right before a number: "approved 2027 new homes", "struck 2027 gold coins"."""
    prev = _prev_word(text, pos).lower()
    return (prev.endswith("ed") and prev not in L.NOT_PAST_ED) or prev in L.COUNT_VERBS or prev in L.PAST_MARKERS \
        and prev not in _PAST_MARKERS_NOT_VERBS


_INTERNAL_CAPITAL = re.compile(r"[a-z][A-Z]")  # "AutoCAD", "TurboTax", "macOS": a product's name
_DIGIT_GROUP_BEFORE = re.compile(r"(?<![\d,.])\d{3,} $")
_DIGIT_GROUPS_AFTER = re.compile(r" \d{3,} \d{3,}\b")
_STREET_MORE = re.compile(r"\s+(?:[A-Z][a-z]*\s+){1,2}(?:Court|Ct|Way|Terrace|Crescent|Close|Circle|Trail|Row)\b")
_STREET = re.compile(r"\s+(?:(?:[NSEW]\.?\s+)?(?:[A-Z][a-z]*\s+){1,2}(?:Avenue|Ave|Street|St|Road|Rd|Boulevard|Blvd|Lane|Drive|Place|Parkway|Highway)|Broadway)\b")


# a finite verb right after a year: "is", "was", or a past "-ed" verb followed by a preposition, article or the end
_VERB_NEXT = re.compile(r" (?:is|was|has|will|remains|[a-z]{2,}ed(?=[.;!?]|\s+(?:at|in|on|to|for|with|from|into|after|"
                        r"the|a|an|its|his|her|their)\b))\b")


def _year_ok(text: str, c: Cand, y: int) -> bool:
    if _STREET.match(text, c.end):
        return False  # "1600 Pennsylvania Avenue"
    if _STREET_MORE.match(text, c.end) and _prev_word(text, c.start).lower() in ("at", "on", "to", "from", "near", "of"):
        return False  # "the house at 2019 Maple Court" (not "the 2019 Supreme Court ruling")
    if (text[max(0, c.start - 2):c.start][:1].isdigit() and _DIGIT_GROUP_BEFORE.search(text, max(0, c.start - 8), c.start)) \
            or _DIGIT_GROUPS_AFTER.match(text, c.end):
        return False  # "0800 2024 555", "2024 555 0199": a group of a phone or account number
    nxt = _next_word(text, c.end).lower()
    after_prep = _prev_word(text, c.start).lower() in ("in", "since", "during", "until", "by")
    if nxt in L.COUNT_NOUNS and not (1950 <= y <= 2039 and after_prep):
        return False  # "2016 units", but "in 2016 people voted"
    if nxt in L.MODEL_YEAR_ARMS:
        return False  # "a 1911 pistol": a model's name
    if (nxt.endswith("s") or nxt in _IRREGULAR_PLURALS) and text[c.end:c.end + 1] == " " and _count_verb_before(text, c.start) \
            and nxt not in L.MONTH_EVENT_NOUNS and nxt not in L.PLAN_NOUNS and not _BUSINESS_NEXT.match(text, c.end):
        return False  # "the museum holds 1980 paintings", "handed out 2024 wristbands" (not "published 2019 figures")
    if re.match(r"\s*(?:%|percent|per cent|(?:km|kg|mm|cm|ft|lb|lbs|mb|gb|kb|hp|cc|m|g|mi)\b)", text[c.end:c.end + 8]):
        return False
    prev = _prev_word(text, c.start)
    if prev.lower() in ("at", "by", "until", "before", "after") and _MILITARY_ZONE.match(text, c.end):
        return False  # "at 1530 local time", "by 2000 GMT": a clock time
    if prev.lower().rstrip(".") in _NUMBER_LABELS or prev in _CAPITAL_NUMBER_LABELS:
        return False
    if len(prev) > 1 and prev.isupper() and prev.isalpha() and text[c.start - 1:c.start] == " ":
        before = _prev_word(text, c.start - len(prev) - 1)
        if before[:1].isupper() and before.isalpha() and not before.isupper() \
                and not _sentence_initial(text, c.start - len(prev) - len(before) - 2):  # (not in text all in capitals)
            return False  # "Office LTSC 2024": an acronym inside a product's name (not "the EU 2030 target")
    if len(prev) == 1 and prev.isupper() and prev not in ("A", "I") and text[c.start - 2:c.start - 1] == prev:
        return False  # "the Moto G 2025", "Plan B 2030": a model's or plan's name
    if prev == "Act" and re.search(r"['’]s Act $", text[max(0, c.start - 7):c.start]):
        return False  # "Louisiana's Act 2027": a numbered act (but "the Finance Act 2027" is named for its year)
    if prev[:1].isupper() and _FLIGHT_NEXT.match(text, c.end):
        return False  # "Southwest 2027 diverted to Denver": a flight
    if nxt in _COUNT_ADJECTIVES and _verb_before_count(text, c.start) and re.match(r" [a-z]+ [a-z]+s\b", text[c.end:c.end + 40]):
        return False  # "approved 2027 new homes", "struck 2027 gold coins": a count
    if _INTERNAL_CAPITAL.search(prev) and not prev.endswith(("'s", "’s")) and not prev.isupper():
        return False  # "AutoCAD 2024", "TurboTax 2029": a release of a product
    if re.search(r"[+$€£#]\s*$", text[max(0, c.start - 2):c.start]) or prev in L.WORK_NOUNS or prev in L.NAMES_BEFORE_YEAR:
        return False  # "$2000", "the novel 1984", "the Euro 2008 qualifiers"
    if nxt in L.YEAR_NAMED_CRAFT and prev[:1].isupper() and prev.isalpha() and not _sentence_initial(text, c.start - len(prev) - 1) \
            and _month_number(prev) == 0 and prev.lower() not in _TEMPORAL_PREP and prev.lower() not in ("spring", "summer", "autumn", "fall", "winter"):
        return False  # "the Mars 2020 mission", "the ExoMars 2016 orbiter": a craft's name
    if (prev.lower() == "the" or re.search(r"['’]s\s$", text[max(0, c.start - 3):c.start])) and _VERB_NEXT.match(text, c.end):
        return False  # "The 1975 played at Glastonbury", "Orwell's 1984 surged": a name with its verb, not a year
    if re.search(r"['’]s\s$", text[max(0, c.start - 3):c.start]) and text[c.end:c.end + 1] == " " \
            and nxt in L.PAST_MARKERS and nxt not in _PAST_MARKERS_NOT_VERBS:
        return False  # "Swift's 1989 went platinum", "Mendes's 1917 won three Oscars": a work with its verb
    if _created_work(text, c):
        return False  # "Orwell wrote 1984 in 1948"
    if _YEAR_WORK_NEXT.match(text, c.end):
        return False  # "the 1812 Overture", "The 1619 Project": a work named with a year
    if 1900 <= y <= 2039:
        return True
    if y >= 2100:  # a far target only after a preposition of time: "warming of 3 degrees by 2100"
        return prev.lower() in _FAR_YEAR_PREP
    if prev.lower() in _TEMPORAL_PREP or prev.lower() in ("year", "since", "circa", "c.", "about", "around", "the") \
            or _month_number(prev) > 0:
        return True
    return y >= 1000 and bool(re.match(r"[,.;:)\]–-]", text[c.end:c.end + 1]))  # "1861-1865", "in the 1777 campaign."


# words that label the number after them: "Flight 2017", "Section 1983", "pages 1987-1992"
_NUMBER_LABELS = frozenset({
    "no", "nos", "number", "route", "flight", "room", "page", "pages", "p", "pp", "model", "highway", "interstate", "gate",
    "channel", "bus", "line", "apartment", "suite", "box", "chapter", "article", "section", "paragraph", "rule", "verse",
    "psalm", "issue", "volume", "vol", "item", "order", "resolution", "code", "form", "precinct", "district", "ward", "exit",
    "platform", "terminal", "pier", "h.r", "hr", "s.b", "h.b", "a.b", "sb", "hb", "bill",
    "ordinance", "decree", "bylaw", "by-law", "initiative", "unit", "ticket", "locker", "badge",
    "amendment", "apt", "docket", "train", "claim",
    "lb", "ld", "hf", "sf", "fm", "sr", "cr", "mile", "milepost", "dial", "extension", "ext"})  # bills and roads: "LB 2031", "FM 2031", "SR 1999"
# capitalised only ("Local 2027 of the teachers' union", but "the local 2024 elections")
_CAPITAL_NUMBER_LABELS = frozenset({"Local", "Lodge", "Post", "File", "Stand", "Booth"})
def _count_verb_before(text: str, pos: int) -> bool:
    prev = _prev_word(text, pos).lower()
    if prev in ("out", "away"):  # "handed out", "gave away"
        prev = _prev_word(text, pos - len(prev) - 1).lower()
    return prev in L.COUNT_VERBS


_FAR_YEAR_PREP = {"by", "in", "until", "till", "through", "before", "year"}
# words of PAST_MARKERS that are no verb, or as often a noun after a year ("the 2019 cut")
_PAST_MARKERS_NOT_VERBS = frozenset({"ago", "yesterday", "last", "since", "earlier", "previously", "been", "cut", "hit",
                                     "read", "quit", "shot", "left", "met"})
_PAUSE_AFTER_WORK = re.compile(r"(?:[.,;:!?)]|\s+(?:in|at|on|for|after|before|with|and|from|during|when|while|to)\b|\s*$)")


def _created_work(text: str, c: Cand) -> bool:
    """A bare year or holiday as the object of a verb of creating, then a pause: a title ("wrote 1984 in 1948")."""
    return _prev_word(text, c.start).lower() in L.CREATION_VERBS and bool(_PAUSE_AFTER_WORK.match(text, c.end))


_SIGNAL_NEXT = re.compile(r"\s+(?:after|before)\b")  # "ten years a day after the verdict": a duration and a signal
_MONEY_BEFORE = re.compile(r"(?:[$€£¥][\d.,]+|\d (?:cents?|dollars|euros|pounds))\s+$")  # "$15 an hour before the pandemic": a wage


# and a count of anything: "500 cars a day", "2 million people a week", "dozens of patients a day", "30 minutes
# of exercise a week", "50,000 fewer jobs a month"
_RATE_BEFORE = re.compile(r"(?:\d|percent|cents?|dollars|euros|pounds|yen|yuan|rupees|million|billion|trillion|%|times|once|twice|flights|trips|visits|meals|shifts|hours|days|"
                          + "|".join(L.RATE_MEASURES)
                          + r"|(?:\d|million|billion|thousand|hundred|dozens|hundreds|thousands|millions)(?: of)?"
                            r" (?:(?:more|fewer|new|extra|additional) )?(?:[a-z]{2,}s|people|children|men|women)(?: of(?: [a-z]+){1,2})?)\s*$")


def _set_context(text: str, pos: int) -> bool:
    """A rate such as "$55 a night", "twice a year", "20% a year", "four flights a week", "105 miles an hour"."""
    return bool(_RATE_BEFORE.search(text[max(0, pos - 40):pos]))


_SPAN_VERBS = {"took", "take", "takes", "taken", "taking", "lasted", "last", "lasts", "lasting", "spent", "spend",
               "waited", "needed", "required", "been", "aged"}  # "took over two years": more than two years


_IRREGULAR_PARTICIPLES = {"paid", "repaid", "spread", "held", "built", "made", "sold", "bought", "kept", "run", "set", "put",
                          "done", "grown", "fought", "won", "lost"}


def _over_after_verb(c: Cand) -> bool:
    """ "will be repaid over five years", "evolved over several years": "over" spans the time."""
    if _low(c.m.group("mod")) != "over" or c.m.group("det"):
        return False
    prev = _prev_word(c.m.string, c.m.start()).lower()
    if prev in _AMOUNT_WORDS or prev[-1:].isdigit() or prev.endswith("%") or prev in _RATE_UNITS or prev in _CHANGE_NOUNS:
        return True  # "$5 billion over 10 years", "3 percent a year over two years", "a 4 percent raise over two years"
    if prev in _OBJECT_PRONOUNS:  # "shut 30 of them over two years", but "took them over two years"
        return _prev_word(c.m.string, c.m.start() - len(prev) - 1).lower() not in _SPAN_VERBS
    if prev in _PARTICLES:  # "phased in over two years"
        prev = _prev_word(c.m.string, c.m.start() - len(prev) - 1).lower()
    elif (prev.endswith("s") and not prev.endswith(("ss", "us")) and prev not in _SPAN_VERBS and prev not in _NOT_PLURALS) \
            or prev in _IRREGULAR_PLURALS:
        return True  # "recorded 40 albums over five decades", "sickened 300 people over six weeks": an object, then the span
    if prev.endswith(("ed", "en")) or prev in _IRREGULAR_PARTICIPLES:
        return prev not in _SPAN_VERBS
    # after a noun or a plain verb, "over" spans the time too ("a raise over two years", "rain over several
    # days", "likely to die over a decade"); it is "more than" after a span verb, a preposition or a copula
    return bool(prev) and prev not in _SPAN_VERBS and prev not in _OVER_AS_MORE_AFTER


_OVER_AS_MORE_AFTER = {"for", "in", "of", "after", "within", "just", "well", "slightly", "little", "than", "is", "was",
                       "are", "were", "be", "been", "being", "at", "by", "from", "to", "and", "or", "only", "still"}
_RATE_UNITS = {"year", "month", "week", "day", "annually"}
_CHANGE_NOUNS = {"raise", "rise", "increase", "increases", "cut", "cuts", "reduction", "decline", "drop", "gain", "gains",
                 "growth", "investment", "spending", "savings"}
_PARTICLES = {"in", "out", "back", "up", "down", "off"}
_OBJECT_PRONOUNS = {"them", "it", "him", "her", "us", "me"}
_IRREGULAR_PLURALS = {"people", "children", "men", "women", "mice", "geese", "cattle", "sheep", "deer", "fish", "livestock"}
_NOT_PLURALS = {"was", "has", "is", "its", "this", "his", "hers", "as", "always", "perhaps", "plus", "does", "goes"}


_AMOUNT_WORDS = {"million", "billion", "trillion", "thousand", "hundred", "percent", "pounds", "dollars", "euros",
                 "yuan", "yen", "rupees", "jobs", "points"}


_BEFORE_VERB_LAST = _MODALS | {"and", "or"}


def _said_before(text: str, start: int) -> bool:
    """A verb of saying earlier in the sentence (within 200 characters)."""
    lo = _sentence_start_before(text, start, 200)
    return any(w in _SPEECH_VERBS for w in _WORD.findall(text[start - 200 if lo is None else lo:start].lower()))


def _trim(c: Cand) -> None:
    """Drop leading words TimeBank leaves out of extents: prepositions and possessives."""
    g = c.g
    if c.rule == "duration":
        mod = _low(g.get("mod"))
        if _low(g.get("det")) == "last" and _prev_word(c.m.string, c.start).lower() in _BEFORE_VERB_LAST:
            c.start = c.m.start("n")  # "expected to last six weeks", "will begin ... and last 48 hours": a verb
        if mod in ("within", "only", "barely", "an additional", "another") or (mod in ("over", "under") and g.get("det")) \
                or _over_after_verb(c):
            c.start = c.m.start("det") if g.get("det") else (c.m.start("det2") if g.get("det2") else c.m.start("n"))
        if _low(g.get("n")) == "a half" and not g.get("det") and "-" in c.m.group() and re.match(r" [a-z]", c.m.string[c.end:c.end + 2]):
            c.start = c.m.start("n") + 2  # "a half-day strike": the article is the noun's
        if _low(g.get("det")) in ("its", "their", "his", "her") or ("-" in c.m.group() and _low(g.get("det")) == "the" and not g.get("det2")):
            if c.m.start("det") == c.start:
                c.start = c.m.start("det2") if g.get("det2") else c.m.start("n")
        if (g.get("det") or g.get("det2")) and not g.get("mod") and c.m.string[c.m.end("n"):c.m.start("u")] == "-" \
                and not g.get("dir") and re.match(r" [a-z]", c.m.string[c.end:c.end + 2]):
            c.start = c.m.start("n")  # "its previous two-year agreement": an adjective, the rest is the noun's
        if g.get("dir") and (g.get("det") or g.get("det2")) and not g.get("mod"):
            c.start = c.m.start("n")  # "lost the final three years ago": the article is the noun's, "ago" takes none
    elif c.rule == "weekday" and _low(g.get("rel")) == "that" and not _sentence_initial(c.m.string, c.start) \
            and _prev_word(c.m.string, c.start).lower() not in ("on", "by") \
            and (_prev_word(c.m.string, c.start).lower() in _SPEECH_VERBS or c.m.string[c.end:c.end + 1] not in ".;!?,"
                 and not c.m.string.startswith((" and ", " but "), c.end)):
        # "It reopened that Friday." or "... that Friday and stayed open": a demonstrative ending the clause keeps its day
        c.start = c.m.start("wd")  # "said that Monday's vote": a conjunction; "That Monday," "on that Monday": the day
    elif c.rule == "month" and _low(g.get("rel")) == "that" and _prev_word(c.m.string, c.start).lower() in ("and", "but") \
            and re.match(r" [a-z]", c.m.string[c.end:c.end + 2]) and _said_before(c.m.string, c.start):
        c.start = c.m.start("mon")  # "She said traffic improved, and that January sales were down": a conjunction
    elif c.rule == "dmy" and c.m.group().lower().startswith("the") and not g.get("wd"):
        # "the 17th of February" keeps "the"; in "the 17 February revolution" it belongs to the noun
        if re.fullmatch(r"\d+", g["d"]) and " of " not in c.m.group():
            c.start = c.m.start("d")
    elif c.rule == "quarter":
        det = _low(g.get("det"))
        hyphenated = "-quarter" in c.m.group().lower()
        if det in ("a", "its", "their") or (hyphenated and det == "the"):
            c.start = c.m.start("y0") if g.get("y0") else re.search(r"(?i)(?:fiscal|calendar|first|second|third|fourth|1st|2nd|3rd|4th|final)", c.m.group()[len(g["det"]):]).start() + c.m.start("det") + len(g["det"])


_IT_IS_BEFORE = re.compile(r"\bit(?:['’]s| is)\s+$", re.I)
_BETWEEN_CLOCK_AND = re.compile(r"\bbetween\s+\d{1,2}:\d\d\s+and\s+$", re.I)
_MATCH_CLOCK_LABEL = re.compile(r"[ \t]*(?:\d{2,3}\+)?")  # what may open a line before "68 min:" / "90+4 min:"
def _sentence_start_before(text: str, pos: int, reach: int) -> Optional[int]:
    """Where the sentence holding ``pos`` starts, if that is at most ``reach`` characters back (or the text's start)."""
    lo = max(0, pos - reach)
    start = 0 if lo == 0 else None
    for m in _SENTENCE_END.finditer(text, lo, pos):
        start = m.end()
    return start


def _sentence_end_after(text: str, end: int, reach: int) -> int:
    """Where the sentence running on from ``end`` stops, at most ``reach`` characters on."""
    m = _SENTENCE_END.search(text, end, end + reach)
    return m.start() if m else min(len(text), end + reach)


_CLOCK_OF_DAY_GAP = re.compile(r",?\s+(?:at\s+)?")  # a day, then its clock time
# the same moment in another zone: "at 7:15 p.m., which is 11:15 a.m. in London" (not the morning after)
_CONVERSION_BEFORE = re.compile(r"(?:\bwhich\s+is|\(|\bor)\s+$", re.I)
_PAST_OR_FUTURE = re.compile(r"\bthe (?:past|future)\b", re.I)
_STAMP_LINE = re.compile(r"\n\d\d:\d\d[ \t]*\n")  # a 24-hour entry stamp alone on its line
_CLOCK_24_NEXT = re.compile(r"\s?(?:hrs|h\b|local time)")
_BEFORE_CLOCK = {"at", "by", "until", "till", "from", "before", "after", "around", "about", "since", "to"}
_BEFORE_WEEK = {"in", "by", "from", "until", "till", "since", "during", "for", "before", "after"}
_BEFORE_DAY = {"on", "by", "until", "till", "to", "from", "since", "before", "after", "through"}
_UNITS_OF_NOUN = re.compile(r"\s+of\s+(?!(?:the|a|an|this|that|their|its)\b)[a-z]")
_GENERIC_TODAY = re.compile(r"['’]s\s+(?:[a-z]+\s+)?(?:world|youth|society|generation|children|kids|families|consumers|"
                            r"computers|technology|standards|culture|politics|students|workers|teenagers|young|parents)\b")
_GENERIC_OF = re.compile(r"\b(?:the|a|our|their)\s+(?!(?:end|start|beginning|rest|events|results|morning|evening|afternoon|night)\b)"
                         r"[a-z]+\s+of\s+$", re.I)
_BUSINESS_NEXT = re.compile(r"\s+(?:earnings|results|sales|revenues?|profits?|net|loss(?:es)?|growth|gdp|output|figures|outlook|"
                            r"guidance|forecasts?|margins?|deliveries|shipments|bookings|orders|volumes|production|spending|exports|imports|"
                            r"income|numbers|data|performance|dividends?|sales)\b", re.I)


_BUSINESS_AROUND = re.compile(r"\b(?:profits?|earnings|sales|revenues?|results|net income|losses|growth|economy|gdp|fiscal|"
                              r"shares|stocks?|prices|inflation|exports|output|margins?|costs?|demand|orders|analysts?|economists?|"
                              r"outlook|guidance|forecasts?|index|indexes|indices|nasdaq|markets|investors|traders|bonds|"
                              r"yields|deliveries|shipments|production|spending|imports|bookings|volumes|investment|lending|"
                              r"company|firm|carmakers?|automakers?|chipmakers?|retailers?|lenders?|insurers?|airlines?|carriers?|"
                              r"banks?|manufacturers?|producers?|miners?|brewers?|utilities|conglomerates?|operators?|passengers)\b")
# the words before a bare "Q3" or "H2" that make it a period ("in Q3", "the H2 outlook")
_BEFORE_SHORT_PERIOD = frozenset({"in", "the", "for", "of", "during", "by", "and"})
_DET_ADJECTIVE_BEFORE = re.compile(r"\b(?:a|an|the|its|their|our|this|next) [a-z]+ $")  # "expects a stronger H2"


def _game_play(text: str, c: Cand) -> bool:
    """Words of a game being played within 80 characters ("touchdowns", "scored", "overtime")."""
    around = text[max(0, c.start - 80):c.end + 80].lower()
    return any(w in around for w in L.GAME_PLAY_WORDS)


_CAPITAL_THEN_APPOSITION = re.compile(r" [A-Z][a-z]+, (?:the|a|an) [a-z\d]")
_WORK_APPOSITION = re.compile(r", (?:a|an|the) [^,.;:]{0,30}?\b(?:film|movie|documentary|musical|novel|book|album|song|"
                              r"play|series|show|thriller|comedy|drama|sitcom|opera|podcast|painting|poem)s?,")
_A_NAME_WORDS_BEFORE = re.compile(r"(?:^|[.!?\n]\s*|[\"“]|\s)An?\s+(?!(?:Merry|Happy|Holy)\b)(?:[A-Z][a-z]+\s+){1,3}$")
_IS_A_WORK = re.compile(r" (?:is|was) (?:a|an|the) [^,.;:]{0,30}?\b(?:film|movie|documentary|musical|novel|book|album|"
                        r"song|play|series|show|thriller|comedy|drama|sitcom|opera|podcast|painting|poem)s?[.,;!?]")
_PLACE_AFTER_NAME = re.compile(r"(?:['’]s)? (?:" + "|".join(sorted(L.HOLIDAY_PLACE_NOUNS)) + r")\b")
_SUBTITLE_THEN_VERB = re.compile(r":\s+(?!" + _WD + "|" + _MONTH + r")[A-Z][a-z]+\s+(?:was|is|were|are|has|had|will|[a-z]{2,}ed)\b")
# "the Fourth" as Independence Day: capitalised, then a pause or a small word ("mark the Fourth with a parade")
_FOURTH_ALONE = re.compile(r"[Tt]he Fourth(?:[.,;:!?)\"”].*|\s+(?:with|and|or|in|at|this|next|last|when|as|is|was|will|"
                           r"falls?|fell|lands?|landed|comes|came)\b.*|)",
                           re.S)
_FOURTH_OPENERS = frozenset({"because", "since", "as", "when", "while", "after", "before", "until", "by", "on", "over",
                             "for", "during", "through", "and", "but", "so", "if", "once", "on", "in", "at"})
_HALF_ENDS_ON = re.compile(r"\s+(?:ending|ends|ended|closing|closes|closed|begins|began|starts|started|beginning|starting)"
                           r"\s+(?:on\s+)?(?:" + _WD + "|" + _MONTH
                           + r"|today|tomorrow)\b", re.I)


def _business_news(text: str, c: Cand) -> bool:
    """Business words within 80 characters: a half or quarter without a year is then a period of results."""
    return bool(_BUSINESS_AROUND.search(text[max(0, c.start - 80):c.end + 80].lower()))


_GAP_TO_EVENT = re.compile(r"\s+(?:after|before)\s")
_AFTER_COPULA_SPAN = {"ago", "later", "earlier", "before", "after", "since", "long", "longer", "away", "or", "and",
                      "behind", "ahead", "late", "early", "old", "from", "until", "till", "to"}
_AMOUNT_AWAY = re.compile(r"\s+(?:behind|ahead|away|overdue|late|longer|from\s+[a-z]{3,}ing)\b")  # "weeks from running out"
# "for years", "took months", "wait weeks": a bare plural unit is an amount of time after these
_BEFORE_BARE_UNITS = frozenset({"for", "over", "within", "in", "take", "takes", "took", "taking", "taken", "lasted", "been",
                                "lasts", "spent", "spend", "wait", "waits", "waited", "waiting", "than", "the"})
# "to last another fortnight", "will stay another week": verbs of lasting take an amount too
# "weeks, if not months", "days or even weeks": a bare plural unit offered as the alternative to one just before
# (an amount, not a noun phrase: "those were the days, not years")
_AMOUNT_ALTERNATIVE = re.compile(
    r"(?<!the )\b(?:minutes|hours|days|weeks|months|years|decades),? (?:if not|or even|even|not|or perhaps|perhaps|or possibly"
    r"|possibly|or maybe|maybe) $")
_BEFORE_ANOTHER = _BEFORE_BARE_UNITS | {"last", "stay", "stays", "stayed", "remain", "remains", "remained", "continue", "run"}
_IN_SOMEONES = re.compile(r"\s+in\s+(?:his|her|their|its|my|our|your)\b", re.I)
_DECLARING = {"declared", "declares", "proclaimed", "designated"}
_DECLARED_DATE = re.compile(r"\b(?:" + "|".join(sorted(_DECLARING)) + r")\s+(?:[A-Z][a-z]+\.?|\d{1,2})(?:\s\d{1,2})?\s+$")
_NOUN_OF = re.compile(r"\b([A-Za-z]+)\s+of\s+$")
# title case around a holiday: a capitalised preposition inside a sentence before it, two capitalised words after it
_TITLE_PREP_BEFORE = re.compile(r"[\w,] (?:Before|After|Until|Since|For|Of)\s$")
# "The Twelve Days of Christmas", "The Spirit of Christmas": a capitalised noun (not a day, eve or feast) + "of" is a title
_TITLE_NOUN_OF_BEFORE = re.compile(r"\w (?!(?:Feast|Eve|Day|Night|Season|Week|Octave|Vigil|Mass|Sunday|Monday|"
                                   r"Tuesday|Wednesday|Thursday|Friday|Saturday|Festival)\b)[A-Z][a-z]+ of\s$")
_TWO_NAME_WORDS_AFTER = re.compile(
    r" (?!(?:" + _MONTH + "|" + _WD + r"|Eve|Day|Weekend|Week|Night|Morning|Mass|Happy|Merry)\b)[A-Z][a-z]+ [A-Z][a-z]")
_HOLIDAY_ADJECTIVES = frozenset({"last", "this", "next", "merry", "happy", "every", "each", "since", "until", "after", "before"})
_PLACE_WORD_END = re.compile(
    r" (?!(?:" + _MONTH + "|" + _WD + r"|Eve|Day|Weekend|Week|Night|Morning|Mass|Season|Holiday|Holidays|Vigil|Service|Sunday|"
    r"Monday|Break|Recess|Term)\b)[A-Z][a-z]+(?:[.,;!?]|$)")
_ONE_NAME_WORD_AFTER = re.compile(
    r" (?!(?:" + _MONTH + "|" + _WD + r"|Eve|Day|Weekend|Week|Night|Morning|Mass|Happy|Merry|Season|Holiday|Holidays|I|A|The)\b)"
    r"[A-Z][a-z]+ (?!(?:with|and|of|for|at|in|on|to|from|by|the|a|an|or)\b)[a-z]{3,}")
# a holiday and one capitalised word closing a sentence in ordinary case: "returns in Halloween Ends."
_ONE_NAME_WORD_CLOSING = re.compile(
    r" (?!(?:" + _MONTH + "|" + _WD + r"|Eve|Day|Weekend|Week|Night|Morning|Afternoon|Evening|Mass|Service|Vigil|Season|"
    r"Holiday|Holidays|Break|Recess|Parade|Market|Markets|Fair|Festival|Dinner|Lunch|Party)\b)[A-Z][a-z]+[.!?](?:\s|$)")
_CALL_IT = re.compile(r"\bcall(?:s|ed|ing)? it\s+$", re.I)
_PLAYED_IN = re.compile(r"\b(?:starred|stars|starring|co-starred|appeared|appears|cast|role)\s+in\s+$")  # a work's title next
_DAY_SERVICE_NEXT = re.compile(r" (?:Eve|Day|Weekend|Week|Night|Morning|Mass|Service|Vigil)\b")  # "a Christmas Eve Mass"
_NAME_NEXT = re.compile(r" (?!(?:" + _MONTH + "|" + _WD + r"))[A-Z][a-z]")  # the next word of a title
# a headline's amount of time after a word that takes one: "Sentenced to 12 Years", "Ending 22-Year Rule", "Jailed for 5 Years"
_HEADLINE_SIGNAL_BEFORE = re.compile(r"\b(?:[Ss]entenced [Tt]o|[Jj]ailed [Ff]or|[Ff]or|[Aa]fter|[Oo]ver|[Ww]ithin|[Ee]nd(?:s|ed|ing)?|[Ff]irst [Ii]n) $")
_HEADLINE_EXTREME_AFTER = re.compile(r" (?:Low|High|Record|Peak|Bottom|Top)s?\b")  # a headline's "31-Year Low"
_HEADLINE_SIGNAL = re.compile(r" (?:[Ss]ince|[Aa]fter|[Bb]efore|[Aa]go|[Ll]ater|[Ee]arlier|[Ff]or|In)\b")


def _headline_next_or_last(text: str, c: Cand, det: str, rel: str) -> bool:
    """ "Schools Open Next Week", "Prices Fell Last Month", "Things to Do This Weekend": a bare next/last unit, or
    "This" unit after a headline word (not a show's name: "This Week" opening a line, "on This Week", "ABC's This
    Week"), in a Title Case headline."""
    if det == "this" and not rel:
        prev = _prev_word(text, c.start)
        # (a line blank before the expression: white space right before it first, then the line's look-up)
        if (c.start == 0 or text[c.start - 1].isspace()) and not text[text.rfind("\n", 0, c.start) + 1:c.start].strip() \
                or prev.lower() in L.BEFORE_SHOW_TITLE or prev.endswith(("'s", "’s")):
            return False
    elif not (rel in ("next", "last") and not det):
        return False
    return not text.startswith(" Tonight", c.end) and not _lower_case_sentence(text, c.start, c.end)


def _in_title(text: str, c: Cand) -> bool:
    nxt = re.match(r" ([A-Za-z]+)", text[c.end:c.end + 8])
    return _prev_word(text, c.start) in L.NAME_WORDS_AROUND_DEICTIC or bool(nxt) and nxt[1] in L.NAME_WORDS_AROUND_DEICTIC


# Time words that, capitalised inside a sentence written in lower case, are part of a name or title:
# "Psychology Today", "The Tonight Show", "Back to the Future", "The Hours", "20th Century Fox", "Ten Years After"
_NAME_TIME_WORDS = frozenset({"today", "tonight", "yesterday", "tomorrow", "future", "past", "present", "century",
                              "centuries", "millennium", "year", "years", "day", "days", "hour", "hours", "minute",
                              "minutes", "week", "weeks", "month", "months", "decade", "decades"})
_POSSESSIVE_OR_THE = frozenset({"the", "its", "their", "our", "his", "her", "your", "my"})
_NAME_TIME_RULES = frozenset({"deictic", "vague", "duration", "duration_bare", "century"})
_WORD = re.compile(r"[^\W\d_]+")  # a run of letters, any script
# a lower-case word of ordinary prose: not one Title Case leaves small ("of the", "with"), not a link or handle
_LOWER_WORD = re.compile(r"(?<![\w'’/.#@-])(?!(?:the|and|for|nor|but|with|from|into|onto|over|upon|than|via|per)\b)"
                         r"[a-z]{3,}\b(?![:/]|\.\w)")
_CLAUSE_ENDS = (". ", "\n", "! ", "? ", ", ", ": ", "; ")


def _lower_case_sentence(text: str, start: int, end: int) -> bool:
    """A clause in ordinary case: some lower-case word near the match (not a headline or Title Case tweet)."""
    left = text[max(0, start - 60):start]
    cut = max(left.rfind(p) for p in _CLAUSE_ENDS)
    right = text[end:end + 60]
    stop = min((i for i in (right.find(p) for p in _CLAUSE_ENDS) if i >= 0), default=len(right))
    return bool(_LOWER_WORD.search(left[cut + 1:]) or _LOWER_WORD.search(right[:stop]))


def _lower_in_sentence_after(text: str, end: int) -> bool:
    """Ordinary case somewhere in the rest of the sentence: "A Decade of Dreams, a new exhibition, opens"."""
    stop = min((i for i in (text.find(p, end, end + 100) for p in (". ", "\n", "! ", "? ")) if i >= 0), default=end + 100)
    return bool(_LOWER_WORD.search(text, end, stop))


def _number_word(word: str) -> bool:
    """"Seven", "Twenty-One", "Hundred": WikiWars tags such numbers of days and years in names ("the Seven Years' War")."""
    word = word.rstrip("-")
    return word[:1].isupper() and word.lower() not in ("a", "an") and _number(word) is not None


def _capitalised_time_word_in_name(text: str, c: Cand) -> bool:
    """A capitalised time word that follows another word of the sentence: a name ("The Tonight Show")."""
    for w in _WORD.finditer(c.m.group()):
        word, pos = w.group(), c.start + w.start()
        if word.lower() in _NAME_TIME_WORDS and word[:1].isupper() and not word.isupper() \
                and re.search(r"\w[ -]$", text[max(0, pos - 2):pos]) and not _sentence_initial(text, pos) \
                and not _number_word(_prev_word(text, pos)):
            return _lower_case_sentence(text, c.start, c.end)
    return False


@functools.lru_cache(maxsize=8)
def _speaks_of_fiscal_years(text: str) -> bool:
    """Does the text name financial years (so that a bare "2020-21" is one)? Looked for once per text."""
    low = text.lower()
    return any(cue in low for cue in L.FISCAL_YEAR_CUES)


_SHOW_NAME_AFTER = re.compile(r" [A-Z][A-Z0-9'&. ]{0,30}:")  # more words in capitals, then the colon
_SHOW_NAME_BEFORE = re.compile(r"(?:^|\n)[A-Z][A-Z0-9'&. ]*[A-Z] $")  # a line in capitals so far
# a plural noun or a unit after a number in words: it counts things ("was", "has" and "is" are verbs)
_COUNTED_NEXT = re.compile(r"\s+(?:(?!(?:was|has|is|as|does|saw)\b)[a-z]+[^s\W]?s|percent|per|people|men|women|children|million|billion)\b")


def _vet(text: str, c: Cand) -> bool:
    m, r = c.m, c.rule
    g = c.g
    if r in _NAME_TIME_RULES and _capitalised_time_word_in_name(text, c):
        return False
    if text.startswith(", ", c.end) and text[c.start:c.start + 1].isupper() and _WORK_APPOSITION.match(text, c.end):
        return False  # "The Day After, a 1983 film, was shown again": a title, then the work it names
    if text.startswith((" is ", " was "), c.end) and _IS_A_WORK.match(text, c.end):
        return False  # "Born on the Fourth of July is a 1989 film": part of a title
    if text[c.start:c.start + 1].isupper() and text[c.start - 1:c.start] == " " \
            and _prev_word(text, c.start).lower() in L.WORK_NOUNS:
        return False  # "the novel One Day", "the song Monday Morning": a title
    if not text[c.start:c.start + 1].islower() and _QUOTE_MARK.search(text, c.start - 60 if c.start > 60 else 0, c.start):
        # (a title's word is capitalised or a number, and a quote mark opens shortly before: the only cases the
        # quoted-title tests below need to read)
        if text[c.start - 1:c.start] in ('"', "“") and text[c.end:c.end + 1] in ('"', "”") and text[c.start:c.start + 1].isupper() \
                and " " not in text[c.start:c.end] and _prev_word(text, c.start - 1).lower() not in _QUOTE_TIME_PREP:
            return False  # 'The Beatles' "Yesterday"', '"Tomorrow" from Annie': a one-word quoted title (speech ends in ",")
        if text[c.end:c.end + 1] not in ("'", "’") and _quoted_title(text, c.start, c.end):
            return False  # '"Midnight Cowboy" won', 'opened with "New Year's Day"': a quoted title of several capitalised words
        if _performed_title(text, c.start, c.end):
            return False  # 'Sufjan Stevens played "Fourth of July"': a quoted title after a verb of performing
    if (g_day := g.get("day")) and g_day.islower() and g_day.endswith(".") \
            or (g_wd := g.get("wd")) and g_wd.islower() and g_wd.endswith("."):
        return False  # "the midnight sun.": a lower-case "sun." is no Sunday
    if text.startswith(" of ", c.end) and _DECLARED_DATE.search(text, max(0, c.start - 40), c.start):
        return False  # "declared Monday a day of national mourning": what the day is, not an amount of time
    if text[c.start:c.end].isupper() and (text.startswith(":", c.end) and _SHOW_NAME_BEFORE.search(text, max(0, c.start - 40), c.start)
                                          or _SHOW_NAME_AFTER.match(text, c.end) and (c.start == 0 or text[c.start - 1] == "\n"
                                                                                      or _SHOW_NAME_BEFORE.search(text, max(0, c.start - 40), c.start))):
        return False  # "CNN WORLD TODAY: Midterm surprise", "NIGHTLY NEWS: ...": a show's name heading a transcript
    if r == "spoken_year" and _COUNTED_NEXT.match(text, c.end) \
            and _prev_word(text, c.start).lower() not in ("in", "since", "of", "by", "until", "before", "after", "from", "during"):
        return False  # "twenty ten games", "two thousand twenty soldiers": a number of things, no year
    if r in ("mdy", "dmy", "month_year", "month", "week_of", "week_of_dmy", "month_range_start"):
        alone = r == "month" and not g.get("rel") and not g.get("ry")
        if not _month_ok(text, c, g["mon"], alone):
            return False
        if r == "mdy" and not g.get("y") and not g.get("wd") and re.match(r"\d", g["d"]) is None and not g["d"].islower():
            return False
        if r == "dmy" and re.match(r"\d", g["d"]) is None and not m.group().lower().startswith("the"):
            return False  # "first March" is rare; keep "the first of March"
        if r == "dmy" and re.match(r"\d", g["d"]) is None and _next_word(text, c.end).lower() in L.MONTH_EVENT_NOUNS:
            return False  # "the first December election since 1923": an ordinal of the noun
        if r in ("mdy", "dmy") and g.get("wd") and not _weekday_ok(text, c):
            return False
        return True
    if r == "split_year":  # "2022-23", not a range "2020-25"; in a history "in 1958-59" is two years
        return int(g["y2"]) == (int(g["y"]) + 1) % 100 and bool(g["noun"] or "/" in m.group() or _speaks_of_fiscal_years(text))
    if r == "week_num" and g.get("bare"):
        # "production starts in week 34"; not "Week 3" of a sports season
        return m.group().startswith("w") and _prev_word(text, c.start).lower() in _BEFORE_WEEK \
            and not re.match(r"\s+of\b|\s+(?:games?|matches|match|fixtures?|action)\b", text[c.end:c.end + 10])
    if r == "day_alone":
        return _prev_word(text, c.start).lower() in _BEFORE_DAY
    if r == "year_range_end" and _prev_word(text, c.start - 5).lower().rstrip(".") in _NUMBER_LABELS:
        return False  # "pages 1987-1992": the range's start is no year either
    if r == "unit_shift" and g["det"].lower() == "a" and _prev_word(text, c.start).lower() in ("once", "twice", "thrice", "times"):
        return False  # "hopes to fly twice a year after that": a rate, then a signal (not "twice the year before")
    if r == "unit_shift" and g["det"].lower() == "a" and _low(g["dir"]) in ("after", "before") \
            and _next_word(text, c.end).lower() in L.CLAUSE_SUBJECTS:
        return False  # "a year after he was elected": an amount, then a clause ("a year after that" stays a date)
    if r == "year":
        if g.get("pre") or g.get("yf"):
            return True
        if _prev_word(text, c.start) in ("Windows", "Office", "Vision", "Agenda"):
            return False
        return _year_ok(text, c, int(g["y"]))
    if r == "weekday":
        if g.get("pod") and g["pod"][:1].isupper() and not g["pod"].isupper():
            return False  # "Saturday Night Live", "Monday Night Football": names
        if g.get("rel"):
            return True
        return _weekday_ok(text, c)
    if r == "season":
        if _low(g["s"]) == "fall" and _low(g.get("rel")) == "the" and re.match(r"\s+of\s+(?!\d)", text[c.end:c.end + 6]):
            return False  # "the fall of Rome"
        if _low(g["s"]) == "fall" and _low(g.get("rel")) in ("", "the") and not g.get("y") \
                and _prev_word(text, c.start).lower() not in _BEFORE_WEEK and re.match(r"\s+(?:in|from|to|by)\s+(?!(?:1\d|20)\d\d\b)", text[c.end:c.end + 12]):
            return False  # "the fall in prices", "a fall from grace": the noun of falling
        if _low(g["s"]) in ("fall", "spring") and _low(g.get("rel")) in ("", "the") and not g.get("y") \
                and _IN_SOMEONES.match(text, c.end):
            return False  # "the spring in his step", "a fall in its shares"
        if g["s"][:1].isupper() and (re.match(r"(?:['’]s)? [A-Z][a-z]", text[c.end:c.end + 5]) or _particle_name_after(text, c.end)):
            return False  # "the Summer Olympics", "Winter Palace", "The Winter's Tale", "Autumn de Wilde"
        if g["s"][:1].isupper() and _low(g.get("rel")) == "the" and g["rel"][:1].isupper() and not (g.get("y") or g.get("pre")) \
                and _sentence_initial(text, c.start) and _lower_case_sentence(text, c.start, c.end):
            return False  # "The Summer I Turned Pretty was renewed": prose writes "The summer"; a title
        if _low(g["s"]) == "fall" and not (g.get("rel") or g.get("y") or g.get("pre")):
            return False
        if _low(g.get("rel")) in ("", "the") and not (g.get("y") or g.get("pre") or g.get("ry")) \
                and text[c.end:c.end + 1] == " " and _next_word(text, c.end).lower() in L.SEASON_KIND_NOUNS:
            return False  # "a delayed winter break", "spring training": a kind of period
        if not (g.get("rel") or g.get("y") or g.get("pre")) and _prev_word(text, c.start).lower() in L.SEASON_FIGURE_WORDS:
            return False  # "a nuclear winter"
        if not (g.get("rel") or g.get("y") or g.get("pre")) and _prev_word(text, c.start).lower() in _MODALS:
            return False  # "he will spring into action"
        if g.get("s")[:1].isupper() and not g.get("rel") and not g.get("y") \
                and (not _sentence_initial(text, c.start) or _prev_word(text, c.start).lower().rstrip(".") in L.HONORIFICS):
            return False  # "Summer Olympics" style names, "Mr. Winter"
        return True
    if r == "holiday":
        # "Christmas sales" is not a date, "on Christmas, sales rose" is
        nxt = _next_word(text, c.end).lower() if text[c.end:c.end + 1].isspace() else ""
        # (a holiday's weekend stays a time before a noun, as "fourth-quarter earnings": "Thanksgiving weekend sales")
        weekend = g.get("we") or g["h"][-7:].lower() == "weekend"  # (some holidays' names end in "weekend")
        if (re.sub(r"['’]s$", "", nxt) in L.HOLIDAY_KIND_NOUNS or _next_word(text, c.end) in L.HOLIDAY_PLACE_NOUNS) \
                and not weekend:
            if not (_low(g["h"]) in L.SHOPPING_DAYS and nxt in ("shopping", "deal", "deals", "sale", "sales")):
                return False  # but a "Black Friday sale" happens on Black Friday
        h = _low(g["h"])
        if h == "the fourth" and not _FOURTH_ALONE.fullmatch(text, c.start, min(len(text), c.end + 6)) \
                and not _FOURTH_ALONE.fullmatch(text, c.start, len(text)):
            return False  # "the Fourth" alone, capitalised, ends its phrase: not "Henry the Fourth", "the Fourth Circuit"
        if h == "the fourth" and _prev_word(text, c.start)[:1].isupper() \
                and _prev_word(text, c.start).lower() not in _FOURTH_OPENERS:
            return False  # "Henry the Fourth": a regnal number (not "Because the Fourth fell on Sunday")
        if h.startswith("new year") and _prev_word(text, c.start).lower() in L.OTHER_NEW_YEARS:
            return False
        before = _prev_word(text, c.start).lower()
        if before in L.FIRST_NAMES and _prev_word(text, c.start)[:1].isupper() \
                and not _sentence_initial(text, c.start - len(before) - 1):
            return False  # "Coroner Mary Easter gave evidence": a surname
        if before in ("a", "an") and _NAME_NEXT.match(text, c.end) and not _DAY_SERVICE_NEXT.match(text, c.end):
            return False  # "A Christmas Story": a title (but "a Christmas party" is that day's)
        if before in L.APPOSITIVE_NAME_NOUNS and _prev_word(text, c.start - len(before) - 1).lower() in _APPOSITION_DETERMINERS:
            return False  # "The greyhound Easter Parade won": the dog's name
        if before.rstrip(".") in L.HONORIFICS or before in L.WORK_NOUNS or before == "father" \
                or _PLAYED_IN.search(text, max(0, c.start - 24), c.start):
            return False  # "Dr. Easter": a surname; "the film Thanksgiving", "starred in Groundhog Day": titles
        if before == "like" and _prev_word(text, c.start - 5).lower() in L.SIMILE_VERBS:
            return False  # "the talks felt like Groundhog Day": a simile
        if _TITLE_PREP_BEFORE.search(text, max(0, c.start - 20), c.start) \
                or _TWO_NAME_WORDS_AFTER.match(text, c.end) and not weekend \
                or _TITLE_NOUN_OF_BEFORE.search(text, max(0, c.start - 24), c.start):
            return False  # "The Nightmare Before Christmas", "Halloween Horror Nights": a title or name (but a
            # headline's "Thanksgiving Weekend Spending Falls": a holiday's weekend is its time)
        if _created_work(text, c):
            return False  # "Eliot wrote Ash Wednesday after his conversion": a title
        if text.startswith(("'s ", "’s "), c.start - 3) and _VERB_NEXT.match(text, c.end) \
                and _prev_word(text, c.start - 3 - len(_prev_word(text, c.start - 3)) - 1).lower() in L.FIRST_NAMES:
            return False  # "John Carpenter's Halloween is being re-released": a person's work with its verb
        if text[c.start - 2:c.start - 1].isalpha() and _A_NAME_WORDS_BEFORE.search(text, max(0, c.start - 40), c.start):
            return False  # "A Charlie Brown Christmas airs tonight": a title (not "a Merry Christmas")
        if text.startswith(":", c.end) and _SUBTITLE_THEN_VERB.match(text, c.end):
            return False  # "Independence Day: Resurgence was filmed": a title and its subtitle
        if _ONE_NAME_WORD_CLOSING.match(text, c.end) and not _sentence_initial(text, c.start) \
                and _lower_case_sentence(text, c.start, c.end):
            return False  # "Michael Myers returns in Halloween Ends.": a title closing the sentence
        if _CAPITAL_THEN_APPOSITION.match(text, c.end) and _sentence_initial(text, c.start) \
                and _next_word(text, c.end).lower() not in L.WEEKDAYS and _next_word(text, c.end).lower() not in L.PARTS_OF_DAY:
            return False  # "Easter Parade, the 1948 musical, airs tonight": a name opening the sentence, then its apposition
        if g.get("rel") and g["rel"][:1].isupper() and not _sentence_initial(text, c.start) \
                and _lower_case_sentence(text, c.start, c.end):
            return False  # "Wham!'s Last Christmas topped the charts": a title
        if _PLACE_WORD_END.match(text, c.end) and before not in _TEMPORAL_PREP and before not in ("over", "by") \
                and not before[:1].isdigit() and _lower_case_sentence(text, c.start, c.end):
            return False  # "Floods hit Easter Ross.": a place's name closing the clause
        opens = _sentence_initial(text, c.start) or text.startswith("The ", c.start - 4) and _sentence_initial(text, c.start - 4) \
            or (before.isalpha() and _prev_word(text, c.start)[:1].isupper()
                                                      and before not in _TEMPORAL_PREP and before not in _HOLIDAY_ADJECTIVES
                                                      and _sentence_initial(text, c.start - len(before) - 1))
        if opens and _ONE_NAME_WORD_AFTER.match(text, c.end) and _lower_case_sentence(text, c.start, c.end):
            return False  # "Halloween Kills topped the box office", "Athlete Christmas Abbott won": a name opening the sentence
        return re.sub(r"^the\s+", "", g["h"], flags=re.I)[:1].isupper() or h in ("christmas",) \
            or h.endswith("bank holiday")  # "the Fourth of July"; "the spring bank holiday"
    if r == "decade":
        if re.match(r"\d0s", g["dec"]) and re.search(r"(?:temperature|degree|heat|age|score|rate|speed|\bhigh|\blow)s?\b[^.]{0,25}$",
                                                    text[max(0, c.start - 40):c.start], re.I):
            return False  # "temperatures in the 90s"
        if re.search(r"\b(?:upper|lower)[\s-]+$", text[max(0, c.start - 8):c.start], re.I) or not g["dec"][:1].isdigit() \
                and re.search(r"\b(?:temperatures?|degrees|highs|lows|temps)\b[^.]{0,25}$", text[max(0, c.start - 40):c.start], re.I):
            return False  # "highs in the upper seventies", "lows in the mid-forties": temperatures (decades are early, mid or late)
        if _prev_word(text, c.start).lower() in ("his", "her", "their", "my", "our", "your", "its"):
            return False  # "women in their twenties": an age
        return True
    if r == "quarter" and not (g.get("y") or g.get("y0") or g.get("yrel") or g.get("yp") or g.get("yq") or g.get("fy")
                               or g.get("m1")) and _game_play(text, c) and not _business_news(text, c):
        return False  # "threw two touchdowns in the fourth quarter": a quarter of the game
    if r == "half" and not (g.get("y") or g.get("yrel") or g.get("dec") or g.get("fy")):
        # a half without a year only in business news: "first-half profit", not "the second half" of a match;
        # or one said to end on a named day: "with the first half ending on Saturday" (a match's half ends on no day)
        return _business_news(text, c) or bool(_HALF_ENDS_ON.match(text, c.end))
    if r == "hshort" and not (g.get("y") or g.get("nh")):  # "margins will improve in H2", "H1 revenue", not H2 the gas
        return (bool(_BUSINESS_NEXT.match(text, c.end)) or (_prev_word(text, c.start).lower() in _BEFORE_SHORT_PERIOD
                or _DET_ADJECTIVE_BEFORE.search(text, max(0, c.start - 30), c.start))
                and not re.match(r"\s+(?!(?:and|or|to|from|versus|vs)\b)[a-z]", text[c.end:c.end + 10])) and _business_news(text, c)
    if r == "qshort":
        return bool(g.get("y")) or _prev_word(text, c.start).lower() in _BEFORE_SHORT_PERIOD \
            or bool(_BUSINESS_NEXT.match(text, c.end))  # "Q3 earnings beat estimates"
    if r == "rel_unit":
        det, rel, u = _low(g.get("det")), _low(g.get("rel")), _low(g["u"])
        if u == "hour" and (det != "this" or rel):
            return False  # only a broadcast's "this hour"; "this past hour" is a span
        if rel == "new" and (det != "the" or u != "year" or g.get("fisc")):
            return False  # "the new year" only: "a new day", "the new week" are no dates
        if g["u"][:1].isupper() and (not _sentence_initial(text, c.start) or c.m.start("u") > c.start) \
                and not _headline_next_or_last(text, c, det, rel):
            return False  # "Person of the Year", "This Week", "The Decade of Action" (titles)
        if det == "a" and not rel:
            return False
        if det == "the" and not rel and u in ("week", "month", "year", "decade", "century"):
            m_of = _NOUN_OF.search(text, max(0, c.start - 24), c.start)
            if m_of and m_of[1].lower() in L.TITLE_OF_THE_NOUNS:
                return False  # "player of the year", "the deal of the century": a title, no date
        if not det and not rel and not g.get("fisc") and not (g.get("todate") and u in ("year", "month")):
            return False  # but "up 7.6% year to date" is a date
        if det == "the" and not rel and u == "weekend" and text[c.end:c.end + 1] == " " \
                and _next_word(text, c.end).lower() in L.WEEKEND_KIND_NOUNS:
            return False  # "the weekend warrior injured his knee", "the weekend edition": a kind, no date
        if det == "the" and not rel and _TO_THE_UNIT.search(text, max(0, c.start - 20), c.start):
            return False  # "ten years ago almost to the week", "exactly to the day": an idiom of precision
        if u in ("day", "morning", "afternoon", "evening", "night") and (det == "the" and not rel):
            return False  # "the day", "the night" are too often not dates (TimeBank even leaves "later in the day")
        if det in ("its", "their") and not g.get("fisc"):
            return False
        if det == "this" and rel not in ("", "past", "coming"):
            return False
        if rel in ("full", "whole", "entire") and det != "the":
            return False
        if det == "that" and rel not in ("", "same", "very same"):
            return False
        if u in ("morning", "afternoon", "evening", "night") and rel in ("full", "whole", "entire", "past", "coming", "latest", "current", "upcoming", "prior", "preceding"):
            return False
        return True
    if r == "pod_alone" and text.endswith("into ", 0, c.start) and not g.get("pre"):
        nxt = re.match(r" ([a-z]+)", text[c.end:c.end + 20])  # "shine into the night sky": a noun's modifier
        return not nxt or nxt[1] in _AFTER_INTO_PART
    if r == "pod_alone" and text.startswith(" of ", c.end) and _prev_word(text, c.start).lower() == "by":
        return False  # "complete by the morning of December 28": the part of that day, not of the story's last one
    if r == "pod_alone" and g.get("on"):
        nxt = re.match(r"\s*([A-Za-z]+)", text[c.end:c.end + 20])
        return _prev_word(text, c.start).lower() not in _DETERMINER_WORDS and (
            not nxt or nxt[1].lower() in _AFTER_OVERNIGHT or not re.match(r"\s", text[c.end:c.end + 1]))
    if r == "duration_bare":
        det = _low(g.get("det"))
        u = _low(g["u"])
        if g["u"][:1].isupper() and _NAME_NEXT.match(text, c.end) and _prev_word(text, c.start).lower() == "the":
            return False  # "the Days Inn"
        if g.get("long"):
            return not g.get("alt") and not g.get("dir")  # "a year-long inquiry", "decades-long"
        if not u.endswith(("s", "ies")):
            # "in the last hour" (not "at the last hour", the last moment), "the next fortnight"; else only "year-long"
            if u == "fortnight":
                return det in ("the past", "the last", "the next", "the coming")
            return u == "hour" and det in ("the past", "the last") and _prev_word(text, c.start).lower() != "at"
        if u == "minutes" and not det and _minutes_record(text, c.start, c.end):
            return False  # "the minutes of the meeting", "the Fed's minutes showed": a written record
        if det == "the early" and (u == "hours" or re.match(r"\s+of\b", text[c.end:c.end + 5])):
            return False  # "in the early hours of Saturday": Saturday is the expression; "into the early hours": no span
        if det or g.get("dir"):
            return True
        prev = _prev_word(text, c.start).lower()
        if not prev and text[c.start - 1:c.start] in ('"', "“") and g.get("alt"):
            prev = _prev_word(text, c.start - 1).lower()  # would wait "weeks or months": the verb before the quote
        if u == "hours" and prev in _POSSESSIVE_OR_THE \
                and _prev_word(text, c.start - len(prev) - 1).lower() in L.OPENING_HOURS_VERBS:
            return False  # "agreed to extend the hours of the splash pad", "cut its hours": opening hours, no span
        if u != "seconds" and _UNITS_OF_NOUN.match(text, c.end):
            return True  # "after weeks of negotiations", "follows months of twists"
        if _AMOUNT_AWAY.match(text, c.end):
            return True  # "years behind schedule", "weeks away": an amount of time
        if prev in ("only", "just") and _prev_word(text, c.start - len(prev) - 1).lower() in ("has", "have", "had", "having"):
            return True  # "the state has only days before ...": time left, an amount
        if prev == "the" and _prev_word(text, c.start - 4).lower() in ("were", "are", "was", "is"):
            return False  # "those were the days": no span
        if prev in ("not", "even", "perhaps", "possibly", "maybe") and _AMOUNT_ALTERNATIVE.search(text, max(0, c.start - 30), c.start):
            return True  # "weeks, if not months"
        return u in ("decades", "centuries") or prev in _BEFORE_BARE_UNITS
    if r == "duration":
        u = _low(g["u"])
        n = _low(g["n"] or g["qtr"])
        if u in ("min", "mins", "minute", "minutes") and n[:1].isdigit() and text.startswith(":", c.end) \
                and _MATCH_CLOCK_LABEL.fullmatch(text, text.rfind("\n", 0, c.start) + 1, c.start):
            return False  # a minute-by-minute report's entry label, "68 min:", "45+1 min:": the match clock, no span
        if n in ("a", "an") and not g.get("mod") and not g.get("det") and text.startswith(" like ", c.end):
            return False  # "haven't seen a day like this", "a night like last night": a kind of day, no amount
        if g["u"][:1].isupper() and not g["u"].isupper() and n[:1].isdigit() and not _HEADLINE_SIGNAL.match(text, c.end) \
                and not _HEADLINE_SIGNAL_BEFORE.search(text, max(0, c.start - 16), c.start) \
                and not ("-" in c.m.group() and _HEADLINE_EXTREME_AFTER.match(text, c.end)):  # "Plunges to 31-Year Low"
            return False  # a title: "60 Minutes", "24 Hours of Le Mans"; not a headline's "Marks 20 Years Since ..."
        if g["u"][:1].isupper() and not g["u"].isupper() and g["n"][:1].islower() \
                and not (n in ("a", "an") and not _lower_case_sentence(text, c.start, c.end)
                         and not _lower_in_sentence_after(text, c.end)):  # ("Eight Days a Week, the documentary, is")
            return False  # a capital unit after a small number word: a name ("a Day One investor")
        if g["u"][:1].isupper() and not g["u"].isupper() \
                and (_lower_case_sentence(text, c.start, c.end) or _lower_in_sentence_after(text, c.end)) \
                and (re.match(r"\s+of\s+[A-Z]", text[c.end:c.end + 6]) or _number_word(g["n"] or "") and _sentence_initial(text, c.m.start("n"))):
            return False  # "One Hundred Years of Solitude", "Seven Days in May was shown": a title (prose writes "Seven days")
        if g["u"][:1].isupper() and not g["u"].isupper() and re.match(r"\s+an?\s+(?:Day|Week|Month|Year)\b", text[c.end:c.end + 12]) \
                and _lower_case_sentence(text, c.start, c.end):
            return False  # "played Eight Days a Week": a capitalised rate in a lower-case sentence is a title
        if n in ("a", "an") and u in ("day", "week") and text.startswith(" of ", c.end) and _prev_word(text, c.start).lower() == "as" \
                and not g.get("mod"):
            return False  # "marked as a day of remembrance": what kind of day it is, no amount
        if n in ("a", "night") and u in ("day", "night") and _CALL_IT.search(text, max(0, c.start - 12), c.start):
            return False  # "decided to call it a day": to stop
        if g["u"][:1].isupper() and not g["u"].isupper() and (n[:1].isdigit() or (g["n"] or "")[:1].isupper()) \
                and text[c.end:c.end + 1] not in ("'", "’") and _title_case_quote(text, c.start, c.end):
            return False  # a quoted title: "Ten Years Gone" (WikiWars tags "Ten Year's Civil War": a war's span), "Six Days, Seven Nights" (prose writes "ten years")
        rest = text[c.end:c.end + 6]
        if re.match(r"-?\s?old\b", rest):
            return False  # ages
        if text[max(0, c.start - 8):c.start].lower() == "once-in-":
            return False  # "a once-in-a-century flood": rare, no span
        if n == "a" and text.startswith((" to remember", " to forget"), c.end):
            return False  # "a night to remember": what kind of night, no span
        if n in ("a", "one") and u == "day" and text.startswith(" at a time", c.end):
            return False  # "take it one day at a time": step by step, no span
        if n == "a" and u == "month" and text.startswith(" of Sundays", c.end):
            return False  # "not in a month of Sundays": never
        if n == "a" and u == "day" and _PROVERB_DAY.search(text, max(0, c.start - 30), c.end + 1):
            return False  # "Rome wasn't built in a day": the proverb, no span
        if u in ("minute", "second") and "-" in c.m.group() and _CLOCK_POINT_NEXT.match(text, c.end):
            return False  # "the two-minute warning", "the 10-minute mark": a point on a game clock, no span
        if n == "a" and u in ("day", "night") and not g.get("mod") and not g.get("tail") \
                and _next_word(text, c.end) in L.DAY_NIGHT_COMPOUND_NOUNS and text[c.end:c.end + 1] == " ":
            return False  # "a night owl", "a day trader": a compound noun, not a day's span
        if n in ("a", "an") and u in ("second", "minute") and not g.get("mod") and not g.get("tail") \
                and not _GAP_TO_EVENT.match(text, c.end):
            return False  # "a second", "wait a minute" (but "called it at 8:01 p.m., a minute after the polls shut")
        if n in ("a", "an") and u in ("day", "night") and not g.get("mod") and not g.get("tail") \
                and not g.get("dir") and _prev_word(text, c.start).lower() in ("is", "was") \
                and _next_word(text, c.end).lower() not in _AFTER_COPULA_SPAN:
            return False  # "Today is a day we have waited for", "Sunday was a day of mourning": a kind of day, no span
            # (a week or a year after "was" is still an amount: "the last time it was a week of cabs")
        if n in ("a", "an") and g.get("lng"):
            return False  # "a month-long strike": the article belongs to the noun ("month-long" alone is the duration)
        if u == "quarter":
            nxt = re.match(r"[\s-]([a-z]+)", text[c.end:c.end + 12])
            if nxt and nxt[1] in L.QUARTER_MEASURES or re.match(r" (?:past|to) \d", text[c.end:c.end + 9]):
                return False  # "a quarter point", "a quarter-point cut", "a quarter past 7": no three months
        if n == "another" and not g.get("mod") and _prev_word(text, c.m.start("n")).lower() not in _BEFORE_ANOTHER:
            return False  # "for another week", but not "another day at the office"
        fraction_of = re.match(r"\s+of\b", rest) and not (g.get("extra") or n in L.FUZZY_NUMBERS) \
            and not (_low(g.get("det")) == "the" and _low(g.get("det2")) in ("last", "past", "previous"))
        # not "several quarters of losses", but "the last three quarters of the year" are quarters
        if u.startswith("quarter") and (fraction_of or "-" in c.m.group() and u.endswith("s")
                                        or _prev_word(text, c.start).lower() == "by" or n == "some"
                                        or n in ("a", "one") and g.get("mod")):
            return False  # "three-quarters of", "a quarter of the market", "cut by a quarter", "about a quarter", "in some quarters"
        if n in ("a", "an") and not g.get("det") and not g.get("mod") and not g.get("dir") and _set_context(text, c.start) \
                and (not _SIGNAL_NEXT.match(text, c.end) or _MONEY_BEFORE.search(text, max(0, c.start - 30), c.start)):
            return False  # "$55 a night", "four flights a week": a rate, not a duration
        if n == "some" and not u.endswith("s"):
            return u == "day" and _prev_word(text, c.start).lower() in _MODALS  # "will some day", not "some day"
        if n == "one" and u == "day" and not g.get("mod") and not g.get("det"):
            return "-" in c.m.group() or not _sentence_initial(text, c.start)  # "One day, ..." is a story opener
        return True
    if r == "set":
        if _COUNTS_NEXT.match(text, c.end) and _low(text[c.start:c.start + 5]) in ("every", "each "):
            return False  # "Every minute counts": how much each matters, no set of times
        if g.get("adv") and _low(g["adv"]) in ("daily", "weekly", "monthly") and _prev_word(text, c.start).lower() in ("a", "an") \
                and (not re.match(r"\s+[a-z]", text[c.end:c.end + 3]) or _next_word(text, c.end).lower() in _AFTER_INTO_PART):
            return False  # "It became a daily in 1921": a newspaper, no set (but "a weekly meeting" is)
        if g.get("adv") and g["adv"][:1].isupper() and _NAME_NEXT.match(text, c.end) and _prev_word(text, c.start).lower() == "the":
            return False  # "The Daily Mail", "the Weekly Standard"
        if g.get("adv") and not g.get("f2") and re.search(r"(?:%|\bper ?cent)\s*$", text[max(0, c.start - 9):c.start]):
            return False  # "to rise 8.5% annually": a rate, as "20% a year" is
        if _low(g.get("adv")) == "quarterly" and not re.match(r"\s*(?:[.,;:)]|$|and\b|or\b|in\b|at\b|on\b)", text[c.end:c.end + 5]):
            return False  # "quarterly dividend" is an adjective; "paid quarterly" a set
        return not (g.get("u") and _month_number(g["u"]) and not _month_ok(text, c, g["u"], False))
    if r == "deictic" and m.group()[:1].isupper() and _in_title(text, c):
        return False  # "USA Today", "ABC World News Tonight": a name
    if r == "deictic" and re.search(r" [A-Z]", g["w"]):
        return False  # "The Day After Tomorrow": a title
    if r == "deictic" and _low(g["w"]) == "yesterday" and _NOT_BORN.search(text, max(0, c.start - 16), c.start):
        return False  # "I wasn't born yesterday": not naive, no day
    if r == "deictic" and _low(g["w"]) == "today" and _GENERIC_TODAY.match(text, c.end):
        return False  # "today's youth", "in today's world": nowadays, no day
    if r == "deictic" and _low(g["w"]) in ("tomorrow", "yesterday") and not g.get("pod") \
            and _GENERIC_OF.search(text, max(0, c.start - 30), c.start):
        return False  # "the people of tomorrow", "the music of yesterday": a generic time
    if r == "vague":
        v = _low(g["v"])
        if v == "the past" and re.match(r"\s+(?:\d|few|several|two|three|four|five|six|seven|eight|nine|ten)", text[c.end:c.end + 10]):
            return False
        if v == "recently" and text[c.end:c.end + 4] == " as " and _prev_word(text, c.start).lower() == "as":
            return False  # "as recently as 1990": the date that follows is the expression
        if v == "the present" and not (_prev_word(text, c.start).lower() in _PREPOSITIONS
                                       or _sentence_initial(text, c.start) and text.startswith(" is ", c.end)
                                       or _PAST_OR_FUTURE.search(text, c.end, _sentence_end_after(text, c.end, 60))
                                       or _prev_word(text, c.start).lower() in ("and", "or") and _PAST_OR_FUTURE.search(
                                           text, max(0, c.start - 40), c.start)):
            # ("The future influences the present just as much as the past", "the past and the present": set against
            # the other times, a time)
            return False  # "unwrapped the present", "The present was delivered": a gift (not "until the present")
        if v == "the past" and text[c.end:c.end + 1] == " " and _next_word(text, c.end).lower() in L.PAST_ADJECTIVE_NOUNS:
            return False  # "the past president": a former one
        if v == "right now" and _prev_word(text, c.start).lower() in _DETERMINER_WORDS:
            c.start += 6  # "That right now expires on Feb. 20": a noun "right", then the adverb "now"
            return True
        if v == "current" and re.match(r"(?:[.,;:]|\s+(?:of|carried|swept|pulled|dragged|flows|flowed|ran|runs)\b)", text[c.end:c.end + 9]):
            return False  # "the current carried the boat": a stream, no time
        if v == "current":
            return not re.match(r"\s+(?:account|accounts|affairs|events|assets|liabilities)\b", text[c.end:c.end + 14], re.I)
        if v in ("now",):
            if text[c.start:c.end] == "Now" and text[c.end:c.end + 1] == " " and _sentence_initial(text, c.start) \
                    and _next_word(text, c.end) in L.TITLE_WORDS_AFTER_NOW:
                return False  # "Now That's What I Call Music sold millions": a title in Title Case
            return not re.match(r"[-–]\w", text[c.end:c.end + 2])
        if v == "recent" and _prev_word(text, c.start).lower() in ("most", "more", "least"):
            return False  # "their most recent checks": the latest ones, no time of their own
        return True
    if r in ("clock", "clock_words"):
        if g.get("shared") is not None:  # "between 7 and 8:30 a.m.": the first hour shares the second's a.m.
            return int(g["h"]) <= 12 and _prev_word(text, c.start).lower() in ("between", "from")
        if g.get("h") and not g.get("ap") and not g.get("oc") and not g.get("pod2"):
            return False
        if g.get("today") and not g.get("mi") and not (_prev_word(text, c.start).lower() in _BEFORE_CLOCK
                                                       and (6 if "night" in g["today"] else 1) <= int(g["h"]) <= 11):
            return False  # "at 8 tonight", "at 9 this morning"; not "the top 10 tonight" nor "at 12 tonight"
        if g.get("mi2") and int(g["h"]) > 12:
            return False  # "2015 a.m.": no clock
        if g.get("frac") and _prev_word(text, c.start).lower() not in _BEFORE_CLOCK:
            return False  # "at a quarter to nine", not "cut by a quarter to 5 million"
        if g.get("mil") and text[c.start - 1:c.start] == "(":
            return False  # "at 10:35 a.m. (0735 GMT) Friday": the same time again
        if g.get("h24") and not (g.get("tz") or g.get("tzb")) and not _CLOCK_24_NEXT.match(text, m.end("mi24")) \
                and _prev_word(text, c.start).lower() not in _BEFORE_CLOCK | {"between"} \
                and not _BETWEEN_CLOCK_AND.search(text, max(0, c.start - 24), c.start) \
                and not _IT_IS_BEFORE.search(text, max(0, c.start - 8), c.start):
            # "3:16" is no time; "at 17:45", "14:30 GMT", "between 07:30 and 18:30", "it's 6:30" are, and so are a
            # live blog's stamps, "22:48" alone on its line among others
            return len(g["h24"]) == 2 and _alone_on_line(text, c.start, c.end) and len(_STAMP_LINE.findall(text)) > 1
        if g.get("word") and (_prev_word(text, c.start).lower() == "high" or (g["word"][:1].isupper() and not _sentence_initial(text, c.start))):
            return False  # "High Noon"
        if g.get("word") and g["word"][:1].isupper() and _sentence_initial(text, c.start) and _ONE_NAME_WORD_AFTER.match(text, c.end) \
                and _verb_like(_next_word(text, c.end + 1 + len(_next_word(text, c.end)))):
            return False  # "Noon Mediterranean closed its stores": a name with its verb (not "Midnight Hungergames catching fire")
        if _GAME_CLOCK_NEXT.match(text, c.end):
            return False  # "the knockout came at 2:59 of the third round": a game's clock, no time of day
        if g.get("word") and text[max(0, c.start - 9):c.start].lower() == "morning, " and text.startswith((" and night", ", and night"), c.end):
            return False  # "worked morning, noon and night": all the time
        return True
    if r == "numeric":
        if g.get("ne"):  # "9/11": the 2001 attacks, not "scored 9/11 from the line"
            return _prev_word(text, c.start).lower() in ("the", "since", "after", "before", "until", "of", "post", "pre", "like") \
                or _next_word(text, c.end).lower() in L.NINE_ELEVEN_NOUNS
        if g.get("ma"):  # "on 11/4": a US month/day before a pause, a preposition or a name (not "on 3/4 of the lots",
            nxt = _next_word(text, c.end)  # "bet on 11/4 shots")
            return _prev_word(text, c.start - 3).lower() not in ("odds", "bet", "bets", "priced", "backed") and nxt != "of" \
                and (not nxt or not nxt[:1].islower() or nxt in _PREPOSITIONS or nxt in ("and", "or", "but", "when", "after"))
        a, b, y = int(g["a"]), int(g["b"]), g["y"]
        if g["sep"] != "/" and len(y) != 4:
            return False  # 05.11.19 is too often not a date
        return (1 <= a <= 12 and 1 <= b <= 31) or (1 <= b <= 12 and 1 <= a <= 31)
    return True


# ---------------------------------------------------------------------------------------------
# Left modifiers folded into an expression: "early", "late", "mid-", "the end of", "about".

_LEFT_MOD = re.compile(
    r"(?:(?P<start>(?:the )?(?:very )?(?:beginning|start|outset|dawn) of |early(?: |-| in )|earlier |the early )"
    r"|(?P<end>(?:the )?(?:very )?(?:end|close) of |end-|late(?: |-| in )|later |the late )"
    r"|(?P<mid>(?:the )?middle of |mid(?: |-)|the mid-)"
    r"|(?P<approx>about |around |approximately |roughly |circa |some time |sometime |as early as |as late as ))$".replace(" ", r"\s{1,3}"),
    re.I,
)


# "Easter is late this year", "winter came early this year": the subject's timing, not a part of the year
_BE_OR_COME = frozenset({"is", "was", "are", "were", "be", "been", "comes", "came", "arrives", "arrived", "falls", "fell"})
_LEFT_MOD_LAST_WORDS = frozenset({"of", "end", "early", "in", "earlier", "late", "later", "mid", "about", "around",
                                  "approximately", "roughly", "circa", "time", "sometime", "as"})
_FOLDABLE = {"mdy", "dmy", "month", "month_year", "year", "spoken_year", "decade", "century", "quarter", "qshort", "half",
             "season", "holiday", "deictic", "weekday", "clock", "clock_words", "rel_unit", "iso", "numeric", "quarter_ref", "pod_day", "year_ago"}


_LONG_PERIOD = re.compile(r"(?:(?:next|this|last) (?:year|quarter)|(?:19|20)\d\d)\b", re.I)
_LATE_AS_ADVERB_AFTER = {"open", "stay", "stays", "stayed", "work", "works", "worked", "working", "up", "sleep", "slept"}


def _fold_left_modifier(text: str, c: Cand, floor: int) -> None:
    if c.rule not in _FOLDABLE:
        return
    window_start = max(floor, c.start - 30)
    if c.start <= window_start or not (text[c.start - 1].isspace() or text[c.start - 1] == "-"):
        return
    last = _last_letters(text[window_start:c.start - 1] if text[c.start - 1] == "-" else text[window_start:c.start].rstrip())
    if last.lower() not in _LEFT_MOD_LAST_WORDS:
        return  # every modifier ends with one of these words (a cheap test before the search)
    m = _LEFT_MOD.search(text, window_start, c.start)
    if not m or m.end() != c.start:
        return
    if m.start() > 0 and (text[m.start() - 1].isalnum()):
        return
    if text[max(0, m.start() - 4):m.start()].lower() in ("too ", " so "):
        return  # "ended too late in February": an adverb of the verb, not the end of the month
    if _prev_word(text, m.start()).lower() in _LATE_AS_ADVERB_AFTER and m.group().lower().startswith(("late", "early")) \
            and not _LONG_PERIOD.match(text, c.start):
        return  # "stores will stay open late this weekend", "worked late Friday": an adverb of the verb (but
        # "growth will pick up early next year": no one works or stays up late for a year, it is a part of it)
    kind = next(k for k in ("start", "end", "mid", "approx") if m[k])
    if m[kind].strip().lower() in ("early", "late") and text[c.start:c.start + 5].lower() == "this " \
            and _prev_word(text, m.start()).lower() in _BE_OR_COME:
        return  # "Easter is late this year": earlier or later than usual, not the end of the year
    if kind == "approx" and text.startswith(("'s", "’s"), c.end):
        return  # "a way around Wednesday's ruling": a preposition before a possessive
    if kind == "approx" and m[kind].lower().startswith("around") \
            and _prev_word(text, m.start()).lower() in L.AROUND_PARTICLE_VERBS \
            and not _DAY_OR_CLOCK_NUMBER.search(text, c.start, c.end):
        return  # "before things turn around next spring": a particle of the verb (but a day or clock time after
        # it is approximated: "the next test comes around July 4", "came around 3 a.m.")
    if kind == "approx" and m[kind].lower().startswith("about") and _prev_word(text, m.start()).lower() in L.ABOUT_HEADS:
        return  # "realistic about 2026", "talk about March": a preposition; "founded about 1910" is circa
    c.mod = {"start": "START", "end": "END", "mid": "MID", "approx": "APPROX"}[kind]
    word = m[kind].strip().lower()
    if word in ("as early as", "as late as", "sometime", "some time"):
        c.mod = None
        if word.startswith("as "):
            return
    c.prefix = m[kind]
    c.start = m.start()


# ---------------------------------------------------------------------------------------------
# Normalisers. Each returns a Norm or None (drop the candidate).


def _ymd(y: int, mo: int, d: int) -> Optional[str]:
    try:
        return dt.date(y, mo, d).isoformat()
    except ValueError:
        return None


def _year_of(word: Optional[str], ref: dt.date) -> Optional[int]:
    if not word:
        return None
    w = word.strip("'’")
    if len(w) == 2:
        n = int(w)
        return 2000 + n if n <= (ref.year % 100) + 10 else 1900 + n
    return int(w)


def _with_day_part(value: str, pod: Optional[str]) -> tuple[str, str]:
    code = L.PARTS_OF_DAY.get(_low(pod))
    if code and re.fullmatch(r"\d{4}-\d\d-\d\d", value):
        return value + "T" + code, "TIME"
    return value, "DATE"


def _n_iso(g, c, ctx):
    if g.get("w"):  # an ISO week, "2013-W12"
        return Norm("DATE", f"{g['y']}-W{g['w']}")
    v = _ymd(int(g["y"]), int(g["mo"]), int(g["d"]))
    if not v:
        return None
    if g.get("h"):
        return Norm("TIME", f"{v}T{g['h']}:{g['mi']}")
    return Norm("DATE", v)


def _n_numeric(g, c, ctx):
    if g.get("ne"):
        return Norm("DATE", "2001-09-11")  # "the 9/11 attacks", "since 9/11"
    if g.get("ma"):  # "on 11/4": month first, the year from the tense
        mo, d = int(g["ma"]), int(g["md"])
        v = _ymd(N.year_for(mo, d, ctx.pub, ctx.direction(c)), mo, d)
        return Norm("DATE", v) if v else None
    a, b = int(g["a"]), int(g["b"])
    y = _year_of(g["y"], ctx.pub)
    # US order for slashes in English unless impossible; day-first for dots, dashes and other languages
    if g["sep"] == "/" and ctx.month_first:
        mo, d = (a, b) if a <= 12 else (b, a)
    else:
        d, mo = (a, b) if b <= 12 else (b, a)
    v = _ymd(y, mo, d)
    return Norm("DATE", v) if v else None


def _n_mdy(g, c, ctx):
    mo = _month_number(g["mon"])
    d_word = _low(g["d"])
    d = L.ORDINALS.get(d_word) or int(re.match(r"\d+", d_word)[0])
    anchor = "none"
    if g.get("y"):
        y = int(g["y"])
    elif g.get("ry"):
        y = ctx.pub.year + {"this": 0, "last": -1, "next": 1}[_low(g["ry"])]
        anchor = "publication"
    elif g.get("ay"):  # "July 25 of that year": the narrative's year
        y, anchor = _narrative_year(g["ay"], ctx)
    elif g.get("mrel"):
        rel = _low(g["mrel"])
        here, now = (mo, d), (ctx.pub.month, ctx.pub.day)
        if rel in ("last", "this past"):
            y = ctx.pub.year if here < now else ctx.pub.year - 1
        elif rel in ("next", "this coming"):
            y = ctx.pub.year if here > now else ctx.pub.year + 1
        else:
            y = ctx.pub.year
        anchor = "publication"
    elif g.get("wd"):
        wd = _weekday_number(g["wd"])
        # pick the year in which that date falls on that weekday, nearest the publication, else the year of
        # the story's last date ("In 2020, ... until Saturday, Nov. 7": 2020's)
        years = [ctx.pub.year, ctx.pub.year - 1, ctx.pub.year + 1] + _story_years(ctx)
        y = next((yy for yy in years if _ymd(yy, mo, d) and dt.date(yy, mo, d).isoweekday() == wd),
                 N.year_for(mo, d, ctx.pub, ctx.direction(c)))
        anchor = "publication"
    elif (mo, d) in L.NAMED_DAYS and _NAMED_DAY_NOUN.match(ctx.text, c.end):
        y, anchor = L.NAMED_DAYS[mo, d], "none"  # "the September 11 attacks"
    elif (y := ctx.story_year(c) or ctx.history_year(c, mo, d)) and _ymd(y, mo, d):  # (no "29 February" of 1958)
        anchor = "expression"
    elif (y := _past_story_year(ctx, c, mo, d)) and _ymd(y, mo, d):  # "that September ... On October 9, they marched"
        anchor = "expression"
    else:
        y = N.year_for(mo, d, ctx.pub, ctx.direction(c), _slack(ctx, c))
        anchor = "publication"
    v = _ymd(y, mo, d)
    if v is None and (mo, d) == (2, 29) and anchor == "publication":  # "Feb. 29" of a year without one: the nearest leap day
        y = min((yy for yy in range(ctx.pub.year - 4, ctx.pub.year + 5) if _ymd(yy, 2, 29)),
                key=lambda yy: abs((dt.date(yy, 2, 29) - ctx.pub).days))
        v = _ymd(y, mo, d)
    return Norm("DATE", v, anchor=anchor) if v else None


_n_dmy = _n_mdy


def _story_years(ctx) -> list[int]:
    """The years of the story's last dates (the previous one, the last explicit one), each with the next."""
    years = []
    for value in (ctx.last and ctx.last[1], ctx.explicit and ctx.explicit[0]):
        if value and _YEAR_START.match(value):
            years += [int(value[:4]), int(value[:4]) + 1]
    return years
_FISCAL_LABEL = re.compile(r"(?i)\b(?:fiscal|financial|FY)\b")
# verbs that place an event in time: "Easter 2033 will fall in mid-April", "the 2030 final takes place on July 14"
_TAKES_PLACE = re.compile(r"\b(?:falls?|be held|takes? place|begins?|starts?|opens?|be staged)\s+(?:(?:in|on|during|around)\s+)?$")
_NAMED_DAY_NOUN = re.compile(r",?\s+(?:terror(?:ist)?\s+)?(?:attacks?|hijackers|commission|victims)\b", re.I)


_ORDINAL_WEEK = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5}


def _n_week_num(g, c, ctx):
    """ISO week numbers: "calendar week 52", "week 12 of 2013", "the 12th week of the year", "the first week of 2021"."""
    y = g.get("y1") or g.get("y2") or g.get("y3")
    year = int(y) if y else ctx.pub.year + {"last": -1, "next": 1}.get(_low(g.get("rel")), 0)
    word = _low(g.get("ow"))
    last = word in ("last", "final")
    n = 53 if last else _ORDINAL_WEEK.get(word) or int(g.get("cw") or g.get("n") or g.get("o") or g.get("bare"))
    if not y and _low(g.get("rel")) in ("", "the"):
        # "calendar week 52", "the last week of the year" in a past clause written in January: last year's
        iso_year, now, _ = ctx.pub.isocalendar()
        if iso_year != ctx.pub.year:  # 1-3 January in the last year's week, 29-31 December in the next one's
            now = 1 if ctx.pub.month == 1 else 53
        way = ctx.direction(c)
        year += -1 if way < 0 and n > now else 1 if way > 0 and n < now else 0
    if last:
        n = dt.date(year, 12, 28).isocalendar()[1]  # 28 December is always in the year's last ISO week
    if not 1 <= n <= dt.date(year, 12, 28).isocalendar()[1]:
        return None
    return Norm("DATE", f"{year}-W{n:02d}", anchor="none" if y else "publication")


_NTH_WEEK_DAY = {"first": 4, "second": 11, "third": 18, "fourth": 25}  # the middle of the nth seven days


def _n_week_of(g, c, ctx):
    """ "the week of March 6": the ISO week holding that day ("the weekend of ...": its weekend);
    "the second week of April": the week holding April 8 (the first weekend: the first Saturday's)."""
    nth = _low(g.get("nth"))
    if nth and not g.get("d"):
        month = _n_month_year(g, c, ctx) if g.get("y") else _n_month(dict(g, rel=None, ry=None, ay=None), c, ctx)
        if month is None:
            return None
        y, mo = (int(x) for x in month.value.split("-"))
        last = (dt.date(y + mo // 12, mo % 12 + 1, 1) - dt.timedelta(days=1)).day
        d = last - 3 if nth in ("last", "final") else _NTH_WEEK_DAY[nth]
        if _low(g["u"]) == "weekend":
            first_sat = 1 + (6 - dt.date(y, mo, 1).isoweekday()) % 7
            d = first_sat + 7 * ((d - 4) // 7) if nth not in ("last", "final") else last - (dt.date(y, mo, last).isoweekday() - 6) % 7
        week = N.week_value(dt.date(y, mo, d))
        return Norm("DATE", week + ("-WE" if _low(g["u"]) == "weekend" else ""), anchor=month.anchor)
    day = _n_mdy(dict(g, ry=None, mrel=None), c, ctx)
    if day is None:
        return None
    week = N.week_value(dt.date.fromisoformat(day.value))
    return Norm("DATE", week + ("-WE" if _low(g["u"]) == "weekend" else ""), anchor=day.anchor)


_n_week_of_dmy = _n_week_of  # "the week of 11 March 2013"

_PERIOD_UNITS = {"month": "M", "quarter": "Q", "year": "Y"}


def _n_day_of(g, c, ctx):
    """ "the last day of the quarter", "the first day of March": that day of the period. "The month"
    is the current one, unless tense says its day lies on the other side of the publication date
    ("snow fell on the last day of the month": last month's)."""
    last = _low(g["nth"]) != "first"
    if g.get("mon"):
        period = _n_month_year(g, c, ctx) if g.get("y") else _n_month(dict(g, rel=None, ry=None, ay=None), c, ctx)
        if period is None:
            return None
        start, unit, anchor = N.value_start(period.value)[0], "M", period.anchor
    elif g.get("yy"):
        start, unit, anchor = dt.date(int(g["yy"]), 1, 1), "Y", "none"
    else:
        unit, anchor = _PERIOD_UNITS[_low(g["per"])], "publication"
        n = {"last": -1, "next": 1, "the coming": 1}.get(_low(g["rel"]), 0)
        if _low(g["rel"]) == "the new":  # "the new year": the one whose start is nearest
            n = int(ctx.pub.month > 6) if unit == "Y" else 1
        start = N.value_start(N.shift(ctx.pub, unit, n))[0]

    def day_in(first_day: dt.date) -> dt.date:
        return N.value_start(N.shift(first_day, unit, 1))[0] - dt.timedelta(days=1) if last else first_day

    day = day_in(start)
    if _low(g.get("rel")) == "the":
        way = ctx.direction(c)
        if way < 0 < (day - ctx.pub).days or way > 0 > (day - ctx.pub).days:
            day = day_in(N.value_start(N.shift(start, unit, way))[0])
    return Norm("DATE", day.isoformat(), anchor=anchor)


def _n_day_range_start(g, c, ctx):
    """ "19-20 Oct", "8 and 9 March": the first day, in the month named after the second."""
    return _n_mdy(dict(g, wd=None, ry=None, mrel=None), c, ctx)


_DAY_RANGE_MONTH = re.compile(r"\s*(?:[-–]|to|and|or|through|until)\s+(?:the\s+)?(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
                              r"\s+(?:of\s+)?(?P<mon>" + _MONTH + r")\.?(?:,?\s+(?P<y>(?:1[0-9]|20)\d\d))?(?!\d)")


def _n_day_of_month(g, c, ctx):
    """ "the first of the month": that day of this month, or of the next (last) one when tense looks past it."""
    d = L.ORDINALS.get(_low(g["d"])) or int(re.match(r"\d+", g["d"])[0])
    rel, pub = _low(g["mrel"]), ctx.pub
    if rel in ("next", "last"):
        month = pub.month + (1 if rel == "next" else -1)
    else:
        way = ctx.direction(c)
        month = pub.month - 1 if way < 0 and d > pub.day else pub.month + 1 if way > 0 and d < pub.day else pub.month
    y, mo = pub.year + (month - 1) // 12, (month - 1) % 12 + 1
    v = _ymd(y, mo, d)
    return Norm("DATE", v, anchor="publication") if v else None


def _day_named_before(ctx, d: int) -> Optional[str]:
    """The last full date tagged so far that falls on day ``d`` of its month."""
    dd = f"{d:02d}"
    for x in reversed(ctx.out):
        if x.type == "DATE" and x.value[8:10] == dd and _DAY_VALUE.match(x.value):
            return x.value[:10]
    return None


def _n_day_alone(g, c, ctx):
    """ "on the 15th": that day of the narrative's month, else of the month tense points to."""
    d = int(g["d"])
    later = _DAY_RANGE_MONTH.match(ctx.text, c.end)
    if later:  # "from the 13th to the 19th of October 1950": the range's month
        day = _n_mdy(dict(later.groupdict(), d=g["d"], wd=None, ry=None, ay=None, mrel=None), c, ctx)
        return Norm("DATE", day.value, anchor=day.anchor) if day else None
    found = N.value_start(ctx.last[1]) if ctx.last else None
    if found and found[1] == "M" and _SENTENCE_END.search(ctx.text, ctx.last_end, c.start) \
            and (echo := _day_named_before(ctx, d)) and echo[:7] != ctx.last[1][:7]:
        # "a primary on Sept. 24 ... has led every poll since June ... 'nobody wins on the 24th'": the date named
        # before with that day, not a month named in passing in an earlier sentence (but "on 2 October. On the
        # 5th": a narrative of days goes on in its month)
        return Norm("DATE", echo, anchor="expression")
    if found and found[1] in ("D", "M"):
        v = _ymd(found[0].year, found[0].month, d)
        return Norm("DATE", v, anchor="expression") if v else None
    way, pub = ctx.direction(c), ctx.pub
    month = pub.month - 1 if way < 0 and d > pub.day else pub.month + 1 if way > 0 and d < pub.day else pub.month
    y, mo = pub.year + (month - 1) // 12, (month - 1) % 12 + 1
    v = _ymd(y, mo, d)
    return Norm("DATE", v, anchor="publication") if v else None


def _n_month_range_start(g, c, ctx):
    return _n_month(dict(g, rel=None, ry=None, ay=None), c, ctx)


def _n_month_year(g, c, ctx):
    y = _year_of(g["y"], ctx.pub) if g.get("y") else _spoken_year(g["sy"])
    if not y:
        return None
    return Norm("DATE", f"{y:04d}-{_month_number(g['mon']):02d}")


def _narrative_year(words: str, ctx) -> tuple[int, str]:
    """The year of "that year", "the following year" after a month: the narrative's (else the publication's)."""
    base, tid = ctx.anchor_date("Y")
    shift = {"the following": 1, "the next": 1, "the previous": -1, "the preceding": -1, "the prior": -1}
    return base.year + shift.get(" ".join(_low(words).split()), 0), "expression" if tid else "publication"


_MONTH_RANGE_YEAR = re.compile(r"\s*(?:[/–-]\s*|(?:to|and|or|through|until|till)\s+)(?:(?:early|mid|late)[- ]?)?(?P<mon>"
                               + _MONTH + r")\.?,?\s+(?P<y>(?:1[0-9]|20)\d\d)(?!\d)")


# Words before a date that make it a plain time of the event ("closed on April 15", "will open in
# February"): tense alone decides its year. After others ("extended the offer to Nov. 20", "results
# for February") a date near the publication may lie against the tense.
_EVENT_PREPS = {"in", "on", "from", "since", "during", "early", "late", "mid", "mid-", "starting", "beginning"}


def _slack(ctx, c) -> bool:
    prev = _prev_word(ctx.text, c.start).lower()
    if prev in _TARGET_PREPS and _SPAN_UP_TO.search(ctx.text, max(0, c.start - 30), c.start):
        return False  # "jobs added in the 12 months through March", "the year to March": a span measured, no target
    if prev not in _EVENT_PREPS and prev != "for":
        # a past verb right before the date is the date's own: "the six months ended Aug. 12" has ended
        return not ((prev in L.PAST_MARKERS or prev.endswith("ed")) and strong_past(ctx.text, c.start))
    if prev not in _EVENT_PREPS:
        return ctx.direction(c) < 0  # "extended the offer until Nov. 20"; "scheduled for February 15" looks ahead
    # a past clause keeps its slack unless plainly past: "subpoenaed him to testify on Feb. 10" may lie ahead
    return ctx.direction(c) < 0 and not strong_past(ctx.text, c.start)


# "next year's event ... in July", "last year's race, held in May": the month belongs to that year
_IN_YEAR_AFTER = re.compile(r"\s+in\s+((?:19|20)\d\d)(?![\w'’-])")
_YEAR_OWNER = re.compile(r"\b(next|last|this)\s+year['’]s\s(?!(?:levels?|pace|rate|average|highs?|lows?|peak|total)\b)"
                         r"[^.;:!?,]{0,70}\s(?:in|on|by|until|from)\s+$", re.I)  # (not "return to last year's levels by December")


def _n_month(g, c, ctx):
    mo = _month_number(g["mon"])
    rel, ry = _low(g.get("rel")), _low(g.get("ry"))
    if rel == "that" and _prev_word(ctx.text, c.start).lower() in _SPEECH_VERBS:
        rel, c.start = "", c.m.start("mon")  # "said that September and October were worse": a conjunction
    pub = ctx.pub
    if g.get("ay"):  # "in March of that year", "in May of the following year": the narrative's year
        year, anchor = _narrative_year(g["ay"], ctx)
        return Norm("DATE", f"{year:04d}-{mo:02d}", anchor=anchor)
    if not rel and not ry and ctx.text.startswith(" in ", c.end) and (in_year := _IN_YEAR_AFTER.match(ctx.text, c.end)):
        return Norm("DATE", f"{in_year[1]}-{mo:02d}", anchor="none")  # "moved to October in 2021": that year's
    if mo == pub.month and not rel and not ry and _YEAR_BEGAN.match(ctx.text, c.end) \
            and "year" not in ctx.text[c.end:c.end + 40]:  # (not "April began badly last year")
        return Norm("DATE", f"{pub.year:04d}-{mo:02d}", anchor="publication")  # "April began with a sell-off": this one
    shared = None if rel or ry else _MONTH_RANGE_YEAR.match(ctx.text, c.end)
    if shared and _month_number(shared["mon"]) >= mo:
        # "from April to September 1957", "August/September 1956": the range's year is the first month's too
        return Norm("DATE", f"{int(shared['y']):04d}-{mo:02d}")
    if ry:
        y = pub.year + {"this": 0, "last": -1, "next": 1}[ry]
    elif rel in ("last", "past", "this past"):
        y = pub.year if mo < pub.month else pub.year - 1
    elif rel in ("next", "coming", "this coming"):
        y = pub.year if mo > pub.month else pub.year + 1
    elif rel in ("the following", "the next", "the previous", "the preceding"):
        # "left the following March": the next March after the narrative's date
        later = rel in ("the following", "the next")
        base, tid = ctx.anchor_date("M")
        if tid and later:
            y = base.year + 1 if mo <= base.month else base.year
        elif tid:
            y = base.year - 1 if mo >= base.month else base.year
        else:  # after a bare year ("founded in 2001; the following March"): the next year's
            base, tid = ctx.anchor_date("Y")
            y = base.year + (1 if later else -1) if tid else N.year_for(mo, None, ctx.pub, 1 if later else -1)
        return Norm("DATE", f"{y:04d}-{mo:02d}", anchor="expression" if tid else "publication")
    elif rel == "that" and c.start == c.m.start("rel") and ctx.anchor_date("Y")[1]:  # "the verdict came that December"
        return Norm("DATE", f"{ctx.anchor_date('Y')[0].year:04d}-{mo:02d}", anchor="expression")
    elif rel == "this":  # "this December": this year's, unless tense says the one just gone or the next one
        way = ctx.direction(c)
        y = pub.year - 1 if way < 0 and mo > pub.month else pub.year + 1 if way > 0 and mo < pub.month else pub.year
    elif sequel := ctx.sequel_month(c, mo):
        return Norm("DATE", f"{sequel:04d}-{mo:02d}", anchor="expression")
    elif "year" in ctx.text[max(0, c.start - 90):c.start] \
            and (owner := _YEAR_OWNER.search(ctx.text, max(0, c.start - 90), c.start)):
        # "next year's event would be held in July": the month of that year's event
        return Norm("DATE", f"{pub.year + _REL_SHIFT[owner[1].lower()]:04d}-{mo:02d}", anchor="publication")
    elif ctx.story_year(c, bare_month=True) or ctx.history_year(c, mo, None):
        year = ctx.story_year(c, bare_month=True) or ctx.history_year(c, mo, None)
        told = ctx.explicit[0] if ctx.explicit else ""
        if told[:4] == str(year) and _DAY_VALUE.fullmatch(told) and int(told[5:7]) - mo > 6 and ctx.direction(c) <= 0 \
                and _SENTENCE_END.search(ctx.text, ctx.explicit[1], c.start):
            year += 1  # "began on 30 December 2014 ... was charged in January": the story goes on into the next year
        return Norm("DATE", f"{year:04d}-{mo:02d}", anchor="expression")
    elif (told := _past_story_year(ctx, c, mo, 1)) is not None:  # "had opened its border in May", after 1989's summer
        return Norm("DATE", f"{told:04d}-{mo:02d}", anchor="expression")
    elif (framed := _framing_year(ctx, c)) is not None:  # "Last year, Typhoon Roke ... in late September": that year's
        return Norm("DATE", f"{framed:04d}-{mo:02d}", anchor="expression")
    elif _HABITUAL.search(ctx.text, max(0, c.start - 70), c.start):
        return Norm("DATE", f"XXXX-{mo:02d}")  # "cases typically peak in November": any year's
    elif purpose := ctx.purpose_from(c):  # "hired advisers in August to prepare a listing in March": after that August
        return Norm("DATE", f"{N.year_for(mo, None, purpose, 1):04d}-{mo:02d}", anchor="expression")
    elif told := ctx.reported_future_from(c):  # "said in March that it would open in June": June after that March
        return Norm("DATE", f"{N.year_for(mo, None, told, 1):04d}-{mo:02d}", anchor="expression")
    elif (paired := _paired_month(ctx, c, mo)) is not None:  # "bookings for February and March": February's year
        return Norm("DATE", f"{paired:04d}-{mo:02d}", anchor="expression")
    elif _DELIVERY_NEXT.match(ctx.text, c.end):  # "gold for August delivery fell": the contract month ahead
        return Norm("DATE", f"{pub.year + (mo < pub.month):04d}-{mo:02d}", anchor="publication")
    elif _OBSERVED_NEXT.match(ctx.text, c.end):  # "if prices hold at December levels": a level already measured
        return Norm("DATE", f"{N.year_for(mo, None, pub, -1):04d}-{mo:02d}", anchor="publication")
    elif _STATISTICS_FOR.search(ctx.text, max(0, c.start - 30), c.start) \
            or ctx.text.endswith("for ", 0, c.start) and (pub.month - mo) % 12 <= 2 \
            and _PUBLISHED_FOR.search(ctx.text, max(0, c.start - 60), c.start) \
            or (ctx.text.startswith(("'s ", "’s "), c.end) and _STATISTICS_OWNED.match(ctx.text, c.end)):
        # (and "releases existing home sales for July next Wednesday": data published soon after the month)
        # "Figures for February are due on 22 March", "December's figures are due on Jan. 14": statistics describe a
        # month already begun, the latest one
        return Norm("DATE", f"{N.year_for(mo, None, pub, -1):04d}-{mo:02d}", anchor="publication")
    elif ("percent in" in ctx.text[max(0, c.start - 12):c.start] or "% in" in ctx.text[max(0, c.start - 6):c.start]) \
            and _READING_IN.search(ctx.text, max(0, c.start - 30), c.start):
        # "evidence that inflation, at 2.9 percent in December, is easing": an aside giving a reading, measured
        return Norm("DATE", f"{N.year_for(mo, None, pub, -1):04d}-{mo:02d}", anchor="publication")
    elif _target_ahead(ctx, c, mo):  # "bookings for October were down", "extended the offer to May": the month ahead
        y = pub.year + (mo == 1)
    else:
        way = ctx.direction(c)
        # "will finish the project by September", written in October: a month deadline still ahead
        ahead = way > 0 and _prev_word(ctx.text, c.start).lower() in ("by", "until", "till")
        y = N.year_for(mo, None, pub, way, not ahead and _slack(ctx, c))
        if y != pub.year and "this year" in ctx.text[c.end:c.end + 60] and _THIS_YEAR_AFTER.match(ctx.text, c.end):
            y = pub.year  # "expects sales in November and December to rise 4 percent this year": the clause says whose
        if y == pub.year and mo == pub.month and c.mod in _PART_NOT_YET:
            # this month's part that tense rules out: "reported results in mid-June" written on 1 June was last
            # year's; "will open in early June" written on 25 June is next year's
            before, after = _PART_NOT_YET[c.mod]
            y += -1 if way < 0 and pub.day < before else 1 if way > 0 and pub.day > after else 0
        elif y == pub.year and mo == pub.month and not c.mod and pub.day == 1 and way < 0:
            y -= 1  # "was charged in January", written on 1 January: the month has only begun, the last one
    return Norm("DATE", f"{y:04d}-{mo:02d}", anchor="publication")


_PLUPERFECT = re.compile(r"\bhad\s+(?:not\s+|never\s+|already\s+|just\s+)?(?!to\b)[a-z]+(?<=ed|en|wn|ne|un|ht|lt|pt|nt|de)\b"
                         r"[^.;:!?]{0,60}$", re.I)


_FRAME_OPENER = re.compile(r"\s*(?:(?:by|in|during|until|through)\s+)?", re.I)  # the date opens its sentence


def _past_story_year(ctx, c, month: int, day: int) -> Optional[int]:
    """The year of a bare month (or month and day) in a past clause told right after a date of an earlier year, no
    other date and at most one sentence end between. A pluperfect clause tells what came before that date ("By the
    summer of 1989 things were changing fast. Hungary had opened its border in May": 1989's May, the last one up to
    that date); a simple past one goes on from a date the narrative itself placed ("and that September thousands
    fled. On October 9, 70,000 marched": the first October 9 from that September on)."""
    # (the cheap tests first: the story's last date of an earlier year, close by; the clause's tense last)
    if not ctx.last or c.start - ctx.last_end > 250 or not _YEAR_START.match(ctx.last[1]) \
            or int(ctx.last[1][:4]) >= ctx.pub.year:
        return None
    pluperfect = ctx.text.find("had ", max(0, c.start - 120), c.start) >= 0 \
        and _PLUPERFECT.search(ctx.text, max(0, c.start - 120), c.start)
    if not pluperfect and not ctx.last_anchored:
        return None
    found = N.value_start(ctx.last[1])
    if not found or found[1] in ("W", "DE", "CE") or len(_SENTENCE_END.findall(ctx.text, ctx.last_end, c.start)) > 1:
        return None
    ref, unit = found
    if pluperfect:
        if not _FRAME_OPENER.fullmatch(ctx.text, ctx.text.rfind(".", 0, ctx.last_start) + 1, ctx.last_start) \
                or ctx.direction(c) >= 0:
            return None  # "following the August 1988 cease-fire. Iran, which had condemned the invasion on Aug. 2": news
        last_month = {"Y": 12, "S": ref.month + 2, "Q": ref.month + 2, "H": ref.month + 5}.get(unit, ref.month)
        return ref.year if month <= last_month else ref.year - 1
    if unit in ("M", "D") and ctx.direction(c) < 0 and (month, day) >= (ref.month, ref.day):
        # (not after "the following year": "in December" may be the news'; and not a month before the placed one:
        # "from 4.4 percent in December. Job gains for November and December were revised" looks back, not a year on)
        return ref.year
    return None


def _framing_year(ctx, c) -> Optional[int]:
    """A year (or a season inside one) other than the publication's that opens the sentence of a bare month in a
    past clause ("Last year, Typhoon Roke killed 13 people ... in late September", "In 2009, sales fell in March",
    "Last summer, use fell between June and September")."""
    if not ctx.last or not _FRAMING_VALUE.fullmatch(ctx.last[1]) or int(ctx.last[1][:4]) == ctx.pub.year \
            or _SENTENCE_END.search(ctx.text, ctx.last_end, c.start) or not _sentence_initial(ctx.text, ctx.last_start) \
            and not _sentence_initial(ctx.text, ctx.last_start - 3) and not _WHEN_AFTER.match(ctx.text, ctx.last_end):
        return None  # (also "... 2003, when a heatwave killed 15,000 people in August": that year's)
    return int(ctx.last[1][:4]) if ctx.direction(c) < 0 else None


_WHEN_AFTER = re.compile(r",\s+when\s")
def _quarter_before(quarter: str) -> str:
    y, q = int(quarter[:4]), int(quarter[-1])
    return f"{y - 1}-Q4" if q == 1 else f"{y}-Q{q - 1}"


_FRAMING_VALUE = re.compile(r"\d{4}(?:-SP|-SU|-FA)?")  # not winter: it runs into the next year


def _target_ahead(ctx, c, month: int) -> bool:
    """A bare month right after the publication's, after a word that makes it a target rather than the
    time of the clause's event: a past clause does not push it a year back."""
    if month != ctx.pub.month % 12 + 1:
        return False  # (the cheap test before the previous word's look-up)
    prev = _prev_word(ctx.text, c.start).lower()
    return (prev in _TARGET_PREPS or (
        prev == "in" and "for " in ctx.text[max(0, c.start - 50):c.start]
        and _FOR_PHRASE_IN.search(ctx.text, max(0, c.start - 50), c.start))) \
        and ctx.direction(c) < 0 and _slack(ctx, c)  # (or a purpose: "added flights for the school holidays in April")


_TARGET_PREPS = {"for", "to", "until", "till", "through"}
_NEW_CLAUSE = re.compile(r"[,;]\s+(?:and|but|while|whereas)\s")
_SPAN_UP_TO = re.compile(r"\b(?:months|weeks|year|quarters|period)\s+(?:to|through|until|till)\s+$", re.I)
_FOR_PHRASE_IN = re.compile(r"\bfor\s+(?:[\w'’-]+\s+){1,4}in\s+$")
_OBSERVED_NEXT = re.compile(r"(?:['’]s)?\s+(?:" + "|".join(L.OBSERVED_MONTH_NOUNS) + r")\b", re.I)
_DELIVERY_NEXT = re.compile(r"\s+(?:" + "|".join(L.DELIVERY_MONTH_NOUNS) + r")\b", re.I)
_PUBLISHED_FOR = re.compile(r"\b(?:releases?|released|publish(?:es|ed)?|reports?|reported)\s[^.;:!?]{0,40}\bfor\s+$", re.I)
_STATISTICS_OWNED = re.compile(r"['’]s\s+(?:[a-z]+\s+){0,2}?(?:" + "|".join(L.STATISTICS_NOUNS) + r")\b")
_STATISTICS_FOR = re.compile(r"\b(?:" + "|".join(L.STATISTICS_NOUNS) + r")\s+(?:for|covering)\s+$", re.I)


_THIS_YEAR_AFTER = re.compile(r"(?:[^.;:!?\n]|\.(?=\d)){0,50}?\bthis year\b(?!['’]s)")  # (a decimal point goes on)
_READING_IN = re.compile(r",\s+at\s+\d{1,3}(?:\.\d{1,2})?\s?(?:%|percent)\s+in\s+$")
_AND_OR_BETWEEN = re.compile(r",?\s+(?:and|or)\s+$")


def _paired_month(ctx, c, month: int) -> Optional[int]:
    """The year of a month named just before, joined by "and"/"or" and earlier in the year ("February and March")."""
    found = ctx.last and _MONTH_VALUE.fullmatch(ctx.last[1])
    if found and int(ctx.last[1][5:7]) < month and _AND_OR_BETWEEN.fullmatch(ctx.text, ctx.last_end, c.start):
        return int(ctx.last[1][:4])
    return None


# a part of the month: (no past before this day of the month, no future after this one)
_PART_NOT_YET = {"START": (0, 20), "MID": (8, 25), "END": (15, 32)}


# lower case: not "at 2 p.m. Each day ..."; "..., except on Sundays", "on weekdays": any day's too
# after a clock time (or the first of a range "8 a.m. to 3 p.m."), a word making it any day's: "daily", "Saturdays"
_DAILY_AFTER = re.compile(r"(?:\s(?:and|to)\s(?:\d{1,2}(?::\d\d)?\s?[ap]\.?m\.?|noon|midnight))?(?:\s(?:each|every)\sday\b|\s(?:daily|nightly)\b"
                          r"|,?\s(?:(?:except\s)?on\s)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun|week)days|week-?ends)\b"
                          r"|\son\s(?:their|your|his|her|its|the|each|any)\s(?:regular|usual|normal|assigned|designated)\b)")
# (also a plural of recurring events in the present, "Evening performances begin at 7:30 p.m., not 8 p.m.": any day's)
_HABITUAL_CLOCK = re.compile(r"\b(?:every|each|daily|nightly|always|usually|typically|normally|generally|routinely|often|"
                             r"(?:are|is) held|(?:mon|tues|wednes|thurs|fri|satur|sun|week)days|"
                             r"(?:performances|shows|screenings|matinees|services|classes|sessions|tours|meetings)\s(?:begin|start|end|open|close|run))"
                             r"\b(?:[^.;:!?]|[ap]\.m\.|:(?=\d)){0,45}$", re.I)
_HABITUAL = re.compile(r"\b(?:typically|usually|normally|generally|traditionally|customarily|tends? to)\b[^.;:!?,]{0,60}$", re.I)


def _n_split_year(g, c, ctx):
    return Norm("DATE", g["y"])


def _n_year(g, c, ctx):
    return Norm("DATE", g["y"] or g["yf"])


def _n_bc_range_start(g, c, ctx):
    return _n_bc_year(dict(g, y2=None, era2=None), c, ctx)


def _n_bc_year(g, c, ctx):
    """ "241 BC" -> BC0241, "AD 79" -> 0079."""
    year = int(g["y"] or g["y2"])
    era = (g["era"] or g["era2"]).replace(".", "")
    if year == 0:
        return None
    return Norm("DATE", f"BC{year:04d}" if era.startswith("B") else f"{year:04d}")


def _n_year_range_end(g, c, ctx):
    """The second year of "1958-59", "1990-1995" or a lifespan ("Steve Jobs 1955-2011")."""
    first = int(ctx.text[c.start - 5:c.start - 1])
    y2 = g["y2"]
    year = int(y2) if len(y2) == 4 else first // 100 * 100 + int(y2)
    return Norm("DATE", str(year)) if first < year and (len(y2) == 4 or year <= first + 50) else None


def _n_fy(g, c, ctx):
    return Norm("DATE", str(_year_of(g["y"], ctx.pub)))


def _spoken_year(text: str) -> Optional[int]:
    w = _low(text).replace("-", " ").replace(" and ", " ").split()
    if w[0] == "twenty" and len(w) > 1:  # "twenty eighteen"
        n = _number(" ".join(w[1:]))
        return 2000 + int(n) if n is not None and 10 <= n < 100 else None
    if w[:2] == ["two", "thousand"]:
        rest = " ".join(w[2:])
        return 2000 + int(_number(rest) or 0) if rest else 2000
    if w[0] == "nineteen":
        rest = " ".join(w[1:])
        if rest == "hundred":
            return 1900
        if w[1:2] == ["oh"]:
            return 1900 + int(_number(" ".join(w[2:])) or 0)
        n = _number(rest)
        return 1900 + int(n) if n is not None and n < 100 else None
    return None


def _n_spoken_year(g, c, ctx):
    y = _spoken_year(g["sy"])
    return Norm("DATE", str(y)) if y else None


_DECADE_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7, "eighties": 8, "nineties": 9}


def _n_decade(g, c, ctx):
    d = _low(g["dec"]).replace("'", "")
    word = d.split()[-1].split("-")[-1]
    if word in _DECADE_WORDS:
        century = 19 if ctx.pub.year < 2030 or d.startswith("nineteen") else 20
        v = f"{century}{_DECADE_WORDS[word]}"
    elif len(d) >= 5 and d.startswith("1") and d[2:4] == "00":
        v = d[:2]  # "the 1800s": the century
    elif len(d) >= 5:
        v = d[:3]
    else:
        tens = int(d[0])
        v = f"{19 if tens >= 3 or ctx.pub.year < 2000 else 20}{tens}"
    mod = {"early": "START", "mid": "MID", "late": "END"}.get(_low(g.get("pre")))
    return Norm("DATE", v, mod=mod)


def _n_century(g, c, ctx):
    mod = {"early": "START", "mid": "MID", "late": "END"}.get(_low(g.get("pre")))
    if g.get("rel"):
        rel = _low(g["rel"])
        n = {"this": 0, "current": 0, "last": -1, "previous": -1, "past": -1, "next": 1}[rel]
        if rel == "past" and c.m.group().lower().startswith("the"):
            return Norm("DURATION", "P100Y")
        era = ctx.last_era
        if rel in ("next", "previous") and c.m.group().lower().startswith("the") and era and re.fullmatch(r"\d\d", era[1]) \
                and _just_before(ctx, era[2], c) and not (ctx.last and ctx.last_end > era[2]) and not _span_before(ctx.text, c.start):
            return Norm("DATE", f"{int(era[1]) + n:02d}", mod=mod, anchor="expression")  # "in the 12th century ... the next century"
        return Norm("DATE", f"{ctx.pub.year // 100 + n:02d}", mod=mod, anchor="publication")
    w = _low(g["c"])
    n = L.ORDINALS.get(w) or int(re.match(r"\d+", w)[0])
    if not 1 <= n <= 22:
        return None
    return Norm("DATE", f"{n - 1:02d}", mod=mod)


_QUARTERS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "final": 4, "last": 4}


_FISCAL_YEAR_END = re.compile(r"\bfiscal(?: year)?(?: (?:19|20)\d\d)?,? (?:which |that )?(?:ends|ended|ending|closes|closed) "
                              r"(?:on |in )?(?P<mon>" + _MONTH + r")\b", re.I)


_COMPARED_YEAR = re.compile(r"\bcompared (?:with|to)\b(?:[^.;:]|\.(?=\d))*$")
_FISCAL_NTH_QUARTER = re.compile(r"\bfiscal (?P<q>first|second|third|fourth)[ -]quarter\b", re.I)
_QUARTER_ENDED_MONTH = re.compile(r"\bquarter,?(?: (?:which|that))? (?:ended|ending|ends) (?:on )?(?P<mon>" + _MONTH + r")\b", re.I)
_NTH_QUARTER = re.compile(r"\b(?:first|second|third|fourth)[ -]quarter\b", re.I)


def _fiscal_end_from_quarter(text: str) -> Optional[int]:
    """The month a fiscal year ends in, from a fiscal quarter's end date: "its fiscal second quarter ... the
    quarter ended Dec. 31" (no other numbered quarter between) puts the year's end in June."""
    if "fiscal" not in text.lower():
        return None
    for m in _FISCAL_NTH_QUARTER.finditer(text):
        ended = _QUARTER_ENDED_MONTH.search(text, m.start() + 6, m.end() + 400)
        if ended and not _NTH_QUARTER.search(text, m.end(), ended.start()):
            return (_month_number(ended["mon"]) + 3 * (4 - _QUARTERS[m["q"].lower()]) - 1) % 12 + 1
    return None


def _fiscal_or_calendar_quarter(ctx) -> str:
    """The quarter the publication date falls in, by the story's fiscal year where one is known: labelled by that
    year where the story names its end ("fiscal 2004, which ends May 30"); where only a fiscal quarter's end date
    shows it ("fiscal second quarter ... ended Dec. 31"), TimeBank's way: the fiscal number, the calendar year."""
    end = ctx.fiscal_year_end() if ctx.fiscal_story else None
    year_of_label = bool(end)
    if not end and ctx.fiscal_story:
        if ctx.inferred_fiscal_end == -1:  # looked for once per story
            ctx.inferred_fiscal_end = _fiscal_end_from_quarter(ctx.text)
        end = ctx.inferred_fiscal_end
    if not end or end == 12:
        return N.shift(ctx.pub, "Q", 0)
    offset = (ctx.pub.month - end - 1) % 12  # months since the fiscal year began
    return f"{ctx.pub.year + (year_of_label and ctx.pub.month > end)}-Q{offset // 3 + 1}"


def _fiscal_quarter_year(q: int, end_month: int, pub: dt.date, way: int) -> int:
    """The fiscal year (named, as TimeBank does, for the year it ends in) of a fiscal quarter with no year: in a past
    or plain clause the latest one ended by publication, in a future one the next one still to end or report."""
    last_month = end_month - 3 * (4 - q)  # the calendar month the quarter ends in
    before_year_end = last_month <= 0  # it ends in the calendar year before its fiscal year's
    last_month += 12 if before_year_end else 0
    ends = dt.date(*N.add_months(pub.year, last_month, 1), 1) - dt.timedelta(days=1)  # its last day this year
    year = pub.year
    if ends > pub:  # this year's has not ended: last year's, unless a future clause means it ("will report")
        just_ended = (pub - dt.date(pub.year - 1, last_month, 28)).days <= 62
        if way <= 0 or just_ended:
            year -= 1
    elif way > 0 and (pub - ends).days > 60:
        year += 1  # long ended: the next one
    return year + int(before_year_end)


_RESULTS_NEXT = re.compile(r"\s+(?:results|earnings|figures|numbers|report)\b", re.I)


_AFTER_PERIOD = re.compile(r"\b(?:after|following)\s+(?:(?:a|an|the|its|their)\s+)?(?:[a-z]+\s+)?$")


def _quarter_year(q: int, c, ctx) -> int:
    """A quarter without a year: this year's, unless tense puts it clearly in another year.
    The quarter just ended is this year's even in future clauses ("will report third-quarter results"),
    unless it ended long enough ago that a future clause means the next one ("sales are expected to
    rise in the fourth quarter", written in March)."""
    pub_q = (ctx.pub.month - 1) // 3 + 1
    way = ctx.direction(c)
    if q == (pub_q + 2) % 4 + 1:  # the quarter just ended: the one companies report on
        days_since_end = (ctx.pub - dt.date(ctx.pub.year, (pub_q - 1) * 3 + 1, 1)).days
        if not (way > 0 and days_since_end > 45) or _RESULTS_NEXT.match(ctx.text, c.end) \
                or _AFTER_PERIOD.search(ctx.text, max(0, c.start - 30), c.start):
            # "will report third-quarter results"; "will report deliveries on Thursday, after a record third quarter"
            return ctx.pub.year - 1 if pub_q == 1 else ctx.pub.year
        return ctx.pub.year + 1 if pub_q != 1 else ctx.pub.year  # the next one of that name
    if way <= 0 and q > pub_q:
        return ctx.pub.year - 1  # a quarter that has not begun yet is only meant when the clause looks ahead
    if way > 0 and q < pub_q:
        return ctx.pub.year + 1
    return ctx.pub.year


def _n_quarter(g, c, ctx):
    q = _QUARTERS[_low(g["q"])]
    det = _low(g.get("det"))
    if c.m.group().lower().rstrip().endswith("quarters"):
        if det or g.get("y") or g.get("y0"):
            return None
        return Norm("SET", f"XXXX-Q{q}")
    anchor = "none"
    if g.get("y") or g.get("y0") or g.get("yp"):  # "the third quarter of 2024", "fiscal 2025's third quarter"
        y = int(g.get("y") or g.get("y0") or g.get("yp"))
    elif g.get("yrel") or det in ("this year's", "last year's", "next year's"):
        rel = _low(g.get("yrel")) or det.split()[0]
        y = ctx.pub.year + {"this": 0, "the": 0, "last": -1, "next": 1}[rel]
        if rel == "the" and 3 * q - 2 > ctx.pub.month and ctx.direction(c) < 0:
            y -= 1  # "fell in the fourth quarter of the year", written in January: the year just ended
        anchor = "publication"
    elif "year-ago" in det or "year-earlier" in det or "year ago" in det:
        y = _quarter_year(q, c, ctx) - 1
        anchor = "publication"
    elif det == "last":
        pub_q = (ctx.pub.month - 1) // 3 + 1
        y = ctx.pub.year if q < pub_q else ctx.pub.year - 1
        anchor = "publication"
    elif det == "next":
        pub_q = (ctx.pub.month - 1) // 3 + 1
        y = ctx.pub.year if q > pub_q else ctx.pub.year + 1
        anchor = "publication"
    elif det in ("", "the", "its", "their") and not ctx.last_quarter and ctx.year_in_story(c) \
            and not (ctx.year_in_story(c) < ctx.pub.year and ctx.direction(c) > 0) \
            and not (ctx.year_in_story(c) > ctx.pub.year and _RESULTS_NEXT.match(ctx.text, c.end)):
        # (not "a mission is planned for the third quarter"; nor "its outlook for fiscal 2006 when it reports
        # fourth-quarter results": results come after the quarter, not in the year the outlook is for)
        y = ctx.year_in_story(c)  # "Sales rose in 2011. In the fourth quarter, they fell."
        anchor = "expression"
    elif ("fiscal" in c.m.group().lower() or ctx.fiscal_story and det in ("", "the")) \
            and (year_end := ctx.fiscal_year_end()):  # "its fiscal fourth quarter", year to June 30; then "the first quarter"
        y = _fiscal_quarter_year(q, year_end, ctx.pub, ctx.direction(c))
        anchor = "publication"
    elif det == "the" and (compared := _compared_quarter_year(ctx, c, q)):
        y, anchor = compared, "expression"  # "Second-quarter bookings are ahead of the first quarter's": that year's
    elif (beside := _period_beside(ctx, c)) is not None:
        # "rebound in the second half after a weak first quarter": the quarter before (or after) the period just named
        y0, start, after = beside
        y = (y0 if 3 * q - 2 < start else y0 - 1) if after else (y0 if 3 * q - 2 > start else y0 + 1)
        anchor = "expression"
    else:
        y = _quarter_year(q, c, ctx)
        anchor = "publication"
    return Norm("DATE", f"{y}-Q{q}", anchor=anchor)


_COMPARED_WITH = re.compile(r"\b(?:ahead\s+of|behind|above|below|than|compared\s+(?:with|to)|versus|vs\.?|from|over|"
                            r"beats?|beat|tops?|topped|exceeds?|exceeded|trails?|trailed)\s+$",
                            re.I)


def _compared_quarter_year(ctx, c, q: int) -> Optional[int]:
    """A quarter compared with the one just named in its sentence: the same year, or the year before when its
    number is higher (the comparison looks back)."""
    if not ctx.last or not _QUARTER_VALUE.fullmatch(ctx.last[1]) or c.start - ctx.last_end > 80 \
            or _SENTENCE_END.search(ctx.text, ctx.last_end, c.start) \
            or not _COMPARED_WITH.search(ctx.text, max(0, c.start - 20), c.start):
        return None
    y0, n0 = int(ctx.last[1][:4]), int(ctx.last[1][-1])
    return y0 - (q > n0)


_AFTER_A_BEFORE = re.compile(r"\b(?P<w>after|before|following|ahead of)\s+(?:(?:a|an|the)\s+)?(?:[a-z]+\s+)?$")


def _period_beside(ctx, c):
    """A quarter after "after / before" a half or quarter named just before in its sentence: (its year, its first
    month, whether "after")."""
    if not ctx.last or not _HALF_OR_QUARTER.fullmatch(ctx.last[1]) or c.start - ctx.last_end > 50 \
            or _SENTENCE_END.search(ctx.text, ctx.last_end, c.start):
        return None
    m = _AFTER_A_BEFORE.search(ctx.text, max(0, c.start - 30), c.start)
    if not m:
        return None
    y0, part = ctx.last[1].split("-")
    n = int(part[1])
    start = 3 * n - 2 if part[0] == "Q" else 6 * n - 5
    return int(y0), start, m["w"].lower() in ("after", "following")


def _n_qshort(g, c, ctx):
    q = int((g.get("q") or g.get("q2")).strip("Qq"))
    if not g.get("y") and ctx.last and _QUARTER_VALUE.fullmatch(ctx.last[1]) \
            and not _SENTENCE_END.search(ctx.text, ctx.last_end, c.start):
        # "4.8% in Q3 FY25, easing to 4.2% in Q4": the quarter after it, in the same (fiscal) year
        y, last_q = int(ctx.last[1][:4]), int(ctx.last[1][-1])
        return Norm("DATE", f"{y + (q < last_q)}-Q{q}", anchor="expression")
    y = _year_of(g.get("y"), ctx.pub) if g.get("y") else _quarter_year(q, c, ctx)
    return Norm("DATE", f"{y}-Q{q}", anchor="none" if g.get("y") else "publication")


_QUARTER_VALUE = re.compile(r"\d{4}-Q[1-4]")
_ENDED_ON = re.compile(r"\s+(?:that\s+|which\s+)?(?P<verb>ended|ending|ends|to|began|started|begins|starts|beginning|starting)\s+(?:on\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?)?(?P<mon>" + _MONTH + r")\s*\d{0,2}(?:,?\s+(?P<y>(?:19|20)\d\d))?")


def _latest_quarter(ctx) -> str:
    """The quarter a business story is about: the last one mentioned, else the last complete one."""
    return ctx.reporting_quarter() if ctx.last_quarter else N.shift(ctx.pub, "Q", -1)


def _quarter_closing(day: dt.date) -> bool:
    """Is ``day`` in the last week of its quarter?"""
    return day.month % 3 == 0 and day.day >= 24


def _n_quarter_ref(g, c, ctx):
    det, u = _low(g["det"]), _low(g["u"])
    tail = _low(g.get("tail"))
    if g.get("m1"):  # "the July-September quarter", "the December quarter": the calendar quarter of those months
        first, last = _month_number(g["m1"]), _month_number(g["m2"]) if g.get("m2") else None
        if last is None and u == "quarter":
            first, last = first - 2, first
        if first % 3 != 1 or last != first + 2:
            return None
        q = (first - 1) // 3 + 1
        return Norm("DATE", f"{_quarter_year(q, c, ctx)}-Q{q}", anchor="publication")
    year_ago = "year-ago" in det or "year-earlier" in det or "year ago" in det or "prior-year" in det \
        or det == "last year's" or tail
    if u == "period" and not (year_ago or g.get("yq") or det in ("the latest", "the most recent", "the same", "the comparable", "the corresponding")):
        return None
    if g.get("yq"):  # "the 1988 period": the quarter being reported, in that year
        q = _latest_quarter(ctx).split("-")[1]
        if ctx.last and _QUARTER_VALUE.fullmatch(ctx.last[1]) and not _SENTENCE_END.search(ctx.text, ctx.last_end, c.start):
            q = ctx.last[1].split("-")[1]  # "expects fourth-quarter earnings to exceed those of the 1987 period"
        return Norm("DATE", f"{g['yq']}-{q}" if u == "quarter" or ctx.last_quarter else g["yq"])
    if det == "that" and ctx.last and re.fullmatch(r"\d{4}-Q[1-4]", ctx.last[1]):
        return Norm("DATE", ctx.last[1], anchor="expression")  # "that quarter": the one just named
    if u == "period" and ctx.last and _HALF_OR_QUARTER.fullmatch(ctx.last[1]) \
            and not _SENTENCE_END.search(ctx.text, ctx.last_end, c.start):
        # "For the first half, profit was $430 million, down from $498 million in the year-earlier period"
        y, part = ctx.last[1].split("-")
        reported = ctx.reporting_quarter() if ctx.last_quarter else None
        if year_ago and reported and reported != ctx.last[1] and reported in ctx.quarters_seen \
                and _quarter_before(reported) == ctx.last[1]:
            # "earned $412 million, against a loss in the fourth quarter and a profit in the same period last
            # year": the quarter before the one reported is a sequential comparison; the year-ago one is the report's
            y, part = reported.split("-")
        return Norm("DATE", f"{int(y) - bool(year_ago)}-{part}", anchor="expression")
    ended = _ENDED_ON.match(ctx.text, c.end)
    if u == "quarter" and (det == "the" or year_ago) and not ended and ctx.quarter_ahead and ctx.past_quarter \
            and _SENTENCE_END.search(ctx.text, ctx.last_quarter_end, c.start) and ctx.direction(c) < 0:
        # "forecast revenue for the first quarter of fiscal 2016. Phone shipments rose 22 percent in the quarter":
        # a past clause's quarter is the one reported, not the forecast's
        y, q = ctx.past_quarter.split("-")
        return Norm("DATE", f"{int(y) - bool(year_ago)}-{q}", anchor="expression")
    if ctx.fiscal_quarter and u == "quarter" and not year_ago and (ended or det in ("the", "the latest", "the most recent")):
        return Norm("DATE", ctx.last_quarter, anchor="expression")  # a fiscal label needn't match the calendar
    if ended and u == "quarter" and not year_ago:
        # "the quarter ended Sept. 30": the calendar quarter holding that day
        mo = _month_number(ended["mon"])
        # ("the quarter that begins on July 1": the nearest such month, not the last one)
        way = 0 if ended["verb"] in ("begins", "starts", "beginning", "starting") else -1
        y = int(ended["y"]) if ended["y"] else N.year_for(mo, 1, ctx.pub, way)
        return Norm("DATE", f"{y}-Q{(mo - 1) // 3 + 1}", anchor="none" if ended["y"] else "publication")
    if det in ("the latest", "the most recent") and u == "quarter":
        # the quarter the story reports on, else the last complete one
        v = ctx.reporting_quarter() if ctx.last_quarter and ctx.last_quarter <= _fiscal_or_calendar_quarter(ctx) \
            else N.shift(ctx.pub, "Q", -1)
    elif det in ("this", "the current") and u == "quarter" and ctx.fiscal_story:
        v = _fiscal_or_calendar_quarter(ctx)  # "growth in the current quarter" after "fiscal second-quarter revenue"
    elif det in ("the coming", "the upcoming") and u == "quarter":
        y, q = _latest_quarter(ctx).split("-Q")  # the one after the quarter a story reports on
        v = N.shift(dt.date(int(y), 3 * int(q) - 2, 1), "Q", 1)
    elif det in ("this", "the current"):
        v = N.shift(ctx.pub, "Q", 0)
    elif det == "the" and u == "quarter" and not year_ago and _ENDS_NOW.match(ctx.text, c.end):
        v = N.shift(ctx.pub, "Q", 0)  # "fallen 15 percent in the quarter, which ends today": the current one
    elif det == "the" and u == "quarter" and not year_ago and (rel_month := _ENDING_REL_MONTH.match(ctx.text, c.end)):
        # "a loss for the quarter ending this month": the quarter holding that month
        month = ctx.pub.replace(day=1) + dt.timedelta(days=32 if rel_month[1].lower() == "next" else 0)
        v = N.shift(month, "Q", 0)
    elif det == "the" and u == "quarter" and not year_ago and ctx.text.endswith(" in ", 0, c.start) \
            and _LEFT_IN.search(ctx.text, max(0, c.start - 20), c.start):
        v = N.shift(ctx.pub, "Q", 0)  # "with two days left in the quarter": the current one
    elif det == "the" and u == "quarter" and not year_ago and (_quarter_closing(ctx.pub) and _prev_word(
            ctx.text, c.start).lower() in ("ended", "ends", "ending", "end", "closed", "closes", "finished")
            or _QUARTER_ENDING.match(ctx.text, c.end)):
        v = N.shift(ctx.pub, "Q", 0)  # "stocks ended the quarter down 5 percent" on its last days; "the quarter ends"
    elif det in ("the previous", "the prior") and ctx.last_quarter and u == "quarter":
        y, q = ctx.last_quarter.split("-Q")  # "rose from the previous quarter": the one before the quarter just named
        v = N.shift(dt.date(int(y), 3 * int(q) - 2, 1), "Q", -1)
    elif det == "last" or det == "the previous" or det == "the prior":
        v = N.shift(ctx.pub, "Q", -1)
    elif det == "the next" and ctx.last_quarter and ctx.direction(c) < 0:
        y, q = ctx.last_quarter.split("-Q")  # "fell in the first quarter of 2009 and recovered the next quarter"
        v = N.shift(dt.date(int(y), 3 * int(q) - 2, 1), "Q", 1)
    elif det in ("next", "the next"):
        v = N.shift(ctx.pub, "Q", 1)
    else:
        v = _latest_quarter(ctx)
    if year_ago and v:
        y, q = v.split("-")
        v = f"{int(y) - 1}-{q}"
    return Norm("DATE", v, anchor="publication") if v else None


_HALF_OR_QUARTER_PARTS = re.compile(r"(?P<y>\d{4})-(?P<u>[HQ])(?P<n>[1-4])")
_ELLIPSIS_PREPS = frozenset({"from", "than", "over", "versus", "vs", "with", "and", "in", "on"})
_EARLIER_PREPS = frozenset({"from", "than", "over", "versus", "vs", "with"})


def _n_quarter_ellipsis(g, c, ctx):
    """ "grew 0.9 percent in the second quarter from the first": an ordinal standing for the quarter (or half)
    just named in its sentence, in that year; one compared with a later-numbered one is the year before's."""
    last = ctx.last and _HALF_OR_QUARTER_PARTS.fullmatch(ctx.last[1])
    prep = _prev_word(ctx.text, c.start).lower()
    if not last or prep not in _ELLIPSIS_PREPS or c.start - ctx.last_end > 60 \
            or _SENTENCE_END.search(ctx.text, ctx.last_end, c.start):
        return None
    if g.get("rel"):  # "in the current quarter and the next": the one after (or before) the quarter just named
        if prep not in ("and", "or"):
            return None
        size = 2 if last["u"] == "H" else 4
        step = 1 if _low(g["rel"]) in ("next", "following") else -1
        k = int(last["y"]) * size + int(last["n"]) - 1 + step
        return Norm("DATE", f"{k // size}-{last['u']}{k % size + 1}", anchor="expression")
    n = _QUARTERS[_low(g["q"])]
    if last["u"] == "H" and n > 2:
        return None
    year = int(last["y"]) - (prep in _EARLIER_PREPS and n > int(last["n"]))
    return Norm("DATE", f"{year}-{last['u']}{n}", anchor="expression")


def _names_quarter(c) -> bool:
    """ "the January-March quarter", "the quarter ended Sept. 30": a quarter named as plainly as "the first quarter";
    so is "the latest quarter" (the one reported), which "the previous quarter" then steps back from."""
    return c.rule == "quarter_ref" and bool(c.m.group("m1") or _ENDED_ON.match(c.m.string, c.end)
                                            or _low(c.m.group("det")) in ("the latest", "the most recent")
                                            and _low(c.m.group("u")) == "quarter")


# "the quarter ends", "as the quarter draws to a close": a present tense of ending, the current quarter
_QUARTER_ENDING = re.compile(r"\s+(?:ends|closes|draws to (?:a |an )?(?:close|end)|nears (?:its |an |the )?(?:end|close)|"
                             r"winds down|comes to (?:a |an )?(?:close|end)|is (?:ending|closing|drawing to|coming to|nearly over|almost over))\b")
_ENDS_NOW = re.compile(r",?\s+(?:which|that)\s+ends\b")
_ENDING_REL_MONTH = re.compile(r"\s+(?:that\s+|which\s+)?(?:ends|ending|closes|closing)\s+(this|next)\s+month\b", re.I)
_LEFT_IN = re.compile(r"\b(?:left|remaining|to go)\s+in\s+$")
_HALF_OR_QUARTER = re.compile(r"\d{4}-[HQ][1-4]")


def _n_year_ago(g, c, ctx):
    w = _low(g["w"])
    if w.startswith("mid"):  # "volume would recover by midyear": the middle of this year, or of the next or last
        way, year = ctx.direction(c), ctx.pub.year
        year += (way > 0 and ctx.pub.month > 7) - (way < 0 and ctx.pub.month < 6
                                                   and _prev_word(ctx.text, c.start).lower() not in _DEADLINE_WORDS)
        return Norm("DATE", str(year), mod="MID", anchor="publication")
    if "end" in w:
        year = ctx.pub.year
        if ctx.pub.month < 12 and (_SINCE.search(ctx.text, max(0, c.start - 40), c.start) or (
                ctx.direction(c) < 0 and _prev_word(ctx.text, c.start).lower() not in _DEADLINE_WORDS)):
            year -= 1  # "up 12% since year-end", "debt stood at $4 billion at year-end" (before December): last year's
        if w == "year-end":  # the accounting date, Dec. 31, as TimeBank writes it ("year end": the year's END)
            return Norm("DATE", f"{year}-12-31", anchor="publication")
        return Norm("DATE", str(year), mod="END", anchor="publication")
    if ctx.last_quarter:
        y, q = ctx.reporting_quarter().split("-")
        return Norm("DATE", f"{int(y) - 1}-{q}", anchor="publication")
    return Norm("DATE", str(ctx.pub.year - 1), anchor="publication")


_HALF_VALUE = re.compile(r"\d{4}-H[12]")
_DEADLINE_WORDS = frozenset({"by", "before", "until", "till", "through"})


def _n_half(g, c, ctx):
    h = 1 if _low(g["h"]) == "first" else 2
    if g.get("dec"):
        d = _low(g["dec"]).replace("'", "").replace("’", "")
        v = d[:3] if len(d) >= 5 else f"19{d[0]}"
        return Norm("DATE", v, mod="START" if h == 1 else "END")
    if g.get("y"):
        y = int(g["y"])
    elif g.get("fyy") or g.get("fyy2"):  # "the second half of FY25": the half of that fiscal year, by its label
        y = _year_of(g["fyy"] or g["fyy2"], ctx.pub)
    elif g.get("yrel"):
        y = ctx.pub.year + {"this": 0, "the": 0, "last": -1, "next": 1}[_low(g["yrel"])]
        if _low(g["yrel"]) == "the" and 6 * h - 5 > ctx.pub.month and ctx.direction(c) < 0:
            y -= 1  # "sales fell in the second half of the year", written in January: the year just ended
    elif g.get("ay"):  # "the first half of the following year": the narrative's year
        year, anchor = _narrative_year(g["ay"], ctx)
        return Norm("DATE", f"{year}-H{h}", anchor=anchor)
    elif not ctx.last_quarter and ctx.year_in_story(c):
        return Norm("DATE", f"{ctx.year_in_story(c)}-H{h}", anchor="expression")
    elif ctx.last and _HALF_VALUE.fullmatch(ctx.last[1]) and _just_before(ctx, ctx.last_end, c):
        y = int(ctx.last[1][:4])  # "more in the second half than in the first half": halves compared share a year
    else:  # "first-half profit": like a quarter, the half just ended unless tense says otherwise
        pub_h = 1 if ctx.pub.month <= 6 else 2
        y = ctx.pub.year
        if h != pub_h:
            days_since_end = (ctx.pub - dt.date(ctx.pub.year, 6 * pub_h - 5, 1)).days
            results_of_last_half = "-" in c.m.group() or _RESULTS_NEXT.match(ctx.text, c.end)  # "second-half results"
            way = ctx.direction(c)  # a present clause ("sees H2 margins improving") long after the half: the coming one
            if way > 0 and (days_since_end > 45 or not results_of_last_half) or way == 0 and days_since_end > 45:
                y += pub_h - 1  # "growth will slow in the first half", written in November: next year's
            else:
                y -= 2 - pub_h
        elif (ctx.pub - dt.date(ctx.pub.year, 6 * pub_h - 5, 1)).days < 45 and not g.get("fy") \
                and _prev_word(ctx.text, c.start).lower() in ("in", "during", "over", "throughout") and ctx.direction(c) < 0:
            y -= 1  # "inventories built up in the first half", written in January: a half barely begun is no past
        return Norm("DATE", f"{y}-H{h}", anchor="publication")
    return Norm("DATE", f"{y}-H{h}")


def _n_hshort(g, c, ctx):
    if g.get("nh"):  # analysts' "1H27": the first half of 2027
        return Norm("DATE", f"{_year_of(g['ny'], ctx.pub)}-H{g['nh'][0]}")
    if g.get("fyy"):  # "H1 FY25"
        return Norm("DATE", f"{_year_of(g['fyy'], ctx.pub)}-{g['h'].upper()}")
    if not g.get("y"):
        return _n_half({"h": "first" if g["h"] == "H1" else "second"}, c, ctx)
    return Norm("DATE", f"{g['y']}-{g['h'].upper()}")


_SEASON_MONTH = {"SP": 4, "SU": 7, "FA": 10, "WI": 12}


_SEASON_IN_YEAR = re.compile(r"\s+in\s+((?:1[6-9]|20)\d\d)\b(?![-\d])")  # a year of its own right after the season
_SEASON_RANGE_YEAR = re.compile(r"\s*(?:and|or|to|through|-|–)\s+(?:(?:early|mid|late)[- ]?)?" + _SEASON
                                + r"(?:\s+of)?,?\s+(?P<y>(?:1[0-9]|20)\d\d)(?!\d)", re.I)


def _n_season(g, c, ctx):
    ctx.season_seen = True
    s = L.SEASONS[_low(g["s"])]
    rel = _low(g.get("rel"))
    mod = {"early": "START", "mid": "MID", "late": "END"}.get(_low(g.get("pre")))
    if g.get("y") or g.get("sy"):
        y = g.get("y") or _spoken_year(g["sy"])
        return Norm("DATE", f"{y}-{s}", mod=mod) if y else None
    if g.get("ay"):  # "the autumn of the following year", "the spring of that year": the narrative's year
        year, anchor = _narrative_year(g["ay"], ctx)
        return Norm("DATE", f"{year}-{s}", mod=mod, anchor=anchor)
    pub = ctx.pub
    shared = None if rel not in ("", "the") else _SEASON_RANGE_YEAR.match(ctx.text, c.end)
    if shared:  # "the spring and early summer of 1943": the year of both
        return Norm("DATE", f"{shared['y']}-{s}", mod=mod)
    if rel in ("", "the") and (year_after := _SEASON_IN_YEAR.match(ctx.text, c.end)):
        return Norm("DATE", f"{year_after[1]}-{s}", mod=mod)  # "moved to the autumn in 2020": that year's autumn
    if rel == "that":  # "that summer": in the year of the narrative's last date
        base, tid = ctx.anchor_date("Y")
        y = base.year - 1 if s == "WI" and base.month <= 2 else base.year
        return Norm("DATE", f"{y}-{s}", mod=mod, anchor="expression" if tid else "publication")
    if rel in ("", "the") and not g.get("ry"):
        story = ctx.history_year(c, _SEASON_MONTH[s], None)  # "in 1943 ... during the summer": the story's summer
        if story:
            return Norm("DATE", f"{story}-{s}", mod=mod, anchor="expression")
    if rel == "the" and not g.get("ry") and ctx.explicit and ctx.explicit[1] == ctx.last_end and c.start - ctx.last_end <= 400 \
            and ctx.explicit[0][:4] < str(pub.year) and ctx.direction(c) < 0 and (ref := N.value_start(ctx.explicit[0])):
        # "In January 1974, Congress ... By the fall, it was unpopular": that story's fall, the one on from its date
        first, y, m = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}[s], ref[0].year, ref[0].month
        if ref[1] != "Y" and not first <= m + 12 * (s == "WI" and m <= 2) < first + 3:  # not the season it is in
            y += first < m  # the first such season from the story's date on
        elif s == "WI" and m <= 2 and ref[1] != "Y":
            y -= 1  # January's winter began the December before
        return Norm("DATE", f"{y}-{s}", mod=mod, anchor="expression")
    if g.get("ry"):  # "the spring of next year"
        return Norm("DATE", f"{pub.year + {'this': 0, 'last': -1, 'next': 1}[_low(g['ry'])]}-{s}", mod=mod, anchor="publication")
    anchor = "publication"
    if rel in ("the following", "the next", "the previous", "the preceding"):  # the narrative's next or previous one
        pub, tid = ctx.anchor_date("Y")
        step = 1 if rel in ("the following", "the next") else -1
        if tid and N.value_start(ctx.last[1])[1] == "Y":  # "in 2009 ... the following summer": 2010's
            return Norm("DATE", f"{pub.year + step}-{s}", mod=mod, anchor="expression")
        rel = "next" if step > 0 else "last"
        anchor = "expression" if tid else "publication"
    # the season's year: winter belongs to the year it starts in
    current = pub.year if pub.month >= 3 else pub.year - 1
    season_of_pub = {12: "WI", 1: "WI", 2: "WI"}.get(pub.month) or ("SP" if pub.month < 6 else "SU" if pub.month < 9 else "FA")
    order = ["SP", "SU", "FA", "WI"]
    here, now = order.index(s), order.index(season_of_pub)
    if rel in ("last", "past", "this past"):
        y = current if here < now else current - 1
    elif rel in ("next", "coming", "this coming"):
        y = current if here > now else current + 1
    elif rel == "this" and (here == now or not ctx.direction(c)):
        y = current
    else:  # a season without a word for its year, or "this winter" in a past clause written in March
        way = ctx.direction(c)
        if way < 0:
            y = current if here <= now else current - 1
        elif way > 0:
            y = current if here >= now else current + 1
        else:
            y = current
    return Norm("DATE", f"{y}-{s}", mod=mod, anchor=anchor)


_INTO_NEW_YEAR = re.compile(r"\b(?:[Ii]nto|[Ii]n the|[Ii]nto the)\s+$")
_NEW_YEAR_NOUN = re.compile(r"\s+(?:[Hh]olidays?|[Hh]onours|[Cc]elebrations?|[Pp]art(?:y|ies)|[Bb]reak|[Rr]ush|[Ss]ales?|[Ff]estivities)\b")


def _n_holiday(g, c, ctx):
    rule = L.HOLIDAYS.get(_low(g["h"]).replace("’", "'"))
    if rule is None:
        return None
    if g.get("q"):  # "every Christmas": the date in any year; a movable feast only a yearly set
        value = f"XXXX-{rule[0]:02d}-{rule[1]:02d}" if isinstance(rule, tuple) and not g.get("y") else "P1Y"
        return Norm("SET", value, quant=_low(g["q"]).upper())
    rel = _low(g.get("rel"))
    weekend = bool(g.get("we")) or _low(g["h"]).endswith("weekend")
    try:
        if g.get("y"):
            day = N.holiday_date(rule, int(g["y"]))
            return Norm("DATE", N.week_value(day) if _low(g["h"]) in L.WEEK_HOLIDAYS else day.isoformat())
        if rel in ("last", "past", "this past"):
            day = N.resolve_holiday(rule, ctx.pub, -1, strict=True)
            if rel == "last" and (ctx.pub - day).days <= 7 and _low(g["h"]) not in L.WEEK_HOLIDAYS:
                # "than last Christmas", written on Dec. 31: a holiday days gone is "this" one; "last" is a year before,
                # as "last Friday" written on a Friday is a week back
                day = N.resolve_holiday(rule, ctx.pub.replace(year=ctx.pub.year - 1), -1)
        elif rel in ("next", "coming", "this coming"):
            day = N.resolve_holiday(rule, ctx.pub, 1, strict=True)
        elif since := _range_start_before(ctx, c):
            day = N.resolve_holiday(rule, since, 1)  # "from Wednesday 30 December into New Year's Day": the next one
        else:
            if not rel:
                usual = N.holiday_date(rule, ctx.pub.year)  # its month and day, to place it in a story
                story = ctx.history_year(c, usual.month, usual.day)
                if not story and ctx.story_nearby(c):  # "struck in the fall of 1987 ... ended before Thanksgiving"
                    story = int(ctx.explicit[0][:4])
                if story:
                    value, kind = _with_day_part(N.holiday_date(rule, story).isoformat(), g.get("pod"))
                    return Norm(kind, value, anchor="expression")
            # like a weekday: "this Christmas" in a past clause is the one just gone
            told = None if rel else ctx.reported_future_from(c)
            purpose = None if rel or told else ctx.purpose_from(c)  # "crammed into trains on Tuesday to reach home for the Lunar New Year"
            if purpose:
                day = N.resolve_holiday(rule, purpose, 1)
            elif beside := _holiday_beside(ctx, _WEEKDAY_BEFORE.search(ctx.text, max(0, c.start - 50), c.start), "wd", rule):
                day = beside  # "closed Wednesday for New Year's Day": the one on that weekday
            else:
                way = ctx.direction(c)
                if way > 0 and not told and strong_past(ctx.text, c.start):
                    way = 0  # "reported brisk sales ahead of Valentine's Day": a past clause's target, the nearest one
                day = N.resolve_holiday(rule, told or ctx.pub, way)
                day = _holiday_just_around(ctx, c, rule, way) or day
                if (opened := _holiday_range_end(ctx, c)) is not None:
                    # "between Christmas and New Year's Day" on 28 December: the range's start is the last one
                    # on or before its end, however the clause looks
                    day = N.resolve_holiday(rule, N.resolve_holiday(opened, told or ctx.pub, way), -1)
                if way < 0 and not told and _prev_word(ctx.text, c.start).lower() == "before" \
                        and ((ahead := N.resolve_holiday(rule, ctx.pub, 1)) - ctx.pub).days <= 30:
                    day = ahead  # "campaigned Tuesday, a week before Election Day": the one coming, not last year's
            span = 3 if weekend else 7 if _low(g["h"]) in L.WEEK_HOLIDAYS else 0
            current = N.holiday_date(rule, ctx.pub.year) if span else None
            if current and (-4 if weekend else 0) <= (ctx.pub - current).days < span:
                # "traveling over Memorial Day weekend" written on its Sunday, or on the Friday it starts: this one
                day = current
    except (ValueError, KeyError):
        return None
    if g.get("ou"):  # the day counted from the holiday takes the clause's direction, not the holiday
        way = 0 if g.get("y") else ctx.direction(c)
        counted = [_beside_holiday(_low(g["ou"]), _low(g["od"]) == "after", N.holiday_date(rule, day.year + k))
                   for k in ((0,) if g.get("y") else (-1, 0, 1))]
        fitting = [d for d in counted if way == 0 or (d[0] - ctx.pub).days * way >= 0] or counted
        return Norm("DATE", min(fitting, key=lambda d: abs((d[0] - ctx.pub).days))[1], anchor="publication")
    if _low(g["h"]) == "new year" and not (g.get("pod") or weekend) and _INTO_NEW_YEAR.search(ctx.text, max(0, c.start - 10), c.start) \
            and not _NEW_YEAR_NOUN.match(ctx.text, c.end):
        return Norm("DATE", str(day.year), anchor="publication")  # "talks will drag into the New Year": the year
    if _low(g["h"]) in L.WEEK_HOLIDAYS:  # "Easter week": the week, not its first day
        return Norm("DATE", N.week_value(day), anchor="publication")
    if g.get("we"):  # "Mother's Day weekend": the weekend before a Monday or Tuesday holiday, else its week's
        return Norm("DATE", N.week_value(day - dt.timedelta(days=3 if day.isoweekday() <= 2 else 0)) + "-WE",
                    anchor="publication")
    if weekend:
        return Norm("DATE", N.week_value(day) + "-WE", anchor="publication")
    value, kind = _with_day_part(day.isoformat(), g.get("pod"))  # "Halloween night"
    return Norm(kind, value, anchor="publication")


_ONWARD_TO = {"into", "until", "till", "to", "through"}
_HOLIDAY_RANGE_END = re.compile(r"\s+(?:and|to|until|till|through|into)\s+(?:the\s+)?(?P<h>" + _HOLIDAY + r")\b", re.I)


def _holiday_range_end(ctx, c):
    """The rule of the holiday ending a range that ``c`` opens: "between Christmas and New Year's Day"."""
    if _prev_word(ctx.text, c.start).lower() not in ("between", "from"):
        return None
    m = _HOLIDAY_RANGE_END.match(ctx.text, c.end)
    return L.HOLIDAYS.get(_low(m["h"]).replace("’", "'")) if m else None


def _range_start_before(ctx, c) -> Optional[dt.date]:
    """The day a range starts when ``c`` ends it: "from 30 December into New Year's Day"."""
    if _prev_word(ctx.text, c.start).lower() not in _ONWARD_TO or not ctx.last or ctx.last_end < c.start - 40:
        return None
    if not _DAY_VALUE.fullmatch(ctx.last[1]) or _SENTENCE_END.search(ctx.text, ctx.last_end, c.start):
        return None
    return dt.date.fromisoformat(ctx.last[1]) - dt.timedelta(days=1)  # the holiday may fall on that day itself


def _beside_holiday(unit: str, after: bool, day: dt.date) -> tuple[dt.date, str]:
    """ "the day after Thanksgiving", "the Sunday before Easter", "the week after Christmas": counted from the holiday
    (a day of the result, and its value)."""
    step = dt.timedelta(days=1 if after else -1)
    if unit == "day":
        return day + step, (day + step).isoformat()
    if unit == "week":
        return day + 7 * step, N.week_value(day + 7 * step)
    target = 6 if unit == "weekend" else _weekday_number(unit)  # a weekend: the first Saturday after, or Sunday before
    if unit == "weekend" and not after:
        target = 7
    day += step
    while day.isoweekday() != target:
        day += step
    return day, N.week_value(day) + "-WE" if unit == "weekend" else day.isoformat()


# "reopens after Christmas" written the day after it, "crowded the shops before Easter" written the day before it:
# the holiday just past or just ahead, whatever way the clause looks
_AFTER_OR_BEFORE = re.compile(r"\b(?:(?P<after>after|since)|before|until|till|ahead of)\s+(?:the\s+|an?\s+(?:[a-z]+\s+)?)?$", re.I)


# "after record parcel traffic at Christmas": a holiday in a short verbless phrase after "after"
_CLAUSE_WORDS = frozenset({"it", "he", "she", "they", "we", "i", "you", "is", "are", "will", "would", "can", "could"})
_WORD_NEXT = re.compile(r"\s+[a-z]")
_DAY_OR_CLOCK_NUMBER = re.compile(r"\b\d{1,2}\b")  # a day of the month or an hour, not a year
_AFTER_PHRASE = re.compile(r"\b(?P<after>after)\s+(?:[a-z][\w'’-]*\s+){1,4}?(?:at|on|over|during)\s+(?:the\s+)?$")


def _holiday_just_around(ctx, c, rule, way: int) -> Optional[dt.date]:
    m = _AFTER_OR_BEFORE.search(ctx.text, max(0, c.start - 30), c.start)  # also "after a quieter Thanksgiving"
    if not m and way > 0 and "after " in ctx.text[max(0, c.start - 50):c.start]:
        m = _AFTER_PHRASE.search(ctx.text, max(0, c.start - 50), c.start)
        if m and any(w in L.PAST_MARKERS or w.endswith("ed") or w in _CLAUSE_WORDS
                     for w in ctx.text[m.end("after"):c.start].lower().split()[:-1]):
            m = None  # "after shops reopen at Christmas", "after it closed on Easter": a clause, its own tense
    if not m or (way > 0) != bool(m["after"]) or way == 0:
        return None
    for year in (ctx.pub.year - 1, ctx.pub.year, ctx.pub.year + 1):
        day = N.holiday_date(rule, year)
        if 0 < (ctx.pub - day).days * way <= 7:
            return day
    return None


_DEICTIC_OFFSET = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1, "tmr": 1, "tmrw": 1, "the day before yesterday": -2, "the day after tomorrow": 2}


def _n_deictic(g, c, ctx):
    w = re.sub(r"\s+", " ", _low(g["w"]))
    day = ctx.pub + dt.timedelta(days=_DEICTIC_OFFSET[w])
    pod = g.get("pod") or ("night" if w == "tonight" else None)
    value, kind = _with_day_part(day.isoformat(), pod)
    return Norm(kind, value, anchor="publication")


_DETERMINER_WORDS = {"a", "an", "the", "its", "their", "his", "her", "our", "this", "that"}
_AFTER_OVERNIGHT = {"in", "on", "at", "and", "as", "to", "from", "after", "before", "when", "with", "by", "for", "but",
                    "while", "amid", "following", "into", "across", "near", "outside", "inside", "until", "or"}


_TO_THE_UNIT = re.compile(r"\b(?:almost|nearly|exactly|precisely|ago|later|earlier)\s+to\s+$", re.I)
_DAY_PART_VALUE = re.compile(r"\d{4}-\d\d-\d\d(?:T(?:EV|NI|AF))?")
_ONLY_GAP = re.compile(r",?\s{1,2}(?:and\s)?")


_HAD_BEFORE = re.compile(r"\bhad\s+(?:[a-z]+ed|been)\b[^.;:!?,]*$")  # "a count that had stretched through"
# verbs that carry something on from a time already told ("continued overnight")
_GOING_ON = frozenset({"continued", "lasted", "raged", "persisted", "dragged", "went", "carried", "stretched"})


def _n_pod_alone(g, c, ctx):
    """ "in the morning", "mid-afternoon" of the story's last day; "overnight": the night before
    publication, or the coming one in a future clause."""
    if g.get("on"):
        if ctx.last and _DAY_PART_VALUE.fullmatch(ctx.last[1]) and _ONLY_GAP.fullmatch(ctx.text, ctx.last_end, c.start):
            # "from Wednesday evening overnight into Thursday": the night of the day just named
            return Norm("TIME", f"{ctx.last[1][:10]}TNI", anchor="expression")
        if ctx.last and _DAY_VALUE.match(ctx.last[1]) and _prev_word(ctx.text, c.start).lower() in _GOING_ON \
                and ctx.last[1][:10] < ctx.pub.isoformat():
            # "the quake hit on Monday. Aftershocks continued overnight": the night after the day just told
            return Norm("TIME", f"{ctx.last[1][:10]}TNI", anchor="expression")
        day = ctx.pub + dt.timedelta(days=0 if ctx.direction(c) > 0 else -1)
        return Norm("TIME", f"{day.isoformat()}TNI", anchor="publication")
    if g.get("pod") and ctx.text[max(0, c.start - 11):c.start].lower().startswith("throughout") and ctx.direction(c) <= 0:
        return None  # only a broadcast's "more on the storm throughout the morning" is sure of its day
    found = N.value_start(ctx.last[1]) if ctx.last else None
    if g.get("pod2") and not ctx.last:  # "worked through the night to restore ...", the story's first time
        day = ctx.pub + dt.timedelta(days=0 if ctx.direction(c) > 0 else -1)
        return Norm("TIME", f"{day.isoformat()}TNI", anchor="publication")
    if not found or found[1] != "D":
        if not g.get("pre") or re.match(r"\s+(?:hours\s+)?of\b", ctx.text[c.end:c.end + 12]):
            return None  # "I run in the morning", "the early morning hours of November 1": no day to put it on
        found = (ctx.pub, "D")  # "by mid afternoon, ...": the day of the news
    if g.get("pod2") and found[0] == ctx.pub and (ctx.direction(c) < 0 or _HAD_BEFORE.search(ctx.text, max(0, c.start - 60), c.start)):
        # "conceded this afternoon, ending a count that had stretched through the night": the night before it
        return Norm("TIME", f"{(ctx.pub - dt.timedelta(days=1)).isoformat()}TNI", anchor="publication")
    if found[0] < ctx.pub and (ctx.pub - found[0]).days <= 7 and ctx.last and _SENTENCE_END.search(ctx.text, ctx.last_end, c.start) \
            and ctx.direction(c) > 0:
        found = (ctx.pub, "D")  # "sold out on Monday. ... cloud could reach the coast by late afternoon": today's, ahead
    elif _low(g["pod"] or g["pod2"]) in ("morning", "afternoon") and ctx.last and ctx.last[1].endswith("TNI") and found[0] < ctx.pub:
        found = (found[0] + dt.timedelta(days=1), "D")  # "jumped overnight ... before easing in the afternoon": the next day's
    value, kind = _with_day_part(found[0].isoformat(), g["pod"] or g["pod2"])  # "worked through the night"
    mod = {"early": "START", "late": "END"}.get(_low(g.get("pre")))
    return Norm(kind, value, mod=mod, anchor="expression" if ctx.last and found[0] != ctx.pub else "publication")


def _n_pod_day(g, c, ctx):
    day_word = _low(g["day"])
    if day_word in _DEICTIC_OFFSET:
        day = ctx.pub + dt.timedelta(days=_DEICTIC_OFFSET[day_word])
    else:
        day = N.weekday_date(_weekday_number(day_word), ctx.pub, ctx.direction(c))
    value, kind = _with_day_part(day.isoformat(), g["pod"])
    mod = {"early": "START", "late": "END", "mid": "MID", "mid-": "MID"}.get(_low(g.get("pre")))
    return Norm(kind, value, mod=mod, anchor="publication")


_ORDINAL = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4,
            "5th": 5, "last": -1}


def _nth_weekday(year: int, month: int, wd: int, n: int) -> dt.date | None:
    """The n-th weekday of a month, or None where there is no such day ("the fifth Monday")."""
    day = N.nth_weekday(year, month, wd, n)
    return day if day.month == month else None


def _n_nth_weekday(g, c, ctx):
    mo, wd, n = _month_number(g["mon"]), _weekday_number(g["wd"]), _ORDINAL[_low(g["o"])]
    if g.get("y"):
        day = _nth_weekday(int(g["y"]), mo, wd, n)
    else:  # the nearest one in the clause's direction, like a date without a year
        way, pub = ctx.direction(c), ctx.pub
        days = [d for d in (_nth_weekday(pub.year + k, mo, wd, n) for k in (-1, 0, 1)) if d]
        after = [d for d in days if d >= pub]
        before = [d for d in days if d <= pub]
        day = (after[0] if after else None) if way > 0 else (before[-1] if before else None) if way < 0 \
            else min(days, key=lambda d: abs((d - pub).days), default=None)
    return Norm("DATE", day.isoformat(), anchor="publication") if day else None


def _n_weekday(g, c, ctx):
    wd = _weekday_number(g["wd"])
    rel = _low(g.get("rel"))
    pod = g.get("pod")
    if g.get("pl") or g.get("pl2") or (pod and _low(pod).endswith("s")):
        code = L.PARTS_OF_DAY.get(_low(pod), "")
        return Norm("SET", f"XXXX-WXX-{wd}" + (f"T{code}" if code else ""))
    anchor = "publication"
    ref = ctx.pub
    if g.get("th"):  # "Friday the 13th": the nearest one in the clause's direction
        if wd != 5:
            return None
        step = 1 if ctx.direction(c) > 0 else -1
        y, mo = ref.year, ref.month
        for _ in range(40):
            day = dt.date(y, mo, 13)
            if day.isoweekday() == 5 and (day - ref).days * step >= 0:
                return Norm("DATE", day.isoformat(), anchor=anchor)
            mo += step
            y, mo = (y + 1, 1) if mo == 13 else (y - 1, 12) if mo == 0 else (y, mo)
        return None
    if g.get("wk"):  # "on Tuesday next week": that week's Tuesday
        weeks = {"next": 1, "last": -1}.get(_low(g["wk"]), 0)
        day = ref + dt.timedelta(days=7 * weeks + wd - ref.isoweekday())
        value, kind = _with_day_part(day.isoformat(), pod)
        return Norm(kind, value, anchor=anchor)
    if not rel and not pod and ctx.text.startswith(":", c.end) and "\n" in ctx.text and (chained := _label_after_label(ctx, c, wd)):
        return Norm("DATE", chained.isoformat(), anchor="expression")  # "Thursday: ... / Friday: ...": one week's days
    if not rel and not pod and ctx.text.startswith(":", c.end) and "\n" in ctx.text:
        label = _weekday_label(ctx, c)
        if label is not None:  # a live blog's "Update, Thursday:", a digest's "Coming up next week: / - Monday:"
            day = ref + dt.timedelta(days=7 * label + wd - ref.isoweekday()) if label not in (_LIVE_DAY, _AHEAD) \
                else N.weekday_date(wd, ref, 1)
            if label == _LIVE_DAY:
                ctx.pub, ctx.lead_day = day, None  # the entries after it are that day's: their stamps, "today", "the night"
            return Norm("DATE", day.isoformat(), anchor=anchor)
    if rel in ("last", "this past"):
        day = N.weekday_date(wd, ref, -1, strict=True)
        if rel == "last" and day in ctx.bare_days and day.isocalendar()[:2] == ref.isocalendar()[:2]:
            # "Apple confirmed on Wednesday ... eBay said last Wednesday", written on Friday: a bare weekday already
            # named this week's, "last" sets the other apart, the week before (not "closed Friday ... Last Friday's
            # announcement" written on Monday: both the Friday just gone)
            day -= dt.timedelta(days=7)
    elif rel in ("next", "this coming", "coming"):
        day = N.weekday_date(wd, ref, 1, strict=True)
    elif rel == "this":
        way = ctx.direction(c)
        day = N.weekday_date(wd, ref, -1 if way < 0 else 1)
    elif rel == "that" and c.start == c.m.start("rel"):
        # "Friday, Oct. 16 ... That Monday", "closed on March 9. It reopened that Friday": the story moves on to the
        # next such day; a past perfect ("That Monday, it had been ...") looks back, but not after "by" ("By that
        # Friday, schools had closed": done by then)
        base, tid = ctx.anchor_date("D")
        anchor = "expression" if tid else anchor
        if tid:
            by_then = ctx.text[max(0, c.start - 3):c.start].lower() == "by "
            looks_back = not by_then and _PAST_PERFECT_AFTER.match(ctx.text, c.end)
            day = N.weekday_date(wd, base, -1 if looks_back else 1)
        else:  # no date in the story yet: the tense decides, as for a bare weekday
            day = N.weekday_date(wd, base, 1 if ctx.direction(c) > 0 else -1)
    elif rel in ("the following", "the next", "the previous", "the same"):
        base, tid = ctx.anchor_date("D")
        if tid:
            anchor = "expression"
        day = N.weekday_date(wd, base, -1 if rel == "the previous" else 1, strict=rel != "the same")
    elif ctx.text.endswith(_FALLS_ON_ENDS, 0, c.start) and (holiday := _holiday_beside(
            ctx, _HOLIDAY_FALLS_ON.search(ctx.text, max(0, c.start - 60), c.start), "h", wd, reach=60)):
        day = holiday  # "Veterans Day falls on Thursday, a week after the election": the holiday's own weekday
    elif (after_day := _gerund_after_day(c, ctx, wd)) is not None:
        day, anchor = after_day, "expression"  # "votes on Tuesday after debating it on Wednesday": the one before
    elif apposed := _apposed_day(c, ctx, wd):  # "Three days later, on Tuesday, ...": the day just named
        day, anchor = apposed, "expression"
    elif purpose := ctx.purpose_from(c):  # "flew on Sunday to sign the deal on Tuesday": the first such day after
        day, anchor = N.weekday_date(wd, purpose, 1, strict=True), "expression"
    elif (said_day := ctx.reported_would_from(c)) and ctx.direction(c) > 0:
        day, anchor = N.weekday_date(wd, said_day, 1, strict=True), "expression"
    elif story_day := ctx.narrative_day(c):  # the story's week: the first such day from its last date on
        day, anchor = N.weekday_date(wd, story_day, 1), "expression"
    elif story_day := _weekday_story_day(c, ctx):  # "reopened on Monday, Oct. 4. By Thursday, ...": that week's
        day, anchor = N.weekday_date(wd, story_day, 1), "expression"
    elif holiday := _holiday_beside(ctx, _HOLIDAY_AFTER.match(ctx.text, c.end, c.end + 60)
                                    or _holiday_just_before(ctx.text, c.start), "h", wd):
        day = holiday  # "Markets closed Wednesday for New Year's Day", "close for King Day on Monday": the holiday's weekday
    elif _prev_word(ctx.text, c.start).lower() in _DECLARING and re.match(r" an? ", ctx.text[c.end:c.end + 4]):
        day = N.weekday_date(wd, ref, 1)  # "declared Monday a day of national mourning": the day it names comes next
    elif ctx.last_week and 0 < c.start - ctx.last_week[1] < 200 and ctx.last_week[0] > N.shift(ref, "W", 0) \
            and not _SENTENCE_END.search(ctx.text, ctx.last_week[1], c.start) and not _reported_on(ctx.text, c.start) \
            and not _NEW_CLAUSE.search(ctx.text, ctx.last_week[1], c.start):
        # "Earnings gather pace next week, with Goldman reporting on Tuesday and GE on Friday": a week ahead's days
        # (not the day of the report: "will visit Beijing next week, his office said on Monday"; nor a day in a
        # clause of its own: "Earnings season kicks off next week, and Nike is due to report on Tuesday")
        day = dt.date.fromisocalendar(int(ctx.last_week[0][:4]), int(ctx.last_week[0][6:8]), wd)
        anchor = "expression"
    else:
        way = ctx.direction(c)
        day = N.weekday_date(wd, ref, 1 if way > 0 else -1)
        named = ctx.named_weekdays.get(wd)
        if way >= 0 and named and 0 <= (named - ref).days <= 13 and day != named:
            # "on Monday 19 September ... Supermarkets will close on Monday": the weekday the text has dated ahead
            day, anchor = named, "expression"
        if way == 0 and (postponed_to(ctx.text, c.start) or past_plan(ctx.text, c.start)
                         or takes_nearest(ctx.text, c.start, c.end)):  # "displays planned for Thursday have been called off"
            # "the summit was due to end on Thursday": a past plan's day is the nearest one too  # "the match has been moved to Saturday": the nearest one
            ahead = N.weekday_date(wd, ref, 1)
            day = ahead if (ahead - ref).days <= (ref - day).days else day
        if day < ref:
            ctx.bare_days.add(day)
        listed = _listed_weekday(c, ctx)
        if listed and (way > 0 and day <= listed or (day - listed).days > 6):
            # "backup dates on Tuesday and Wednesday": each after the last; a list's days lie within a week
            # ("after debating it on Wednesday and Thursday")
            day, anchor = N.weekday_date(wd, listed, 1, strict=True), "expression"
        elif way > 0 and (begun := _span_begun(c, ctx) or _condition_day(c, ctx)) and day <= begun:
            # "The port closes on Thursday and will stay shut until Monday": a span's end follows its start; "Unless
            # the union accepts the offer by Wednesday, teachers will walk out on Monday": a consequence its condition
            day, anchor = N.weekday_date(wd, begun, 1, strict=True), "expression"
        elif listed and listed.isoweekday() < wd and (day - listed).days != wd - listed.isoweekday():
            # "were given Monday and Tuesday off" (written on Monday): days listed in the week's order are one week's
            day, anchor = listed + dt.timedelta(days=wd - listed.isoweekday()), "expression"
        elif way > 0 and (sequel := _scheduled_before(c, ctx)) and day <= sequel:
            # "will begin the countdown on Monday, Dec. 1, and load the fuel late Tuesday": a schedule told in
            # order goes on from the future day just named, not from publication
            day, anchor = N.weekday_date(wd, sequel, 1, strict=True), "expression"
    value, kind = _with_day_part(day.isoformat(), pod)
    return Norm(kind, value, anchor=anchor)


def _span_begun(c: Cand, ctx) -> Optional[dt.date]:
    """The day named earlier in the sentence that a weekday after "until" / "till" / "through" ends a span from."""
    if _prev_word(ctx.text, c.start).lower() not in ("until", "till", "through") or not ctx.last \
            or not _DAY_VALUE.fullmatch(ctx.last[1]) or _SENTENCE_END.search(ctx.text, ctx.last_end, c.start):
        return None
    return dt.date.fromisoformat(ctx.last[1])


_CONDITION_OPEN = re.compile(r"[\"“]?(?:If|Unless|Once|Should|Provided)\s")


def _condition_day(c: Cand, ctx) -> Optional[dt.date]:
    """The day of a fronted condition ("If / Unless ... by Wednesday, ...") that the main clause's weekday follows."""
    if not ctx.last or not _DAY_VALUE.fullmatch(ctx.last[1]) or ctx.text.find(",", ctx.last_end, c.start) < 0 \
            or _SENTENCE_END.search(ctx.text, ctx.last_end, c.start):
        return None
    opening = _sentence_start_before(ctx.text, ctx.last_start, 150)
    if opening is None or not _CONDITION_OPEN.match(ctx.text, opening) or ctx.text.find(",", opening, ctx.last_start) >= 0:
        return None  # (the condition holds the earlier day: no comma has closed it yet)
    return dt.date.fromisoformat(ctx.last[1])


# the words that may follow "into the evening/night" as a time: a clause or phrase goes on, no noun it modifies
_AFTER_INTO_PART = frozenset({"and", "or", "but", "as", "when", "while", "before", "after", "until", "with", "on", "in",
                              "at", "to", "for", "by", "from", "then", "so", "because", "if", "though", "although",
                              "amid", "despite", "without", "again"})
_LIVE_DAY, _AHEAD = 9, 8  # (not week shifts)
_SCHEDULE_HEAD = re.compile(r"\b(?:calendar|agenda|diary|schedule|coming up|upcoming|ahead|to watch|look-?ahead)\b", re.I)
_UPDATE_HEAD = re.compile(r"(?:update[ds]?|latest|live)[ \t]*[,:–—-]?[ \t]*$", re.I)
_ENTRY_STAMP = re.compile(r"\n[ \t]*\d{1,2}[:.]\d\d(?:\s?[ap]\.?m\.?)?(?:[ \t]+[A-Z]{2,4})?[ \t]*(?:[—–:-]|\n)", re.I)
_LIST_HEAD_WEEK = re.compile(r"\b(next|this|last|coming)\s+week\b", re.I)


def _label_after_label(ctx, c, wd: int) -> Optional[dt.date]:
    """A weekday labelling a line ("Friday: A quiet end to the week") right after a line labelled with an earlier weekday
    of the same list ("Thursday: Bob Dylan, awarded the Nobel Prize"): the day after it in that week, whatever the
    tense of its own line."""
    if not ctx.last or not _DAY_VALUE.fullmatch(ctx.last[1]) or c.start - ctx.last_end > 600 \
            or not ctx.text.startswith(":", ctx.last_end) or ctx.text[ctx.text.rfind("\n", 0, c.start) + 1:c.start].strip(" \t-–•*") \
            or ctx.text[ctx.text.rfind("\n", 0, ctx.last_start) + 1:ctx.last_start].strip(" \t-–•*"):
        return None
    before = dt.date.fromisoformat(ctx.last[1])
    if not _weekday_number(ctx.text[ctx.last_start:ctx.last_end]) or before.isoweekday() >= wd:
        return None
    return before + dt.timedelta(days=wd - before.isoweekday())


def _weekday_label(ctx, c) -> Optional[int]:
    """A weekday that heads a line and ends with a colon. In a live text (entries stamped with clock times above it)
    a heading "Thursday:" or "Update, Thursday:" opens a later day, the first such day from publication on
    (_LIVE_DAY); a list item's label ("- Monday: Apple's conference opens") lies in the week the list's heading names
    ("Coming up next week:"), given as a shift in weeks. None otherwise."""
    text = ctx.text
    line_start = text.rfind("\n", 0, c.start) + 1
    head = text[line_start:c.start]
    if _UPDATE_HEAD.fullmatch(head) or not head.strip():
        line_end = text.find("\n", c.end)
        if not text[c.end + 1:line_end if line_end >= 0 else len(text)].strip() and _ENTRY_STAMP.search(text, 0, line_start):
            return _LIVE_DAY
    if head.strip(" \t-–•*") or not line_start:
        return None
    pos = line_start - 1
    for _ in range(12):  # up over the list's other items to its heading
        above = text.rfind("\n", 0, pos) + 1
        line = text[above:pos].strip()
        if line[:1] in ("-", "–", "•", "*") and line:
            pos = above - 1
            if pos <= 0:
                return None
            continue
        if not line.endswith(":"):
            return None
        week = _LIST_HEAD_WEEK.search(line)
        if week:
            return {"next": 1, "coming": 1, "this": 0, "last": -1}[week[1].lower()]
        return _AHEAD if _SCHEDULE_HEAD.search(line) else None  # "On our calendar:", "Coming up:": the days ahead
    return None


_WEEKDAY_NAMED = re.compile(r"(?i)\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b")
_PARTICLE_NAME = re.compile(r" ([a-z]{1,5}) [A-Z][a-z]")


def _particle_name_after(text: str, end: int) -> bool:
    """ "Autumn de Wilde", "Summer van Dyke": a name particle then a capitalised surname."""
    m = _PARTICLE_NAME.match(text, end)
    return bool(m) and m[1] in L.NAME_PARTICLES


def _weekday_story_day(c: Cand, ctx) -> Optional[dt.date]:
    """The last date, told with its own weekday ("on Monday, Oct. 4") and lying before this week, that a bare
    weekday in a past clause of the same or the next sentence continues."""
    if not ctx.last or not re.fullmatch(r"\d{4}-\d\d-\d\d", ctx.last[1]) or c.start - ctx.last_end > 150 \
            or not _WEEKDAY_NAMED.search(ctx.text, ctx.last_start, ctx.last_end):
        return None
    day = dt.date.fromisoformat(ctx.last[1])
    if (ctx.pub - day).days < 7 or len(_SENTENCE_END.findall(ctx.text, ctx.last_end, c.start)) > 1 or ctx.direction(c) > 0:
        return None
    if _prev_word(ctx.text, c.start).lower() in _SPEECH_VERBS or _next_word(ctx.text, c.end).lower() in _SPEECH_VERBS:
        return None  # "police said Tuesday": the news of the week
    return day


def _story_day_before(c: Cand, ctx) -> Optional[dt.date]:
    """The day just told (in this sentence or the last), a week or more before publication, that "by the weekend"
    in a past clause goes on from: "The mine flooded on April 14, 2031. The day after, ...; by the weekend, ..." """
    if not ctx.last or not _DAY_VALUE.fullmatch(ctx.last[1]) or c.start - ctx.last_end > 200 \
            or len(_SENTENCE_END.findall(ctx.text, ctx.last_end, c.start)) > 1 or _prev_word(ctx.text, c.start).lower() != "by":
        return None  # ("over the weekend" written on a Monday is still the one just past)
    day = dt.date.fromisoformat(ctx.last[1])
    return day if (ctx.pub - day).days >= 7 and ctx.direction(c) < 0 else None


_PAST_PERFECT_AFTER = re.compile(r"[^.;!?\n]{0,60}?\bhad\s+(?:already\s+|not\s+|just\s+)?(?:been\s+)?[a-z]+(?:ed|en|un|t)\b")


# A weekday and a holiday named together in one clause ("closed Wednesday for New Year's Day", "on Thursday,
# Christmas Day") are one day when the holiday falls on that weekday within a week of publication.
_HOLIDAY_AFTER = re.compile(r"[^.;:!?\n]{0,30}?\b(?:for|on|,)\s+(?:the\s+)?(?P<h>" + _HOLIDAY + r")\b", re.I)
_HOLIDAY_THEN_ON = re.compile(r"(?P<h>" + _HOLIDAY + r")(?:\s+on|,)\s+$", re.I)


def _holiday_just_before(text: str, start: int):
    """ "for Martin Luther King Day on Monday": the holiday right before a weekday (cheap test first)."""
    if not (text.endswith(" on ", 0, start) or text.endswith(", ", 0, start)):
        return None
    return _HOLIDAY_THEN_ON.search(text, max(0, start - 40), start)


_WEEKDAY_BEFORE = re.compile(r"\b(?P<wd>(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b[^.;:!?\n]{0,30}?(?:for|on|,)\s+(?:the\s+)?$",
                             re.I)


def _holiday_beside(ctx, m, group: str, known, reach: int = 7) -> Optional[dt.date]:
    """The day both name, given the weekday number or the holiday rule already ``known``."""
    if not m:
        return None
    if group == "h":
        rule, wd = L.HOLIDAYS.get(_low(m["h"]).replace("’", "'")), known
    else:
        rule, wd = known, _weekday_number(m["wd"])
    if rule is None or _low(m[group]) in L.WEEK_HOLIDAYS:
        return None
    for year in (ctx.pub.year - 1, ctx.pub.year, ctx.pub.year + 1):
        try:
            day = N.holiday_date(rule, year)
        except (ValueError, KeyError):
            return None
        if abs((day - ctx.pub).days) <= reach and day.isoweekday() == wd:
            return day
    return None


_FALLS_ON_ENDS = (" falls on ", " fell on ", " lands on ", " landed on ", " is on ", " was on ")
# "<holiday> falls on <weekday>": the weekday is the holiday's own (within two months of publication)
_HOLIDAY_FALLS_ON = re.compile(r"(?P<h>" + _HOLIDAY + r")\s+(?:falls|fell|lands|landed|is|was)\s+on\s+$", re.I)
# (the gerund takes an object: "after debating it on", not "after flooding on Sunday", a noun's event)
_AFTER_GERUND_BETWEEN = re.compile(r"\s+(?P<w>after|before)\s+[a-z]{3,}ing\s+(?!(?:on|in|at|over|during)\b)[a-z][^.;:!?]{0,30}?\s(?:on\s+)?")


def _gerund_after_day(c, ctx, wd: int) -> Optional[dt.date]:
    """A weekday in an "after / before <verb>ing" phrase right after a dated weekday: the one before (after) it."""
    if not ctx.last or not _DAY_VALUE.fullmatch(ctx.last[1]) or c.start - ctx.last_end > 60 \
            or not _weekday_number(ctx.text[ctx.last_start:ctx.last_end]):
        return None
    m = _AFTER_GERUND_BETWEEN.fullmatch(ctx.text, ctx.last_end, c.start)
    if not m:
        return None
    return N.weekday_date(wd, dt.date.fromisoformat(ctx.last[1]), -1 if m["w"].lower() == "after" else 1, strict=True)


_LIST_LINK = re.compile(r",?\s+(?:and|or)\s+(?:on\s+)?|,\s+(?:on\s+)?")
_APPOSED_LINK = re.compile(r",\s+(?:on\s+)?")


def _apposed_day(c, ctx, wd: int) -> Optional[dt.date]:
    """The date named just before, set off by a comma, when it falls on this weekday ("Three days later, on
    Tuesday", "on March 3, Tuesday"): the weekday restates it."""
    if not ctx.last or not _DAY_VALUE.fullmatch(ctx.last[1]) or not _APPOSED_LINK.fullmatch(ctx.text, ctx.last_end, c.start):
        return None
    day = dt.date.fromisoformat(ctx.last[1])
    return day if day.isoweekday() == wd else None


# "..., and load the fuel" (a second verb of the same subject) or "..., and the final debate" (a word of
# sequence); not "..., and opponents plan a rally on Sunday", a separate plan that may come first
_SEQUEL_AND = re.compile(r",?\s+and\s+(?:(?!(?:the|a|an|its|their|his|her|our)\s)[a-z]+\s+(?:the|a|an|its|their|his|her|our)\s"
                         r"|[^.;:!?]{0,40}?\b(?:final|then|later|next|afterwards?)\b)")


def _scheduled_before(c, ctx) -> Optional[dt.date]:
    """A future day named just before with "on" in the same sentence and joined by "and" ("on Monday, Dec. 1,
    and load the fuel late Tuesday", "follows on Thursday, Sept. 19, and the debate will be held on Sunday")."""
    if not ctx.last or not _DAY_VALUE.fullmatch(ctx.last[1]) or c.start - ctx.last_end > 80 or ctx.last_end > c.start:
        return None
    between = ctx.text[ctx.last_end:c.start]
    if not _SEQUEL_AND.match(between) or _SENTENCE_END.search(between) or ";" in between or ":" in between:
        return None
    if _prev_word(ctx.text, ctx.last_start).lower() != "on":
        return None  # an event's day ("on Sept. 19"), not a limit ("closed until at least Sept. 28, and ... Monday")
    day = dt.date.fromisoformat(ctx.last[1])
    return day if day > ctx.pub else None


def _listed_weekday(c, ctx) -> Optional[dt.date]:
    """The weekday just before in a list ("on Tuesday and Wednesday", "Tuesday, Thursday and Saturday")."""
    if not ctx.last or not _DAY_VALUE.fullmatch(ctx.last[1]) or not _LIST_LINK.fullmatch(ctx.text, ctx.last_end, c.start) \
            or not _weekday_number(ctx.text[ctx.last_start:ctx.last_end]):
        return None
    return dt.date.fromisoformat(ctx.last[1])


_SEQUEL_OPENER = re.compile(r"(?:^|\n)\s*(?:then|later|afterwards|by|at|that|the next|the following|on)\b[^\n]*$", re.I)
_RANGE_FROM = re.compile(r"\b(?:between|from)\s+$", re.I)
_RANGE_ON = re.compile(r"\s+(?:and|to|until|till)\s+\d")
_TODAY_POD_AFTER = re.compile(r",?\s+(?:this\s+(?:morning|afternoon|evening)|tonight)\b", re.I)  # tagged on its own
_TONIGHT_AFTER = re.compile(r"(?:\s+(?:local|eastern|central|mountain|pacific)\s+time)?,?\s+tonight\b", re.I)  # "at 8 Eastern time tonight"
_EVENING_AFTER = re.compile(r",?\s+(?:this\s+|in\s+the\s+)(afternoon|evening)\b", re.I)


def _heading_day(ctx, start: int) -> Optional[str]:
    """The day of the heading line above an entry that opens with ``start`` ("Thursday" / "9:30 a.m., Courtroom 4B:
    Jury selection begins"), looking up over the entry's block (no blank line) for a line that is only a day."""
    text = ctx.text
    line = text.rfind("\n", 0, start) + 1
    if text[line:start].strip(" \t-–•*"):
        return None  # not an entry's opening time
    for _ in range(8):
        if line <= 0:
            return None
        above = text.rfind("\n", 0, line - 1) + 1
        if not text[above:line - 1].strip():
            return None  # a blank line ends the block
        if above in ctx.heading_days:
            return ctx.heading_days[above]
        line = above
    return None


def _alone_on_line(text: str, start: int, end: int) -> bool:
    """A timex that is a whole line of its own (a live blog's or bulletin's time stamp)."""
    if start > 0 and not text[start - 1].isspace() or end < len(text) and not text[end].isspace():
        return False  # (a letter right before or after: the cheap test before the line's look-ups)
    line_end = text.find("\n", end)
    return start > 0 and text[text.rfind("\n", 0, start) + 1:start].strip() == "" \
        and text[end:line_end if line_end >= 0 else len(text)].strip() == ""


def _n_clock_words(g, c, ctx):
    return _n_clock(g, c, ctx)


_SHARED_CLOCK_END = re.compile(r" (?:and|to) (1[0-2]|0?[1-9])(?::[0-5]\d)? ?([ap])")


def _shared_meridiem(text: str, end: int, hour: int) -> tuple[str, int]:
    """ "between 7 and 8:30 a.m." 7 a.m.; "from 11 to 1 p.m." 11 a.m.: the meridiem of the hour that closes the range."""
    m = _SHARED_CLOCK_END.match(text, end)
    later, ap = int(m[1]) % 12, m[2]
    if hour % 12 > later:  # the range crosses noon or midnight
        ap = "a" if ap == "p" else "p"
    return ap + ".m.", hour


def _n_clock(g, c, ctx):
    after_night = False
    if g.get("word"):
        w = _low(g["word"])
        hour, minute = (24 if w == "midnight" else 12), 0
    elif g.get("mil"):  # "0600 GMT"
        hour, minute = int(g["mil"]), int(g["mmil"])
    elif g.get("hw"):  # "three o'clock"
        hour, minute = int(_number(g["hw"])), 0
    elif g.get("hw3") or g.get("hw4"):  # "Tonight at ten", "at nine tonight"
        hour, minute = int(_number(g["hw3"] or g["hw4"])), 0
    elif g.get("hw2"):  # "ten thirty eastern time", "seven fifteen a.m."
        hour, minute = int(_number(g["hw2"])), int(_number(g["mw"]))
    elif g.get("frac"):  # "half past two", "a quarter to nine"
        hour = int(_number(g["fh"]))
        minute = 30 if _low(g["frac"]) == "half" else 15
        if _low(g["side"]) == "to":
            hour, minute = (hour - 1) % 12 or 12, 60 - minute
    elif g.get("h24"):
        hour, minute = int(g["h24"]), int(g["mi24"])
    else:
        hour, minute = int(g["h"]), int(g.get("mi") or g.get("mi2") or 0)
    if not (g.get("word") or g.get("mil") or g.get("h24")):
        ap = _low(g.get("ap"))
        if g.get("shared") is not None:
            ap, hour = _shared_meridiem(ctx.text, c.end, hour)
        pod = _low(g.get("pod2") or g.get("pod3"))  # "at 3 in the afternoon", "eight o'clock in the evening"
        if not pod and not ap:  # "11 o'clock tonight", "4 o'clock this afternoon" (tagged on its own)
            later = _EVENING_AFTER.match(ctx.text, c.end)
            pod = "night" if _low(g.get("day")) == "tonight" or _TONIGHT_AFTER.match(ctx.text, c.end) else _low(later[1]) if later else ""
        if hour > 12 and ap:
            return None
        if ap.startswith("p") or "afternoon" in pod or "evening" in pod or ("night" in pod and hour >= 6):
            hour = hour % 12 + 12
        elif ap.startswith("a") or "morning" in pod:
            hour = hour % 12
        elif (hour == 12 or hour <= 4) and ctx.last and ctx.last[1].endswith("TNI") and 0 <= c.start - ctx.last_end <= 400:
            hour, after_night = hour % 12, True  # "the game last night ... the final out at a quarter to one": past midnight
        elif 5 <= hour < 12 and ctx.last and ctx.last[1].endswith(("TEV", "TNI")) and c.start - ctx.last_end <= 30 \
                and not _SENTENCE_END.search(ctx.text, ctx.last_end, c.start):
            hour += 12  # "later this evening, at 9 o'clock", "tonight at 8": the evening's hour
        elif 1 <= hour < 12 and not g.get("day") and not g.get("mon") and ctx.direction(c) > 0 \
                and "vening" in ctx.text[:300] and _EVENING_SHOW.search(ctx.text, 0, 300):
            hour += 12  # an evening newscast ("Good evening. ...") promising "full results at ten thirty": tonight's
    anchor = "publication"
    day_word = _low(g.get("day"))
    if g.get("mon"):
        mo = _month_number(g["mon"])
        d = L.ORDINALS.get(_low(g["d"])) or int(re.match(r"\d+", g["d"])[0])
        y = ctx.story_year(c) or ctx.history_year(c, mo, d)  # "9:34 p.m., March 19" in a story of 2003
        date_value = _ymd(y or N.year_for(mo, d, ctx.pub, ctx.direction(c)), mo, d)
        if not date_value:
            return None
    elif day_word in _DEICTIC_OFFSET:
        date_value = (ctx.pub + dt.timedelta(days=_DEICTIC_OFFSET[day_word])).isoformat()
    elif day_word == "last night":  # "11 p.m. last night": yesterday's evening, "2 a.m." already today's
        date_value = (ctx.pub - dt.timedelta(days=1 if hour >= 12 else 0)).isoformat()
    elif g.get("today") or _TODAY_POD_AFTER.match(ctx.text, c.end):  # "6:30 this morning", "six o'clock" this morning
        date_value = ctx.pub.isoformat()
    elif day_word:
        date_value = N.weekday_date(_weekday_number(day_word), ctx.pub, 1 if ctx.direction(c) > 0 else -1).isoformat()
    elif ctx.heading_days and (heading := _heading_day(ctx, c.start)):
        date_value = heading  # a schedule's entry under its day's heading line ("Wednesday" / "9 a.m., Courtroom 4B: ...")
    elif _alone_on_line(ctx.text, c.start, c.end):  # a live blog's entry stamp, "10:42 GMT": the publication day's
        date_value = ctx.pub.isoformat()
    elif _HABITUAL_CLOCK.search(ctx.text, max(0, c.start - 60), c.start) or _DAILY_AFTER.match(ctx.text, c.end):
        date_value = "XXXX-XX-XX"  # "went to the shed every morning at 6 a.m.", "meetings are held at 7 p.m.": any day's
    elif _NEXT_BULLETIN.search(ctx.text, max(0, c.start - 60), c.start):
        date_value = ctx.pub.isoformat()  # "The next advisory comes out at 11 a.m.": the broadcast day's, not the day named last
    elif ctx.present_end > ctx.last_end and ctx.direction(c) >= 0:  # "for now ... are asked to ... after 5 p.m."
        date_value = ctx.pub.isoformat()
    elif ctx.last_said and ctx.event_day and c.start - ctx.event_day[2] < 400:
        # "freed late Saturday, police said Sunday. They were handed over at 11 p.m.": the event's day
        date_value, anchor = ctx.event_day[1][:10], "expression"
    else:
        base, tid = ctx.anchor_date("D")
        if tid and not ctx.is_history and ctx.text.find("\n", ctx.last_end, c.start) >= 0 and ctx.direction(c) <= 0 \
                and not _SEQUEL_OPENER.search(ctx.text, max(0, c.start - 80), c.start):
            # a new paragraph's clock time without a day of its own: the story's day, not a date named
            # in passing above ("... a fault delayed trains on 27 September. [new paragraph] said at 10.40am")
            lead = ctx.lead_day if ctx.lead_day and ctx.lead_day[0] else None
            tid, base = lead if lead and abs((lead[1] - ctx.pub).days) <= 7 else (None, ctx.pub)
            if not lead and (past := _told_past_day(c, ctx)):
                tid, base = past  # the story led with a day ahead: a past clock time is the past day it told
        elif tid and not _DAY_VALUE.match(ctx.last[1]) and ctx.lead_day and ctx.lead_day[0] and not ctx.is_history \
                and not (ctx.last[1][:4] == str(ctx.pub.year) and base > ctx.pub):
            # "Last year, Roke struck in late September. ... had lost power by 6 p.m.": no day of its own, the lead's
            # (but "watching tomorrow? Sales for July come out at 8:30": after this year's month, a day ahead stands)
            tid, base = ctx.lead_day
        way = ctx.direction(c) if base != ctx.pub else 0
        if base > ctx.pub and way < 0 and not (tid and _CLOCK_OF_DAY_GAP.fullmatch(ctx.text, ctx.last_end, c.start)):
            # (not the clock time of the day just named: "moved to Sunday, November 2, at 1pm")
            # "payable on Oct. 2. The shares fell 6 percent by midday": not that day's, but the day the story leads with
            tid, base = ctx.lead_day if ctx.lead_day and ctx.lead_day[0] else (None, ctx.pub)
            if tid is None and (past := _told_past_day(c, ctx)):
                tid, base = past
        elif way > 0 and base < ctx.pub and ((ctx.pub - base).days <= 7 or tid and _SENTENCE_END.search(ctx.text, ctx.last_end, c.start)) \
                and not _PAST_CLAUSE.search(ctx.text, max(0, c.start - 80), c.start) and not strong_past(ctx.text, c.start):
            # "The storm hit on Sunday. The mayor will speak at 9 a.m.", "voted early Sunday. The Senate, which
            # returns at 2 p.m.": today's, not that day's (but "Officials said the evacuation would begin at 9 a.m.")
            base, tid = ctx.pub, None
        elif ctx.last and _CLOCK_VALUE.fullmatch(ctx.last[1]) and int(ctx.last[1][11:13]) >= 18 and hour < 12 \
                and _low(g.get("ap")).startswith("a") and "earlier" not in ctx.text[max(0, c.start - 40):c.start].lower() \
                and not _RANGE_LINK.fullmatch(ctx.text, ctx.last_end, c.start) \
                and not _CONVERSION_BEFORE.search(ctx.text, max(0, c.start - 12), c.start):  # ranges: _overnight_ranges
            # "polls closed at 10 p.m. Thursday ... By 5 a.m., ...": past midnight, the morning after that clock time's
            # day (not after the lead day a new paragraph went back to: "... shortly before midnight. [entry] 8:45 a.m.")
            base = dt.date.fromisoformat(ctx.last[1][:10]) + dt.timedelta(days=1)
        elif tid and ctx.last[1].endswith("TNI") and ctx.last[1][:10] == base.isoformat() and hour < 12 \
                and (_low(g.get("ap")).startswith("a") or after_night):
            base += dt.timedelta(days=1)  # "a count that had stretched through the night. Kerry called at 11 a.m.": the morning after
        date_value = base.isoformat()
        anchor = "expression" if tid else "publication"
    if g.get("shared") is not None:  # "between 10 and 11 p.m. on Friday": the day of the hour that closes the range
        start = c.end + ctx.text.startswith(" and", c.end) * 5 + ctx.text.startswith(" to", c.end) * 4
        m = _CLOCK_RULE.match(ctx.text, start)
        closing = _n_clock(m.groupdict(), Cand(m.start(), m.end(), "clock", m), ctx) if m and m["ap"] else None
        if closing:
            date_value, anchor = closing.value[:closing.value.index("T")], closing.anchor
    if 17 <= hour < 24 and date_value == ctx.pub.isoformat() and not day_word and not g.get("today") \
            and "orning" in ctx.text[:300] and _MORNING_SHOW.search(ctx.text, 0, 300) and ctx.direction(c) < 0:
        date_value = (ctx.pub - dt.timedelta(days=1)).isoformat()  # a morning show's "the 11 p.m. advisory moved the track": last night's
    if hour == 24 and _RANGE_FROM.search(ctx.text, max(0, c.start - 9), c.start) and _RANGE_ON.match(ctx.text, c.end):
        value = f"{date_value}T00:00"  # "between midnight and 9 a.m.": the day's first hour, not its end
    elif hour == 24:
        value = f"{date_value}T24:00"
    else:
        value = f"{date_value}T{hour:02d}:{minute:02d}"
    mod = "APPROX" if g.get("approx") and _low(g["approx"]) in ("about", "around", "approximately", "roughly", "at about", "at around") else None
    return Norm("TIME", value, mod=mod, anchor=anchor)


def _told_past_day(c, ctx):
    """A story that leads with its next step ("stood down late Monday ... next try Thursday. The launch had been
    set for 10:41 p.m."): a past clock time with no day of its own takes the news's past day told just before
    (within 400 characters, and no more than two days back: not a background date), not publication."""
    pub = ctx.pub.isoformat()
    for x in reversed(ctx.out):  # the last day named before publication, not a report's ("police said Sunday")
        if x.type in ("DATE", "TIME") and _DAY_VALUE.match(x.value) and x.value[:10] < pub \
                and not _reported_on(ctx.text, x.start):
            if c.start - x.end > 400:
                return None
            day = dt.date.fromisoformat(x.value[:10])
            # (the clause's tense last: the costliest test)
            return (x.tid, day) if (ctx.pub - day).days <= 2 and ctx.direction(c) < 0 else None
    return None


# a past clause, or the future of a past story: "was restored by 11 p.m.", "said the evacuation would begin at
# 9 a.m.", "was to land at noon"
_NEXT_BULLETIN = re.compile(r"\b[Nn]ext\s+(?:full\s+|live\s+|regular\s+|scheduled\s+)?(?:update|advisory|bulletin|newscast|briefing|"
                            r"broadcast|forecast|edition)\b[^.;!?]*$")
_MORNING_SHOW = re.compile(r"\bGood morning\b")
_EVENING_SHOW = re.compile(r"\bGood evening\b")
_PAST_CLAUSE = re.compile(r"\b(?:would|was|were|had)\b[^.;!?]*$", re.I)

_DURATION_MODS = {
    "about": "APPROX", "around": "APPROX", "approximately": "APPROX", "roughly": "APPROX", "some": "APPROX",
    "nearly": "LESS_THAN", "almost": "LESS_THAN", "more than": "MORE_THAN", "over": "MORE_THAN",
    "just over": "MORE_THAN", "less than": "LESS_THAN", "fewer than": "LESS_THAN", "under": "LESS_THAN",
    "just under": "LESS_THAN", "at least": "EQUAL_OR_MORE", "no less than": "EQUAL_OR_MORE",
    "at most": "EQUAL_OR_LESS", "up to": "EQUAL_OR_LESS", "no more than": "EQUAL_OR_LESS",
    "not more than": "EQUAL_OR_LESS", "within": "EQUAL_OR_LESS", "no fewer than": "EQUAL_OR_MORE",
    "not less than": "EQUAL_OR_MORE", "well over": "MORE_THAN", "a little over": "MORE_THAN", "a little more than": "MORE_THAN",
    "upwards of": "MORE_THAN", "well under": "LESS_THAN", "a little under": "LESS_THAN", "a little less than": "LESS_THAN",
    "close to": "LESS_THAN", "as long as": "EQUAL_OR_LESS", "as many as": "EQUAL_OR_LESS", "an estimated": "APPROX",
}

_UNIT_TO_SHIFT = {"D": "D", "W": "W", "M": "M", "Y": "Y", "Q": "Q", "DE": "Y", "CE": "Y", "WE": "W", "2W": "W"}


_CLOCK_VALUE = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d")


_COMPARED = {"from", "than", "with", "over", "versus", "vs", "vs.", "against", "share"}


_REPORTING_IN = re.compile(r"\breport(?:s|ed|ing)?\b[^.;:!?]{0,40}?\b(?:results|earnings)\s+(?:in|on|by|from)\s+$", re.I)


def _reporting_date(text: str, start: int) -> bool:
    """ "begin reporting first-quarter results in mid-April": the date of a report, not a period compared."""
    return "eport" in text[max(0, start - 60):start] and bool(_REPORTING_IN.search(text, max(0, start - 60), start))


def _results_comparison(text: str, start: int) -> bool:
    """ "up from $10 million a year ago", "48 cents a share, a year earlier", "higher than a year ago": a
    quarter's results set against the same quarter a year before (not "the phone was expected a year ago")."""
    prev = _prev_word(text, start).lower()
    return prev in _COMPARED or prev in _AMOUNT_WORDS or prev[-1:].isdigit() or prev in ("cents", "pence")  # "or 95 cents, a year earlier"


# "A year earlier, net income was $2 million": a sentence opening on the comparison of a quarter's results
_RESULTS_AFTER = re.compile(r",?\s+(?:[a-z-]+\s+){0,3}?(?:income|profits?|earnings|revenues?|sales|loss(?:es)?|net)\b"
                            r"[^.;!?]{0,40}?[$£€\d]")


def _results_opener(text: str, c) -> bool:
    return _sentence_initial(text, c.start) and bool(_RESULTS_AFTER.match(text, c.end))


# after "N units earlier/later": a rate or a comparison, which makes it a shift's amount, no date
_SHIFT_AMOUNT_AFTER = re.compile(r"\s+(?:each|every|per|a)\s+(?:day|night|morning|evening|week|month|year|time)\b|\s+than\b", re.I)


def _n_ago(g, c, ctx):
    n_word = g.get("n")
    n = _number(n_word) if n_word else 0.25 if g.get("qtr") else None  # "a quarter of a century later"
    if n_word and n is None and _low(n_word) not in ("a few", "few", "several", "some", "many", "a couple of", "couple of", "a couple"):
        return None
    if _low(n_word) in ("a couple of", "couple of", "a couple"):
        n = 2.0
    if n is not None and (g.get("half") or "half" in (g.get("tail") or "")):
        n += 0.5  # "two and a half years ago", "a year and a half later"
    way = _low(g["dir"])
    code, clock = _unit_code(g["u"])
    if n is not None and n != int(n) and code in ("DE", "CE"):
        n, code = n * (10 if code == "DE" else 100), "Y"  # "half a century ago": 50 years, not six months
    mod = _DURATION_MODS.get(_low(g.get("mod")))
    if g.get("tail") and "or so" in g["tail"]:
        mod = "APPROX"
    if way in ("before", "after"):  # "two years after the war": a duration plus a signal
        return Norm("DURATION", _duration_value(n, g["u"]), mod=mod)
    if way in ("earlier", "later") and _SHIFT_AMOUNT_AFTER.match(ctx.text, c.end):
        # "go to bed 15 minutes earlier each night", "a week later than planned": the amount of a shift, no date
        c.end = c.m.end("tail") if g.get("tail") else c.m.end("u")
        return Norm("DURATION", _duration_value(n, g["u"]), mod=mod)
    # "more than two years ago", "less than two weeks ago", "about a year ago": the date of the stated
    # amount, with the amount's mod (MORE_THAN, LESS_THAN, APPROX), as TimeBank annotates them
    if n is None:  # "years ago", "several days later"
        if way in ("ago", "back"):
            return Norm("DATE", "PAST_REF", anchor="publication")
        return Norm("DURATION", _duration_value(None, g["u"]), mod=mod)
    sign = -1 if way in ("ago", "earlier", "before", "back") else 1
    if clock:
        hours = n * {"H": 1, "M": 1 / 60, "S": 1 / 3600}[code]
        if way in ("ago", "from now", "hence", "back"):
            base, tid = ctx.pub, None
        else:
            base, tid = ctx.anchor_date("D")
            clock_at = ctx.last[1] if ctx.last and _CLOCK_VALUE.fullmatch(ctx.last[1]) else None
            if not clock_at and ctx.last and ctx.last_clock and _DAY_VALUE.fullmatch(ctx.last[1]) \
                    and c.start - ctx.last_clock[1] < 200:  # "at 9:15 a.m. on Monday ... two hours later"
                clock_at = f"{ctx.last[1]}T{ctx.last_clock[0]}"
            if clock_at:  # "at 9 a.m. ... two hours later": a time of day
                at = dt.datetime.fromisoformat(clock_at) + dt.timedelta(hours=sign * hours)
                return Norm("TIME", at.isoformat(timespec="minutes"), mod=mod, anchor="expression")
        day = base + dt.timedelta(hours=sign * hours) if hours >= 24 else base
        return Norm("DATE", day.isoformat(), mod=mod, anchor="expression" if tid else "publication")
    unit = _UNIT_TO_SHIFT.get(code, "D")
    if n != int(n) and unit in ("Y", "W"):  # "two and a half years ago": 30 months ago
        small, factor = _SMALLER_UNIT[unit]
        unit, n = small, round(n * factor)
    amount = int(n) if n == int(n) else None
    if amount is None:
        return Norm("DURATION", _duration_value(n, g["u"]), mod=mod)
    if code == "DE":
        amount *= 10
    if code == "CE":
        amount *= 100
    if code == "2W":
        amount *= 2
    if way in ("ago", "from now", "hence", "back"):
        base, tid = ctx.pub, None
        # a results comparison, not "a decade ago", nor a sentence opening on it ("A year ago people thought ...")
        if code == "Y" and n == 1 and ctx.last_quarter and way == "ago" and (_results_comparison(ctx.text, c.start) \
                and not _sentence_initial(ctx.text, c.start) or _results_opener(ctx.text, c)):
            y, q = ctx.reporting_quarter().split("-")
            return Norm("DATE", f"{int(y) - 1}-{q}", mod=mod, anchor="publication")
    else:
        if code == "Y" and n == 1 and ctx.last_quarter \
                and not (ctx.last and _MONTH_VALUE.fullmatch(ctx.last[1]) and not _reporting_date(ctx.text, ctx.last_start)) \
                and (_results_comparison(ctx.text, c.start) or _results_opener(ctx.text, c)):
            y, q = (ctx.last_quarter if ctx.last and ctx.last_end > ctx.last_quarter_end  # a month came between:
                    and not _SENTENCE_END.search(ctx.text, ctx.last_quarter_end, c.start)  # the sentence's quarter
                    else ctx.reporting_quarter()).split("-")
            return Norm("DATE", f"{int(y) - 1}-{q}", mod=mod, anchor="publication")
        if way in ("later", "earlier") and ctx.last and ctx.text[ctx.last_end:c.start] == ", " \
                and (c.end == len(ctx.text) or ctx.text[c.end] in ".;,)"):
            # "its brand was revived in 2023, four years later": an apposition restating the date just named
            return Norm("DATE", ctx.last[1], mod=mod, anchor="expression")
        base, tid = ctx.anchor_date(unit)
        if way == "earlier" and code == "Y" and amount == 1 and tid and _MONTH_VALUE.match(ctx.last[1]) \
                and not _SENTENCE_END.search(ctx.text, ctx.last_end, c.start) \
                and not (_DAY_VALUE.fullmatch(ctx.last[1]) and _reported_on(ctx.text, ctx.last_start)):
            # (but "the company said Friday that nine-month earnings fell from a year earlier": the day of the
            # report is not the day compared)
            # "fell 6 percent in August from a year earlier": the same month (or day) of the year before
            # (not "began 12 years earlier": a year, at the unit's granularity)
            return Norm("DATE", f"{base.year - amount:04d}{ctx.last[1][4:10]}", mod=mod, anchor="expression")
        if tid is None and ctx.last:
            # anchor coarser than the unit: shift it at its own granularity
            found = N.value_start(ctx.last[1])
            if found and found[1] in ("Y", "M", "Q"):
                v = N.shift(found[0], found[1] if found[1] != "Q" or unit != "Y" else "Q", 0)
                if found[1] == "Y" and unit in ("Y", "DE", "CE"):
                    v = N.shift(found[0], "Y", sign * amount)
                elif found[1] == "M" and unit == "M":
                    v = N.shift(found[0], "M", sign * amount)
                elif found[1] == "M" and unit == "Y":
                    v = N.shift(found[0], "Y", sign * amount)
                elif found[1] == "Y" and unit in ("M", "W", "D") and ctx.last[1] != str(ctx.pub.year):
                    v = ctx.last[1]  # "seized in 2013 and released two months later": within that year, all we know
                else:
                    v = None
                if v:
                    return Norm("DATE", v, mod=mod, anchor="expression")
    v = N.shift(base, unit, sign * amount)
    if not v:
        return None
    day = (base + dt.timedelta(weeks=sign * amount)).isoformat() if tid and unit == "W" else None
    return Norm("DATE", v, mod=mod, anchor="expression" if tid else "publication", day=day)


def _n_duration(g, c, ctx):
    if g.get("dir") and _THAN.match(ctx.text, c.end):
        c.end = c.m.end("u")  # "two months later than planned": a comparative, the amount is the duration
    elif _low(g.get("dir")) == "on" and not _sentence_initial(ctx.text, c.start):
        c.end = c.m.end("u")  # "Five years on, ..." opens a sentence as "later" does; "12 hours on, 12 off" is shifts
    elif g.get("dir"):
        return _n_ago(g, c, ctx)
    if g.get("qtr"):  # "a quarter of a century", "a quarter of an hour"
        return Norm("DURATION", _duration_value(0.25, g["u"]), mod=_DURATION_MODS.get(_low(g.get("mod"))))
    n_low = _low(g["n"])
    if n_low in ("a", "an") and _low(g.get("extra")) in ("full", "whole", "entire") and _low(g["u"]) == "year" \
            and ctx.text.startswith("-", c.m.end("extra")) and _WORD_NEXT.match(ctx.text, c.end):
        # "a full-year forecast": the compound adjective names the year, as "first-half" names a half ("a" is the
        # noun's); the year just ended when written by March in a past clause, as "the full year"
        c.start = c.m.start("extra")
        return Norm("DATE", str(ctx.pub.year - (ctx.pub.month <= 3 and ctx.direction(c) < 0)), anchor="publication")
    n = 1.0 if n_low == "another" else _number(g["n"])  # "for another week": one more
    if n_low in ("one", "some") and _low(g["u"]) == "day" and not (g.get("mod") or g.get("det")) \
            and _prev_word(ctx.text, c.start).lower() in _MODALS:
        return Norm("DATE", "FUTURE_REF", anchor="publication")  # "will one day join": some day ahead
    if n is None and n_low not in ("a few", "few", "several", "some", "many", "a number of", "numerous", "dozens of", "hundreds of", "a couple of", "couple of", "a couple"):
        return None
    if n_low in ("a couple of", "couple of", "a couple"):
        n = 2.0
    per = _PER_UNIT.match(ctx.text, c.end)
    if per and n and n > 1 and not (g.get("mod") or g.get("det") or g.get("n2") or g.get("tail") or g.get("half")) \
            and _UNIT_RANK.get(_low(per["u"]), 0) > _UNIT_RANK.get(L.UNIT_FORMS.get(_low(g["u"]), _low(g["u"])), 9) \
            and not _SIGNAL_NEXT.match(ctx.text, per.end()):
        code, _ = _unit_code(g["u"])
        if (n, code, _low(per["u"])) in _ALL_THE_TIME:
            return None  # "24 hours a day, seven days a week": always, no time of its own
        c.end = per.end()  # "three days a week": a set, three of its days
        return Norm("SET", _SET_UNITS[_low(per["u"])], freq=f"{_fmt_number(n)}{code}")
    if g.get("tail") and "half" in g["tail"] or g.get("half"):
        n = (n or 0) + 0.5
    mod = _DURATION_MODS.get(_low(g.get("mod")))
    if _low(g.get("mod")) in ("over", "under") and g.get("det") or _over_after_verb(c):
        mod = None  # "over the past three years", "evolved over several years": a preposition, not "more than"
    if g.get("tail") and "or so" in g["tail"] or n_low in ("a couple of", "couple of", "a couple"):
        mod = mod or "APPROX"
    if g.get("tail") and g["tail"].endswith(("or more", "or longer")):
        mod = "EQUAL_OR_MORE"  # "20 years or more", as "at least 20 years"
    if g.get("n2") and mod is None:
        mod = None
    value = _duration_value(n, g["u"])
    return Norm("DURATION", value, mod=mod)


_THAN = re.compile(r"\s+than\b")
_MONTH_VALUE = re.compile(r"\d{4}-\d\d")  # "sales rose in August from a year earlier": that month's year-ago


def _minutes_record(text, start, end):
    """ "minutes" as a sitting's written record: after "meeting"/"board", or after "the"/a possessive and before
    "of|from" + a sitting within five words ("the minutes of its July meeting") or a verb of saying ("the minutes showed")."""
    prev = _prev_word(text, start)
    if prev.lower() in ("meeting", "board", "committee", "council", "cabinet"):
        return True
    if not (prev.lower() in ("the", "its", "their") or prev.endswith(("'s", "s'", "\u2019s"))):
        return False
    m = re.match(r"\s+(?:of|from)\s+([^.,;:!?]{1,50})", text[end:end + 60])
    if m:
        return any(w in L.MINUTES_RECORD_NOUNS or w.lower() in L.MINUTES_RECORD_NOUNS for w in m[1].split()[:5])
    nxt = text[end:end + 30].split()
    if nxt and nxt[0] in ("were", "was"):
        return len(nxt) > 1 and nxt[1] in ("released", "published")
    return bool(nxt) and nxt[0].strip(",") in L.MINUTES_RECORD_VERBS


def _n_duration_bare(g, c, ctx):
    if g.get("dir"):
        return _n_ago(g, c, ctx)
    det = _low(g.get("det"))
    u = _low(g["u"])
    if g.get("long"):
        return Norm("DURATION", _duration_value(None if u.endswith("s") else 1, u))
    if det in ("recent", "in recent") and u == "years":
        return Norm("DATE", "PAST_REF", anchor="publication")
    if u == "hour":  # "the past hour"
        return Norm("DURATION", "PT1H")
    if u == "fortnight":  # "the past fortnight"
        return Norm("DURATION", "P2W")
    return Norm("DURATION", _duration_value(None, g["u"]), mod="APPROX" if g.get("alt") else None)


# a rate's unit is longer than the amount's: "three days a week", not "ten years a day after"
_UNIT_RANK = {"second": 0, "minute": 1, "hour": 2, "day": 3, "night": 3, "week": 4, "weekend": 4, "fortnight": 5,
              "month": 6, "quarter": 7, "year": 8, "decade": 9, "century": 10}
_ALL_THE_TIME = {(24, "H", "day"), (7, "D", "week"), (365, "D", "year"), (12, "M", "year"), (52, "W", "year")}
_PER_UNIT = re.compile(r"\s+(?:a|an|per|each|every)\s+(?P<u>week|month|year|day)\b")


_SHARE_OF_SPAN = {"most", "much"}  # "spent most of the next decade": a span


def _span_before(text: str, start: int) -> bool:
    """ "over the next decade", "most of the next decade": the words before make a span of it."""
    prev = _prev_word(text, start).lower()
    return prev in ("over", "for", "during", "throughout", "within") \
        or prev == "of" and _prev_word(text, start - 3).lower() in _SHARE_OF_SPAN

_REL_SHIFT = {
    "last": -1, "past": -1, "this past": -1, "previous": -1, "preceding": -1, "prior": -1,
    "next": 1, "coming": 1, "this coming": 1, "following": 1, "upcoming": 1,
    "this": 0, "current": 0, "same": 0, "that": 0, "latest": -1, "very same": 0,  # latest: the last whole one
    "full": 0, "whole": 0, "entire": 0,
}
_ANAPHORIC_RELS = {"previous", "preceding", "prior", "following", "same", "that", "very same"}
_UNIT_OF = {"week": "W", "weekend": "WE", "month": "M", "year": "Y", "fiscal year": "Y", "decade": "DE",
            "century": "CE", "day": "D", "morning": "D", "afternoon": "D", "evening": "D", "night": "D"}


def _n_unit_shift(g, c, ctx):
    """ "the day before", "a week later": one unit from the previous date of the narrative."""
    unit = {"day": "D", "night": "D", "week": "W", "month": "M", "year": "Y"}[_low(g["u"])]
    if g.get("an") and g["det"].lower() != "the":
        return None
    base, tid = (ctx.pub, None) if g.get("an") else ctx.anchor_date(unit)
    sign = -1 if _low(g["dir"]) in ("before", "earlier") else 1
    if g.get("an"):
        sign *= 2  # "the year after next", "the week before last": two on, two back
    value = N.shift(base, unit, sign)
    if not value:
        return None
    value, kind = _with_day_part(value, g["u"])  # "the night before": a night
    return Norm(kind, value, anchor="expression" if tid else "publication")


_AGO_AFTER = re.compile(r"\s+(?:\d{1,4}|an?|[a-z]+)\s+(?:years?|months?|weeks?|days?|decades?|centuries)\s+ago\b", re.I)
# "the year ended March 31", "the year to March", "the week to Friday": a span ending then (not "the year ended with")
_YEAR_ENDED = re.compile(r"\s+(?:that\s+)?(?:(?:ended|ending|ends)\s+(?:on\s+|in\s+)?"
                         r"(?=\d|the\b|last\b|this\b|next\b|today\b|tomorrow\b|yesterday\b|" + _MONTH + "|" + _WD + r")"
                         r"|(?:to|through)\s+(?:end-)?(?:(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:" + _MONTH + ")|" + _WD + r"))")  # "to 31 March"
# "the week following last month's crash", "the week before the vote": a week dated by an event, not a date
_WEEK_OF_EVENT = re.compile(r"\s+(?:following|after|before|preceding)\s+(?!(?:next|last)\b(?!\s+[a-z])|(?:this|that|it|then)\b|\d|"
                            + _MONTH + "|" + _WD + "|" + _HOLIDAY + r")(?:the\s+|a\s+|an\s+|his\s+|her\s+|its\s+|their\s+)?[a-z]")
# "the first two months of the year", "the rest of the year": part of this year, not the one just ended
# a part of the year that has begun: "the rest of the year", "the first trading day of the year"
# and "the first baby of the year": the first of anything but a quarter or half (which may be last year's)
_PART_OF = re.compile(r"\b(?:months|weeks|rest|remainder|balance|(?:first|opening|start)(?:\s+[\w-]+){0,2}?\s+(?:days?|weeks?|"
                      r"months?|sessions?)|first\s+(?!quarter|half|period|three|six|nine)[a-z-]+)\s+of\s+$", re.I)


_ERA_VALUE = re.compile(r"\d{2,3}")  # a decade ("197") or a century ("19")


# "has grown in the last decade": a present perfect makes it the span up to now (but "lost ... in the last decade", 198)
_PERFECT_IN = re.compile(r"\b(?:has|have|'ve)\s[^.;:!?]{0,50}\bin\s+$", re.I)


# "the year began quietly", "the year got off to a bad start": the year under way, not the one just ended
_YEAR_BEGAN = re.compile(r"\s+(?:has\s+|had\s+)?(?:began|begun|started|opened|kicked\s+off|got\s+off|got\s+under\s*way)\b",
                         re.I)


def _just_before(ctx, end: int, c) -> bool:
    """Is ``end`` in this sentence or the previous one, close before ``c``?"""
    return 0 <= c.start - end <= 250 and len(_SENTENCE_END.findall(ctx.text, end, c.start)) <= 1


def _n_top_hour(g, c, ctx):  # "more at the top of the hour": a time of the broadcast day, hour unknown (as "this hour")
    return Norm("TIME", f"{ctx.pub.isoformat()}TXX")


def _n_rel_unit(g, c, ctx):
    det, rel = _low(g.get("det")), _low(g.get("rel"))
    u = re.sub(r"\s+", " ", _low(g["u"]))
    if u == "hour":  # a broadcast's "(later) this hour": a time of the publication day, hour unknown
        return Norm("TIME", f"{ctx.pub.isoformat()}TXX")
    if rel == "new" and u == "year":  # "the new year" of the news: the one whose start is nearest
        if ctx.is_history:
            return None  # a history's "new year" follows its narrative, which this rule does not track
        return Norm("DATE", str(ctx.pub.year + (ctx.pub.month > 2)), anchor="publication")
    unit = _UNIT_OF[u]
    if u == "century" and det == "the" and not rel and ctx.text.endswith("turn of ", max(0, c.start - 12), c.start) \
            and ctx.text[c.start - 12:c.start - 8].lower() == "the ":
        # "at the turn of the century": the century boundary nearest the story (a history's) or the present
        story = ctx.explicit and _YEAR_START.match(ctx.explicit[0]) and (ctx.is_history or _just_before(ctx, ctx.explicit[1], c))
        year = int(ctx.explicit[0][:4]) if story else ctx.pub.year
        c.start -= 12
        return Norm("DATE", str((year + 50) // 100 * 100), mod="APPROX", anchor="publication")
    if g.get("gone") and det == "the" and not rel:
        det, rel = "", "last"  # British "the weekend just gone", "the year just ended": the last one
    if g.get("todate") and det in ("the", "") and not rel:  # "(the) year to date": the publication's year (or month)
        return Norm("DATE", N.shift(ctx.pub, unit, 0), anchor="publication")
    if det == "that" and not rel:
        rel = "that"
    if unit in ("DE", "CE") and rel in ("that", "same", "very same") and ctx.last_era \
            and len(ctx.last_era[1]) == (3 if unit == "DE" else 2) and _just_before(ctx, ctx.last_era[2], c):
        return Norm("DATE", ctx.last_era[1], anchor="expression")  # "in the 1970s ... in that decade": the 1970s
    if unit in ("DE", "CE") and rel in ("next", "following", "previous", "preceding") and det == "the" and ctx.last_era \
            and re.fullmatch(r"\d{3}" if unit == "DE" else r"\d\d", ctx.last_era[1]) and _just_before(ctx, ctx.last_era[2], c) \
            and not (ctx.last and ctx.last_end > ctx.last_era[2]) and not _span_before(ctx.text, c.start):
        era = int(ctx.last_era[1]) + _REL_SHIFT[rel]  # "in the 1950s ... in the following decade": the 1960s
        return Norm("DATE", str(era).zfill(len(ctx.last_era[1])), anchor="expression")
    if g.get("ahead") and det == "the" and not rel and unit in ("W", "M", "Y"):
        rel = "next"  # "the week ahead": the coming one
    if det == "this":
        rel = "this " + rel if rel else "this"
    if det == "the" and not rel and unit in ("Y", "M") and not g.get("fisc") and ctx.explicit \
            and (ctx.is_history and c.start - ctx.explicit[1] <= _HISTORY_REACH or ctx.story_nearby(c)) \
            and not re.match(r"\s+(?:of|ended|ending)\b", ctx.text[c.end:c.end + 8]):
        rel = "same"  # a history's "by the end of the year", "in May 2011 ... by the end of the month": the story's
    if det == "the" and not rel and unit == "M" and c.mod and ctx.last and _MONTH_START.match(ctx.last[1]) \
            and ctx.last[1][:7] != ctx.pub.isoformat()[:7] and _just_before(ctx, ctx.last_end, c) \
            and (ctx.direction(c) < 0 or strong_past(ctx.text, c.start)):
        # "Protests began on Jan. 5. By the end of the month, 50 people had died": January's end; also
        # "... and dissipated by the end of the month", where "by" alone would look ahead
        return Norm("DATE", ctx.last[1][:7], anchor="expression")
    if det == "the" and rel in ("full", "whole", "entire") and u in ("year", "fiscal year") and _YEAR_ENDED.match(ctx.text, c.end):
        return Norm("DURATION", "P1Y")  # "the full year ended December 31, 2018": a span, as "the year ended"
    if det == "the" and not rel and ctx.text.find(" ago", c.end, c.end + 40) >= 0 and _AGO_AFTER.match(ctx.text, c.end):
        return None  # "the week 40 years ago this month when ...": the unit the "ago" date names, no date of its own
    if det in ("the",) and not rel:
        rel = "same" if u in ("day", "morning", "afternoon", "evening", "night") else "this"
        if u == "week" and _YEAR_ENDED.match(ctx.text, c.end):
            return Norm("DURATION", "P1W")  # "jobless claims in the week ended Sept. 24"
        if u == "week" and _WEEK_OF_EVENT.match(ctx.text, c.end):
            return Norm("DATE", f"{ctx.pub.year}-WXX", anchor="publication")  # "the week after the crash": not this one
        if u in ("year", "fiscal year"):
            # "the year ended March 31" and "throughout the year" are spans; "for the year" is this year
            prev = _prev_word(ctx.text, c.start).lower()
            if prev in ("throughout", "over", "all", "whole") or _YEAR_ENDED.match(ctx.text, c.end):
                return Norm("DURATION", "P1Y")
    if det == "the" and rel in ("past", "last", "next", "coming") and unit in ("W", "M", "Y", "DE", "CE") \
            and not (g.get("fisc") or u == "fiscal year"):  # "over the last financial year" names the year
        prev = _prev_word(ctx.text, c.start).lower()
        if (prev in ("over", "for", "during", "throughout", "within")
                and not (prev == "for" and _prev_word(ctx.text, c.start - 4).lower() in L.PLAN_NOUNS)) \
                or (prev == "of" and _prev_word(ctx.text, c.start - 3).lower() in _SHARE_OF_SPAN) \
                or (rel == "past" and unit in ("DE", "CE")) \
                or (rel == "last" and unit == "DE" and not ctx.text.startswith(" of ", c.end)
                    and _PERFECT_IN.search(ctx.text, max(0, c.start - 70), c.start)):
            # "over the past decade", "the third time in the past decade": the span up to now; but "his wish
            # for the coming year", "the outlook for the next year" name the year itself
            return Norm("DURATION", {"W": "P1W", "M": "P1M", "Y": "P1Y", "DE": "P10Y", "CE": "P100Y"}[unit])
    if det == "the" and rel in ("full", "whole", "entire") and unit == "Y" and not c.mod and ctx.fiscal_quarter \
            and ctx.last_quarter and ctx.last_quarter.endswith("Q4") and ctx.direction(c) < 0:
        # "the fourth quarter of fiscal 2008 ... For the full year, profit fell": the year that quarter closed
        return Norm("DATE", ctx.last_quarter[:4], anchor="expression")
    if det == "the" and rel == "past" and unit == "D":
        return Norm("DURATION", "P1D")  # "treated dozens of cases in the past day": the last 24 hours, not yesterday
    if det == "the" and rel in ("full", "whole", "entire") and unit == "Y" and not c.mod and ctx.fiscal_story:
        current = _fiscal_or_calendar_quarter(ctx)  # "its forecast for the full year" after "fiscal first quarter"
        if ctx.fiscal_year_end() and current != N.shift(ctx.pub, "Q", 0):  # a fiscal year with a named end: its label
            past = ctx.direction(c) < 0 and current.endswith("Q1")  # the year just closed, reported in its sequel's Q1
            return Norm("DATE", str(int(current[:4]) - past), anchor="publication")
    shift = _REL_SHIFT.get(rel, 0)
    if unit == "Y" and (rel in ("coming", "upcoming") or g.get("ahead")) and ctx.pub.month == 1 and ctx.pub.day <= 7:
        shift = 0  # "the coming year", "the year ahead" in the first days of January: the year just begun
    if det == "the" and rel in ("this", "full", "whole", "entire") and unit == "Y" and not c.mod and not g.get("fisc") \
            and ctx.pub.month <= 3 and ctx.direction(c) < 0 and not _PART_OF.search(ctx.text, max(0, c.start - 30), c.start) \
            and not _YEAR_BEGAN.match(ctx.text, c.end):
        shift = -1  # "sales for the full year rose", written by March: the year just ended
    if det == "the" and rel == "this" and unit in ("Y", "M") and c.mod in ("START", "END") and not g.get("fisc"):
        # "the deal closed at the end of the year" (written in March): last year's end; "will start
        # at the beginning of the month" (written on the 20th): next month's start
        pub = ctx.pub
        way = ctx.direction(c)
        deadline = _prev_word(ctx.text, c.start).lower() in ("before", "by", "until", "till")
        if c.mod == "END" and way < 0 and not deadline and (pub.month < 12 if unit == "Y" else pub.day < 20):
            shift = -1  # but "has promised a release before the end of the month" is this month's
        elif c.mod == "START" and way > 0 and (pub.month > 1 if unit == "Y" else pub.day > 10):
            shift = 1
    anaphoric = rel in _ANAPHORIC_RELS or (det == "the" and rel == "next")
    pod = u if u in ("morning", "afternoon", "evening", "night") else None
    tid = None
    if anaphoric:
        base, tid = ctx.anchor_date(unit if unit != "WE" else "W")
        if tid is None and unit == "M" and rel in ("that", "same") and ctx.explicit and _MONTH_VALUE.fullmatch(ctx.explicit[0]) \
                and _just_before(ctx, ctx.explicit[1], c):
            # "in March 2011, after ... the previous autumn. Later that month": the last month named, past the season
            return Norm("DATE", ctx.explicit[0], anchor="expression")
        if unit == "WE" and rel in ("following", "next") and base.isoweekday() <= 5:
            shift = 0  # "started on Monday, Aug. 2 ... by the following weekend": the weekend of that week
    else:
        base = ctx.pub
        if unit == "WE" and rel == "this" and det == "the" \
                and (story_day := ctx.narrative_day(c) or _weekday_story_day(c, ctx) or _story_day_before(c, ctx)):
            # "hit the valley on Tuesday, July 27. By the weekend, residents were back": that week's weekend, as a
            # bare weekday there continues the story's week
            return Norm("DATE", N.shift(story_day, "WE", 0), anchor="expression")
        if unit == "WE" and rel in ("this", "") and det == "the" and ctx.pub.isoweekday() < 6:
            way = ctx.direction(c)  # "the weekend": the one just past early in the week, else the coming one
            if way < 0 and ctx.pub.isoweekday() == 5 and _prev_word(ctx.text, c.start).lower() == "for":
                pass  # "lawmakers left for the weekend", written on a Friday: the one after the leaving, ahead
            elif way < 0 or (way == 0 and ctx.pub.isoweekday() <= 3):
                shift = -1
        if unit == "WE" and rel in ("this", "") and det == "the" and ctx.pub.isoweekday() == 7 and ctx.direction(c) > 0:
            shift = 1  # "will ease over the weekend", written on a Sunday: the weekend just ending is no longer ahead
        if unit == "WE" and det == "this" and rel == "this" and ctx.pub.isoweekday() <= 3 and ctx.direction(c) < 0:
            shift = -1  # "leaders met this weekend", written on a Monday: the weekend just past
        if unit in ("WE", "W") and rel in ("last", "past", "this past") and ctx.pub.isoweekday() >= 6:
            # on a Saturday or Sunday "this past week(end)" is the one now ending; "last weekend" the one before
            shift = 0 if rel == "this past" else -1 if unit == "WE" else shift
        if unit == "Y" and rel == "this past" and ctx.pub.month == 12:
            shift = 0  # "this past year" written in December: the year now ending
        if unit == "W" and ctx.pub.isoweekday() == 7 and rel == "this" and det != "the" and ctx.direction(c) >= 0:
            shift = 1  # written on a Sunday, "this week" (but for a past one) means the week ahead
        if unit == "WE" and ctx.pub.isoweekday() == 7 and rel == "this" and det == "the" and ctx.direction(c) > 0:
            shift = 1  # written on a Sunday, "will fly to Kolkata for the weekend": the one ahead, not today's
    if pod:
        if rel == "last" and u == "night":
            shift = -1
        elif rel in ("this", "") and not anaphoric:
            shift = 0
        day = base + dt.timedelta(days=shift)
        value, kind = _with_day_part(day.isoformat(), pod)
        return Norm(kind, value, anchor="expression" if tid else "publication")
    value = N.shift(base, unit, shift)
    if value is None:
        return None
    return Norm("DATE", value, anchor="expression" if tid else "publication")


_SET_UNITS = {"second": "PT1S", "minute": "PT1M", "hour": "PT1H", "day": "P1D", "night": "XXXX-XX-XXTNI", "week": "P1W",
              "weekend": "XXXX-WXX-WE", "fortnight": "P2W", "month": "P1M", "quarter": "P1Q", "year": "P1Y", "decade": "P10Y",
              "weekday": "XXXX-WXX-WD", "morning": "XXXX-XX-XXTMO", "afternoon": "XXXX-XX-XXTAF", "evening": "XXXX-XX-XXTEV"}
_SET_ADVERBS = {"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "yearly": "P1Y", "annually": "P1Y", "hourly": "PT1H",
                "nightly": "P1D", "quarterly": "P1Q", "biweekly": "P2W", "bimonthly": "P2M", "semiannually": "P6M",
                "semi-annually": "P6M", "biannually": "P6M", "fortnightly": "P2W",
                "bi-weekly": "P2W", "bi-monthly": "P2M", "biennially": "P2Y"}


def _n_set(g, c, ctx):
    if g.get("adv"):
        f2 = _low(g.get("f2"))
        times = {"once": 1, "twice": 2, "thrice": 3}.get(f2) or _number(f2.replace(" times", ""))
        return Norm("SET", _SET_ADVERBS[_low(g["adv"])], freq=f"{_fmt_number(times)}X" if times else None)
    if g.get("we"):
        return Norm("SET", "XXXX-WXX-WE" if _low(g["we"]) == "weekends" else "XXXX-WXX-WD")
    if g.get("f"):
        f = _low(g["f"])
        times = {"once": 1, "twice": 2, "thrice": 3}.get(f) or _number(f.replace(" times", ""))
        if times is None:  # "several times a day": a set with no count
            return Norm("SET", _SET_UNITS[_low(g["u2"])])
        return Norm("SET", _SET_UNITS[_low(g["u2"])], freq=f"{_fmt_number(times)}X")
    if g.get("f3"):  # "once every two years", "twice each month": the set with its count
        n = _n_set({**g, "f3": None}, c, ctx)
        return n and dataclasses.replace(n, freq={"once": "1X", "twice": "2X", "thrice": "3X"}[_low(g["f3"])])
    q = _low(g["q"])
    u = _low(g["u"])
    quant = q.upper() if q in ("every", "each") else None
    if _weekday_number(u):  # "every Monday", "every Monday morning"
        pod = L.PARTS_OF_DAY.get(_low(g.get("spod")))
        return Norm("SET", f"XXXX-WXX-{_weekday_number(u)}" + (f"T{pod}" if pod else ""), quant=quant)
    if g.get("spod"):
        return None
    if _month_number(u):
        return Norm("SET", f"XXXX-{_month_number(u):02d}", quant=quant)
    if u in L.SEASONS:
        return Norm("SET", f"XXXX-{L.SEASONS[u]}", quant=quant)
    other = _low(g.get("other"))
    value = "P1D" if u == "night" and other not in ("", "single") else _SET_UNITS.get(u)  # "every other night": P2D
    if other == "half":
        return Norm("SET", "PT30M", quant=quant) if u == "hour" else None  # "every half hour"
    if other in ("few", "several", "couple of") and value and value.startswith("P"):
        return Norm("SET", re.sub(r"\d+", "X", value, count=1), quant=quant)  # "every few weeks": PXW
    if "." in other and value:  # "every 1.3 seconds", "every 2.5 hours"
        return Norm("SET", _duration_value(float(other), u + "s"), quant=quant)
    if other and other != "single" and value and value.startswith("P"):
        k = 2 if other == "other" else int(_number(other) or 1)  # "every two weeks": P2W
        value = re.sub(r"\d+", lambda m: str(int(m[0]) * k), value, count=1)
    return Norm("SET", value, quant=quant) if value else None


_VAGUE = {
    "right now": "PRESENT_REF", "just now": "PAST_REF", "a moment ago": "PAST_REF", "a few moments ago": "PAST_REF",
    "moments ago": "PAST_REF", "a short time ago": "PAST_REF", "a short while ago": "PAST_REF", "a while ago": "PAST_REF",
    "a generation ago": "PAST_REF", "one generation ago": "PAST_REF", "generations ago": "PAST_REF", "now": "PRESENT_REF", "currently": "PRESENT_REF",
    "at present": "PRESENT_REF", "presently": "PRESENT_REF", "nowadays": "PRESENT_REF", "these days": "PRESENT_REF",
    "at the moment": "PRESENT_REF", "for the moment": "PRESENT_REF", "the present": "PRESENT_REF",
    "recently": "PAST_REF", "lately": "PAST_REF", "recent": "PAST_REF", "the past": "PAST_REF",
    "the future": "FUTURE_REF", "the near future": "FUTURE_REF", "the distant future": "FUTURE_REF",
    "the foreseeable future": "FUTURE_REF", "the near term": "FUTURE_REF", "the short term": "FUTURE_REF", "the medium term": "FUTURE_REF",
    "the long term": "FUTURE_REF", "the long run": "FUTURE_REF", "current": "PRESENT_REF", "the time being": "PRESENT_REF",
    "a later date": "FUTURE_REF", "a future date": "FUTURE_REF",
}


_THEN_BEFORE = re.compile(r"\bthen[\s-]$", re.I)


def _n_vague(g, c, ctx):
    v = re.sub(r"\s+", " ", _low(g["v"]))
    if v == "current" and _THEN_BEFORE.search(ctx.text, max(0, c.start - 5), c.start):
        return Norm("DATE", "PAST_REF", anchor="publication")  # "the then current price": the present of a past time
    return Norm("DATE", _VAGUE[v], anchor="publication")


_NORMALISERS: dict[str, Callable] = {name: globals()[f"_n_{name}"] for name, _ in _RULES}

# ---------------------------------------------------------------------------------------------
# Non-English: absolute dates through dateparser's locale data (month names), parsed by us.

_LOCALE_PATTERNS: dict[str, Optional[tuple[re.Pattern, dict[str, int]]]] = {}


_RELATIVE_KEY = re.compile(r"(?:(?P<n>[01]) (?P<u>day|week|month|year) ago|in (?P<m>1) (?P<v>day|week|month|year))$")


def _relative_pattern(info: dict):
    """today / yesterday / tomorrow / last week ... in a language, from dateparser's locale data."""
    phrases: dict[str, tuple[int, str]] = {}
    for key, words in (info.get("relative-type") or {}).items():
        m = _RELATIVE_KEY.match(key)
        if not m:
            continue
        shift = -int(m["n"]) if m["n"] else int(m["m"])
        unit = {"day": "D", "week": "W", "month": "M", "year": "Y"}[m["u"] or m["v"]]
        for w in words:
            if len(w) >= 3 and not re.search(r"\d|\[", w):
                phrases[w.lower()] = (shift, unit)
    for number, key in enumerate(("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"), 1):
        for w in info.get(key, []):
            if len(w) >= 4 and not w.endswith("."):
                phrases[w.lower()] = (number, "WD")  # a weekday: the latest one (news tells the past)
    if not phrases:
        return None
    alt = "|".join(re.escape(p).replace(r"\ ", r"\s{1,3}") for p in sorted(phrases, key=len, reverse=True))
    return re.compile(rf"(?<![\w])(?:{alt})(?![\w])", re.I), phrases


def _locale_pattern(language: str):
    if language in _LOCALE_PATTERNS:
        return _LOCALE_PATTERNS[language]
    result = None
    try:
        from dateparser.languages.loader import default_loader

        try:
            info = default_loader.get_locale(language).info
        except Exception:  # "pt-br" -> "pt"
            info = default_loader.get_locale(language.split("-")[0].split("_")[0]).info
        names: dict[str, int] = {}
        for i, key in enumerate(("january", "february", "march", "april", "may", "june", "july", "august",
                                 "september", "october", "november", "december"), start=1):
            for name in info.get(key, []):
                name = name.lower().strip(".")
                if len(name) >= 3 or not name.isascii():
                    names[name] = i
        if names:
            alt = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
            source = (
                rf"(?<![\w])(?:(?P<d>[0-3]?\d)(?:\.|º|er|ᵉʳ)?\s{{1,3}}(?:de\s{{1,3}}|del\s{{1,3}})?)?(?P<mon>{alt})\.?"
                rf"(?:\s{{1,3}}(?P<d2>[0-3]?\d)(?:,)?)?(?:,?\s{{1,3}}(?:de\s{{1,3}}|del\s{{1,3}}|of\s{{1,3}})?(?P<y>1\d{{3}}|20\d\d))?(?![\w])"
            )
            result = (re.compile(source, re.I), names, str(info.get("date_order", "DMY")).startswith("M"),
                      _relative_pattern(info))
    except Exception:  # unknown locale or dateparser unavailable: numeric dates only
        result = None
    _LOCALE_PATTERNS[language] = result
    return result


_CJK_DATE = re.compile(r"(?P<y>1\d{3}|20\d\d)\s?[年년]\s?(?P<m>1[0-2]|0?[1-9])\s?[月월](?:\s?(?P<d>3[01]|[12]\d|0?[1-9])\s?[日일])?")


def _foreign_candidates(text: str, language: str) -> list[tuple[int, int, str, str]]:
    found = []
    loc = _locale_pattern(language)
    if loc:
        pattern, names, _, relative = loc
        if relative:
            rel_pattern, phrases = relative
            for m in rel_pattern.finditer(text):
                word = m.group()
                key = re.sub(r"\s+", " ", word.lower())
                if key not in phrases:
                    continue
                if phrases[key][1] != "WD":
                    german_noun = word[:1].isupper() and language.startswith("de") and not _sentence_initial(text, m.start())
                    if " " not in key and german_noun:
                        continue  # German "Morgen" (morning) is not "morgen" (tomorrow)
                    if re.search(r"\b(?:la|el|der|die|das|am|le|il|lo|por|de)\s+$", text[max(0, m.start() - 5):m.start()], re.I):
                        continue  # "por la mañana" is a morning, not tomorrow
                found.append((m.start(), m.end(), "DATE", "~" + ",".join(map(str, phrases[key]))))
        for m in pattern.finditer(text):
            mo = names.get(m["mon"].lower().strip("."))
            d = m["d"] or m["d2"]
            if not mo or not (d or m["y"]):
                continue
            if d and m["y"]:
                v = _ymd(int(m["y"]), mo, int(d))
            elif m["y"]:
                v = f"{m['y']}-{mo:02d}"
            else:
                v = None  # day and month without a year: resolved later against the publication date
                v = f"--{mo:02d}-{int(d):02d}"
            end = m.end()
            if text[end - 1] == "." and len(m["mon"]) > 4 and not (m["d2"] or m["y"]):
                end -= 1  # "em 30 de outubro.": a sentence's full stop, not an abbreviation's
            if v:
                found.append((m.start(), end, "DATE", v))
    return found


# ---------------------------------------------------------------------------------------------
# Main entry


def _select(cands: list[Cand]) -> list[Cand]:
    """Longest candidates first; ties go to the earlier rule. Returns non-overlapping, sorted by start."""
    cands.sort(key=lambda c: (-(c.end - c.start), _RULE_ORDER.get(c.rule, 99), c.start))
    taken: list[tuple[int, int]] = []
    chosen = []

    for c in cands:
        i = bisect.bisect_left(taken, (c.start, c.end))
        if i > 0 and taken[i - 1][1] > c.start:
            continue
        if i < len(taken) and taken[i][0] < c.end:
            continue
        taken.insert(i, (c.start, c.end))
        chosen.append(c)
    chosen.sort(key=lambda c: c.start)
    return chosen


# Every expression contains a trigger: a digit or one of the words below. Each pattern only
# runs in small windows around its own triggers, which keeps the scan cheap.
# A holiday is found from its distinctive word, or from a phrase when all its words are common
# ("father", "good", "new"): those alone would open a window for nothing in most texts.
_HOLIDAY_TRIGGERS = (
    "christmas", "boxing day", "valentine", "valentine's", "valentines", "patrick's", "patricks", "independence day",
    "fourth of july", "july fourth", "halloween", "veterans", "armistice", "remembrance", "saints", "fools",
    "labour day", "may day", "bastille", "flag day", "juneteenth", "groundhog", "d-day", "thanksgiving", "easter",
    "good friday", "ash wednesday", "palm sunday", "pentecost", "memorial day", "labor day", "luther", "presidents",
    "presidents'", "columbus", "mother's day", "father's day", "holy week", "election day", "black friday",
    "cyber monday", "new year", "new year's", "new years", "canada day", "australia day", "anzac", "earth day",
    "inauguration day", "whit", "mardi gras", "shrove", "maundy", "holy saturday", "ascension day",
    "bonfire night", "fawkes", "hogmanay", "george's", "indigenous", "lunar new year", "chinese new year",
    "bank holiday",
    "mothering sunday", "epiphany", "the fourth",
)


def _trigger_table() -> dict[str, frozenset[str]]:
    table: dict[str, set[str]] = {}

    def add(words, *rules):
        for w in words:
            table.setdefault(w, set()).update(rules)

    # A rule is only triggered by words its every match contains, near enough for the window to
    # hold the match ("morning Monday" contains "morning", which opens pod_day; "Monday" need not).
    add(L.MONTHS, "mdy", "dmy", "month_year", "month", "day_range_start", "week_of", "week_of_dmy", "month_range_start")
    add(L.WEEKDAYS, "weekday", "nth_weekday")  # day-month dates with a weekday also contain the month
    add([w + "s" for w in L.WEEKDAYS if len(w) > 4], "weekday")  # "on Mondays"
    # a set always holds one of its own words (every, each, times, daily...), so units don't open it
    add(list(L.UNITS) + list(L.UNIT_FORMS), "duration", "rel_unit", "unit_shift")
    add(("seconds", "minutes", "hours", "days", "weeks", "months", "years", "decades", "centuries", "hour", "fortnight"), "duration_bare")
    add(("day-long", "week-long", "month-long", "year-long", "decade-long", "hour-long"), "duration_bare")
    add(("daylong", "weeklong", "monthlong", "yearlong", "decadelong", "hourlong"), "duration_bare")  # "a weeklong festival"
    add(("year", "midyear"), "year_ago")
    add(("month",), "day_of_month")
    add(("century", "centuries"), "century")
    add(L.SEASONS, "season")
    add(_HOLIDAY_TRIGGERS, "holiday")
    add(("today", "tonight", "yesterday", "tomorrow", "tmr", "tmrw"), "deictic")
    add(("now", "currently", "presently", "nowadays", "recent", "recently", "lately", "past", "future", "present",
         "moment", "moments", "ago", "term", "being", "current", "these", "later"), "vague")
    add(("morning", "afternoon", "evening", "overnight", "night"), "pod_alone")
    add(("morning", "afternoon", "evening", "night"), "pod_day")
    # weekday: "Thur. night" holds no weekday trigger ("Thur" is none)
    add(("morning", "mornings", "afternoon", "afternoons", "evening", "evenings", "night", "nights", "noon",
         "midnight", "midday", "overnight"), "weekday", "rel_unit", "clock")
    add(("o'clock", "half past", "quarter past", "quarter to") + tuple(_CLOCK_WORD[3:-1].split("|")), "clock_words")
    add(("daily", "weekly", "monthly", "yearly", "annually", "hourly", "nightly", "biweekly", "bimonthly",
         "semiannually", "annually", "biannually", "biennially", "fortnightly", "quarterly", "every", "each", "per", "once", "twice", "thrice",
         "times", "weekday", "weekends", "weekdays"), "set")
    add(("week",), "week_num")
    add(("top", "bottom"), "top_hour")
    add(("day",), "day_of")
    add(("quarter", "quarters"), "quarter", "quarter_ref", "qshort", "quarter_ellipsis")  # "... quarter and the next"
    add(("half", "two quarters"), "half", "quarter_ellipsis")  # "the first two quarters of 1990": the first half
    add(("first", "second", "third", "fourth"), "quarter_ellipsis")
    add(("fiscal", "fy"), "quarter", "rel_unit")  # "fiscal 2012" is a year for its digits
    add(("fy",), "fy")
    add(("period",), "quarter_ref")
    add(("nineteen", "thousand", "twenty"), "spoken_year", "season")
    add(_DECADE_WORDS, "decade")
    add(("q", "h"), "qshort", "hshort")
    return {w: frozenset(r) for w, r in table.items()}


_TRIGGERS = _trigger_table()


def _trigger_pattern(words, flags=0, after_non_letter=False) -> re.Pattern:
    """One regex finding trigger words and digit runs at the start of a word. The words form a
    prefix tree (``_trie``) behind a one-character test of their first letters, so the engine
    spends almost nothing at the many positions where no trigger can start.
    ``after_non_letter``: the match also takes the character before the trigger (see ``_trigger_spans``)."""
    ordered = sorted(words, key=len, reverse=True)
    firsts = "".join(sorted({re.escape(w[0]) for w in ordered}))
    tree = _trie(ordered).replace(" ", r"\s{1,3}")  # phrases: any spacing (and either apostrophe, see _trie)
    if after_non_letter:  # no lookarounds before the word: they cost the engine more than the word
        return re.compile(r"[^a-z](?:(?:" + tree + r")(?![^\W\d_])|[0-9]\d*)", flags)
    return re.compile(r"(?<![^\W\d_])(?=[" + firsts + r"0-9])(?:(?:" + tree + r")(?![^\W\d_])|\d+)", flags)


_TOKEN = _trigger_pattern(_TRIGGERS)
_TOKEN_ANY_CASE = _trigger_pattern(_TRIGGERS, re.I)
# For speed: a pattern starting with a plain character class lets the regex engine skip, in a
# tight loop, the letters (most of a text) where no word starts; ``_TOKEN`` starts with a
# lookbehind, which costs a full match attempt at every character.
_TOKEN_AFTER_NON_ASCII_LETTER = _trigger_pattern(_TRIGGERS, after_non_letter=True)
_LETTER = re.compile(r"[^\W\d_]")


def _trigger_spans(lowered: str):
    """The (start, end) of each ``_TOKEN`` match in the lower-cased text, as ``finditer`` finds
    them. A trigger starts the text, follows a non-letter (found with the faster
    ``_TOKEN_AFTER_NON_ASCII_LETTER``, which also takes that character; a non-ASCII one may
    still be a letter) or directly follows the previous trigger ("q3", "4q"), which
    ``_TOKEN.match`` tries at each trigger's end."""
    search, letter = _TOKEN_AFTER_NON_ASCII_LETTER.search, _LETTER.match
    m = _TOKEN.match(lowered, 0)
    if m is not None:
        yield m.span()
    # the next trigger starts after a non-letter, maybe the last character of this one ("4q")
    pos = m.end() - 1 if m is not None else 0
    while True:
        m = search(lowered, pos)
        if m is None:
            return
        s = m.start()
        if lowered[s] > "\x7f" and letter(lowered, s):
            pos = s + 1  # not a word start: search on from the next character
            continue
        yield s + 1, m.end()
        pos = m.end() - 1
_REACH = 36  # characters an expression may extend beyond its trigger, either way


_AM_PM = re.compile(r" ?[ap]\.?m\b", re.I)
_MILITARY_ZONE = re.compile(r" ?(?:Z\b|hrs\b|local time\b|" + _TZ + r"\b)")  # "0600 GMT", "2200 CEST"
_ERA_RANGE_AFTER = re.compile(_ERA_RANGE)
_ERA_AFTER = re.compile(r"\s?(?:BCE|BC|B\.C\.|AD|A\.D\.|CE)(?!\w)")
_ERA_BEFORE = re.compile(r"(?<!\w)(?:AD|A\.D\.)\s?$")
_DIGIT_RULE_SETS: dict[tuple, tuple[str, ...]] = {}


def _digit_rules(text: str, s: int, e: int, size: int) -> tuple[str, ...]:
    """The rules a run of digits can start: each needs its own shape (a 4-digit year, a day
    before '/', a decade's 's', an era, a clock hour), so most numbers open no window at all."""
    n = e - s
    nxt = text[e] if e < size else ""
    yearish = n == 4 and (text[s] == "1" or text.startswith(("20", "21"), s))
    era = n <= 4 and bool(_ERA_AFTER.match(text, e) or (s and _ERA_BEFORE.search(text, max(0, s - 6), s)))
    era_range = n <= 4 and bool(_ERA_RANGE_AFTER.match(text, e))
    # a clock hour: "10:30", "10.30", or (after at most one space) a.m./pm/o'clock/in the morning/at night
    after = text[e + 1] if nxt.isspace() and e + 1 < size else nxt
    clockish = (n <= 2 and (nxt in ":." or after in "apoiAPOI") and after != "") \
        or (n <= 2 and after == "t" and text.startswith(" tonight", e)) \
        or (n == 4 and text[s] in "012" and bool(_MILITARY_ZONE.match(text, e))) \
        or (n in (3, 4) and bool(_AM_PM.match(text, e)))  # "430pm", "1030 a.m."
    key = (min(n, 5), yearish, nxt, era, clockish, era_range)
    rules = _DIGIT_RULE_SETS.get(key)
    if rules is None:
        chosen = []
        if yearish:
            chosen.append("year")
            if nxt in "-/":
                chosen.append("iso")
            if nxt in "-–":
                chosen.append("year_range_end")
            if nxt in "-–/":
                chosen.append("split_year")
        if n <= 2 and nxt in "/.-":
            chosen.append("numeric")
        if n <= 2 and nxt in "snrt":
            chosen.append("day_alone")
        if nxt in "s'’" and n in (2, 4):
            chosen.append("decade")
        if n == 1 and nxt in "qQ":
            chosen.append("qshort")
        if clockish:
            chosen.append("clock")
        if era:
            chosen.append("bc_year")
        if era_range:
            chosen.append("bc_range_start")
        rules = _DIGIT_RULE_SETS[key] = tuple(chosen)
    return rules


# Rules whose unit trigger must follow a particular word: a duration's number ("three years",
# "a few more days"), a relative unit's determiner ("last year", "the fiscal year"), a day-shift's
# article ("the day before"). A unit after any other word opens no window for them.
_NUMBER_LAST_WORDS = (
    set(_ONES.split("|")) | set(_TEENS.split("|")) | set(_TENS.split("|"))
    | {"zero", "dozen", "hundred", "thousand", "few", "couple", "of", "several", "some", "many", "numerous", "an", "a", "half",
       "more", "additional", "extra", "full", "straight", "consecutive", "trading", "business", "working", "calendar", "long",
       "whole", "entire", "single", "another"}
)
_PREV_WORD_GATES = {
    "duration": _NUMBER_LAST_WORDS,
    "rel_unit": {"the", "a", "that", "this", "its", "their", "past", "coming", "last", "next", "previous", "preceding",
                 "prior", "following", "current", "same", "upcoming", "latest", "full", "whole", "entire", "fiscal",
                 "calendar", "financial", "new"},
    "unit_shift": {"the", "a"},
}
_GATED = frozenset(_PREV_WORD_GATES)


def _gate_by_previous_word(text: str, s: int, rules) -> tuple[str, ...]:
    before = text[max(0, s - 24):s].rstrip(" \t\n\r\f\v-–")
    if before[-1:].isdigit():
        prev = "0"
    else:
        prev = _last_letters(before).lower()
    return tuple(r for r in rules if r not in _GATED or (prev == "0" and r == "duration") or prev in _PREV_WORD_GATES[r]
                 or (r == "rel_unit" and _UNIT_TO_DATE.match(text, s)))  # "up 7.6% year to date"


_UNIT_TO_DATE = re.compile(r"(?i)(?:year|month)(?: to date|-to-date)\b")


# Rules that end at (or just after) their trigger need less room on the right: a relative unit
# ends with its unit ("last fiscal year": "fiscal" + 5), plus what the end checks look at.
_SHORT_RIGHT = {"rel_unit": 12}
# Rules that start at (or just before) their trigger need less room on the left: a month and a
# year start with the month, a month with a relative word before it ("this   coming" + spaces),
# a year with "calendar year", "the day before yesterday" with its first three words. Only for
# rules whose every trigger is that word (see ``_trigger_table``).
_SHORT_LEFT = {"month_year": 0, "month": 16, "year_ago": 4, "pod_day": 8, "week_num": 13, "year": 16, "deictic": 21,
               "quarter_ellipsis": 4}  # "the first" from "first", "quarter and the next" from "quarter"


def _trigger_info() -> dict[str, tuple[tuple[str, ...], bool, bool]]:
    """Per trigger word: its rules, whether some of them are gated by the previous word, and
    whether it is a phrase (whose own words trigger rules too)."""
    return {w: (tuple(sorted(r)), not r.isdisjoint(_GATED), not w.isalpha()) for w, r in _TRIGGERS.items()}


_TRIGGER_INFO = _trigger_info()


def _windows(text: str) -> dict[str, list[list[int]]]:
    """Per rule, merged text windows around its triggers."""
    size = len(text)
    windows: dict[str, list[list[int]]] = {}
    info = _TRIGGER_INFO
    reach, short_right, short_left = _REACH, _SHORT_RIGHT, _SHORT_LEFT

    def add(rules, s: int, e: int) -> None:
        near, far = s - reach if s > reach else 0, e + reach if e + reach < size else size
        for rule in rules:
            hi = min(size, e + short_right[rule]) if rule in short_right else far
            lo = max(0, s - short_left[rule]) if rule in short_left else near
            spans = windows.get(rule)
            if spans is None:
                windows[rule] = [[lo, hi]]
            elif lo <= spans[-1][1]:
                if hi > spans[-1][1]:
                    spans[-1][1] = hi
            else:
                spans.append([lo, hi])

    lowered = text.lower()
    same_length = len(lowered) == size  # a few characters change length when lowered
    spans = _trigger_spans(lowered) if same_length else (m.span() for m in _TOKEN_ANY_CASE.finditer(text))
    for s, e in spans:
        w = lowered[s:e] if same_length else text[s:e].lower()
        if w[0] <= "9":
            before = text[s - 1] if s else " "
            if before in "$£€#" or (e < size and text[e] == "%") or (before in ".," and s > 1 and text[s - 2].isdigit()) or e - s > 8:
                continue  # money, percentages, decimals, long numbers
            add(_digit_rules(text, s, e, size), s, e)
            continue
        entry = info.get(w) or info.get(" ".join(w.replace("’", "'").split()))
        if entry is None:
            continue
        rules, gated, phrase = entry
        if w == "the fourth" and text[s + 4] != "F":
            rules = ()  # "the Fourth" is a holiday only capitalised: "the fourth quarter" opens no holiday window
        if rules == ("clock_words",) and not phrase and not _HOUR_WORD_AFTER.match(text, e) \
                and not _HOUR_WORD_BEFORE.search(text, max(0, s - 8), s):
            continue  # "one of", "two years": a number word is an hour only beside o'clock, minutes, past, at
        if phrase:  # "May Day", "new year" also trigger what their own words trigger
            for sub in _WORD.finditer(text, s, e):
                sub_entry = info.get(sub.group().lower())
                if sub_entry:
                    sub_rules = _gate_by_previous_word(text, sub.start(), sub_entry[0]) if sub_entry[1] else sub_entry[0]
                    add(sub_rules, sub.start(), sub.end())
        add(_gate_by_previous_word(text, s, rules) if gated else rules, s, e)
    if "week" not in lowered:  # "the week of May 5": months open these windows, but no text without "week" has a match
        windows.pop("week_of", None)
        windows.pop("week_of_dmy", None)
    return windows


# what stands beside a number word ("ten") in every clock_words match it starts or ends ("ten o'clock",
# "ten thirty", "ten tonight", "half past ten", "tonight at ten")
_HOUR_WORD_AFTER = re.compile(r"\s{1,3}(?:o['’]clock|fifteen|thirty|forty|tonight)", re.I)
_HOUR_WORD_BEFORE = re.compile(r"(?:at|past|to)\s{1,3}$", re.I)


_HISTORY_RATIO = 8


_QUOTE_MARK = re.compile('["“]')
_QUOTE_TIME_PREP = frozenset({"on", "by", "until", "till", "since", "before", "after", "from", "through", "during", "in",
                              "at", "for"})


def _dated_in_quote(text: str, i: int, start: int, end: int) -> bool:
    """A date after a preposition of time inside a quote opened at ``i``: a capitalised one, as headlines write
    ('"Markets Tumble On Friday"'), or one with a number ('"Plan For March 2029"'); a title's lower-case "in" before
    a bare month is the title's ('"Seven Days in June"')."""
    if start <= i + 1:
        return False
    prep = _prev_word(text, start)
    return prep.lower() in _QUOTE_TIME_PREP and (prep[:1].isupper() or any(ch.isdigit() for ch in text[start:end]))


def _quoted_title(text: str, start: int, end: int) -> bool:
    """Inside a quoted span of two or more words in Title Case, not ending as speech does (",", "?", "!", or a full
    stop after a lower-case letter), not after a preposition of time ('on "Black Friday"'), in a sentence of
    lower-case prose: a title ('"Midnight Cowboy" won best picture', '"The Hunt for Red October" was filmed')."""
    lo = max(0, start - 60)
    i = max(text.rfind('"', lo, start), text.rfind("“", lo, start))
    if i < 0:
        return False
    ends = [j for j in (text.find('"', end, end + 60), text.find("”", end, end + 60)) if j >= 0]
    if not ends:
        return False
    j = min(ends)
    inner = text[i + 1:j]
    if " " not in inner.strip() or "\n" in inner or not inner[:1].isupper() or _LOWER_WORD.search(inner) \
            or inner[-1:] in (",", "?", "!") or inner.endswith(".") and inner[-2:-1].islower():
        return False
    if _prev_word(text, i).lower() in _QUOTE_TIME_PREP or _dated_in_quote(text, i, start, end) or not _quoted(text, start):
        return False  # (a date after a preposition inside the quote is a date: '"Markets Tumble On Friday"')
    return _lower_case_sentence(text, i, j + 1)


def _performed_title(text: str, start: int, end: int) -> bool:
    """Inside a quoted Title Case span right after a verb of performing: 'played "Fourth of July"'."""
    lo = max(0, start - 60)
    i = max(text.rfind('"', lo, start), text.rfind("“", lo, start))
    return i >= 0 and _prev_word(text, i).lower() in _PERFORMING_VERBS and text[i + 1:i + 2].isupper() \
        and not _dated_in_quote(text, i, start, end) and _title_case_quote(text, start, end)


def _title_case_quote(text: str, start: int, end: int) -> bool:
    """Is start..end inside a short double-quoted span with no lower-case word of prose: a quoted title ("Four
    Months, 3 Weeks and 2 Days", "Ten Years Gone")? Quoted speech has lower-case words."""
    lo = max(0, start - 60)
    i = max(text.rfind('"', lo, start), text.rfind("“", lo, start))
    if i < 0 or not _quoted(text, start):
        return False
    ends = [j for j in (text.find('"', end, end + 60), text.find("”", end, end + 60)) if j >= 0]
    if not ends:
        return False
    inner = text[i + 1:min(ends)]
    return "\n" not in inner and not _LOWER_WORD.search(inner)


_PROVERB_DAY = re.compile(r"\bRome (?:wasn['’]t|was not|isn['’]t|is not) built in a day\b")
_CLOCK_POINT_NEXT = re.compile(r"\s(?:warning|mark|drill)\b")


def _quoted(text: str, pos: int) -> bool:
    """Is ``pos`` inside a quotation in its paragraph ("It is us today. It will be you tomorrow.")?"""
    lo = max(0, pos - 1000)  # a bounded look back, whatever the length of the paragraph
    before = text[text.rfind("\n", lo, pos) + 1 or lo:pos]
    return before.count('"') % 2 == 1 or before.count("“") > before.count("”")


def _is_history_text(text: str, chosen: list[Cand], published: dt.date) -> bool:
    """A text telling a past story (a history article) rather than news: several old years, no
    weekdays and no today/yesterday/tomorrow. Its month names then belong to the story's years."""
    old_years = sum(1 for c in chosen if c.rule in ("year", "mdy", "dmy", "month_year")
                    and "y" in c.m.re.groupindex and c.m["y"] and c.m["y"].isdigit() and published.year - int(c.m["y"]) >= 2)
    if old_years < 3:
        return False  # (news: no need to look for quotations around its weekdays)
    deictic = sum(1 for c in chosen if c.rule in ("weekday", "deictic", "pod_day") and not _quoted(text, c.start))
    return old_years >= 3 and deictic * _HISTORY_RATIO < old_years  # a stray "today" in a long history


_ASIDE_GAP = 30  # years


def _asides(chosen: list[Cand]) -> list[Cand]:
    """Years a history mentions in passing, decades after the story around them ("documents found in 2004
    proved ..." in a story of 1920): they do not move the story's year."""
    dated = [(c, int(c.m["y"])) for c in chosen if c.rule in ("year", "mdy", "dmy", "month_year")
             and (c.g.get("y") or "").isdigit() and len(c.m["y"]) == 4]
    return [c for (_, before), (c, year), (_, after) in zip(dated, dated[1:], dated[2:])
            if c.rule == "year" and year - before > _ASIDE_GAP and year - after > _ASIDE_GAP]


def _tag_english(text: str, published: dt.date) -> list[TimeExpression]:
    cands = []
    size = len(text)
    windows = _windows(text)
    for name, pattern, after_boundary in _RULE_SCANS:
        for lo, hi in windows.get(name, ()):
            for m in _rule_matches(pattern, after_boundary, text, lo, hi):
                if m.end() > m.start() and (m.end() < hi or hi == size):
                    cands.append(Cand(m.start(), m.end(), name, m))
    cands = [c for c in cands if _vet(text, c)]
    for c in cands:
        _trim(c)
    chosen = _select(cands)
    ctx = Context(text, published)
    has_lines = "\n" in text
    ctx.is_history = _is_history_text(text, chosen, published)
    asides = _asides(chosen) if ctx.is_history else ()
    out: list[TimeExpression] = []
    ctx.out = out
    floor = 0
    for c in chosen:
        _fold_left_modifier(text, c, floor)
        try:
            norm = _NORMALISERS[c.rule](c.g, c, ctx)
        except (ValueError, KeyError, IndexError, TypeError, OverflowError, AttributeError):
            norm = None  # an impossible date or an odd form: skip this expression, keep the others
        if norm is None or not norm.value:
            continue
        if norm.type == "DURATION" and text.startswith(" since", c.end) and _SINCE_ADVERB.match(text, c.end) \
                and text[c.start:c.start + 4].lower() == "the ":
            c.end += 6  # "for most of the three decades since.": "since" stands for "since then"
        floor = c.end
        tid = f"t{len(out) + 1}"
        mod = norm.mod or c.mod
        if c.mod and norm.type == "DURATION" and c.mod != "APPROX":
            mod = norm.mod
        anchor_tid = None
        if norm.anchor == "expression" and ctx.last:
            anchor_tid = ctx.last[0]
        out.append(trusted(TimeExpression, {
            "tid": tid, "text": text[c.start:c.end], "start": c.start, "end": c.end, "type": norm.type,
            "value": norm.value, "mod": mod, "granularity": N.granularity(norm.type, norm.value),
            "anchor": norm.anchor, "anchor_tid": anchor_tid, "quant": norm.quant, "freq": norm.freq,
        }))
        if norm.type == "TIME" and _CLOCK_VALUE.match(norm.value):
            ctx.last_clock = (norm.value[-5:], c.end)
        if norm.type == "DATE" and _ERA_VALUE.fullmatch(norm.value):
            ctx.last_era = (tid, norm.value, c.end)
        if norm.type == "DATE" and len(norm.value) == 10 and _DAY_VALUE.fullmatch(norm.value):
            if has_lines and _alone_on_line(text, c.start, c.end):
                ctx.heading_days[text.rfind("\n", 0, c.start) + 1] = norm.value  # a heading: its entries' times are its day's
                if 0 < (dt.date.fromisoformat(norm.value) - ctx.pub).days <= 7 and _ENTRY_STAMP.search(text, 0, c.start):
                    # a live blog's date heading after the publication day's stamped entries ("Friday 8 May"): its
                    # entries are that day's, as after a weekday heading ("Update, Thursday:")
                    ctx.pub, ctx.lead_day = dt.date.fromisoformat(norm.value), None
            if c.rule in ("mdy", "dmy") and _WEEKDAY_NAMED.match(text, c.start):  # "Monday 19 September"
                ctx.named_weekdays[dt.date.fromisoformat(norm.value).isoweekday()] = dt.date.fromisoformat(norm.value)
        if norm.value == "PRESENT_REF":
            ctx.present_end = c.end
        elif norm.anchor == "publication" and norm.type == "DATE" and _YEAR_START.match(norm.value) \
                and int(norm.value[:4]) >= published.year - 1 and _BACK_TO_PRESENT.fullmatch(text, c.start, c.end) \
                and not _quoted(text, c.start):
            ctx.back_to_present = c.end
        if norm.type in ("DATE", "TIME") and _YEAR_START.match(norm.value) \
                and not (text.find("than", max(0, c.start - 30), c.start) >= 0 and _THAN_BEFORE.search(text, max(0, c.start - 30), c.start)):
            ago = len(out) > 1 and _ago_this_value(out[-2], out[-1], text, published)
            if ago:  # "Twenty years ago today": the story goes on from that day, not from today
                tid, norm.value = out[-2].tid, ago
            ctx.last, ctx.last_end = (tid, norm.value), c.end
            if len(norm.value) == 8 and norm.value[5] == "W":  # "2017-W16"
                ctx.last_week = (norm.value, c.end)
            ctx.last_anchored = norm.anchor == "expression"
            ctx.last_said = _reported_on(text, c.start) and not text.startswith(("'s", "’s"), c.end)  # not "said this week's heat"
            if _DAY_VALUE.match(norm.value):
                ctx.last_day = (tid, norm.value, c.end)
                if not ctx.last_said:
                    ctx.event_day = ctx.last_day
                    if ctx.lead_day is None and not _NAMED_DAY_NOUN.match(text, c.end):  # (not "the Sept. 11 attacks")
                        day = dt.date.fromisoformat(norm.value[:10])
                        ctx.lead_day = (tid, day) if day <= ctx.pub else ("", ctx.pub)
            elif norm.day:
                ctx.last_day = (tid, norm.day, c.end)
            ctx.last_start = c.start
            if (c.rule in ("quarter", "qshort") or _names_quarter(c)) and re.fullmatch(r"\d{4}-Q[1-4]", norm.value):
                ctx.last_quarter = norm.value
                ctx.last_quarter_end = c.end
                ctx.quarter_ahead = tense_direction(text, c.start, c.end) > 0
                if not ctx.quarter_ahead:
                    ctx.past_quarter = norm.value
                ctx.fiscal_quarter = "fiscal" in text[c.start:c.end].lower()
                ctx.fiscal_story |= ctx.fiscal_quarter
                ctx.quarters_seen.add(norm.value)
            if norm.anchor == "none" and norm.type == "DATE" and not _NAMED_DAY_NOUN.match(text, c.end):  # not "the Sept. 11 attacks"
                # "the largest battle since 1813", "since its launch in 2003": a span reaching the
                # story's present, which stays where it was (and is still being told)
                if not _SINCE.search(text, max(0, c.start - 40), c.start) and c not in asides:
                    ctx.explicit = (norm.value, c.end)
                elif ctx.explicit:
                    ctx.explicit = (ctx.explicit[0], c.end)
            elif ctx.is_history and norm.anchor == "expression" and ctx.explicit and _MONTH_START.match(norm.value):
                ctx.explicit = (norm.value, c.end)  # a story's "On May 24 ... on May 29": the story goes on
            if norm.anchor == "none" and re.match(r"\d{4}-[01]\d", norm.value):  # an explicit month or day
                ctx.explicit_month = (int(norm.value[:4]), c.end, bool(re.match(r"\d{4}-\d\d-\d\d", norm.value)))
    _date_clock_times(text, out)
    _order_ranges(text, out, published)
    _second_days(text, out)
    _ago_this(text, out, published)
    _compound_durations(text, out)
    _day_then_clock(text, out)
    _shared_set_part(text, out)
    _yearly_days(text, out)
    _overnight_ranges(text, out)
    _generic_ranges(text, out)
    if ctx.season_seen:
        _season_then_offset(text, out)
    _year_then_month(text, out)
    if "iscal" in text:
        _fiscal_year_anaphora(text, out)
    if "\n" in text:
        _headline_weekdays(text, out)
        if "Quarter" in text[:_HEADLINE_MAX + 4]:
            _headline_quarter(text, out)
    if _names_an_event_start(text):
        out = _event_start_clocks(text, out, published)
    return out


# a date named as the standard of a comparison ("lost more ice in four weeks than in the whole of 1985"): the story
# does not move to it
_THAN_BEFORE = re.compile(r"\bthan\s+(?:in\s+|during\s+|on\s+)?(?:(?:the\s+)?(?:whole|all|rest)\s+of\s+)?$", re.I)


def _names_an_event_start(text: str) -> bool:
    """Is there an hour after "at"/"for" with a word that starts a game or show ("kickoff", "doors") shortly
    before it? A cheap test: the case-blind regex of _event_start_clocks would try every position of every text."""
    for m in _AT_AN_HOUR.finditer(text):
        before = text[max(0, m.start() - 80):m.start()].lower()
        if _EVENT_START_WORD.search(before):
            return True
    return False


_AT_AN_HOUR = re.compile(r" (?:at|for) [1-9]")
_EVENT_START_WORD = re.compile("|".join(re.escape(w) for w in L.EVENT_START_WORDS))  # any of them, anywhere in the lowered text


_LATER_MERIDIEM = re.compile(r"\b(1[0-2]|0?[1-9])(?::[0-5]\d)? ?([ap])\.?m\b", re.I)
_EVENT_START_CLOCK = re.compile(
    r"\b(?:" + "|".join(re.escape(w) for w in sorted(L.EVENT_START_WORDS, key=len, reverse=True)) + r")"
    r"(?: (?:is|are|was|will be|set|scheduled|slated|again|for|open|now))* (?:at|for) (?P<h>1[0-2]|[1-9])(?::(?P<mi>[0-5]\d))?"
    r"(?=[.,;:!?)]|\s*$|\s(?:and|but|with|on|at|in|sharp)\b(?! the (?:morning|afternoon|evening)))", re.I)


def _event_start_clocks(text: str, out: list[TimeExpression], published: dt.date) -> list[TimeExpression]:
    """ "Kickoff is at 7", "Doors open at 6:30": a bare hour for the start of a game or show is the evening's
    (1 to 9: 19:00, 18:30; 10 to 12 as written), or the morning's before a later a.m. start in its sentence, on
    that start's day or else the last day named before it (any day's in a listing)."""
    added = False
    for m in _EVENT_START_CLOCK.finditer(text):
        s, e = m.start("h"), m.end()
        hour, minute = int(m["h"]), int(m["mi"] or 0)
        later = next((x for x in out if e <= x.start <= e + 120 and x.type == "TIME"), None)
        later_ap = _LATER_MERIDIEM.search(later.text) if later else None
        if later_ap and later_ap[2].lower() == "a" and hour % 12 <= int(later_ap[1]) % 12:
            pass  # "Doors open at 7 and the sale starts at 8 a.m.": the morning's
        elif hour <= 9:
            hour += 12
        same = next((x for x in out if x.start == s), None)
        if same is not None:
            if same.type == "TIME" and same.end == e and re.search(r"T0\d:", same.value):
                same.value = same.value[:-5] + f"{hour:02d}:{minute:02d}"  # the 24-hour reading of "6:30"
            continue
        if any(x.start < e and s < x.end for x in out):
            continue
        day, anchor = published.isoformat(), "publication"
        same_day_start = later and later_ap and not _SENTENCE_END.search(text, e, later.start) \
            and re.match(r"\d{4}-\d\d-\d\d", later.value)
        if same_day_start:  # "Doors open at 5 and the sale starts at 6 a.m. Friday": the day of that start
            day, anchor = later.value[:10], "expression"
        for x in (() if same_day_start else reversed(out)):
            if x.end <= s and s - x.end <= 300 and re.match(r"(?:\d{4}|XXXX)-(?:\d\d|XX)-(?:\d\d|XX)", x.value):
                day, anchor = x.value[:10], "expression"
                break
            if x.end <= s:
                break
        value = f"{day}T{hour:02d}:{minute:02d}"
        out.append(TimeExpression(tid="", text=text[s:e], start=s, end=e, type="TIME", value=value,
                                  granularity=N.granularity("TIME", value), anchor=anchor))
        added = True
    if not added:
        return out
    out.sort(key=lambda x: x.start)
    new_tids = {x.tid: f"t{i}" for i, x in enumerate(out, 1) if x.tid}
    for i, x in enumerate(out, 1):
        x.tid = f"t{i}"
        if x.anchor_tid:
            x.anchor_tid = new_tids.get(x.anchor_tid)
    return out


# Title Case headlines drop the article: "Stocks Slip as Quarter Ends", "Stocks Cap Best Quarter Since 2009"
_HEADLINE_QUARTER = re.compile(r"\b(?:as|As|Best|Worst|Strongest|Weakest|Biggest|Record|Tough|Rough|Strong|Weak) (Quarter)\b"
                               r"(?! (?:of|Point|Pounder|Horse|Mile|Century)\b)")


def _headline_quarter(text: str, out: list) -> None:
    """A headline's bare "Quarter" is the first quarter its story names ("... before the end of the second quarter")."""
    first = len(text) - len(text.lstrip())  # (a story may open on a blank line)
    cut = text.find("\n", first)
    headline = text[first:cut].rstrip()
    if not headline or cut - first > _HEADLINE_MAX or headline[-1] in ".!?:;" \
            or _lower_case_sentence(text, first, first + len(headline)):
        return
    m = _HEADLINE_QUARTER.search(text, first, first + len(headline))
    body = next((x for x in out if x.start > cut and x.type == "DATE" and _QUARTER_VALUE.fullmatch(x.value)), None)
    if not m or body is None or any(x.start < m.end(1) and m.start(1) < x.end for x in out):
        return
    new = trusted(TimeExpression, {
        "tid": "", "text": m[1], "start": m.start(1), "end": m.end(1), "type": "DATE", "value": body.value, "mod": None,
        "granularity": N.granularity("DATE", body.value), "anchor": "expression", "anchor_tid": body.tid,
        "quant": None, "freq": None})
    at = next((i for i, x in enumerate(out) if x.start > new.start), len(out))
    out.insert(at, new)
    renamed = {x.tid: f"t{i + 1}" for i, x in enumerate(out)}
    for i, x in enumerate(out):
        out[i] = trusted(TimeExpression, {**x.__dict__, "tid": renamed[x.tid],
                                          "anchor_tid": renamed.get(x.anchor_tid) if x.anchor_tid else None})


_WOULD_BETWEEN = re.compile(r"\bwould(?:n['’]t)?\b")
_HEADLINE_MAX = 160


def _headline_weekdays(text: str, out: list[TimeExpression]) -> None:
    """A headline's bare weekday is the day its story names with the same word: "Thousands march in Tel Aviv
    Saturday" over "marched on Saturday night" (a headline's present tells past and coming events alike)."""
    cut = text.find("\n")
    headline = text[:cut].rstrip()
    if not headline or cut > _HEADLINE_MAX or headline[-1] in ".!?:;":
        return  # not a headline: a first sentence or a line of copy
    for i, x in enumerate(out):
        if x.start >= cut:
            break
        word = x.text.lower()
        if x.type != "DATE" or word not in L.WEEKDAYS or not _DAY_VALUE.fullmatch(x.value):
            continue
        body = next((y for y in out if y.start > cut and y.text.lower().split(" ")[0] == word
                     and _DAY_VALUE.match(y.value)), None)
        if body is not None and body.value[:10] != x.value:
            out[i] = x.model_copy(update={"value": body.value[:10]}) if hasattr(x, "model_copy") else x


_YEAR_START = re.compile(r"\d{4}")
_SINCE_ADVERB = re.compile(r" since[,.;:]")
_BACK_TO_PRESENT = re.compile(r"(?:(?:[Ll]ast|[Tt]his) (?:year|month|week)|[Yy]esterday|(?:\w+ ){1,2}ago)")  # a story back at its present
_DAY_VALUE = re.compile(r"\d{4}-\d\d-\d\d")
_MONTH_START = re.compile(r"\d{4}-[01]\d")
_CLOCK_PARTS = re.compile(r"(\d{4}-\d\d-\d\d)(T\d\d:\d\d)$")
# a clock time that says its half of the day ("8 a.m.", "8pm", "noon", "0830"), unlike "7:30", "half past eight"
_MERIDIEM_SAID = re.compile(r"\d\s?[ap]\.?m\b|noon|midnight|midday|\d{4}", re.I)
_DAY_OR_PART_OF_DAY = re.compile(r"\d{4}-\d\d-\d\d(?:T(?:MO|AF|EV|NI))?")  # "at 7:15 on Monday morning": that day's
_CLOCK_TO_DAY = re.compile(r"\s*(?:\(?[A-Z]{2,4}\)?\s*)?(?:\(\d{1,2}:?\d\d\s?[A-Z]{2,4}\)\s*)?(?:(?:local|[A-Z][a-z]+(?: [A-Z][a-z]+)?) time\s*)?(?:or (?:earlier|later|so)\s+)?(?:on\s+|,\s*)?(?:the\s+)?$")


def _date_clock_times(text: str, out: list[TimeExpression]) -> None:
    """ "at 8 p.m. local time on Thursday", "at 8 p.m. or earlier on Thursday": the clock time happens on the day
    named just after it, and so does a bare clock time joined to it: "from 9 a.m. to 2 p.m. on Tuesday", "began at 1:27 p.m. and ended
    at 3:35 p.m. on April 8", "from 6 a.m. until 1 p.m. Tuesday"; not "at 9 a.m. and left at 5 p.m. the next day"."""
    dated: dict[str, Optional[str]] = {}  # clock dated by the day after it -> what that day counts from
    for clock, day in zip(out, out[1:]):
        m = _CLOCK_PARTS.match(clock.value)
        if clock.type != "TIME" or not m or not _DAY_OR_PART_OF_DAY.fullmatch(day.value):
            continue
        if day.start - clock.end > 30 or not _CLOCK_TO_DAY.match(text, clock.end, day.start):
            continue
        if _CLOCK_TO_DAY.match(text, clock.end, day.start).end() != day.start:
            continue
        hour = int(m[2][1:3])
        if hour < 12 and not _MERIDIEM_SAID.search(clock.text) and (day.value.endswith(("TAF", "TEV")) or day.value.endswith("TNI") and hour >= 6):
            clock.value = f"{day.value[:10]}T{hour + 12}{m[2][3:]}"  # "at 7:30 on Friday evening"
        else:
            clock.value = day.value[:10] + m[2]
        clock.anchor, clock.anchor_tid = "expression", day.tid
        dated[clock.tid] = day.anchor_tid
    for first, clock in zip(out, out[1:]):
        if first.type == "TIME" == clock.type and _CLOCK_PARTS.match(first.value) and _CLOCK_PARTS.match(clock.value) \
                and (clock.tid in dated or not _BARE_CLOCK.fullmatch(clock.text)) \
                and (_BARE_CLOCK.fullmatch(first.text) or first.text.lower() == "noon" or first.value.endswith("T00:00")) \
                and dated.get(clock.tid) not in (first.tid, clock.tid) \
                and _CLOCK_LINK.fullmatch(text, first.end, clock.start):
            first.value = clock.value[:10] + first.value[10:]
            first.anchor, first.anchor_tid = clock.anchor, clock.anchor_tid


# "to", "and", "or", "and again at", "and a second tremor followed at" between two clock times of one day
_CLOCK_LINK = re.compile(r"\s*(?:-|–|to|through|until|till|(?:and|or)(?:\s+[a-z]+){0,4}?(?:\s+at)?)\s*")

_MONTH_DAY = re.compile(r"(?:" + _MONTH + r")\.? \d{1,2}", re.I)  # "June 1", "Nov. 30"
_RANGE_START = re.compile(r"\b(?:from|between)\s+$", re.I)
_RANGE_LINK = re.compile(r"\s*(?:to|through|thru|until|till|and|-|–)\s*")


def _order_ranges(text: str, out: list[TimeExpression], published: dt.date) -> None:
    """ "from Monday to Friday", "from May through September": a range ends after it starts. Two
    weekdays (or two bare months) the tense put in the wrong order become the week (or year) of
    the two orders that holds the publication date, else the nearest one. In a list of weekdays ahead ("on
    Thursday or Friday", written on a Friday) the publication's weekday is next week's too (past lists
    need no order: "statements made Friday and Thursday")."""
    for a, b in zip(out, out[1:]):
        if a.anchor != "publication" or b.anchor != "publication" or a.granularity != b.granularity:
            continue
        if text[a.end:b.start] in _WEEKDAY_LIST_LINKS and a.granularity == "day" and _weekday_number(a.text) \
                and _weekday_number(b.text) and b.value == published.isoformat() < a.value:
            b.value = (published + dt.timedelta(days=7)).isoformat()  # ahead: the publication's weekday the week after
            continue
        if not _RANGE_LINK.fullmatch(text, a.end, b.start) or not _RANGE_START.search(text, max(0, a.start - 9), a.start):
            continue
        if a.granularity == "day" and _weekday_number(a.text) and _weekday_number(b.text):
            first, last = dt.date.fromisoformat(a.value), dt.date.fromisoformat(b.value)
            if last >= first:
                continue
            week = dt.timedelta(days=7)
            options, size = [(first - week, last), (first, last + week)], 10
        elif a.granularity == "day" and _MONTH_DAY.fullmatch(a.text) and _MONTH_DAY.fullmatch(b.text):
            # "the season runs from June 1 to Nov. 30": within a year, the one that holds the publication date
            first, last = dt.date.fromisoformat(a.value), dt.date.fromisoformat(b.value)
            if first <= last and (last - first).days < 366:
                continue
            wraps = (last.month, last.day) < (first.month, first.day)  # "from Nov. 1 to Feb. 28"
            try:
                options = [(first.replace(year=y), last.replace(year=y + wraps)) for y in range(published.year - 1, published.year + 2)]
            except ValueError:  # a 29 February
                continue
            size = 10
        elif a.granularity == "month" and _month_number(a.text) and _month_number(b.text):
            first, last = (dt.date(int(x.value[:4]), int(x.value[5:7]), 1) for x in (a, b))
            if last >= first:
                continue
            options, size = [(first.replace(year=first.year - 1), last), (first, last.replace(year=last.year + 1))], 7
        else:
            continue
        first, last = min(options, key=lambda o: 0 if o[0] <= published <= o[1] else
                          min(abs((o[0] - published).days), abs((o[1] - published).days)))
        a.value, b.value = first.isoformat()[:size], last.isoformat()[:size]


_WEEKDAY_LIST_LINKS = (" or ", " and ", ", ", ", or ", ", and ", " or on ", " and on ")
_SECOND_DAY = re.compile(r"(?:,? and|,? or| to| through|,) (?P<d>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\w:/%-]|[.,]\d| ?(?:"
                         + _MONTH + r"|[ap]\.?m\b|percent|per cent|million|billion|people|of\b)"
                         r"|\s+[a-z]+\s+(?:days?|weeks?|months?|years?|hours?)\b|\s+(?:days|weeks|months|years|hours|times)\b)")  # "15 a week later": a count


_FISCAL_YEAR_NAMED = re.compile(r"(?:[Ff]iscal|FY) ?(?:[Yy]ear )?(\d{4})")


def _fiscal_year_anaphora(text: str, out: list[TimeExpression]) -> None:
    """ "a budget for fiscal 2025 ... the fiscal year begins July 1": a bare "the fiscal year" after a fiscal year
    named by number (in the last 400 characters) is that one, not the publication's."""
    named: Optional[tuple[str, int]] = None
    for x in out:
        m = _FISCAL_YEAR_NAMED.fullmatch(x.text)
        if m:
            named = (m[1], x.end)
        elif named and x.type == "DATE" and x.text.lower().endswith("the fiscal year") and x.start - named[1] <= 400 \
                and len(x.value) == 4 and x.value.isdigit():
            x.value = named[0]


_YEAR_MONTH_LINKS = frozenset({", on ", ", in ", ", "})  # not " on ": "results for 2026 on March 4"
_MONTH_DAY_VALUE = re.compile(r"\d{4}-(\d\d)(?:-(\d\d))?")


def _year_then_month(text: str, out: list[TimeExpression]) -> None:
    """ "The first frost came last year, on Oct. 9", "in 2010, on Oct. 9": a month (and day) set right after a year
    narrows that year, whatever the tense made of it alone."""
    for a, b in zip(out, out[1:]):
        if a.type != "DATE" or len(a.value) != 4 or not a.value.isdigit() or text[a.end:b.start] not in _YEAR_MONTH_LINKS \
                or _prev_word(text, a.start).lower() in ("for", "of", "to", "from", "and", "between", "through"):
            continue
        m = _MONTH_DAY_VALUE.fullmatch(b.value)
        if not m or b.type != "DATE" or b.value[:4] == a.value or re.search(r"\d{4}", b.text) \
                or b.text.split()[0].rstrip(".").lower() not in L.MONTHS:
            continue
        value = _ymd(int(a.value), int(m[1]), int(m[2])) if m[2] else f"{a.value}-{m[1]}"
        if value:
            b.value = value


def _second_days(text: str, out: list[TimeExpression]) -> None:
    """ "the summit on April 24 and 25": the next day named is a date too, in the first one's month
    (and "March 12, 13 and 14" goes on from the new one)."""
    result: Optional[list[TimeExpression]] = None
    for i, x in enumerate(out):
        if result is not None:
            result.append(x)
        if not text.startswith(_SECOND_DAY_LINKS, x.end) or x.type != "DATE" or not x.text[-1:].isdigit():
            continue
        limit = out[i + 1].start if i + 1 < len(out) else len(text)
        while _DAY_VALUE.fullmatch(x.value):
            m = _SECOND_DAY.match(text, x.end)
            if not m or m.end() > limit:
                break
            day = int(m["d"])
            value = _ymd(int(x.value[:4]), int(x.value[5:7]), day)
            if not value or day <= int(x.value[8:]):
                break
            if result is None:
                result = out[:i + 1]
            x = trusted(TimeExpression, {
                "tid": f"t{len(out) + len(result) + 1}", "text": text[m.start("d"):m.end()], "start": m.start("d"),
                "end": m.end(), "type": "DATE", "value": value, "mod": None, "granularity": "day",
                "anchor": "expression", "anchor_tid": x.tid, "quant": None, "freq": None,
            })
            result.append(x)
    if result is not None:
        out[:] = result


# "ago" + a deictic of the publication day: the unit it keeps, and the part of day it adds
_AGO_THIS = {"this month": "", "this week": "", "today": "", "tonight": "TNI", "this morning": "TMO",
             "this afternoon": "TAF", "this evening": "TEV"}


def _ago_this_value(a, b, text: str, published: dt.date) -> Optional[str]:
    """The one date "a year ago" + "this month"/"this week"/"today" make together, or None ("Twenty years ago
    tonight": that day's night, a TIME)."""
    if not a.text.endswith(" ago") or a.type != "DATE" or text[a.end:b.start] != " ":
        return None
    this = b.text.lower()
    if this not in _AGO_THIS:
        return None
    part = _AGO_THIS[this]
    if part:
        this = "today"
    value = None
    if re.fullmatch(r"\d{4}", a.value):
        day = published.replace(year=int(a.value), day=1) if this == "this month" else None
        if this == "today":  # 29 February only in a leap year
            same = _ymd(int(a.value), published.month, published.day)
            day = dt.date.fromisoformat(same) if same else None
        value = day.isoformat()[:7] if this == "this month" else day and day.isoformat()
        if this == "this week":  # the same day a year back (28 February for a leap day), its ISO week
            same = _ymd(int(a.value), published.month, published.day) or _ymd(int(a.value), published.month, 28)
            value = N.week_value(dt.date.fromisoformat(same))
    elif this == "today" and re.fullmatch(r"\d{4}-W\d\d", a.value):
        value = dt.date.fromisocalendar(int(a.value[:4]), int(a.value[6:]), published.isoweekday()).isoformat()
    return value and value + part


def _ago_this(text: str, out: list[TimeExpression], published: dt.date) -> None:
    """ "a year ago this month" (2020-03), "a year ago this week", "two weeks ago today": one date, the day,
    week or month of the publication moved back by the amount."""
    for i in range(len(out) - 2, -1, -1):
        a, b = out[i], out[i + 1]
        value = _ago_this_value(a, b, text, published)
        if not value:
            continue
        a.text, a.end, a.value = text[a.start:b.end], b.end, value
        a.type = "TIME" if "T" in value else a.type
        a.granularity = N.granularity(a.type, value)
        del out[i + 1]


_ONE_UNIT = re.compile(r"P(T?)(\d+)([YMWDHS])")
_UNIT_ORDER = {"Y": 0, "M": 1, "W": 2, "D": 3, "TH": 4, "TM": 5, "TS": 6}


def _compound_durations(text: str, out: list[TimeExpression]) -> None:
    """ "three hours and 20 minutes", "2 hours 1 minute 9 seconds": one duration, PT3H20M, each unit smaller;
    and a series, "2 hours, 3 minutes and 23 seconds": PT2H3M23S. Merged from the end, so that each merge
    adds one unit before a duration already merged."""
    for i in range(len(out) - 2, -1, -1):
        a, b = out[i], out[i + 1]
        link = text[a.end:b.start]
        series = link in (", ", ", and ") and (link == ", and " or " and " in b.text)
        if a.type != "DURATION" or b.type != "DURATION" or b.mod \
                or not (link == " and " or series or link == " " and b.text[:1].isdigit()):
            continue
        ma, mb = _ONE_UNIT.fullmatch(a.value), _ONE_UNIT.match(b.value)
        if not (ma and mb) or _UNIT_ORDER[mb[1] + mb[3]] <= _UNIT_ORDER[ma[1] + ma[3]]:
            continue
        if ma[3] == "W" and mb[3] == "D" and mb.end() == len(b.value):  # no weeks beside days: "two weeks and three days" P17D
            a.value = f"P{int(ma[2]) * 7 + int(mb[2])}D"
        else:
            a.value += ("T" if mb[1] and not ma[1] else "") + b.value[1 + len(mb[1]):]
        a.text, a.end = text[a.start:b.end], b.end
        del out[i + 1]


def _day_then_clock(text: str, out: list[TimeExpression]) -> None:
    """ "May 8 1:00AM", "3 Oct 10pm": a day and the clock time right after it are one time."""
    for i in range(len(out) - 2, -1, -1):
        a, b = out[i], out[i + 1]
        if a.type == "DATE" and b.type == "TIME" and text[a.end:b.start] in (" ", ", ") \
                and _DAY_VALUE.fullmatch(a.value) and _CLOCK_VALUE.fullmatch(b.value) and b.value.startswith(a.value):
            a.text, a.end, a.type, a.value, a.mod = text[a.start:b.end], b.end, "TIME", b.value, b.mod
            a.granularity = N.granularity("TIME", b.value)
            del out[i + 1]


_WEEKLY = re.compile(r"XXXX-WXX-\d(T[A-Z]{2})?")


_YEARLY_GAP = re.compile(r"\s+(?:(?:is|are|be|will\s+be|would\s+be|was|were)\s+)?(?:[a-z]+ed|held|kept|observed)\s+(?:on\s+)?$")
_DAY_MONTH = re.compile(r"(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\.?|[A-Z][a-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?)")


def _yearly_days(text: str, out: list[TimeExpression]) -> None:
    """A day of the month without a year whose verb recurs yearly is any year's: "that 30 December be marked each
    year", "July 4 is celebrated every year" (a date written with its year stays that date)."""
    for a, b in zip(out, out[1:]):
        if b.type == "SET" and b.value == "P1Y" and a.type == "DATE" and _DAY_VALUE.fullmatch(a.value) \
                and b.start - a.end <= 30 and _DAY_MONTH.fullmatch(a.text) and _YEARLY_GAP.match(text[a.end:b.start] + " "):
            a.value = "XXXX" + a.value[4:]
            a.anchor, a.anchor_tid = "none", None


def _shared_set_part(text: str, out: list[TimeExpression]) -> None:
    """Weekdays joined to a recurring one recur too: "on Monday and Tuesday nights" (the plural part of
    day), "every Saturday and Sunday", "every Monday, Wednesday and Friday" (the quantifier)."""
    for a, b in zip(out, out[1:]):
        if text[a.end:b.start] not in (" and ", " or ", ", ", ", and "):
            continue
        m = _WEEKLY.fullmatch(b.value) if b.type == "SET" else None
        if m and m[1] and a.type == "DATE" and _weekday_number(a.text):
            a.type, a.value, a.granularity = "SET", f"XXXX-WXX-{_weekday_number(a.text)}{m[1]}", "set"
            a.anchor, a.anchor_tid = "none", None
        elif a.type == "SET" and a.quant and _WEEKLY.fullmatch(a.value) and b.type == "DATE" and _weekday_number(b.text):
            b.type, b.value, b.granularity, b.quant = "SET", f"XXXX-WXX-{_weekday_number(b.text)}", "set", a.quant
            b.anchor, b.anchor_tid = "none", None


_BARE_CLOCK = re.compile(r"\d{1,2}(?:[:.]\d\d)?\s?(?:[ap]\.?m\.?|o['’]clock)(?:\s\(?[A-Z]{2,4}\)?)?", re.I)


def _overnight_ranges(text: str, out: list[TimeExpression]) -> None:
    """ "from 9 p.m. to 5 a.m.": a range of clock times that ends earlier in the day than it starts spans
    a midnight: the next day's, or in a past clause with no day named the one before publication."""
    for a, b in zip(out, out[1:]):
        if a.type == "TIME" and b.type == "TIME" and _CLOCK_VALUE.fullmatch(a.value) and _CLOCK_VALUE.fullmatch(b.value) \
                and a.value[:10] == b.value[:10] and b.value < a.value and _BARE_CLOCK.fullmatch(b.text) \
                and _RANGE_LINK.fullmatch(text, a.end, b.start) and _RANGE_START.search(text, max(0, a.start - 9), a.start):
            if a.anchor == "publication" and _BARE_CLOCK.fullmatch(a.text) and tense_direction(text, a.start, a.end) < 0:
                a.value = (dt.date.fromisoformat(a.value[:10]) - dt.timedelta(days=1)).isoformat() + a.value[10:]
            else:  # the night into the next day
                b.value = (dt.date.fromisoformat(b.value[:10]) + dt.timedelta(days=1)).isoformat() + b.value[10:]


_SEASON_VALUE = re.compile(r"\d{4}-(?:SP|SU|FA|WI)")
_FOUR_DIGITS = re.compile(r"\d{4}")
_YEAR_OFFSET_TEXT = re.compile(r"(?i).*\b(?:later|earlier)")


def _season_then_offset(text: str, out: list[TimeExpression]) -> None:
    """ "returned to the spring a year later": a season right before a year counted from the story is that
    year's season."""
    for a, b in zip(out, out[1:]):
        if b.start == a.end + 1 and text[a.end] == " " and _SEASON_VALUE.fullmatch(a.value) and b.type == "DATE" \
                and _FOUR_DIGITS.fullmatch(b.value) and _YEAR_OFFSET_TEXT.fullmatch(b.text):
            a.value = b.value + a.value[4:]


def _generic_ranges(text: str, out: list[TimeExpression]) -> None:
    """ "open from 10 a.m. to 8 p.m. daily": when one end of a range of clock times is any day's, so is the other."""
    for a, b in zip(out, out[1:]):
        if a.type == "TIME" == b.type and _RANGE_LINK.fullmatch(text, a.end, b.start) \
                and _RANGE_START.search(text, max(0, a.start - 9), a.start) and _BARE_CLOCK.fullmatch(a.text) \
                and _BARE_CLOCK.fullmatch(b.text) and (a.value[:10] == "XXXX-XX-XX") != (b.value[:10] == "XXXX-XX-XX"):
            a.value, b.value = "XXXX-XX-XX" + a.value[10:], "XXXX-XX-XX" + b.value[10:]


_SECOND_DAY_LINKS = (" and ", ", ", " or ", " to ", " through ")


def _tag_foreign(text: str, published: dt.date, language: str) -> list[TimeExpression]:
    cands = []
    for name in ("iso", "numeric", "year"):
        pattern = _RULES[_RULE_ORDER[name]][1]
        for m in pattern.finditer(text):
            c = Cand(m.start(), m.end(), name, m)
            if name == "year" and (m["pre"] or not 1900 <= int(m["y"]) <= 2039 or not _year_ok_foreign(text, c)):
                continue
            if name == "numeric" and not _vet(text, c):
                continue
            cands.append(c)
    for start, end, kind, value in _foreign_candidates(text, language):
        cands.append(Cand(start, end, "foreign", re.match(r"", ""), prefix=value))
    for m in _CJK_DATE.finditer(text):
        v = _ymd(int(m["y"]), int(m["m"]), int(m["d"])) if m["d"] else f"{m['y']}-{int(m['m']):02d}"
        if v and 1 <= int(m["m"]) <= 12:
            cands.append(Cand(m.start(), m.end(), "foreign", m, prefix=v))
    chosen = _select(cands)
    ctx = Context(text, published)
    loc = _locale_pattern(language)
    ctx.month_first = bool(loc and loc[2])  # (pattern, month names, month-first, relative words)
    out = []
    story: Optional[tuple[int, int, str]] = None  # (year, end, tid) of the last date written with its year
    for c in chosen:
        anchor_tid = None
        if c.rule == "foreign":
            value = c.prefix
            if value.startswith("~"):  # a relative word: shift from the publication date
                shift, unit = value[1:].split(",")
                if unit == "WD":
                    day = N.weekday_date(int(shift), published, -1)
                    norm = Norm("DATE", day.isoformat(), anchor="publication")
                else:
                    norm = Norm("DATE", N.shift(published, unit, int(shift)), anchor="publication")
                out.append(TimeExpression(
                    tid=f"t{len(out) + 1}", text=text[c.start:c.end], start=c.start, end=c.end, type="DATE",
                    value=norm.value, granularity=N.granularity("DATE", norm.value), anchor="publication",
                ))
                continue
            if value.startswith("--"):
                mo, d = int(value[2:4]), int(value[5:7])
                # "el 2 de octubre de 2022 y el 30 de octubre": the year of a full date earlier in the sentence
                same_sentence = story and not _SENTENCE_END.search(text, story[1], c.start)
                value = _ymd(story[0] if same_sentence else N.year_for(mo, d, published, 0), mo, d)
                if not value:
                    continue
                norm = Norm("DATE", value, anchor="expression" if same_sentence else "publication")
                anchor_tid = story[2] if same_sentence else None
            else:
                norm = Norm("DATE", value, anchor="none")
        else:
            norm = _NORMALISERS[c.rule](c.g, c, ctx)
        if norm is None:
            continue
        tid = f"t{len(out) + 1}"
        if norm.anchor == "none" and norm.value[:4].isdigit():
            story = (int(norm.value[:4]), c.end, tid)
        out.append(TimeExpression(
            tid=tid, text=text[c.start:c.end], start=c.start, end=c.end, type=norm.type, value=norm.value,
            granularity=N.granularity(norm.type, norm.value), anchor=norm.anchor, anchor_tid=anchor_tid,
        ))
    return out


def _year_ok_foreign(text: str, c: Cand) -> bool:
    return not re.search(r"[+$€£#]\s*$", text[max(0, c.start - 2):c.start]) and not re.match(r"\s*%", text[c.end:c.end + 3])


def tag(text: str, published: dt.date, language: str = "en") -> list[TimeExpression]:
    """Find and normalise the time expressions of ``text`` published on ``published``."""
    try:
        if isinstance(published, dt.datetime):
            published = published.date()
        if not text:
            return []
        if (language or "en").lower().startswith("en"):
            return _tag_english(text, published)
        return _tag_foreign(text, published, language.lower())
    except _ODD_INPUT_ERRORS:  # never fail a document because of one odd expression
        return _safe_fallback(text, published, language)
    finally:  # the per-document caches let go of the text (it may be a megabyte)
        _prev_word.cache_clear()
        tense_direction.cache_clear()


# What an odd expression can raise. Anything else (a worker's time limit, an interrupt) propagates:
# catching every Exception here used to swallow Celery's SoftTimeLimitExceeded.
_ODD_INPUT_ERRORS = (ArithmeticError, LookupError, ValueError, TypeError, AttributeError, AssertionError,
                     RecursionError, re.error)


def _safe_fallback(text: str, published: dt.date, language: str) -> list[TimeExpression]:
    try:
        return _tag_foreign(text, published, "xx")
    except _ODD_INPUT_ERRORS:
        return []
