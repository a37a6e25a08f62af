"""Read and write TimeML (.tml) documents.

``read_timeml`` turns a TimeML file into plain text plus character-offset annotations
(TIMEX3, EVENT, MAKEINSTANCE, TLINK); ``to_timeml`` writes a tagger's expressions back
as inline TIMEX3 tags around the unchanged text.

Offsets are Python ``str`` indices into ``TimeMLDocument.text``: the content of ``<TEXT>``
with every inline tag removed and entities unescaped (as the XML parser delivers it).
"""
from __future__ import annotations

import datetime as dt
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator, Optional, Union

__all__ = [
    "Timex", "EventMention", "Instance", "TLink", "EventTimeLink", "TimeMLDocument", "INVERSE_RELATION",
    "read_timeml", "parse_timeml", "iter_tml_files", "to_timeml",
]


@dataclass(frozen=True)
class Timex:
    """A TIMEX3 tag; ``start``/``end`` are offsets into the document text (-1 for a DCT outside it)."""

    tid: str
    start: int
    end: int
    text: str
    type: str
    value: str
    mod: Optional[str] = None
    function: Optional[str] = None  # functionInDocument, e.g. CREATION_TIME, NONE
    attrs: dict = field(default_factory=dict, compare=False, repr=False)  # every XML attribute


@dataclass(frozen=True)
class EventMention:
    """An EVENT tag (the mention); its tense/aspect live on the MAKEINSTANCE."""

    eid: str
    start: int
    end: int
    text: str
    cls: Optional[str] = None  # the ``class`` attribute
    attrs: dict = field(default_factory=dict, compare=False, repr=False)


@dataclass(frozen=True)
class Instance:
    """A MAKEINSTANCE: links an event instance id (eiid) to its EVENT (eid)."""

    eiid: str
    eid: str
    attrs: dict = field(default_factory=dict, compare=False, repr=False)


@dataclass(frozen=True)
class TLink:
    """A TLINK. Exactly one of event_instance/time_id is the source, one of the related_* the target."""

    lid: Optional[str]
    rel_type: Optional[str]
    event_instance: Optional[str] = None  # eventInstanceID
    time_id: Optional[str] = None  # timeID
    related_to_event_instance: Optional[str] = None
    related_to_time: Optional[str] = None
    attrs: dict = field(default_factory=dict, compare=False, repr=False)


@dataclass
class TimeMLDocument:
    docid: str
    dct: Optional[dt.date]  # publication date; None when the file has none
    text: str
    gold: list[Timex]  # in-text TIMEX3s, in text order; the DCT is not among them
    dct_timex: Optional[Timex] = None
    events: list[EventMention] = field(default_factory=list)
    instances: list[Instance] = field(default_factory=list)
    tlinks: list[TLink] = field(default_factory=list)
    path: Optional[Path] = None

    @property
    def timexes(self) -> dict[str, Timex]:
        """Every timex by tid, the DCT included."""
        out = {t.tid: t for t in self.gold}
        if self.dct_timex is not None:
            out.setdefault(self.dct_timex.tid, self.dct_timex)
        return out

    def event_time_links(self) -> list["EventTimeLink"]:
        """Every TLINK between an event instance and a time, whichever way it was written,
        with relType turned to read event -> time (e.g. a time INCLUDES event link becomes IS_INCLUDED)."""
        events = {e.eid: e for e in self.events}
        event_of = {i.eiid: events.get(i.eid) for i in self.instances}
        times = self.timexes
        out = []
        for link in self.tlinks:
            rel = link.rel_type or ""
            if link.event_instance and link.related_to_time:
                ev, tx = event_of.get(link.event_instance), times.get(link.related_to_time)
            elif link.time_id and link.related_to_event_instance:
                ev, tx = event_of.get(link.related_to_event_instance), times.get(link.time_id)
                rel = INVERSE_RELATION.get(rel, rel)
            else:
                continue
            if ev is not None and tx is not None:
                out.append(EventTimeLink(ev, tx, rel, link))
        return out


# TimeML relTypes and their converses (used to read every event-time link from the event's side).
INVERSE_RELATION = {
    "BEFORE": "AFTER", "AFTER": "BEFORE", "IBEFORE": "IAFTER", "IAFTER": "IBEFORE",
    "INCLUDES": "IS_INCLUDED", "IS_INCLUDED": "INCLUDES", "BEGINS": "BEGUN_BY", "BEGUN_BY": "BEGINS",
    "ENDS": "ENDED_BY", "ENDED_BY": "ENDS", "DURING": "DURING_INV", "DURING_INV": "DURING",
    "SIMULTANEOUS": "SIMULTANEOUS", "IDENTITY": "IDENTITY",
}


@dataclass(frozen=True)
class EventTimeLink:
    event: EventMention
    timex: Timex
    rel_type: str  # read event -> time
    tlink: TLink


def _dct_date(value: Optional[str]) -> Optional[dt.date]:
    """The calendar date at the start of a TIMEX3 value such as 1998-01-08, 1998-11-20T19:30 or 19980108."""
    m = re.match(r"\s*(\d{4})-?(\d{2})-?(\d{2})", value or "")
    if not m:
        return None
    try:
        return dt.date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        return None


def _flatten(element: ET.Element, parts: list[str], pos: int, found: list) -> int:
    """Append the text inside ``element`` to ``parts``; record (child, start, end) for every descendant."""
    if element.text:
        parts.append(element.text)
        pos += len(element.text)
    for child in element:
        start = pos
        pos = _flatten(child, parts, pos, found)
        found.append((child, start, pos))
        if child.tail:
            parts.append(child.tail)
            pos += len(child.tail)
    return pos


def _timex(el: ET.Element, start: int, end: int, text: str) -> Timex:
    a = dict(el.attrib)
    return Timex(
        tid=a.get("tid", ""), start=start, end=end, text=text, type=a.get("type", ""),
        value=a.get("value", ""), mod=a.get("mod"), function=a.get("functionInDocument"), attrs=a,
    )


def parse_timeml(source: Union[str, bytes], docid: Optional[str] = None, path: Optional[Path] = None) -> TimeMLDocument:
    """Parse TimeML markup given as a string (see ``read_timeml``)."""
    root = ET.fromstring(source)
    text_el = root.find(".//TEXT")
    if text_el is None:
        raise ValueError(f"{path or 'document'}: no <TEXT> element")
    parts: list[str] = []
    found: list[tuple[ET.Element, int, int]] = []
    _flatten(text_el, parts, 0, found)
    text = "".join(parts)
    found.sort(key=lambda f: (f[1], -f[2]))

    gold, events, dct_timex = [], [], None
    for el, start, end in found:
        if el.tag == "TIMEX3":
            t = _timex(el, start, end, text[start:end])
            if t.function == "CREATION_TIME":  # a DCT written inside the text: not scored
                dct_timex = dct_timex or t
            else:
                gold.append(t)
        elif el.tag == "EVENT":
            a = dict(el.attrib)
            events.append(EventMention(a.get("eid", ""), start, end, text[start:end], a.get("class"), a))

    # The DCT: the TIMEX3 inside <DCT>, else any CREATION_TIME timex outside <TEXT>.
    dct_el = root.find(".//DCT//TIMEX3")
    if dct_el is None:
        dct_el = next((t for t in root.iter("TIMEX3") if t.get("functionInDocument") == "CREATION_TIME"), None)
    if dct_el is not None and dct_timex is None:
        dct_timex = _timex(dct_el, -1, -1, "".join(dct_el.itertext()))

    instances = [Instance(m.get("eiid", ""), m.get("eventID", ""), dict(m.attrib)) for m in root.iter("MAKEINSTANCE")]
    tlinks = [
        TLink(
            lid=l.get("lid"), rel_type=l.get("relType"), event_instance=l.get("eventInstanceID"),
            time_id=l.get("timeID"), related_to_event_instance=l.get("relatedToEventInstance"),
            related_to_time=l.get("relatedToTime"), attrs=dict(l.attrib),
        )
        for l in root.iter("TLINK")
    ]
    docid_el = root.find(".//DOCID")
    if docid_el is not None and (docid_el.text or "").strip():
        docid = docid_el.text.strip()
    return TimeMLDocument(
        docid=docid or (path.stem if path else "doc"),
        dct=_dct_date(dct_timex.value) if dct_timex else None,
        text=text, gold=gold, dct_timex=dct_timex, events=events, instances=instances,
        tlinks=tlinks, path=path,
    )


def read_timeml(path: Union[str, Path]) -> TimeMLDocument:
    """Read a TimeML file: its id, publication date, plain text and annotations."""
    path = Path(path)
    try:
        return parse_timeml(path.read_bytes(), path=path)
    except ET.ParseError as e:
        raise ValueError(f"{path}: not well-formed XML ({e})") from None


def iter_tml_files(paths: Iterable[Union[str, Path]]) -> Iterator[Path]:
    """The given files, and every *.tml under the given directories (sorted)."""
    for p in map(Path, paths):
        if p.is_dir():
            yield from sorted(f for f in p.rglob("*.tml") if f.is_file())
        elif p.exists():
            yield p
        else:
            raise FileNotFoundError(f"no such file or directory: {p}")


# ---------------------------------------------------------------------------------------- writing

# XML 1.0 cannot hold these characters at all, not even as &#..; references.
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_TEXT_ESCAPES = {"&": "&amp;", "<": "&lt;", ">": "&gt;", "\r": "&#13;"}  # \r: parsers turn raw CR into LF
_ATTR_ESCAPES = {**_TEXT_ESCAPES, '"': "&quot;", "\n": "&#10;", "\t": "&#9;"}


def _escape(s: str, table: dict) -> str:
    s = _NOT_XML.sub("\ufffd", s)  # same length, so offsets stay right
    return "".join(table.get(c, c) for c in s) if any(c in table for c in s) else s


def _attrs(pairs: Iterable[tuple[str, Optional[str]]]) -> str:
    return "".join(f' {k}="{_escape(str(v), _ATTR_ESCAPES)}"' for k, v in pairs if v is not None)


def to_timeml(text: str, dct: Union[dt.date, dt.datetime], expressions: Iterable, docid: Optional[str] = None) -> str:
    """A TimeML document: the DCT as a CREATION_TIME TIMEX3, and ``text`` unchanged inside ``<TEXT>``
    with an inline TIMEX3 around each expression (``schemas.TimeExpression`` or anything with the
    same fields). Inline tags cannot overlap: an expression overlapping an earlier (or longer) one,
    or with an empty or out-of-range span, is left out. Characters XML 1.0 cannot carry (most C0
    controls) are written as U+FFFD, which keeps every offset valid."""
    if isinstance(dct, dt.datetime):
        dct = dct.date()
    spans = sorted(
        (e for e in expressions if 0 <= e.start < e.end <= len(text)), key=lambda e: (e.start, -e.end)
    )
    body, pos = [], 0
    for e in spans:
        if e.start < pos:  # overlaps the previous tag
            continue
        anchor = "t0" if getattr(e, "anchor", None) == "publication" else getattr(e, "anchor_tid", None)
        body.append(_escape(text[pos:e.start], _TEXT_ESCAPES))
        body.append("<TIMEX3" + _attrs([
            ("tid", e.tid), ("type", e.type), ("value", e.value), ("mod", getattr(e, "mod", None)),
            ("quant", getattr(e, "quant", None)), ("freq", getattr(e, "freq", None)), ("anchorTimeID", anchor),
        ]) + ">")
        body.append(_escape(text[e.start:e.end], _TEXT_ESCAPES) + "</TIMEX3>")
        pos = e.end
    body.append(_escape(text[pos:], _TEXT_ESCAPES))
    dct_tag = "<TIMEX3" + _attrs([
        ("tid", "t0"), ("type", "DATE"), ("value", dct.isoformat()),
        ("temporalFunction", "false"), ("functionInDocument", "CREATION_TIME"),
    ]) + f">{dct.isoformat()}</TIMEX3>"
    docid_line = f"<DOCID>{_escape(docid, _TEXT_ESCAPES)}</DOCID>\n" if docid else ""
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<TimeML>\n'
        f"{docid_line}<DCT>{dct_tag}</DCT>\n<TEXT>{''.join(body)}</TEXT>\n</TimeML>\n"
    )
