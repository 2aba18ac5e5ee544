"""Benchmark: extract the articles annotated in benchmarks/gold_full/ and score them.

The article texts are not in the repository: they are read from ../shared/corpus/*.jsonl by id,
written to a temporary JSON Lines file, extracted with the current pipeline into a temporary
folder and scored with ``relations.evaluation.gold``. The seed gold (data/gold against data/raw)
is scored the same way, so one run gives every figure docs/evaluation.md quotes.

    .venv/bin/python benchmarks/evaluate_gold.py [--details] [--json]
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
import tempfile
from pathlib import Path

from relations.config import GOLD_DIR, RAW_DIR, SHARED_DIR
from relations.evaluation.commands import format_figures, format_misses, json_safe
from relations.evaluation.gold import EvaluationResult, evaluate_gold, load_gold, write_corpus_articles
from relations.pipeline import run

BENCHMARK_GOLD = Path(__file__).resolve().parent / "gold_full"

logger = logging.getLogger("evaluate_gold")


def score_benchmark(gold_dir: Path, corpus_dir: Path, work_dir: Path) -> EvaluationResult:
    """Extract the gold articles from the shared corpus into ``work_dir`` and score them."""
    ids = {gold.file for gold in load_gold(gold_dir)}
    articles = work_dir / "articles.jsonl"
    missing = sorted(ids - write_corpus_articles(ids, corpus_dir, articles))
    if missing:
        logger.warning("not in %s (scored as missed): %s", corpus_dir, ", ".join(missing))
    processed = work_dir / "processed"
    run([articles], processed, progress=False)
    return evaluate_gold(gold_dir, processed)


def score_seeds(work_dir: Path) -> EvaluationResult:
    processed = work_dir / "seeds"
    run([RAW_DIR], processed, progress=False)
    return evaluate_gold(GOLD_DIR, processed)


def report(title: str, result: EvaluationResult, details: bool) -> str:
    parts = [f"== {title} ==", format_figures(result.metrics), "", result.per_article().to_string()]
    if details:
        parts += ["", format_misses(result.details)]
    return "\n".join(parts) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=BENCHMARK_GOLD, help="gold folder (default: gold_full/)")
    parser.add_argument("--corpus", type=Path, default=SHARED_DIR / "corpus", help="folder of *.jsonl")
    parser.add_argument("--details", action="store_true", help="list every miss, wrong and false positive")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    if not args.corpus.is_dir():
        print(f"skipped: no corpus at {args.corpus} (this benchmark needs ../shared)", file=sys.stderr)
        return 0
    with tempfile.TemporaryDirectory(prefix="relations-gold-") as tmp:
        results = {
            "benchmark (held out)": score_benchmark(args.gold, args.corpus, Path(tmp)),
            "seeds (development)": score_seeds(Path(tmp)),
        }
    if args.json:
        figures = {
            name: {k: json_safe(v) for k, v in result.metrics.items()} for name, result in results.items()
        }
        print(json.dumps(figures, indent=2))
    else:
        for name, result in results.items():
            print(report(name, result, args.details))
    return 0


if __name__ == "__main__":
    sys.exit(main())
