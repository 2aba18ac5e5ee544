"""Value accuracy of the date extractor on TimeBank + AQUAINT (TempEval-3 TBAQ) gold.

Usage::

    .venv/bin/python benchmarks/timebank.py                 # held-out test split (the reported figure)
    .venv/bin/python benchmarks/timebank.py --split dev     # the split used for tuning
    .venv/bin/python benchmarks/timebank.py --errors 40     # also list wrong relative expressions

Reads ../shared/eval/timebank (or --path); see relations.evaluation.timebank for the scoring rules.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from pathlib import Path

from relations.config import SHARED_DIR
from relations.evaluation.timebank import compare, score_timebank


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--path", type=Path, default=SHARED_DIR / "eval" / "timebank")
    parser.add_argument("--split", choices=("dev", "test", "all"), default="test")
    parser.add_argument("--errors", type=int, default=0, help="list this many wrong relative expressions")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.ERROR)
    if not args.path.exists():
        print(f"no TimeBank gold at {args.path}", file=sys.stderr)
        return 2
    figures = score_timebank(args.path, split=args.split)
    print(json.dumps(figures, indent=2))
    if args.errors:
        comparisons, _ = compare(args.path, args.split)
        wrong = [
            c for c in comparisons if c.relative and c.expressible and c.predicted_value != c.expressible
        ]
        for row in wrong[: args.errors]:
            gold = f"{row.gold_text!r}={row.expressible}"
            got = f"{row.predicted_text!r}={row.predicted_value}"
            print(f"{row.dct} gold {gold} got {got} [{row.rule}]  ... {row.context}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
