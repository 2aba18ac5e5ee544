"""``relations extract``: articles in, contract tables out.

``run()`` reads the inputs (:mod:`relations.ingest`), takes unchanged articles from the result cache
(:mod:`relations.cache`), processes the rest wherever asked (:mod:`relations.executors`), assembles
the tables, validates them against :mod:`relations.schema` and writes them atomically
(:mod:`relations.storage`).
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
from tqdm import tqdm

from relations import __version__
from relations.actors import merge_unknown_actors
from relations.cache import CACHE_DIRNAME, ResultCache, run_fingerprint
from relations.config import PIPELINE_VERSION
from relations.document import Article
from relations.executors import DEFAULT_CHUNK_SIZE, run_articles
from relations.extract import PER_ARTICLE_TABLES, ArticleResult
from relations.ingest import Problem, read_articles
from relations.nlp import MODEL_PACKAGE, MODEL_VERSION
from relations.schema import TABLE_NAMES, columns
from relations.storage import write_tables

logger = logging.getLogger(__name__)


@dataclass
class RunSummary:
    read: int
    skipped: int
    problems: int
    cached: int
    tables: dict[str, int]
    out_dir: Path

    def line(self) -> str:
        counts = ", ".join(f"{n} {name}" for name, n in self.tables.items() if name != "problems")
        return (
            f"{self.read} articles read ({self.cached} unchanged, from cache), {self.skipped} inputs skipped, "
            f"{self.problems} problems; wrote {counts} to {self.out_dir}"
        )


def _article_row(result: ArticleResult) -> dict[str, object]:
    a = result.article
    return {
        "article_id": a.article_id,
        "title": a.title,
        "source": a.source,
        "author": a.author,
        "url": a.url,
        "published": a.published,
        "text": a.text,
        "n_chars": len(a.text),
        "n_sentences": result.n_sentences,
        "sha256": a.sha256,
        "path": a.path,
    }


def assemble_tables(results: Sequence[ArticleResult], problems: Iterable[Problem]) -> dict[str, pd.DataFrame]:
    """Concatenate per-article rows into the contract's tables, in input order (deterministic)."""
    frames: dict[str, pd.DataFrame] = {"articles": pd.DataFrame([_article_row(r) for r in results])}
    for table in PER_ARTICLE_TABLES:
        frames[table] = pd.DataFrame([row for r in results for row in r.rows[table]])
    canonical, actors = merge_unknown_actors(a for r in results for a in r.actors)
    frames["actors"] = pd.DataFrame([actors[k]._asdict() for k in sorted(actors)])
    _apply_canonical_ids(frames, canonical)
    all_problems = list(problems) + [p for r in results for p in r.problems]
    frames["problems"] = pd.DataFrame([p._asdict() for p in all_problems])
    for name in TABLE_NAMES:
        if frames[name].empty:
            frames[name] = pd.DataFrame({c: [] for c in columns(name)})
    return frames


_ACTOR_ID_COLUMNS = {
    "mentions": ["actor_id"],
    "quotes": ["speaker_id"],
    "stances": ["source_id", "target_id"],
}


def _apply_canonical_ids(frames: dict[str, pd.DataFrame], canonical: dict[str, str]) -> None:
    """Point every row at the merged id of its actor (spelling variants of unknown people)."""
    renamed = {old: new for old, new in canonical.items() if old != new}
    if not renamed:
        return
    logger.info("merged %d spelling variants of people not in the dictionary", len(renamed))
    for table, id_columns in _ACTOR_ID_COLUMNS.items():
        for column in id_columns:
            if column in frames[table]:
                frames[table][column] = frames[table][column].replace(renamed)


def _warn_undated(articles: Sequence[Article]) -> None:
    undated = [a.article_id for a in articles if a.published is None]
    if undated:
        shown = ", ".join(undated[:10]) + (" ..." if len(undated) > 10 else "")
        logger.warning(
            "%d article(s) give no publication date; their relative dates stay unresolved: %s",
            len(undated),
            shown,
        )


def run(
    paths: Sequence[Path],
    out_dir: Path,
    actor_files: Sequence[Path] = (),
    jobs: int | None = None,
    scheduler: str | None = None,
    force: bool = False,
    progress: bool = True,
    chunk_size: int = DEFAULT_CHUNK_SIZE,
) -> RunSummary:
    """Extract every table from the articles in ``paths`` and write them into ``out_dir``."""
    articles, problems = read_articles(paths)
    _warn_undated(articles)
    cache = ResultCache(out_dir / CACHE_DIRNAME, run_fingerprint(actor_files))
    cached = {} if force else {a.article_id: r for a in articles if (r := cache.get(a)) is not None}
    todo = [a for a in articles if a.article_id not in cached]
    logger.info("%d articles: %d unchanged (cached), %d to process", len(articles), len(cached), len(todo))

    fresh: dict[str, ArticleResult] = {}
    stream = (
        run_articles(
            todo, tuple(str(p) for p in actor_files), jobs=jobs, scheduler=scheduler, chunk_size=chunk_size
        )
        if todo
        else iter(())
    )
    with tqdm(total=len(todo), unit="article", desc="extract", disable=not progress or not todo) as bar:
        for result in stream:
            cache.put(result)
            fresh[result.article.article_id] = result
            bar.update(1)
    results = [cached.get(a.article_id) or fresh[a.article_id] for a in articles]

    tables = assemble_tables(results, problems)
    provenance = {
        "tool": f"relations {__version__}",
        "pipeline_version": PIPELINE_VERSION,
        "model": f"{MODEL_PACKAGE}=={MODEL_VERSION}",
        "created": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "inputs": [str(p) for p in paths],
        "actor_dictionaries": [str(p) for p in actor_files],
        "articles": {a.article_id: {"path": a.path, "line": a.line, "sha256": a.sha256} for a in articles},
    }
    write_tables(tables, out_dir, provenance)
    skipped = len({(p.path, p.line) for p in problems if p.stage in ("read", "ingest")})
    return RunSummary(
        read=len(articles),
        skipped=skipped,
        problems=len(tables["problems"]),
        cached=len(cached),
        tables={name: len(frame) for name, frame in tables.items()},
        out_dir=out_dir,
    )
