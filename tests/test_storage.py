"""The contract is enforced on every write, and writes are atomic."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pandas as pd
import pandera.errors
import pyarrow.parquet as pq
import pytest

from relations import pipeline, schema
from relations.storage import read_table, table_path, write_tables


def _article(article_id: str = "a1", published: str | None = "2018-03-03") -> dict[str, object]:
    return {
        "article_id": article_id,
        "title": None,
        "source": None,
        "author": None,
        "url": None,
        "published": published,
        "text": "Russia and Iran.",
        "n_chars": 16,
        "n_sentences": 1,
        "sha256": "0" * 64,
        "path": "x.txt",
    }


def test_every_table_has_a_schema_and_an_empty_form() -> None:
    assert set(schema.TABLE_NAMES) == {
        "articles",
        "sentences",
        "actors",
        "mentions",
        "dates",
        "quotes",
        "stances",
        "problems",
    }
    for table in schema.TABLE_NAMES:
        assert list(schema.empty(table).columns) == schema.columns(table)


@pytest.mark.parametrize(
    ("table", "row", "fragment"),
    [
        ("articles", _article(published="March 3"), "published"),
        ("actors", {"actor_id": "X", "name": "X", "kind": "robot", "country": None, "note": None}, "kind"),
        (
            "actors",
            {"actor_id": "X", "name": "X", "kind": "state", "country": "Russia", "note": None},
            "country",
        ),
        ("sentences", {"article_id": "a", "sentence_id": 0, "start": 5, "end": 2, "text": "x"}, "start"),
        (
            "dates",
            {
                "article_id": "a",
                "sentence_id": 0,
                "start": 0,
                "end": 4,
                "text": "2018",
                "value": "18/03",
                "granularity": "day",
                "rule": None,
            },
            "value",
        ),
    ],
)
def test_contract_breaches_are_refused(table: str, row: dict, fragment: str) -> None:
    with pytest.raises(pandera.errors.SchemaError, match=fragment):
        schema.validate(table, pd.DataFrame([row]))


def test_unknown_columns_are_refused() -> None:
    frame = pd.DataFrame([_article()]).assign(extra=1)
    # reindex to the contract drops extras on purpose; a missing column is the breach that matters
    with pytest.raises(pandera.errors.SchemaError):
        schema.validate("articles", frame.drop(columns=["text"]))


def test_write_then_read_roundtrip(tmp_path: Path) -> None:
    write_tables({"articles": pd.DataFrame([_article()])}, tmp_path, {"inputs": ["x"]})
    back = read_table(tmp_path, "articles")
    assert back.loc[0, "article_id"] == "a1" and back.loc[0, "published"] == "2018-03-03"
    assert read_table(tmp_path, "stances").empty  # not written yet: empty but typed
    assert not list(tmp_path.glob(".*.tmp"))


def test_a_failing_write_leaves_the_previous_tables(tmp_path: Path) -> None:
    write_tables({"articles": pd.DataFrame([_article("old")])}, tmp_path, {})
    with pytest.raises(pandera.errors.SchemaError):
        write_tables(
            {
                "articles": pd.DataFrame([_article("new")]),
                "sentences": pd.DataFrame(
                    [{"article_id": "new", "sentence_id": -1, "start": 0, "end": 1, "text": "x"}]
                ),
            },
            tmp_path,
            {},
        )
    assert read_table(tmp_path, "articles").loc[0, "article_id"] == "old"


def test_kill_9_during_a_write_leaves_the_previous_table_readable(tmp_path: Path) -> None:
    """A writer killed mid-way (many large writes in a loop) never leaves a torn table behind."""
    write_tables({"articles": pd.DataFrame([_article("old")])}, tmp_path, {})
    script = textwrap.dedent(
        f"""
        import pandas as pd
        from pathlib import Path
        from relations.storage import write_tables
        row = {_article("new")!r}
        big = pd.DataFrame([{{**row, "article_id": f"new{{i}}", "text": "x" * 2000}} for i in range(20000)])
        print("ready", flush=True)
        while True:
            write_tables({{"articles": big}}, Path({str(tmp_path)!r}), {{}})
        """
    )
    process = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    assert process.stdout is not None and process.stdout.readline().strip() == "ready"
    time.sleep(1.5)  # let it get into the middle of a write (not a timing assertion)
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    table = read_table(tmp_path, "articles")
    assert len(table) in (1, 20000)  # the old table or a complete new one, never a torn file
    assert table_path(tmp_path, "articles").exists()


def test_written_tables_are_readable_by_others_as_usual(tmp_path: Path) -> None:
    write_tables({"articles": pd.DataFrame([_article()])}, tmp_path, {})
    umask = os.umask(0)
    os.umask(umask)
    assert table_path(tmp_path, "articles").stat().st_mode & 0o777 == 0o666 & ~umask


def _jsonl(path: Path, texts: list[str]) -> Path:
    rows = [{"id": f"a{i}", "text": t, "published": "2018-03-03"} for i, t in enumerate(texts)]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    return path


BATCH_TEXTS = [
    "Russian President Vladimir Putin met Iranian President Hassan Rouhani in Tehran on Monday.",
    "Russia vetoed a resolution backed by the United States last month.",
    "Sergei Lavrov told reporters in Moscow: “Our relations with Iran are developing.”",
    "Iran's foreign minister, Javad Zarif, said the deal was not renegotiable.",
    "Turkey criticised Moscow over Syria in 2019. Ankara and Tehran later agreed to cooperate.",
]


def test_a_run_writes_its_tables_batch_by_batch_with_the_same_content(tmp_path: Path) -> None:
    """Memory stays bounded because rows are written as parquet row groups, a batch of articles at a
    time; the tables read back are the same as from one batch."""
    corpus = _jsonl(tmp_path / "corpus.jsonl", BATCH_TEXTS)
    pipeline.run([corpus], tmp_path / "one", jobs=1, progress=False)
    pipeline.run([corpus], tmp_path / "many", jobs=1, progress=False, batch_articles=2)
    assert pq.ParquetFile(table_path(tmp_path / "many", "articles")).num_row_groups == 3
    assert pq.ParquetFile(table_path(tmp_path / "one", "articles")).num_row_groups == 1
    for table in schema.TABLE_NAMES:
        pd.testing.assert_frame_equal(
            read_table(tmp_path / "many", table), read_table(tmp_path / "one", table)
        )
    assert len(read_table(tmp_path / "many", "mentions")) > 5


def test_a_cache_entry_whose_rows_are_damaged_is_processed_again(tmp_path: Path) -> None:
    """The first pass reads only each entry's summary; rows damaged behind it are rebuilt, not lost."""
    corpus = _jsonl(tmp_path / "corpus.jsonl", BATCH_TEXTS[:2])
    out = tmp_path / "out"
    pipeline.run([corpus], out, jobs=1, progress=False)
    expected = read_table(out, "mentions")
    for entry in (out / ".cache").rglob("*.pkl"):
        entry.write_bytes(entry.read_bytes()[: len(entry.read_bytes()) * 2 // 3])  # cut inside the rows
    summary = pipeline.run([corpus], out, jobs=1, progress=False)
    assert summary.cached == 2
    pd.testing.assert_frame_equal(read_table(out, "mentions"), expected)


def test_a_cache_that_cannot_be_written_costs_the_cache_not_the_run(tmp_path: Path) -> None:
    corpus = _jsonl(tmp_path / "corpus.jsonl", BATCH_TEXTS[:2])
    out = tmp_path / "out"
    out.mkdir()
    (out / ".cache").write_text("a file where the cache folder should be", encoding="utf-8")
    summary = pipeline.run([corpus], out, jobs=1, progress=False)
    assert summary.tables["articles"] == 2 and summary.tables["mentions"] > 0
    assert len(read_table(out, "mentions")) == summary.tables["mentions"]
