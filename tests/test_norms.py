"""Word norms the pinned model reads, set by ``relations.norms`` in front of the pipeline."""

from __future__ import annotations

import pytest

from relations.nlp import load_model
from relations.norms import COMPONENT_NAME, SPLIT_COMPONENT_NAME
from relations.parse import parse_text


def test_components_run_before_the_model() -> None:
    assert load_model().pipe_names[:2] == [SPLIT_COMPONENT_NAME, COMPONENT_NAME]


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


@pytest.mark.parametrize(
    "text",
    [
        # "Trump" read as the verb made the sentence a command and "angered" an adjective
        "Trump also angered Iraqi politicians in December.",
        "Trump rebuffed Mattis's arguments.",
        "Trump threatened Iran with sanctions.",
    ],
)
def test_trump_is_read_as_the_subject(text: str) -> None:
    trump = parse_text(text).doc[0]
    assert trump.dep_ == "nsubj" and not trump.tag_.startswith("VB")
    assert trump.head.tag_.startswith("VB")


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


@pytest.mark.parametrize(
    ("text", "word", "owned"),
    [
        # FA-KES drops the apostrophe: the name is split off and read as the owner
        ("He retains Moscows support.", "Moscow", "support"),
        ("Syrias government rejected the plan.", "Syria", "government"),
        ("Assads forces retook the town.", "Assad", "forces"),
        ("Obamas speech was long.", "Obama", "speech"),  # a person's, before a lower-case word
        ("The decision drew protests from Syrias rebel opposition.", "Syria", "opposition"),
    ],
)
def test_bare_possessives_are_read_as_owners(text: str, word: str, owned: str) -> None:
    doc = parse_text(text).doc
    assert doc.text == text  # offsets and words unchanged
    name = next(t for t in doc if t.text == word)
    assert doc[name.i + 1].text == "s" and doc[name.i + 1].norm_ == "'s"
    assert name.dep_ == "poss" and name.head.text == owned


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The Assads fled to Moscow.", "Assads"),  # a family
        ("It was a rare sight: the Obamas. They left early.", "Obamas"),  # a family before a full stop
        ("Frances Smith reported from Paris.", "Frances"),  # a given name
        ("Trade across the Americas grew.", "Americas"),
        ("SYRIAS GOVERNMENT FALLS", "SYRIAS"),  # text set in capitals
    ],
)
def test_words_that_are_no_bare_possessive_stay_whole(text: str, word: str) -> None:
    assert word in [t.text for t in parse_text(text).doc]
