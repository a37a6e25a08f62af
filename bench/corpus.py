"""The benchmark's documents: the text of the TBAQ corpus (TimeBank + AQUAINT), or the bundled examples."""
from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
FALLBACK_DATE = dt.date(2017, 8, 16)


@dataclass(frozen=True)
class Doc:
    docid: str
    text: str
    published: dt.date


def corpora_dir() -> Path:
    return Path(os.environ.get("TIMELINE_CORPORA") or REPO.parent / "shared" / "corpora")


def load_docs(corpus: str | Path | None = None) -> tuple[list[Doc], str]:
    """The TBAQ documents (text and DCT) in a stable order, and a name for where they came from."""
    from timeline.timeml import iter_tml_files, read_timeml

    root = Path(corpus) if corpus else corpora_dir() / "tbaq-cleaned"
    if root.exists():
        docs = []
        for path in iter_tml_files([root]):
            doc = read_timeml(path)
            if doc.text.strip():
                docs.append(Doc(doc.docid or path.stem, doc.text, doc.dct or FALLBACK_DATE))
        if docs:
            return docs, str(root)
    examples = sorted((REPO / "examples").glob("*.txt"))
    docs = [Doc(p.stem, p.read_text(encoding="utf-8"), FALLBACK_DATE) for p in examples]
    if not docs:
        raise FileNotFoundError(f"no corpus at {root} and no examples/*.txt to fall back on")
    return docs, f"{REPO / 'examples'} (TBAQ not found at {root})"


def article(docs: list[Doc], i: int, tag: str) -> dict:
    """Article number i: the corpus recycled under distinct ids."""
    doc = docs[i % len(docs)]
    return {"id": f"bench-{tag}-{i}", "text": doc.text, "published_at": doc.published.isoformat(),
            "title": doc.docid, "source": "bench"}
