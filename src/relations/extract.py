"""The per-article work: every extractor on one parsed article (pure, so it parallelises and caches)."""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from relations.actors import ActorRecord, ActorResolver
from relations.dates import extract_dates
from relations.document import Article, ParsedArticle
from relations.ingest import Problem
from relations.parse import parse_articles
from relations.quotes import extract_quotes
from relations.stances import extract_stances

logger = logging.getLogger(__name__)

PER_ARTICLE_TABLES = ("sentences", "mentions", "dates", "quotes", "stances")
T = TypeVar("T")


@dataclass
class ArticleResult:
    """Everything extracted from one article: rows per table, the actors they reference, problems."""

    article: Article
    n_sentences: int
    rows: dict[str, list[dict[str, object]]]
    actors: list[ActorRecord]
    problems: list[Problem] = field(default_factory=list)


def _rows(items: Iterable[tuple], article_id: str) -> list[dict[str, object]]:
    return [{"article_id": article_id, **item._asdict()} for item in items]  # type: ignore[attr-defined]


def process_article(parsed: ParsedArticle, resolver: ActorResolver) -> ArticleResult:
    """Run every extractor on one parsed article; an extractor's failure is recorded, not raised."""
    article = parsed.article
    problems: list[Problem] = []

    def guarded(stage: str, call: Callable[[], list[T]]) -> list[T]:
        try:
            return call()
        except Exception as err:  # one article's odd input must not stop the run
            logger.warning("%s: %s failed: %s: %s", article.path, stage, type(err).__name__, err)
            problems.append(
                Problem(article.path, article.line, article.article_id, stage, f"{type(err).__name__}: {err}")
            )
            return []

    mentions = guarded("actors", lambda: resolver.extract(parsed))
    dates = guarded("dates", lambda: extract_dates(parsed))
    quotes = guarded("quotes", lambda: extract_quotes(parsed, mentions, resolver))
    stances = guarded("stances", lambda: extract_stances(parsed, mentions, quotes, dates, resolver))
    rows: dict[str, list[dict[str, object]]] = {
        "sentences": [
            {
                "article_id": article.article_id,
                "sentence_id": i,
                "start": s.start_char,
                "end": s.end_char,
                "text": article.text[s.start_char : s.end_char],  # == s.text, without joining its tokens
            }
            for i, s in enumerate(parsed.sentences)
        ],
        "mentions": _rows(mentions, article.article_id),
        "dates": _rows(dates, article.article_id),
        "quotes": _rows(quotes, article.article_id),
        "stances": _rows(stances, article.article_id),
    }
    referenced = {m.actor_id for m in mentions}
    referenced |= {q.speaker_id for q in quotes if q.speaker_id}
    referenced |= {s.source_id for s in stances} | {s.target_id for s in stances}
    actors = [resolver.actor(actor_id) for actor_id in sorted(referenced)]
    return ArticleResult(article, len(parsed.sentences), rows, actors, problems)


@functools.lru_cache(maxsize=4)
def shared_resolver(actor_files: tuple[str, ...]) -> ActorResolver:
    """One resolver per process and dictionary set (building the automaton is the costly part)."""
    return ActorResolver(extra_dictionaries=[Path(p) for p in actor_files])


def process_chunk(articles: Sequence[Article], actor_files: tuple[str, ...] = ()) -> list[ArticleResult]:
    """Parse a batch with ``nlp.pipe`` and extract from each article. Runs in any worker process."""
    resolver = shared_resolver(actor_files)
    return [process_article(parsed, resolver) for parsed in parse_articles(list(articles))]
