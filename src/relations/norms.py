"""Word norms the pinned model reads, set by a pipeline component in front of it.

The model's token vectors are built from each word's NORM (with its prefix, suffix and shape), so the
tagger, parser and NER all see a word as its norm. "IS", news shorthand for Islamic State, has the
norm "is": the parser makes it the verb ("three IS suicide bombers attacked" becomes "three is ...")
and the group is lost. Given the norm "isis", it is parsed as the group's name. In text set in
capitals ("IRAN IS READY"), "IS" is the verb and keeps its norm. "Trump" likewise reads as the verb
or the card game's word; it is given a president's name for its norm (seventeenth round).

FA-KES, three quarters of our corpus, drops the apostrophe of possessives: "Syrias government",
"retains Moscows support", "Assads forces". The model reads "Syrias" as one unknown word and hangs
it anywhere; a second component in front splits such a name into the name and an "s" whose norm is
"'s", so the parser sees the possessive the writer meant (added 2026-12-07, sixteenth round).
"""

from __future__ import annotations

from spacy.attrs import ORTH
from spacy.language import Language
from spacy.tokens import Doc

COMPONENT_NAME = "relations_word_norms"
SPLIT_COMPONENT_NAME = "relations_bare_possessives"
# Bare possessives that are as often words of their own ("Frances" a given name, "the Americas")
AMBIGUOUS_BARE = frozenset({"frances", "americas"})
# Words before a name in the plural that name a family or a people, not an owner ("the Assads")
PLURAL_DETERMINERS = frozenset({"the", "both", "two", "all"})

# Names whose norm is another word's: (the name, the norm that reads as a name). "Trump" reads as
# the verb or the card: "Trump also angered Iraqi politicians" became a command with "angered" an
# adjective, and NER called him an organisation in half the corpus's sentences. Read as another
# president's name, the corpus's 700 "Trump"s parse as a subject and are all PERSON (seventeenth
# round, measured on 600 corpus sentences: verb readings 9 -> 1, PERSON 332 -> 601).
NAME_NORMS = {"IS": "isis", "Trump": "obama"}
# Capitalised words around a name that mark text set in capitals (a headline), where it is the word
CAPITALS_WINDOW = 3
CAPITALS_AROUND = 2


@Language.component(COMPONENT_NAME)
def set_name_norms(doc: Doc) -> Doc:
    """Give the listed names their norms, outside text set in capitals."""
    if not len(doc):
        return doc
    strings = doc.vocab.strings
    wanted = {strings.add(name): norm for name, norm in NAME_NORMS.items()}
    for i, orth in enumerate(doc.to_array([ORTH]).tolist()):
        norm = wanted.get(orth)
        if norm is not None and not _in_capitals(doc, i):
            doc[i].norm_ = norm
    return doc


@Language.component(SPLIT_COMPONENT_NAME)
def split_bare_possessives(doc: Doc) -> Doc:
    """Split names typed as possessives without the apostrophe ("Syrias", "Assads") into the name
    and an "s" read as "'s"."""
    from relations.actors import dictionary_bare_possessives  # (the dictionary, read once)

    forms = dictionary_bare_possessives()
    hits = [t for t in doc if t.lower_ in forms and _bare_possessive(doc, t.i, forms[t.lower_])]
    if not hits:
        return doc
    with doc.retokenize() as retokenizer:
        for token in hits:
            text = token.text
            retokenizer.split(
                token,
                [text[:-1], text[-1]],
                heads=[(token, 1), (token, 1)],
                attrs={"NORM": [text[:-1].lower(), "'s"]},
            )
    return doc


def _bare_possessive(doc: Doc, i: int, person: bool) -> bool:
    """Whether token ``i``, a listed name with an "s", is an owner before what it owns: title case,
    not after "the" ("the Assads", a family), before a word (for a person, a lower-case one: "Obamas
    announcement", not "the Obamas. They")."""
    token = doc[i]
    if token.lower_ in AMBIGUOUS_BARE or not (token.text[:1].isupper() and token.text[1:].islower()):
        return False
    if i > 0 and doc[i - 1].lower_ in PLURAL_DETERMINERS:
        return False
    following = doc[i + 1] if i + 1 < len(doc) else None
    if following is None or not following.is_alpha:
        return False
    return following.is_lower if person else True


def _in_capitals(doc: Doc, i: int) -> bool:
    """Whether words set in capitals (three letters or more) stand near token ``i``."""
    near = (
        doc[max(0, i - CAPITALS_WINDOW) : i].text.split() + doc[i + 1 : i + 1 + CAPITALS_WINDOW].text.split()
    )
    return sum(len(w) >= 3 and w.isalpha() and w.isupper() for w in near) >= CAPITALS_AROUND


def add_to_pipeline(nlp: Language) -> None:
    """Add :func:`split_bare_possessives`, then :func:`set_name_norms`, in front of every other
    component."""
    if COMPONENT_NAME not in nlp.component_names:
        nlp.add_pipe(COMPONENT_NAME, first=True)
    if SPLIT_COMPONENT_NAME not in nlp.component_names:
        nlp.add_pipe(SPLIT_COMPONENT_NAME, first=True)
