"""Turn articles into parsed articles with the pinned model (one place, shared by pipeline and tests)."""

from __future__ import annotations

import hashlib
import weakref
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from relations.document import Article, ParsedArticle
from relations.nlp import load_model

if TYPE_CHECKING:  # spaCy is imported by the model loader; here it only names types
    from spacy.tokens import Doc

# ``Doc.text`` joins every token's text on each access (O(tokens)); extractors that read it per
# quote or per candidate ask :func:`doc_text`, which builds it once per document.
_DOC_TEXTS: weakref.WeakKeyDictionary[Doc, str] = weakref.WeakKeyDictionary()
# Every ``Token`` taken from a Doc is a new object, so a pass over all tokens that only looks for a
# few words costs an object and a string lookup per token; passes ask :func:`token_lowers` instead.
_DOC_LOWERS: weakref.WeakKeyDictionary[Doc, list[str]] = weakref.WeakKeyDictionary()


def article_from_text(
    text: str, article_id: str = "test", published: str | None = None, **metadata: str | None
) -> Article:
    """An in-memory article, for tests, notebooks and the API (path is ``<memory>``)."""
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return Article(
        article_id=article_id, text=text, path="<memory>", sha256=digest, published=published, **metadata
    )


def parse_articles(articles: Iterable[Article], batch_size: int = 16) -> Iterator[ParsedArticle]:
    """Parse articles in batches with ``nlp.pipe`` (the model is loaded once per process).

    Each article's title rides on its Doc: the furniture component splits the title off the body.
    """
    nlp = load_model()
    from relations.furniture import set_title  # after load_model: spaCy is imported by then

    items = list(articles) if not isinstance(articles, list) else articles
    docs = (set_title(nlp.make_doc(a.text), a.title) for a in items)
    for article, doc in zip(items, nlp.pipe(docs, batch_size=batch_size), strict=True):
        parsed = ParsedArticle(article, doc)  # checks doc.text == article.text
        _DOC_TEXTS[doc] = article.text
        yield parsed


def parse_text(text: str, published: str | None = None, article_id: str = "test") -> ParsedArticle:
    """Parse one text, e.g. a literal sentence in a test."""
    return next(parse_articles([article_from_text(text, article_id=article_id, published=published)]))


def doc_text(doc: Doc) -> str:
    """``doc.text``, built once per document (a Doc's text never changes once parsed)."""
    text = _DOC_TEXTS.get(doc)
    if text is None:
        text = _DOC_TEXTS[doc] = doc.text
    return text


def token_lowers(doc: Doc) -> list[str]:
    """``token.lower_`` of every token of ``doc`` by index, built once per document."""
    lowers = _DOC_LOWERS.get(doc)
    if lowers is None:
        from spacy.attrs import LOWER  # spaCy is loaded by now: ``doc`` exists

        strings = doc.vocab.strings
        lowers = _DOC_LOWERS[doc] = [strings[key] for key in doc.to_array(LOWER).tolist()]
    return lowers
