"""Held-out 1989-2003 wire and broadcast stories, TIMEX3 annotated by hand before the tagger ran on them and
scored with the held-out articles' helper. heldout-wire (10): WSJ-style earnings, AP politics and crime, CNN/ABC
transcripts; heldout-wire2 (10): diplomacy, hurricane, air crash, election night, merger, finals, outbreak, appeal,
transit strike, shuttle launch (1996-2002). Floors sit about a point under the scores reached."""
from pathlib import Path

import pytest

from test_heldout_articles import assert_held_out

DATA = Path(__file__).resolve().parent / "data"


@pytest.mark.parametrize("folder, documents, min_gold, value, relaxed, strict", [
    ("heldout-wire", 10, 185, 0.97, 0.985, 0.985),
    ("heldout-wire2", 10, 185, 0.966, 0.987, 0.987),
])
def test_heldout_wire_score(folder, documents, min_gold, value, relaxed, strict):
    assert_held_out(DATA / folder, documents, min_gold, value=value, relaxed=relaxed, strict=strict)
