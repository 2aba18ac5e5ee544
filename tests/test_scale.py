"""Parallel, distributed and incremental runs give the same tables as a plain serial run."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from relations import executors, pipeline
from relations.extract import ArticleResult
from relations.ingest import read_articles
from relations.schema import TABLE_NAMES
from relations.storage import read_table

ARTICLES = [
    "Russian President Vladimir Putin met Iranian President Hassan Rouhani in Tehran on Monday.",
    "Iran's foreign minister, Javad Zarif, said the deal was not renegotiable. “We will not move,” he said.",
    "Russia vetoed a resolution backed by the United States last month.",
    "Turkey criticised Moscow over Syria in 2019. Ankara and Tehran later agreed to cooperate.",
    "Sergei Lavrov told reporters in Moscow: “Our relations with Iran are developing.”",
]


def _corpus(tmp_path: Path, texts: list[str] = ARTICLES) -> Path:
    path = tmp_path / "corpus.jsonl"
    rows = [{"id": f"a{i}", "text": t, "published": "2018-03-03"} for i, t in enumerate(texts)]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    return path


def _frames(results: list[ArticleResult]) -> dict[str, pd.DataFrame]:
    return pipeline.assemble_tables(results, [])


def _assert_same_tables(left: dict[str, pd.DataFrame], right: dict[str, pd.DataFrame]) -> None:
    for table in TABLE_NAMES:
        pd.testing.assert_frame_equal(left[table].reset_index(drop=True), right[table].reset_index(drop=True))


@pytest.fixture(scope="module")
def serial(tmp_path_factory: pytest.TempPathFactory) -> tuple[list, dict[str, pd.DataFrame]]:
    articles, _ = read_articles([_corpus(tmp_path_factory.mktemp("c"))])
    return articles, _frames(list(executors.run_serial(articles, (), chunk_size=2)))


def test_process_pool_matches_serial(serial: tuple) -> None:
    articles, expected = serial
    results = list(executors.run_pool(articles, (), jobs=2, chunk_size=1))
    assert [r.article.article_id for r in results] == [a.article_id for a in articles]
    _assert_same_tables(_frames(results), expected)


def test_dask_local_cluster_matches_serial(serial: tuple) -> None:
    pytest.importorskip("dask.distributed")
    articles, expected = serial
    results = list(executors.run_dask(articles, (), scheduler="local", jobs=2, chunk_size=2))
    _assert_same_tables(_frames(results), expected)


def test_second_run_does_no_language_work_and_new_articles_alone_are_processed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus = _corpus(tmp_path, ARTICLES[:3])
    out = tmp_path / "out"
    first = pipeline.run([corpus], out, progress=False)
    assert (first.read, first.cached) == (3, 0)
    before = {t: read_table(out, t) for t in TABLE_NAMES}

    processed: list[str] = []
    real_run_articles = pipeline.run_articles

    def spy(articles, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN202
        processed.extend(a.article_id for a in articles)
        return real_run_articles(articles, *args, **kwargs)

    monkeypatch.setattr(pipeline, "run_articles", spy)
    second = pipeline.run([corpus], out, progress=False)
    assert (second.cached, processed) == (3, [])
    for table in TABLE_NAMES:
        pd.testing.assert_frame_equal(read_table(out, table), before[table])

    _corpus(tmp_path, ARTICLES[:4])  # one article added
    third = pipeline.run([corpus], out, progress=False)
    assert (third.read, third.cached, processed) == (4, 3, ["a3"])

    processed.clear()
    pipeline.run([corpus], out, progress=False, force=True)
    assert processed == ["a0", "a1", "a2", "a3"]


def test_a_changed_article_is_processed_again(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path, ARTICLES[:2])
    out = tmp_path / "out"
    pipeline.run([corpus], out, progress=False)
    _corpus(tmp_path, [ARTICLES[0], ARTICLES[1] + " Tehran welcomed it."])
    summary = pipeline.run([corpus], out, progress=False)
    assert summary.cached == 1
    assert read_table(out, "articles")["text"].str.contains("Tehran welcomed it.").sum() == 1


def test_a_damaged_cache_entry_is_rebuilt_not_trusted(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path, ARTICLES[:1])
    out = tmp_path / "out"
    pipeline.run([corpus], out, progress=False)
    for entry in (out / ".cache").rglob("*.pkl"):
        entry.write_bytes(b"not a pickle")
    summary = pipeline.run([corpus], out, progress=False)
    assert summary.cached == 0 and summary.read == 1


def test_spelling_variants_of_an_unknown_person_share_one_id_across_articles(tmp_path: Path) -> None:
    corpus = _corpus(
        tmp_path,
        [
            "Russian analyst Sergey Karaganovsky said Moscow would support Tehran.",
            "Sergei Karaganovsky, a Russian analyst, told reporters that Iran was an ally.",
            "Mr Karaganovsky, a Russian analyst, spoke in Moscow.",
        ],
    )
    out = tmp_path / "out"
    pipeline.run([corpus], out, progress=False)
    actors = read_table(out, "actors").set_index("actor_id")
    mentions = read_table(out, "mentions")
    ids = set(mentions[mentions["text"].str.contains("Karaganovsky")]["actor_id"])
    assert len(ids) == 1
    [actor_id] = ids
    assert actors.loc[actor_id, "kind"] == "person" and actors.loc[actor_id, "country"] == "RUS"


def test_an_unchanged_corpus_leaves_the_tables_untouched(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path, ARTICLES[:3])
    out = tmp_path / "out"
    first = pipeline.run([corpus], out, progress=False)
    stamps = {p.name: p.stat().st_mtime_ns for p in out.glob("*.parquet")}
    second = pipeline.run([corpus], out, progress=False)
    assert second.written is False and "up to date" in second.line()
    assert {t: n for t, n in second.tables.items()} == {t: first.tables[t] for t in second.tables}
    assert {p.name: p.stat().st_mtime_ns for p in out.glob("*.parquet")} == stamps


def test_the_tables_are_written_again_when_the_corpus_shrinks_or_a_table_is_missing(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path, ARTICLES[:3])
    out = tmp_path / "out"
    pipeline.run([corpus], out, progress=False)
    # every remaining article is cached, but the output must lose the removed one
    _corpus(tmp_path, ARTICLES[:2])
    shrunk = pipeline.run([corpus], out, progress=False)
    assert shrunk.written and (shrunk.read, shrunk.cached) == (2, 2)
    assert list(read_table(out, "articles")["article_id"]) == ["a0", "a1"]
    (out / "stances.parquet").unlink()
    repaired = pipeline.run([corpus], out, progress=False)
    assert repaired.written and (out / "stances.parquet").exists()
