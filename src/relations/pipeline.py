"""``relations extract``: articles in, contract tables out.

``run()`` reads the inputs (:mod:`relations.ingest`), takes unchanged articles from the result cache
(:mod:`relations.cache`), processes the rest wherever asked (:mod:`relations.executors`), assembles
the tables, validates them against :mod:`relations.schema` and writes them atomically
(:mod:`relations.storage`).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import pandera.errors
import pyarrow.parquet as pq
from tqdm import tqdm

from relations import __version__, schema
from relations.actors import ActorRecord, merge_unknown_actors
from relations.cache import CACHE_DIRNAME, ResultCache, ResultSummary, run_fingerprint, summary_of
from relations.config import PIPELINE_VERSION
from relations.document import Article
from relations.executors import DEFAULT_CHUNK_SIZE, run_articles
from relations.extract import PER_ARTICLE_TABLES, ArticleResult, process_chunk
from relations.ingest import Problem, read_articles
from relations.nlp import MODEL_PACKAGE, MODEL_VERSION
from relations.schema import TABLE_NAMES, columns
from relations.storage import StagedTables, read_provenance, table_path

logger = logging.getLogger(__name__)

# Articles per parquet row group: the unit of memory in the writing pass.
BATCH_ARTICLES = 500


@dataclass
class RunSummary:
    read: int
    skipped: int
    problems: int
    cached: int
    tables: dict[str, int]
    out_dir: Path
    written: bool = True  # False: the tables already held exactly this run's output

    def line(self) -> str:
        counts = ", ".join(f"{n} {name}" for name, n in self.tables.items() if name != "problems")
        head = (
            f"{self.read} articles read ({self.cached} unchanged, from cache), {self.skipped} inputs skipped, "
            f"{self.problems} problems; "
        )
        if not self.written:
            return head + f"the tables in {self.out_dir} are up to date ({counts}); nothing written"
        return head + f"wrote {counts} to {self.out_dir}"


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


def _row_frames(results: Sequence[ArticleResult], canonical: dict[str, str]) -> dict[str, pd.DataFrame]:
    """The articles' rows of every per-article table, in input order, with canonical actor ids."""
    frames: dict[str, pd.DataFrame] = {"articles": pd.DataFrame([_article_row(r) for r in results])}
    for table in PER_ARTICLE_TABLES:
        frames[table] = pd.DataFrame([row for r in results for row in r.rows[table]])
    _apply_canonical_ids(frames, canonical)
    return frames


def _actors_frame(actors: dict[str, ActorRecord]) -> pd.DataFrame:
    return pd.DataFrame([actors[k]._asdict() for k in sorted(actors)])


def _problems_frame(problems: Iterable[Problem]) -> pd.DataFrame:
    return pd.DataFrame([p._asdict() for p in problems])


def assemble_tables(results: Sequence[ArticleResult], problems: Iterable[Problem]) -> dict[str, pd.DataFrame]:
    """Concatenate per-article rows into the contract's tables, in input order (deterministic).

    The in-memory form of what :func:`run` writes batch by batch.
    """
    canonical, actors = merge_unknown_actors(a for r in results for a in r.actors)
    frames = _row_frames(results, canonical)
    frames["actors"] = _actors_frame(actors)
    frames["problems"] = _problems_frame([*problems, *(p for r in results for p in r.problems)])
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
    batch_articles: int = BATCH_ARTICLES,
) -> RunSummary:
    """Extract every table from the articles in ``paths`` and write them into ``out_dir``.

    Two passes keep memory bounded: the first processes what the cache lacks and keeps only each
    article's actors and problems; the second reads the results back ``batch_articles`` at a time
    and writes them as parquet row groups.
    """
    articles, problems = read_articles(paths)
    _warn_undated(articles)
    fingerprint = run_fingerprint(actor_files)
    cache = ResultCache(out_dir / CACHE_DIRNAME, fingerprint)
    summaries: dict[str, ResultSummary] = {}
    if not force:
        summaries = {a.article_id: s for a in articles if (s := cache.summary(a)) is not None}
    n_cached = len(summaries)
    todo = [a for a in articles if a.article_id not in summaries]
    logger.info("%d articles: %d unchanged (cached), %d to process", len(articles), n_cached, len(todo))

    uncached: dict[str, ArticleResult] = {}  # results the cache could not store stay in memory
    files = tuple(str(p) for p in actor_files)
    stream = run_articles(todo, files, jobs=jobs, scheduler=scheduler, chunk_size=chunk_size) if todo else ()
    with tqdm(total=len(todo), unit="article", desc="extract", disable=not progress or not todo) as bar:
        for result in stream:
            summaries[result.article.article_id] = summary_of(result)
            if not cache.put(result):
                uncached[result.article.article_id] = result
            bar.update(1)

    canonical, actors = merge_unknown_actors(r for s in summaries.values() for r in s.actors)
    merged = sum(old != new for old, new in canonical.items())
    if merged:
        logger.info("merged %d spelling variants of people not in the dictionary", merged)
    all_problems = [*problems, *(p for a in articles for p in summaries[a.article_id].problems)]
    provenance = {
        "tool": f"relations {__version__}",
        "pipeline_version": PIPELINE_VERSION,
        "model": f"{MODEL_PACKAGE}=={MODEL_VERSION}",
        "created": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "inputs": [str(p) for p in paths],
        "actor_dictionaries": [str(p) for p in actor_files],
        "articles": {a.article_id: {"path": a.path, "line": a.line, "sha256": a.sha256} for a in articles},
    }
    provenance["output_fingerprint"] = _output_fingerprint(fingerprint, provenance, all_problems)
    skipped = len({(p.path, p.line) for p in problems if p.stage in ("read", "ingest")})
    if not todo and not force and (rows := _up_to_date(out_dir, provenance["output_fingerprint"])):
        # Nothing was processed and the tables on disk were written from exactly these inputs by
        # this pipeline: rewriting them would give the same bytes, so the warm run stops here.
        logger.info("tables in %s are up to date; nothing written", out_dir)
        return RunSummary(len(articles), skipped, len(all_problems), n_cached, rows, out_dir, written=False)
    where = {a.article_id: a for a in articles}
    with StagedTables(out_dir) as staged:
        for start in range(0, len(articles), batch_articles):
            batch = articles[start : start + batch_articles]
            results = [uncached.get(a.article_id) or _cached_result(a, cache, files) for a in batch]
            for name, frame in _row_frames(results, canonical).items():
                _append_within_contract(staged, name, frame, where, all_problems)
        _append_within_contract(staged, "actors", _actors_frame(actors), where, all_problems)
        staged.append("problems", _problems_frame(all_problems))
        staged.commit(provenance)
    return RunSummary(
        read=len(articles),
        skipped=skipped,
        problems=len(all_problems),
        cached=n_cached,
        tables=dict(staged.rows),
        out_dir=out_dir,
    )


def _append_within_contract(
    staged: StagedTables, table: str, frame: pd.DataFrame, where: dict[str, Article], problems: list[Problem]
) -> None:
    """Append ``frame`` to ``table``; rows the contract refuses (an extractor bug on one article)
    are left out and become problem rows, so one bad row does not cost the whole run."""
    try:
        staged.append(table, frame)
        return
    except pandera.errors.SchemaError as first:
        try:
            schema.validate(table, frame, lazy=True)
        except pandera.errors.SchemaErrors as errors:
            cases = errors.failure_cases
        else:
            raise first  # cannot happen (same checks); never drop rows without a reason
    if cases["index"].isna().any():
        raise pandera.errors.SchemaError(schema.SCHEMAS[table], frame, f"{table}: {cases.to_string()}")
    refused = sorted(set(cases["index"].astype(int)))
    for label in refused:
        row = frame.loc[label]
        why = "; ".join(
            f"{c.column} {c.check} got {c.failure_case!r}"
            for c in cases[cases["index"] == label].itertuples()
        )
        article = where.get(str(row.get("article_id")))
        problems.append(
            Problem(
                article.path if article else "",
                article.line if article else None,
                article.article_id if article else None,
                "contract",
                f"a {table} row breaks the data contract and was left out ({why}); this is a bug, "
                f"please report it: {dict(row)}"[:1000],
            )
        )
        logger.error("%s", problems[-1].describe())
    staged.append(table, frame.drop(index=refused))


def _output_fingerprint(run: str, provenance: dict[str, object], problems: Sequence[Problem]) -> str:
    """What the tables of a run depend on: the pipeline and dictionaries (``run``), the inputs, each
    article's place and content, and the problems found reading them."""
    digest = hashlib.sha256(run.encode())
    for key in ("model", "inputs", "articles"):
        digest.update(json.dumps(provenance[key], sort_keys=True, default=str).encode())
    digest.update(json.dumps([list(p) for p in problems], default=str).encode())
    return digest.hexdigest()


def _up_to_date(out_dir: Path, output_fingerprint: str) -> dict[str, int] | None:
    """Row counts of the tables in ``out_dir`` if they are complete and were written from the same
    fingerprint; None when they must be written."""
    try:
        if read_provenance(out_dir).get("output_fingerprint") != output_fingerprint:
            return None
    except (OSError, ValueError):  # unreadable provenance: write everything again
        return None
    paths = {table: table_path(out_dir, table) for table in TABLE_NAMES}
    if not all(path.exists() for path in paths.values()):
        return None
    try:
        return {table: pq.read_metadata(path).num_rows for table, path in paths.items()}
    except (OSError, ValueError) as err:  # a damaged table is rewritten, not trusted
        logger.warning("cannot read %s (%s); writing the tables again", out_dir, err)
        return None


def _cached_result(article: Article, cache: ResultCache, actor_files: tuple[str, ...]) -> ArticleResult:
    """The stored result of an article; processed again, here, if its entry went bad meanwhile."""
    result = cache.get(article)
    if result is None:
        logger.warning("cache entry of %s unreadable on second read; processing it again", article.article_id)
        result = process_chunk([article], actor_files)[0]
    return result
