"""Dated events: triggers, descriptions, two-date sentences, context and publication anchoring, ids, clusters.

Expressions are written by hand here (not by the tagger) so these tests pin the event logic alone.
"""
from __future__ import annotations

import datetime as dt
import os
import re
from pathlib import Path

import pytest

from schemas import Event, TimeExpression
from worker.engine import extract
from worker.engine.events import build_events, expression_triggers
from worker.engine.triggers import lemma, tense, tokenize

PUBLISHED = dt.date(2017, 8, 16)  # a Wednesday


def timex(text: str, phrase: str, value: str, *, type_: str = "DATE", granularity: str = "day", nth: int = 0,
          tid: str = "t1", mod: str | None = None) -> TimeExpression:
    start = [m.start() for m in re.finditer(re.escape(phrase), text)][nth]
    return TimeExpression(tid=tid, text=phrase, start=start, end=start + len(phrase), type=type_, value=value,
                          granularity=granularity, mod=mod)


def events_of(text: str, *expressions: TimeExpression, published: dt.date | None = PUBLISHED, **kw):
    exprs = [e.model_copy(update={"tid": f"t{i + 1}"}) for i, e in enumerate(expressions)]
    return build_events("a1", text, "h", exprs, "test/0", published=published, **kw)


def trigger_of(text: str, phrase: str, value: str = "2017-08-15", **kw) -> str | None:
    x = timex(text, phrase, value, **kw)
    spans = expression_triggers(text, [x])[x.tid]
    return text[spans[0][0]:spans[0][1]] if spans else None


@pytest.mark.parametrize("sentence, phrase, trigger", [
    ("The court issued an arrest warrant on Tuesday.", "Tuesday", "issued"),
    ("On Tuesday, the court issued an arrest warrant.", "Tuesday", "issued"),
    ("The ICC opened its probe into Libya in March 2011 to investigate atrocities.", "March 2011", "opened"),
    ("Protesters were killed during the 17 February revolution against Gaddafi.", "17 February", "revolution"),
    ("Tuesday's decision by the court surprised many.", "Tuesday", "decision"),
    ("The company said Tuesday it would cut 500 jobs.", "Tuesday", "said"),
    ("Shares of the company closed yesterday at $18.", "yesterday", "closed"),
    ("In 1986 he bought Pixar, which Disney acquired in 2006.", "1986", "bought"),
    ("In 1986 he bought Pixar, which Disney acquired in 2006.", "2006", "acquired"),
    ("He fought cancer in 2004 and took six months off in early 2009.", "2004", "fought"),
    ("He fought cancer in 2004 and took six months off in early 2009.", "early 2009", "took"),
    ("The unit is expected to complete the sale early next year.", "early next year", "complete"),
    ("Earlier this month, Security Pacific, which is among the largest banks, completed the acquisition.",
     "Earlier this month", "completed"),
    ("Third-quarter profit grew 19% from a year ago.", "Third-quarter", "grew"),
    ("The bonds are profitable in 1994, analysts said.", "1994", "profitable"),
    ("Jobs returned to the stage on Monday to reveal iCloud.", "Monday", "returned"),
    # a date in a relative clause set off by commas dates the clause's verb, not the main clause's
    ("Ogden, whose shares began trading on the New York Stock Exchange in August, closed yesterday at $26.",
     "August", "trading"),
    # an event noun and its agent before the date: "decisions by the U.S. Supreme Court last June"
    ("The warning follows two decisions by the U.S. Supreme Court last June.", "last June", "decisions"),
    # an adverb before an -ing word makes it a verb
    ("Rains delayed planting, thus increasing sales in the third quarter.", "the third quarter", "increasing"),
    # a possessive date on a noun that names no event: the noun phrase is the subject of the event
    ("Friday's trading volume totaled 132.8 million shares.", "Friday", "totaled"),
])
def test_trigger_is_the_word_the_date_modifies(sentence, phrase, trigger):
    assert trigger_of(sentence, phrase) == trigger


def test_event_carries_trigger_offsets_description_sentence_and_interval():
    text = ("Amnesty welcomed the move. The arrest warrant that was issued by the Hague-based tribunal on "
            "Tuesday, said the commander is responsible for murder.")
    events = [e for e in events_of(text, timex(text, "Tuesday", "2017-08-15")) if e.anchor == "explicit"]
    # the warrant the relative clause tells of is co-dated; the event the date modifies is "issued"
    assert [e.trigger for e in events if "relation" in e.attributes] == ["warrant"]
    [event] = [e for e in events if "relation" not in e.attributes]
    assert event.trigger == "issued" and text[event.trigger_start:event.trigger_end] == "issued"
    assert "arrest warrant" in event.description and "issued" in event.description and "Tuesday" in event.description
    assert "responsible" not in event.description  # the clause, not the whole sentence
    assert event.sentence.startswith("The arrest warrant") and text[event.sentence_start:].startswith(event.sentence)
    assert (event.start, event.end) == (dt.date(2017, 8, 15), dt.date(2017, 8, 16))
    assert event.anchor == "explicit" and event.confidence == 1.0


def test_description_is_short_for_a_long_sentence():
    text = ("The ICC opened its probe into Libya in March 2011 to investigate atrocities committed during the "
            "revolution against Gaddafi, which had begun weeks earlier in the eastern city of Benghazi and spread.")
    events = events_of(text, timex(text, "March 2011", "2011-03", granularity="month"), context=False)
    [event] = [e for e in events if "relation" not in e.attributes]
    assert event.description == "The ICC opened its probe into Libya in March 2011"
    # the probe opened is an event of its own on the same date, its description naming the date too
    [probe] = [e for e in events if e.attributes.get("relation") == "object"]
    assert probe.trigger == "probe" and probe.value == "2011-03" and "March 2011" in probe.description


def test_two_dates_joined_by_and_give_two_events_with_one_trigger():
    text = "He ordered the execution of prisoners in seven incidents in 2016 and 2017."
    events = events_of(text, timex(text, "2016", "2016", granularity="year"),
                       timex(text, "2017", "2017", granularity="year"), context=False)
    # "ordered" is dated too, once per year, as the verb of the dated noun
    assert sorted((e.trigger, e.value) for e in events if "relation" in e.attributes) == [
        ("ordered", "2016"), ("ordered", "2017")]
    events = [e for e in events if "relation" not in e.attributes]
    assert [e.value for e in events] == ["2016", "2017"]
    assert events[0].trigger == events[1].trigger == "incidents"
    assert events[0].attributes["and"] == "2017" and events[1].attributes["and"] == "2016"
    assert "2016 and 2017" in events[0].description


def test_a_range_gives_its_two_ends_marked_as_such():
    text = "The exhibition ran from March to May in the old town hall."
    events = events_of(text, timex(text, "March", "2017-03", granularity="month"),
                       timex(text, "May", "2017-05", granularity="month"), context=False)
    assert [e.value for e in events if e.attributes.get("relation") == "subject"] == ["2017-03", "2017-05"]
    events = [e for e in events if "relation" not in e.attributes]
    assert [e.value for e in events] == ["2017-03", "2017-05"]
    for e in events:
        assert (e.attributes["range_start"], e.attributes["range_end"]) == ("2017-03", "2017-05")
        assert e.trigger == "ran"


def test_durations_and_sets_are_attributes_not_events():
    text = "The court sentenced him on Tuesday to three years in prison, with visits every Sunday."
    events = events_of(text, timex(text, "Tuesday", "2017-08-15"),
                       timex(text, "three years", "P3Y", type_="DURATION", granularity="duration"),
                       timex(text, "every Sunday", "XXXX-WXX-7", type_="SET", granularity="set"))
    assert len(events) == 1
    assert events[0].trigger == "sentenced"
    assert events[0].attributes["duration"] == "P3Y" and events[0].attributes["set"] == "XXXX-WXX-7"


def test_next_sentence_continues_the_dated_event():
    text = "Apple unveiled the iPhone 4 yesterday. The phone has a glass back and a faster processor."
    events = events_of(text, timex(text, "yesterday", "2017-08-15"), published=PUBLISHED)
    context = [e for e in events if e.anchor == "context"]
    assert len(context) == 1
    assert context[0].value == "2017-08-15" and context[0].trigger == "has"
    assert 0.5 <= context[0].confidence < 1.0


def test_context_carries_both_dates_of_a_pair():
    text = ("He has been accused of shooting prisoners in seven incidents in 2016 and 2017. "
            "He is responsible for the killing of 33 persons in these incidents.")
    events = events_of(text, timex(text, "2016", "2016", granularity="year"),
                       timex(text, "2017", "2017", granularity="year"))
    killings = [e for e in events if e.trigger == "killing"]
    assert sorted(e.value for e in killings) == ["2016", "2017"]
    assert all(e.anchor == "context" for e in killings)


def test_reporting_sentence_without_date_is_dated_by_publication():
    text = "The minister says the talks will resume. Officials have announced new measures."
    events = events_of(text)
    assert {e.trigger for e in events} == {"says", "announced"}
    assert all(e.anchor == "publication" and e.value == "2017-08-16" for e in events)
    assert all(e.confidence <= 0.6 for e in events)


def test_no_anchoring_without_support():
    text = "The council will vote on the plan. Critics would oppose it."
    assert events_of(text) == []  # future and conditional: no date
    assert events_of("The phone has a glass back.", published=None) == []  # no publication date given
    text = "Apple unveiled the iPhone 4 yesterday. The phone has a glass back."
    assert all(e.anchor == "explicit" for e in events_of(text, timex(text, "yesterday", "2017-08-15"), context=False))


def test_a_lead_sentence_is_dated_by_the_next_one_telling_the_same_event():
    text = ("The court has issued an arrest warrant for the commander. The arrest warrant that was issued by "
            "the tribunal on Tuesday cites seven incidents.")
    events = events_of(text, timex(text, "Tuesday", "2017-08-15"))
    first = [e for e in events if e.sentence.startswith("The court")]
    assert [(e.trigger, e.value, e.anchor) for e in first] == [("issued", "2017-08-15", "context")]


def test_ids_are_deterministic_and_distinct():
    text = "Apple unveiled the iPhone 4 on Monday. It went on sale on Friday."
    exprs = [timex(text, "Monday", "2017-08-14"), timex(text, "Friday", "2017-08-11")]
    first, again = events_of(text, *exprs), events_of(text, *exprs)
    assert [e.event_id for e in first] == [e.event_id for e in again]
    assert len({e.event_id for e in first}) == len(first) == 2
    other_article = build_events("a2", text, "h", exprs, "test/0", published=PUBLISHED)
    assert {e.event_id for e in other_article}.isdisjoint(e.event_id for e in first)


def test_clusters_join_the_same_happening_across_articles():
    a = "The International Criminal Court issued an arrest warrant for Al-Werfalli on Tuesday."
    b = "Judges in The Hague on Tuesday issued a warrant for Al-Werfalli, a Libyan commander."
    c = "The court opened a probe into Al-Werfalli on Tuesday."
    ea = build_events("a", a, "ha", [timex(a, "Tuesday", "2017-08-15")], "x", published=PUBLISHED)
    eb = build_events("b", b, "hb", [timex(b, "Tuesday", "2017-08-15")], "x", published=PUBLISHED)
    ec = build_events("c", c, "hc", [timex(c, "Tuesday", "2017-08-15")], "x", published=PUBLISHED)
    assert ea[0].cluster_id == eb[0].cluster_id
    assert ea[0].event_id != eb[0].event_id
    assert ec[0].cluster_id != ea[0].cluster_id  # another happening on the same day


def test_lemma_and_tense_helpers():
    assert {lemma(w) for w in ("issued", "issues", "issuing", "issue")} == {"issue"}
    assert lemma("killings") == lemma("killing") == "kill"
    assert lemma("said") == "say" and lemma("stopped") == "stop"
    tokens = tokenize("He will announce it.")
    assert tense(tokens, 2) == "future"
    tokens = tokenize("She has announced it.")
    assert tense(tokens, 2) == "perfect"
    tokens = tokenize("They announced it.")
    assert tense(tokens, 1) == "past"


def _seed() -> Path:
    base = Path(os.environ.get("TIMELINE_SHARED", Path(__file__).resolve().parents[2] / "shared"))
    return base / "seed" / "icc-warrant-2017.txt"


@pytest.mark.skipif(not _seed().exists(), reason="seed article ../shared/seed absent")
def test_seed_article_yields_the_icc_events():
    text = _seed().read_text("utf-8")
    events = extract(text, PUBLISHED, article_id="icc").events
    found = {(e.trigger, e.value) for e in events}
    warrant = [e for e in events if e.trigger == "issued" and e.value == "2017-08-15" and e.anchor == "explicit"]
    assert warrant and "arrest warrant" in warrant[0].description
    probe = [e for e in events if e.value == "2011-03"]
    assert probe and probe[0].trigger == "opened" and "opened its probe into Libya" in probe[0].description
    assert ("killing", "2016") in found and ("killing", "2017") in found
    revolution = [e for e in events if e.trigger == "revolution"]
    assert revolution, "no event for the 17 February revolution"
    # The date is the tagger's: 17 February of 2011, the year of the surrounding narrative.
    assert revolution[0].value == "2011-02-17"


def test_events_built_without_validation_are_valid():
    """make() builds Events unvalidated (schemas.trusted): each must equal its validated copy."""
    text = (Path(__file__).resolve().parents[1] / "examples" / "harbour-bridge.txt").read_text("utf-8") + (
        " The suspect was arrested and charged on Tuesday. He said the talks would resume in 2018."
        " Iraq now controls 20 percent of the field. The minister resigned.")
    events = extract(text, PUBLISHED, article_id="trusted").events
    assert {e.anchor for e in events} == {"explicit", "context", "publication"}
    for e in events:
        assert Event.model_validate(e.model_dump()) == e
        assert Event.model_validate_json(e.model_dump_json()).model_dump_json() == e.model_dump_json()


# ---------------------------------------------------------------- several events for one date

def _co(events, relation):
    return sorted((e.trigger, e.value) for e in events if e.attributes.get("relation") == relation)


@pytest.mark.parametrize("sentence, phrase, triggers", [
    # coordinated verbs: one date, two happenings
    ("The suspect was arrested and charged on Tuesday.", "Tuesday", {"charged", "arrested"}),
    ("Last week, fighters killed three soldiers and seriously wounded six others.", "Last week", {"killed", "wounded"}),
    ("The presidents signed the plan Friday, and Yeltsin claimed progress.", "Friday", {"signed", "claimed"}),
    # what an aspectual verb begins, resumes or tries
    ("The bankruptcy proceedings began Tuesday in a Helsinki court.", "Tuesday", {"began", "proceedings"}),
    ("The company will start producing chips next week.", "next week", {"start", "producing"}),
    # an event noun as the object or subject of the dated verb
    ("The group completed the purchase yesterday.", "yesterday", {"completed", "purchase"}),
    ("Third-quarter profit grew 19% from a year ago.", "Third-quarter", {"grew", "profit"}),
    # a date inside an opening phrase dates the clause it opens
    ("In composite trading Friday, Aetna closed at $60.", "Friday", {"trading", "closed"}),
    ("For the quarter ended Sept. 30, Delta posted net income of $133.1 million.", "Sept. 30",
     {"ended", "posted", "income"}),
    # the measure a period is of, and the verb that has it, over adjectives before the period
    ("The firm had a net loss of $5 million, or 8 cents a share, in the third quarter.", "the third quarter",
     {"had", "loss"}),
    ("Its net loss for the seasonally slow third quarter narrowed.", "third quarter", {"loss", "narrowed"}),
    # a copula's subject and predicate: the noun names the event, the predicate the state
    ("The company said its third-quarter earnings will probably be lower.", "third-quarter", {"earnings", "lower"}),
    ("The dividend increase was Du Pont's second this year.", "this year", {"second", "increase"}),
    # the period a date ends: what the period is of, and its end
    ("The thrift had a loss of $92.2 million, or $6.98 a share, for the quarter ended Sept. 30.", "Sept. 30",
     {"loss", "had", "ended"}),
    # coordinated objects
    ("In the fiscal year ended Jan. 31, the company reported sales of $59.5 million and pretax profit of "
     "$2.9 million.", "Jan. 31", {"ended", "reported", "sales", "profit"}),
    # the subject of an infinitive, and an event noun heading a subject over a prepositional phrase
    ("Construction is set to begin in early 1991.", "early 1991", {"begin", "Construction"}),
    ("Analysts expect the disappointing trend to continue into the fourth quarter.", "the fourth quarter",
     {"continue", "trend"}),
    ("The big slide in stock prices this month has turned some traders against it.", "this month",
     {"turned", "slide"}),
    # a "when" clause right after the date tells what happened then
    ("Profit fell from $186 million a year ago, when the industry enjoyed strong demand.", "a year ago",
     {"Profit", "fell", "enjoyed"}),
    # an adverb inside the verb group ("has often claimed"); an irregular form after "a" is a noun
    ("In the past, Russia has often claimed victory.", "the past", {"claimed"}),
    ("Police found explosives Sunday in a shed.", "Sunday", {"found"}),
    # a participle clause after the dated verb happens with it
    ("Today, King Hussein arrived in Washington seeking to mediate.", "Today", {"arrived", "seeking"}),
    # a thousands separator is no clause boundary; "holding company" is a compound, not an event
    ("Police found 1,300 pounds of explosives Sunday after a raid.", "Sunday", {"found"}),
    ("It set its sights on a bank holding company this year.", "this year", {"set"}),
    # coordinated measures: "sales of about $40 million and an operating loss"
    ("In fiscal 1989, it had sales of about $40 million and an operating loss of $1.5 million.", "fiscal 1989",
     {"had", "sales", "loss"}),
    # "haven't been very good": the last auxiliary is the copula, its predicate the state
    ("Analysts said third-quarter earnings haven't been very good.", "third-quarter", {"earnings", "good"}),
    # a verb coordinated by "but", past an infinitive in the first verb's phrase
    ("Earlier this month it announced an agreement to acquire the unit, but didn't disclose the price.",
     "Earlier this month", {"announced", "agreement", "disclose"}),
    # coordinated event nouns; a relative clause's antecedent begun
    ("There were no one-time gains or losses in the latest period.", "the latest period", {"gains", "losses"}),
    ("The strike that began on Monday has idled 5,000 workers.", "Monday", {"began", "strike"}),
    # an amount inside the object's noun phrase: "reported a 10% rise"
    ("The company yesterday reported a 10% rise in profit.", "yesterday", {"reported", "rise"}),
    # plural event nouns; the subject's event noun over the date ("the bombings on Aug. 7 killed")
    ("The bombings on Aug. 7 killed 259 people.", "Aug. 7", {"killed", "bombings"}),
    # what is agreed, past the date; "while" and a participle
    ("Gadhafi agreed in April to hand them over.", "April", {"agreed", "hand"}),
    ("The boy was rescued Nov. 25 while clinging to an inner tube.", "Nov. 25", {"rescued", "clinging"}),
    # a relative clause telling the dated event; "the January 1998 bombing" is a noun
    ("He fled after the January 1998 bombing of a clinic that killed a police officer.", "January 1998",
     {"bombing", "killed"}),
    # "was found abandoned": the participle describes the car; the finding is the event
    ("The car was found abandoned at the airport in December.", "December", {"found"}),
    # a verb coordinated after nouns joined by "and"; "as" + a clause right after the date
    ("On Tuesday he condemned the bombings in Kenya and Tanzania and offered condolences.", "Tuesday",
     {"condemned", "bombings", "offered"}),
    ("He was shot on Friday night as he stood in his kitchen.", "Friday night", {"shot", "stood"}),
    # a stock's move "in over-the-counter trading yesterday"
    ("The stock fell $1.125 to $13.625 in over-the-counter trading yesterday.", "yesterday", {"trading", "fell"}),
    ("The stock rose $2.50 a share to close at $117.375 in composite trading yesterday.", "yesterday",
     {"trading", "close", "rose"}),
])
def test_a_date_dates_every_event_it_governs(sentence, phrase, triggers):
    x = timex(sentence, phrase, "2017-08-15")
    spans = expression_triggers(sentence, [x])[x.tid]
    assert {sentence[a:b] for a, b in spans} == triggers


@pytest.mark.parametrize("sentence, phrase, not_trigger", [
    ("Apple Corps claims that the computer company violated the 1991 agreement.", "1991", "violated"),
    ("More than 4 billion songs had been downloaded since its launch in 2003.", "2003", "downloaded"),
    ("The Lion release is scheduled for release next summer.", "next summer", "scheduled"),
    ("He filed the lawsuit on Tuesday, and the court will hear it in March.", "Tuesday", "hear"),
])
def test_a_date_does_not_date_what_it_does_not_govern(sentence, phrase, not_trigger):
    x = timex(sentence, phrase, "2017-08-15")
    spans = expression_triggers(sentence, [x])[x.tid]
    assert not_trigger not in {sentence[a:b] for a, b in spans}


def test_a_coordinated_verb_with_a_date_of_its_own_is_not_co_dated():
    text = "He was appointed chairman in 1985 and retired in 1990."
    first, second = timex(text, "1985", "1985", granularity="year"), timex(text, "1990", "1990", granularity="year", tid="t2")
    found = expression_triggers(text, [first, second])
    assert [text[a:b] for a, b in found["t1"]] == ["appointed"]
    assert [text[a:b] for a, b in found["t2"]] == ["retired"]


def test_word_classes_of_participles_opening_a_noun_phrase_or_describing_an_object():
    # "Suspected bombs exploded": the opening participle is an adjective, "bombs" a noun, "exploded" the verb
    tags = {t.text: (t.tag, t.adjectival) for t in tokenize("Suspected bombs exploded outside the embassy.")}
    assert tags["Suspected"] == ("V", True) and tags["bombs"][0] != "V" and tags["exploded"] == ("V", False)
    # "was found abandoned": the participle describes the car
    tags = {t.text: (t.tag, t.adjectival) for t in tokenize("The car was found abandoned at the airport.")}
    assert tags["found"] == ("V", False) and tags["abandoned"] == ("V", True)


def test_co_dated_events_are_separate_events_saying_how_they_relate():
    text = "The suspect was arrested and charged on Tuesday."
    events = events_of(text, timex(text, "Tuesday", "2017-08-15"), context=False)
    [primary] = [e for e in events if "relation" not in e.attributes]
    assert (primary.trigger, primary.value) == ("charged", "2017-08-15")
    [co] = [e for e in events if "relation" in e.attributes]
    assert (co.trigger, co.value, co.anchor) == ("arrested", "2017-08-15", "explicit")
    assert co.attributes["relation"] == "coordinated" and co.attributes["shares_date_with"] == "charged"
    assert co.event_id != primary.event_id and len({e.event_id for e in events}) == 2
    assert "arrested" in co.description and "Tuesday" in co.description


def test_a_second_fronted_date_opens_its_own_clause():
    text = "He started Apple in 1976, and in 1984 the first Macintosh was released to the public."
    events = events_of(text, timex(text, "1976", "1976", granularity="year"),
                       timex(text, "1984", "1984", granularity="year"), context=False)
    assert sorted((e.trigger, e.value) for e in events) == [("released", "1984"), ("started", "1976")]
    assert not any("and" in e.attributes for e in events)


# ---------------------------------------------------------------- confidence and the emission floor

def test_possibilities_and_baselines_fall_under_the_emission_floor():
    from worker.engine.events import HYPOTHETICAL_CONFIDENCE, MIN_CONFIDENCE
    assert HYPOTHETICAL_CONFIDENCE < MIN_CONFIDENCE
    text = "Jobs said that Leopard would be released in 2007."
    x = timex(text, "2007", "2007", granularity="year")
    assert not [e for e in events_of(text, x) if e.value == "2007"]  # not emitted by default
    kept = [e for e in events_of(text, x, min_confidence=0) if e.value == "2007"]
    assert [(e.trigger, e.attributes["modality"], e.confidence) for e in kept] == [
        ("released", "would", HYPOTHETICAL_CONFIDENCE)]
    # the announcement itself is still dated (publication day): the possibility dates no other event
    assert [(e.trigger, e.anchor) for e in events_of(text, x)] == [("said", "publication")]
    text = "Sales rose 8% compared with the previous year."
    x = timex(text, "the previous year", "2016", granularity="year")
    assert not events_of(text, x, context=False)
    assert [e.attributes["role"] for e in events_of(text, x, context=False, min_confidence=0)] == ["comparison"]


def test_planned_events_stay_with_their_modality():
    text = "The phone will go on sale on June 24."
    [event] = events_of(text, timex(text, "June 24", "2017-06-24"), context=False)
    assert event.confidence == 1.0 and event.attributes["modality"] == "will"


def test_decades_are_too_vague_to_emit_by_default():
    text = "In the late 1980s Apple added audio recording to its computers."
    x = timex(text, "the late 1980s", "198", granularity="decade")
    assert events_of(text, x, context=False) == []
    kept = events_of(text, x, context=False, min_confidence=0)
    assert kept and all(e.attributes["vague"] == "decade" for e in kept)
    assert [e.trigger for e in kept if "relation" not in e.attributes] == ["added"]


def test_since_dates_say_so_and_date_no_following_sentence():
    text = "Jobs has been fighting cancer since 2004. This was his third medical leave."
    events = events_of(text, timex(text, "2004", "2004", granularity="year"), published=dt.date(2011, 8, 25))
    [fight] = [e for e in events if e.value == "2004"]
    assert fight.trigger == "fighting" and fight.attributes["signal"] == "since"
    assert not [e for e in events if e.sentence.startswith("This") and e.value == "2004"]


# ---------------------------------------------------------------- anchoring: quotes, datelines, temporal clauses

def test_a_quotation_running_over_sentences_is_not_dated_by_publication():
    text = ('The statement says: "Apple has lost a visionary. Those of us who worked with Steve have lost a '
            'dear friend. Steve leaves behind a company that only he could have built."')
    events = events_of(text)
    assert not [e for e in events if e.sentence.startswith(("Those", "Steve"))]
    assert [e.trigger for e in events if e.sentence.startswith("The statement")] == ["says"]


def test_a_dateline_dates_the_sentence_under_it():
    text = "June 07, 2011\n\nApple CEO Steve Jobs introduced the next generation of software on stage."
    events = events_of(text, timex(text, "June 07, 2011", "2011-06-07"), published=dt.date(2011, 6, 7))
    [intro] = [e for e in events if e.trigger == "introduced"]
    assert (intro.value, intro.anchor) == ("2011-06-07", "context") and intro.confidence < 1.0


def test_a_sentence_opening_with_a_temporal_clause_keeps_its_own_unknown_time():
    text = ("Apple unveiled the iPhone 4 yesterday. When Jobs first introduced the phone, he praised its "
            "antenna design.")
    events = events_of(text, timex(text, "yesterday", "2017-08-15"))
    assert not [e for e in events if e.sentence.startswith("When")]


def test_reports_are_not_dated_by_old_background_years():
    text = ("The dispute goes back to a 1991 agreement between the two companies. "
            "\"We love the Beatles,\" said Apple CEO Steve Jobs.")
    events = events_of(text, timex(text, "1991", "1991", granularity="year"), published=dt.date(2007, 2, 6))
    said = [e for e in events if e.trigger == "said"]
    assert said and all(e.value != "1991" for e in said)


def test_a_run_on_sentence_is_shown_around_each_event():
    # its growth with length is measured by bench/hostile.py, not timed here
    from worker.engine.events import EXCERPT, MAX_SENTENCE
    text = "Prices rose on Monday and " * 4000 + "fell on Friday."
    exprs = [TimeExpression(tid=f"t{k}", text=m.group(), start=m.start(), end=m.end(), type="DATE",
                            value="2017-08-14" if m.group() == "Monday" else "2017-08-11", granularity="day")
             for k, m in enumerate(re.finditer(r"Monday|Friday", text))]
    events = build_events("a", text, "h", exprs, "test/0", published=PUBLISHED, context=False)
    assert len(events) >= len(exprs)
    for e in events:
        assert len(e.sentence) <= 2 * EXCERPT + 200 < MAX_SENTENCE
        assert text[e.sentence_start:e.sentence_start + len(e.sentence)] == e.sentence
        assert e.sentence_start <= e.timex.start and e.timex.end <= e.sentence_start + len(e.sentence)


def test_now_dates_its_event_to_the_publication_day():
    text = "Iraq now controls 20 percent of the world's oil reserves. It invaded Kuwait in 1990."
    x = timex(text, "now", "PRESENT_REF", granularity="reference")
    events = events_of(text, x, timex(text, "1990", "1990", granularity="year"))
    [now] = [e for e in events if e.timex.text == "now"]
    assert (now.trigger, now.value, now.anchor) == ("controls", PUBLISHED.isoformat(), "publication")
    assert (now.timex.start, now.timex.end) == (x.start, x.end) and now.attributes["now"] == "now"
    assert now.confidence < 1.0
    # no second publication event for the same word
    assert len([e for e in events if e.trigger == "controls"]) == 1


def test_a_report_dates_the_present_state_it_reports_not_past_or_future_ones():
    def triggers(sentence, phrase):
        x = timex(sentence, phrase, "2017-08-15")
        return {sentence[a:b] for a, b in expression_triggers(sentence, [x])[x.tid]}
    assert triggers("Officials said Thursday that Britain has been pushing hard for a deal.", "Thursday") == {
        "said", "pushing"}
    assert triggers("The company said Tuesday it holds 5% of the shares.", "Tuesday") == {"said", "holds"}
    assert "cut" not in triggers("The company said Tuesday it would cut 500 jobs.", "Tuesday")
    assert "completed" not in triggers("The company said Tuesday it had completed the sale.", "Tuesday")


def test_a_sentence_with_a_vague_date_of_its_own_is_not_dated_by_its_neighbour():
    text = ("The bridge first opened on 12 August 1961. "
            "A first phase of repairs in the 1990s replaced the lighting.")
    events = extract(text, dt.date(2024, 3, 22)).events
    assert all(e.sentence.startswith("The bridge") for e in events), [(e.value, e.sentence) for e in events]


def test_other_languages_get_their_dates_events_without_english_trigger_guesses():
    text = "Die Regierung hat am 3. Mai 2011 ein neues Gesetz beschlossen. Am Dienstag sprach der Minister."
    events = extract(text, dt.date(2017, 8, 16), language="de").events
    assert [(e.value, e.trigger, e.anchor) for e in events] == [("2011-05-03", None, "explicit"), ("2017-08-15", None, "explicit")]
    assert events[0].description == "Die Regierung hat am 3. Mai 2011 ein neues Gesetz beschlossen"
    # English text keeps its triggers
    assert [e.trigger for e in extract("The court ruled on Tuesday.", dt.date(2017, 8, 16), language="en-GB").events] == ["ruled"]


def test_extraction_leaves_no_reference_cycles():
    """Everything an extraction builds is freed by reference counting when its result goes: a cycle (as a
    compiled closure's environment once made) keeps every sentence's tokens alive until the cycle collector
    runs, and that collector's passes cost the engine a fifth of its time."""
    import gc

    text = (Path(__file__).resolve().parents[1] / "examples" / "harbour-bridge.txt").read_text(encoding="utf-8")
    extract(text, PUBLISHED)  # (caches filled)
    gc.collect()
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        result = extract(text, PUBLISHED)
        assert len(result.events) > 5
        del result
        gc.set_debug(gc.DEBUG_SAVEALL)
        found = gc.collect()
        kinds = sorted({type(o).__name__ for o in gc.garbage})
    finally:
        gc.set_debug(0)
        gc.garbage.clear()
        if was_enabled:
            gc.enable()
    assert found == 0, f"extraction left {found} objects in reference cycles: {kinds}"
