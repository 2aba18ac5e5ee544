"""Ingest: every input format, the seed articles' boilerplate, and bad input reported, not fatal."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from relations.config import RAW_DIR
from relations.ingest import read_articles
from relations.text import clean_text

SEED_MEMRI = RAW_DIR / "000_5c96164e5080614d.txt"
SEED_NEW_YORKER = RAW_DIR / "004_2513f709a0890ad6.txt"


@pytest.fixture(scope="module")
def seeds() -> dict[str, object]:
    articles, problems = read_articles([RAW_DIR])
    assert problems == []
    return {a.article_id: a for a in articles}


def test_seed_articles_are_the_sample_corpus(seeds: dict) -> None:
    assert set(seeds) == {"000_5c96164e5080614d", "004_2513f709a0890ad6"}


def test_new_yorker_seed_header_is_metadata_not_body(seeds: dict) -> None:
    article = seeds["004_2513f709a0890ad6"]
    assert article.title == "Russia and Iran deepen ties to challenge Trump and the United States"
    assert article.published == "2018-03-03"  # from the dateline "3 Mar 2018 - 10:47"
    assert article.author == "Robin Wright"
    assert article.text.startswith("Last month, the former U.S. Secretary of State John Kerry")
    for boilerplate in ("QR code", "3 Mar 2018", "The New Yorker |"):
        assert boilerplate not in article.text


def test_new_yorker_seed_footer_is_metadata_not_body(seeds: dict) -> None:
    article = seeds["004_2513f709a0890ad6"]
    assert article.url == (
        "https://www.theiranproject.com/en/article/296072/russia-and-iran-deepen-ties-to-challenge-trump-the-united-states"
    )
    assert article.source == "The Iran Project"
    for boilerplate in ("Story Code", "News Link", "theiranproject.com"):
        assert boilerplate not in article.text
    assert article.text.endswith("has written for the magazine since 1988.")


def test_memri_seed_has_title_no_date_and_no_related_link(seeds: dict) -> None:
    article = seeds["000_5c96164e5080614d"]
    assert article.title.startswith("Russian Foreign Policy Expert Mirzayan: Despite Common Interests")
    assert article.published is None  # the footer's "November 18, 2024" belongs to another article
    assert "Check Also" not in article.text
    assert "Russian Offensive Campaign Assessment" not in article.text
    assert article.text.startswith("During a four-day visit to Russia")
    assert article.text.endswith("But why should Moscow play this role?\u201d")


def test_sha256_is_of_the_raw_file(seeds: dict) -> None:
    import hashlib

    assert seeds["000_5c96164e5080614d"].sha256 == hashlib.sha256(SEED_MEMRI.read_bytes()).hexdigest()


def test_front_matter_gives_metadata(tmp_path: Path) -> None:
    path = tmp_path / "note.md"
    path.write_text(
        "---\ntitle: Talks in Astana\npublished: 2019-04-25\nsource: Reuters\nurl: https://example.org/a\n"
        "author: A. Writer\n---\nRussia and Iran met Turkey in Astana.\n",
        encoding="utf-8",
    )
    [article], problems = read_articles([path])
    assert problems == []
    assert (article.article_id, article.title, article.published, article.source, article.author) == (
        "note",
        "Talks in Astana",
        "2019-04-25",
        "Reuters",
        "A. Writer",
    )
    assert article.text == "Russia and Iran met Turkey in Astana."


def test_jsonl_rows_are_articles_and_bad_lines_are_reported(tmp_path: Path) -> None:
    path = tmp_path / "corpus.jsonl"
    rows = [
        json.dumps(
            {"id": "a1", "text": "Moscow backed Tehran.", "published": "2018-03-03T10:47:00Z", "source": "X"}
        ),
        "{not json",
        json.dumps({"id": "a2", "title": "no text"}),
        json.dumps({"id": "a1", "text": "A duplicate id."}),
        json.dumps({"id": "a3", "text": "Ankara objected.", "published": "not a date"}),
    ]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    articles, problems = read_articles([path])
    assert [(a.article_id, a.published, a.line) for a in articles] == [
        ("a1", "2018-03-03", 1),
        ("a3", None, 5),
    ]
    assert [(p.line, p.article_id) for p in problems] == [(2, None), (3, "a2"), (4, "a1"), (5, "a3")]
    assert "malformed JSON" in problems[0].message
    assert "no 'text'" in problems[1].message
    assert "duplicate" in problems[2].message
    assert "unparseable published" in problems[3].message


def test_csv_rows_and_missing_column(tmp_path: Path) -> None:
    good = tmp_path / "good.csv"
    good.write_text('id,text,published\nc1,"Iran, Russia and Turkey met.",2017-11-22\n', encoding="utf-8")
    bad = tmp_path / "bad.csv"
    bad.write_text("id,body\nc2,No text column\n", encoding="utf-8")
    articles, problems = read_articles([good, bad])
    assert [(a.article_id, a.text, a.published, a.line) for a in articles] == [
        ("c1", "Iran, Russia and Turkey met.", "2017-11-22", 2)
    ]
    assert len(problems) == 1 and problems[0].path == str(bad) and "text" in problems[0].message


def test_html_main_text_and_metadata(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    body = " ".join(["Russia and Iran signed an agreement on military cooperation in Tehran."] * 6)
    path.write_text(
        "<html><head><title>Deal signed</title><meta property='article:published_time' content='2019-07-01'>"
        "<script>alert('x')</script></head><body><nav>Home | World</nav>"
        f"<article><h1>Deal signed</h1><p>{body}</p><p>{body}</p></article><footer>Copyright</footer></body></html>",
        encoding="utf-8",
    )
    [article], problems = read_articles([path])
    assert problems == []
    assert article.title == "Deal signed"
    assert article.published == "2019-07-01"
    assert article.text.startswith("Russia and Iran signed")
    assert "alert" not in article.text and "Copyright" not in article.text


@pytest.mark.parametrize(
    ("name", "content", "stage", "fragment"),
    [
        ("empty.txt", b"", "ingest", "empty"),
        ("blank.txt", b"  \n\t\n  ", "ingest", "empty"),
        ("scan.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3 binary", "read", "binary"),
        ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00", "read", "binary"),
        (
            "script.html",
            b"<html><head><script>var a=1;</script></head><body></body></html>",
            "ingest",
            "no article body",
        ),
        ("notes.docx", b"PK\x03\x04", "ingest", "unsupported file type"),
    ],
)
def test_unusable_files_are_reported_and_skipped(
    tmp_path: Path, name: str, content: bytes, stage: str, fragment: str
) -> None:
    bad = tmp_path / name
    bad.write_bytes(content)
    good = tmp_path / "good.txt"
    good.write_text("Iran and Russia held talks.", encoding="utf-8")
    articles, problems = read_articles([bad, good])
    assert [a.article_id for a in articles] == ["good"]
    assert len(problems) == 1
    assert problems[0].path == str(bad) and problems[0].stage == stage and fragment in problems[0].message


def test_latin1_text_is_read_with_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "latin.txt"
    path.write_bytes(
        "Erdo\u011fan? No: caf\u00e9 in Damas, \u00abS\u00e9curit\u00e9\u00bb.".encode(
            "cp1252", errors="replace"
        )
    )
    [article], problems = read_articles([path])
    assert "caf\u00e9" in article.text
    assert problems[0].stage == "decode" and "not valid UTF-8" in problems[0].message


def test_bom_crlf_and_odd_spaces_are_normalised(tmp_path: Path) -> None:
    path = tmp_path / "windows.txt"
    path.write_bytes("\ufeffPutin\u00a0met Rouhani.\r\n\r\nThey talked.\r\n".encode())
    [article], problems = read_articles([path])
    assert problems == []
    assert article.text == "Putin met Rouhani.\n\nThey talked."


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("a\u00a0b", "a b"),
        ("a\u200bb", "ab"),
        ("a\r\nb\rc", "a\nb\nc"),
        ("a\n\n\n\n\nb", "a\n\nb"),
        ("\u201cquoted\u201d", "\u201cquoted\u201d"),  # curly quotes are kept
    ],
)
def test_clean_text(raw: str, clean: str) -> None:
    assert clean_text(raw) == clean


def test_missing_path_is_a_problem_not_a_crash(tmp_path: Path) -> None:
    articles, problems = read_articles([tmp_path / "nowhere"])
    assert articles == [] and "no such file" in problems[0].message


def test_a_dateline_opening_the_body_dates_a_row_without_published(tmp_path: Path) -> None:
    path = tmp_path / "rows.jsonl"
    rows = [
        {"id": "r1", "text": "Thu Jul 7 2016 Hezbollah fighters advanced near Aleppo, officials said."},
        {"id": "r2", "text": "Thu Jul 7 2016 Hezbollah fighters advanced.", "published": "2016-07-08"},
        {"id": "r3", "text": "Hezbollah fighters advanced on 7 July 2016, officials said."},
    ]
    path.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    articles, problems = read_articles([path])
    assert problems == []
    # the field wins over the body; a date inside a sentence is not a dateline
    assert [(a.article_id, a.published) for a in articles] == [
        ("r1", "2016-07-07"),
        ("r2", "2016-07-08"),
        ("r3", None),
    ]
