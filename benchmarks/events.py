"""Benchmark the stances extractor on public event gold (PLOVER GSR and PETRARCH2 validation).

Usage: .venv/bin/python benchmarks/events.py [--shared ../shared] [--json]

Prints dyad recall, polarity accuracy and category accuracy (targets: dyad recall >= 0.80, polarity
accuracy >= 0.90) on the PLOVER dev half (used for error analysis and tuning), the PLOVER held-out
test half (see ``relations.evaluation.events.split_of``), all of PLOVER, and the same halves and
whole of PETRARCH2 (its dev half joined the tuning material on 2026-12-04), and the PETRARCH2
unit-test records (`petrarch-unit`: syntax cases about fictional states, with the suite's own actor
dictionary; development material since 2026-12-04). Needs ../shared; exits 0 with a note when it
is absent.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from pathlib import Path

from relations.actors import ActorResolver
from relations.config import SHARED_DIR
from relations.evaluation.events import score_petrarch, score_petrarch_units, score_plover


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=SHARED_DIR, help="the shared material folder")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.ERROR)
    plover = args.shared / "eval" / "plover" / "PLOVER_GSR_CAMEO.json"
    petrarch = args.shared / "eval" / "universalpetrarch" / "PETR2_GSR_validation.xml"
    if not plover.exists():
        print(f"{args.shared} has no event gold; nothing to benchmark")
        return 0
    resolver = ActorResolver()
    results = {
        "plover-dev": score_plover(plover, resolver, split="dev"),
        "plover-test": score_plover(plover, resolver, split="test"),
        "plover-all": score_plover(plover, resolver),
        "petrarch-dev": score_petrarch(petrarch, resolver, split="dev"),
        "petrarch-test": score_petrarch(petrarch, resolver, split="test"),
        "petrarch": score_petrarch(petrarch, resolver),
    }
    units = args.shared / "eval" / "petrarch2" / "unit_test_records.derived.jsonl"
    validate = args.shared / "eval" / "petrarch2" / "dictionaries" / "PETR.Validate.actors.txt"
    if units.exists() and validate.exists():
        results["petrarch-unit"] = score_petrarch_units(units, validate)
    if args.json:
        print(json.dumps(results, indent=2))
        return 0
    print(
        f"{'gold set':<13} {'records':>7} {'dyads':>6} {'skipped':>7} {'recall':>7} {'intl':>6} {'polarity':>8} {'category':>8}"
    )
    for name, r in results.items():
        print(
            f"{name:<13} {r['records']:>7} {r['gold_dyads']:>6} {r['skipped_dyads']:>7} {r['dyad_recall']!s:>7} "
            f"{r['dyad_recall_international']!s:>6} {r['polarity_accuracy']!s:>8} {r['category_accuracy']!s:>8}"
        )
    for name, r in results.items():
        print(f"{name} category confusions (gold->ours): {', '.join(r['top_category_confusions'])}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
