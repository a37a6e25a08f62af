"""The SemEval-2015 Task 4 timeline scorer and the TimeBank trigger accuracy, on tiny synthetic gold with
known answers, then on the real corpora when ../shared/corpora is present."""
from __future__ import annotations

import os
from pathlib import Path
from types import SimpleNamespace

import pytest

from timeline.timelines_eval import (
    CatDocument, GoldMention, agrees, detokenize, evaluate_timelines, load_semeval, read_gold, score_timelines,
    trigger_accuracy,
)

CORPORA = Path(os.environ.get("TIMELINE_CORPORA", Path(__file__).resolve().parents[2] / "shared" / "corpora"))
SEMEVAL = CORPORA / "semeval2015-task4-timeline"
TIMEBANK = CORPORA / "tbaq-cleaned" / "TimeBank"


def test_agreement_is_at_the_gold_granularity():
    assert agrees("2010-06-07", "2010-06-07")
    assert agrees("2010-06-07", "2010-06") and agrees("2010-06-07", "2010")
    assert agrees("2010-06-07TMO", "2010-06-07")
    assert not agrees("2010", "2010-06-07")  # coarser than the gold says nothing about the day
    assert not agrees("2010-06-08", "2010-06-07")
    assert not agrees("PRESENT_REF", "2010") and not agrees("2010", "XXXX")


def test_detokenize_keeps_sentence_spans():
    text, spans = detokenize([["Apple", "unveils", "iPhone", "4"], ["June", "8", ",", "2010"],
                              ["Jobs", "said", '"', "it", "'s", "great", '"', "."]])
    assert [text[s:e] for s, e in spans] == ["Apple unveils iPhone 4", "June 8, 2010", 'Jobs said "it\'s great".']
    assert "\n\n" in text  # a headline without a full stop stays its own sentence


def test_read_gold_skips_unknown_dates_and_reads_every_mention(tmp_path):
    (tmp_path / "t.txt").write_text(
        "Topic\n0\tXXXX-XX-XX\t1-2-said\n1\t2008-03-XX\t1-3-released\t2-4-pre-orders\n2\t2010\t1-5-won\n")
    gold = read_gold(tmp_path)
    assert gold == [GoldMention("1", 3, "released", "2008-03"), GoldMention("2", 4, "pre-orders", "2008-03"),
                    GoldMention("1", 5, "won", "2010")]


def _event(value, start, anchor="explicit", trigger_start=None):
    return SimpleNamespace(value=value, timex=SimpleNamespace(start=start), trigger_start=trigger_start,
                           anchor=anchor, trigger="x")


def test_scorer_counts_recall_and_precision_per_sentence():
    doc = CatDocument("d", None, "s0 s1 s2 s3", [(0, 2), (3, 5), (6, 8), (9, 11)])
    gold = [GoldMention("d", 1, "a", "2010-06-07"), GoldMention("d", 1, "b", "2010-06"),
            GoldMention("d", 2, "c", "2011"), GoldMention("d", 3, "d", "2012-01-01")]
    events = [
        _event("2010-06-07", 3),  # sentence 1: agrees with both gold mentions
        _event("2011-05", 6),  # sentence 2: inside 2011: right
        _event("2010", 7),  # sentence 2: wrong
        _event("2012-01-02", 0, anchor="context", trigger_start=10),  # sentence 3 by its trigger: wrong
        _event("1999", 0),  # sentence 0 holds no gold: not scored
    ]
    report = score_timelines([doc], gold, lambda d: events)
    assert (report.gold, report.found) == (4, 3)
    assert (report.events, report.correct) == (4, 2)
    assert report.recall == 0.75 and report.precision == 0.5
    assert len(report.misses) == 1 and "2012-01-01" in report.misses[0]


def test_trigger_accuracy_on_a_synthetic_timeml_file(tmp_path):
    tml = tmp_path / "doc.tml"
    tml.write_text(
        '<?xml version="1.0" ?>\n<TimeML>\n<DOCID>doc</DOCID>\n'
        '<DCT><TIMEX3 tid="t0" type="DATE" value="2017-08-16" functionInDocument="CREATION_TIME">2017-08-16</TIMEX3></DCT>\n'
        '<TEXT>The court <EVENT eid="e1" class="OCCURRENCE">issued</EVENT> a warrant on '
        '<TIMEX3 tid="t1" type="DATE" value="2017-08-15">Tuesday</TIMEX3>. '
        'Police <EVENT eid="e2" class="OCCURRENCE">arrested</EVENT> him and <EVENT eid="e3" class="REPORTING">said</EVENT> '
        'so <TIMEX3 tid="t2" type="DATE" value="2017-08-16">today</TIMEX3>.</TEXT>\n'
        '<MAKEINSTANCE eiid="ei1" eventID="e1" /><MAKEINSTANCE eiid="ei2" eventID="e2" />'
        '<MAKEINSTANCE eiid="ei3" eventID="e3" />\n'
        '<TLINK lid="l1" relType="IS_INCLUDED" eventInstanceID="ei1" relatedToTime="t1" />\n'
        '<TLINK lid="l2" relType="IS_INCLUDED" eventInstanceID="ei2" relatedToTime="t2" />\n'
        '<TLINK lid="l3" relType="INCLUDES" timeID="t2" relatedToEventInstance="ei3" />\n'
        '<TLINK lid="l4" relType="IS_INCLUDED" eventInstanceID="ei3" relatedToTime="t0" />\n'
        '</TimeML>\n')
    report = trigger_accuracy([tml], end_to_end=False)
    assert report.links == 3 and report.timexes == 2  # the creation-time link is not counted
    assert report.links_correct == 3  # "issued"; "said" and, coordinated with it, "arrested" for "today"
    assert report.timexes_correct == 2 and report.timex_accuracy == 1.0


def test_in_sentence_link_accuracy_leaves_out_links_to_other_sentences(tmp_path):
    tml = tmp_path / "doc.tml"
    tml.write_text(
        '<?xml version="1.0" ?>\n<TimeML>\n<DOCID>doc</DOCID>\n'
        '<DCT><TIMEX3 tid="t0" type="DATE" value="2017-08-16" functionInDocument="CREATION_TIME">2017-08-16</TIMEX3></DCT>\n'
        '<TEXT>The court <EVENT eid="e1" class="OCCURRENCE">issued</EVENT> a warrant on '
        '<TIMEX3 tid="t1" type="DATE" value="2017-08-15">Tuesday</TIMEX3> and the <EVENT eid="e2" class="OCCURRENCE">'
        'search</EVENT> is over. The family <EVENT eid="e3" class="OCCURRENCE">fled</EVENT> the country.</TEXT>\n'
        '<MAKEINSTANCE eiid="ei1" eventID="e1" /><MAKEINSTANCE eiid="ei2" eventID="e2" />'
        '<MAKEINSTANCE eiid="ei3" eventID="e3" />\n'
        '<TLINK lid="l1" relType="IS_INCLUDED" eventInstanceID="ei1" relatedToTime="t1" />\n'
        '<TLINK lid="l2" relType="AFTER" eventInstanceID="ei2" relatedToTime="t1" />\n'
        '<TLINK lid="l3" relType="AFTER" eventInstanceID="ei3" relatedToTime="t1" />\n'
        '</TimeML>\n')
    report = trigger_accuracy([tml])
    # "fled" is in the next sentence: counted over all links, not over the in-sentence ones
    assert (report.links, report.in_sentence_links) == (3, 2)
    # "issued" is Tuesday's trigger; "search", in the same sentence, is not among its triggers
    assert report.in_sentence_correct == 1 and report.in_sentence_accuracy == 0.5
    # over all links, "fled" counts too: context anchoring dates it from Tuesday
    assert report.links_correct == 2 and report.accuracy == pytest.approx(2 / 3)
    assert len(report.in_sentence_errors) == 1 and report.in_sentence_errors[0].startswith("doc 'Tuesday': ours [")
    assert report.in_sentence_errors[0].endswith("gold 'search'")
    # end to end, our tagger finds "Tuesday" and extract() gives "issued" as its event
    assert (report.system_in_sentence_links, report.system_in_sentence_correct) == (2, 1)
    figures = report.as_dict()
    assert figures["in_sentence_link_accuracy"] == 0.5 and figures["system_in_sentence_link_accuracy"] == 0.5


@pytest.mark.skipif(not SEMEVAL.is_dir(), reason="SemEval-2015 Task 4 trial data absent (../shared/corpora)")
def test_semeval_trial_data_loads_and_scores():
    docs, gold = load_semeval(SEMEVAL)
    assert len(docs) == 30 and all(d.dct is not None for d in docs)
    assert len(gold) > 100
    by_id = {d.doc_id: d for d in docs}
    doc = by_id["16844"]
    s, e = doc.sentences[2]
    assert "Steve Jobs unveiled iPhone 4" in doc.text[s:e]
    report = evaluate_timelines(SEMEVAL)
    assert report.gold == len(gold)
    # Floors a little under the measured figures (recall 0.756, precision 0.829 at the last report), so a
    # regression shows while tagger changes elsewhere can still move them a little.
    assert report.recall >= 0.70 and report.precision >= 0.78


@pytest.mark.skipif(not TIMEBANK.is_dir(), reason="TimeBank (../shared/corpora/tbaq-cleaned) absent")
def test_timebank_trigger_accuracy():
    report = trigger_accuracy([TIMEBANK], end_to_end=False)
    assert report.links > 1000 and report.timexes > 800
    # measured: 0.726 per link, 0.806 per in-sentence link (issue 4's floor: 0.80), 0.868 per timex, 2.01
    # triggers per timex (co-dated and context events)
    assert 900 < report.in_sentence_links < report.links
    assert report.accuracy >= 0.70 and report.in_sentence_accuracy >= 0.80 and report.timex_accuracy >= 0.84
    assert report.triggers / report.timexes < 2.5  # several events per date, not every word
