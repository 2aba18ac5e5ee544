"""Throughput of `relations extract` against bare spaCy, measured in one run on the shared corpus.

    .venv/bin/python benchmarks/throughput.py            # ../shared/corpus/*.jsonl: 1,245 rows, 1,065 unique ids
    .venv/bin/python benchmarks/throughput.py --scale 10000   # replicate to 10,000 articles

Prints words/s for (1) bare spaCy ``nlp.pipe`` with the same model and processes (the baseline),
(2) `relations extract` cold, (3) warm (nothing changed), (4) after adding 10 articles, with the
ratio cold/baseline and the peak RSS of each process tree. Needs ../shared; exits 0 with a message
when it is absent.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parents[1]
SHARED_CORPUS = ROOT.parent / "shared" / "corpus"
RELATIONS = [sys.executable, "-m", "relations.cli"]


class PeakMemory:
    """Samples the RSS of a process and all its children until stopped; keeps the maximum."""

    def __init__(self, pid: int) -> None:
        self.pid = pid
        self.peak = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        try:
            root = psutil.Process(self.pid)
        except psutil.NoSuchProcess:
            return
        while not self._stop.is_set():
            try:
                total = root.memory_info().rss + sum(
                    c.memory_info().rss for c in root.children(recursive=True) if c.is_running()
                )
            except psutil.Error:
                total = 0
            self.peak = max(self.peak, total)
            time.sleep(0.05)

    def __enter__(self) -> PeakMemory:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


def timed(command: list[str]) -> tuple[float, int]:
    """Wall seconds and peak process-tree RSS (bytes) of a command; raises if it fails."""
    start = time.perf_counter()
    process = subprocess.Popen(
        command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True
    )
    with PeakMemory(process.pid) as memory:
        _, stderr = process.communicate()
    if process.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed ({process.returncode}):\n{stderr[-2000:]}")
    return time.perf_counter() - start, memory.peak


BASELINE = """
import json, sys
from relations.ingest import read_articles
from relations.nlp import load_model
from pathlib import Path
articles, _ = read_articles([Path(p) for p in sys.argv[2:]])
nlp = load_model()
for _ in nlp.pipe((a.text for a in articles), n_process=int(sys.argv[1]), batch_size=8):
    pass
"""


def unique_rows(source_files: list[Path]) -> list[dict[str, str]]:
    """The shared corpus rows, first of each id: the files overlap, and extract keeps the first too."""
    rows: dict[str, dict[str, str]] = {}
    for path in source_files:
        for line in path.read_text().splitlines():
            if line.strip():
                row = json.loads(line)
                rows.setdefault(row["id"], row)
    return list(rows.values())


def write_corpus(source_files: list[Path], target: Path, copies: int, extra: int = 0) -> int:
    """Write the shared corpus (replicated ``copies`` times, plus ``extra`` new articles); count words."""
    rows = unique_rows(source_files)
    words = 0
    with target.open("w", encoding="utf-8") as out:
        for copy in range(copies):
            for row in rows:
                row = dict(row, id=f"{row['id']}~{copy}" if copy else row["id"])
                if copy:  # a different text per copy, so the cache cannot serve replicas
                    row["text"] = f"Copy {copy}. " + row["text"]
                words += len(row["text"].split())
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
        for index in range(extra):
            row = dict(
                rows[index], id=f"added-{index}", text=f"Added article {index}. " + rows[index]["text"]
            )
            words += len(row["text"].split())
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    return words


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--scale", type=int, default=0, help="replicate the corpus to about this many articles"
    )
    parser.add_argument("--jobs", type=int, default=len(os.sched_getaffinity(0)))
    args = parser.parse_args()
    sources = sorted(SHARED_CORPUS.glob("*.jsonl"))
    if not sources:
        print(f"skipped: no corpus at {SHARED_CORPUS} (../shared is absent)")
        return
    n_rows = len(unique_rows(sources))
    copies = max(1, round(args.scale / n_rows)) if args.scale else 1
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        corpus = work / "corpus.jsonl"
        words = write_corpus(sources, corpus, copies)
        out = work / "processed"
        print(f"corpus: {n_rows * copies} articles, {words:,} words; {args.jobs} processes")

        base_s, base_mem = timed([sys.executable, "-c", BASELINE, str(args.jobs), str(corpus)])
        cold_s, cold_mem = timed(
            [
                *RELATIONS,
                "extract",
                str(corpus),
                "--out",
                str(out),
                "--jobs",
                str(args.jobs),
                "--no-progress",
                "--quiet",
                "--force",
            ]
        )
        warm_s, warm_mem = timed(
            [*RELATIONS, "extract", str(corpus), "--out", str(out), "--no-progress", "--quiet"]
        )
        write_corpus(sources, corpus, copies, extra=10)
        add_s, add_mem = timed(
            [
                *RELATIONS,
                "extract",
                str(corpus),
                "--out",
                str(out),
                "--jobs",
                str(args.jobs),
                "--no-progress",
                "--quiet",
            ]
        )

    rows = [
        ("bare spaCy nlp.pipe (baseline)", base_s, base_mem),
        ("relations extract, cold", cold_s, cold_mem),
        ("relations extract, warm", warm_s, warm_mem),
        ("relations extract, +10 articles", add_s, add_mem),
    ]
    print(f"{'step':34} {'seconds':>9} {'words/s':>10} {'peak RSS':>10}")
    for name, seconds, memory in rows:
        rate = f"{words / seconds:,.0f}" if "warm" not in name and "+10" not in name else "-"
        print(f"{name:34} {seconds:9.1f} {rate:>10} {memory / 2**20:8.0f} MB")
    print(f"ratio cold/baseline throughput: {base_s / cold_s:.2f} (target >= 0.8)")
    print(f"warm run: {warm_s:.1f} s (target <= 3 s); +10 articles: {add_s:.1f} s (target <= 10 s)")
    print(f"peak memory: {max(m for _, _, m in rows) / 2**30:.2f} GB (target <= 2 GB)")


if __name__ == "__main__":
    main()
