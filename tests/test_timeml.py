import datetime as dt
import os
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from schemas import TimeExpression
from timeline.timeml import iter_tml_files, parse_timeml, read_timeml, to_timeml

CORPORA = Path(os.environ.get("TIMELINE_CORPORA") or Path(__file__).resolve().parents[2] / "shared" / "corpora")

SAMPLE = """<?xml version="1.0" ?>
<TimeML>
<DOCID>doc1</DOCID>
<DCT><TIMEX3 tid="t0" type="TIME" value="1998-01-08T18:30" functionInDocument="CREATION_TIME">Jan 8</TIMEX3></DCT>
<TEXT>
AT&amp;T <EVENT eid="e1" class="OCCURRENCE">fell</EVENT> <TIMEX3 tid="t1" type="DATE" value="1998-01-06" functionInDocument="NONE">Tuesday</TIMEX3>, <s>after <TIMEX3 tid="t2" type="DURATION" value="P3Y" mod="MORE_THAN">more than three years</TIMEX3></s> &lt;ok&gt;.
</TEXT>
<MAKEINSTANCE eiid="ei1" eventID="e1" tense="PAST" />
<TLINK lid="l1" relType="IS_INCLUDED" eventInstanceID="ei1" relatedToTime="t1" />
<TLINK lid="l2" relType="INCLUDES" timeID="t2" relatedToEventInstance="ei1" />
<TLINK lid="l3" relType="BEFORE" eventInstanceID="ei1" relatedToTime="t0" />
<TLINK lid="l4" relType="BEFORE" eventInstanceID="ei1" relatedToEventInstance="ei1" />
</TimeML>
"""


def test_reads_text_offsets_and_attributes():
    doc = parse_timeml(SAMPLE)
    assert doc.docid == "doc1"
    assert doc.dct == dt.date(1998, 1, 8)
    assert doc.text == "\nAT&T fell Tuesday, after more than three years <ok>.\n"
    t1, t2 = doc.gold
    assert (t1.tid, t1.type, t1.value, t1.mod, t1.function) == ("t1", "DATE", "1998-01-06", None, "NONE")
    assert doc.text[t1.start:t1.end] == t1.text == "Tuesday"
    assert doc.text[t2.start:t2.end] == t2.text == "more than three years"
    assert t2.mod == "MORE_THAN"
    assert doc.dct_timex.tid == "t0" and doc.dct_timex.value == "1998-01-08T18:30"
    (event,) = doc.events
    assert (event.eid, event.text, event.cls) == ("e1", "fell", "OCCURRENCE")
    assert doc.text[event.start:event.end] == "fell"
    assert doc.instances[0].eiid == "ei1" and doc.instances[0].attrs["tense"] == "PAST"


def test_event_time_links_read_from_the_event_side():
    links = parse_timeml(SAMPLE).event_time_links()
    got = [(l.event.eid, l.timex.tid, l.rel_type) for l in links]
    # l2 was written time -> event, so INCLUDES turns into IS_INCLUDED; l4 is event-event: skipped.
    assert got == [("e1", "t1", "IS_INCLUDED"), ("e1", "t2", "IS_INCLUDED"), ("e1", "t0", "BEFORE")]


def test_creation_time_inside_text_is_the_dct_not_gold():
    doc = parse_timeml(
        '<TimeML><TEXT><TIMEX3 tid="t0" type="DATE" value="1989-11-02" functionInDocument="CREATION_TIME">'
        '11/02/89</TIMEX3> Today <TIMEX3 tid="t1" type="DATE" value="1989-11-02">today</TIMEX3></TEXT></TimeML>',
        docid="x",
    )
    assert doc.dct == dt.date(1989, 11, 2)
    assert [t.tid for t in doc.gold] == ["t1"]
    assert doc.docid == "x"


def test_missing_text_and_bad_xml_raise_clear_errors(tmp_path):
    with pytest.raises(ValueError, match="TEXT"):
        parse_timeml("<TimeML><DOCID>a</DOCID></TimeML>")
    bad = tmp_path / "bad.tml"
    bad.write_text("<TimeML><TEXT>a < b</TEXT></TimeML>")
    with pytest.raises(ValueError, match="bad.tml"):
        read_timeml(bad)


def _expr(tid, text, start, end, **kw):
    return TimeExpression(tid=tid, text=text[start:end], start=start, end=end,
                          type=kw.pop("type", "DATE"), value=kw.pop("value", "2017-08-15"),
                          granularity="day", **kw)


def test_to_timeml_writes_dct_attributes_and_escapes():
    text = 'R&D on <Tuesday> "soon"\r\n'
    start = text.index("Tuesday")
    exprs = [_expr("t1", text, start, start + 7, mod="START", anchor="publication")]
    out = to_timeml(text, dt.datetime(2017, 8, 16, 9, 0), exprs, docid="a&b")
    assert '<DCT><TIMEX3 tid="t0" type="DATE" value="2017-08-16"' in out
    assert 'functionInDocument="CREATION_TIME"' in out
    assert '<TIMEX3 tid="t1" type="DATE" value="2017-08-15" mod="START" anchorTimeID="t0">Tuesday</TIMEX3>' in out
    assert "R&amp;D on &lt;" in out and "<DOCID>a&amp;b</DOCID>" in out
    doc = parse_timeml(out)
    assert doc.text == text and doc.docid == "a&b" and doc.dct == dt.date(2017, 8, 16)
    assert [(t.start, t.end, t.mod) for t in doc.gold] == [(start, start + 7, "START")]


def test_to_timeml_drops_overlapping_and_empty_spans():
    text = "the last three years and 2019"
    exprs = [_expr("t1", text, 4, 20), _expr("t2", text, 0, 20), _expr("t3", text, 25, 25), _expr("t4", text, 25, 29)]
    doc = parse_timeml(to_timeml(text, dt.date(2020, 1, 1), exprs))
    assert [(t.tid, t.start, t.end) for t in doc.gold] == [("t2", 0, 20), ("t4", 25, 29)]


def test_characters_xml_cannot_hold_become_replacement_chars_at_same_offsets():
    text = "a\x01b 2019"
    doc = parse_timeml(to_timeml(text, dt.date(2020, 1, 1), [_expr("t1", text, 4, 8, value="2019")]))
    assert doc.text == "a\ufffdb 2019"
    assert doc.text[doc.gold[0].start:doc.gold[0].end] == "2019"


# Any text of XML-representable characters (markup characters, CR, non-BMP included), any set of
# non-overlapping spans: writing then reading gives back the same text, spans and values.
_xml_chars = st.characters(blacklist_categories=("Cs",), blacklist_characters="\ufffe\uffff") \
    .filter(lambda c: c in "\t\n\r" or c >= " ")
_alphabet = st.one_of(st.sampled_from(list("<>&\"' \r\n\tab9")), _xml_chars)


@st.composite
def _text_and_spans(draw):
    text = draw(st.text(alphabet=_alphabet, max_size=60))
    cuts = sorted(set(draw(st.lists(st.integers(0, len(text)), max_size=8))))
    pairs = [(a, b) for a, b in zip(cuts[::2], cuts[1::2]) if a < b]
    return text, pairs


@settings(max_examples=300, deadline=None)
@given(_text_and_spans(), st.sampled_from(["DATE", "TIME", "DURATION", "SET"]))
def test_round_trip_property(text_and_spans, type_):
    text, pairs = text_and_spans
    exprs = [_expr(f"t{i + 1}", text, a, b, type=type_, value=f'v<&"{i}') for i, (a, b) in enumerate(pairs)]
    doc = parse_timeml(to_timeml(text, dt.date(2001, 2, 3), exprs, docid="d"))
    assert doc.text == text
    assert [(t.tid, t.start, t.end, t.text, t.type, t.value) for t in doc.gold] == [
        (e.tid, e.start, e.end, e.text, e.type, e.value) for e in exprs
    ]


# ------------------------------------------------------------------------------- real corpora

def _corpus(sub):
    path = CORPORA / sub
    if not path.is_dir():
        pytest.skip(f"corpus not found: {path}")
    return [read_timeml(p) for p in iter_tml_files([path])]


def test_tbaq_has_256_docs_and_1822_gold_timexes_with_exact_spans():
    docs = _corpus("tbaq-cleaned")
    assert len(docs) == 256
    gold = [(d, t) for d in docs for t in d.gold]
    assert len(gold) == 1822
    assert all(d.text[t.start:t.end] == t.text and t.text.strip() for d, t in gold)
    assert all(t.function != "CREATION_TIME" and t.value for _, t in gold)
    assert all(d.dct is not None for d in docs)
    counts = {ty: sum(t.type == ty for _, t in gold) for ty in ("DATE", "DURATION", "TIME", "SET")}
    assert counts == {"DATE": 1505, "DURATION": 257, "TIME": 30, "SET": 30}
    # Events and event-time links are there for trigger work.
    assert sum(len(d.events) for d in docs) > 10_000
    links = [l for d in docs for l in d.event_time_links()]
    assert len(links) > 2_000
    assert all(l.event.text == docs[0].text[l.event.start:l.event.end] for l in docs[0].event_time_links())


@pytest.mark.parametrize("sub, n_docs, n_timex", [
    ("tweets-syntime", 942, 1129),
    ("wikiwars/timex3-tml-syntime", 22, 2636),
])
def test_other_corpora_read(sub, n_docs, n_timex):
    docs = _corpus(sub)
    assert len(docs) == n_docs
    assert sum(len(d.gold) for d in docs) == n_timex
    assert all(d.text[t.start:t.end] == t.text for d in docs for t in d.gold)


def test_tbaq_round_trips_through_to_timeml():
    for doc in _corpus("tbaq-cleaned")[:40]:
        exprs = [TimeExpression(tid=t.tid, text=t.text, start=t.start, end=t.end, type=t.type,
                                value=t.value, mod=t.mod, granularity="day") for t in doc.gold]
        back = parse_timeml(to_timeml(doc.text, doc.dct, exprs, docid=doc.docid))
        assert back.text == doc.text
        assert [(t.start, t.end, t.value, t.mod) for t in back.gold] == [(t.start, t.end, t.value, t.mod) for t in doc.gold]
