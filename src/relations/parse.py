"""Turn articles into parsed articles with the pinned model (one place, shared by pipeline and tests)."""

from __future__ import annotations

import hashlib
import weakref
from collections.abc import Container, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, NamedTuple

from relations.document import Article, ParsedArticle
from relations.nlp import load_model

if TYPE_CHECKING:  # spaCy is imported by the model loader; here it only names types
    from spacy.tokens import Doc, Span, Token

# ``Doc.text`` joins every token's text on each access (O(tokens)); extractors that read it per
# quote or per candidate ask :func:`doc_text`, which builds it once per document.
_DOC_TEXTS: weakref.WeakKeyDictionary[Doc, str] = weakref.WeakKeyDictionary()
# Every ``Token`` taken from a Doc is a new object, and each of its string attributes a lookup, so
# a pass over all tokens that only looks for a few words pays both for every token; passes read the
# words from :func:`token_words` and make Tokens only of the candidates.
_DOC_WORDS: weakref.WeakKeyDictionary[Doc, TokenWords] = weakref.WeakKeyDictionary()
# ``Doc.ents`` (and ``Span.ents``, which reads it) builds a Span per entity of the whole document on
# each access; :func:`span_ents` keeps each document's entity bounds and labels once. Bounds, not
# Spans: a Span holds its Doc, and a value holding its own key would never leave the dictionary.
_DOC_ENTS: weakref.WeakKeyDictionary[Doc, list[tuple[int, int, int, int, int]]] = weakref.WeakKeyDictionary()


class TokenWords(NamedTuple):
    """Strings of every token of a Doc, by token index."""

    lowers: list[str]  # token.lower_
    lemmas: list[str]  # token.lemma_.lower()
    deps: list[str]  # token.dep_
    ent_types: list[str]  # token.ent_type_


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


def token_words(doc: Doc) -> TokenWords:
    """Lower-cased forms, lemmas, dependency labels and entity types of every token, once per document."""
    words = _DOC_WORDS.get(doc)
    if words is None:
        from spacy.attrs import DEP, ENT_TYPE, LEMMA, LOWER  # spaCy is loaded by now: ``doc`` exists

        strings = doc.vocab.strings
        rows = doc.to_array([LOWER, LEMMA, DEP, ENT_TYPE]).tolist() if len(doc) else []
        words = _DOC_WORDS[doc] = TokenWords(
            [strings[lower] for lower, _, _, _ in rows],
            [strings[lemma].lower() for _, lemma, _, _ in rows],
            [strings[dep] for _, _, dep, _ in rows],
            [strings[ent_type] for _, _, _, ent_type in rows],
        )
    return words


def tokens_with(span: Span, strings: Sequence[str], wanted: Container[str]) -> Iterator[Token]:
    """The tokens of ``span``, in order, whose entry in ``strings`` (a :class:`TokenWords` list of
    its Doc) is in ``wanted``: a pass looking for a few words makes no Token of the others."""
    doc = span.doc
    return (doc[i] for i in range(span.start, span.end) if strings[i] in wanted)


def span_ents(span: Span) -> list[Span]:
    """``span.ents`` (the entities wholly inside ``span``), from the document's entities read once."""
    from spacy.tokens import Span  # spaCy is loaded by now: ``span`` exists

    doc = span.doc
    bounds = _DOC_ENTS.get(doc)
    if bounds is None:
        bounds = _DOC_ENTS[doc] = [(e.start, e.end, e.label, e.kb_id, e.id) for e in doc.ents]
    inside: list[Span] = []
    for start, end, label, kb_id, span_id in bounds:  # as Span.ents: in order, no overlaps
        if start >= span.start:
            if end > span.end:
                break
            inside.append(Span(doc, start, end, label=label, kb_id=kb_id, span_id=span_id))
    return inside
