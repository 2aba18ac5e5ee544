"""Benchmark quote attribution on PolNeAR: content-span P/R/F1 and speaker accuracy, direct and indirect.

    .venv/bin/python benchmarks/polnear.py                 # test split (report this one)
    .venv/bin/python benchmarks/polnear.py --split dev     # tune on train/dev
    .venv/bin/python benchmarks/polnear.py --path /elsewhere/polnear --limit 20

Reads ``../shared/eval/polnear`` by default; prints a table and the JSON report.
"""

from __future__ import annotations

import argparse
import json
import logging
from pathlib import Path

from relations.config import SHARED_DIR
from relations.evaluation.polnear import SPLITS, score_polnear


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--path", type=Path, default=SHARED_DIR / "eval" / "polnear")
    parser.add_argument("--split", choices=SPLITS, default="test")
    parser.add_argument("--limit", type=int, default=None, help="score only the first N articles")
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)
    if not args.path.exists():
        raise SystemExit(f"PolNeAR not found at {args.path}")
    report = score_polnear(args.path, args.split, args.limit)
    print(
        f"PolNeAR {report['split']}: {report['articles']} articles, content overlap >= {report['min_overlap']}"
    )
    print(f"{'kind':<9} {'gold':>5} {'pred':>5} {'P':>6} {'R':>6} {'F1':>6} {'speaker':>8} {'pairs':>6}")
    for kind in ("direct", "indirect", "all"):
        row = report[kind]
        cells = [row[k] if row[k] is not None else float("nan") for k in ("precision", "recall", "f1")]
        speaker = row["speaker_accuracy"] if row["speaker_accuracy"] is not None else float("nan")
        print(
            f"{kind:<9} {row['gold']:>5} {row['predicted']:>5} {cells[0]:>6.3f} {cells[1]:>6.3f} {cells[2]:>6.3f}"
            f" {speaker:>8.3f} {row['speaker_pairs']:>6}"
        )
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
