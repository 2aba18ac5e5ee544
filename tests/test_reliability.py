"""Whatever users scraped: the run goes on, says what it skipped, and touches no network."""

from __future__ import annotations

import socket
import string
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from relations import pipeline
from relations.config import RAW_DIR
from relations.document import Article
from relations.ingest import Problem, iter_articles, read_articles
from relations.storage import read_table

RUSSIAN = "Президент России Владимир Путин встретился в Тегеране с президентом Ирана Хасаном Рухани. " * 8
FRENCH = (
    "Le président russe a rencontré son homologue iranien à Téhéran pour discuter de la coopération "
    "entre les deux pays et de la situation en Syrie, selon le Kremlin. "
) * 4


@pytest.mark.parametrize("text", [RUSSIAN, FRENCH])
def test_an_article_in_another_language_is_reported_and_skipped(tmp_path: Path, text: str) -> None:
    (tmp_path / "foreign.txt").write_text(text, encoding="utf-8")
    (tmp_path / "english.txt").write_text(
        "Russia and Iran agreed to expand trade, officials said.", encoding="utf-8"
    )
    articles, problems = read_articles([tmp_path])
    assert [a.article_id for a in articles] == ["english"]
    assert [(Path(p.path).name, p.stage) for p in problems] == [("foreign.txt", "language")]
    assert "does not look like English" in problems[0].message


def test_a_20_mb_article_is_reported_and_the_rest_goes_on(tmp_path: Path) -> None:
    huge = tmp_path / "huge.txt"
    sentence = "Russia and Iran discussed military cooperation in Moscow on Tuesday. "
    huge.write_text(sentence * (20 * 2**20 // len(sentence)), encoding="utf-8")
    assert huge.stat().st_size > 19 * 2**20
    (tmp_path / "small.txt").write_text(sentence, encoding="utf-8")
    articles, problems = read_articles([tmp_path])
    assert [a.article_id for a in articles] == ["small"]
    assert Path(problems[0].path).name == "huge.txt" and "too long" in problems[0].message


def test_unbalanced_quotation_marks_do_not_stop_a_run(tmp_path: Path) -> None:
    (tmp_path / "open.txt").write_text(
        "Zarif said: “The positions of Iran and Russia are close.\n\nLavrov replied that “cooperation is "
        "growing. Moscow and Tehran signed a deal. Putin visited Tehran in November.",
        encoding="utf-8",
    )
    summary = pipeline.run([tmp_path], tmp_path / "out", progress=False)
    assert summary.read == 1 and summary.problems == 0
    sentences = read_table(tmp_path / "out", "sentences")
    assert sentences["text"].str.contains("Putin visited Tehran").any()


def test_extraction_needs_no_network(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("network access attempted during extraction")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    summary = pipeline.run([RAW_DIR], tmp_path / "out", progress=False, jobs=1)
    assert summary.read == 2 and summary.problems == 0


_PIECES = st.one_of(
    st.characters(codec="utf-8", exclude_categories=("Cs",)),
    st.sampled_from(
        list(string.printable)
        + ["\u201c", "\u201d", "\u00a0", "\ufeff", "\r\n", "---\n", '{"id": "x"', "id,text\n"]
    ),
)
_TEXTS = st.lists(_PIECES, max_size=200).map("".join)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    raw=st.one_of(_TEXTS, st.binary(max_size=300)), suffix=st.sampled_from([".txt", ".md", ".jsonl", ".csv"])
)
def test_any_input_gives_a_valid_article_or_a_recorded_problem(
    tmp_path: Path, raw: str | bytes, suffix: str
) -> None:
    path = tmp_path / f"input{suffix}"
    path.write_bytes(raw if isinstance(raw, bytes) else raw.encode("utf-8"))
    for item in iter_articles([path]):
        assert isinstance(item, Article | Problem)
        if isinstance(item, Article):
            assert item.text and item.text == item.text.strip()
            assert "\r" not in item.text and "\ufeff" not in item.text
            assert item.published is None or len(item.published) == 10
        else:
            assert item.path == str(path) and item.message


_DATE_WORDS = [
    "last",
    "next",
    "this",
    "month",
    "year",
    "week",
    "weeks",
    "ago",
    "two",
    "three",
    "in",
    "on",
    "Monday",
    "Thursday",
    "November",
    "February",
    "the",
    "mid-nineties",
    "nineteen-seventies",
    "1990s",
    "2012-15",
    "between",
    "and",
    "century",
    "seventeenth",
    "early",
    "earlier",
    "later",
    "since",
    "26th",
    "of",
    "March",
    "will",
    "said",
    "yesterday",
    "tomorrow",
    "decade",
    "spring",
    "summer",
    "29",
    "31",
    "February 30",
]


@settings(max_examples=120, deadline=None)
@given(
    words=st.lists(
        st.one_of(st.sampled_from(_DATE_WORDS), st.integers(0, 3000).map(str)), min_size=1, max_size=7
    ),
    base=st.one_of(st.none(), st.dates(min_value=__import__("datetime").date(1000, 1, 1))),
)
def test_date_resolution_gives_a_valid_iso_value_or_null(words: list[str], base: object) -> None:
    import datetime as dt
    import re

    from relations.dates import extract_dates
    from relations.parse import parse_text

    text = "Officials met " + " ".join(words) + "."
    parsed = parse_text(text, published=base.isoformat() if base else None)
    for expression in extract_dates(parsed):
        assert text[expression.start : expression.end] == expression.text
        if expression.value is None:
            continue
        assert re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", expression.value), expression
        parts = [int(p) for p in expression.value.split("-")] + [1, 1]
        dt.date(parts[0] or 1, parts[1], parts[2])  # a real calendar date (raises otherwise)


def test_markup_in_an_article_never_reaches_report_html_unescaped(tmp_path: Path) -> None:
    """A scraped article carrying script and event-handler markup, from raw file to rendered reports."""
    from relations.report import build_reports

    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "evil.txt").write_text(
        "Iran <script>alert('pwned')</script> and Russia\n\n"
        "Putin met Rouhani in Tehran. <img src=x onerror=alert(1)> “We are allies,” Rouhani said. "
        "Russia supports Iran <iframe src=javascript:alert(2)></iframe> in Syria.\n",
        encoding="utf-8",
    )
    processed = tmp_path / "processed"
    assert pipeline.run([raw], processed, progress=False).read == 1
    reports = tmp_path / "reports"
    build_reports(["01_corpus_overview", "06_article_report"], processed_dir=processed, reports_dir=reports)
    pages = list(reports.rglob("*.html"))
    assert len(pages) >= 3  # index, overview, the article report
    for page in pages:
        content = page.read_text(encoding="utf-8")
        for live in ("<script>alert", "<img src=x onerror", "<iframe src=javascript"):
            assert live not in content, (page.name, live)
    article_page = next(p for p in pages if "evil" in p.name)
    assert "&lt;img src=x onerror=alert(1)&gt;" in article_page.read_text(encoding="utf-8")
