"""Word norms the pinned model reads, set by a pipeline component in front of it.

The model's token vectors are built from each word's NORM (with its prefix, suffix and shape), so the
tagger, parser and NER all see a word as its norm. "IS", news shorthand for Islamic State, has the
norm "is": the parser makes it the verb ("three IS suicide bombers attacked" becomes "three is ...")
and the group is lost. Given the norm "isis", it is parsed as the group's name. In text set in
capitals ("IRAN IS READY"), "IS" is the verb and keeps its norm.
"""

from __future__ import annotations

from spacy.attrs import ORTH
from spacy.language import Language
from spacy.tokens import Doc

COMPONENT_NAME = "relations_word_norms"

# Short names whose norm is another word's: (the name, the norm that reads as a name)
NAME_NORMS = {"IS": "isis"}
# Capitalised words around a name that mark text set in capitals (a headline), where it is the word
CAPITALS_WINDOW = 3
CAPITALS_AROUND = 2


@Language.component(COMPONENT_NAME)
def set_name_norms(doc: Doc) -> Doc:
    """Give the listed short names their norms, outside text set in capitals."""
    if not len(doc):
        return doc
    strings = doc.vocab.strings
    wanted = {strings.add(name): norm for name, norm in NAME_NORMS.items()}
    for i, orth in enumerate(doc.to_array([ORTH]).tolist()):
        norm = wanted.get(orth)
        if norm is not None and not _in_capitals(doc, i):
            doc[i].norm_ = norm
    return doc


def _in_capitals(doc: Doc, i: int) -> bool:
    """Whether words set in capitals (three letters or more) stand near token ``i``."""
    near = (
        doc[max(0, i - CAPITALS_WINDOW) : i].text.split() + doc[i + 1 : i + 1 + CAPITALS_WINDOW].text.split()
    )
    return sum(len(w) >= 3 and w.isalpha() and w.isupper() for w in near) >= CAPITALS_AROUND


def add_to_pipeline(nlp: Language) -> None:
    """Add :func:`set_name_norms` in front of every other component."""
    if COMPONENT_NAME not in nlp.component_names:
        nlp.add_pipe(COMPONENT_NAME, first=True)
