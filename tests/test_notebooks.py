"""The notebook suite: its shape (one typed parameters cell, no outputs, no logic) and that it runs.

Running means papermill on a fresh kernel, through ``build_reports``, on the sample tables from
``test_report`` and on a run with articles only (before the extractors land). The same suite runs
against ``data/processed`` with ``pytest --nbval-lax notebooks/`` (see docs/reports.md).
"""

from __future__ import annotations

import ast
import functools
import html
import re
from pathlib import Path

import nbformat
import pytest
from test_report import ARTICLES, write_sample_tables

from relations import report

NOTEBOOKS = report.notebook_paths()
EXPECTED = [
    "01_corpus_overview",
    "02_actors",
    "03_dyad_timeline",
    "04_stance_matrix",
    "05_voices",
    "06_article_report",
    "07_evaluation",
]


@functools.cache
def built_reports(base: Path, with_extractions: bool) -> Path:
    """Build the whole suite once per test session (shared with test_browser)."""
    name = "full" if with_extractions else "bare"
    processed = write_sample_tables(base / f"{name}_processed", with_extractions=with_extractions)
    # Articles-only runs need one article report to prove the notebook copes; the full run does all.
    chosen = None if with_extractions else ["x<script>"]
    report.build_reports(processed_dir=processed, reports_dir=base / f"{name}_reports", article_ids=chosen)
    return base / f"{name}_reports"


@pytest.fixture(scope="session")
def full_reports(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return built_reports(tmp_path_factory.getbasetemp(), True)


@pytest.fixture(scope="session")
def bare_reports(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return built_reports(tmp_path_factory.getbasetemp(), False)


def _code_cells(path: Path) -> list[nbformat.NotebookNode]:
    return [c for c in nbformat.read(path, as_version=4).cells if c.cell_type == "code"]


def test_the_suite_is_complete() -> None:
    assert [p.stem for p in NOTEBOOKS] == EXPECTED


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_exactly_one_parameters_cell_of_typed_literal_defaults(path: Path) -> None:
    tagged = [c for c in _code_cells(path) if "parameters" in c.metadata.get("tags", [])]
    assert len(tagged) == 1
    statements = ast.parse(tagged[0].source).body
    assert statements, "the parameters cell is empty"
    for statement in statements:
        assert isinstance(statement, ast.AnnAssign), ast.unparse(statement)
        assert isinstance(statement.annotation, ast.Name)
        assert statement.annotation.id in {"str", "int", "float", "bool"}
        assert isinstance(statement.value, ast.Constant), ast.unparse(statement)
    names = {s.target.id for s in statements if isinstance(s.target, ast.Name)}
    assert {"processed_dir", "reports_dir"} <= names


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_committed_without_outputs_on_the_project_kernel(path: Path) -> None:
    notebook = nbformat.read(path, as_version=4)
    nbformat.validate(notebook)
    assert notebook.metadata.kernelspec.name == report.KERNEL_NAME
    for cell in _code_cells(path):
        assert cell.outputs == []
        assert cell.execution_count is None


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebooks_only_call_into_the_package(path: Path) -> None:
    """Logic lives in src/relations: no definitions, loops or branches in a notebook."""
    for cell in _code_cells(path):
        for node in ast.walk(ast.parse(cell.source)):
            assert not isinstance(
                node, ast.FunctionDef | ast.ClassDef | ast.For | ast.While | ast.If | ast.Lambda
            )
            if isinstance(node, ast.ImportFrom):
                assert node.module is not None and node.module.startswith("relations")


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebooks_have_a_title(path: Path) -> None:
    assert report.notebook_title(path) != path.stem


def test_the_suite_runs_on_articles_alone(bare_reports: Path) -> None:
    for stem in EXPECTED:
        if stem != report.ARTICLE_NOTEBOOK:
            assert (bare_reports / f"{stem}.html").is_file()
    dyad = (bare_reports / "03_dyad_timeline.html").read_text()
    assert "no dated stances between these actors yet" in dyad
    assert "no stances between states" in (bare_reports / "04_stance_matrix.html").read_text()
    assert "no quotes yet" in (bare_reports / "05_voices.html").read_text()
    assert "evaluation skipped" in (bare_reports / "07_evaluation.html").read_text()
    assert not list((bare_reports / "figures").glob("dyad_*"))
    assert "no stances in this article" in next((bare_reports / "articles").glob("*.html")).read_text()


def test_every_report_and_article_report_is_written(full_reports: Path) -> None:
    pages = sorted(p.name for p in full_reports.glob("*.html"))
    assert pages == sorted([f"{s}.html" for s in EXPECTED if s != report.ARTICLE_NOTEBOOK] + ["index.html"])
    articles = sorted(p.name for p in (full_reports / "articles").glob("*.html"))
    assert articles == sorted(f"{report.article_stem(a)}.html" for a in ARTICLES)


@pytest.mark.parametrize(
    "figure",
    [
        "corpus_articles_by_month",
        "corpus_article_lengths",
        "actors_top_all",
        "actors_top_by_kind",
        "actors_co_mention_network",
        "actor_Russia_mentions_by_month",
        "dyad_RUS_IRN_M",
        "stance_matrix_all_dates",
        "voices_speakers",
    ],
)
def test_every_chart_is_saved_as_png_svg_and_csv(full_reports: Path, figure: str) -> None:
    for suffix in (".png", ".svg", ".csv"):
        assert (full_reports / "figures" / f"{figure}{suffix}").stat().st_size > 0


def test_reports_hide_code_and_escape_article_text(full_reports: Path) -> None:
    for page in [*full_reports.glob("*.html"), *(full_reports / "articles").glob("*.html")]:
        text = page.read_text()
        assert "<script>document.body" not in text, page.name
        assert "tables.load_tables" not in text, page.name  # code cells are hidden
        assert "cdnjs" not in text, page.name  # standalone: nothing fetched from a CDN
    article = (full_reports / "articles" / f"{report.article_stem('x<script>')}.html").read_text()
    assert "&lt;script&gt;document.body.dataset.pwned" in article
    assert "<title>Article report: &lt;script&gt;alert(" in article  # the page title names the article


def test_index_links_every_report_and_summarises_the_corpus(full_reports: Path) -> None:
    index = (full_reports / "index.html").read_text()
    links = re.findall(r'href="([^"]+)"', index)
    for link in links:
        assert (full_reports / html.unescape(link)).is_file(), link
    assert "03_dyad_timeline.html" in links
    assert f"articles/{report.article_stem('x<script>')}.html" in links
    assert "figures/dyad_RUS_IRN_M.svg" in links
    assert "&lt;script&gt;alert(&#x27;title&#x27;)&lt;/script&gt;" in index
    assert re.search(r"<td>stances</td>\s*<td>6</td>", index)


def test_a_parameterised_report_gets_its_own_page(full_reports: Path, tmp_path: Path) -> None:
    processed = write_sample_tables(tmp_path / "processed")
    index = report.build_reports(
        ["dyad_timeline"], {"source": "USA", "target": "RUS", "freq": "Y"}, processed, tmp_path / "reports"
    )
    page = index.parent / "03_dyad_timeline__freq-Y__source-USA__target-RUS.html"
    assert page.is_file()
    assert "USA → RUS" in page.read_text()
    assert (index.parent / "figures" / "dyad_USA_RUS_Y.png").is_file()


def test_an_unknown_actor_stops_the_notebook_naming_the_valid_ones(tmp_path: Path) -> None:
    processed = write_sample_tables(tmp_path / "processed")
    with pytest.raises(
        report.ReportError, match=r"ParameterError: unknown actor 'Narnia'; valid values: IRN, RUS"
    ):
        report.build_reports(["actors"], {"actor": "Narnia"}, processed, tmp_path / "reports")
    assert "Narnia" in (tmp_path / "reports" / "index.html").read_text()  # listed as failed
