"""Expand the {TYPE VALUE [MOD]|text} shorthand of the hand annotation into TimeML."""
import re, sys
from pathlib import Path
TYPES = {"D": "DATE", "T": "TIME", "U": "DURATION", "S": "SET"}
here = Path(__file__).parent
for src in sorted(here.glob("*.txt")):
    dct, body = src.read_text().split("\n", 1)
    n = 0
    def rep(m):
        global n
        n += 1
        head, text = m.group(1), m.group(2)
        parts = head.split()
        mod = f' mod="{parts[2]}"' if len(parts) > 2 else ""
        return f'<TIMEX3 tid="t{n}" type="{TYPES[parts[0]]}" value="{parts[1]}"{mod}>{text}</TIMEX3>'
    body = re.sub(r"\{([^|{}]+)\|([^{}]+)\}", rep, body)
    assert "{" not in body and "}" not in body
    name = src.stem
    out = ('<?xml version="1.0" ?>\n<TimeML>\n' f"<DOCID>{name}</DOCID>\n"
           f'<DCT><TIMEX3 tid="t0" type="DATE" value="{dct}" temporalFunction="false" functionInDocument="CREATION_TIME">{dct}</TIMEX3></DCT>\n'
           f"<TEXT>\n{body.strip()}\n</TEXT>\n</TimeML>\n")
    (here.parent / f"{name}.tml").write_text(out)
    print(name, n)
