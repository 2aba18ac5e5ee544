"""Benchmark actor resolution against benchmarks/gold/*.yml (seed articles + a russia_iran.jsonl sample).

Usage (from the project root)::

    .venv/bin/python benchmarks/actors.py            # all gold files, per-article table + pooled scores
    .venv/bin/python benchmarks/actors.py --errors   # also list misses, wrong countries, extras

Seed articles are read from data/raw through the project's ingest; corpus articles from
../shared/corpus/*.jsonl (skipped, with a message, when ../shared is absent).
"""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from relations.actors import ActorResolver
from relations.config import PROJECT_ROOT, RAW_DIR, SHARED_DIR
from relations.document import Article
from relations.evaluation.actors import ActorGold, ActorScore, evaluate_article, load_gold_dir
from relations.ingest import read_articles
from relations.parse import parse_articles

GOLD_DIR = PROJECT_ROOT / "benchmarks" / "gold"


def find_articles(golds: list[ActorGold]) -> dict[str, Article]:
    """Articles named by the gold files: data/raw files, then ids in ../shared/corpus/*.jsonl."""
    found: dict[str, Article] = {}
    raw_files = [RAW_DIR / g.file for g in golds if (RAW_DIR / g.file).is_file()]
    articles, _ = read_articles(raw_files)
    for gold, article in zip([g for g in golds if (RAW_DIR / g.file).is_file()], articles, strict=False):
        found[gold.file] = article
    wanted = {g.file for g in golds} - set(found)
    # russia_iran.jsonl holds the sample; other corpora are searched only for ids it lacks
    corpus = sorted((SHARED_DIR / "corpus").glob("*.jsonl"), key=lambda p: p.name != "russia_iran.jsonl")
    if wanted and not corpus:
        print(f"../shared is absent ({SHARED_DIR}): skipping {len(wanted)} corpus articles", file=sys.stderr)
        return found
    for path in corpus:
        if not wanted:
            break
        rows, _ = read_articles([path])
        for article in rows:
            if article.article_id in wanted:
                found[article.article_id] = article
                wanted.discard(article.article_id)
    for missing in sorted(wanted):
        print(f"gold names {missing!r}: neither in data/raw nor in ../shared/corpus", file=sys.stderr)
    return found


def fmt(value: float) -> str:
    return "  n/a" if value != value else f"{value:5.2f}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=GOLD_DIR)
    parser.add_argument("--errors", action="store_true", help="list every miss and extra")
    args = parser.parse_args()
    logging.basicConfig(level=logging.ERROR)

    golds = load_gold_dir(args.gold)
    articles = find_articles(golds)
    golds = [g for g in golds if g.file in articles]
    resolver = ActorResolver()
    seeds, sample = ActorScore("seed articles"), ActorScore("corpus sample (tuned on)")
    heldout = ActorScore("corpus held-out")
    print(f"{'article':58} {'persons':>8} {'P.rec':>5} {'P.prec':>6} {'ctry':>5} {'states':>7} {'S.rec':>5}")
    parsed_all = parse_articles([articles[g.file] for g in golds])
    for gold, parsed in zip(golds, parsed_all, strict=True):
        score = evaluate_article(gold, parsed, resolver.extract(parsed), resolver)
        if (RAW_DIR / gold.file).is_file():
            seeds.add(score)
        else:
            (heldout if gold.split == "heldout" else sample).add(score)
        print(
            f"{gold.file[:58]:58} {score.persons_found:>3}/{score.persons_total:<4} "
            f"{fmt(score.person_recall)} "
            f"{fmt(score.person_precision):>6} {fmt(score.country_accuracy)} "
            f"{score.states_found:>3}/{score.states_total:<3} {fmt(score.state_recall)}"
        )
    print()
    for total in (seeds, sample, heldout):
        if not total.persons_total:
            continue
        print(
            f"{total.article}: person recall {fmt(total.person_recall)} ({total.persons_found}/"
            f"{total.persons_total}), person precision {fmt(total.person_precision)}, country accuracy "
            f"{fmt(total.country_accuracy)} ({total.countries_right}/{total.persons_found}), state recall "
            f"{fmt(total.state_recall)}, state precision {fmt(total.state_precision)}, "
            f"not-actor hits {len(total.not_actor_hits)}"
        )
        if args.errors:
            lists = ("missing_persons", "wrong_countries", "extra_persons", "missing_states", "extra_states")
            for name in lists:
                print(f"  {name}: {getattr(total, name)}")
            print(f"  not_actor_hits: {total.not_actor_hits}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
