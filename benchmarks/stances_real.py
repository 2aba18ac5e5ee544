"""Benchmark: stance precision and recall on real corpus sentences (benchmarks/gold_sentences.yml).

The gold names sentences of ../shared/corpus by article and character span (see
``relations.evaluation.sentences``). Their articles are extracted with the current pipeline into a
temporary folder and every sentence's rows are scored against the reader's dyads. Figures are
printed for the dev half (used for tuning), the held-out test half and both; ``--details`` lists
the dev half's misses and false positives with their sentences (never the test half's).

    .venv/bin/python benchmarks/stances_real.py [--details] [--json]
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
import tempfile
from pathlib import Path

from relations.config import RAW_DIR, SHARED_DIR
from relations.evaluation.commands import json_safe
from relations.evaluation.gold import write_corpus_articles
from relations.evaluation.sentences import (
    SentenceScore,
    aligned,
    load_sentence_gold,
    score_sentences,
    sentence_metrics,
)
from relations.pipeline import run
from relations.storage import read_table

GOLD = Path(__file__).resolve().parent / "gold_sentences.yml"

logger = logging.getLogger("stances_real")


def extract(article_ids: set[str], corpus_dir: Path, work_dir: Path) -> Path:
    """Run the pipeline on the gold sentences' articles; the processed folder."""
    articles = work_dir / "articles.jsonl"
    found = write_corpus_articles(article_ids, corpus_dir, articles)
    # The seed articles are the sample corpus in data/raw, one text file each.
    seeds = [RAW_DIR / f"{i}.txt" for i in sorted(article_ids - found) if (RAW_DIR / f"{i}.txt").is_file()]
    missing = sorted(article_ids - found - {path.stem for path in seeds})
    if missing:
        logger.warning("not in %s (their sentences cannot be scored): %s", corpus_dir, ", ".join(missing))
    processed = work_dir / "processed"
    run([articles, *seeds], processed, progress=False)
    return processed


def score(
    gold_path: Path, corpus_dir: Path, work_dir: Path
) -> tuple[list[SentenceScore], dict[str, str], int]:
    """Scores of the aligned items, the text of each article, and how many items could not be aligned."""
    items = load_sentence_gold(gold_path)
    processed = extract({item.article_id for item in items}, corpus_dir, work_dir)
    articles = read_table(processed, "articles")
    good, lost = aligned(items, articles)
    scores = score_sentences(good, read_table(processed, "stances"))
    return scores, dict(zip(articles["article_id"], articles["text"], strict=True)), len(lost)


def figures(scores: list[SentenceScore]) -> dict[str, dict[str, float]]:
    return {
        "dev": sentence_metrics([s for s in scores if s.item.split == "dev"]),
        "test (held out)": sentence_metrics([s for s in scores if s.item.split == "test"]),
        "all": sentence_metrics(scores),
    }


def format_figures(table: dict[str, dict[str, float]], lost: int) -> str:
    header = f"{'half':<16}{'sentences':>10}{'gold':>6}{'hits':>6}{'FP':>5}{'recall':>8}{'precision':>10}{'F1':>7}{'clean neg':>10}"
    lines = [header]
    for name, m in table.items():
        lines.append(
            f"{name:<16}{m['sentences']:>10.0f}{m['gold_dyads']:>6.0f}{m['hits']:>6.0f}{m['false_positives']:>5.0f}"
            f"{m['recall']:>8.3f}{m['precision']:>10.3f}{m['f1']:>7.3f}{m['negatives_clean']:>10.3f}"
        )
    if lost:
        lines.append(f"({lost} gold sentences could not be aligned with the corpus and are left out)")
    return "\n".join(lines)


def format_details(scores: list[SentenceScore], texts: dict[str, str]) -> str:
    """The dev half's misses and false positives, each with its sentence."""
    lines = []
    for s in scores:
        if s.item.split != "dev" or not (s.misses or s.false_positives):
            continue
        sentence = " ".join(texts[s.item.article_id][s.item.start : s.item.end].split())
        lines.append(f"[{s.item.key}] {sentence}")
        lines += [f"    miss  {d.label()}" for d in sorted(s.misses)]
        lines += [f"    FP    {d.label()}" for d in sorted(s.false_positives)]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=GOLD, help="gold file (default: gold_sentences.yml)")
    parser.add_argument("--corpus", type=Path, default=SHARED_DIR / "corpus", help="folder of *.jsonl")
    parser.add_argument(
        "--details", action="store_true", help="list the dev half's misses and false positives"
    )
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    if not args.corpus.is_dir():
        print(f"skipped: no corpus at {args.corpus} (this benchmark needs ../shared)", file=sys.stderr)
        return 0
    with tempfile.TemporaryDirectory(prefix="relations-sentences-") as tmp:
        scores, texts, lost = score(args.gold, args.corpus, Path(tmp))
    table = figures(scores)
    if args.json:
        print(
            json.dumps({name: {k: json_safe(v) for k, v in m.items()} for name, m in table.items()}, indent=2)
        )
    else:
        print(format_figures(table, lost))
        if args.details:
            print("\n" + format_details(scores, texts))
    return 0


if __name__ == "__main__":
    sys.exit(main())
