"""Draw corpus sentences for the real-sentence stance gold (benchmarks/gold_sentences.yml).

The population is every sentence of an extracted corpus whose mentions name two or more countries,
minus the articles of the held-out article gold (benchmarks/gold_full). It is shuffled with a fixed
seed, and items FIRST..FIRST+N-1 are printed in two forms: the sentence with its article's title and
date, for the annotator to read *without* the extractor's rows, and an item skeleton to fill in.
The committed gold is items 0-319 of seed 15 over the corpus tables of commit 63d359d; the
population depends on the mentions, so later tables draw a slightly different one.

    .venv/bin/relations extract ../shared/corpus --out /tmp/corpus --quiet
    .venv/bin/python benchmarks/tools/sample_sentences.py /tmp/corpus --n 40 --first 320 --seed 15
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

import yaml

from relations.evaluation.sentences import text_sha
from relations.storage import read_table

HELD_OUT = Path(__file__).resolve().parent.parent / "gold_full"


def population(processed: Path) -> list[tuple[str, int]]:
    """(article, sentence) keys of the sentences naming two or more countries, held-out articles left out."""
    held_out = {yaml.safe_load(path.read_text(encoding="utf-8"))["file"] for path in HELD_OUT.glob("*.yml")}
    mentions = read_table(processed, "mentions").merge(
        read_table(processed, "actors")[["actor_id", "country"]],
        on="actor_id",
        how="left",
        validate="many_to_one",
    )
    countries = (
        mentions.dropna(subset=["country"]).groupby(["article_id", "sentence_id"])["country"].nunique()
    )
    return [key for key in sorted(countries[countries >= 2].index) if key[0] not in held_out]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("processed", type=Path, help="folder of an extracted corpus")
    parser.add_argument("--n", type=int, default=40, help="how many sentences to print")
    parser.add_argument(
        "--first", type=int, default=0, help="position of the first one in the shuffled order"
    )
    parser.add_argument("--seed", type=int, default=15)
    args = parser.parse_args(argv)
    keys = population(args.processed)
    random.Random(args.seed).shuffle(keys)
    sentences = read_table(args.processed, "sentences").set_index(["article_id", "sentence_id"])
    articles = read_table(args.processed, "articles").set_index("article_id")
    print(f"# {len(keys)} sentences in the population", file=sys.stderr)
    for number, key in enumerate(keys[args.first : args.first + args.n], start=args.first):
        sentence, article = sentences.loc[key], articles.loc[key[0]]
        print(
            f"#{number} [{article['published']}] {article['title']}\n  {' '.join(sentence['text'].split())}"
        )
        print(
            f"- {{article: {key[0]}, start: {sentence['start']}, end: {sentence['end']}, "
            f"sha: '{text_sha(sentence['text'])}', stances: [], optional: []}}\n"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
