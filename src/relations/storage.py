"""Reading and writing the processed tables, atomically.

A table is written to a temporary file beside its target and renamed over it, so a crash, Ctrl-C or
kill -9 leaves either the old table or the new one, never half of one. A run writes every table to
temporary files first and renames them only once all were written.
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
from collections.abc import Mapping
from pathlib import Path

import pandas as pd

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


def write_tables(
    tables: Mapping[str, pd.DataFrame], directory: Path, provenance: Mapping[str, object]
) -> None:
    """Validate every table against the contract, then replace the files all together."""
    directory.mkdir(parents=True, exist_ok=True)
    validated = {name: schema.validate(name, frame) for name, frame in tables.items()}
    staged: list[tuple[Path, Path]] = []
    try:
        for name, frame in validated.items():
            target = table_path(directory, name)
            temporary = _temporary_beside(target)
            frame.to_parquet(temporary, index=False)
            staged.append((temporary, target))
        provenance_target = directory / PROVENANCE_FILE
        provenance_temp = _temporary_beside(provenance_target)
        provenance_temp.write_text(json.dumps(provenance, indent=2, default=str), encoding="utf-8")
        staged.append((provenance_temp, provenance_target))
        for temporary, target in staged:
            _fsync_and_replace(temporary, target)
    finally:
        for temporary, _ in staged:
            temporary.unlink(missing_ok=True)
    logger.info("wrote %d tables to %s", len(validated), directory)


def read_table(directory: Path, table: str) -> pd.DataFrame:
    """One processed table; an empty, typed frame when it has not been written yet."""
    path = table_path(directory, table)
    if not path.exists():
        return schema.empty(table)
    return schema.validate(table, pd.read_parquet(path))


def read_provenance(directory: Path) -> dict[str, object]:
    path = directory / PROVENANCE_FILE
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
