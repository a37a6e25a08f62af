"""A cheap tense heuristic: is the clause around an expression about the past or the future?

Strong cues are tense words (will, would, was, had, said, irregular past forms); weak cues are
other -ed words, which may be adjectives ("preferred shares"). The nearest strong cue in the
clause before the expression decides, then the nearest weak one, then the words after it.
"""
from __future__ import annotations

import re
from functools import lru_cache

from worker.engine.lexicon import (
    FUTURE_MARKERS, MONTHS, NOT_PAST_ED, PAST_MARKERS, SCHEDULED_EVENT_NOUNS, SMALL_NUMBERS, UNPLANNED_EVENTS, WEEKDAYS,
)

# "6am" is a time, not the verb "am"
_WORD = re.compile(r"\d[\d.:]*[apAP][mM]\b|[A-Za-z]+(?:-[A-Za-z]+)*(?:'[a-z]+)?|'ll|[\d$£€][\d.,$%]*")
# "re-elected", "co-founded" are verbs; other hyphenated words ("Russian-built", "so-called") are adjectives
_VERB_PREFIXES = ("re-", "co-", "pre-")
# "at 6:45 a.m. on Thursday", "Roe vs. Wade", "Mr. Smith", "J. Smith" do not end a clause
_BOUNDARY = re.compile(r"(?<![apAP]\.[mM])(?<!\bvs)(?<!\b[MD]r)(?<!\bMrs)(?<!\bMs)(?<!\bSt)(?<!\bJr)(?<!\b[A-Z])"
                       r"[.!?;:\n\"“”]\s|\n")
_PRESENT = {"is", "are", "am", "they're", "we're", "you're", "i'm"}
_PRONOUN_BE = {"they're", "we're", "you're", "i'm"}  # "the meeting is on Tuesday": present about a day means ahead
# a participle after these is an adjective or a passive, not a past tense: "will remain closed on Wednesday"
_AUX_BEFORE_PARTICIPLE = {"be", "being", "is", "are", "am", "was", "were", "remain", "remains", "stay", "stays", "get",
                          "gets", "become", "becomes", "seem", "seems", "look", "looks", "appear", "appears"}
_PAST_AUX = {"had", "was", "were", "been"}
_BEFORE_BASE_FORM = {"to", "will", "would", "shall", "should", "may", "might", "can", "could", "must", "'ll", "not",
                     "didn't", "doesn't", "don't", "won't", "wo", "n't", "did", "does", "do", "cannot"}
# Past forms that are also base forms ("will hit", "to cut"); "May said" is still a past.
_BASE_LIKE_PASTS = {"hit", "cut", "quit", "read", "set", "put", "let", "shut", "cost", "hurt", "spread", "bet", "beat",
                    "split", "burst", "cast", "bid", "broadcast", "forecast", "upset", "fit", "last"}
_AFTER_NOUN = {"in", "of", "to", "on", "for"}
# base-like pasts that are seldom nouns: after a singular subject ("the plant shut", "Smith quit") they are pasts
_PAST_AFTER_SINGULAR = {"shut", "quit", "put"}
_BEFORE_NOUN = {"first", "second", "third", "another", "any", "no", "each", "every", "next", "rate", "tax", "price"}
_DETERMINERS = {"the", "a", "an", "its", "their", "his", "her", "this", "that", "these", "those", "our", "my", "your"}
# -ed words that are as often adjectives as past verbs ("continued growth"): a past after a subject's last word
_VERB_OR_ADJECTIVE_ED = {"continued", "increased", "reduced"}
_NOT_SUBJECT_END = _DETERMINERS | _BEFORE_NOUN | _AUX_BEFORE_PARTICIPLE | {
    "with", "of", "for", "by", "to", "in", "on", "at", "from", "amid", "despite", "after", "before", "and", "or", "but",
    "some", "more", "much", "sharply", "greatly", "significantly", "has", "have", "had", "saw", "see", "sees", "seen"}
_NOT_SINGULAR_SUBJECT = {"i", "you", "we", "they", "and", "or", "to", "not", "never", "also", "just", "then", "please",
                          "who", "that", "which", "would", "will", "could", "should", "can", "may", "might", "must", "did",
                          "do", "didn", "don", "t", "ll", "d", "be", "been", "being", "had", "have", "was", "were", "the", "a",
                          "an", "its", "their", "his", "her", "our", "my", "your", "this", "these", "those", "some", "any"}
_ARTICLES_AND_POSSESSIVES = {"the", "a", "an", "its", "their", "his", "our", "my", "your"}  # (no pronoun "this", "that")
_QUANTIFIERS = {"most", "all", "some", "many", "more", "several", "both", "each", "every", "about", "nearly", "almost"}
# "agreed to acquire ... in January": an infinitive after these looks ahead.
_FUTURE_BEFORE_TO = {
    "agreed", "agree", "agrees", "decided", "decide", "plans", "plan", "planned", "planning", "expected", "expects",
    "scheduled", "set", "voted", "promised", "intends", "intended", "hopes", "hoped", "wants", "wanted", "aims",
    "seeks", "sought", "going", "due", "ready", "likely", "unlikely", "about", "is", "are", "was", "were", "prepared",
    "preparing", "vowed", "pledged", "threatened", "asked", "urged", "ordered", "told", "invited", "offered",
    # predictions: "the heatwave is forecast to peak on Sunday"
    "forecast", "forecasts", "forecasted", "projected", "predicted", "poised", "slated", "tipped",
    # nouns of intent: "an agreement to acquire the bank in January", "a bid to win the seat in May"
    "agreement", "agreements", "proposal", "bid", "offer", "deal", "decision", "commitment", "pledge", "promise",
    "intention", "plans",
    # an open question or a step still to come: "has yet to decide whether to lift curbs on Monday"
    "whether", "yet",
    # the base forms of the verbs of intent: "divers hope to reach the wreck on Tuesday"
    "hope", "expect", "intend", "want", "aim", "seek", "promise", "vow", "pledge", "threaten", "prepare",
    # a course that lies ahead: "are on course to meet in the quarterfinals on Tuesday", "on track to open in May"
    "course", "track", "pace",
}
_OBJECT_PRONOUNS = {"him", "her", "them", "us", "me", "you"}
_PERMITTED = {"allowed", "allow", "allows", "permitted", "permit", "permits", "authorized", "authorised", "enabled",
              "persuaded", "encouraged", "advised", "instructed", "required", "summoned", "called"}
# "economists forecast growth in the fourth quarter": a present prediction's object lies ahead (not "forecast
# in April", where the date is the forecast's own)
_PREDICTS = {"forecast", "forecasts", "predict", "predicts", "foresee", "foresees", "anticipate", "anticipates",
             "see", "sees"}  # "economists see growth picking up in the second half" (not "the Holy See")
# "organisers plan a general strike on Wednesday": a plural subject's present plan, its object ahead (not "a peace
# plan", "its plan")
_PLURAL_SUBJECT_PRONOUNS = {"they", "we", "i", "you"}
_NOT_PLURAL_SUBJECTS = {"was", "has", "is", "this", "its", "his", "hers", "ours", "yours", "theirs", "us", "as", "plus", "bus"}
_COMES_INTO = {"comes", "come", "enters", "enter"}
_AS_PLANNED = {"expected", "planned", "scheduled", "forecast", "predicted", "anticipated", "hoped", "feared", "promised"}
_CALLED_OFF = {"cancelled", "canceled", "postponed", "scrapped", "called", "suspended", "axed", "shelved"}
# "guidelines to be published in November": a passive infinitive looks ahead, unless a raising
# verb reports a state ("was believed to be in Paris in May").
_RAISING_BEFORE_TO = {"believed", "thought", "known", "said", "reported", "seemed", "seems", "appeared", "appears",
                      "found", "considered", "understood", "rumored", "rumoured", "alleged", "supposed", "used",
                      "claimed", "estimated", "assumed", "presumed", "shown", "proved", "proven", "happened"}
# A date right after these is a deadline or a start: it tends to lie ahead.
_DEADLINE = re.compile(
    r"\b(?:by|effective|payable|expire|expires|expiring|starting|beginning|of\s+record|deadline|due)\s+(?:on\s+|at\s+)?$", re.I)
_PLUPERFECT = re.compile(r"\bhad\b(?![^.;]*[.;])", re.I)
_HAD_PLANNED_TO = re.compile(r"\bhad\s+(?:originally\s+|initially\s+)?(?:planned|hoped|intended|aimed|meant|wanted)\s+to\s+"
                             r"[a-z]+\b[^.;:!?]{0,40}$", re.I)
_WAS_PLANNED_TO = re.compile(r"\b(?:was|were)\s+(?:first\s+|originally\s+|initially\s+)?(?:due|scheduled)\s+to\s+[a-z]+\b[^.;!?]{0,30}$", re.I)
_CLOCK_ON = re.compile(r"(?P<clock>\b\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.m\.|[ap]m)|\bnoon|\bmidnight)\s+on\s+$", re.I)
_UNTIL = re.compile(r"\b(?:until|till|through)\s+$", re.I)
# a date inside the subject of a "that" clause, its verb a modal right after: "warned that a second wave of infections
# in the autumn could derail the recovery" (a noun phrase between "that" and the date: no verb of its own)
_THAT_SUBJECT = re.compile(r"\bthat\s+(?:a|an|the|any|another|further|new|more)\s+(?:[a-z]+\s+){0,4}(?:in|during)\s+(?:the\s+)?$")
_MODAL_NEXT = re.compile(r"\s+(?:could|would|will|may|might|should|can)\s(?!have\b)")  # (not "could have been")
# a decision taken at an event named by a possessive date: "agreed to cut output at Monday's meeting"
_DECIDED_AT = re.compile(r"\b(?:voted|agreed|decided|resolved|chose|opted)\s+(?:not\s+)?to\s[^.;:!?]{0,60}$", re.I)
_DECIDING_EVENTS = frozenset({"meeting", "vote", "referendum", "election", "session", "summit", "talks", "ballot", "poll",
                              "conference", "hearing"})


def _next_word_is(text: str, pos: int, words: frozenset) -> bool:
    m = _FIRST_WORD.match(text, pos)
    return bool(m) and m[1].lower() in words


_FIRST_WORD = re.compile(r"\s*([A-Za-z]+)")
_ODDS_AFTER = re.compile(r" (?:unlikely|likely|possible|probable)(?=[,.;:]|\s+(?:but|and|as|because)\b)")
_SPAN_THROUGH = re.compile(r"\b(?:months|weeks|year|quarters|period)\s+(?:until|till|through)\s+$", re.I)
_AHEAD_OF_EVENT = re.compile(r"\b(?:ahead\s+of|run-up\s+to)\s[^.;:!?,]{0,40}\s(?:in|on)\s+$", re.I)
_SOON = re.compile(r"(?:as soon as|as early as|no later than|in time for|ahead of)\s+$", re.I)
# "a Friday deadline", "Friday's strike deadline": a deadline lies ahead unless it was missed or passed
_BY_THE = re.compile(r"\b(?:by|before)\s+the\s+$", re.I)
_DEADLINE_AFTER = re.compile(r"(?:['’]s)?\s+(?:[a-z]+\s+)?deadline\b", re.I)
# (a modal perfect is a past that did not happen: "should have been finished by Friday")
_DEADLINE_GONE = re.compile(r"\b(?:missed|passed|ignored|met|beat|extended|expired|had|failed"
                            r"|(?:should|could|would|might|must)(?:n['’]t)?\s+(?:not\s+)?have)\b[^.;!?]{0,40}$", re.I)
# "the mission was originally planned for September": a superseded plan, its date the nearest one
_SUPERSEDED_PLAN = re.compile(r"\b(?:originally|initially|previously)\s+(?:planned|scheduled|slated|set|due|expected)\b[^.;!?]{0,30}$", re.I)


@lru_cache(maxsize=8192)
def _marker(word: str, previous: str) -> tuple[int, bool]:
    """(+1 future / -1 past / 0 none, is it a strong cue)."""
    w = word.lower()
    if "-" in w:
        if not w.startswith(_VERB_PREFIXES):
            return 0, False
        w = w.replace("-", "")
    if previous in ("than", "as") and w in _AS_PLANNED:
        return 0, False  # "grew faster than expected", "went ahead as planned": no future
    if w in _SCHEDULED_NOUN_LIKE and (previous in _DETERMINERS or previous in _NOUN_BEFORE):
        return 0, False  # "a rise in visits over the weekend", "more launches", "its opens": a noun, no schedule
    if w.endswith("'ll") or w in FUTURE_MARKERS:
        return (-1 if previous in ("had", "been") else 1), True  # "had been scheduled": past
    if previous in ("if", "unless", "once") and (w in PAST_MARKERS or w.endswith("ed")) and w not in NOT_PAST_ED:
        return 1, True  # "if approved on Thursday": a reduced conditional looks ahead
    if w in _BASE_LIKE_PASTS and previous in ("it", "he", "she") and w != "last":
        return -1, True  # "in August it set up a unit": a present would be "sets"
    if w in _PAST_AFTER_SINGULAR and previous.isalpha() and not previous.endswith("s") and previous not in _NOT_SINGULAR_SUBJECT \
            and previous not in _AUX_BEFORE_PARTICIPLE and previous not in _BEFORE_BASE_FORM:
        return -1, True  # "Fortescue shut its mine at Christmas": after a singular noun a present would be "shuts"
    if w in PAST_MARKERS:
        if w == "last" and previous in _DETERMINERS:
            return 0, False  # "its last show", "the last time": final, not a past
        if previous in _BEFORE_BASE_FORM and w in _BASE_LIKE_PASTS:
            return 0, False  # "will hit", "to cut": a base form that looks like a past
        if w in _BASE_LIKE_PASTS and (previous in _DETERMINERS or previous in _BEFORE_NOUN):
            return 0, False  # "a cut", "the first cut", "another hit": a noun
        if previous in _ARTICLES_AND_POSSESSIVES or previous in _QUANTIFIERS and w.endswith(("en", "wn")):
            return 0, False  # "its written statement", "some frozen lines": an adjective
        return (0 if previous in _AUX_BEFORE_PARTICIPLE else -1), True
    if w in _VERB_OR_ADJECTIVE_ED and previous.isalpha() and previous not in _NOT_SUBJECT_END:
        return -1, False  # "protests continued over the weekend" (not "the continued growth", "with increased demand")
    if w.endswith("ed") and len(w) > 3 and w not in NOT_PAST_ED and previous not in _DETERMINERS:
        # a participle after "be" ("will be held") is not a past tense
        return (0 if previous in _AUX_BEFORE_PARTICIPLE else -1), False
    if w in _PRESENT:
        return 1, False  # present tense: weak, "is a suspect in shootings that injured ... in November"
    return 0, False


# scheduled presents that are also plural nouns ("visits", "launches", "returns"), and the words that show the noun
_SCHEDULED_NOUN_LIKE = {"visits", "travels", "hosts", "launches", "debuts", "premieres", "returns", "starts", "ends",
                        "opens", "closes", "arrives", "departs"}
_NOUN_BEFORE = {"in", "of", "for", "more", "fewer", "many", "few", "several", "such", "other", "some", "all", "both",
                "two", "three", "four", "five", "daily", "weekly", "monthly", "annual", "record", "new", "recent"}

def _after_own_past_verb(words: list[str], i: int) -> bool:
    """A past verb among the six words before a plural-noun-like present that follows "in"/"of"/"for" and its
    modifiers ("reported a rise in emergency room visits"), with no word opening another clause between: the
    present is a noun of that clause's object (not "Having won on Sunday, the team travels ...")."""
    if not any(w in ("in", "of", "for") for w in words[max(0, i - 3):i]):
        return False
    for j in range(i - 1, max(-1, i - 7), -1):
        if words[j] in _CLAUSE_OPENERS or words[j] in ("who", "which", "that", "as") or words[j] in _SAYS \
                or words[j] in _REPORTING:
            return False  # (and "said the show opens Friday": a reported clause has its own verb)
        if words[j] in PAST_MARKERS and words[j] not in ("last", "since", "earlier", "been"):
            return True
    return False


_MONTH_WORDS = MONTHS.keys() - {"may"}


# the words of a date between a verb and its "to": "decided on Monday to", "voted last week to"
_WHEN_WORDS = frozenset({"last", "this", "on", "week", "month", "year", "yesterday", "today", "earlier", "late"} | set(WEEKDAYS))
_BE_FORMS = {"is", "are", "was", "were"}


def _modal_after_and(words: list[str], i: int) -> bool:
    """ "did not train ... and may miss": after "and"/"or", "may" is a modal unless a month stands before."""
    return words[i - 1] in ("and", "or") and i > 1 and words[i - 2] not in _MONTH_WORDS and not words[i - 2][:1].isdigit() \
        and i + 1 < len(words) and words[i + 1] not in _DETERMINERS and words[i + 1] not in ("in", "of", "to", "and")


def _range_opened(words: list[str], i: int) -> bool:
    """Does a range open with "from" a time within the five words before word i ("from 6 a.m. till",
    "from Monday until"; not "departure from the bloc until")?"""
    for k in range(i - 1, max(-1, i - 6), -1):
        if words[k] == "from":
            return k + 1 < i and (words[k + 1][:1].isdigit() or words[k + 1] in _RANGE_START_WORDS)
    return False


_RANGE_START_WORDS = MONTHS.keys() | WEEKDAYS | {"noon", "midnight", "dawn", "dusk", "today", "tomorrow", "tonight"}


# "raised its forecast for the fourth quarter": the period a prediction is for lies ahead, whatever the verb's tense
_PREDICTION_NOUNS = {"forecast", "forecasts", "outlook", "guidance", "projection", "projections"}


_NOUN_LIKE_PLANS = frozenset({"plans", "hopes", "aims"})
_PLAN_OBJECT_START = _DETERMINERS | {"to", "another", "more", "new", "further"}
_NOUN_PLANS_END = re.compile(r"\b(?:plans|hopes|aims)\s*[,.;:)]")  # a noun closing its phrase
_SUBJECT_PRONOUNS = frozenset({"he", "she", "it", "they", "we", "i", "you", "who", "which", "that"})


def _plans_as_noun(words: list[str], i: int) -> bool:
    """"his vacation plans, ...": neither a subject pronoun before nor an infinitive or object after."""
    if i + 1 >= len(words) or (i and words[i - 1] in _SUBJECT_PRONOUNS):
        return False
    return words[i + 1] not in _PLAN_OBJECT_START


# the parts of a clock time as _WORD splits it: "5 p.m. ET" is "5", "p", "m", "et"
_CLOCK_PARTS = frozenset({"a", "p", "m", "am", "pm", "et", "est", "edt", "ct", "cst", "cdt", "mt", "pt", "pst", "pdt",
                          "gmt", "utc", "bst", "cet", "local", "time", "eastern", "pacific", "central", "mountain"})


def _words_after_skipping_clock(words: list[str], i: int) -> int:
    """The words after word i, a clock time counted as one word ("is 5 p.m. ET on" has two)."""
    count, in_clock = 0, False
    for w in words[i + 1:]:
        if w[:1].isdigit():  # "11:59" comes as "11", "59"
            count += not in_clock
            in_clock = True
        elif not (in_clock and w in _CLOCK_PARTS):
            in_clock = False
            count += 1
    return count


_MAGNITUDES = frozenset({"million", "billion", "thousand", "percent", "pct"})
# a present state of a service pinned to a day is a timetable: "free help is available at the library on Saturday"
_OPEN_STATES = frozenset({"available", "open", "closed", "shut", "free", "ready"})


def _scan(words: list[str]) -> int:
    weak = 0
    scope = not _SCOPE_VERBS.isdisjoint(words)  # (a rule's reach: looked for once)
    if words[-2:-1] and words[-1] == "for" and words[-2] in _PREDICTION_NOUNS:
        return 1
    for i in range(len(words) - 1, max(-1, len(words) - 16), -1):  # the nearest 15 words
        prev = words[i - 1] if i else ""
        if words[i] in ("until", "till") and words[i + 1:i + 2] == ["recently"]:
            return -1  # "Meridian, until recently the largest trader, filed on Sunday": a state that has ended
        if words[i] == "starts" and (prev in ("housing", "home") or words[i + 1:i + 2] == ["at"]
                                     and not _MAGNITUDES.isdisjoint(words[i + 2:i + 4])):
            continue  # "housing starts fell in July", "had forecast starts at 1.22 million": a count of homes begun
        if words[i] == "to" and prev not in _FUTURE_BEFORE_TO and prev in _WHEN_WORDS:
            j = i - 1  # "agreed last week to cut output from November": the plan's verb before its own date
            while j > max(0, i - 4) and words[j] in _WHEN_WORDS:
                j -= 1
            if words[j] in _FUTURE_BEFORE_TO and words[j] not in _BE_FORMS:
                return 1
        if words[i] == "to" and prev in _FUTURE_BEFORE_TO:
            before = words[i - 2] if i > 1 else ""
            return -1 if before in ("had", "been") else 1  # "had been scheduled to expire Friday": past
        if words[i] == "to" and prev in _PERMITTED and i > 1 and words[i - 2] == "be":
            return 1  # "asked that he be allowed to travel in late February": a leave still to be granted
        if words[i] == "to" and prev in _OBJECT_PRONOUNS and i > 1 and (words[i - 2] in _FUTURE_BEFORE_TO or words[i - 2] in _PERMITTED):
            return 1  # "ordered him to appear on Friday", "allowed him to spend Thanksgiving at home"
        if words[i] == "to" and i + 2 < len(words) and words[i + 1] == "be" and prev not in _RAISING_BEFORE_TO \
                and prev not in _PAST_AUX and (words[i + 2].endswith("ed") or words[i + 2] in PAST_MARKERS):
            return 1  # "final guidelines to be published in early November"
        if words[i] in _DELIBERATING and i + 1 < len(words) and words[i + 1].endswith("ing") \
                and words[i + 1] not in _NOT_PROGRESSIVE:
            return 1  # "is considering raising taxes in January": the act weighed lies ahead
        if prev == "have" and i > 1 and words[i - 2] in ("will", "'ll", "shall") and _marker(words[i], prev)[0] < 0:
            return 1  # a future perfect: "will have been in force for a month by March"
        if words[i] in _PRESENT and i + 1 < len(words) and i >= len(words) - 7 and words[i + 1].endswith("ing") \
                and words[i + 1] not in _NOT_PROGRESSIVE:
            return 1  # present progressive about a time: a plan ("is meeting the pope on Monday")
        if words[i] in _MODALS and not weak and not (words[i] == "may" and prev in _BEFORE_MONTH and not _modal_after_and(words, i)) and not prev[:1].isdigit() \
                and i + 1 < len(words) and words[i + 1][:1].isalpha():  # "the strike could end on Friday", not "29 May 1953"
            if words[i] == "could" and _NEGATIONS.intersection(words):
                continue  # "neither he nor ... could be located Wednesday": a past ability
            weak = -1 if words[i + 1] in ("have", "'ve") else 1  # a weak cue: "may have left" is past
            if prev in ("and", "but", "or", "which", "who"):
                return weak  # "met on Monday and could vote on Friday", "..., which should ease in the fall": its own verb phrase
            continue
        if words[i] == "earlier" and prev in ("no", "not") and i + 1 < len(words) and words[i + 1] == "than":
            continue  # "no earlier than Thursday", "starts no earlier than 8:45 p.m.": a limit, no past
        if words[i] == "earlier" and i > 1 and (words[i - 2] in _MODALS or words[i - 2] in ("will", "would", "'ll")
                                                 or words[i - 2] == "to" and i > 3 and words[i - 4] in _MODALS | _WOULD | {"will", "'ll"}):
            return 1  # "Britain can leave earlier, on Dec. 1", "would have to start earlier in the fall": a comparative
        if prev in ("and", "but") and words[i] in _SCHEDULED and words[i].endswith("s") and not weak:
            return 1  # "won her match on Sunday and plays again on Monday"
        if words[i] in _UNTIL_LAST and _range_opened(words, i):
            continue  # "queued from 6 a.m. till 10 a.m. on Saturday": a range, not a deadline ahead
        if words[i] in _SET_FOR and prev in ("is", "are", "been", "be") and i + 1 < len(words) and words[i + 1] == "for":
            return -1 if i > 1 and words[i - 2] in ("had", "was", "were") else 1  # "the launch is set for 6:45 a.m. Thursday"
        if words[i] in _WOULD and _refusal(words, i):
            return -1  # "the company would not say on Tuesday": a past refusal
        if prev.endswith("ly") and i > 1 and words[i - 2] in _AUX_BEFORE_PARTICIPLE:
            prev = words[i - 2]  # "are fully booked": the participle of a passive, not a past
        if words[i] in ("and", "but") and not weak and i + 2 < len(words) and words[i + 1] in _SCHEDULED \
                and words[i + 1] not in _SCHEDULED_PAST_LIKE:
            return 1  # "won on Sunday and play again on Oct. 17": the second verb phrase's own present, a schedule
        if weak and (words[i] in _CLAUSE_OPENERS or words[i] in _REPORTING):
            return weak  # "will rule after a court annulled it on Dec. 6", "said it could last into October"
        if words[i] == "left" and i + 1 < len(words) and words[i + 1] in ("before", "until", "till") \
                and any(w[0].isdigit() or (w in SMALL_NUMBERS and w not in ("a", "an")) for w in words[max(0, i - 4):i - 1]):
            continue  # "one of six jobs reports left before the election on Nov. 6": remaining, not a past
        if words[i] in _BASE_LIKE_PASTS and i + 1 < len(words) and words[i + 1] in _AFTER_NOUN \
                and _DETERMINERS.intersection(words[max(0, i - 3):i]):
            continue  # "its deepest ever cut in output", "the new cut to take effect": a noun, not a past
        if words[i] in _COMES_INTO and words[i + 1:i + 3] in (["into", "force"], ["into", "effect"]):
            return 1  # "the ban comes into force in January": a scheduled present
        if words[i] in _PREDICTS and i < len(words) - 2 and prev not in _DETERMINERS and prev not in _PAST_AUX \
                and prev != "holy":
            return 1  # "economists forecast growth in the fourth quarter"
        if words[i] == "plan" and i < len(words) - 2 and (prev in _PLURAL_SUBJECT_PRONOUNS or (
                len(prev) > 3 and prev.endswith("s") and not prev.endswith("'s") and prev not in _NOT_PLURAL_SUBJECTS
                and prev not in _QUANTIFIERS)) and words[i + 1] not in ("to", "for", "of", "in", "on"):
            return 1  # "unions plan a strike on Monday" ("plan to" is read above)
        if words[i] in _NOUN_LIKE_PLANS and _plans_as_noun(words, i):
            continue  # "set aside his vacation plans": a noun, not the verb of a plan
        if words[i] in _SCHEDULED_NOUN_LIKE and _after_own_past_verb(words, i):
            continue  # "reported a rise in emergency room visits over the weekend": the clause's verb came first
        if words[i] == "next" and not weak and i + 1 < len(words) and words[i + 1].isalpha() and words[i + 1] != "to" \
                and words[i + 1] not in _NEXT_TIME_WORDS and words[i + 1] not in WEEKDAYS and words[i + 1] not in MONTHS:
            weak = 1  # "Next Try Thursday", "the next hearing Monday": an event still to come (a weak cue)
            continue
        found, strong = _marker(words[i], prev)
        if found < 0 and (words[i] == "followed" and words[i + 1:i + 2] == ["by"]  # "at 6 p.m., followed by dinner": a sequence
                          or scope and i > 1 and _SCOPE_VERBS.intersection(words[max(0, i - 6):i - 1])):
            continue  # (and "the rules apply to tickets bought on or after April 28": a participle narrowing a rule's object)
        if found and (strong or i >= len(words) - 2):  # "announced Wednesday": an adjacent verb decides
            return found
        if not found and prev == "that" and (words[i].endswith("ed") and words[i] not in NOT_PAST_ED or words[i] in PAST_MARKERS) \
                and (i >= len(words) - 2 or (i > 2 and _DETERMINERS.intersection(words[max(0, i - 4):i - 2])
                                             and not _marker(words[i - 2], words[i - 3])[0] and words[i - 2] not in _SAYS)):
            return -1  # "protests that erupted on Wednesday", "the storm that battered", "the heatwave that hit"
        if found and not weak and (words[i] not in _PRESENT or _words_after_skipping_clock(words, i) <= 3
                                   or words[i + 1:i + 2] and words[i + 1] in _OPEN_STATES
                                   or words[i] in _PRONOUN_BE and i >= len(words) - 8):
            weak = found  # a present "is" only counts close by: "the meeting is on Tuesday", "is 5 p.m. ET on Tuesday"
            # ("they're home against the Knicks on Saturday": a pronoun's "be" heads a short clause about the plan)
    return weak


# present verbs of a rule's reach: the participle after their object restricts it ("applies to loans made after
# June 1", "covers goods shipped before March"), it is no past tense of the clause
_SCOPE_VERBS = frozenset({"apply", "applies", "cover", "covers", "affect", "affects", "include", "includes", "exclude",
                          "excludes", "exempt", "exempts", "govern", "governs"})

# "next summer", "next week": "next" inside a time expression of its own, not an event still to come
_NEXT_TIME_WORDS = {"day", "days", "week", "weeks", "weekend", "month", "months", "year", "years", "decade", "century",
                    "quarter", "season", "summer", "winter", "spring", "fall", "autumn", "morning", "afternoon",
                    "evening", "night", "time", "few", "two", "three"}
# The tense words after these belong to the expression's own clause, not the ones before them.
_CLAUSE_OPENERS = {"after", "before", "when", "because", "although", "though", "while", "once", "and", "but", "whereas"}
_SAYS = {"says", "say", "said", "claims", "claimed", "argues", "argued", "believes", "believed", "thinks", "thought", "knows", "knew"}
_REPORTING = {"said", "told", "warned", "announced", "added", "stated", "noted", "insisted", "argued", "explained",
              "predicted", "acknowledged", "confirmed", "cautioned"}
_WOULD = {"would", "wouldn't"}
# "would not say", "wouldn't comment": news's past refusal to speak, not a future
_REFUSED = {"say", "comment", "confirm", "disclose", "elaborate", "discuss", "specify", "identify", "reveal", "name",
            "detail", "divulge", "speculate", "answer"}


def _refusal(words: list[str], i: int) -> bool:
    """ "would not say", "wouldn't comment", "nobody would confirm" (a negative subject)."""
    nobody = i and (words[i - 1] in ("nobody", "none", "neither") or (i > 1 and words[i - 2] in ("no", "neither")))
    rest = ["not"] + words[i + 1:i + 2] if words[i] == "wouldn't" or nobody else words[i + 1:i + 3]
    return len(rest) == 2 and rest[0] == "not" and rest[1] in _REFUSED


_RELATIVE_OPEN = re.compile(r",\s+(?:which|who)\s+(?P<verb>[a-z]+)\b[^,]*$")
_MODALS = {"could", "may", "might", "should", "must", "can", "cannot", "can't", "ought"}
# verbs of deliberation before a gerund: "weighing selling the unit in June"
_DELIBERATING = {"considering", "weighing", "mulling", "contemplating", "eyeing", "exploring", "pondering", "considers",
                 "weighs", "mulls", "contemplates", "eyes", "explores", "ponders", "consider", "weigh", "mull",
                 "contemplate", "explore", "ponder"}
_NEGATIONS = {"not", "never", "neither", "nor", "no"}
_BEFORE_MONTH = {"in", "of", "since", "until", "by", "from", "to", "early", "late", "mid", "last", "next", "this", "and", "or",
                 "through", "during", "before", "after"}
_SET_FOR = {"set", "slated", "pencilled", "penciled", "tentatively"}
_NOT_PROGRESSIVE = {"thing", "nothing", "something", "anything", "everything", "during", "according", "morning",
                    "evening", "king", "spring", "string", "ring", "sing", "wing",
                    "ceiling", "being", "going", "continuing", "trying", "seeking", "working", "struggling", "waiting",
                    "hoping", "looking", "considering", "studying", "investigating", "reviewing", "talking", "growing",
                    "rising", "falling", "increasing", "declining", "becoming", "getting", "having", "making"}


def strong_past(text: str, start: int) -> bool:
    """Is the clause before ``start`` plainly past: a past tense word, or an -ed verb right before
    ("the plant closed on April 15"), rather than a weak -ed word further away ("Remastered")?"""
    left = text[max(0, start - 120):start]
    cut = None
    for m in _BOUNDARY.finditer(left):
        cut = m.end()
    words = _WORD.findall((left[cut:] if cut is not None else left).lower())
    for i in range(len(words) - 1, max(-1, len(words) - 16), -1):
        prev = words[i - 1] if i else ""
        if words[i] == "to" and (prev in _FUTURE_BEFORE_TO or (i + 1 < len(words) and words[i + 1] not in ("the", "a", "an"))):
            return False  # an infinitive: "subpoenaed him to testify on Feb. 10" may lie ahead
        if (words[i] in _MODALS and words[i] != "may") or words[i] in _WOULD:
            return False  # "students who could not reach school on 21 June": not plainly past ("may": a month too)
        found, strong = _marker(words[i], prev)
        if found:
            return found < 0 and (strong or i >= len(words) - 3)
    return False


# "reopens on Friday after an attack on Sunday": a noun phrase after these names what led to the main clause
_CAUSE_OPENERS = {"after", "following", "amid", "despite"}


def _after_unplanned_event(text: str, start: int) -> bool:
    """ "Play resumes on Monday after rain delays on Saturday", "after a walkout by union negotiators on
    Monday": an accident or outcome named in an "after" phrase with no verb of its own has happened."""
    if not text.endswith(("on ", "On ", "oN ", "ON "), 0, start):
        return False  # (the cheap test first: the phrase ends in "on" right before the date)
    left = text[max(0, start - 70):start].lower()
    if not any(f"{w} " in left for w in _CAUSE_OPENERS):
        return False
    words = _WORD.findall(left)[:-1]
    for i in range(len(words) - 1, max(-1, len(words) - 9), -1):
        if words[i] in _CAUSE_OPENERS:
            phrase = words[i + 1:]
            return bool(UNPLANNED_EVENTS.intersection(phrase)) and not any(
                _marker(w, phrase[j - 1] if j else "")[0] or w in _SCHEDULED for j, w in enumerate(phrase))
    return False


def _verb_direction(text: str, start: int, end: int) -> int:
    if _after_unplanned_event(text, start):
        return -1
    if text.startswith(("'s", "’s"), end):  # "Tuesday's vote would go ahead": the noun's own verb decides
        if _REACTING_TO.search(text, max(0, start - 40), start):
            return -1  # "will appeal Wednesday's ruling": an act answered has already happened
        way = _possessive_direction(text[end + 2:end + 60])
        if way:
            return way
    if text.startswith(",", end):
        aside = _OFFSET_ASIDE.match(text, end, end + 120)
        if aside:  # "In January, a week after the vote, a bomb killed ...": the clause after the aside
            return _clause_direction(text[max(0, start - 120):start], text[aside.end():aside.end() + 80])
        said = _SAID_ASIDE.match(text, end, end + 70)
        if said and _FRONTED.search(text, max(0, start - 25), start):
            # "In March, the company said, it will begin shipping": the report is an aside, the clause after it dates
            return _clause_direction(text[max(0, start - 120):start], text[said.end():said.end() + 80])
    return _clause_direction(text[max(0, start - 120):start], text[end:end + 80])


# verbs that answer an act already done: "appeal Wednesday's ruling", "get around Monday's order"
_REACTING_TO = re.compile(r"\b(?:appeal(?:s|ed|ing)?|overturn(?:s|ed|ing)?|challeng(?:e|es|ed|ing)|revers(?:e|es|ed|ing)|"
                          r"defy|defie[sd]|defying|(?:get|gets|got|getting)\s+around|(?:respond|react)(?:s|ed|ing)?\s+to|"
                          r"compl(?:y|ies|ied|ying)\s+with|condemn(?:s|ed|ing)?|denounc(?:e|es|ed|ing)|"
                          r"criticiz(?:e|es|ed|ing)|criticis(?:e|es|ed|ing))\s+$", re.I)


@lru_cache(maxsize=1024)
def _possessive_direction(right: str) -> int:
    m = _BOUNDARY.search(right)
    words = _own_verb_phrase(_WORD.findall((right[:m.start()] if m else right).lower())[:6])
    if words and words[0] in UNPLANNED_EVENTS:
        return -1  # "investigating Saturday's crash": an accident is only reported once it has happened
    for i, word in enumerate(words):
        if _called_off(words, i):
            return 1  # "Sunday's match has been postponed"
        if not i and word in _SCHEDULED:
            continue  # the noun the date owns, not a verb: "June's starts were revised", "Friday's close"
        found, strong = _marker(word, words[i - 1] if i else "")
        if found and strong:
            return found
    return 0


def _called_off(words: list[str], i: int) -> bool:
    """ "has been cancelled", "have been postponed" at ``i``: an event called off before it happens."""
    return words[i] in ("has", "have") and words[i + 1:i + 2] == ["been"] and words[i + 2:i + 3] != [] \
        and words[i + 2] in _CALLED_OFF


_NEXT_VERB = {"will", "would", "shall", "could", "may", "might", "must", "can", "is", "are", "was", "were", "has",
              "have", "had", "'ll"}


def _own_verb_phrase(words: list[str]) -> list[str]:
    """The words after an expression up to a second verb phrase of the subject ("beat Ohio State in
    Saturday's semifinal and will face TCU": "will" is not the semifinal's tense)."""
    for i in range(len(words) - 1):
        if words[i] in ("and", "but") and words[i + 1] in _NEXT_VERB:
            return words[:i]
    return words


_COMMA_CONJ = re.compile(r",\s+(?:and|but)\s")
_CLOSED_ASIDE = re.compile(r"^\W*(?i:because|although|though|while|when|whenever|after|before|since|if|unless|once|whereas)\b|,\s+(?:who|which|whose)\b")
# "The law, passed in May, comes into force ...": a participle aside closed by the comma before the verb
_PARTICIPLE_ASIDE = re.compile(r",\s+(?:[a-z]{3,}ed|held|built|shut|sold|won|struck|signed)\s+(?:in|on|at|by|since|last|earlier)\s[^,]*$")
# words that open a "but" clause without a subject of its own ("..., but on Tuesday", "but then"): the tense goes on
_ASIDE_RESUMING_PREPS = frozenset({"in", "on", "by", "at", "from", "until", "before", "after", "around", "during"})
_NO_SUBJECT_OPENERS = {"on", "in", "at", "by", "from", "until", "since", "after", "before", "during", "then", "later", "earlier",
                   "only", "not", "also", "still", "now", "so", "just"}
_ING_ASIDE = re.compile(r"[a-z]{2,}ing\s")
_PLACE_PREPOSITIONS = {"in", "at", "from", "near", "outside", "inside", "with"}
_LAST_COMMA = re.compile(r",\s+(?P<conj>(?:and|but)\s+)?(?!which\b|who\b)(?P<seg>[^,]*)$")


@lru_cache(maxsize=4096)
def _clause_direction(left: str, right: str) -> int:
    cut = None
    for m in _BOUNDARY.finditer(left):
        cut = m.end()
    if cut is not None:
        left = left[cut:]
    clause = left
    if _INVERTED_CONDITION.match(left):
        return 1  # "Were the strike to go ahead on Friday", "Should talks fail on Monday": a condition ahead
    if right[:1] == "," and _WITH_ING.match(left):
        # "With the first half ending on Saturday, managers are rebalancing": an absolute clause's time is its main
        # clause's, and a present there (or none) looks ahead
        m = _BOUNDARY.search(right, 1)
        main = _WORD.findall(right[1:m.start() if m else len(right)].lower())[:8]
        for i, word in enumerate(main):
            found, _ = _marker(word, main[i - 1] if i else "")
            if found:
                return found
        return 1
    seg = _LAST_COMMA.search(left)
    if seg:  # "..., and the Fed meets on Nov. 1", "City, unbeaten since December, host Villa on Wednesday"
        words = _WORD.findall(seg["seg"].lower())
        # its own verb after a conjunction, or after a closed aside or fronted clause: "The senator, who
        # will retire in June, voted ... on Friday", "Because the vote was postponed, the law cannot ..."
        closed = not seg["conj"] and (_CLOSED_ASIDE.search(left, 0, seg.start())
                                      or _PARTICIPLE_ASIDE.search(left, 0, seg.start()))
        way = _scan(words) if seg["conj"] or closed else 0
        if way:
            return way
        if closed or (seg["conj"] and seg["conj"].startswith("but") and words and words[0] not in _NO_SUBJECT_OPENERS):
            # "Unless the deal ... is ratified, tariffs rise on Wednesday", "played last Thursday, but games this
            # weekend are on hold": not the aside's or the first clause's tense
            left = seg["seg"]
        if _SCHEDULED.intersection(words) and not _scan(words):
            left = seg["seg"]
        elif not seg["conj"] and len(words) == 1 and words[0] in _ASIDE_RESUMING_PREPS:
            opened = left.rfind(",", 0, seg.start())
            if opened >= 0:  # "plans to restart the reactor, offline since mid-May, in early September": the
                left = left[:opened] + " " + seg["seg"]  # aside's "since" is not the sentence's tense
    found = _scan(_WORD.findall(left.lower()))
    if found:
        return found
    rel = _RELATIVE_OPEN.search(left) if right[:1] == "," else None
    if rel:  # "the company, which reports earnings on Thursday, has cut ...": the main clause is not its tense
        if rel["verb"] in _SCHEDULED:
            return 1
        # "Its shares, which traded above $80 in January, closed ...": the aside's own simple past (right after
        # "which" an -ed word is the verb, even one often an adjective: "traded", "based")
        return -1 if rel["verb"] in PAST_MARKERS or rel["verb"].endswith("ed") else 0
    if right[:1] == "," and seg and not seg["conj"] and _CLOSED_ASIDE.search(clause) is None and "," not in seg["seg"]:
        aside = seg["seg"].lower().split()
        if _ING_ASIDE.match(seg["seg"]) and aside[0] not in _NOT_PROGRESSIVE \
                and (len(aside) <= 2 or aside[1] in _PLACE_PREPOSITIONS):  # not "citing weak demand in March"
            # "The central bank, meeting on Thursday, is likely to hold rates": a present participle's time is
            # its main clause's
            m = _BOUNDARY.search(right, 1)
            main = _WORD.findall(right[1:m.start() if m else len(right)].lower())[:6]
            for i, word in enumerate(main):  # the main clause's first tense word
                found, _ = _marker(word, main[i - 1] if i else "")
                if found:
                    return found
        return 0  # "the factory, shut in February, will reopen": the verb after the aside is the main clause's
    m = _BOUNDARY.search(right) or _COMMA_CONJ.search(right)  # ", and a week of mourning begins": another clause
    if m:
        right = right[:m.start()]
    words = _own_verb_phrase(_WORD.findall(right.lower())[:10])
    if words[:1] == ["to"]:
        words = []  # "Ministers meet on Tuesday to discuss what went wrong": a purpose's clauses are not its tense
    for i, word in enumerate(words):
        if _called_off(words, i):
            return 1  # "Bonfire Night displays have been cancelled": called off before they happen
        if word in _PRESENT:
            continue  # "Friday's purchases is ...": present after the date says little
        if word in _NOUN_LIKE_PLANS and (_plans_as_noun(words, i) or _NOUN_PLANS_END.search(right)):
            continue  # "when he set aside his vacation plans, talks resumed": a noun
        found, _ = _marker(word, words[i - 1] if i else "")
        if found and not (word == "followed" and words[i + 1:i + 2] == ["by"]):  # "on Easter Sunday, followed by breakfast"
            return found
    if _CONDITIONAL_OPEN.match(clause):
        return 1  # no tense in a conditional: "If the heat persists on Tuesday, ..." is a present about the future
    return 0


_CONDITIONAL_OPEN = re.compile(r"\s*[\"“]?(?:if|unless|once)\s", re.I)
# an absolute clause opening the sentence: "With the vote coming on Saturday, ..."
_WITH_ING = re.compile(r"\s*[\"“]?With\s+[^,;:.!?]{1,50}?\s+[a-z]{3,}ing\s+(?:on\s+|at\s+|in\s+)?$")
# a condition told by inversion: "Were the strike to go ahead ...", "Should the talks fail ..."
_INVERTED_CONDITION = re.compile(r"\s*[\"“]?(?:Were\s+[^,;:.!?]{1,40}?\s+to\s+[a-z]|Should\s)")
# an aside that dates a fronted expression by an offset from an event: ", a week after the vote,"
_OFFSET_ASIDE = re.compile(r",\s+(?:just\s+|only\s+|barely\s+)?(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|a few|\d{1,2})"
                           r"\s+(?:hours?|days?|weeks?|months?|years?)\s+(?:after|before)\s(?:[^,.;:!?]|(?<=\bvs)\.|(?<=\b[A-Z])\.){1,80},")

# a reporting aside after a fronted date: ", the company said,", ", officials say,", ", said the spokesman,"
_SAID_ASIDE = re.compile(r",\s+(?:(?:[\w'’.-]+\s+){1,4}?(?:said|says|say|told\s+[\w'’.-]+|added|noted)"
                         r"|(?:said|says)\s+(?:[\w'’.-]+\s+){0,3}?[\w'’.-]+)\s*,")
# a date opening its sentence, after one or two words ("In March", "Late on Tuesday")
_FRONTED = re.compile(r"(?:^|[.!?]\s+|\n)[\"“]?(?:[A-Za-z]+\s+){1,2}$")

# "The summit opens Monday", "he returns in May", "the holiday, which falls on Wednesday": a present-tense verb
# right before a date looks ahead.
_PRESENT_VERB = re.compile(r"\b(?i:it|he|she|which)\s+(?P<verb>[a-z]{3,}[^s\W]s)\s+(?:on\s+|in\s+|at\s+)?$")
_NOT_PRESENT_VERBS = {"this", "was", "has", "its", "his", "news", "series", "always", "perhaps", "sometimes", "thus",
                      "plus", "unless", "less", "bus", "status", "bonus", "campus", "census", "chaos", "virus"}


_UPCOMING_AFTER = re.compile(r"\s+(?:(?:is|are)\s+(?:next|coming(?:\s+up)?|approaching|fast\s+approaching|near|nearing|"
                             r"(?:just\s+)?around\s+the\s+corner)|looms?|approach(?:es)?|nears)\b")
_DEICTIC_AND = re.compile(r"\b(?P<d>today|tonight|tomorrow|yesterday)\s+(?:and|or)\s+(?:on\s+)?$", re.I)
_FALLS_ON = re.compile(r"\b(?:falls?|lands?)\s+on\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s+(?:and|or)\s+)?$")


# The last word before the expression, for cheap tests before the searches above: each of them
# ends with a word and some space right before the expression.
_LETTERS = re.compile(r"[^\W\d_]+")
# "from 6 a.m. until", "from Monday through": a range's start is a time ("from the bloc until" is no range)
_FROM_UNTIL = re.compile(r"\bfrom\s+(?P<first>(?:\d|(?:" + "|".join(sorted(_RANGE_START_WORDS, key=len, reverse=True))
                         + r")\b)[^\s,;]*(?:\s[^\s,;]+){0,2}?)\s+(?:until|till|through)\s+$", re.I)
_SOON_LAST = {"as", "than", "for", "of"}
_DEADLINE_LAST = {"by", "effective", "payable", "expire", "expires", "expiring", "starting", "beginning", "record",
                  "deadline", "due", "on", "at"}
_UNTIL_LAST = {"until", "till", "through"}


def _last_word(text: str, start: int) -> str:
    if start and text[start - 1].isspace():
        m = _LETTERS.match(text[max(0, start - 40):start].rstrip()[::-1])  # reversed: the last word
        return m.group()[::-1].lower() if m else ""
    return ""


def _called_off_plan(text: str, start: int, end: int, last: str) -> bool:
    """ "a test event set for mid-March had been cancelled": a plan's date, whatever the tense."""
    return last == "for" and bool(_CALLED_OFF_AFTER.match(text, end)) and bool(_PLAN_FOR_DATE.search(text, max(0, start - 70), start))


def _earlier_event(text: str, start: int, last: str) -> bool:
    """ "votes on June 25, five weeks after a ballot on May 21": an earlier event, which the main verb's
    future does not date."""
    return last in ("on", "in") and " after " in text[max(0, start - 70):start] \
        and bool(_UNITS_AFTER_EVENT.search(text, max(0, start - 70), start))


def takes_nearest(text: str, start: int, end: int) -> bool:
    """A date no earlier date's tense should lend a direction to: the nearest one."""
    last = _last_word(text, start)
    return _called_off_plan(text, start, end, last) or _earlier_event(text, start, last)


def past_plan(text: str, start: int) -> bool:
    """ "the summit was due to end on Thursday": a plan told in the past, its day the nearest one."""
    window = text[max(0, start - 70):start]
    return ((" due to " in window or "scheduled to " in window) and bool(_WAS_PLANNED_TO.search(window))) \
        or ("had " in window and bool(_HAD_PLANNED_TO.search(window)))


def postponed_to(text: str, start: int) -> bool:
    """ "has been moved to Saturday", "postponed until Jan. 31": the new date of a postponement."""
    return _last_word(text, start) in _UNTIL_LAST | {"to"} and bool(_POSTPONED.search(text, max(0, start - 60), start))


# a photo caption: its sentence opens with "Photo:", "Pictured:" (and no future or infinitive before the date)
_CAPTION_MARK = re.compile(r"(?:^|[.!?]\s+|\n)\(?(?:Photo|PHOTO|Pictured|PICTURED)\s*[:)-][^.!?\n]*$")
_CAPTION_FUTURE = re.compile(r"\b(?:will|'ll|to|would|shall|next|tomorrow)\b", re.I)


def _in_caption(text: str, start: int) -> bool:
    m = _CAPTION_MARK.search(text, max(0, start - 200), start)
    return bool(m) and not _CAPTION_FUTURE.search(text, m.start(), start)


# a yes/no question opened by an auxiliary: "Will the Fed cut again in December?" asks about what lies ahead
# (its verb is a base form, whatever it looks like), "Did the bank cut rates on Thursday?" about what has happened
_QUESTION_OPEN = re.compile(r"(?:[.!?]\s+|\n)[\"“]?(?:(?:Why|How|When|Where|What|Who)\s+)?"
                            r"(?P<aux>[Ww]ill|[Ss]hall|[Ww]on['’]t|[Ww]ould|[Dd]id|[Dd]idn['’]t)\s[^.!?\n]*$")
_SENTENCE_STOP = re.compile(r"[.!?\n]")
_SUBORDINATE = frozenset({"who", "which", "that", "when", "after", "before", "because", "since", "if", "while", "where",
                          "until", "unless"})  # (not "once", "as": "cut once more", "as early as")


def _question_direction(text: str, start: int, end: int) -> int:
    stop = _SENTENCE_STOP.search(text, end, end + 150)
    if not stop or stop.group() != "?":
        return 0
    left = text[max(0, start - 150):start]
    m = _QUESTION_OPEN.search(". " + left if start <= 150 else left)  # (the text's start opens a sentence)
    if not m or "," in m.group() or _SUBORDINATE.intersection(_WORD.findall(m.group()[m.end("aux") - m.start():].lower())):
        return 0  # "Who will replace the coach, who was sacked on Sunday?": the date's own clause has its tense
    return -1 if m["aux"][0] in "Dd" else 1


# a likelihood said of the event the date belongs to: "(said) a hike in December was still possible"
_LIKELY_AFTER = re.compile(r"\s+(?:was|were|is|are|looked|looks|seemed|seems|remained|remains)\s+"
                           r"(?:still\s+|now\s+|also\s+|not\s+|increasingly\s+|highly\s+|very\s+|more\s+|less\s+)?"
                           r"(?:possible|likely|unlikely|probable|improbable|in\s+doubt|on\s+the\s+(?:table|cards))\b"
                           r"(?=\s*(?:[,.;:!?)\"”]|$|to\b|that\b|and\b|but\b|if\b|unless\b|given\b|because\b))", re.I)
# (not an adverb before a participle: "sales in March were likely driven by tariffs")


# a subject with a reduced relative that sorts by a day, its verb right after the date: "Applications received after
# Monday will be processed in September" (what comes after the day is still to come)
_FUTURE_RIGHT = re.compile(r"\s+(?:will|'ll|must|can|should|are\s+to|is\s+to)\s")
_REDUCED_SUBJECT = re.compile(r"(?:^|[.!?;:]\s+|\n)[\"“]?[A-Z][\w'’-]*(?:\s+(?!who\b|that\b|which\b|was\b|were\b)[a-z][\w'’-]*){0,3}?"
                              r"\s+[a-z]{3,}ed\s+after\s+$")  # (not "Residents evacuated on Wednesday can return": done)
_WAS_TO_HAVE = re.compile(r"\b(?:was|were)\s+(?:(?:due|scheduled|supposed|set|meant|expected|slated)\s+)?to\s+have\s+"
                          r"[a-z]+\b[^.;:!?]{0,50}$", re.I)
_MODAL_PERFECT = re.compile(r"\b(?:would|could|might)(?:n['’]t)?\s+(?:not\s+)?have\s+(?!to\b)[a-z]+\b[^.;:!?]{0,40}$", re.I)
_COUNTERFACTUAL = re.compile(r"(?:^|[.!?]\s+|\n)[\"“]?(?:Had\s|If\s[^.;:!?]{0,80}?\bhad\s)[^.;:!?]*$")
_REPORTED_SUBJECT = re.compile(r"\b(?:said|says|announced|confirmed|insisted)\s+(?:that\s+)?(?:its|the|their|his|her|our)\s"
                               r"[^.;:!?,\"]{0,40}$")
_MODAL_VERB_AFTER = re.compile(r"(?:(?:[^.;:!?,\"]|\.(?= \d)){0,35}?\s)?would\s+(?:not\s+)?[a-z]+")


@lru_cache(maxsize=16)
def direction(text: str, start: int, end: int) -> int:
    """-1 past, +1 future, 0 unknown. (Cached, keyed by the text and span: a pure function of them, asked again for
    the same expression by several rules; a small cache, for the document being tagged.)"""
    if "?" in text[end:end + 150] and (asked := _question_direction(text, start, end)):
        return asked
    if _LIKELY_AFTER.match(text, end):
        return 1  # a prediction about the event dated (backshifted after "said"): it lies ahead
    if _FUTURE_RIGHT.match(text, end) and _REDUCED_SUBJECT.search(text, max(0, start - 80), start):
        return 1  # "Applications received after Monday will be processed": a subject's participle takes its main verb's time
    if " to have " in text[max(0, start - 70):start] and _WAS_TO_HAVE.search(text, max(0, start - 70), start):
        return -1  # "was to have docked on Friday": a perfect infinitive tells a plan that did not happen by its day
    if " have " in text[max(0, start - 60):start] and _MODAL_PERFECT.search(text, max(0, start - 60), start) \
            and _COUNTERFACTUAL.search(text, max(0, start - 200), start):
        return -1  # a third conditional's main clause: "Had the ceasefire held, convoys would have reached the north by Sunday"
    near = text[max(0, start - 200):start]
    if ("hoto" in near or "ictured" in near or "ICTURED" in near) and _in_caption(text, start):
        return -1  # "Photo: the captain lifts the trophy on Sunday": a caption's present shows a past moment
    window = max(0, start - 25)
    last = _last_word(text, start)
    if last in _SOON_LAST and _SOON.search(text, window, start):
        return 1
    if last in ("in", "during") and "that " in text[max(0, start - 70):start] and _MODAL_NEXT.match(text, end) \
            and _THAT_SUBJECT.search(text, max(0, start - 70), start):
        return 1  # "warned that a second wave of infections in the autumn could derail it": the clause's modal, after its subject
    if text.startswith(("'s ", "’s "), end) and last in ("in", "at", "during") and _DECIDED_AT.search(text, max(0, start - 90), start) \
            and _next_word_is(text, end + 3, _DECIDING_EVENTS):
        return -1  # "Britons voted to leave the EU in Thursday's referendum": the vote's own day, not the plan's
    if text.startswith((" unlikely", " likely", " possible", " probable"), end) and _ODDS_AFTER.match(text, end):
        return 1  # "said that made another move in September unlikely": odds are given for what has not happened
    if last in ("in", "on") and ("ahead of" in text[max(0, start - 60):start] or "run-up" in text[max(0, start - 60):start]) \
            and _AHEAD_OF_EVENT.search(text, max(0, start - 60), start) and _verb_direction(text, start, end) < 0:
        return 0  # "raised prices ahead of the holiday season in November": the event follows the act, whose
        # past says nothing of the event's date: the nearest one ("massed ahead of the invasion on Feb. 24": past)
    if _DEADLINE_AFTER.match(text, end) and not _DEADLINE_GONE.search(text, max(0, start - 40), start):
        if last == "the" and _BY_THE.search(text, max(0, start - 12), start) \
                and _clause_direction(text[max(0, start - 120):start], "") < 0:
            return -1  # "shareholders tendered 99% of the shares by the Tuesday deadline": a deadline reached
        return 1
    if text.startswith((" falls on", " fall on", " lands on"), end):
        return 1  # "Easter falls on March 28": a date's calendar told in the present, the coming one
    if text.startswith((" is", " are", " loom", " approach", " nears"), end) and _UPCOMING_AFTER.match(text, end):
        return 1  # "Columbus Day is next", "Thanksgiving is approaching", "the deadline looms": still to come
    if _EARLIEST_AFTER.match(text, end) and not _PLUPERFECT.search(text, max(0, start - 80), start):
        return 1  # "Officials say Wednesday at the earliest": a date not yet reached
    if last in ("due", "on", "at") and _WAS_DUE.search(text, window, start):
        return -1  # "the report was due on Friday": a deadline that has passed
    if "ly " in text[max(0, start - 70):start] and _SUPERSEDED_PLAN.search(text, max(0, start - 70), start):
        return 0  # (the substring test first: the regex would try every position of the window)
    window_70 = text[max(0, start - 70):start]
    if (" due to " in window_70 or "scheduled to " in window_70) and _WAS_PLANNED_TO.search(text, max(0, start - 70), start):
        return 0  # "a grace period that was due to expire on Sunday": a past plan, its date the nearest one
    if "had " in window_70 and _HAD_PLANNED_TO.search(text, max(0, start - 70), start):
        return 0  # "had planned to list its shares in June but ... would wait": a plan given up, its date the nearest
    if last in _DEADLINE_LAST and _DEADLINE.search(text, window, start) \
            and not text.startswith(("'s ", "’s "), end) \
            and not _PLUPERFECT.search(text, max(0, start - 80), start) \
            and not _DEADLINE_GONE.search(text, max(0, start - 60), start) \
            and not _HAD_AFTER.match(text, end) and not (last == "by" and _past_verb_then_by(text, start)):
        return 1  # "by Wednesday", unless "had filed reports by Wednesday" or "by Sunday, it had passed" (or "by July's rains")
    if last == "for" and _called_off_plan(text, start, end, last):
        return 0
    if text.find(" would ", end, end + 50) != -1 and _REPORTED_SUBJECT.search(text, max(0, start - 60), start) \
            and _MODAL_VERB_AFTER.match(text, end):
        # "The league said its Boxing Day program on Dec. 26 would go ahead": the date is in the subject of a
        # reported clause; the report's past says nothing of it, the nearest one ("said the attack on Sunday
        # would not change policy" stays past)
        return 0
    if last in ("on", "in") and _earlier_event(text, start, last):
        return min(_verb_direction(text, start, end), 0)  # a past main verb still dates it
    if last == "for" and (_PERFECT_FOR.search(text, max(0, start - 70), start) or _SET_FOR_DATE.search(text, max(0, start - 60), start)) \
            and not text.startswith(("'s", "’s"), end) and not _PLUPERFECT.search(text, max(0, start - 80), start) \
            and not _HAD_AFTER.match(text, end):
        return 1  # "the union has called a strike for Monday", "the judge set sentencing for Feb. 20": the target lies ahead
    if last in ("on", "and", "or") and ("fall" in text[max(0, start - 40):start] or "land" in text[max(0, start - 40):start]) \
            and _FALLS_ON.search(text, max(0, start - 40), start):
        return 1  # "Christmas Day and Boxing Day fall on Saturday and Sunday": a date's weekday told in the present
    if last in ("on", "in", "at") or last.endswith("s"):
        m = _PRESENT_VERB.search(text, max(0, start - 40), start)
        if m and m["verb"] not in _NOT_PRESENT_VERBS:
            return 1
    if _market_move(text, start, last):
        return -1  # a market's move is reported once it has happened
    way = _verb_direction(text, start, end)
    if not way and last in ("on", "and", "or") and (deictic := _DEICTIC_AND.search(text, max(0, start - 24), start)):
        # "Banks are shut today and on Monday": a day listed after today lies ahead, after yesterday behind
        return -1 if deictic["d"].lower() == "yesterday" else 1
    if way > 0 and _unrealised_plan(text, start, end):
        return -1
    if not way and (_headline_infinitive(text, start) or last in _FORECAST_WORDS):
        return 1  # "Storm to hit coast Friday"; a verbless forecast, "showers likely Saturday afternoon"
    if way <= 0 and _imperative_clause(text, start):
        return 1  # its -ed words are adjectives ("watch for ice on untreated roads Tuesday")
    if (not way or (way < 0 and (_SAID_AFTER.match(text, end) or _OPENER_AFTER.match(text, end))
                    and not _clause_direction(text[max(0, start - 120):start], ""))) \
            and (_scheduled_present(text, start) or _subject_present(text, start, end)):
        return 1  # no tense before, a simple present of a scheduled event: "Parliament votes on Thursday, officials said"
    if last in ("to", "until", "till") and (moved := _POSTPONED.search(text, max(0, start - 60), start)):
        if _NOW_POSTPONED.search(text, max(0, start - 60), start):
            return 1  # "has been moved to Friday", "is being pushed back to June": the new date lies ahead
        way = _verb_direction(text, start, end)
        if way < 0 and _MONTH_OR_SEASON_NAME.search(text, start, end) \
                and not _HAD_JUST_BEFORE.search(text, max(0, moved.start() - 12), moved.start()):
            return 1  # "pushed it back to the spring": a month or season a plan is moved to lies after the move
            # (not "the judge had pushed it back to December" before a trial that has opened)
        return max(way, 0)  # "pushed back to Jan. 31": no past, the nearest (a day may be one just gone:
        # "the match, postponed to Sunday, ended in a draw")
    if last in _UNTIL_LAST and ("xtend" in text[max(0, start - 60):start] or "rolong" in text[max(0, start - 60):start]) \
            and _EXTENDED.search(text, max(0, start - 60), start) and not _PLUPERFECT.search(text, max(0, start - 80), start):
        return 1  # "extended a red flag warning through 8 p.m. Thursday": the new end lies ahead
    if last in _UNTIL_LAST and "from " in text[max(0, start - 40):start]:
        m = _FROM_UNTIL.search(text, max(0, start - 40), start)
        if m:  # "was closed from 6 a.m. until 1 p.m. Tuesday": a range, in the tense of its start
            return direction(text, m.start("first"), m.end("first"))
    if last == "on" and (clock := _CLOCK_ON.search(text, max(0, start - 24), start)):
        return direction(text, clock.start(), clock.end("clock"))  # "worked until 3 a.m. on Tuesday": the clock's tense
    if last in _UNTIL_LAST and _SPAN_THROUGH.search(text, max(0, start - 30), start):
        return way  # "added 1.2 million jobs in the 12 months through March": the end of a span measured, its tense
    if last in _UNTIL_LAST and _UNTIL.search(text, window, start):
        if _HAD_NOT_NEAR.search(text, max(0, start - 60), min(len(text), end + 40)):
            return -1  # "Until Thursday, they had not called him a suspect": it happened by then
        if "did" in text[max(0, start - 60):start] and _DID_NOT_UNTIL.search(text, max(0, start - 60), start):
            return -1  # "officers did not enter the building until Tuesday": it happened then
        if _PAST_STATE_UNTIL.search(text, max(0, start - 60), start):
            return -1
        return way if way > 0 else 0
    if way > 0:
        return way
    # (cheap bounded substring tests gate the searches below: no slices, small windows)
    if not way and text.find("orecast", max(0, start - 150), start) >= 0 and _FORECAST_BEFORE.search(text, max(0, start - 150), start):
        return 1  # "the forecast is mixed: sunny spells on Good Friday, showers on Saturday": a forecast's days lie ahead
    if not way and _LISTING_LINE.match(text, start) and not text[text.rfind("\n", 0, start) + 1:start].strip(" \t-–•*"):
        if text.startswith(":", end):  # a label: the line after it tells ("Monday: The pound fell to ...")
            told = _clause_direction("", text[end + 1:end + 121])
            if told:
                return told
        return 1  # an events listing's verbless line, "Saturday, 11 a.m.. Free, for children under 10.": a day ahead
    if not way and text.find("?", max(0, start - 60), start) >= 0:  # (an answer opens within 40 characters of its line)
        asked = _answered_question_direction(text, start)
        if asked:
            return asked  # "Q. What was the hardest moment? / A. Christmas Eve, in the Southern Ocean.": the question's tense
    lo = max(0, start - 140)
    if (text.find("ugges", lo, start) >= 0 or text.find("ecommend", lo, start) >= 0 or text.find("dvise", lo, start) >= 0
            or text.find("urge", lo, start) >= 0) and (advice := _ADVICE.search(text, lo, start)):
        # "Researchers suggest going to bed 15 minutes earlier ... and getting outside on Sunday morning": the act
        # advised lies ahead, unless a past verb of its own comes between ("recommend buying shares that fell on Friday")
        words = _WORD.findall(text[advice.start():start].lower())
        if not any(w != "earlier" and _marker(w, words[i - 1] if i else "")[0] < 0 for i, w in enumerate(words)):
            return 1
    return way


_FORECAST_BEFORE = re.compile(r"\bforecasts?\b[^.!?\n]*$", re.I)
# a weekday opening a line of a listing, with a clock time or a place after it and no verb in the line
_LISTING_LINE = re.compile(r"(?:mon|tues|wednes|thurs|fri|satur|sun)day\b(?:,?\s+\d{1,2}(?:[:.]\d\d)?\s?[ap]\.?m\.?)?[,.:]", re.I)
_SPEAKER_LABEL = re.compile(r"[ \t]*(?:A|[A-Z][A-Z'’.-]+)[.:][ \t]+")  # "A. ", "CHEN: "


def _answered_question_direction(text: str, start: int) -> int:
    """The tense of the question a verbless answer opens with: an interview's "A. Christmas Eve, in the Southern Ocean."
    after "Q. What was the hardest moment?" (the answer's line has at most a speaker label and a few words before it)."""
    line = text.rfind("\n", 0, start) + 1
    if not line or start - line > 40:
        return 0
    label = _SPEAKER_LABEL.match(text, line, start)
    head = text[label.end() if label else line:start].split()
    if len(head) > 3 or any(not word[:1].isupper() and not word[:1].isdigit() for word in head):
        return 0  # the answer has words of its own before the expression
    above = text[max(0, line - 300):line].rstrip()
    if not above.endswith("?"):
        return 0
    question = above[above.rfind("\n") + 1:]
    return _scan(_WORD.findall(question.lower()))


# a present verb of advice and the act it advises (a gerund), the clause running on to the expression
_ADVICE = re.compile(r"\b(?:suggest|suggests|recommend|recommends|advise|advises|urge|urges)\s+(?:[a-z]+\s+)?[a-z]{2,}ing\b[^.;!?]*$",
                     re.I)


# Headline grammar with no tense word: "Storm to hit coast Friday" (an infinitive right after the subject is a
# future), "Oil prices fall Friday" (a market move in the present is only reported once it has happened)
_HEADLINE_TO = re.compile(r"(?:^|[.!?]\s+|\n)[\"“]?[A-Z][\w'’.-]*\s+(?:[A-Za-z][\w'’-]*\s+){0,2}?to\s+"
                          r"(?!(?:the|a|an|its|their|his|her|this|that|be)\b)[a-z]{2,}\b[^.;:!?\n]*$")
_MARKET_MOVES = {f for base in ("jump", "fall", "rise", "drop", "slide", "slip", "sink", "plunge", "soar", "surge", "tumble",
                                "climb", "gain", "rally", "dip", "rebound", "retreat", "slump", "sag", "advance")
                 for f in (base, base + "s")}

_MOVE_SIZE = {"pct", "percent", "per", "cent", "points", "pts", "cents", "pence", "higher", "lower", "up", "down", "flat",
              "mixed", "firmer", "weaker"}
_SESSION_ENDS = {"ends", "end", "closes", "close", "finishes", "finish", "settles", "settle"}


def _headline_infinitive(text: str, start: int) -> bool:
    left = text[max(0, start - 80):start]
    return " to " in left and bool(_HEADLINE_TO.search(left))


def _market_move(text: str, start: int, last: str) -> bool:
    if last and last not in _MARKET_MOVES and last not in _SESSION_ENDS and last not in _MOVE_SIZE:
        return False  # (cheap test first: the date follows the move or its size)
    left = text[max(0, start - 80):start]
    stop = None
    for stop in _BOUNDARY.finditer(left):
        pass
    words = _WORD.findall(left[stop.end() if stop else 0:].lower())[-8:]
    for i, w in enumerate(words):
        session_close = w in _SESSION_ENDS and words[i + 1:i + 2] != [] and words[i + 1] in _MOVE_SIZE
        if (w in _MARKET_MOVES or session_close) and i and words[i - 1] not in _DETERMINERS \
                and words[i - 1] not in _BEFORE_BASE_FORM and words[i + 1:i + 2] != ["on"] \
                and all(not x[0].isalpha() or x in _MOVE_SIZE for x in words[i + 1:]):
            return True  # only the move's size between: "shares jump 10% Monday", "Wall Street ends lower
            # Thursday" (not "falls on Wednesday" nor "profit falls 23 pct, sees tough Christmas")
    return False


_DEMANDED = {"demanded", "requested", "required", "needed", "called", "gave", "urged", "sought", "awaited"}


def _past_verb_then_by(text: str, start: int) -> bool:
    """ "a run that lifted them clear by March", "rebels took the town by Sunday": a simple past with its
    object before "by" tells what had happened by then. A participle right before "by" may be a passive or
    an adjective ("ballots postmarked by Nov. 2"), and a verb of intent looks ahead ("expected a ruling by May")."""
    words = _WORD.findall(text[max(0, start - 50):start].lower())[:-1]  # without the "by"
    if len(words) < 3 or _marker(words[-1], words[-2])[0]:
        return False
    for i in range(len(words) - 2, max(-1, len(words) - 8), -1):
        w, prev = words[i], words[i - 1] if i else ""
        if w == "to" and (not words[i + 1][0].isalpha() or words[i + 1] in _DETERMINERS or words[i + 1] in _QUANTIFIERS
                          or prev not in _FUTURE_BEFORE_TO and prev not in _DEMANDED
                          and _marker(prev, words[i - 2] if i > 1 else "")[0] < 0):
            continue  # "fell to 214 pence by midday", "restored to most homes", "returned to normal": a preposition
        if prev in ("was", "were") and w.endswith("ed") and w not in NOT_PAST_ED \
                and w not in _FUTURE_BEFORE_TO and w not in _DEMANDED:
            return True  # "power was restored to most homes by Monday": a past passive with more after it
        if w in _BEFORE_BASE_FORM or w in _DEMANDED \
                or w in _FUTURE_BEFORE_TO and (w not in _COPULAS or words[i + 1] == "to" or words[-1] in _FUTURE_BEFORE_TO):
            return False  # (a copula looks ahead only before "to" or a word of intent: "was to", "was due by")
        found, _ = _marker(w, prev)
        if found:
            return found < 0 and prev not in _PAST_AUX
    return False


_COPULAS = frozenset({"was", "were", "is", "are"})  # "the difference was clear by Tuesday": a state reached


# Simple presents of scheduled events, used only when the clause has no tense cue at all: "the
# team plays on Sunday", "the talks resume Monday" (a plural noun such as "votes" could be a
# subject, so these are no cue anywhere else).
_SCHEDULED = {
    f for base in ("meet", "report", "resume", "vote", "play", "face", "begin", "start", "open", "close", "end", "visit", "return",
                   "arrive", "leave", "travel", "host", "hold", "head", "take", "launch", "debate", "decide", "speak",
                   "testify", "release", "announce", "sign", "convene", "reconvene", "gather", "march", "fly", "sail",
                   "compete", "race", "perform", "appear", "rule", "kick", "tee", "reopen", "debut", "premiere", "run", "continue",
                   "break", "mark", "celebrate", "commemorate", "observe", "honor", "honour", "step", "retire", "resign",
                   "depart", "finish", "remain", "stay", "air", "expire", "conclude", "wrap", "lift", "tip", "land", "dock",
                   "wind", "get", "unveil", "enter", "restart", "relaunch", "embark", "welcome",
                   "tour", "headline", "dissolve", "adjourn", "recess", "lapse", "marry", "wed", "broadcast", "graduate", "come", "apply")
    for f in (base, base + "s", base + "es", base[:-1] + "ies" if base.endswith("y") else base + "s")
} | {"goes", "go", "flies", "moves"}
_REDUCED_RELATIVE = re.compile(r",\s+(?:" + "|".join(sorted(_BASE_LIKE_PASTS - {"last", "forecast", "bid"})) + r"|reached|recorded|posted|seen|struck|made|"
                                r"won|hit|announced|signed|filed|issued|released)\s+(?:on\s+|in\s+|at\s+|last\s+)?$")
_PERSONAL_SUBJECTS = {"they", "he", "she", "we", "i", "you"}
_SCHEDULED_PAST_LIKE = {"run", "hit", "set", "put", "cut", "quit"}  # present forms that are also pasts ("and run")
# "3 p.m. on Friday", "at 7:15 on Monday" are one clause
_CLAUSE_WORD = re.compile(r"[A-Za-z']+|[.!?](?=\s+[\"“']?[A-Z])|[;()\n]|:(?!\d)")
_NOT_SCHEDULED_SUBJECT = {"to", "did", "didn't", "not", "never", "would", "could", "should", "might", "may", "must",
                          "can", "will", "the", "a", "an", "its", "their", "his", "her", "of", "for", "and", "or",
                          "that", "had", "has", "have", "was", "were", "been"}


# "the film hits cinemas on Thursday": a release ("quake hits Turkey" is a headline's past)
_RELEASE_VENUES = {"cinemas", "theaters", "theatres", "screens", "shelves", "stores", "shops", "newsstands"}


# A sentence opening with a singular subject and a simple present before a bare weekday: "The court hears
# the appeal on Wednesday", "Parliament dissolves on Friday" (a plural subject has an "s" before its verb)
_SUBJECT_PRESENT = re.compile(r"(?:^|[.!?]\s+|\n)[\"“]?(?:(?:The|A|An)\s+)?(?P<subject>(?:[A-Za-z-]+\s+){1,2}?)"
                              r"(?P<verb>[a-z]{3,}[^s\W'’]s)\s[^.;:!?\n,]*$")


# a verb right after the word taken for a present: that word was the subject's plural noun
_VERB_AFTER_NOUN = re.compile(r"\s+(?:(?:also|then|still|just|already|quickly|later)\s+)?(?:[a-z]{2,}ed|have|had|were|are|will|would|"
                              + "|".join(sorted(_BASE_LIKE_PASTS)) + r")\b")


# reports, sequences and states in the present say nothing of a schedule: "the move follows a vote on Monday"
_NOT_SCHEDULE_VERBS = {"follows", "precedes", "comes", "means", "seems", "looks", "says", "tells", "reports", "adds",
                       "notes", "writes", "claims", "admits", "denies", "confirms", "insists", "recalls", "describes",
                       "explains", "shows", "suggests", "indicates", "recounts"}


def _subject_present(text: str, start: int, end: int) -> bool:
    if text[start:end].lower() not in WEEKDAYS or text.startswith(("'s", "’s"), end):
        return False
    m = _SUBJECT_PRESENT.search(text, max(0, start - 80), start)
    return bool(m) and m["verb"] not in _NOT_PRESENT_VERBS and m["verb"] not in UNPLANNED_EVENTS \
        and m["verb"] not in _NOT_SCHEDULE_VERBS \
        and not m["subject"].split()[-1].lower().endswith(("s", "'", "’")) \
        and not _VERB_AFTER_NOUN.match(text, m.end("verb"))  # "New York regulators (also) shut": a plural noun


def _scheduled_present(text: str, start: int) -> bool:
    """A scheduled-event verb in the simple present among the last words before ``start``, after a
    subject rather than a determiner: "the bill faces a vote Friday", "voters head to the polls Sunday"."""
    if "," in text[max(0, start - 25):start] and _REDUCED_RELATIVE.search(text, max(0, start - 25), start):
        return False  # "its record close, set Sept. 20": a reduced relative, a past, not the present's schedule
    words = _CLAUSE_WORD.findall(text, max(0, start - 60), start)[-10:]
    for i in range(len(words) - 1, 0, -1):
        w = words[i]
        if w in ".!?;:()\n":
            return False
        if w.lower() in _PERSONAL_SUBJECTS:
            return False  # "highs they set in late May": the nearest clause has its own subject and verb
        prev = words[i - 1]
        if prev.endswith(("'s", "’s")) or prev == "s":
            continue  # "Ohio Valley's close on Oct. 6": a noun after a possessive
        month_may = prev == "May" and i > 1 and words[i - 2] not in ".!?;:()\n"  # "passed in May, comes into force"
        if w in ("have", "has") and prev.lower() not in _NOT_SCHEDULED_SUBJECT and prev not in ".!?;:()\n" \
                and SCHEDULED_EVENT_NOUNS.intersection(x.lower() for x in words[i + 1:i + 5]):
            return True  # a fixture held: "we have a big game in Madrid on Wednesday"
        if (w in _SCHEDULED or w == "hits" and _RELEASE_VENUES.intersection(words[i + 1:i + 3])) \
                and (month_may or prev.lower() not in _NOT_SCHEDULED_SUBJECT) and prev not in ".!?;:()\n" \
                and words[i + 1:i + 2] != ["of"]:  # not a noun: "its record close of 9,337.97 on July 17"
            return True
    return False


# (the reporting verb closes the aside: not "the report for March, released on Friday, showed employers added")
_SAID_AFTER = re.compile(r"[^.;!?]{0,6},[^.;!?]{0,40}?\b(?:said|says|told|announced|reported|added|wrote)\b"
                         r"(?=\s*(?:[,.;:!?)\"”]|$|on\b|in\b|at\b|late\b|early\b|earlier\b|last\b|this\b|[A-Z]))")
# "Americans vote on Tuesday after a campaign that has lasted a year": the past is another clause's
_OPENER_AFTER = re.compile(r",?\s+(?:after|before|when|while|as|amid|following|despite)\b", re.I)
_POSTPONED = re.compile(r"\b(?:postponed|delayed|deferred|rescheduled|(?:pushed|put|moved)(?:\s+(?:it|them|this|that|the\s+[a-z]+))?\s+(?:back|off)|moved)"
                        r"(?:\s+[\w'’]+){0,3}?\s+(?:to|until|till)\s+$", re.I)
_HAD_JUST_BEFORE = re.compile(r"\bhad\s+(?:been\s+)?$")
_MONTH_OR_SEASON_NAME = re.compile(r"(?:spring|summer|autumn|fall|winter|" + "|".join(m for m in MONTHS if len(m) > 4)
                                   + r"|may|june|july)$", re.I)
_EXTENDED = re.compile(r"\b(?:extended|extends|prolonged|prolongs)\b[^.;!?]{0,50}?\s(?:until|till|through)\s+$", re.I)
_FORECAST_WORDS = {"likely", "possible", "unlikely", "expected", "forecast", "predicted"}
_EARLIEST_AFTER = re.compile(r",?\s+at\s+the\s+(?:earliest|latest)\b", re.I)
_NOW_POSTPONED = re.compile(r"\b(?:has|have|is|are)\s+(?:now\s+)?(?:been|being)\s+[\w\s]{0,30}$", re.I)
# advice addressed to the listener, about a day named: "so watch for ice on roads Tuesday", "Expect delays Friday"
_IMPERATIVES = {"watch", "expect", "plan", "prepare", "check", "avoid", "allow", "remember", "beware", "look"}
_CLAUSE_START = re.compile(r"(?:[.;:!?\n]|,\s+(?:so|and|then|but)\b)\s*")


def _imperative_clause(text: str, start: int) -> bool:
    """The clause before `start` opens with an imperative verb ("... , so watch for black ice Tuesday")."""
    left = text[max(0, start - 100):start]
    opening = 0
    for m in _CLAUSE_START.finditer(left):
        opening = m.end()
    words = left[opening:].split(None, 1)
    if not words or not (opening > 0 or start < 100):
        return False
    first = words[0].strip("\"“").lower()
    negated = first in ("don't", "don’t", "never") or (first == "do" and len(words) > 1 and words[1].startswith("not "))
    if not negated and first not in _IMPERATIVES and not (first.isalpha() and first not in _NOT_IMPERATIVE_OPENERS
                                                          and len(words) > 1 and _ME_OR_US.match(words[1])):
        return False  # a verb with "me" or "us" and no subject before it asks something: "Judge me in May"
        # (tested first: most clauses open with no imperative, and the report test below would say no too)
    comma = left.rfind(", ", opening)
    if comma >= 0 and _REPORTING.intersection(left[comma:].lower().split()):
        return False  # "Don't expect snow to clear before Thursday, the weather service warned on Sunday": the report's day
    if negated:
        return True  # a negated imperative: "Do not travel on Wednesday unless necessary, police warned"
    return not (len(words) > 1 and _OWN_CLAUSE.search(words[1]))


_ME_OR_US = re.compile(r"(?:me|us)\b")
_NOT_IMPERATIVE_OPENERS = {"like", "unlike", "for", "to", "with", "without", "about", "against", "between", "among",
                           "of", "from", "by", "behind", "before", "after", "near", "than", "as", "dear", "including",
                           "and", "but", "or", "so", "on", "in", "at", "around", "toward", "towards", "beside", "except"}


_OWN_CLAUSE = re.compile(r"\b(?:that|which|who|when|was|were|had|did|has|have)\b", re.I)  # "watch the storm that hit Tuesday"


_WAS_DUE = re.compile(r"\b(?:was|were)\s+due\s+(?:on\s+|at\s+)?$", re.I)
_SET_FOR_DATE = re.compile(r"\b(?:set|scheduled|slated|rescheduled|booked)(?:\s+[\w'’-]+){0,3}?\s+for\s+$", re.I)
# a plan's date, a few words of place between: "a rally planned at the park for Saturday"
_PLAN_FOR_DATE = re.compile(r"\b(?:set|scheduled|slated|rescheduled|booked|planned)(?:\s+[\w'’-]+){0,5}?\s+for\s+$", re.I)
_CALLED_OFF_AFTER = re.compile(r"\s+(?:had\s+been|has\s+been|have\s+been|was|were)\s+"
                               r"(?:cancell?ed|postponed|called\s+off|scrapped|suspended|pushed\s+back)\b", re.I)
_UNITS_AFTER_EVENT = re.compile(r"\b(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|few)\s+"
                                r"(?:days?|weeks?|months?|years?)\s+after\s[^.;:!?,]{0,50}\b(?:on|in)\s+$", re.I)
_PERFECT_FOR = re.compile(r"\b(?:has|have)\s[^.;:!?]{0,50}\bfor\s+$", re.I)
_HAD_AFTER = re.compile(r"[^.;!?]{0,40}?\b(?:had|was|were)\b", re.I)  # "by Sunday, it had passed", "... it was contained"
# a past negated action up to a day: not a refusal to speak, nor a future told in the past
_DID_NOT_UNTIL = re.compile(r"\bdid(?:n['’]t|\s+not)\s+(?!(?:say|comment|confirm|disclose|specify|know|expect|rule)\b)[a-z]+\b"
                            r"(?:(?!would\b|will\b)[^.;!?]){0,40}\s(?:until|till)\s+$", re.I)
# a past state that ended then: "the ceasefire lasted until August", "talks ran until 2 a.m. Friday", "the shop stayed closed until May", "the offer
# was valid until Oct. 1", "had been waived until May" (not a simple past passive's result, "was postponed until",
# nor "was not expected until")
_PAST_STATE_UNTIL = re.compile(r"\b(?:lasted|stayed|remained|continued|persisted|lingered|lived|served|worked|waited|ran|raged|went\s+on|dragged\s+on"
                               r"|(?:was|were)\s+(?!not\b|n['’]t\b|due\b|expected\b|scheduled\b|set\b|to\b|[a-z]+ed\b)[\w-]+"
                               r"|had\s+been\s+(?!due\b|expected\b|scheduled\b|set\b|to\b)[\w-]+)"
                               r"(?:\s+[\w-]+){0,3}?(?:,?\s+and)?\s+(?:until|till|through)\s+$", re.I)  # "... and until": coordinated
_HAD_NOT_NEAR = re.compile(r"\bhad(?:n['’]t|\s+(?:not|never))\b", re.I)


# "the museum was to open on Thursday, but the fire forced a delay": a plan in the past tense that a
# past event then overtook lies behind.
_NOT_SIMPLE_PAST = {"has", "have", "is", "are", "will", "would", "been", "'s"}
_WAS_TO = re.compile(r"\b(?:was|were)\s+(?:(?:due|scheduled|set|supposed|slated|meant|expected)\s+)?to\s+[a-z]+\b[^.;!?]{0,60}$", re.I)


def _unrealised_plan(text: str, start: int, end: int) -> bool:
    left = text[max(0, start - 90):start]
    if " to " not in left or not (" was " in left or " were " in left) or not _WAS_TO.search(left):
        return False
    stop = _BOUNDARY.search(text, end, end + 120)
    right = text[end:stop.start() if stop else end + 120].lower()
    at = right.find(" but ")
    if at < 0:
        return False
    words = _WORD.findall(right[at + 5:])[:4]
    if _NOT_SIMPLE_PAST.intersection(words):
        return False  # "but the deadline has been pushed back": a present, the plan may still be today's
    return any(_marker(w, words[i - 1] if i else "")[0] < 0 for i, w in enumerate(words))
