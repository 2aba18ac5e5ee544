"""Shared fixtures: the parsed-sentence helper and the ../shared location (tests skip without it)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from relations.config import SHARED_DIR
from relations.document import ParsedArticle
from relations.parse import parse_text


@pytest.fixture(scope="session")
def parse() -> Callable[..., ParsedArticle]:
    """``parse(text, published="2018-03-03")`` -> ParsedArticle with the pinned model."""
    return parse_text


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not (SHARED_DIR / "README.md").exists():
        pytest.skip(f"../shared is absent ({SHARED_DIR}); this test needs the shared corpora/gold sets")
    return SHARED_DIR
