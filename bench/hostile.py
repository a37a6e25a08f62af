"""How the extraction core's time grows with hostile input: is it linear?

    .venv/bin/python bench/hostile.py                 # all patterns, sizes 16 KB .. 1 MB
    .venv/bin/python bench/hostile.py --max-kb 256 --pattern monday --pattern digits

For each adversarial pattern the text is repeated to each size (doubling), ``worker.engine.extract`` is run
once per size, and the seconds, µs per KB and the growth factor per doubling are printed (linear: ~2.0,
quadratic: ~4.0). A size that takes longer than ``--budget`` seconds stops that pattern (and is reported as
such): the time limits protect the service, this shows where the engine itself is superlinear.
A pattern counts as superlinear when its cost per KB at the largest size is more than ``--max-slowdown``
(default 3) times its cheapest cost per KB (robust to the noise of single doublings: quadratic time over a 64x
size range is a 64x slowdown), or when it hits the budget; the exit status is then 1.
"""
from __future__ import annotations

import argparse
import datetime as dt
import signal
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

PATTERNS = {
    "monday": "Monday ",
    "monday-sentences": "It happened on Monday. ",
    "digits": "1234567890",
    "years": "2017 ",
    "full-dates": "on 12 May 2011 and ",
    "iso-dates": "2017-08-16T10:00:00Z ",
    "month-words": "May March June ",
    "relative-chain": "the day before the week after next ",
    "since-until": "since 2001 until 2004 from Monday to Friday ",
    "decades": "in the 1990s and the 2000s, ",
    "sets": "every Monday and each Tuesday twice a week ",
    "durations": "for 3 years and 2 months ",
    "slashes": "1/2/3/4/5/6/7/8/",
    "punctuation": "(([[--'',,;;..",
    "no-spaces": "abcdefghij",
    "newlines": "Monday\n\n",
    "mixed-unicode": "Lundi 3 mai 2011 — 2011年5月3日 ٢٠١١ Ⅻ 𝟚𝟘𝟙𝟟 ",
    "control-chars": "\x01Monday\x02\x1b[0m 2017\x7f\u200b\u202e",
    "combining": "M\u0301o\u0302n\u0303day 2\u03010\u030217 ",
}


class Budget(Exception):
    pass


def _alarm(signum, frame):  # noqa: ARG001
    raise Budget


def run(pattern: str, unit: str, sizes_kb: list[int], budget: float) -> tuple[list[tuple[int, float, int]], bool]:
    from worker.engine import extract

    rows = []
    for kb in sizes_kb:
        text = (unit * (kb * 1024 // len(unit.encode("utf-8")) + 1))
        text = text[: kb * 1024]
        signal.setitimer(signal.ITIMER_REAL, budget)
        started = time.perf_counter()
        try:
            result = extract(text, dt.date(2017, 8, 16))
        except Budget:
            return rows + [(kb, float("inf"), -1)], True
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
        rows.append((kb, time.perf_counter() - started, len(result.expressions)))
    return rows, False


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--min-kb", type=int, default=16)
    parser.add_argument("--max-kb", type=int, default=1024)
    parser.add_argument("--budget", type=float, default=60.0, help="seconds allowed for one extraction")
    parser.add_argument("--max-slowdown", type=float, default=3.0,
                        help="cost per KB at the largest size over the cheapest, counted as superlinear")
    parser.add_argument("--pattern", action="append", choices=sorted(PATTERNS), help="only these patterns")
    args = parser.parse_args(argv)
    signal.signal(signal.SIGALRM, _alarm)
    sizes = []
    kb = args.min_kb
    while kb <= args.max_kb:
        sizes.append(kb)
        kb *= 2
    from worker.engine import extract

    extract("Warm up on Monday, 3 May 2011.", dt.date(2017, 8, 16))
    bad = []
    print(f"{'pattern':18} {'KB':>6} {'seconds':>9} {'us/KB':>9} {'x/doubling':>10} {'expressions':>11}")
    for name in args.pattern or list(PATTERNS):
        rows, over = run(name, PATTERNS[name], sizes, args.budget)
        growths = []
        for i, (kb, seconds, found) in enumerate(rows):
            growth = ""
            if i and rows[i - 1][1] > 0.005 and seconds != float("inf"):
                g = seconds / rows[i - 1][1]
                growths.append(g)
                growth = f"{g:.2f}"
            shown = f"{seconds:9.3f}" if seconds != float("inf") else f">{args.budget:7.0f}s"
            per_kb = f"{seconds / kb * 1e6:9.0f}" if seconds != float("inf") else "        -"
            print(f"{name:18} {kb:6} {shown} {per_kb} {growth:>10} {found if found >= 0 else '-':>11}", flush=True)
        per_kb = [seconds / kb for kb, seconds, _ in rows if seconds != float("inf") and seconds > 0.005]
        slowdown = per_kb[-1] / min(per_kb) if len(per_kb) > 1 else 1.0
        if over or slowdown > args.max_slowdown:
            bad.append((name, "over budget" if over else f"cost per KB x{slowdown:.1f} from smallest to largest"))
    if bad:
        print("\nsuperlinear: " + "; ".join(f"{n} ({why})" for n, why in bad))
        return 1
    print("\nall patterns linear within the limits")
    return 0


if __name__ == "__main__":
    sys.exit(main())
