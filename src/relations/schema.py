"""The data contract: one schema per table, and the only way tables are validated before writing.

Offsets (``start``/``end``) are character offsets into ``articles.text``, the cleaned article text,
so ``text[start:end]`` is always the evidence. Every row of every table carries ``article_id``
(except ``actors``, which is shared across articles and keyed by ``actor_id``).
"""

from __future__ import annotations

import pandas as pd
import pandera.pandas as pa

STR = "string"
INT = "int64"
FLOAT = "float64"
BOOL = "boolean"

ACTOR_KINDS = ["person", "state", "organization", "group"]
GRANULARITIES = ["day", "month", "year", "decade", "century"]
QUOTE_KINDS = ["direct", "indirect"]
ISO_DATE_PREFIX = r"^\d{4}(-\d{2}(-\d{2})?)?$"


def _col(dtype: str, nullable: bool = False, checks: list[pa.Check] | None = None) -> pa.Column:
    return pa.Column(dtype, nullable=nullable, checks=checks or [], coerce=True)


def _span_columns() -> dict[str, pa.Column]:
    return {
        "article_id": _col(STR),
        "sentence_id": _col(INT, checks=[pa.Check.ge(0)]),
        "start": _col(INT, checks=[pa.Check.ge(0)]),
        "end": _col(INT, checks=[pa.Check.ge(0)]),
    }


def _start_before_end(df: pd.DataFrame) -> pd.Series:
    return df["start"] <= df["end"]


SPAN_CHECK = pa.Check(_start_before_end, error="start must not exceed end")

SCHEMAS: dict[str, pa.DataFrameSchema] = {
    "articles": pa.DataFrameSchema(
        {
            "article_id": _col(STR),
            "title": _col(STR, nullable=True),
            "source": _col(STR, nullable=True),
            "author": _col(STR, nullable=True),
            "url": _col(STR, nullable=True),
            "published": _col(STR, nullable=True, checks=[pa.Check.str_matches(r"^\d{4}-\d{2}-\d{2}$")]),
            "text": _col(STR),
            "n_chars": _col(INT, checks=[pa.Check.ge(0)]),
            "n_sentences": _col(INT, checks=[pa.Check.ge(0)]),
            "sha256": _col(STR, checks=[pa.Check.str_matches(r"^[0-9a-f]{64}$")]),
            "path": _col(STR),
        },
        unique=["article_id"],
        strict=True,
    ),
    "sentences": pa.DataFrameSchema(
        {**_span_columns(), "text": _col(STR)},
        checks=[SPAN_CHECK],
        unique=["article_id", "sentence_id"],
        strict=True,
    ),
    "actors": pa.DataFrameSchema(
        {
            "actor_id": _col(STR),
            "name": _col(STR),
            "kind": _col(STR, checks=[pa.Check.isin(ACTOR_KINDS)]),
            "country": _col(STR, nullable=True, checks=[pa.Check.str_matches(r"^[A-Z]{3}$")]),
            "note": _col(STR, nullable=True),
        },
        unique=["actor_id"],
        strict=True,
    ),
    "mentions": pa.DataFrameSchema(
        {**_span_columns(), "text": _col(STR), "actor_id": _col(STR), "rule": _col(STR, nullable=True)},
        checks=[SPAN_CHECK],
        strict=True,
    ),
    "dates": pa.DataFrameSchema(
        {
            **_span_columns(),
            "text": _col(STR),
            "value": _col(STR, nullable=True, checks=[pa.Check.str_matches(ISO_DATE_PREFIX)]),
            "granularity": _col(STR, nullable=True, checks=[pa.Check.isin(GRANULARITIES)]),
            "rule": _col(STR, nullable=True),
        },
        checks=[SPAN_CHECK],
        strict=True,
    ),
    "quotes": pa.DataFrameSchema(
        {
            **_span_columns(),
            "quote_id": _col(STR),
            "text": _col(STR),
            "speaker_id": _col(STR, nullable=True),
            "speaker_text": _col(STR, nullable=True),
            "cue": _col(STR, nullable=True),
            "kind": _col(STR, checks=[pa.Check.isin(QUOTE_KINDS)]),
            "partial": _col(BOOL),
        },
        checks=[SPAN_CHECK],
        unique=["quote_id"],
        strict=True,
    ),
    "stances": pa.DataFrameSchema(
        {
            **_span_columns(),
            "stance_id": _col(STR),
            "source_id": _col(STR),
            "target_id": _col(STR),
            "source_country": _col(STR, nullable=True),
            "target_country": _col(STR, nullable=True),
            "polarity": _col(INT, checks=[pa.Check.isin([-1, 0, 1])]),
            "intensity": _col(FLOAT, checks=[pa.Check.in_range(-10.0, 10.0)]),
            "category": _col(STR),
            "hedged": _col(BOOL),
            "date": _col(STR, nullable=True, checks=[pa.Check.str_matches(ISO_DATE_PREFIX)]),
            "date_source": _col(STR, nullable=True),
            "quote_id": _col(STR, nullable=True),
            "evidence": _col(STR),
        },
        checks=[SPAN_CHECK],
        unique=["stance_id"],
        strict=True,
    ),
    "problems": pa.DataFrameSchema(
        {
            "path": _col(STR),
            "line": _col("Int64", nullable=True),
            "article_id": _col(STR, nullable=True),
            "stage": _col(STR),
            "message": _col(STR),
        },
        strict=True,
    ),
}

TABLE_NAMES: tuple[str, ...] = tuple(SCHEMAS)


def columns(table: str) -> list[str]:
    """The contract's column order for ``table``."""
    return list(SCHEMAS[table].columns)


def empty(table: str) -> pd.DataFrame:
    """An empty, correctly typed frame for ``table``."""
    return validate(table, pd.DataFrame({c: [] for c in columns(table)}))


def validate(table: str, df: pd.DataFrame, lazy: bool = False) -> pd.DataFrame:
    """Coerce and check ``df`` against the contract; raises ``pandera.errors.SchemaError`` on the
    first breach, or with ``lazy`` ``pandera.errors.SchemaErrors`` listing every failing row."""
    ordered = df.reindex(columns=columns(table))
    return SCHEMAS[table].validate(ordered, lazy=lazy)
