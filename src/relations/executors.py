"""Where the per-article work runs: this process, a pool of local processes, or a Dask cluster.

All three yield results in input order, so the tables do not depend on how the work was spread.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
from collections.abc import Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor

from relations.document import Article
from relations.extract import ArticleResult, process_chunk

logger = logging.getLogger(__name__)

# Small enough to keep every worker busy and progress moving, large enough for nlp.pipe batching.
DEFAULT_CHUNK_SIZE = 8
# Below this many articles, starting worker processes costs more than it saves.
MIN_ARTICLES_FOR_POOL = 16


def default_jobs() -> int:
    return max(len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1, 1)


def chunked(articles: Sequence[Article], size: int) -> list[list[Article]]:
    return [list(articles[i : i + size]) for i in range(0, len(articles), size)]


def run_serial(
    articles: Sequence[Article], actor_files: tuple[str, ...], chunk_size: int
) -> Iterator[ArticleResult]:
    for chunk in chunked(articles, chunk_size):
        yield from process_chunk(chunk, actor_files)


def _warm_worker() -> None:
    """Load the model and dictionary once per worker, before the first chunk arrives."""
    from relations.extract import shared_resolver
    from relations.nlp import load_model

    load_model()
    shared_resolver(())


def run_pool(
    articles: Sequence[Article], actor_files: tuple[str, ...], jobs: int, chunk_size: int
) -> Iterator[ArticleResult]:
    """A local process pool. forkserver: workers start clean (no inherited threads or locks)."""
    context = multiprocessing.get_context("forkserver")
    chunks = chunked(articles, chunk_size)
    with ProcessPoolExecutor(max_workers=jobs, mp_context=context, initializer=_warm_worker) as pool:
        for results in pool.map(process_chunk, chunks, [actor_files] * len(chunks)):
            yield from results


def run_dask(
    articles: Sequence[Article], actor_files: tuple[str, ...], scheduler: str, jobs: int, chunk_size: int
) -> Iterator[ArticleResult]:
    """A Dask distributed cluster: ``scheduler`` is an address (tcp://host:8786) or ``local``."""
    from dask.distributed import Client, LocalCluster

    cluster = None
    if scheduler == "local":
        cluster = LocalCluster(
            n_workers=jobs,
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
            silence_logs=logging.ERROR,
        )
        client = Client(cluster)
    else:
        client = Client(scheduler, timeout="30s")
    try:
        logger.info("running on Dask scheduler %s", client.scheduler.address)
        futures = client.map(
            process_chunk, chunked(articles, chunk_size), actor_files=actor_files, pure=False
        )
        for future in futures:  # in input order; the cluster computes them concurrently
            yield from future.result()
            future.release()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def run_articles(
    articles: Sequence[Article],
    actor_files: tuple[str, ...] = (),
    jobs: int | None = None,
    scheduler: str | None = None,
    chunk_size: int = DEFAULT_CHUNK_SIZE,
) -> Iterator[ArticleResult]:
    """Process ``articles`` wherever asked, yielding one result per article in input order."""
    jobs = jobs or default_jobs()
    if scheduler:
        return run_dask(articles, actor_files, scheduler, jobs, chunk_size)
    if jobs > 1 and len(articles) >= MIN_ARTICLES_FOR_POOL:
        return run_pool(articles, actor_files, jobs, chunk_size)
    return run_serial(articles, actor_files, chunk_size)
