"""An ingested article and its spaCy parse: what every extractor receives."""

from __future__ import annotations

import bisect
import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # spaCy is imported by the model loader; here it only names types
    from spacy.tokens import Doc, Span


@dataclass(frozen=True)
class Article:
    """One article as read from ``data/raw``: cleaned ``text`` plus metadata (see ``schema.articles``)."""

    article_id: str
    text: str
    path: str
    sha256: str
    title: str | None = None
    source: str | None = None
    author: str | None = None
    url: str | None = None
    published: str | None = None  # ISO YYYY-MM-DD or None; never guessed
    line: int | None = None  # line number within a JSONL/CSV file

    @property
    def published_date(self) -> dt.date | None:
        return dt.date.fromisoformat(self.published) if self.published else None


@dataclass
class ParsedArticle:
    """An article with its parse. ``doc.text == article.text``, so token offsets are contract offsets."""

    article: Article
    doc: Doc
    sentences: list[Span] = field(init=False)
    _starts: list[int] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        if self.doc.text != self.article.text:
            raise ValueError(f"{self.article.article_id}: parse text differs from article text")
        self.sentences = list(self.doc.sents)
        self._starts = [s.start_char for s in self.sentences]

    @property
    def article_id(self) -> str:
        return self.article.article_id

    @property
    def published(self) -> dt.date | None:
        return self.article.published_date

    def sentence_id(self, char_offset: int) -> int:
        """Index of the sentence containing ``char_offset`` (0-based, as in the sentences table)."""
        return max(bisect.bisect_right(self._starts, char_offset) - 1, 0)

    def sentence_of(self, char_offset: int) -> Span:
        return self.sentences[self.sentence_id(char_offset)]
