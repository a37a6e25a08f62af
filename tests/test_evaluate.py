import datetime as dt
import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

import timeline.evaluate as ev
from schemas import TimeExpression
from timeline.evaluate import Counts, evaluate, match, score_document
from timeline.timeml import Timex, iter_tml_files, parse_timeml, read_timeml, to_timeml

CORPORA = Path(os.environ.get("TIMELINE_CORPORA") or Path(__file__).resolve().parents[2] / "shared" / "corpora")

# Four gold timexes; the DCT must not be scored.
GOLD = """<?xml version="1.0"?>
<TimeML><DOCID>d1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2018-03-20" functionInDocument="CREATION_TIME">2018-03-20</TIMEX3></DCT>
<TEXT>
They met on <TIMEX3 tid="t1" type="DATE" value="2018-03-05">Monday 5 March 2018</TIMEX3>. \
Talks lasted <TIMEX3 tid="t2" type="DURATION" value="P2W">two weeks</TIMEX3>; \
they meet <TIMEX3 tid="t3" type="SET" value="P1W" quant="EVERY">every week</TIMEX3> \
and will sign <TIMEX3 tid="t4" type="DATE" value="2018-04">in April</TIMEX3>.
</TEXT></TimeML>
"""
DOC = parse_timeml(GOLD)


def sys_timex(text, value, type_="DATE", occurrence=0):
    """A system timex over the ``occurrence``-th appearance of ``text`` in the gold document."""
    start = -1
    for _ in range(occurrence + 1):
        start = DOC.text.index(text, start + 1)
    return Timex("s", start, start + len(text), text, type_, value)


PERFECT = [Timex("s", g.start, g.end, g.text, g.type, g.value) for g in DOC.gold]


def metrics(system):
    return score_document(DOC, system).counts.metrics()


def test_dct_is_not_gold():
    assert [g.tid for g in DOC.gold] == ["t1", "t2", "t3", "t4"]


def test_perfect_system_scores_one_everywhere():
    assert set(metrics(PERFECT).values()) == {1.0}


def test_a_miss_lowers_recall_only():
    m = metrics(PERFECT[:3])
    assert m["strict_p"] == m["relaxed_p"] == 1.0
    assert m["strict_r"] == m["relaxed_r"] == 0.75
    assert m["strict_f1"] == pytest.approx(6 / 7)
    assert m["value_acc"] == 1.0 and m["value_f1"] == pytest.approx(6 / 7)


def test_a_false_alarm_lowers_precision_only():
    m = metrics(PERFECT + [sys_timex("Talks", "2018-03-20")])
    assert m["strict_p"] == m["relaxed_p"] == 0.8
    assert m["strict_r"] == 1.0
    assert m["relaxed_f1"] == pytest.approx(8 / 9)
    assert m["type_f1"] == pytest.approx(8 / 9)


def test_overlap_counts_for_relaxed_but_not_strict():
    system = [sys_timex("5 March 2018", "2018-03-05")] + PERFECT[1:]
    m = metrics(system)
    assert m["strict_p"] == m["strict_r"] == 0.75
    assert m["relaxed_p"] == m["relaxed_r"] == m["relaxed_f1"] == 1.0
    assert m["value_f1"] == 1.0


def test_wrong_value_and_wrong_type():
    system = PERFECT[:3] + [sys_timex("in April", "2019-04")]
    m = metrics(system)
    assert m["value_acc"] == 0.75 and m["value_f1"] == 0.75 and m["type_f1"] == 1.0
    system = [PERFECT[0], sys_timex("two weeks", "P2W", "DATE")] + PERFECT[2:]
    m = metrics(system)
    assert m["type_acc"] == 0.75 and m["type_f1"] == 0.75 and m["value_f1"] == 1.0


def test_mixed_errors_give_exact_te3_figures():
    # 2 exact and right, 1 overlapping with a wrong value, 1 false alarm; "every week" missed.
    system = [PERFECT[0], PERFECT[1], sys_timex("April", "2018-05"), sys_timex("They", "2018")]
    c = score_document(DOC, system).counts
    assert (c.gold, c.system, c.strict, c.relaxed, c.type_ok, c.value_ok) == (4, 4, 2, 3, 3, 2)
    m = c.metrics()
    assert m["strict_f1"] == 0.5
    assert m["relaxed_p"] == m["relaxed_r"] == m["relaxed_f1"] == 0.75
    assert m["value_acc"] == pytest.approx(2 / 3)
    assert m["value_f1"] == pytest.approx(0.5)  # (2/3) x 0.75


def test_matching_is_one_to_one_and_prefers_exact_spans():
    # Two system timexes inside one gold: one pair, one false alarm.
    two = [sys_timex("Monday", "2018-03-05"), sys_timex("5 March 2018", "2018-03-05")]
    assert match(DOC.gold, two, DOC.text) == [(0, 1)]  # the larger overlap wins
    c = score_document(DOC, two).counts
    assert (c.relaxed, c.system) == (1, 2)
    # An exact span beats a longer overlap.
    gold = [Timex("g", 0, 10, "", "DATE", "x")]
    system = [Timex("a", 0, 12, "", "DATE", "x"), Timex("b", 0, 10, "", "DATE", "x")]
    assert match(gold, system, "March 2018 x") == [(0, 1)]


def test_span_whitespace_and_value_case_are_forgiven():
    g = DOC.gold[1]
    assert DOC.text[g.start - 1] == " "
    system = PERFECT[:1] + [Timex("s", g.start - 1, g.end, "", "duration", " p2w")] + PERFECT[2:]
    assert set(metrics(system).values()) == {1.0}


def test_per_type_rows_add_up_and_false_alarms_count_under_their_own_type():
    system = [PERFECT[0], sys_timex("two weeks", "P2W", "DATE"), sys_timex("They", "2018", "TIME")]
    doc = score_document(DOC, system)
    by_type = doc.by_type
    assert by_type["DURATION"].system == 1 and by_type["DURATION"].relaxed == 1  # paired under the gold type
    assert by_type["TIME"].system == 1 and by_type["TIME"].gold == 0  # the false alarm
    assert by_type["SET"].gold == 1 and by_type["SET"].system == 0
    total = Counts()
    for c in by_type.values():
        total.add(c)
    assert total == doc.counts


def test_empty_cases_are_undefined_not_crashes():
    m = Counts().metrics()
    assert all(v is None for v in m.values())
    m = Counts(gold=3).metrics()
    assert m["strict_p"] is None and m["strict_r"] == 0.0 and m["value_f1"] == 0.0


def test_errors_list_every_kind():
    system = [PERFECT[0], sys_timex("two", "P3W", "DATE"), sys_timex("They", "2018")]
    errors = score_document(DOC, system).errors
    assert {e["kind"] for e in errors} == {"span+type+value", "miss", "false_alarm"}
    assert [e["kind"] for e in errors][0] == "false_alarm"  # in text order
    assert errors[0]["context"] == "[They] met on Monday 5 March 2018. Talks laste"  # 40 characters each side


# --------------------------------------------------------------------- whole runs over files

@pytest.fixture
def gold_dir(tmp_path):
    d = tmp_path / "gold"
    (d / "sub").mkdir(parents=True)
    (d / "d1.tml").write_text(GOLD)
    (d / "sub" / "d2.tml").write_text(GOLD.replace("<DOCID>d1", "<DOCID>d2").replace("2018-04", "2018-05"))
    (d / "notes.txt").write_text("not TimeML")
    return d


def _fake_tag(text, published, language):
    """A tagger that finds 'Monday 5 March 2018' and 'in April' (valued from the publication date)."""
    out = []
    for phrase, value in (("Monday 5 March 2018", "2018-03-05"), ("in April", f"{published.year}-04")):
        start = text.index(phrase)
        out.append(TimeExpression(tid=f"t{len(out) + 1}", text=phrase, start=start, end=start + len(phrase),
                                  type="DATE", value=value, granularity="day"))
    return out


def test_evaluate_rules_over_a_directory(gold_dir, monkeypatch):
    monkeypatch.setattr(ev, "_rules_tag", _fake_tag)
    report = evaluate(gold_dir)
    assert (report.documents, report.gold) == (2, 8)
    (rules,) = report.systems
    c = rules.counts
    # d1: both right; d2: 'in April' valued 2018-04 but gold says 2018-05.
    assert (c.gold, c.system, c.strict, c.relaxed, c.value_ok) == (8, 4, 4, 4, 3)
    assert c.metrics()["value_f1"] == pytest.approx(0.75 * (2 * 4 / 12))
    d = report.to_dict(errors=True)
    json.dumps(d)
    assert d["systems"]["rules"]["scores"]["relaxed_p"] == 1.0
    assert d["dct_scored"] is False
    text = report.to_text(errors=True)
    assert "Value" in text and "MISS" in text and "VALUE" in text and "DURATION (n=2)" in text


def test_tagger_failure_is_noted_and_scored_as_empty(gold_dir, monkeypatch):
    def broken(text, published, language):
        raise RuntimeError("boom")
    monkeypatch.setattr(ev, "_rules_tag", broken)
    report = evaluate(gold_dir / "d1.tml", system="rules")
    assert report.systems[0].counts.relaxed == 0
    assert "boom" in report.systems[0].docs[0].note and "boom" in report.to_text()


def test_files_system_matches_by_name_and_maps_shifted_text(gold_dir, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    gold1 = read_timeml(gold_dir / "d1.tml")
    exprs = [TimeExpression(tid=g.tid, text=g.text, start=g.start, end=g.end, type=g.type, value=g.value,
                            granularity="day") for g in gold1.gold]
    (out / "d1.tml").write_text(to_timeml(gold1.text, gold1.dct, exprs))
    # d2's output has its text stripped, so every offset is one less than in the gold.
    gold2 = read_timeml(gold_dir / "sub" / "d2.tml")
    shifted = [e.model_copy(update={"start": e.start - 1, "end": e.end - 1}) for e in exprs]
    (out / "d2.xml").write_text(to_timeml(gold2.text.strip(), gold2.dct, shifted).replace("2018-04", "2018-05"))
    report = evaluate(gold_dir, system_dir=out)
    (files,) = report.systems
    assert files.name == "files:out"
    assert set(files.counts.metrics().values()) == {1.0}
    # Text edited in the middle: a ";" right after "two weeks" is gone from the system's copy.
    cut = gold2.text.index("; they")
    edited = gold2.text[:cut] + gold2.text[cut + 1:]
    moved = [e if e.end <= cut else e.model_copy(update={"start": e.start - 1, "end": e.end - 1}) for e in exprs]
    (out / "d2.xml").write_text(to_timeml(edited, gold2.dct, moved).replace("2018-04", "2018-05"))
    assert set(evaluate(gold_dir, system_dir=out).systems[0].counts.metrics().values()) == {1.0}
    (out / "d2.xml").unlink()
    files = evaluate(gold_dir, system_dir=out).systems[0]
    assert files.counts.relaxed == 4 and files.counts.gold == 8
    assert "no system file" in files.docs[1].note


def test_unknown_system_is_refused(gold_dir):
    with pytest.raises(ValueError, match="unknown system"):
        evaluate(gold_dir, system="heideltime")


def test_dateparser_baseline_gives_day_values(tmp_path):
    from timeline.baseline import dateparser_tag

    found = dateparser_tag("The treaty was signed on 12 August 1949 in Geneva.", dt.date(2020, 1, 1))
    # dateparser's strings carry neighbouring words ("on 12 August 1949 in"): relaxed matches only.
    assert [(f.value, f.type, f.granularity) for f in found] == [("1949-08-12", "DATE", "day")]
    assert "12 August 1949" in found[0].text
    f = tmp_path / "g.tml"
    f.write_text(to_timeml("Signed on 12 August 1949.", dt.date(2020, 1, 1), [TimeExpression(
        tid="t1", text="12 August 1949", start=10, end=24, type="DATE", value="1949-08-12", granularity="day")]))
    m = evaluate(f, system="dateparser").systems[0].counts.metrics()
    assert m["relaxed_f1"] == 1.0 and m["value_f1"] == 1.0 and m["strict_f1"] == 0.0


def test_cli_json_and_side_by_side(gold_dir, monkeypatch):
    monkeypatch.setattr(ev, "_rules_tag", _fake_tag)
    from timeline.cli import main

    result = CliRunner().invoke(main, ["evaluate", str(gold_dir), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["systems"]["rules"]["counts"]["gold"] == 8
    result = CliRunner().invoke(ev.evaluate_command, [str(gold_dir), "--system", "rules", "--system-dir", str(gold_dir), "--errors"])
    assert result.exit_code == 0, result.output
    header = next(line for line in result.stdout.splitlines() if "rules" in line)
    assert "files:gold" in header  # side by side
    assert "===== Errors of rules" in result.stdout


# --------------------------------------------------------------------- the real corpus

@pytest.fixture(scope="module")
def tbaq():
    path = CORPORA / "tbaq-cleaned"
    if not path.is_dir():
        pytest.skip(f"corpus not found: {path}")
    return path


def test_gold_written_back_as_system_files_scores_perfectly(tbaq, tmp_path):
    for p in iter_tml_files([tbaq]):
        doc = read_timeml(p)
        exprs = [TimeExpression(tid=t.tid, text=t.text, start=t.start, end=t.end, type=t.type, value=t.value,
                                mod=t.mod, granularity="day") for t in doc.gold]
        (tmp_path / p.name).write_text(to_timeml(doc.text, doc.dct, exprs, docid=doc.docid))
    report = evaluate(tbaq, system_dir=tmp_path)
    assert (report.documents, report.gold) == (256, 1822)
    assert set(report.systems[0].counts.metrics().values()) == {1.0}
    assert report.scoring_seconds > 0


def test_rules_in_process_equals_rules_through_timeml_files(tbaq, tmp_path):
    from worker.engine import tag

    files = list(iter_tml_files([tbaq]))[:60]
    for p in files:
        doc = read_timeml(p)
        (tmp_path / p.name).write_text(to_timeml(doc.text, doc.dct, tag(doc.text, doc.dct, "en")))
    report = evaluate(files, system="rules", system_dir=tmp_path)
    rules, via_files = report.systems
    assert not any(d.note for d in rules.docs)
    assert rules.counts == via_files.counts
    assert rules.counts.gold > 300
