"""Word norms the pinned model reads, set by ``relations.norms`` in front of the pipeline."""

from __future__ import annotations

import pytest

from relations.nlp import load_model
from relations.norms import COMPONENT_NAME
from relations.parse import parse_text


def test_component_runs_first() -> None:
    assert load_model().pipe_names[0] == COMPONENT_NAME


@pytest.mark.parametrize(
    ("text", "word", "pos"),
    [
        # "IS" for Islamic State is read as a name, not as the verb "is"
        ("Three IS suicide bombers attacked the checkpoint.", "IS", "PROPN"),
        ("Iraqi forces drove IS out of Mosul.", "IS", "PROPN"),
        ("Kurds fought IS in Kobane.", "IS", "NOUN"),
        # in text set in capitals it is still the verb
        ("IRAN IS READY FOR TALKS", "IS", "AUX"),
    ],
)
def test_short_names_are_read_as_names(text: str, word: str, pos: str) -> None:
    token = next(t for t in parse_text(text).doc if t.text == word)
    assert token.pos_ == pos


def test_the_norm_changes_no_offsets_or_words() -> None:
    text = "Three IS suicide bombers attacked the checkpoint."
    doc = parse_text(text).doc
    assert doc.text == text
    assert [t.text for t in doc] == [
        "Three",
        "IS",
        "suicide",
        "bombers",
        "attacked",
        "the",
        "checkpoint",
        ".",
    ]
