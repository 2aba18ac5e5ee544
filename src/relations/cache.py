"""A per-article result cache keyed by the article's content and the pipeline's version.

The key covers the article (text and metadata), the code and data of this package, the model
version and any user actor dictionaries, so a second run over an unchanged corpus does no language
work, adding ten articles processes ten, and any change to the extractors rebuilds everything.
"""

from __future__ import annotations

import functools
import hashlib
import logging
import os
import pickle
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import NamedTuple

from relations.actors import ActorRecord
from relations.config import PACKAGE_DIR, PIPELINE_VERSION
from relations.document import Article
from relations.extract import ArticleResult
from relations.ingest import Problem
from relations.nlp import MODEL_PACKAGE, MODEL_VERSION

logger = logging.getLogger(__name__)

CACHE_DIRNAME = ".cache"


@functools.lru_cache(maxsize=1)
def package_fingerprint() -> str:
    """A hash of every source and data file of the package (so edits invalidate the cache)."""
    digest = hashlib.sha256(f"{PIPELINE_VERSION}|{MODEL_PACKAGE}=={MODEL_VERSION}".encode())
    for path in sorted(PACKAGE_DIR.rglob("*")):
        if path.is_file() and path.suffix in {".py", ".yml", ".yaml", ".tsv", ".json", ".txt", ".csv"}:
            digest.update(str(path.relative_to(PACKAGE_DIR)).encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


def run_fingerprint(actor_files: Sequence[Path]) -> str:
    digest = hashlib.sha256(package_fingerprint().encode())
    for path in actor_files:
        digest.update(Path(path).read_bytes())
    return digest.hexdigest()


class ResultSummary(NamedTuple):
    """What a run needs of an article before writing its rows: the actors it references (to merge
    spelling variants across articles) and its problems. Stored ahead of the rows in each cache
    file, so it can be read without loading them."""

    article_id: str
    actors: list[ActorRecord]
    problems: list[Problem]


def summary_of(result: ArticleResult) -> ResultSummary:
    return ResultSummary(result.article.article_id, result.actors, result.problems)


class ResultCache:
    """Pickled :class:`ArticleResult` files under ``directory``, one per article version.

    Each file holds two pickles: the article's :class:`ResultSummary`, then the whole result.
    """

    def __init__(self, directory: Path, fingerprint: str) -> None:
        self.directory = directory
        self.fingerprint = fingerprint

    def key(self, article: Article) -> str:
        fields = (
            article.article_id,
            article.text,
            article.title,
            article.source,
            article.author,
            article.url,
            article.published,
            article.path,
            article.line,
            article.sha256,
        )
        return hashlib.sha256(repr((self.fingerprint, fields)).encode()).hexdigest()

    def _path(self, article: Article) -> Path:
        key = self.key(article)
        return self.directory / key[:2] / f"{key}.pkl"

    def summary(self, article: Article) -> ResultSummary | None:
        """The cached summary of ``article``, without loading its rows; None when not cached."""
        summary = self._load(article, whole=False)
        return summary if isinstance(summary, ResultSummary) else None

    def get(self, article: Article) -> ArticleResult | None:
        result = self._load(article, whole=True)
        return result if isinstance(result, ArticleResult) else None

    def _load(self, article: Article, whole: bool) -> object:
        path = self._path(article)
        if not path.exists():
            return None
        try:
            with path.open("rb") as handle:
                summary = pickle.load(handle)
                if not isinstance(summary, ResultSummary) or summary.article_id != article.article_id:
                    return None
                return pickle.load(handle) if whole else summary
        except Exception as err:  # a damaged cache entry is rebuilt, never trusted
            logger.debug("ignoring unreadable cache entry %s: %s", path, err)
            return None

    def put(self, result: ArticleResult) -> bool:
        """Store ``result``; False (and a logged warning) when the cache cannot be written."""
        path = self._path(result.article)
        temporary: str | None = None
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
            with os.fdopen(handle, "wb") as out:
                pickle.dump(summary_of(result), out, protocol=pickle.HIGHEST_PROTOCOL)
                pickle.dump(result, out, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(temporary, path)
            return True
        except OSError as err:  # a full or read-only disk costs the cache, not the run
            logger.warning("cannot cache %s in %s: %s", result.article.article_id, self.directory, err)
            return False
        finally:
            if temporary is not None:
                Path(temporary).unlink(missing_ok=True)
