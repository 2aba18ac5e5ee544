"""Stance gold on real corpus sentences: its format, the committed file, and the scorer."""

from __future__ import annotations

import math
from pathlib import Path

import pandas as pd
import pytest

from relations.config import PROJECT_ROOT, RAW_DIR
from relations.evaluation.gold import GoldDyad, GoldError, write_corpus_articles
from relations.evaluation.sentences import (
    SentenceGold,
    aligned,
    load_sentence_gold,
    parse_dyad,
    parse_item,
    score_sentences,
    sentence_metrics,
    text_sha,
)
from relations.ingest import read_articles

GOLD_FILE = PROJECT_ROOT / "benchmarks" / "gold_sentences.yml"
TEXT = "Intro. Russia backed Syria while Turkey attacked it. Outro."
SENTENCE = (7, 52)  # "Russia backed Syria while Turkey attacked it."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("RUS->SYR -", GoldDyad("RUS", "SYR", -1)),
        ("USA->IRN +", GoldDyad("USA", "IRN", 1)),
        (" TUR->RUS 0 ", GoldDyad("TUR", "RUS", 0)),
    ],
)
def test_parse_dyad_reads_the_label_form(text: str, expected: GoldDyad) -> None:
    assert parse_dyad(text, "here") == expected
    assert parse_dyad(expected.label(), "here") == expected


@pytest.mark.parametrize("text", ["RUS>SYR -", "rus->syr -", "RUS->SYR", "RUS->SYR ++", "RUS->RUS -"])
def test_parse_dyad_refuses_what_it_cannot_read(text: str) -> None:
    with pytest.raises(GoldError, match="here"):
        parse_dyad(text, "here")


def item(
    stances: list[str], optional: list[str] | None = None, span: tuple[int, int] = SENTENCE
) -> SentenceGold:
    return parse_item(
        {
            "article": "a1",
            "start": span[0],
            "end": span[1],
            "sha": text_sha(TEXT[span[0] : span[1]]),
            "stances": stances,
            "optional": optional or [],
        },
        "test item",
    )


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        ({"article": "a1", "start": 0, "end": 5}, "missing sha"),
        ({"article": "a1", "start": 5, "end": 5, "sha": "x"}, "start < end"),
        ({"article": "a1", "start": 0, "end": 5, "sha": "x", "stance": []}, "unknown keys"),
        (
            {
                "article": "a1",
                "start": 0,
                "end": 5,
                "sha": "x",
                "stances": ["RUS->SYR -"],
                "optional": ["RUS->SYR -"],
            },
            "both gold and optional",
        ),
        (["RUS->SYR -"], "expected a mapping"),
    ],
)
def test_parse_item_names_what_is_wrong(data: object, problem: str) -> None:
    with pytest.raises(GoldError, match=problem):
        parse_item(data, "item 3")


def stance_rows(rows: list[tuple[int, int, str | None, str | None, int]]) -> pd.DataFrame:
    return pd.DataFrame(
        [
            {
                "article_id": "a1",
                "start": s,
                "end": e,
                "source_country": src,
                "target_country": tgt,
                "polarity": p,
            }
            for s, e, src, tgt, p in rows
        ]
    )


def test_rows_inside_the_sentence_are_scored_and_the_rest_ignored() -> None:
    gold = item(["RUS->SYR +", "TUR->SYR -"], optional=["SYR->TUR -"])
    rows = stance_rows(
        [
            (7, 26, "RUS", "SYR", 3),  # hit
            (33, 51, "SYR", "TUR", -4),  # optional: neither hit nor false positive
            (33, 51, "TUR", "TUR", -4),  # domestic: not a dyad between states
            (33, 51, "TUR", None, -4),  # no target country: cannot be compared
            (7, 26, "RUS", "IRN", 2),  # false positive
            (7, 26, "RUS", "TUR", 0),  # a neutral statement takes no side: not a false positive
            (53, 59, "USA", "SYR", -5),  # another sentence
        ]
    )
    (score,) = score_sentences([gold], rows)
    assert score.hits == {GoldDyad("RUS", "SYR", 1)}
    assert score.misses == {GoldDyad("TUR", "SYR", -1)}
    assert score.false_positives == {GoldDyad("RUS", "IRN", 1)}


def test_metrics_count_dyads_and_clean_negatives() -> None:
    positive = item(["RUS->SYR +", "TUR->SYR -"])
    negative = item([], span=(0, 6))
    rows = stance_rows([(7, 26, "RUS", "SYR", 3), (0, 6, "USA", "IRN", -2)])
    metrics = sentence_metrics(score_sentences([positive, negative], rows))
    assert metrics["recall"] == 0.5
    assert metrics["precision"] == 0.5
    assert metrics["negative_sentences"] == 1
    assert metrics["negatives_clean"] == 0.0
    assert math.isnan(sentence_metrics([])["recall"])


def test_an_item_whose_words_changed_is_reported_not_scored() -> None:
    articles = pd.DataFrame({"article_id": ["a1"], "text": [TEXT]})
    good = item(["RUS->SYR +"])
    moved = good._replace(start=8)
    missing = good._replace(article_id="a2")
    kept, lost = aligned([good, moved, missing], articles)
    assert kept == [good]
    assert lost == ["a1:8", "a2:7"]


def test_the_committed_gold_loads_with_both_halves() -> None:
    items = load_sentence_gold(GOLD_FILE)
    assert len(items) >= 300
    halves = {half: [i for i in items if i.split == half] for half in ("dev", "test")}
    for half, members in halves.items():
        assert len(members) > 100, half
        assert sum(len(i.stances) for i in members) > 50, half
        assert any(not i.stances for i in members), f"{half} has no negative sentences"


def test_a_malformed_gold_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "gold.yml"
    path.write_text("article: a1\n", encoding="utf-8")
    with pytest.raises(GoldError, match="YAML list"):
        load_sentence_gold(path)


def test_the_committed_gold_still_points_at_its_sentences(shared_dir: Path, tmp_path: Path) -> None:
    """Every item's span holds the words it was annotated on (ingest changes would break this)."""
    items = load_sentence_gold(GOLD_FILE)
    wanted = {i.article_id for i in items}
    jsonl = tmp_path / "articles.jsonl"
    found = write_corpus_articles(wanted, shared_dir / "corpus", jsonl)
    seeds = [RAW_DIR / f"{article}.txt" for article in sorted(wanted - found)]
    articles, problems = read_articles([jsonl, *seeds])
    assert not problems
    table = pd.DataFrame({"article_id": [a.article_id for a in articles], "text": [a.text for a in articles]})
    kept, lost = aligned(items, table)
    assert lost == []
    assert len(kept) == len(items)
