"""Reading and writing the processed tables, atomically.

A table is written to a temporary file beside its target and renamed over it, so a crash, Ctrl-C or
kill -9 leaves either the old table or the new one, never half of one. A run writes every table to
temporary files first and renames them only once all were written.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import tempfile
from collections.abc import Mapping
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from relations import schema

logger = logging.getLogger(__name__)

PROVENANCE_FILE = "_provenance.json"


def table_path(directory: Path, table: str) -> Path:
    return directory / f"{table}.parquet"


def _current_umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _temporary_beside(target: Path) -> Path:
    handle, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    os.close(handle)
    # mkstemp makes private (0600) files; outputs get the mode an ordinary write would give them.
    os.chmod(name, 0o666 & ~_current_umask())
    return Path(name)


def _fsync_and_replace(temporary: Path, target: Path) -> None:
    with open(temporary, "rb") as handle:
        os.fsync(handle.fileno())
    os.replace(temporary, target)


def write_text_atomic(target: Path, content: str) -> None:
    """Write a text file by temporary file and rename."""
    target.parent.mkdir(parents=True, exist_ok=True)
    temporary = _temporary_beside(target)
    try:
        temporary.write_text(content, encoding="utf-8")
        _fsync_and_replace(temporary, target)
    finally:
        temporary.unlink(missing_ok=True)


class StagedTables:
    """Tables written in row groups to temporary files, replacing the targets together on commit.

    Each :meth:`append` validates a batch of rows against the contract and writes it as one
    parquet row group, so a run holds one batch in memory, not whole tables. Nothing in
    ``directory`` changes until :meth:`commit`; leaving the ``with`` block without committing (an
    error, Ctrl-C) removes the temporary files and keeps the previous tables.
    """

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self.rows: dict[str, int] = {}
        self._writers: dict[str, pq.ParquetWriter] = {}
        self._staged: dict[str, Path] = {}

    def __enter__(self) -> StagedTables:
        self.directory.mkdir(parents=True, exist_ok=True)
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._discard()

    def append(self, table: str, frame: pd.DataFrame) -> None:
        """Validate ``frame`` and write it as the next row group of ``table``."""
        validated = schema.validate(table, frame)
        batch = pa.Table.from_pandas(validated, preserve_index=False)
        writer = self._writers.get(table)
        if writer is None:
            target = table_path(self.directory, table)
            self._staged[table] = temporary = _temporary_beside(target)
            writer = self._writers[table] = pq.ParquetWriter(temporary, batch.schema)
        elif not batch.schema.equals(writer.schema, check_metadata=False):
            batch = batch.cast(writer.schema)  # e.g. a column that is all null in this batch
        if batch.num_rows or not self.rows.get(table):
            writer.write_table(batch)
        self.rows[table] = self.rows.get(table, 0) + batch.num_rows

    def commit(self, provenance: Mapping[str, object], complete: bool = True) -> None:
        """Close every table and replace the targets; with ``complete``, tables never appended are
        written empty (typed), so the directory holds the whole contract."""
        for table in schema.TABLE_NAMES if complete else ():
            if table not in self._writers:
                self.append(table, schema.empty(table))
        for writer in self._writers.values():
            writer.close()
        self._writers.clear()
        provenance_target = self.directory / PROVENANCE_FILE
        provenance_temp = _temporary_beside(provenance_target)
        self._staged[PROVENANCE_FILE] = provenance_temp
        provenance_temp.write_text(json.dumps(provenance, indent=2, default=str), encoding="utf-8")
        for name, temporary in self._staged.items():
            target = provenance_target if name == PROVENANCE_FILE else table_path(self.directory, name)
            _fsync_and_replace(temporary, target)
        self._staged.clear()
        logger.info("wrote %d tables to %s", len(self.rows), self.directory)

    def _discard(self) -> None:
        for writer in self._writers.values():
            with contextlib.suppress(Exception):  # already failing; the temporary file goes anyway
                writer.close()
        for temporary in self._staged.values():
            temporary.unlink(missing_ok=True)
        self._writers.clear()
        self._staged.clear()


def write_tables(
    tables: Mapping[str, pd.DataFrame], directory: Path, provenance: Mapping[str, object]
) -> None:
    """Validate every table against the contract, then replace the files all together."""
    validated = {name: schema.validate(name, frame) for name, frame in tables.items()}
    with StagedTables(directory) as staged:
        for name, frame in validated.items():
            staged.append(name, frame)
        staged.commit(provenance, complete=False)


def read_table(directory: Path, table: str) -> pd.DataFrame:
    """One processed table; an empty, typed frame when it has not been written yet."""
    path = table_path(directory, table)
    if not path.exists():
        return schema.empty(table)
    return schema.validate(table, pd.read_parquet(path))


def read_provenance(directory: Path) -> dict[str, object]:
    path = directory / PROVENANCE_FILE
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
