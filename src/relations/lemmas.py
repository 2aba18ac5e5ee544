"""Verb lemmas the pinned model's lemmatizer gets wrong, corrected by a pipeline component.

The rule lemmatizer of en_core_web_sm 3.8 tries "-ed" -> "" before "-ed" -> "e" and keeps the first
stem its verb index lists, so where a shorter verb exists the common one is lost: "hoped" -> "hop",
"staged" -> "stag", "waged" -> "wag", "fined" -> "fin", "raged" -> "rag" (and the same for "-ing"
and "-es"). Its exception table cannot fix this: an exception that is already among the candidates
is not moved to the front. The lexicons key on lemmas ("waged war", "fighting raged", light verbs
such as "staged a protest"), so the component runs right after the lemmatizer.
"""

from __future__ import annotations

from spacy.attrs import LOWER, POS
from spacy.language import Language
from spacy.tokens import Doc

COMPONENT_NAME = "relations_verb_lemmas"

# Verbs ending in "e" whose "-ed"/"-ing"/"-es" forms the model reduces to a shorter verb (checked
# against its verb index: "hop", "stag", "wag", "fin", "rag", "rap", "hat", "rat", "scar", "spar" ...).
E_FINAL_VERBS = frozenset(
    {"bare", "chaperone", "cope", "dine", "fine", "gape", "gripe", "hate", "hope", "lambaste", "mate",
     "mope", "pale", "pare", "pine", "pipe", "premiere", "prime", "rage", "rape", "rate", "robe", "scare",
     "scrape", "shame", "snipe", "spare", "spite", "stage", "stare", "tape", "tote", "twine", "wade",
     "wage", "wane"}
)  # fmt: skip
IRREGULAR_FORMS = {
    "cosied": "cosy",
    "cosies": "cosy",
    "cozied": "cozy",
    "cozies": "cozy",
    # prefixed irregular verbs the lemmatizer does not know ("retook a town from al-Shabaab")
    "retook": "retake",
    "retaken": "retake",
    "overran": "overrun",
    "rebuilt": "rebuild",
    "reoccupied": "reoccupy",  # the rules give "reoccupie"
    "reoccupies": "reoccupy",
    # an irregular past the lemmatizer keeps as it is ("Russia forgave Syria's debt"; fourteenth round)
    "forgave": "forgive",
    # a doubled final consonant the rules do not undo ("De Klerk unbanned the ANC")
    "unbanned": "unban",
    "unbanning": "unban",
}


def _verb_forms() -> dict[str, str]:
    forms = dict(IRREGULAR_FORMS)
    for verb in E_FINAL_VERBS:
        forms |= {verb + "d": verb, verb[:-1] + "ing": verb, verb + "s": verb}
    return forms


VERB_FORMS = _verb_forms()


@Language.component(COMPONENT_NAME)
def fix_verb_lemmas(doc: Doc) -> Doc:
    """Set the lemma of the listed verb forms when tagged VERB or AUX (a noun "rating" keeps its own)."""
    if not len(doc):
        return doc
    strings = doc.vocab.strings
    verb, aux = strings["VERB"], strings["AUX"]
    for i, (lower, pos) in enumerate(doc.to_array([LOWER, POS]).tolist()):
        if pos in (verb, aux):
            lemma = VERB_FORMS.get(strings[lower])
            if lemma is not None:
                doc[i].lemma_ = lemma
    return doc


def add_to_pipeline(nlp: Language) -> None:
    """Add :func:`fix_verb_lemmas` right after the lemmatizer (nowhere, if the model has none)."""
    if COMPONENT_NAME in nlp.component_names or "lemmatizer" not in nlp.pipe_names:
        return
    nlp.add_pipe(COMPONENT_NAME, after="lemmatizer")
