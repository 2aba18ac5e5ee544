"""Lemmas the pinned model gets wrong, corrected by ``relations.lemmas`` (and words its tokenizer splits)."""

from __future__ import annotations

import pytest

from relations.lemmas import COMPONENT_NAME
from relations.nlp import load_model
from relations.parse import parse_text


def test_component_runs_right_after_the_lemmatizer() -> None:
    names = load_model().pipe_names
    assert names.index(COMPONENT_NAME) == names.index("lemmatizer") + 1


@pytest.mark.parametrize(
    ("text", "word", "lemma"),
    [
        ("Russia staged drills near the border.", "staged", "stage"),
        ("Russia is staging drills near the border.", "staging", "stage"),
        ("Iran waged war on Iraq.", "waged", "wage"),
        ("Fighting raged in Aleppo.", "raged", "rage"),
        ("The court fined the company.", "fined", "fine"),
        ("Iran hopes to expand ties with Russia.", "hopes", "hope"),
        ("Iran hoped to expand ties with Russia.", "hoped", "hope"),
        ("Britain cosied up to Saudi Arabia.", "cosied", "cosy"),
        ("Somali troops retook the town.", "retook", "retake"),
        ("Israeli troops reoccupied the town.", "reoccupied", "reoccupy"),
        ("Russia forgave Syria's debt.", "forgave", "forgive"),
        # British spellings stay one word (split at the hyphen, "co-operated" left a verb "co" and a
        # military "operation"; see nlp.HYPHENATED_STEMS)
        ("Israel co-operated closely with the United States.", "co-operated", "co-operate"),
        ("Co-operation between Moscow and Tehran grew.", "Co-operation", "co-operation"),
        ("Russia and Iran co-ordinated their moves.", "co-ordinated", "coordinate"),
        # the short verbs keep their own forms, and nouns their own lemmas
        ("The rabbit hopped away.", "hopped", "hop"),
        ("The credit rating fell.", "rating", "rating"),
    ],
)
def test_word_lemmas(text: str, word: str, lemma: str) -> None:
    doc = parse_text(text).doc
    token = next(t for t in doc if t.text == word)
    assert token.lemma_ == lemma
