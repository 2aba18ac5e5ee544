"""Read articles from files and folders: text/markdown, HTML, JSON Lines and CSV.

A broken input never stops a run: it becomes a :class:`Problem` (path, line, stage, message), is
logged as a warning naming the file and line, and the rest goes on. Raw files are only read.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import logging
import re
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import NamedTuple

import yaml

from relations.dates import normalise_published, opening_dateline, parse_dateline
from relations.document import Article
from relations.text import clean_text, decode_bytes, looks_binary, not_english_reason

logger = logging.getLogger(__name__)

TEXT_SUFFIXES = {".txt", ".md"}
HTML_SUFFIXES = {".html", ".htm"}
ROW_SUFFIXES = {".jsonl", ".csv"}
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | ROW_SUFFIXES
METADATA_FIELDS = ("title", "published", "source", "url", "author")
# Larger inputs are skipped rather than parsed for minutes (spaCy's own limit is 1M characters).
MAX_ARTICLE_CHARS = 1_000_000


class Problem(NamedTuple):
    """One input the run could not use (or used with a caveat), for the ``problems`` table."""

    path: str
    line: int | None
    article_id: str | None
    stage: str
    message: str

    def describe(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.message}"


def find_inputs(paths: Iterable[Path]) -> tuple[list[Path], list[Problem]]:
    """Expand folders into the article files they hold (sorted, hidden files skipped)."""
    files: list[Path] = []
    problems: list[Problem] = []
    for path in paths:
        if path.is_dir():
            found = sorted(
                p
                for p in path.rglob("*")
                if p.is_file()
                and p.suffix.lower() in SUPPORTED_SUFFIXES
                and not any(part.startswith(".") for part in p.relative_to(path).parts)
            )
            if not found:
                problems.append(Problem(str(path), None, None, "ingest", "folder holds no article files"))
            files.extend(found)
        elif path.is_file():
            if path.suffix.lower() in SUPPORTED_SUFFIXES:
                files.append(path)
            else:
                message = f"unsupported file type {path.suffix or '(none)'}; expected one of " + ", ".join(
                    sorted(SUPPORTED_SUFFIXES)
                )
                problems.append(Problem(str(path), None, None, "ingest", message))
        else:
            problems.append(Problem(str(path), None, None, "ingest", "no such file or folder"))
    return files, problems


def iter_articles(paths: Sequence[Path]) -> Iterator[Article | Problem]:
    """Every article (and every problem) in ``paths``, in a stable order; duplicate ids are skipped."""
    files, problems = find_inputs(paths)
    yield from problems
    seen: dict[str, str] = {}
    for path in files:
        for item in _read_file(path):
            if isinstance(item, Article):
                if item.article_id in seen:
                    where = f"{item.path}:{item.line}" if item.line else item.path
                    yield Problem(
                        item.path,
                        item.line,
                        item.article_id,
                        "ingest",
                        f"duplicate article id {item.article_id!r} (first read from {seen[item.article_id]}); "
                        f"skipped {where}",
                    )
                    continue
                seen[item.article_id] = f"{item.path}:{item.line}" if item.line else item.path
            yield item


def read_articles(paths: Sequence[Path]) -> tuple[list[Article], list[Problem]]:
    """All articles in ``paths`` and the problems met reading them (each also logged as a warning)."""
    articles: list[Article] = []
    problems: list[Problem] = []
    for item in iter_articles(paths):
        if isinstance(item, Article):
            articles.append(item)
        else:
            logger.warning(item.describe())
            problems.append(item)
    return articles, problems


# --- one file -------------------------------------------------------------------------------------


def _read_file(path: Path) -> Iterator[Article | Problem]:
    try:
        data = path.read_bytes()
    except OSError as err:
        yield Problem(str(path), None, None, "read", f"cannot read file: {err.strerror or err}")
        return
    binary = looks_binary(data)
    if binary:
        yield Problem(str(path), None, None, "read", binary)
        return
    raw, decode_note = decode_bytes(data)
    if decode_note:
        yield Problem(str(path), None, None, "decode", decode_note)
    suffix = path.suffix.lower()
    if suffix in ROW_SUFFIXES:
        reader = _read_jsonl if suffix == ".jsonl" else _read_csv
        yield from reader(path, raw)
        return
    sha = hashlib.sha256(data).hexdigest()
    article_id = path.stem
    try:
        fields = _html_fields(raw) if suffix in HTML_SUFFIXES else _text_fields(raw)
    except ValueError as err:
        yield Problem(str(path), None, article_id, "ingest", str(err))
        return
    yield from _make_article(article_id, fields, str(path), sha, None)


def _make_article(
    article_id: str, fields: dict[str, str | None], path: str, sha: str, line: int | None
) -> Iterator[Article | Problem]:
    text = clean_text(fields.get("text") or "")
    if not text:
        yield Problem(path, line, article_id, "ingest", "empty article: no text after cleaning")
        return
    if len(text) > MAX_ARTICLE_CHARS:
        yield Problem(
            path,
            line,
            article_id,
            "ingest",
            f"article too long ({len(text):,} characters > {MAX_ARTICLE_CHARS:,}); split it into parts to process it",
        )
        return
    foreign = not_english_reason(text)
    if foreign:
        yield Problem(path, line, article_id, "language", foreign)
        return
    published = fields.get("published")
    normalised = normalise_published(published)
    if published and not normalised:
        yield Problem(
            path, line, article_id, "ingest", f"unparseable published date {published!r}; set to null"
        )
    elif not published:
        # Metadata wins; without it, a dateline opening the body ("Thu Jul 7 2016 Hezbollah ...") says.
        opening = opening_dateline(text)
        normalised = opening[0].isoformat() if opening else None
    metadata = {k: _clean_field(fields.get(k)) for k in ("title", "source", "author", "url")}
    yield Article(
        article_id=article_id, text=text, path=path, sha256=sha, published=normalised, line=line, **metadata
    )


def _clean_field(value: object) -> str | None:
    if value is None:
        return None
    text = clean_text(str(value))
    return text or None


# --- rows: JSON Lines and CSV ---------------------------------------------------------------------


def _row_article(path: Path, line: int, row: dict[str, object], raw_line: str) -> Iterator[Article | Problem]:
    article_id = row.get("id")
    if article_id is None or str(article_id).strip() == "":
        yield Problem(str(path), line, None, "ingest", "row has no 'id'")
        return
    article_id = str(article_id).strip()
    if not isinstance(row.get("text"), str) or not str(row.get("text")).strip():
        yield Problem(str(path), line, article_id, "ingest", "row has no 'text'")
        return
    sha = hashlib.sha256(raw_line.encode("utf-8")).hexdigest()
    fields = {k: (None if row.get(k) in (None, "") else str(row.get(k))) for k in METADATA_FIELDS}
    fields["text"] = str(row["text"])
    yield from _make_article(article_id, fields, str(path), sha, line)


def _read_jsonl(path: Path, raw: str) -> Iterator[Article | Problem]:
    for number, line in enumerate(raw.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as err:
            yield Problem(
                str(path), number, None, "ingest", f"malformed JSON: {err.msg} (column {err.colno})"
            )
            continue
        if not isinstance(row, dict):
            yield Problem(str(path), number, None, "ingest", "JSON line is not an object")
            continue
        yield from _row_article(path, number, row, line)


def _read_csv(path: Path, raw: str) -> Iterator[Article | Problem]:
    reader = csv.DictReader(io.StringIO(raw, newline=""))
    header = reader.fieldnames or []
    missing = [c for c in ("id", "text") if c not in header]
    if missing:
        yield Problem(str(path), 1, None, "ingest", f"CSV lacks required column(s): {', '.join(missing)}")
        return
    try:
        for row in reader:
            # reader.line_num is the physical line where the row ends (rows may span lines).
            raw_row = json.dumps(row, sort_keys=True, ensure_ascii=False)
            yield from _row_article(path, reader.line_num, dict(row), raw_row)
    except csv.Error as err:
        yield Problem(str(path), reader.line_num, None, "ingest", f"malformed CSV: {err}")


# --- one article per file: text and markdown ------------------------------------------------------

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?\n)---[ \t]*\n", re.DOTALL)
_BOILERPLATE_LINE = re.compile(
    r"""^(
        (QR\s*code)+                          # QR-code image captions
      | Story\s+Code\s*:?.*                   # news-site story numbers
      | News\s+Link\s*:?.*
      | Share\s+(this|on).*
      | (Print|Email|Tweet|Share)(\s*[|/]\s*(Print|Email|Tweet|Share))*
      | https?://\S+                          # bare links
      | www\.\S+
      | (Read|See)\s+(more|also)\s*:?
      | Advertisement
    )$""",
    re.IGNORECASE | re.VERBOSE,
)
_FOOTER_START = re.compile(
    r"^(Check\s+Also|Related(\s+(Articles|Posts|News))?|Read\s+more|More\s+on\s+this)\s*:?$", re.I
)
_SITE_NAME = re.compile(r"^[A-Z][\w'&.-]*(\s+[A-Z][\w'&.-]*){0,5}$")  # a short capitalised name, no sentence
# "The New Yorker | Robin Wright: Last month, ..." — a source/author credit glued to the first paragraph.
_CREDIT_PREFIX = re.compile(
    r"^(?P<source>[A-Z][^|:\n]{1,60}?)\s*\|\s*(?P<author>[A-Z][^|:\n]{1,60}?):\s+(?=\S)"
)
_HEADER_SCAN_LINES = 8
_TITLE_MAX_CHARS = 250


def _text_fields(raw: str) -> dict[str, str | None]:
    """Split a text/markdown article into body and metadata (front matter, header, footer)."""
    text = raw.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    fields: dict[str, str | None] = {}
    front = _FRONT_MATTER.match(text)
    if front:
        try:
            meta = yaml.safe_load(front.group(1)) or {}
        except yaml.YAMLError as err:
            raise ValueError(f"malformed YAML front matter: {err}") from err
        if not isinstance(meta, dict):
            raise ValueError("front matter is not a mapping of fields")
        fields.update(
            {k: (None if meta.get(k) is None else str(meta[k])) for k in METADATA_FIELDS if k in meta}
        )
        text = text[front.end() :]
    lines = text.split("\n")
    lines, header = _strip_header(lines, want_title="title" not in fields)
    lines, footer = _strip_footer(lines)
    for key, value in {**footer, **header}.items():
        fields.setdefault(key, value)
    body = "\n".join(lines)
    credit = _CREDIT_PREFIX.match(body.lstrip())
    if credit:
        fields.setdefault("source", credit.group("source").strip())
        fields.setdefault("author", credit.group("author").strip())
        body = body.lstrip()[credit.end() :]
    fields["text"] = body
    return fields


def _strip_header(lines: list[str], want_title: bool) -> tuple[list[str], dict[str, str]]:
    """Drop boilerplate before the body; read the title and a dateline found there."""
    found: dict[str, str] = {}
    index = 0
    seen = 0
    while index < len(lines) and seen < _HEADER_SCAN_LINES:
        line = lines[index].strip()
        if not line:
            index += 1
            continue
        seen += 1
        if _BOILERPLATE_LINE.match(line):
            index += 1
            continue
        dateline = parse_dateline(line)
        if dateline is not None:
            found.setdefault("published", dateline.isoformat())
            index += 1
            continue
        is_title_like = len(line) <= _TITLE_MAX_CHARS and not line.endswith((".", "?\u201d", '."', ".\u201d"))
        if want_title and "title" not in found and is_title_like and _next_nonblank_is_separate(lines, index):
            found["title"] = line.lstrip("# ").strip()
            index += 1
            continue
        break
    return lines[index:], found


def _next_nonblank_is_separate(lines: list[str], index: int) -> bool:
    """A title stands on its own line, followed by a blank line (or a dateline)."""
    return index + 1 >= len(lines) or not lines[index + 1].strip()


def _strip_footer(lines: list[str]) -> tuple[list[str], dict[str, str]]:
    """Drop related-link blocks, story codes, news links and site names after the body."""
    found: dict[str, str] = {}
    # Everything from a "Check Also"/"Related" heading on is another article's teaser.
    for index, line in enumerate(lines):
        if _FOOTER_START.match(line.strip()) and index > 0:
            lines = lines[:index]
            break
    end = len(lines)
    stripped_something = False  # a site name only counts when links/boilerplate follow it
    while end > 0:
        line = lines[end - 1].strip()
        if not line:
            end -= 1
            continue
        url = re.match(r"^(News\s+Link\s*:?\s*)?(https?://\S+)$", line, re.I)
        if url:
            # The article's own link follows a "News Link" label; a bare site root is the site's.
            label = lines[end - 2].strip() if end >= 2 else ""
            if re.match(r"^News\s+Link\s*:?$", label, re.I) or url.group(1):
                found.setdefault("url", url.group(2))
            end -= 1
            stripped_something = True
            continue
        if _BOILERPLATE_LINE.match(line):
            end -= 1
            stripped_something = True
            continue
        if _SITE_NAME.match(line) and stripped_something and not found.get("source"):
            # A short capitalised line after which only links/boilerplate follow: the site name.
            found["source"] = line
            end -= 1
            continue
        break
    return lines[:end], found


# --- one article per file: HTML -------------------------------------------------------------------


def _html_fields(raw: str) -> dict[str, str | None]:
    """Main text and metadata of an HTML page, by trafilatura (no network: the page is given)."""
    import trafilatura  # imported here: it is slow to import and only HTML needs it

    result = trafilatura.bare_extraction(
        raw, with_metadata=True, include_comments=False, favor_precision=True
    )
    document = result.as_dict() if hasattr(result, "as_dict") else (result or {})
    text = (document.get("text") or "").strip()
    if not text:
        raise ValueError("HTML page has no article body that could be extracted")
    title = document.get("title")
    first_line, _, rest = text.partition("\n")
    if title and first_line.strip() == title.strip() and rest.strip():
        text = rest.strip()  # the headline repeated as the body's first line
    return {
        "text": text,
        "title": title,
        "published": document.get("date"),
        "source": document.get("sitename"),
        "author": document.get("author"),
        "url": document.get("url"),
    }
