"""Stances: who cooperates with or opposes whom, how strongly, when, on what evidence.

The extractor reads the dependency parse of each sentence with a hand-written lexicon
(``data/stance_lexicon.yml``: verbs, nouns, evaluative adjectives and a few phrases, each with a
CAMEO code, a Goldstein intensity and a category). Four small steps:

1. :func:`find_triggers` finds lexicon words in a sentence (with their particle/object constraints).
2. :func:`participants` finds, for a trigger, the acting side (subject, or the ``by`` agent of a
   passive) and the side acted upon (object, prepositional object, ``between X and Y``), each a
   list of actor mentions so that compound actors give one row per actor.
3. :func:`read_modifiers` decides negation (flips cooperation into rejection), hedges (modals,
   conditionals, "almost", "threaten to") and passive voice.
4. Speech: inside a quote or reported clause the speaker takes a stance too. A speaker who reports
   another actor's hostile act accuses that actor; an evaluative word ("unreliable", "productive")
   is the speaker's stance towards the actor it describes. First-person plural in a quote is the
   speaker's country.

Actors are the mentions of ``actors.py``; a nationality word that no mention covers names its
state's side ("Israeli helicopters"), and an act with no one acted upon is about the state where it
happens ("rioted in Israel"). Two distinct actors of one country make a domestic dyad. Rows the
extractor cannot place (no actor on one side, same actor on both) are not emitted: a missing stance
is better than a guessed one. A neutral public statement ("claimed responsibility") has polarity 0.
"""

from __future__ import annotations

import functools
import logging
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

import yaml

from relations.actors import (
    GROUP_PHRASES,
    GROUP_ROLES,
    ActorResolver,
    Mention,
    fold,
    is_unknown,
    nation_words,
)
from relations.config import PACKAGE_DATA_DIR
from relations.dates import TimeExpression, governing_date
from relations.document import ParsedArticle
from relations.parse import span_ents, token_words, tokens_with
from relations.quotes import QUOTED_AS_VERBS, Quote

if TYPE_CHECKING:  # spaCy is imported by the model loader; here it only names types
    from spacy.tokens import Doc, Span, Token

logger = logging.getLogger(__name__)

LEXICON_PATH = PACKAGE_DATA_DIR / "stance_lexicon.yml"


class Stance(NamedTuple):
    stance_id: str  # f"{article_id}:s{n}"
    sentence_id: int
    start: int  # clause that carries the stance
    end: int
    source_id: str
    target_id: str
    source_country: str | None
    target_country: str | None
    polarity: int  # +1 cooperative, -1 conflictual, 0 neutral
    intensity: float  # Goldstein scale, -10 .. +10
    category: str  # PLOVER event type or statement layer (praise, criticism, ...)
    hedged: bool
    date: str | None
    date_source: str | None  # "expression" (a governing time expression) or "published"
    quote_id: str | None
    evidence: str  # the sentence


# ---------------------------------------------------------------------------------------------
# Lexicon
# ---------------------------------------------------------------------------------------------

PLOVER_CATEGORIES = frozenset(
    {"agree", "consult", "support", "cooperate", "aid", "concede", "retreat", "investigate", "demand",
     "disapprove", "reject", "threaten", "protest", "sanction", "mobilize", "coerce", "assault", "fight"}
)  # fmt: skip
# "statement": a neutral public statement (CAMEO 01, Goldstein 0, e.g. claiming responsibility)
STATEMENT_CATEGORIES = frozenset(
    {"praise", "criticism", "support", "opposition", "distrust", "warning", "appeal", "statement"}
)
CATEGORIES = PLOVER_CATEGORIES | STATEMENT_CATEGORIES


class LexiconEntry(NamedTuple):
    lemma: str
    pos: str  # verb | noun | adj | phrase
    code: str  # CAMEO code
    goldstein: float
    category: str
    particle: str | None = None
    objects: frozenset[str] = frozenset()
    role: bool = False  # relational noun: the possessor is the target ("Iran's ally")
    reciprocal: bool = False  # a compound subject acts on each other ("Russia and Iran cooperate")
    recipient: bool = False  # the subject receives: the "from" phrase acts ("received arms from Russia")
    destination: bool = False  # a journey: the state travelled to is the target ("arrived in Moscow")
    undergoer: bool = False  # the subject suffers the act; its "in" cause acts ("died in Russian strikes")
    crowd: bool = False  # only a crowd with no object does it ("thousands marched", not "marched troops")
    armed: bool = False  # only armed forces or a state do it ("troops crossed into Vietnam", not tourists)
    bids: bool = False  # only when it bids a named side to act ("told Iran to leave", not "told reporters")
    placed: bool = False  # the state it is done in is whom it is for ("build a power plant in Pakistan")
    experiencer: bool = False  # the object feels it about the subject ("the US plan angered Turkey")
    felt: bool = False  # an adjective of the subject's feeling about a side it names ("angry at the US")

    @property
    def polarity(self) -> int:
        return 1 if self.goldstein > 0 else -1 if self.goldstein < 0 else 0


class Lexicon(NamedTuple):
    verbs: dict[str, list[LexiconEntry]]
    nouns: dict[str, list[LexiconEntry]]
    adjectives: dict[str, list[LexiconEntry]]
    phrases: dict[tuple[str, ...], LexiconEntry]
    phrase_words: frozenset[str] = frozenset()  # every word of a phrase: most tokens are in none

    def entries(self) -> Iterable[LexiconEntry]:
        for table in (self.verbs, self.nouns, self.adjectives):
            for entries in table.values():
                yield from entries
        yield from self.phrases.values()


def _entry(lemma: str, pos: str, raw: object) -> LexiconEntry:
    if isinstance(raw, list) and len(raw) == 3 and not isinstance(raw[0], dict):
        raw = {"code": raw[0], "goldstein": raw[1], "category": raw[2]}
    if not isinstance(raw, dict):
        raise ValueError(f"stance lexicon: bad entry for {lemma!r}: {raw!r}")
    particle = raw.get("particle")
    if particle is not None and not isinstance(particle, str):
        # YAML reads a bare on/off/yes/no as a boolean: the particle must be quoted
        raise ValueError(f"stance lexicon: particle of {lemma!r} must be a quoted word, got {particle!r}")
    entry = LexiconEntry(
        lemma=lemma,
        pos=pos,
        code=str(raw["code"]),
        goldstein=float(raw["goldstein"]),
        category=str(raw["category"]),
        particle=raw.get("particle"),
        objects=frozenset(raw.get("objects", ())),
        role=bool(raw.get("role", False)),
        reciprocal=bool(raw.get("reciprocal", False)),
        recipient=bool(raw.get("recipient", False)),
        destination=bool(raw.get("destination", False)),
        undergoer=bool(raw.get("undergoer", False)),
        crowd=bool(raw.get("crowd", False)),
        armed=bool(raw.get("armed", False)),
        bids=bool(raw.get("bids", False)),
        placed=bool(raw.get("placed", False)),
        experiencer=bool(raw.get("experiencer", False)),
        felt=bool(raw.get("felt", False)),
    )
    if entry.category not in CATEGORIES:
        raise ValueError(f"stance lexicon: unknown category {entry.category!r} for {lemma!r}")
    if not -10.0 <= entry.goldstein <= 10.0:
        raise ValueError(f"stance lexicon: intensity out of range for {lemma!r}")
    return entry


def _table(section: dict[str, object] | None, pos: str) -> dict[str, list[LexiconEntry]]:
    table: dict[str, list[LexiconEntry]] = {}
    for lemma, raw in (section or {}).items():
        items = raw if isinstance(raw, list) and raw and isinstance(raw[0], dict) else [raw]
        entries = [_entry(str(lemma), pos, item) for item in items]
        # constrained entries (objects, particle) are tried before the plain one
        table[str(lemma).lower()] = sorted(entries, key=lambda e: (not e.objects, e.particle is None))
    return table


class _UniqueKeyLoader(yaml.SafeLoader):
    """YAML keeps the last of two equal keys without a word; in a lexicon that silently drops an
    entry, so a repeated lemma is an error naming the line."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[object, object]:
        seen: set[object] = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)
            if key in seen:
                raise ValueError(f"duplicate lexicon key {key!r} at line {key_node.start_mark.line + 1}")
            seen.add(key)
        return super().construct_mapping(node, deep=deep)


@functools.lru_cache(maxsize=4)
def load_lexicon(path: Path = LEXICON_PATH) -> Lexicon:
    """The stance lexicon (package data), validated: known categories, intensities in range."""
    with open(path, encoding="utf-8") as handle:
        data = yaml.load(handle, Loader=_UniqueKeyLoader)  # noqa: S506 - a SafeLoader subclass
    phrases = {
        tuple(str(phrase).lower().split()): _entry(str(phrase), "phrase", raw)
        for phrase, raw in (data.get("phrases") or {}).items()
    }
    for entry in phrases.values():
        if entry.particle or entry.objects or entry.crowd or entry.armed or entry.bids:
            # a phrase trigger is found by its words alone (_phrase_trigger): these keys would be ignored
            raise ValueError(
                f"stance lexicon: phrase {entry.lemma!r} cannot take particle, objects, crowd, armed or bids"
            )
    return Lexicon(
        verbs=_table(data.get("verbs"), "verb"),
        nouns=_table(data.get("nouns"), "noun"),
        adjectives=_table(data.get("adjectives"), "adj"),
        phrases=phrases,
        phrase_words=frozenset(word for words in phrases for word in words),
    )


# ---------------------------------------------------------------------------------------------
# Step 1: triggers
# ---------------------------------------------------------------------------------------------


class Trigger(NamedTuple):
    token: Token
    entry: LexiconEntry


OBJECT_DEPS = frozenset({"dobj", "dative", "attr", "oprd", "nsubjpass", "pobj", "obj", "appos"})


def _lemma(token: Token) -> str:
    return token.lemma_.lower()


def _object_lemmas(token: Token) -> set[str]:
    """Lemmas in the trigger's object phrases (for entries such as ``impose`` + sanctions)."""
    lemmas: set[str] = set()
    for child in token.children:
        if (
            child.dep_ == "dobj"
            and _named_person(child)
            and not any(c.lower_ == "as" for c in token.children)
            and not any(
                c.dep_ in {"oprd", "ccomp", "xcomp"} and c.pos_ in {"NOUN", "PROPN", "ADJ"}
                for c in token.children
            )
        ):
            # ("saw Barzani as an antiquated tribalist" is a view of him, not a meeting; "called Putin a
            # killer" a name for him, not a call)
            lemmas.add(PERSON_OBJECT)  # "received Mbeki": a named person, whatever the name
        if (
            # (or the passive subject: "Afrin was surrounded by the advancing Turks", twelfth round)
            child.dep_ in {"dobj", "nsubjpass"}
            and child.pos_ == "PROPN"
            and child.ent_type_ in {"GPE", "LOC", "FAC"}
            and not any(c.dep_ == "prep" and c.lower_ == "with" for c in token.children)
        ):
            # "Russian jets hit Idlib", "battered Aleppo": a named place (not "hit Iran with sanctions"),
            # added 2026-12-07
            lemmas.add(PLACE_OBJECT)
        if child.lower_ in SOURCING_PREPS:
            continue  # "struck Idlib ... according to Anadolu": no "accord" struck (added 2026-12-07)
        if child.dep_ == "dobj":
            # "regarded the growing power of the YPG as a threat": the "as" phrase the parser hung on
            # the object is the verb's (added 2026-12-07)
            lemmas.update(
                _lemma(t)
                for c in child.children
                if c.dep_ == "prep" and c.lower_ == "as"
                for t in _phrase_core(c)
            )
        if child.dep_ in OBJECT_DEPS or child.dep_ in {"prep", "prt", "xcomp", "agent"}:
            core = _phrase_core(child)
            lemmas.update(_lemma(t) for t in core)
            lemmas.update(h for t in core if (h := _hyphen_form(t)) is not None)  # "called off a sit-in"
        elif child.dep_ == "ccomp" and child.pos_ in {"NOUN", "ADJ"}:
            # "considers the YPG a terrorist group", parsed as a verbless clause: its predicate noun
            # (or adjective: "by holding Russia responsible for ...", added 2026-12-07)
            lemmas.update(_lemma(t) for t in _phrase_core(child) if t.dep_ not in {"nsubj", "nsubjpass"})
    if not any(c.dep_ == "dobj" for c in token.children):
        # "weapons to use against the United States", "the missiles Iran uses", "is building missiles to
        # use against Israel": the described noun, or the object the purpose is of, is the verb's object
        # (added 2026-12-07, thirteenth round)
        if token.dep_ in {"acl", "relcl"} and token.head.pos_ == "NOUN":
            lemmas.add(_lemma(token.head))
        elif token.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children):
            lemmas.update(_lemma(c) for c in token.head.children if c.dep_ == "dobj")
    return lemmas


# Prepositions that name a report's source, never the act's object
SOURCING_PREPS = frozenset({"according"})


# The lexicon's object words for a named person ("objects: [minister, <person>]") and a named place
# ("objects: [town, <place>]"), added 2026-12-07
PERSON_OBJECT = "<person>"
PLACE_OBJECT = "<place>"


def _named_person(noun: Token) -> bool:
    """A person's name, as NER tags it or as a proper noun it mistypes ("received Mbeki" tags Mbeki
    a PRODUCT), or any name after an office title ("see South African President Thabo Mbeki", where
    NER calls him a place); not a state, organisation, place or date."""
    return (
        noun.ent_type_ == "PERSON"
        or (noun.pos_ == "PROPN" and noun.ent_type_ in {"", "PRODUCT", "WORK_OF_ART"})
        or (
            noun.pos_ == "PROPN"
            and any(c.dep_ == "compound" and c.lower_ in OFFICE_WORDS for c in noun.children)
        )
    )


# Titles before a person's name ("President Thabo Mbeki", "Foreign Minister Lavrov")
OFFICE_WORDS = frozenset(
    {"president", "minister", "premier", "king", "emir", "chancellor", "secretary", "envoy"}
)


def _phrase_core(head: Token) -> list[Token]:
    """A phrase without the clauses and the place, time or cause phrases hung on it: "sent a letter
    of condolence ... following the death of rescue workers in airstrikes by regime forces" is a
    letter sent, not forces."""
    core = [head]
    for child in head.children:
        if child.dep_ in CLAUSE_DEPS - {"conj", "cc", "xcomp"} or child.dep_ in {"acl", "relcl", "advcl"}:
            continue
        if child.dep_ == "prep" and child.lower_ not in {"of", "on", "against", "to", "for", "with", "into"}:
            continue
        core.extend(_phrase_core(child))
    return core


def _matches(token: Token, entry: LexiconEntry) -> bool:
    if entry.particle is not None:
        # "called on Sunday for sanctions": a preposition of time is not the verb's particle
        words = {
            c.lower_
            for c in token.children
            if c.dep_ in {"prt", "prep", "advmod"}
            and not any(g.dep_ == "pobj" and g.ent_type_ in {"DATE", "TIME"} for g in c.children)
        } | {m.lower_ for m in _for_clause_marks(token)}
        if entry.particle not in words:
            return False
    if entry.particle == "in" and entry.goldstein > 0 and not _in_an_act(token):
        return False  # "left to join Islamic State in Syria": the place joined in, not an act
    if entry.crowd and not _crowd_act(token):
        return False
    if entry.armed and not _armed_act(token):
        return False
    if entry.bids and not _bids_a_side(token):
        return False
    if entry.objects and entry.objects <= TRUCE_NOUNS and _ends_a_truce(token):
        return False
    if entry.objects and entry.objects <= VIEWED_ALLIES and _ally_of_another(token):
        return False
    return not entry.objects or bool(entry.objects & _object_lemmas(token))


# What befalls a truce that is no truce declared ("declared the end of the cease-fire")
TRUCE_ENDINGS = frozenset({"end", "collapse", "breakdown", "termination", "expiry", "expiration", "failure"})


# What a viewer may take a side for ("regards Russia as an ally")
VIEWED_ALLIES = frozenset({"ally", "partner", "friend"})


def _ally_of_another(token: Token) -> bool:
    """The ally the verb calls its object is someone else's ("sees the YPG as an ally of the PKK",
    "considers it Iran's partner"): a description, not the viewer's side (added 2026-12-08,
    twenty-second round)."""
    return any(
        t.pos_ == "NOUN"
        and _lemma(t) in VIEWED_ALLIES
        and any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in {"of", "to"}) for c in t.children)
        for c in token.children
        if c.dep_ in {"dobj", "oprd", "xcomp", "ccomp", "prep"}
        for t in c.subtree
    )


def _ends_a_truce(token: Token) -> bool:
    """The verb's object is a truce's end ("declared the end of the week-long cease-fire"; added
    2026-12-08, twenty-second round)."""
    return any(c.dep_ == "dobj" and _lemma(c) in TRUCE_ENDINGS for c in token.children)


def _in_an_act(token: Token) -> bool:
    """The verb's "in" names an act ("joined the US in bombing Syria", "in military action"; "caved
    in"), not a place or a time ("join the YPG in Syria", "in 2015")."""
    for child in token.children:
        if child.lower_ != "in":
            continue
        if child.dep_ == "prt" or any(g.dep_ == "pcomp" for g in child.children):
            return True
        if any(g.dep_ == "pobj" and g.ent_type_ not in PLACE_OR_TIME_ENTITIES for g in child.children):
            return True
    return False


DATE_ENTITIES = frozenset({"DATE", "TIME"})
PLACE_OR_TIME_ENTITIES = frozenset({"GPE", "LOC", "FAC"}) | DATE_ENTITIES


def _aimed_by(participant: Participant, nouns: list[Token]) -> bool:
    """The participant is whom one of the hostile ``nouns`` is aimed at ("an attack on Douma")."""
    at = participant.token.i
    return any(
        _hostile_noun(noun)
        and any(
            c.dep_ == "prep" and c.lower_ in AIMED_PREPS and c.left_edge.i <= at <= c.right_edge.i
            for c in noun.children
        )
        for noun in nouns
    )


def _bids_a_side(verb: Token) -> bool:
    """A named side bidden to act: "told Iran to leave", "wants Russia to stop the bombing" (which the
    parser reads as a clause whose subject is "Russia"); not "told reporters", "wants peace"."""
    infinitive = any(c.dep_ == "xcomp" and _infinitive_clause(c) for c in verb.children)
    if _lemma(verb) in CONVINCING_VERBS:
        # "persuaded the UAE of the logic", "convinced Russia that ...": what one is brought to
        # believe is bidden too (added 2026-12-07, seventeenth round)
        infinitive = infinitive or any(
            (c.dep_ == "prep" and c.lower_ == "of") or c.dep_ == "ccomp" for c in verb.children
        )
    return any(
        (c.dep_ in {"dobj", "dative"} and infinitive and _named_side(c))
        or (
            c.dep_ == "ccomp"
            and _infinitive_clause(c)
            and any(s.dep_ == "nsubj" and _named_side(s) for s in c.children)
        )
        for c in verb.children
    )


CONVINCING_VERBS = frozenset({"persuade", "convince"})


def _named_side(noun: Token) -> bool:
    """A name, or a noun a name or a nationality qualifies ("Iran", "the Syrian government"), or
    names listed as its examples ("countries such as the UAE", "allies including Britain"; added
    2026-12-07, fifteenth round)."""
    return noun.pos_ == "PROPN" or any(
        (m.dep_ in {"compound", "amod", "poss"} and (m.pos_ == "PROPN" or m.ent_type_ in {"NORP", "GPE"}))
        or (
            m.dep_ == "prep"
            and m.lower_ in {"as", "including"}
            and any(g.pos_ == "PROPN" for g in _prep_objects(m))
        )
        for m in noun.children
    )


def _armed_act(verb: Token) -> bool:
    """Armed forces, rebels or a state by name doing it: "Chinese forces crossed into Vietnam", "Iraq
    crossed into Kuwait"; tourists and refugees crossing a border do not invade."""
    clause = verb
    # "Turkey aims to drive the YPG out of Afrin": the subject of the verb the infinitive completes
    # (not an object's: "persuaded Russia to ..."; added 2026-12-07, twentieth round)
    for _ in range(3):
        if (
            clause.dep_ == "acl"
            and clause.head.pos_ == "NOUN"
            and clause.head.dep_ == "dobj"
            and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in clause.children)
        ):
            clause = clause.head.head  # "Turkey still has ambitions to drive Kurdish forces ..."
            continue
        if (
            clause.dep_ == "acl"
            and clause.head.pos_ == "NOUN"
            and clause.head.dep_ == "pobj"
            and clause.head.head.head.pos_ in {"VERB", "AUX"}
            and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in clause.children)
        ):
            # "Ankara can press ahead with its attempts to drive the Syrian Kurds out" (added
            # 2026-12-07, twenty-first round)
            clause = clause.head.head.head
            continue
        if (
            clause.dep_ != "xcomp"
            or any(c.dep_ == "dobj" for c in clause.head.children)
            or any(c.dep_ in {"nsubj", "nsubjpass"} for c in clause.children)
        ):
            break
        clause = clause.head
    subjects = [c for c in _subject_clause(clause).children if c.dep_ == "nsubj"]
    return any(
        _state_role(s) == "military"
        or _lemma(s) in ARMED_WORDS
        or ((role := GROUP_ROLES.get(s.lower_)) is not None and role.role == "rebels")
        or (s.pos_ == "PROPN" and s.ent_type_ == "GPE")
        for s in subjects
    )


# Heads of armed sides the role tables do not hold ("Chinese forces" is military by GROUP_ROLES)
ARMED_WORDS = frozenset(
    {"force", "fighter", "unit", "column", "convoy", "battalion", "brigade", "division", "tank", "warship"}
)


def _people_subject(verb: Token) -> bool:
    """A people or a non-state side (workers, students, protesters) is the verb's subject, not a state
    or its forces ("miners ended their strike"; not "Russia ended its strikes on Syria")."""
    return any(c.dep_ == "nsubj" and _civil_side(c) for c in _subject_clause(verb).children)


def _civil_side(noun: Token) -> bool:
    """A people noun, or a role noun of a side that is neither the state nor armed ("students")."""
    role = GROUP_ROLES.get(noun.lower_)
    return (
        _people_noun(noun)
        or (role is not None and not role.state and role.role != "rebels")
        or _protesting_people(noun)
    )


def _protesting_people(noun: Token) -> bool:
    """Whoever stages a protest is a people, whatever plural noun names them ("Algerian intellectuals
    staged a sit-in"); not a role the table knows (officials, troops) or an office ("leaders")."""
    return (
        noun.dep_ == "nsubj"
        # (a people's plural name too, for a verb that only protests: "ethnic Albanians demonstrated
        # in Serbia", not "watch the Americans march away"; sixteenth round)
        and (
            (noun.pos_ == "NOUN" and noun.tag_ == "NNS")
            or (noun.tag_ == "NNPS" and _lemma(noun.head) in {"demonstrate", "protest"})
        )
        and GROUP_ROLES.get(noun.lower_) is None
        and _lemma(noun) not in OFFICE_NOUNS
        and _protest_words(noun.head)
    )


def _protest_words(verb: Token) -> bool:
    """The verb, or the noun it carries, is a protest word of the lexicon ("protested", "staged a
    sit-in"); read from the lexicon alone, since finding triggers asks who the subject is."""
    lexicon = load_lexicon()
    entries = list(lexicon.verbs.get(_lemma(verb), []))
    for noun in (c for c in verb.children if c.dep_ == "dobj"):
        entries += [*lexicon.nouns.get(_lemma(noun), []), *lexicon.nouns.get(_hyphen_form(noun) or "", [])]
        # "staged a hunger strike": a two-word entry
        entries += [
            entry
            for c in noun.children
            if c.dep_ in {"compound", "amod"} and (entry := lexicon.phrases.get((_lemma(c), _lemma(noun))))
        ]
    return any(e.category == "protest" and e.particle is None for e in entries)


def _crowd_act(verb: Token) -> bool:
    """A crowd doing it, with no object: "thousands marched in Nairobi", "activists rallied outside
    parliament" are protests; "troops marched into Crimea", "rallied supporters" are not."""
    if any(c.dep_ in {"dobj", "nsubjpass"} for c in verb.children):
        return False
    return _people_subject(verb)


def _hyphen_form(token: Token) -> str | None:
    """ "sit-in", "walk-out": the hyphenated noun the tokenizer split, whose head is its last word."""
    doc = token.doc
    i = token.i
    if i < 2 or doc[i - 1].text != "-" or doc[i - 1].whitespace_ or doc[i - 2].whitespace_:
        return None
    return f"{doc[i - 2].lower_}-{_lemma(token)}"


def _for_clause_marks(token: Token) -> list[Token]:
    """ "pushing hard for the US [to] support its plan": "for" marks a clause, not a preposition."""
    return [
        m
        for c in token.children
        if c.dep_ in {"advcl", "ccomp", "xcomp"}
        for m in c.children
        if m.dep_ == "mark" and m.lower_ == "for"
    ]


# "a general strike" and "went on strike" are labour protests; the verb "struck" never is
LABOUR_STRIKE = ("labour", "strike")


def _labour_strike(token: Token, lexicon: Lexicon) -> LexiconEntry | None:
    """ "workers went on strike", "doctors are on strike": the noun after "on" is a labour strike."""
    if _lemma(token) != "strike" or token.pos_ != "NOUN" or token.dep_ != "pobj" or token.head.lower_ != "on":
        return None
    if token.tag_ == "NNS" or any(
        c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ not in {"a", "an"}) for c in token.children
    ):
        return None  # "commented on Israel's strikes on Syria", "on the strikes": air strikes (2026-12-07)
    return lexicon.phrases.get(LABOUR_STRIKE)


def _phrase_trigger(token: Token, lexicon: Lexicon) -> LexiconEntry | None:
    lemma = _lemma(token)
    if lemma not in lexicon.phrase_words:
        return None
    if lemma == LABOUR_STRIKE[1] and token.pos_ != "NOUN":
        return None  # "the general struck a deal": the labour strikes are nouns
    nearby = {_lemma(c) for c in token.children} | {_lemma(g) for c in token.children for g in c.children}
    best: tuple[tuple[str, ...], LexiconEntry] | None = None
    for words, entry in lexicon.phrases.items():
        if lemma in words and set(words) - {lemma} <= nearby:
            if (
                token.pos_ == "VERB"
                and words[-1] in RELATION_NOUNS
                and any(c.dep_ in {"nsubjpass", "auxpass"} for c in token.children)
            ):
                continue  # "relations were strained by differences over Syria": the cause is no side
            if best is None or len(words) > len(best[0]):
                best = (words, entry)  # "joint military operation" over "military operation"
    return best[1] if best is not None else None


EXERCISE_NOUNS = frozenset({"exercise", "drill", "maneuver", "manoeuvre", "game", "wargame"})


def _lone_exercise(noun: Token) -> bool:
    """Military exercises no partner shares: no "joint", no "with" phrase, one subject ("Russia and
    China held naval drills" are shared)."""
    if _lemma(noun) not in EXERCISE_NOUNS or noun.pos_ != "NOUN":
        return False
    verb = noun.head if noun.dep_ in {"dobj", "nsubjpass"} else None
    if any(
        c.lower_ in {"joint", "combined", "bilateral", "trilateral", "multinational"} for c in noun.children
    ):
        return False
    holders = [noun] if verb is None else [noun, verb]
    if any(
        c.dep_ == "prep" and c.lower_ in {"with", "between", "alongside"} for h in holders for c in h.children
    ):
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj"] if verb is not None else []
    return verb is not None and len(subjects) == 1 and not any(c.dep_ == "conj" for c in subjects[0].children)


# the nouns of "good relations", "strained ties": only the noun carries the phrase
RELATION_NOUNS = frozenset({"relation", "tie", "relationship"})


def _relation_phrase(entry: LexiconEntry) -> bool:
    """A phrase about the state of relations ("good relation", "relation sour")."""
    return entry.pos == "phrase" and not RELATION_NOUNS.isdisjoint(entry.lemma.split())


# Verbs of commitment: with an infinitive, what is promised decides the stance ("vowed to help Iran"
# is the help, announced), not the promise.
COMMITMENTS = frozenset({"vow", "pledge", "promise", "swear"})


def _states_a_fact(verb: Token) -> bool:
    # (the entries that can apply: "vowed revenge" is a threat, "vowed that ..." states)
    entries = [
        e
        for e in load_lexicon().verbs.get(_lemma(verb), [])
        if not e.objects or e.objects & _object_lemmas(verb)
    ]
    if not entries or not all(e.category in {"concede", "agree", "retreat"} for e in entries):
        return False
    children = {c.dep_ for c in verb.children}
    if any(_infinitive_clause(c) for c in verb.children if c.dep_ == "ccomp"):
        return False  # "allowed Ouattara to run", parsed as a clause: whom the act is done to
    if any(c.dep_ == "nsubj" and any(g.dep_ == "conj" for g in c.children) for c in verb.children):
        return False  # "The Philippines and France agree that ...": agreeing with each other
    return "ccomp" in children and not children & {"dobj", "xcomp", "prep"}


# "insist" demands only what should be done ("insisted that Assad must go", "insists Iran leave");
# "Iran insists it does not know his whereabouts" asserts a fact
INSISTING = frozenset({"insist"})
OBLIGING_MODALS = frozenset({"must", "should", "shall", "ought", "need"})


def _insists_on_a_fact(verb: Token) -> bool:
    if _lemma(verb) not in INSISTING or any(c.dep_ == "prep" for c in verb.children):
        return False
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    if not clauses:
        return False
    return not any(
        _subjunctive(clause)
        or any(c.dep_ == "aux" and c.lower_ in OBLIGING_MODALS for c in clause.children)
        or any(c.dep_ == "xcomp" and _lemma(clause) in {"have", "need"} for c in clause.children)
        for clause in clauses
    )


def _subjunctive(clause: Token) -> bool:
    """ "insisted that Iran leave": a bare verb after a singular subject (the tagger calls it VB or VBP)."""
    if any(c.dep_ in {"aux", "auxpass"} for c in clause.children):
        return False  # "insists it cannot house them": a modal makes an ordinary verb
    # (a negation with no auxiliary is still bare: "insisted that Turkey not attack the Kurds"; added
    # 2026-12-08, twenty-second round)
    if clause.tag_ == "VB":
        return True
    subjects = [c for c in clause.children if c.dep_ == "nsubj"]
    return clause.tag_ == "VBP" and any(s.tag_ in {"NN", "NNP"} for s in subjects)


# Verbs that call off the act their object names ("cancel the strikes", "halted its offensive").
UNDOING_VERBS = frozenset(
    {"cancel", "halt", "stop", "end", "cease", "suspend", "abandon", "scrap", "postpone", "drop", "shelve"}
)
# Verbs that end a quarrel by agreeing (their own lexicon entries carry the agreement): "settled a
# dispute with Turkey" is no dispute (added 2026-12-07, thirteenth round)
RESOLVING_VERBS = frozenset({"settle", "resolve"})
# What an undoing verb ends that is itself a side's de-escalation ("ended hostilities with Damascus";
# added 2026-12-07, fourteenth round)
DE_ESCALATIONS = frozenset({"hostility", "hostilities", "fighting"})
# Verbs that take territory from a state: their object place names that state
TERRITORIAL_VERBS = frozenset({"annex", "occupy", "invade", "reoccupy"})
STRUCK_MANNERS = frozenset({"tone", "balance", "chord", "note", "pose", "figure", "nerve", "match"})
# Verbs that break an agreement named as their object
BREACHING_VERBS = frozenset({"violate", "breach", "break", "flout", "undermine", "abrogate", "renege"})
# Verbs that keep their object's act from happening: the act is not done, the verb may still be an
# act of its own ("police prevented the demonstration")
PREVENTING_VERBS = frozenset({"prevent", "avert", "avoid", "forestall"})
RETICENT_VERBS = frozenset(
    {"comment", "name", "identify", "elaborate", "confirm", "speak", "discuss", "disclose", "reveal", "say",
     "answer", "respond", "specify", "detail"}
)  # fmt: skip


def _undone(token: Token, lexicon: Lexicon) -> bool:
    """A trigger that does not stand for its act: a hostile event noun called off or the verb
    calling it off, harm prevented, a source's reticence ("declined to comment"), or harm added
    to ("contributed to Syria's misery")."""

    def hostile(noun: Token) -> bool:
        return _hostile_in(noun, lexicon)

    if (
        token.pos_ == "NOUN"
        and token.dep_ == "dobj"
        and _lemma(token.head) in UNDOING_VERBS | PREVENTING_VERBS | RESOLVING_VERBS
    ):
        return hostile(token)
    if token.pos_ == "VERB" and _lemma(token) in UNDOING_VERBS:
        if _people_subject(token) and any(
            e.objects & _object_lemmas(token) for e in lexicon.verbs.get(_lemma(token), [])
        ):
            return False  # "miners ended their strike": a people's ending is the act its own entry names
        if _object_lemmas(token) & DE_ESCALATIONS:
            return False  # "ended hostilities with Damascus": de-escalation, the verb's own entry (CAMEO 087)
        return any(c.dep_ == "dobj" and hostile(c) for c in token.children)
    if token.pos_ == "NOUN" and token.dep_ == "dobj" and _lemma(token.head) in BREACHING_VERBS:
        # "accused Moscow of violating a 2013 US-Russia agreement": the breach speaks, not the deal
        return any(e.goldstein > 0 for e in lexicon.nouns.get(_lemma(token), []))
    if token.pos_ == "VERB" and _lemma(token) in PREVENTING_VERBS:
        # "prevent any damage to the Syrian people", "prevent Assad's defeat": keeping harm from
        # happening coerces no one ("prevented the demonstration", "Iran's influence" still do)
        return any(c.dep_ == "dobj" and _lemma(c) in HARM_NOUNS for c in token.children)
    if (
        token.pos_ == "VERB"
        and _lemma(token) == "strike"
        and any(c.dep_ == "dobj" and _lemma(c) in STRUCK_MANNERS for c in token.children)
    ):
        return True  # "struck a conciliatory tone", "strike a balance": a manner of speaking, no strike
    if token.pos_ == "VERB" and _lemma(token) in {"refuse", "decline"}:
        # "declined to comment", "refused to be named": a source's reticence, no rejection of anyone
        return any(c.dep_ == "xcomp" and _lemma(c) in RETICENT_VERBS for c in token.children)
    if token.pos_ == "VERB" and _lemma(token) == "contribute":
        # "contributed to Syria's misery": adding to harm is no aid
        return any(
            _lemma(g) in HARM_NOUNS
            for c in token.children
            if c.dep_ == "prep" and c.lower_ == "to"
            for g in _prep_objects(c)
        )
    return False


HARM_NOUNS = frozenset(
    {"damage", "harm", "bloodshed", "casualty", "death", "violence", "escalation", "war", "clash",
     "conflict", "catastrophe", "disaster", "suffering", "loss", "defeat", "collapse", "crisis", "famine",
     "misery", "chaos", "instability", "destruction", "tension", "turmoil"}
)  # fmt: skip


TOPIC_PREPS = frozenset({"about", "on", "over", "regarding", "concerning"})
# (added 2026-12-06, eighth round: "wrote to Clinton about a visit to Ukraine")
TOPIC_VERBS = frozenset({"discuss", "debate", "review", "examine", "consider", "write"})
# "exchanged views on Syria with Erdogan": an exchange of words is about its topic, as a discussion
EXCHANGED_WORDS = frozenset({"view", "opinion", "idea", "greeting", "message", "letter", "note"})


def _topic(token: Token, verb: Token) -> bool:
    """``token`` is what a meeting is about ("discussed his concerns about Syria"), not a side of it."""
    while token.head.i != token.i and token.i != verb.i:
        if token.dep_ == "pobj" and token.head.lower_ in TOPIC_PREPS:
            return True
        token = token.head
    return False


# Agreements to stop fighting, which hold somewhere
TRUCE_NOUNS = frozenset({"truce", "ceasefire", "cease-fire", "armistice", "de-escalation"})


# What one may call for that is itself cooperation: asking for it is an appeal, not a demand.
COOPERATIVE_ASKS = frozenset(
    {"dialogue", "talk", "talks", "negotiation", "cooperation", "peace", "ceasefire", "cease-fire", "truce",
     "calm", "restraint", "reconciliation", "de-escalation", "aid", "help", "assistance", "solution",
     "settlement", "compromise", "diplomacy", "engagement",
     # (added 2026-12-07, nineteenth round: "Putin called for a congress of Syrian regime and
     # opposition figures")
     "congress", "conference", "summit", "meeting"}
)  # fmt: skip


def _asks_for_cooperation(verb: Token, lexicon: Lexicon) -> bool:
    """ "called for more dialogue with Russia", "urged restraint": a demand for cooperation."""
    asked = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "for" for g in _prep_objects(c)]
    if any(t.pos_ == "VERB" and _hostile_verb(t) for t in verb.subtree if t.i != verb.i):
        return False  # "called for help to fight ISIL": cooperation asked for a fight
    return bool(asked) and all(
        _lemma(g) in COOPERATIVE_ASKS or any(e.goldstein > 0 for e in lexicon.nouns.get(_lemma(g), []))
        for g in asked
    )


def _demands_staying(verb: Token) -> bool:
    """A demand that someone stay where they are ("insisted that Assad should remain in office") backs
    them; a demand that they go is against them."""
    return any(c.dep_ == "ccomp" and _lemma(c) in {"remain", "stay"} for c in verb.children)


# "called on Mnangagwa to resign", "urged the prime minister to step down": an appeal that someone
# leave office is a demand for a change of leadership (CAMEO 1041)
LEAVING_OFFICE = frozenset({"resign", "quit", "abdicate"})
LEAVING_PARTICLES = frozenset({"down", "aside"})  # "step down", "stand aside"


def _asks_to_leave_office(verb: Token) -> bool:
    return any(c.dep_ in {"xcomp", "ccomp"} and _leaves_office(c) for c in verb.children)


def _wished_on_another(verb: Token) -> bool:
    """A clause with its own subject under another verb ("wants Assad to step down", "demanded that
    Mubarak resign", "said he would step down"): someone's wish or word, not the act."""
    if verb.dep_ == "dep":
        return True  # a verb the parser could not attach: whose act it is, we cannot tell
    if _demanded(verb) or (verb.dep_ == "dobj" and _lemma(verb.head) in DEMAND_VERBS):
        return True  # (also "demand Assad step down", parsed with a noun "step")
    if verb.dep_ == "xcomp" and any(c.dep_ in {"dobj", "dative"} for c in verb.head.children):
        return True  # "persuading Assad to step down": the object is asked to
    return verb.dep_ in {"ccomp", "xcomp", "advcl"} and any(
        c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children
    )


def _leaves_office(verb: Token) -> bool:
    """ "resigned", "step down", "stand aside"."""
    return _lemma(verb) in LEAVING_OFFICE or (
        _lemma(verb) in {"step", "stand"} and any(c.lower_ in LEAVING_PARTICLES for c in verb.children)
    )


DENIALS = frozenset({"deny", "reject", "dismiss", "refute", "rebuff", "dispute"})
# Admitting what one would rather not ("Moscow has acknowledged that its nationals were killed by a
# US-led strike") concedes a fact, it accuses no one (added 2026-12-07, twentieth round)
ADMISSIONS = frozenset({"acknowledge", "admit", "concede"})


def _in_content(token: Token, verb: Token) -> bool:
    """``token`` sits in a clause below ``verb`` (what is said, denied or claimed), not in its objects."""
    while token.head.i != token.i and token.i != verb.i:
        # (not a participle that only names the object's author: "the demands presented by Saudi Arabia")
        if token.dep_ in {"ccomp", "acl", "relcl", "advcl", "csubj"} and not (
            token.dep_ == "acl" and token.tag_ == "VBN"
        ):
            return True
        token = token.head
    return False


def _world_war(token: Token) -> bool:
    return _lemma(token) == "war" and any(c.lower_ == "world" for c in token.children)


def _infinitive_clause(clause: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)


def _in_lexicon(lower: str, lemma: str, lexicon: Lexicon) -> bool:
    """Whether a word is in a phrase or could be in a table (under its lemma, or a noun's bare form)."""
    return (
        lemma in lexicon.phrase_words
        or lemma in lexicon.verbs
        or lemma in lexicon.nouns
        or lemma in lexicon.adjectives
        or lower.rstrip("s") in lexicon.nouns
    )


def find_triggers(sentence: Span, lexicon: Lexicon | None = None) -> list[Trigger]:
    """Lexicon words of the sentence, one entry each (object-constrained entries win)."""
    lexicon = lexicon or load_lexicon()
    triggers: list[Trigger] = []
    words = token_words(sentence.doc)
    for i in range(sentence.start, sentence.end):
        hyphened = (
            i >= 2
            and words.lowers[i - 1] == "-"
            and f"{words.lowers[i - 2]}-{words.lemmas[i]}" in lexicon.nouns
        )
        if not hyphened and not _in_lexicon(words.lowers[i], words.lemmas[i], lexicon):
            continue  # most words: no Token made, no costlier check (they could only reject it)
        token = sentence.doc[i]
        phrase = _phrase_trigger(token, lexicon) or _labour_strike(token, lexicon)
        if phrase is not None:
            triggers.append(Trigger(token, _show_of_force(token, phrase)))
            continue
        lemma = _lemma(token)
        if _felt_participle(token):
            # "Russia is concerned about Turkey's plans": a feeling's participle, read as its adjective
            table, lemma = lexicon.adjectives, token.lower_
        elif token.pos_ in {"VERB", "AUX"} or (token.pos_ == "NOUN" and _parsed_as_verb(token)):
            table = lexicon.verbs
        elif token.pos_ == "NOUN" and token.dep_ in {"attr", "oprd"} and lemma in lexicon.adjectives:
            # an evaluative noun said of a side, read as its adjective: "claim the US and its allies
            # are aggressors" (added 2026-12-07, twelfth round)
            table = lexicon.adjectives
        elif token.pos_ in {"NOUN", "PROPN"}:
            table = lexicon.nouns
            hyphen = _hyphen_form(token) if hyphened else None
            lemma = hyphen if hyphen in table else lemma if lemma in table else token.lower_.rstrip("s")
        elif token.pos_ == "ADJ":
            table = lexicon.adjectives
        else:
            continue
        if table is lexicon.nouns and _world_war(token):
            continue  # "since the first world war": an era, no one side's fight
        if table is lexicon.nouns and lemma == "difference" and token.tag_ != "NNS":
            continue  # "the difference between Russia and Iran" compares; "their differences" divide
        if table is lexicon.nouns and token.ent_type_ in DATE_ENTITIES:
            continue  # "in March 2015": a month, not a march
        if _undone(token, lexicon):
            continue  # "cancel its strikes on Syria", "declined to comment": no act (see _undone)
        if table is lexicon.verbs and (_states_a_fact(token) or _insists_on_a_fact(token)):
            continue  # "conceded that ...", "agreed that ...": a statement, not the act
        if (
            table is lexicon.verbs
            and token.dep_ == "amod"
            and token.tag_ == "VBN"
            and not list(token.children)
            and not _clause_as_modifier(token)
        ):
            continue  # "an agreed international process", "armed groups": a participle as a bare adjective
        if (
            table is lexicon.verbs
            and lemma in {"press", "push"}
            and any(c.lower_ in {"ahead", "on"} and c.dep_ in {"advmod", "prt"} for c in token.children)
            and not any(e.objects & _object_lemmas(token) for e in lexicon.verbs[lemma])
        ):
            # "press ahead with its political solution": going on with one's own plan, no demand on
            # anyone (what is pressed on with, an offensive, speaks for itself; twentieth round)
            continue
        if (
            table is lexicon.verbs
            and lemma in {"allow", "permit"}
            and any(c.dep_ == "dobj" and _hostile_noun(c) and not _owned_act(c) for c in token.children)
        ):
            # "Congress debates whether to allow limited strikes on Syria": a hostile act allowed is no
            # concession to whom it is aimed at ("allowed the Turkish strikes" still concedes them to
            # Turkey; added 2026-12-07, twenty-first round)
            continue
        if (
            table is lexicon.verbs
            and lemma == "meet"
            and any(
                c.dep_ in {"dobj", "nsubjpass"} and _lemma(c) in FULFILLED_OBJECTS for c in token.children
            )
        ):
            # "failed to meet its commitment of driving extremists out": an undertaking fulfilled or
            # not, no meeting with whoever its phrase names (added 2026-12-07, twenty-first round)
            continue
        if table is lexicon.verbs and lemma == "order" and _orders_envoys_out(token):
            # "ordered the French ambassador to leave the country": an expulsion
            expel = next(e for e in lexicon.verbs["expel"] if "ambassador" in e.objects)
            triggers.append(Trigger(token, expel))
            continue
        if table is lexicon.verbs and lemma == "order" and not _orders_a_named_side(token):
            continue  # "ordered troops to withdraw", "ordered an inquiry": the ordered act speaks
        if table is lexicon.verbs and lemma in COMMITMENTS and any(c.dep_ == "xcomp" for c in token.children):
            continue  # "vowed to strangle a force unveiled by X": the promised act speaks, if we know it
        if (
            table is lexicon.verbs
            and lemma in {"help", "assist"}
            and any(c.dep_ == "xcomp" for c in token.children)
            and not any(c.dep_ in {"dobj", "dative"} for c in token.children)
        ):
            continue  # "helped foment a rebellion in Ukraine": the act helped along speaks, not an aid
        if (
            table is lexicon.adjectives
            and lemma == "responsible"
            and _blamed_for_the_sentence(token, lexicon)
        ):
            # "there was a chemical massacre near Damascus and that the Bashar regime is responsible":
            # blame for the act the sentence names (added 2026-12-07, seventeenth round)
            triggers.append(Trigger(token, lexicon.adjectives["responsible"][0]))
            continue
        if table is lexicon.verbs and lemma in AIMING_VERBS and _measure_doer(token):
            # "sanctions targeting Syrian officials", "tariffs hit China": the measure's aim, not a
            # strike (added 2026-12-07, seventeenth round)
            triggers.append(Trigger(token, lexicon.verbs["sanction"][0]))
            continue
        for entry in table.get(lemma, []):
            if _matches(token, entry):
                if entry.category in BACKING_CATEGORIES and _backs_an_ouster(token):
                    # "supports Assad's removal", "backed the overthrow of Mossadegh": backing one's
                    # ouster opposes the one ousted (added 2026-12-07, seventeenth round)
                    entry = lexicon.verbs["oppose"][0]
                triggers.append(Trigger(token, _show_of_force(token, entry)))
                break
    return _without_phrase_words(triggers)


def _blamed_for_the_sentence(adjective: Token, lexicon: Lexicon) -> bool:
    """ "... and that the regime is responsible": "responsible" said of a side with no "for", in a
    sentence that names an act of violence it can be for."""
    if adjective.dep_ != "acomp" or any(c.dep_ == "prep" for c in adjective.children):
        return False
    acts = lexicon.adjectives["responsible"][0].objects
    return any(_lemma(t) in acts for t in adjective.sent if t.pos_ == "NOUN")


def _owned_act(noun: Token) -> bool:
    """An act noun whose phrase names whose it is ("the Turkish strikes", "Turkey's strikes", "strikes
    by Turkey")."""
    return any(
        c.dep_ == "poss"
        or (c.dep_ in {"amod", "compound"} and c.ent_type_ in {"NORP", "GPE", "ORG"})
        or (c.dep_ == "prep" and c.lower_ == "by")
        for c in noun.children
    )


# What is met as fulfilled, not as a meeting ("met its commitments", "meet the deadline")
FULFILLED_OBJECTS = frozenset(
    {"commitment", "obligation", "pledge", "promise", "deadline", "target", "goal", "requirement",
     "standard", "expectation", "criterion", "criteria", "need", "threshold", "quota", "cost", "benchmark"}
)  # fmt: skip


# Nouns of a side's ouster, and the categories that back what their object names
OUSTER_NOUNS = frozenset({"removal", "ouster", "overthrow", "downfall", "toppling", "resignation"})
BACKING_CATEGORIES = frozenset({"support", "agree", "praise"})


def _backs_an_ouster(token: Token) -> bool:
    """The object of ``token`` is the ouster of a named side ("Assad's removal", "the overthrow of
    Mossadegh"), not of a thing ("the removal of chemical weapons")."""
    return any(
        _lemma(o) in OUSTER_NOUNS
        and any(
            t.pos_ == "PROPN" or t.ent_type_ in {"PERSON", "GPE", "NORP", "ORG"}
            for owner in [*(c for c in o.children if c.dep_ == "poss"), *_phrase_objects(o, "of")]
            for t in owner.subtree
        )
        for o in _phrase_core(token)
        if o.pos_ == "NOUN"
    )


# Verbs of aiming, which say whom a measure is aimed at as well as whom a weapon is
AIMING_VERBS = frozenset({"target", "hit"})
# Measures that are aimed without force: a state's economic and legal penalties
PENALTY_NOUNS = frozenset(
    {"sanction", "tariff", "embargo", "measure", "restriction", "ban", "penalty", "levy", "duty", "blacklist"}
)


def _measure_doer(verb: Token) -> bool:
    """The verb's doer is a penalty ("sanctions targeting Iran's oil", "the new tariffs hit China")."""
    if verb.tag_ == "VBN" and (verb.dep_ == "acl" or any(c.dep_ == "auxpass" for c in verb.children)):
        # "Iranian banks were hit by US sanctions", "countries targeted in Trump's travel ban": the
        # passive's agent or the measure it was done in
        doers = [
            g
            for c in verb.children
            if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ in {"in", "under"})
            for g in _prep_objects(c)
        ]
    else:
        doers = [verb.head] if verb.dep_ == "acl" else [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    return any(_lemma(d) in PENALTY_NOUNS for d in doers)


ENVOY_NOUNS = frozenset({"diplomat", "ambassador", "envoy", "attache", "consul", "charge"})
LEAVING_VERBS = frozenset({"leave", "depart", "quit"})


def _orders_envoys_out(verb: Token) -> bool:
    """ "ordered the French ambassador to leave", "ordered 23 Russian diplomats to leave the country"."""
    envoys = any(c.dep_ == "dobj" and _lemma(c) in ENVOY_NOUNS for c in verb.children)
    return envoys and any(c.dep_ == "xcomp" and _lemma(c) in LEAVING_VERBS for c in verb.children)


def _orders_a_named_side(verb: Token) -> bool:
    """ "ordered Iraq to destroy its weapons", "ordered former President Carlos Menem to testify": a
    name told to act; not "ordered troops to withdraw" nor "ordered an investigation"."""
    named = any(c.dep_ == "dobj" and c.pos_ == "PROPN" for c in verb.children)
    return named and any(c.dep_ == "xcomp" for c in verb.children)


def _show_of_force(token: Token, entry: LexiconEntry) -> LexiconEntry:
    """ "China staged military exercises off Taiwan": exercises no partner shares are a show of
    force (CAMEO 150, PLOVER MOBILIZE), not military cooperation."""
    if entry.category == "cooperate" and _lone_exercise(token):
        return entry._replace(code="150", goldstein=-7.2, category="mobilize", reciprocal=False)
    return entry


def _parsed_as_verb(token: Token) -> bool:
    """A word the tagger calls a noun that the parser gives a verb's dependents: "Georgia was overrun
    by Russian forces" (tagged NN, with a passive subject and an agent)."""
    return token.tag_.startswith("VB") or any(c.dep_ in {"nsubjpass", "agent"} for c in token.children)


def _without_phrase_words(triggers: list[Trigger]) -> list[Trigger]:
    """A word inside a phrase another word anchors is no trigger of its own ("went on strike" is a
    labour protest, its "strike" no military one)."""
    covered = {
        near.i
        for t in triggers
        if t.entry.pos == "phrase"
        for child in t.token.children
        for near in (child, *child.children)
        if _lemma(near) in t.entry.lemma.split()
    }
    if not covered:
        return triggers
    return [t for t in triggers if t.entry.pos == "phrase" or t.token.i not in covered]


# ---------------------------------------------------------------------------------------------
# Step 2: participants
# ---------------------------------------------------------------------------------------------


class Participant(NamedTuple):
    actor_id: str
    token: Token  # the mention's root token
    mention: Mention | None  # None for a pronoun mapped to a speaker ("we" -> speaker's country)


# Nouns of a person's roots, which a nationality word on them does not make the state's side
ANCESTRY_NOUNS = frozenset({"origin", "descent", "heritage", "ancestry", "extraction", "background", "roots"})


class MentionIndex:
    """Token -> actor lookup for one article (mention spans, plus pronouns mapped inside quotes)."""

    def __init__(self, parsed: ParsedArticle, mentions: Sequence[Mention]) -> None:
        self.by_token: dict[int, Participant] = {}
        self.groups: dict[int, list[Participant]] = {}
        # mentions sharing one span are a compound actor ("the two countries" = both states named)
        by_span: dict[tuple[int, int], list[Mention]] = {}
        for mention in mentions:
            by_span.setdefault((mention.start, mention.end), []).append(mention)
        for (start, end), members in by_span.items():
            if len({m.actor_id for m in members}) < 2:
                continue
            span = parsed.doc.char_span(start, end, alignment_mode="expand")
            if span is not None and len(span):
                group = [Participant(m.actor_id, span.root, m) for m in members]
                self.groups[span.root.i] = list(dict.fromkeys(group))
        for mention in mentions:
            span = parsed.doc.char_span(mention.start, mention.end, alignment_mode="expand")
            if span is None or len(span) == 0:
                continue
            participant = Participant(mention.actor_id, span.root, mention)
            for token in span:
                # the longest mention wins a token: "Iran's foreign minister Javad Zarif" over "Iran"
                current = self.by_token.get(token.i)
                if current is None or _mention_len(current) < mention.end - mention.start:
                    self.by_token[token.i] = participant

    def add_demonyms(self, parsed: ParsedArticle, resolver: ActorResolver) -> None:
        """A nationality word modifying a noun that no mention covers names that state's side:
        "Israeli helicopters shelled ...", "rejected an Indian proposal", "arrested 100 Palestinians".
        The field codes these as the country (PLOVER, CAMEO); only states the dictionary knows count."""
        words = token_words(parsed.doc)
        # (and the dictionary's nationality words NER left untyped: "Rival Somali clans fought")
        known = resolver.demonym_words()
        candidates = (
            parsed.doc[i]
            for i, (ent_type, lower) in enumerate(zip(words.ent_types, words.lowers, strict=True))
            if ent_type in DEMONYM_ENT_TYPES or (not ent_type and lower in known)
        )
        for token in candidates:
            if token.i in self.by_token or not _nationality_word(token):
                continue
            modifier = token.dep_ in {"amod", "compound", "nmod"} and (
                token.head.pos_ in {"NOUN", "PROPN"} or _gerund_noun(token.head)
            )
            # "French and Egyptian warships": the second demonym is a conjunct of the first ("American,
            # French and British ships": of the first of the list, twentieth round)
            first = token
            while first.dep_ == "conj" and first.head.i != first.i:
                first = first.head
            modifier = modifier or (
                token.dep_ == "conj" and first.i != token.i and first.dep_ in {"amod", "compound", "nmod"}
            )
            # "Russian-Iranian cooperation", "a U.S.-Russian deal": the first half of a hyphenated pair
            # hangs on the second (added 2026-12-07, twelfth round)
            modifier = modifier or (
                token.dep_ in {"amod", "compound", "nmod"}
                and token.head.i == token.i + 2
                and parsed.doc[token.i + 1].text == "-"
                and token.head.dep_ in {"amod", "compound", "nmod"}
                and token.head.head.pos_ == "NOUN"
            )
            # "a Russian Su-25 fighter jet", "an Israeli F-16": a model name the tagger calls an adjective
            # (added 2026-12-07, thirteenth round)
            modifier = modifier or (
                token.dep_ == "amod"
                and token.head.pos_ == "ADJ"
                and any(ch.isdigit() for ch in token.head.text)
                and token.head.head.pos_ == "NOUN"
            )
            # "the American-led war", "Saudi-led airstrikes": the leader of what the participle modifies
            modifier = modifier or (token.dep_ == "npadvmod" and token.head.lower_ == "led")
            # "a British-flagged tanker", "an Iranian-owned ship": whose the thing is
            modifier = modifier or (
                token.dep_ in {"amod", "npadvmod", "compound"}
                and token.head.lower_ in OWNING_PARTICIPLES
                and token.head.head.pos_ == "NOUN"
            )
            collective = token.pos_ in {"PROPN", "NOUN"} and token.tag_ in {"NNPS", "NNS"}
            if not (modifier or collective):
                continue
            if modifier and _locative(token.head):
                continue  # "a stronghold on the Thai border": a location, not a side
            noun = token.head.head if token.head.pos_ == "ADJ" else token.head
            if modifier and _lemma(noun) in ANCESTRY_NOUNS:
                continue  # "a rapper of Iraqi-Kurdish origin": a person's roots, not the state (2026-12-07)
            if token.i > 0 and parsed.doc[token.i - 1].lower_ == "ethnic":
                continue  # "ethnic Albanian villages": a people, not the state (2026-12-07, thirteenth round)
            if (
                token.i + 2 < len(parsed.doc)
                and parsed.doc[token.i + 1].text == "-"
                and parsed.doc[token.i + 2].lower_ == "style"
            ):
                continue  # "Soviet-style aggression": a manner, not the state's act
            if (participant := _demonym_participant(token, resolver)) is not None:
                self.by_token[token.i] = participant

    def add_populations(self, parsed: ParsedArticle, resolver: ActorResolver) -> None:
        """Unnamed people acting somewhere are that place's people, as the event coders code them:
        "Hundreds of thousands of people blocked streets in Hong Kong", "students demonstrated in
        Tehran". Only a people noun as the subject of a verb whose own "in/at" phrase names exactly
        one state; a place attached to the noun ("demonstrators in Baghdad") is the actor
        extractor's."""
        for token in tokens_with(parsed.doc[:], token_words(parsed.doc).deps, {"nsubj"}):
            if token.dep_ != "nsubj" or token.i in self.by_token:
                continue
            verb = token.head
            # ("Thousands of motorists held a rally", "Hundreds of Berbers marched": whoever protests
            # is a people, whatever the plural names)
            if not (_people_noun(token) or _claiming_crowd(token, verb)):
                continue
            if (
                verb.tag_ == "VBN"
                and not any(c.dep_ in {"aux", "auxpass"} for c in verb.children)
                # (a protest is never suffered: "Thousands of people protested in Nairobi", which the
                # tagger reads as a participle; added 2026-12-08, twenty-second round)
                and not (verb.dep_ == "ROOT" and _protesting(verb))
            ) or any(c.dep_ == "acl" and c.tag_ == "VBN" for c in token.children):
                continue  # "dozens (more) injured in Russian airstrikes": a reduced passive, they suffer it
            holders = [verb, *(c for c in verb.children if c.dep_ in {"dobj", "attr"})]
            states = {p.actor_id for p in _places_of(holders, self, resolver, CROWD_PLACE_PREPS)}
            if not states and _crowd(token) and _protesting(verb, CROWD_CLAIMS):
                # "Hundreds staged a protest demanding the release of Imran Khan", "residents are
                # protesting the Russian government's decision": a crowd that protests with one state
                # in the sentence protests at home
                # (not a state whose mission the crowd stands at: "outside the Russian embassy")
                states = _sentence_countries(
                    verb.sent,
                    self,
                    resolver,
                    lambda p: not {_lemma(p.token), _lemma(p.token.head)} & MISSION_NOUNS,
                )
            if len(states) == 1:
                self.by_token[token.i] = Participant(states.pop(), token, None)

    def add_origins(self, parsed: ParsedArticle, resolver: ActorResolver) -> None:
        """ "a man from Montreal", "refugees from Syria": people no mention names are of the one state
        their "from" phrase names (where they come from, not where they are)."""
        for token in tokens_with(parsed.doc[:], token_words(parsed.doc).lowers, {"from"}):
            person = token.head
            if token.dep_ != "prep" or person.i in self.by_token or not _people_noun(person):
                continue
            states = {
                p.actor_id for g in _prep_objects(token) if (p := _state_at(g, self, resolver)) is not None
            }
            if len(states) == 1:
                self.by_token[person.i] = Participant(states.pop(), person, None)

    def add_leaders(self, parsed: ParsedArticle, resolver: ActorResolver) -> None:
        """Forces or a coalition no mention names are their leader's side: "clashes between Kurdish
        groups and Turkish-led forces", "the Saudi-led coalition" (added 2026-12-07, thirteenth round;
        the leader of an act noun is read where the act is, see ``_leaders_of``; "forces loyal to
        Assad" are add_affiliations')."""
        for token in tokens_with(parsed.doc[:], token_words(parsed.doc).lowers, {"led"}):
            side = token.head
            if side.i in self.by_token or _lemma(side) not in LED_SIDES or side.pos_ != "NOUN":
                continue
            if (leader := next(iter(_leaders_of(side, self, resolver)), None)) is not None:
                self.by_token[side.i] = Participant(leader.actor_id, side, None)

    def add_members(self, parsed: ParsedArticle, resolver: ActorResolver) -> None:
        """A people or a collective no mention names is a sub-state side of the one state its "of"
        phrase names, also one phrase further: "the people of Syria", "the National Union of
        Mineworkers of South Africa" (not the state itself, and not "supporters of Iran")."""
        for token in tokens_with(parsed.doc[:], token_words(parsed.doc).lowers, {"of"}):
            holder = token.head
            if token.dep_ != "prep" or holder.i in self.by_token or holder.lower_ in TOPIC_HEADS:
                continue
            if not (_people_noun(holder) or _lemma(holder) in COLLECTIVE_NOUNS):
                continue
            frontier = _prep_objects(token)
            states: set[str] = set()
            for _ in range(2):
                states = {p.actor_id for g in frontier if (p := _state_at(g, self, resolver)) is not None}
                if states:
                    break
                frontier = [
                    g
                    for f in frontier
                    for c in f.children
                    if c.dep_ == "prep" and c.lower_ == "of"
                    for g in _prep_objects(c)
                ]
            if len(states) == 1:
                self.by_token[holder.i] = Participant(states.pop(), holder, None)

    def add_oppositions(self, parsed: ParsedArticle, resolver: ActorResolver) -> None:
        """The opposition no word places, acting in a sentence whose people and groups are of one
        state (its leader, its parties), is that state's: "The opposition accused Maduro of fraud" (as
        a state faces its own unnamed opposition, see _unnamed_opposition); so are a leader's critics
        and opponents ("Critics accused Aristide of rigging the vote")."""
        for token in tokens_with(parsed.doc[:], token_words(parsed.doc).lemmas, OPPOSITION_WORDS):
            holder = token.head if token.dep_ == "compound" else token
            if holder.dep_ != "nsubj" or holder.i in self.by_token or token.i in self.by_token:
                continue
            if not _unnamed_phrase(holder):
                continue
            # (by its people, not a state by name: "the opposition accused Russia" may be anyone's)
            states = _sentence_countries(
                holder.sent, self, resolver, lambda p: _kind(resolver, p.actor_id) != "state"
            )
            if len(states) == 1:
                self.by_token[holder.i] = Participant(states.pop(), holder, None)

    def add_affiliations(self, parsed: ParsedArticle) -> None:
        """People or fighters no mention names are the side they are affiliated with, belong or are
        loyal to: "workers affiliated with the Serbian Workers' Union", "fighters loyal to Haftar"."""
        for token in tokens_with(parsed.doc[:], token_words(parsed.doc).lemmas, AFFILIATION_WORDS):
            holder = token.head
            if token.dep_ not in {"acl", "amod"} or holder.i in self.by_token:
                continue
            if not (
                _people_noun(holder) or holder.lower_ in GROUP_ROLES or _lemma(holder) in COLLECTIVE_NOUNS
            ):
                continue
            sides = {
                p.actor_id
                for c in token.children
                if c.dep_ == "prep" and c.lower_ in {"with", "to"}
                for g in _prep_objects(c)
                if (p := self.at(g)) is not None
            }
            if len(sides) == 1:
                self.by_token[holder.i] = Participant(sides.pop(), holder, None)

    def add_followers(self, parsed: ParsedArticle, resolver: ActorResolver) -> None:
        """ "Supporters of Imran Khan staged a rally": a leader's or a party's followers are a collective
        of its state, as a place's people are (see add_populations)."""
        for token in tokens_with(parsed.doc[:], token_words(parsed.doc).lemmas, FOLLOWER_NOUNS):
            if token.i in self.by_token or token.pos_ != "NOUN":
                continue
            leaders = [
                found
                for c in token.children
                if c.dep_ == "prep" and c.lower_ == "of"
                for g in _prep_objects(c)
                # a leader's or a party's; an armed group's "supporters" are no people of a state
                if (found := self.at(g)) is not None
                and _kind(resolver, found.actor_id) in {"person", "organization"}
            ]
            countries = {_country(resolver, p.actor_id) for p in leaders}
            if len(countries) == 1 and (country := countries.pop()) is not None and _known(resolver, country):
                self.by_token[token.i] = Participant(country, token, None)

    def at(self, token: Token) -> Participant | None:
        return self.by_token.get(token.i)

    def add_pronoun(self, token: Token, actor_id: str) -> None:
        if token.i not in self.by_token:
            self.by_token[token.i] = Participant(actor_id, token, None)

    def add_group(self, token: Token, group: Sequence[Participant]) -> None:
        """A plural pronoun standing for several actors ("they" = "Obama and Putin")."""
        self.add_pronoun(token, group[0].actor_id)
        self.groups[token.i] = list(group)

    def group(self, token: Token) -> list[Participant] | None:
        return self.groups.get(token.i)


# Participles that make a nationality word the owner of a thing ("a British-flagged tanker")
# (not "occupied": "the Israeli-occupied West Bank" is Palestinian ground)
OWNING_PARTICIPLES = frozenset({"flagged", "owned", "registered", "operated", "held", "controlled"})
# A leader's or a party's followers ("supporters of Imran Khan"): see MentionIndex.add_followers
FOLLOWER_NOUNS = frozenset({"supporter", "follower", "loyalist", "partisan"})
# Nouns that only locate ("on the Thai border", "along the Syrian side"): a nationality word on them
# inside a locative phrase names no side. An act on "Syrian territory" still is an act on Syria.
BORDER_NOUNS = frozenset({"border", "frontier", "side", "borderline", "boundary"})
LOCATIVE_PREPS = frozenset({"on", "near", "along", "at", "across", "by", "beyond", "from"})


def _gerund_noun(token: Token) -> bool:
    """A gerund the parser tags as a verb where it heads a noun phrase: "by Israeli shelling"."""
    return token.tag_ == "VBG" and token.dep_ in {"pobj", "nsubj", "nsubjpass", "dobj"}


def _split_gerund_owner(
    noun: Token, index: MentionIndex, resolver: ActorResolver | None
) -> Participant | None:
    """ "killed in Israeli (tank) shelling", parsed as "in Israeli (tank)" plus a clause "shelling
    ...": the preposition's object, followed by a hostile gerund, names who did that act."""
    if resolver is None or noun.i + 1 >= len(noun.doc):
        return None
    after = noun.doc[noun.i + 1]
    if after.tag_ != "VBG" or after.head.i != noun.head.head.i:
        return None
    if not any(e.goldstein < 0 for e in load_lexicon().nouns.get(after.lower_, [])):
        return None
    owner = index.at(noun) or next(
        (p for c in noun.children if c.dep_ in {"amod", "compound"} and (p := index.at(c)) is not None), None
    )
    return owner or _demonym_participant(noun, resolver)


def _border_pair(holders: Sequence[Token], resolver: ActorResolver) -> list[Participant]:
    """The two states a border phrase names by its nationality words ("on the Thai-Cambodian border",
    "along the Indian and Pakistani border"), or nothing."""
    for holder in holders:
        for border in (g for c in holder.children if c.dep_ == "prep" for g in _prep_objects(c)):
            if not _locative(border):
                continue
            words = [t for t in border.lefts if t.dep_ in {"amod", "compound", "nmod"}]
            # "Indian and Pakistani", "Thai-Cambodian" (the first word hung on the second)
            words += [c for w in words for c in w.children if c.dep_ in {"conj", "compound", "amod"}]
            states = {
                state: Participant(state, word, None)
                for word in words
                if (state := _demonym_state(resolver, word.lower_)) is not None
            }
            if len(states) == 2:
                return list(states.values())
    return []


def _locative(noun: Token) -> bool:
    return _lemma(noun) in BORDER_NOUNS and noun.dep_ == "pobj" and noun.head.lower_ in LOCATIVE_PREPS


@functools.lru_cache(maxsize=4096)
def _demonym_state(resolver: ActorResolver, word: str) -> str | None:
    """The state a nationality word names ("Israeli", "Palestinians"), or None."""
    singular = word[:-1] if word.endswith("s") and not word.endswith("ss") else word
    for form in dict.fromkeys((word, singular)):
        # the resolver places "<demonym> government" with its state; nothing else is guessed
        record = resolver.resolve_phrase(f"{form} government")
        if record is not None and record.kind == "state":
            return record.actor_id
    return None


# People belonging to a side: "workers affiliated with the union", "fighters loyal to Haftar"
AFFILIATION_WORDS = frozenset({"affiliate", "affiliated", "belong", "loyal", "linked", "link"})
# What an "X-led" modifier makes X's side ("Turkish-led forces", "the US-led coalition")
LED_SIDES = frozenset({"force", "troop", "coalition", "alliance", "army", "fighter", "militia", "soldier"})
COLLECTIVE_NOUNS = frozenset(
    {"group", "rebel", "militant", "guerrilla", "guerilla", "insurgent", "fighter", "militia",
     "militiaman", "opposition", "union", "party", "movement", "tribe", "community", "minority",
     # added 2026-12-06 (ninth round): "rival Somali clans", "Palestinian factions"
     "clan", "faction"}
)  # fmt: skip
PEOPLE_NOUNS = frozenset(
    {"people", "protester", "demonstrator", "student", "worker", "prisoner", "inmate", "resident", "monk",
     "villager", "civilian", "crowd", "rioter", "marcher", "youth", "inhabitant", "citizen", "farmer",
     "activist", "mob",
     # added 2026-12-07 (fifteenth round): "strikes have claimed hundreds of civilian lives"
     "life",
     # added 2026-12-06: people an attack or an arrest names by what they are ("shot dead a councillor")
     "man", "woman", "child", "boy", "girl", "councillor", "councilor", "journalist", "reporter",
     "teacher", "doctor", "nurse", "lawyer", "politician", "candidate", "tourist", "passenger",
     "pilgrim", "worshipper", "shopkeeper", "businessman", "cleric", "priest", "imam", "engineer",
     "driver", "fisherman", "trader", "voter", "bishop",
     # added 2026-12-06 (fifth round): "opposition supporters rallied in the capital"
     "supporter",
     # added 2026-12-06 (sixth round): people who protest as what they are
     "islander", "pensioner", "veteran", "retiree", "miner", "tenant", "survivor", "family", "relative",
     "mother", "widow", "striker", "officer"}
)  # fmt: skip
QUANTITY_NOUNS = frozenset({"hundred", "thousand", "million", "dozen", "ten", "score", "group", "crowd"})


# What crowds do in the street and in statements: protest, and demand ("Workers demanded that the
# Nigerian government raise wages")
CROWD_CLAIMS = frozenset({"protest", "demand"})


def _protesting(verb: Token, categories: frozenset[str] = frozenset({"protest"})) -> bool:
    """The verb, or the act it carries, is a protest ("staged a sit-in", "took to the streets"), or
    another act of ``categories``."""
    return any(
        t.entry.category in categories and verb.i in {t.token.i, t.token.head.i}
        for t in find_triggers(verb.sent)
    )


def _crowd(noun: Token) -> bool:
    """A plural people noun that is nobody's ("hundreds", "residents"; not "their supporters", "the
    lawyer")."""
    plural = noun.tag_ == "NNS" or _lemma(noun) in QUANTITY_NOUNS  # "a group of Kuril residents"
    return plural and not any(c.dep_ == "poss" for c in noun.children)


ARMED_NOUNS = frozenset(
    {"fighter", "rebel", "militant", "insurgent", "guerrilla", "guerilla", "gunman", "jihadist", "militiaman",
     "militia", "soldier", "troop"}
)  # fmt: skip


# Plurals that speak or stand for others, no crowd of their own
WORDS_AND_PARTS = frozenset(
    {"statement", "comment", "remark", "word", "voice", "call", "demand", "message", "letter", "part", "area",
     "region", "country", "state", "nation", "government", "source", "official", "report", "reports",
     # added 2026-12-07 (tenth round): "Western powers pressed Iran to accept the deal" are states
     "power", "ally", "partner", "member", "neighbour", "neighbor", "capital", "superpower", "donor",
     # (added 2026-12-08, twenty-second round: "Analysts expect Russia to win" is a forecast, no
     # people's demand)
     "analyst", "expert", "observer", "commentator", "pundit", "economist", "scholar", "researcher"}
)  # fmt: skip


def _claiming_crowd(token: Token, verb: Token) -> bool:
    """Plural subjects whose protest or demand makes them a people ("Thousands of motorists held a
    rally", "Hundreds of Berbers marched", "Labour unions demanded ..."): any plural no organisation
    names, but not armed men, words, documents or parts of a country."""
    counted = _counted(token)
    if not (
        counted.tag_ in {"NNS", "NNPS"}
        and counted.pos_ in {"NOUN", "PROPN"}
        and counted.ent_type_ not in {"GPE", "ORG"}
        and _state_role(counted) is None  # "pro-government forces blocked a road": no crowd
        and _lemma(counted) not in ARMED_NOUNS  # "IS fighters press their assault"
        # "United Nations war crimes investigators called for ..." (a place or a people word may
        # qualify a crowd: "Chernobyl workers", "Syrian community leaders")
        and not any(t.ent_type_ == "ORG" for t in counted.subtree if t.i != counted.i)
    ):
        return False
    if _lemma(counted) in DOCUMENT_NOUNS | WORDS_AND_PARTS:
        return False  # "official statements ... calling for an investigation", "parts of Rojava insisted"
    return _protesting(verb, CROWD_CLAIMS)


def _counted(token: Token) -> Token:
    """What a count counts ("thousands of mourners" -> "mourners"), else the token."""
    if _lemma(token) not in QUANTITY_NOUNS:
        return token
    return next(
        (g for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for g in _prep_objects(c)), token
    )


def _people_noun(token: Token) -> bool:
    """ "protesters", "hundreds of thousands of people", "a crowd of students"."""
    for _ in range(3):
        if _lemma(token) in PEOPLE_NOUNS and token.pos_ == "NOUN":
            return True
        if _lemma(token) not in QUANTITY_NOUNS:
            return False
        of = [g for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for g in _prep_objects(c)]
        if not of:
            # "Thousands marched in Nairobi", "killed dozens": a bare plural count is of people
            return token.tag_ == "NNS" and _lemma(token) in COUNTED_CROWDS
        token = of[0]
        if token.ent_type_ == "NORP" and token.tag_ in {"NNPS", "NNS"}:
            return True  # "massacred thousands of Tutsis": a count of a people
    return False


COUNTED_CROWDS = frozenset({"hundred", "thousand", "million", "dozen"})


def _mention_len(participant: Participant) -> int:
    mention = participant.mention
    return mention.end - mention.start if mention else 0


# Edges we do not follow when looking for the actor a phrase names: clauses inside it act on their own.
CLAUSE_DEPS = frozenset({"relcl", "acl", "advcl", "ccomp", "xcomp", "csubj", "parataxis", "conj", "cc"})
DEP_PREFERENCE = {"appos": 0, "compound": 1, "nmod": 1, "amod": 2, "poss": 3, "prep": 4, "pobj": 4}
RELATIVE_PRONOUNS = frozenset({"which", "who", "that", "whom"})
# "talks with opposition groups in Astana": a place or time inside a phrase does not name its actor
PLACE_TIME_PREPS = frozenset(
    {"in", "at", "near", "during", "since", "after", "before", "inside", "across", "around", "within",
     "outside", "throughout", "until", "via"}
)  # fmt: skip


# People named by their attitude to a state or their knowledge of it: "Israel supporters", "Iran
# hawks", "Russia experts", "critics of Iran" are not Israel, Iran or Russia.
TOPIC_HEADS = frozenset(
    {"supporter", "supporters", "critic", "critics", "opponent", "opponents", "hawk", "hawks", "dove",
     "doves", "expert", "experts", "watcher", "watchers", "analyst", "analysts", "specialist",
     "specialists", "lobby", "lobbyists", "sympathizers", "sympathisers", "skeptics", "sceptics",
     "advocates", "apologists", "admirers", "fans"}
)  # fmt: skip


DOCUMENT_NOUNS = frozenset(
    {"resolution", "draft", "motion", "bill", "report", "declaration", "text", "statement"}
)
# Nouns of working together, and the prepositions that name what it is on
PARTNERSHIP_NOUNS = frozenset(
    {"cooperation", "coordination", "partnership", "intelligence", "talk", "dialogue", "consultation",
     "negotiation", "discussion"}
)  # fmt: skip
PARTNERSHIP_TOPIC_PREPS = frozenset({"on", "over", "about", "regarding", "concerning"})
DOCUMENT_TOPIC_PREPS = frozenset({"on", "about", "over", "concerning", "regarding"})
# what a side has about a place: with an owner named, a state's name on them is their topic
POLICY_NOUNS = frozenset({"agenda", "policy", "strategy", "file", "dossier", "portfolio"})
# "welcomed Trump's Syria decision": a decision with its owner named is the owner's; the place is what
# it is about (added 2026-12-07, eighteenth round)
OWNED_TOPIC_NOUNS = POLICY_NOUNS | frozenset(
    {"decision", "announcement", "withdrawal", "pullout", "stance", "position", "approach", "doctrine"}
)


def _names_a_topic(head: Token, child: Token) -> bool:
    """A state name (not a nationality word: "Russian experts" are Russians) modifying a topic head;
    the subject of a document ("vetoed the resolution on Syria": the veto is not on Syria)."""
    if _lemma(head) in DOCUMENT_NOUNS and child.dep_ == "prep" and child.lower_ in DOCUMENT_TOPIC_PREPS:
        return True
    if _lemma(head) in TRUCE_NOUNS and child.dep_ == "prep" and child.lower_ == "for":
        # "agreed a truce for Syria", "a ceasefire for Idlib": where it holds, not a party (added
        # 2026-12-07, twenty-first round)
        return True
    if _lemma(head) in PARTNERSHIP_NOUNS and child.dep_ == "prep" and child.lower_ in PARTNERSHIP_TOPIC_PREPS:
        # "cooperation on Syria with Iran", "shared intelligence on Islamic State positions": what the
        # partners work on, not a partner (added 2026-12-07, fourteenth round)
        return True
    if (
        _lemma(head) in OWNED_TOPIC_NOUNS
        and child.dep_ == "compound"
        and child.ent_type_ != "NORP"
        and any(c.dep_ == "poss" for c in head.children)
    ):
        return True  # "accepting their Syria agenda", "Russia's Iraq policy": whose it is, and about what
    if head.lower_ not in TOPIC_HEADS:
        return False
    return (child.dep_ in {"compound", "nmod"} and child.ent_type_ != "NORP") or (
        child.dep_ == "prep" and child.lower_ == "of"
    )


def _patron_modifier(token: Token) -> bool:
    """ "the US proxy", "Iran's allies", "Iranian proxies", "an FSA rival": the name is the patron
    or the counterpart, not the one who acts; but "Israeli allies" are allies who are Israeli."""
    lemma = _lemma(token.head)
    if token.head.i == token.i or lemma not in PATRON_NOUNS:
        return False
    if token.dep_ in {"compound", "nmod"} and any(c.dep_ == "poss" for c in token.head.children):
        return False  # "its Damascus ally": with a possessor, the name is the ally itself
    return token.dep_ in (
        {"poss", "compound", "nmod"} if lemma in COUNTERPART_NOUNS else {"poss", "compound", "nmod", "amod"}
    )


# Phrases inside a noun phrase that do not name its actor: a place or a time, or what it is compared
# with ("a greater threat to world peace than the United States", "than" added 2026-12-07)
# ("a bill to protect the job of Robert Mueller, per NBC": the news source, fifteenth round)
UNNAMING_PREPS = PLACE_TIME_PREPS | {"than", "per"}


def _organs_of_states(head: Token, index: MentionIndex, skip: set[int]) -> list[Participant] | None:
    """ "Lawmakers in Russia and Iran", "the parliaments of Russia and Iran": a civil organ no word
    names, of the states its "in/of" phrase lists, is each of them (not troops: they serve abroad;
    added 2026-12-07, fourteenth round). None when the phrase is no such organ of listed states."""
    role = _state_role(head) if head.pos_ == "NOUN" and head.tag_ == "NNS" else None
    if role is None or role == "military" or index.at(head) is not None:
        return None
    states = [
        p
        for c in head.children
        if c.dep_ == "prep" and c.lower_ in {"in", "of"}
        for g in _prep_objects(c)
        if index.at(g) is not None and g.conjuncts
        for p in _conjoined(g, index, skip)
    ]
    states = [p for p in states if p.mention is not None and p.token.ent_type_ == "GPE"]
    return states if len({p.actor_id for p in states}) >= 2 else None


def phrase_actors(head: Token, index: MentionIndex, skip: set[int] | None = None) -> list[Participant]:
    """The actor(s) a noun phrase names: its shallowest mention, plus that mention's conjuncts."""
    skip = skip or set()
    owned = next(
        (
            a
            for a in head.children
            if a.dep_ == "appos"
            and any(
                c.dep_ == "poss" and c.pos_ == "PROPN" and c.left_edge.i == head.i + 1 for c in a.children
            )
        ),
        None,
    )
    if owned is not None and head.i not in skip:
        # "cooperating with the Syrian president Bashar al-Assad's main backers, Iran and Russia": the
        # parser reads the owner's title as the head and what he owns as its apposition (added
        # 2026-12-07, eighteenth round)
        return phrase_actors(owned, index, skip)
    found = _conjoined(head, index, skip)
    if found:
        return found
    if (placed := _organs_of_states(head, index, skip)) is not None:
        return placed
    if _lemma(head) in PATRON_NOUNS:
        skip = skip | {c.i for c in head.children if _patron_modifier(c)}
    whose = next((c for c in head.children if c.dep_ == "poss" and c.lower_ == "whose"), None)
    # "Russia, whose military intervention saved him": what "whose" owns, naming no side of its own, is
    # the side's that the clause describes (added 2026-12-07, seventeenth round)
    if (
        whose is not None
        and head.pos_ == "NOUN"
        and not any(index.at(t) for t in head.subtree if t.i != whose.i)
        and (owner := _owner_at(whose, index)) is not None
    ):
        return [owner]
    # "airstrikes by Russia on Syrian rebels": an act named with its agent is the agent's
    agented = any(c.dep_ == "prep" and c.lower_ == "by" and _prep_objects(c) for c in head.children)
    frontier = [
        (child, child.dep_)
        for child in head.children
        if child.dep_ not in CLAUSE_DEPS
        and not (child.dep_ == "prep" and child.lower_ in UNNAMING_PREPS)
        and not (agented and child.dep_ == "prep" and child.lower_ in AIMED_PREPS)
        and not _names_a_topic(head, child)
        # ("backing the government and the United States supports ...": the next clause's subject;
        # added 2026-12-07, nineteenth round)
        and not (child.dep_ == "conj" and _subject_of_next_clause(child))
        # ("on Wednesday Al-Alam News Network reports": a reporting verb the parser made an object,
        # whose subject reports the act, no side of it; added 2026-12-08, twenty-second round)
        and not (child.dep_ == "nsubj" and head.pos_ == "VERB" and _lemma(head) in REPORTING_VERBS)
        # ("a 'terror force' on Turkey's border": where the thing is, not whose; twentieth round)
        # (a place on a side's border is still placed by it: "a village on the Syrian side of the line")
        and not (
            child.dep_ == "prep"
            and any(_on_a_border(g) for g in _prep_objects(child))
            and not (_area(head) or _site(head))
        )
        # ("20 members of Daesh were killed ... the U.S.-led coalition the Turkish military announced":
        # an apposition past the subject's verb is a misparse of a lost comma; twentieth round)
        and not (
            child.dep_ == "appos"
            and head.dep_ in SUBJECT_DEPS | {"nsubjpass"}
            and child.i > head.head.i > head.i
        )
    ]
    for depth in range(6):
        hits = [
            (tok, dep)
            for tok, dep in frontier
            # ("a deal with Assad's allies": deeper down, the patron is no more the one named)
            if index.at(tok) and tok.i not in skip and not _for_or_against(tok) and not _patron_modifier(tok)
        ]
        if hits:
            best = min(DEP_PREFERENCE.get(dep, 5) for _, dep in hits)
            chosen = [tok for tok, dep in hits if DEP_PREFERENCE.get(dep, 5) == best]
            result: list[Participant] = []
            for tok in chosen:
                result.extend(p for p in _conjoined(tok, index, skip) if p not in result)
            if depth == 0 and best < DEP_PREFERENCE.get("conj", 5):
                # "Islamic State terrorists and Syrian Kurdish fighters": a name on the first noun does
                # not stand for the conjuncts, which name their own (added 2026-12-07, seventeenth round)
                result.extend(
                    p
                    for c in head.children
                    if c.dep_ == "conj" and c.pos_ in {"NOUN", "PROPN"} and index.at(c) is not None
                    for p in _conjoined(c, index, skip)
                    if p not in result
                )
            return result
        frontier = [
            (child, dep if dep != "prep" else child.dep_)
            for tok, dep in frontier
            if not index.at(tok) and not (tok.dep_ == "prep" and tok.lower_ in UNNAMING_PREPS)
            for child in tok.children
            if child.dep_ not in CLAUSE_DEPS
            # ("disagreements over their Syria policy": the topic of a policy deeper down; twentieth
            # round)
            and not _names_a_topic(tok, child)
            # ("the village of Hass prompting outrage from Anthony Lake": a clause with its own subject
            # under a preposition is read for its subject only; twentieth round)
            and not (_subjected_pcomp(tok) and child.dep_ not in {"nsubj", "nsubjpass"})
            # ("a town on the border with Iraq": the place's neighbour, not whose it is; twenty-first
            # round)
            and not _neighbour_of_a_place(tok, child)
        ]
        if not frontier:
            break
    # "President Kagame and his Rwandan Patriotic Front must agree": the first conjunct names no
    # actor we know, a later one does
    if head.pos_ in {"NOUN", "PROPN"}:
        for conjunct in (
            c
            for c in head.children
            if c.dep_ == "conj" and c.pos_ in {"NOUN", "PROPN"} and not _subject_of_next_clause(c)
        ):
            if found := phrase_actors(conjunct, index, skip):
                return found
    return []


# "US-backed forces", "Iranian-funded militias": the name is the patron, not the one who acts ("-led"
# is left out: a "Saudi-led coalition" acts as Saudi Arabia's)
PATRON_PARTICIPLES = frozenset(
    {"backed", "sponsored", "funded", "financed", "supported", "trained", "armed", "equipped", "linked",
     "affiliated", "allied", "aligned", "inspired", "friendly", "installed", "brokered"}
)  # fmt: skip


def _leaders_of(noun: Token, index: MentionIndex, resolver: ActorResolver | None) -> list[Participant]:
    """ "US-led coalition air strikes": the leader of a "-led" modifier owns the act, as a
    "Saudi-led coalition" acts as Saudi Arabia's."""
    found: list[Participant] = []
    for child in noun.children:
        if (
            child.dep_ == "acl"
            and child.lower_ == "led"
            and child.i > noun.i
            and (_lemma(noun) in LED_SIDES or _hostile_noun(noun))  # not "an initiative led by X"
        ):
            # "a coalition (of Gulf states) led by Saudi Arabia", "forces led by Turkey" (added
            # 2026-12-07, twentieth round)
            found += [
                p
                for a in child.children
                if a.dep_ == "agent"
                for g in _prep_objects(a)
                if (p := index.at(g)) is not None
            ]
            continue
        if child.dep_ != "amod" or child.lower_ != "led" or child.i < 2 or noun.doc[child.i - 1].text != "-":
            continue
        leader = noun.doc[child.i - 2]
        if (p := index.at(leader) or _demonym_participant(leader, resolver)) is not None:
            found.append(p)
    return found


def _act_leaders(noun: Token, index: MentionIndex, resolver: ActorResolver | None) -> list[Participant]:
    """The leaders of an act noun or of the noun it is compounded with ("US-led strikes", "US-led
    coalition strikes")."""
    return [
        p
        for h in (noun, *(c for c in noun.children if c.dep_ == "compound"))
        for p in _leaders_of(h, index, resolver)
    ]


# NER's labels on nationality words: NORP, and the first word of a name it ran on ("Iraqi Scud")
DEMONYM_ENT_TYPES = frozenset({"NORP", "PERSON", "GPE"})


def _nationality_word(token: Token) -> bool:
    """NER's nationality word (or an adjective it calls a place, or a capitalised adjective it left
    untyped: the resolver says whether it is one), or one that starts a longer PERSON span ("Iraqi
    Scud missiles") whose name no mention took (an ORG's is part of its name: "the Iranian
    Revolutionary Guard")."""
    if token.ent_type_ == "NORP" or (token.ent_type_ == "GPE" and token.tag_ == "JJ"):
        return True  # (NER may type an adjective as a place: "the Ukrainian elections")
    if not token.ent_type_ and token.tag_ == "JJ" and token.text[:1].isupper():
        return True  # (or left untyped: "Rival Somali clans fought"; the resolver says whose it is)
    return (
        token.ent_type_ == "PERSON"
        and token.ent_iob_ == "B"
        and token.i + 1 < len(token.doc)
        and token.doc[token.i + 1].ent_iob_ == "I"
        and token.pos_ in {"ADJ", "PROPN"}
    )


def _demonym_participant(token: Token, resolver: ActorResolver | None) -> Participant | None:
    """The state a nationality word no mention covers names ("Israeli", "Saudi"), or None."""
    if resolver is None or not _nationality_word(token):
        return None
    previous = token.doc[token.i - 1] if token.i > token.sent.start else None
    # "a South Korean island": the compass word is part of the nationality ("Korean" alone is neither)
    state = (
        _demonym_state(resolver, f"{previous.text} {token.text}")
        if previous is not None and previous.lower_ in {"south", "north"}
        else None
    ) or _demonym_state(resolver, token.text)
    return Participant(state, token, None) if state is not None else None


def _against_below(token: Token, top: Token) -> bool:
    """``token`` sits in an "against" phrase below ``top``."""
    while token.i != top.i and token.head.i != token.i:
        if token.dep_ == "prep" and token.lower_ == "against":
            return True
        token = token.head
    return False


def _anti_sides(noun: Token, index: MentionIndex) -> list[Participant]:
    """Whom a noun's "anti-" modifier names ("anti-Israeli slogans", "an anti-American rally"): what
    a hostile act with it is aimed at."""
    return [
        p
        for c in noun.children
        if c.dep_ in {"compound", "amod", "nmod"}
        and _prefixed(c, {"anti"})
        and (p := index.at(c)) is not None
    ]


def _prefixed(token: Token, prefixes: set[str]) -> bool:
    """The word follows one of ``prefixes`` and a hyphen ("anti-Israeli", "pro-Iran")."""
    doc = token.doc
    return token.i >= 2 and doc[token.i - 1].text == "-" and doc[token.i - 2].lower_ in prefixes


def _for_or_against(token: Token) -> bool:
    """ "an anti-Syria journalist", "pro-Iran militias": the name is what the phrase is for or against;
    "US-backed forces": the name is the forces' patron."""
    doc = token.doc
    if _prefixed(token, {"anti", "pro"}):
        return True
    if not (
        token.i + 2 < len(doc)
        and doc[token.i + 1].text == "-"
        and doc[token.i + 2].lower_ in PATRON_PARTICIPLES
    ):
        return False
    # only when what is backed acts on its own: "a Russia-sponsored deal" is still Russia's deal
    return _names_a_side(doc[token.i + 2].head)


def _names_a_side(noun: Token) -> bool:
    """A noun that names a side (a name, forces, a government, rebels), not an event or a thing."""
    role = GROUP_ROLES.get(noun.lower_)
    return (
        noun.pos_ == "PROPN"
        or (role is not None and role.role != "act")
        or _lemma(noun) in COLLECTIVE_NOUNS | PEOPLE_NOUNS | BACKED_SIDES
    )


def _side_noun(noun: Token, index: MentionIndex) -> bool:
    """A side, or an actor the index knows at that token."""
    return index.at(noun) is not None or _names_a_side(noun)


PATRON_NOUNS = frozenset(
    {"proxy", "ally", "client", "surrogate", "partner", "backer", "sponsor", "patron",
     "rival", "foe", "enemy", "adversary", "opponent", "nemesis"}
)  # fmt: skip
# relational nouns a nationality word describes ("Israeli allies", "an Iranian rival" are Israeli, Iranian)
COUNTERPART_NOUNS = frozenset(
    {"ally", "partner", "rival", "foe", "enemy", "adversary", "opponent", "nemesis"}
)
BACKED_SIDES = frozenset({"force", "alliance", "coalition", "faction", "proxy", "administration", "side"})


def _finite(verb: Token) -> bool:
    """A verb that is surely finite: a present form, or a past one with an object (a bare past form
    may be a participle: "ISIL or Daesh outlawed in Russia")."""
    return verb.tag_ in {"VBZ", "VBP"} or any(c.dep_ == "dobj" for c in verb.children)


def _subject_of_next_clause(noun: Token) -> bool:
    """ "Syria has objected to the Turkish invasion and Russia had urged restraint": a conjunct the
    parser hung on the object, which is the subject a next finite verb lacks (added 2026-12-07,
    eighteenth round)."""
    doc = noun.doc
    if noun.i + 1 >= len(doc) or any(t.i > noun.i for t in noun.subtree):
        return False
    after = doc[noun.i + 1]
    if after.tag_ not in {"VBD", "VBZ", "VBP", "MD"}:
        return False
    verb = after.head if after.dep_ in {"aux", "auxpass"} else after
    # (a conjoined verb shares its first verb's subject: "tensions between regime and Kurdish forces
    # have sometimes led to clashes" is read with "led" conjoined and is no evidence)
    # (nor is a verb the list hangs on: "Barack Obama and Vladimir Putin met", "Barack" read as a
    # preposition)
    governor = next((a for a in noun.ancestors if a.pos_ in {"VERB", "AUX"}), None)
    # (but a verb right after an object's conjunct is that conjunct's: "Russia is backing the
    # government and the United States supports some opposition forces", read with "supports"
    # conjoined to the sentence's first verb; added 2026-12-07, nineteenth round)
    return (
        verb.i > noun.i
        and (
            verb.dep_ != "conj" or (_list_of(noun)[0].dep_ == "dobj" and after.i == verb.i and _finite(verb))
        )
        and governor is not None
        and governor.i != verb.i
        and not any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in verb.children)
    )


def _conjoined(token: Token, index: MentionIndex, skip: set[int]) -> list[Participant]:
    """The mention at ``token`` and at its conjuncts ("Russia, China, and France")."""
    first = index.at(token)
    if first is None or token.i in skip:
        return []
    group = index.group(token)
    if group:
        return list(group)
    result = [first]
    # "Officials in Russia and Iran", "the ambassadors of Russia and China": a group named after its
    # states stands for each of them
    result += [
        p
        for c in token.children
        if c.dep_ == "prep" and c.lower_ in {"in", "from", "of"}
        for place in _prep_objects(c)
        if (named := index.at(place)) is not None and named.actor_id == first.actor_id
        for p in _conjoined(place, index, skip | {token.i})[1:]
        if p.actor_id != first.actor_id
    ]
    # "US, British and French forces": a list of nationality words on one head names each state; not
    # "between the Syrian and Lebanese forces and militants", one side (see _noun_roles), nor a patron
    # or a leader ("PYD-dominated and U.S.-backed forces"); added 2026-12-07
    modifiers = [
        c
        for c in token.children
        if c.dep_ in {"amod", "nmod", "compound"} and c.i < token.i and "-" not in c.text
    ]
    one_side = (
        token.dep_ == "pobj"
        and token.head.lower_ in {"between", "among"}
        and any(c.dep_ == "conj" for c in token.children)
    )
    if not one_side and any(g.dep_ == "conj" and "-" not in g.text for m in modifiers for g in m.children):
        result += [
            p
            for m in modifiers
            for t in [m, *(g for g in m.children if g.dep_ == "conj" and "-" not in g.text)]
            if (p := index.at(t)) is not None
            and p.actor_id != first.actor_id
            and p not in result
            and not _for_or_against(t)
            and not _patron_modifier(t)
        ]
    # (and the mention's other words: "Barack Obama and Vladimir Putin met", where the parser hangs
    # "Putin" on "Obama", not on the mention's root "Barack"; added 2026-12-07, fourteenth round)
    stack = [token, first.token, *_mention_words(first, index)]
    seen = {token.i}
    while stack:
        current = stack.pop()
        for child in current.children:
            # "Russia, the UK, France and Germany": a list the parser reads as an apposition
            listed_appos = _listed_apposition(child)
            listed_compound = _comma_lost_in_list(child, current, index)
            if (child.dep_ == "conj" or listed_appos or listed_compound) and child.i not in seen:
                seen.add(child.i)
                if _subject_of_next_clause(child):
                    continue
                # ("the Assad regime and its ally Russia": a conjunct named by its apposition; added
                # 2026-12-07, eighteenth round)
                participant = (
                    index.at(child)
                    or next((index.at(c) for c in child.children if c.dep_ == "appos" and index.at(c)), None)
                    or next(
                        (
                            index.at(c)
                            for c in child.children
                            if c.dep_ in {"compound", "amod"} and index.at(c) and not _for_or_against(c)
                        ),
                        None,
                    )
                )
                if participant is not None and participant not in result:
                    result.append(participant)
                if participant is not None and index.at(child) is None:
                    # "Damascus and its Iranian and Russian allies": each nationality of the list on
                    # the conjunct names a side (added 2026-12-07, seventeenth round)
                    result += [
                        p
                        for m in child.children
                        if m.dep_ == "amod" and index.at(m) is participant
                        for g in m.children
                        if g.dep_ == "conj"
                        and (p := index.at(g)) is not None
                        and p not in result
                        and not _for_or_against(g)
                    ]
                stack.append(child)
    if token.dep_ in SUBJECT_DEPS | {"nsubjpass"}:
        result = _listed_before(token, index, skip) + result
    return result


def _listed_apposition(token: Token) -> bool:
    """ "Russia, the UK, France and Germany": a list the parser reads as an apposition."""
    return token.dep_ == "appos" and any(g.dep_ in {"cc", "conj"} for g in token.children)


def _comma_lost_in_list(child: Token, head: Token, index: MentionIndex) -> bool:
    """ "a deal between Russia Iran and Turkey": a list whose comma the source lost (FA-KES), which
    the parser reads as one name compounded on the next. Only a name of one actor directly before a
    name of another, where the second heads a list ("the Russia Iran deal" is no list); added
    2026-12-07, seventeenth round."""
    if child.dep_ != "compound" or child.tag_ != "NNP" or child.i != head.i - 1:
        return False
    if not any(c.dep_ == "cc" for c in head.children) or not any(c.dep_ == "conj" for c in head.children):
        return False
    first, second = index.at(child), index.at(head)
    return (
        first is not None
        and second is not None
        and first.actor_id != second.actor_id
        and first.mention is not None
        and first.mention.end <= head.idx
    )


def _mention_words(participant: Participant, index: MentionIndex) -> list[Token]:
    """The words of a participant's mention other than its root (a mention is a few words long)."""
    root = participant.token
    mention = participant.mention
    if mention is None or mention.end - mention.start <= len(root.text):
        return []  # a one-word mention (most): no other words
    window = root.doc[max(root.sent.start, root.i - 6) : min(root.sent.end, root.i + 7)]
    return [t for t in window if t.i != root.i and index.at(t) is participant]


def _listed_before(token: Token, index: MentionIndex, skip: set[int]) -> list[Participant]:
    """Mentions listed just before a subject that the parser hung elsewhere ("In May, Russia, China
    and France criticized ...", where "Russia" attaches to "May")."""
    found: list[Participant] = []
    doc = token.doc
    mention = index.at(token)
    first = mention.mention.start if mention and mention.mention else token.idx
    i = _first_token_from(doc, first, token.i)
    sentence_start = token.sent.start
    while i - 2 >= sentence_start and doc[i - 1].lower_ in {",", "and", "or"}:
        j = i - 1
        while j > sentence_start and doc[j].lower_ in {",", "and", "or"}:
            j -= 1
        previous = index.at(doc[j])
        if previous is None or doc[j].i in skip or previous.actor_id in {p.actor_id for p in found}:
            break
        if previous.token.dep_ in {"pobj", "dobj", "poss", "npadvmod"}:
            break  # "In Syria, Erdogan ...": a fronted place, not a list of subjects
        listed = _list_of(previous.token)
        if (
            previous.token.dep_ == "conj"
            and doc[i - 1].lower_ == ","
            and listed[0].dep_ == "pobj"
            and any(c.dep_ == "cc" for t in listed for c in t.children)
        ):
            # "To the surprise of Bolton and Erdoğan, Trump sided with ...": a list closed by its own
            # "and" inside a fronted phrase (added 2026-12-07, nineteenth round)
            break
        found.insert(0, previous)
        start = previous.mention.start if previous.mention else doc[j].idx
        i = _first_token_from(doc, start, j)
    return found


def _first_token_from(doc: Doc, char: int, near: int) -> int:
    """Index of the first token starting at or after ``char``, searched from a token ``near`` it
    (walking a few tokens, not the whole document)."""
    i = min(max(near, 0), len(doc))
    while i > 0 and doc[i - 1].idx >= char:
        i -= 1
    while i < len(doc) and doc[i].idx < char:
        i += 1
    return i


class Roles(NamedTuple):
    sources: list[Participant]
    targets: list[Participant]
    passive: bool
    reciprocal: bool  # sources act on each other


SUBJECT_DEPS = frozenset({"nsubj", "csubj", "expl"})
CLIMB_DEPS = frozenset(
    {"xcomp", "conj", "advcl", "pcomp", "prep", "pobj", "dobj", "acomp", "attr", "amod", "appos",
     # "Russia seems certain to emerge as ...": the subject of the verb the predicate is of (added
     # 2026-12-07, twentieth round)
     "oprd"}
)  # fmt: skip
TARGET_PREPS = frozenset(
    {
        "with",
        "against",
        "on",
        "upon",
        "to",
        "toward",
        "towards",
        "for",
        "at",
        "from",
        "into",
        "over",
        "about",
        "of",
        "between",
        "among",
        "as",
        "out",  # "out of": see _prep_objects
    }
)
QUANTIFIER_SUBJECTS = frozenset({"none", "nobody", "neither", "no one", "nothing"})


def _fronted_description(first: Token, second: Token) -> bool:
    """Two subjects as "<a noun phrase>, <a name> <verb>": the first describes the second."""
    doc = first.doc
    # (the parser may hang the comma on the description itself)
    comma = first.right_edge.i if doc[first.right_edge.i].text == "," else first.right_edge.i + 1
    # (the parser may call the description an adverbial noun: "A close ally of Iran, Russia vetoed")
    return (
        first.dep_ in {"nsubj", "npadvmod"}
        and second.dep_ == "nsubj"
        and first.pos_ == "NOUN"
        and second.pos_ == "PROPN"
        and comma < len(doc)
        and doc[comma].text == ","
        and second.left_edge.i == comma + 1
        and first.left_edge.i == first.sent.start  # the description opens the sentence
    )


def _misparsed_apposition(noun: Token, index: MentionIndex) -> Participant | None:
    """A description set off by commas right after a name, which the parser made a second object
    ("sought a rapprochement with Russia, Assad's most important ally, to ..."): the name it describes
    (added 2026-12-07)."""
    doc = noun.doc
    comma = noun.left_edge.i - 1
    if noun.dep_ not in {"dobj", "pobj", "conj", "npadvmod"} or comma < 1 or doc[comma].text != ",":
        return None
    after = noun.right_edge.i + 1
    if after < len(doc) and doc[after].text not in {",", ".", ";"}:
        return None
    named = doc[comma - 1]
    participant = index.at(named)
    if participant is None or named.pos_ != "PROPN" or named.head.i == noun.i:
        return None
    return participant


def _trailing_description(subject: Token, description: Token) -> bool:
    """Two subjects as "<a name>, <a noun phrase>, <verb>": the second describes the first ("Russia
    and Iran, both backers of the Syrian regime, will ..."), added 2026-12-07."""
    doc = description.doc
    before = description.left_edge.i - 1
    after = description.right_edge.i + (doc[description.right_edge.i].text != ",")
    return (
        subject.dep_ == description.dep_ == "nsubj"
        and description.pos_ == "NOUN"
        and subject.right_edge.i + 1 == before
        and doc[before].text == ","
        and after < len(doc)
        and doc[after].text == ","
    )


FLOATING_QUANTIFIERS = frozenset({"all", "both", "each"})


def _role_noun(token: Token) -> bool:
    """A relational noun of the lexicon ("ally", "backer", "rival")."""
    return token.pos_ == "NOUN" and any(e.role for e in load_lexicon().nouns.get(_lemma(token), []))


def _titled_name(noun: Token) -> Token | None:
    """ "backed by ally Russia": the name the parser cut off from the bare title noun before it (added
    2026-12-07, twentieth round)."""
    # (the title's own modifiers before it may stand: "backed by Assad ally Russia", twenty-first round)
    if noun.pos_ != "NOUN" or any(c.i > noun.i for c in noun.children) or noun.i + 1 >= len(noun.doc):
        return None
    if not _role_noun(noun):
        return None  # a relational title ("ally", "rival"), not "attacked by rebels Sunday"
    name = noun.doc[noun.i + 1]
    if (
        name.pos_ == "PROPN"
        and name.ent_type_ not in DATE_ENTITIES
        and name.dep_ in {"npadvmod", "appos", "dobj", "nsubj"}
        and name.head.i != noun.i
    ):
        return name
    return None


def _floated_antecedent(subject: Token) -> Token | None:
    """ "with the United States, France and Britain all pointing the finger at Assad": a bare "all"
    or "both" as subject stands for the list right before it (added 2026-12-07, twentieth round)."""
    if (
        subject.lower_ not in FLOATING_QUANTIFIERS
        or list(subject.children)
        or subject.i == subject.sent.start
    ):
        return None
    before = subject.doc[subject.i - 1]
    if before.pos_ not in {"PROPN", "NOUN"} or before.dep_ not in {"pobj", "conj", "dobj", "appos"}:
        return None
    while before.dep_ == "conj":
        before = before.head  # the list's first member, whose conjuncts phrase_actors reads
    return before


def _co_agents(verb: Token, subjects: list[Token]) -> list[Token]:
    """ "The Assad regime, along with Russian forces, has bombed Idlib", "Russia, together with Iran,
    backs Assad": who does it with the subject (added 2026-12-07, twentieth round)."""
    found: list[Token] = []
    for holder in (verb, *subjects):
        for c in holder.children:
            if c.dep_ != "prep" or (holder.i == verb.i and c.i > verb.i):
                continue  # on the verb, only before it: "Russia backs Assad along with Iran" may be either
            if c.lower_ == "along":
                found += _phrase_objects(c, "with")
            elif c.lower_ == "with" and any(g.lower_ in {"together", "along"} for g in c.children):
                found += _prep_objects(c)
    return found


def _subject_children(verb: Token) -> tuple[list[Token], list[Token], list[Token]]:
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    if not subjects and verb.pos_ == "VERB" and verb.tag_ in {"VBD", "VBZ", "VBP"}:
        # "Turkey massed troops along ...": a sentence-initial name the parser makes an adverbial noun
        subjects = [
            c
            for c in verb.children
            if c.dep_ == "npadvmod"
            and c.i < verb.i
            and c.ent_type_ in {"GPE", "NORP", "ORG", "PERSON"}
            and c.i == c.sent.start
        ]
    if not subjects and verb.pos_ == "VERB":
        # "Barack Obama and Vladimir Putin met": a sentence-initial name word the tagger makes a
        # preposition (added 2026-12-07, fourteenth round)
        subjects = [
            c
            for c in verb.children
            if c.dep_ == "prep"
            and c.i == c.sent.start
            and c.tag_ == "IN"
            and c.ent_type_ == "PERSON"
            and any(g.dep_ == "pobj" and g.ent_iob_ == "I" for g in c.children)
        ]
    if not subjects and (stranded := _stranded_subject(verb)) is not None:
        subjects = [stranded]  # "broke out as the US adviser, John Bolton, visited Ankara"
    if len(subjects) == 1 and any(c.dep_ == "cc" for c in subjects[0].children):
        # "Turkey, Russia and Iran established a mechanism": a list's first name the parser makes an
        # adverbial noun before a comma (added 2026-12-08, twenty-second round)
        subjects = [
            *(
                c
                for c in verb.children
                if c.dep_ == "npadvmod"
                and c.i == c.sent.start
                and c.ent_type_ in {"GPE", "NORP", "ORG", "PERSON"}
                and c.right_edge.i + 1 < len(c.doc)
                and c.doc[c.right_edge.i + 1].text == ","
                and c.right_edge.i + 2 == subjects[0].left_edge.i
            ),
            *subjects,
        ]
    if len(subjects) == 2 and _fronted_description(*subjects):
        # "A longtime backer of Damascus, Moscow stepped up ...": a fronted description the parser
        # makes a second subject; the one next to the verb acts
        subjects = subjects[-1:]
    elif len(subjects) == 2 and _trailing_description(*subjects):
        subjects = subjects[:1]  # "Russia and Iran, both backers of the regime, will ...": the name acts
    subjects = [_floated_antecedent(s) or s for s in subjects]
    if subjects:
        subjects += _co_agents(verb, subjects)
    passive_subjects = [c for c in verb.children if c.dep_ == "nsubjpass"]
    agents = [
        _titled_name(g) or g
        for c in verb.children
        if c.dep_ == "agent"
        for g in c.children
        if g.dep_ == "pobj"
    ]
    # ("contradicted by his own intelligence chiefs and by British ministers": a conjoined "by")
    agents += [
        g
        for c in verb.children
        if c.dep_ == "agent"
        for b in c.children
        if b.dep_ == "conj" and b.lower_ == "by"
        for g in b.children
        if g.dep_ == "pobj"
    ]
    if passive_subjects and not agents:
        # "is considered a terrorist group by the Syrian government": the agent hung on the predicate
        agents = [
            g
            for c in verb.children
            if c.dep_ == "oprd"
            for p in c.children
            if p.dep_ == "prep" and p.lower_ == "by"
            for g in _prep_objects(p)
        ]
    if (
        not agents
        and verb.tag_ == "VBN"
        and (passive_subjects or verb.dep_ == "acl" or (verb.dep_ == "conj" and verb.head.dep_ == "acl"))
    ):
        # "HTS, listed as terrorists by Russia and the UN", "is seen as a threat by Ankara": the agent
        # the parser hung on the "as" phrase (added 2026-12-07, twenty-first round)
        agents = [
            g
            for c in verb.children
            if c.dep_ == "prep" and c.lower_ == "as"
            for o in _prep_objects(c)
            for p in o.children
            if p.dep_ == "prep" and p.lower_ == "by"
            for g in _prep_objects(p)
        ]
    return subjects, passive_subjects, agents


# Participles naming who wrote or put forward a document
AUTHORING_PARTICIPLES = frozenset(
    {"propose", "draft", "table", "submit", "sponsor", "write", "author", "introduce"}
)


def _misplaced_which(pronoun: Token) -> Token | None:
    """ "a resolution, proposed by the U.K. and backed by the United States, that charged Tehran": "that"
    or "which" the parser hung on the name in a participle's "by" phrase stands for the noun the
    participle describes (added 2026-12-07, twelfth round)."""
    if pronoun.lower_ not in {"that", "which"} or pronoun.head.dep_ != "relcl":
        return None
    name = pronoun.head.head
    if name.pos_ != "PROPN" or name.dep_ != "pobj" or name.head.dep_ != "agent":
        return None
    participle = _clause_of(name.head.head)
    # (both set off by commas, as a parenthetical: not "an area controlled by Islamic State which has
    # seized large areas", where "which" is the name's)
    parenthetical = pronoun.doc[pronoun.i - 1].text == "," and pronoun.doc[participle.i - 1].text == ","
    if not parenthetical or participle.dep_ != "acl" or participle.head.pos_ != "NOUN":
        return None
    return participle.head


def _named_before_which(pronoun: Token) -> Token | None:
    """ "supply lines between rebel-held districts and nearby Turkey which supports opposition forces",
    "allies including Russia which fired missiles": "which" right after a name that is the last of a list
    or an example, where the parser hung the clause on the list's head (added 2026-12-07, twenty-first
    round; not "the strike on Syria which killed 20", where the name is what the noun is aimed at)."""
    if pronoun.lower_ not in {"which", "who"} or pronoun.head.dep_ != "relcl" or pronoun.i == 0:
        return None
    name = pronoun.doc[pronoun.i - 1]
    if name.pos_ != "PROPN" or name.ent_type_ not in {"GPE", "ORG", "NORP", "PERSON"}:
        return None
    noun = pronoun.head.head
    if name.i == noun.i or not noun.is_ancestor(name):
        return None
    listed = name.dep_ == "conj" or (name.dep_ == "pobj" and name.head.lower_ in {"including", "like"})
    return name if listed else None


def _authors(noun: Token, index: MentionIndex) -> list[Participant]:
    """The authors a document noun's participles name ("a resolution proposed by the U.K.")."""
    if _lemma(noun) not in DOCUMENT_NOUNS:
        return []
    participles = [c for c in noun.children if c.dep_ == "acl"]
    participles += [c for p in participles for c in p.children if c.dep_ == "conj" and c.pos_ == "VERB"]
    return _actors_of(
        [
            g
            for p in participles
            if _lemma(p) in AUTHORING_PARTICIPLES
            for c in p.children
            if c.dep_ == "agent"
            for g in _prep_objects(c)
        ],
        index,
    )


def _misplaced_who(pronoun: Token) -> list[Token]:
    """ "a rebuke by Turkey's president and foreign minister, who warned": "who" hung on a noun that is
    no person stands for the noun right before its comma (and the one that noun is conjoined to)."""
    if pronoun.lower_ not in {"who", "whom"} or pronoun.head.dep_ != "relcl":
        return []
    nearest = _before_comma(pronoun, pronoun.head.head)
    if nearest is None or nearest.pos_ not in {"NOUN", "PROPN"}:
        return []
    return [nearest, nearest.head] if nearest.dep_ == "conj" else [nearest]


def _contact_relative(verb: Token) -> bool:
    """A relative clause with its own subject and no relative word or object ("the rebels Turkey
    supports"; not "the village where Turkey fought", "the rebels who fought")."""
    return (
        verb.dep_ == "relcl"
        and verb.pos_ == "VERB"
        and verb.head.pos_ in {"NOUN", "PROPN"}
        and verb.head.ent_type_ != "PERSON"  # "Joseph Votel the top commander ... warned": a lost comma
        and _lemma(verb) not in REPORTING_VERBS
        and any(
            c.dep_ == "nsubj" and c.i < verb.i and c.lower_ not in RELATIVE_PRONOUNS for c in verb.children
        )
        and not any(
            c.dep_ in {"dobj", "dative", "ccomp", "xcomp", "attr", "oprd", "nsubjpass", "auxpass", "prt"}
            for c in verb.children
        )
        # ("Iran, whose Revolutionary Guards are fighting": a relative word in the clause)
        and not any(
            t.lower_ in {"where", "when", "why", "how", "which", "that", "who", "whom", "whose"}
            for t in verb.doc[verb.left_edge.i : verb.i]
        )
        and not any(
            c.dep_ == "prep" and not list(c.children) for c in verb.children
        )  # "the rebels Turkey sided with"
    )


# Verbs that say what their object is ("considers it a terrorist organisation"; see NAMING_VERBS)
DEEMING_VERBS = frozenset({"consider", "deem", "name", "declare", "designate", "classify"})


def _relative_object(verb: Token) -> Token | None:
    """The antecedent of a relative pronoun object before a relative clause's verb that has a second,
    predicate object after it ("which Turkey considers a terrorist organisation"), else None."""
    if verb.dep_ != "relcl" or _lemma(verb) not in NAMING_VERBS | DEEMING_VERBS:
        return None
    pronoun = next(
        (
            c
            for c in verb.children
            if c.i < verb.i and c.dep_ in {"dobj", "dep"} and c.lower_ in {"which", "whom"}
        ),
        None,
    )
    if pronoun is None or not any(c.dep_ == "dobj" and c.i > verb.i for c in verb.children):
        return None
    return verb.head


def _resolve_relative(token: Token) -> Token:
    """``which``/``who`` as a subject stands for the noun its clause modifies."""
    if token.lower_ in RELATIVE_PRONOUNS and token.head.dep_ in {"relcl", "acl"}:
        return token.head.head
    return token


# Verbs whose object does the infinitive after it ("armed Hezbollah to fight", "helped Syria to retake")
OBJECT_CONTROL_VERBS = frozenset(
    {"train", "arm", "equip", "help", "assist", "enable", "allow", "permit", "persuade", "convince",
     "recruit", "mentor", "fund", "finance", "incite", "instruct", "back", "support"}
)  # fmt: skip  # not "send", "deploy": "sent troops to fight Isis" sends one's own forces
# (not "encourage": "encouraged Iran to join the talks" bids it, as "told" does; one persuaded acts)


# Passives of taking part in an act ("engaged in talks", "embroiled in a row", "locked in a dispute")
PARTAKING_PARTICIPLES = frozenset({"engage", "involve", "embroil", "lock", "mire", "entangle"})


TIME_MARKS = frozenset({"when", "if", "once", "after", "unless", "until", "while", "whenever"})


# Verbs of taking forces or staff out of a place ("will be withdrawn from Syria")
WITHDRAWING_VERBS = frozenset({"withdraw", "evacuate", "pull", "redeploy"})


# Subordinators the parser may read as a preposition whose object is the clause's subject
STRANDING_MARKS = frozenset({"as", "while", "after", "before", "since", "until", "because"})


def _stranded_subject(verb: Token) -> Token | None:
    """ "The row broke out as the US national security adviser, John Bolton, visited Ankara": the
    parser made the subject of a subordinate clause the object of "as" and left the clause's finite
    verb with none; the object ends right before the verb (added 2026-12-07, twelfth round)."""
    if verb.tag_ not in {"VBD", "VBZ", "VBP"}:
        return None
    for prep in verb.children:
        # "In September Turkey persuaded Russia to ...": a name run on from a date the parser made the
        # date's object (added 2026-12-07)
        if prep.dep_ == "prep" and prep.i < verb.i:
            for obj in _prep_objects(prep):
                if (
                    obj.pos_ == "PROPN"
                    and obj.i + 1 == verb.i
                    and any(c.dep_ == "compound" and c.ent_type_ == "DATE" for c in obj.children)
                ):
                    return obj
    # "where Russia is backing the government and the United States supports some opposition
    # forces": the object's last conjunct is the subject (added 2026-12-07, nineteenth round)
    before = verb.doc[verb.i - 1] if verb.i else None
    if before is not None and before.dep_ == "conj" and _finite(verb) and _subject_of_next_clause(before):
        return before
    # (or a conjunct with no "and" before it: "broke out as the US adviser, John Bolton, visited")
    if verb.dep_ != "advcl" and not (
        verb.dep_ == "conj" and not any(t.dep_ == "cc" for t in verb.doc[verb.head.i + 1 : verb.i])
    ):
        return None
    for mark in verb.head.children:
        if mark.dep_ != "prep" or mark.lower_ not in STRANDING_MARKS or mark.i > verb.i:
            continue
        for obj in _prep_objects(mark):
            edge = max(t.i for t in obj.subtree)
            if edge < verb.i and all(t.is_punct for t in verb.doc[edge + 1 : verb.i]):
                return obj
    return None


def _headline_passive(verb: Token) -> bool:
    """ "175 Nusra Terrorists Killed Injured in Aleppo": in a headline set in title case, a capitalised
    past form after its subject, with no object, is a passive the tagger read as active (added
    2026-12-07, thirteenth round)."""
    if verb.tag_ != "VBD" or not verb.text[:1].isupper() or verb.is_sent_start:
        return False
    if _lemma(verb) in PARTAKING_PARTICIPLES:
        return False  # "Syrian Army Reportedly Engaged in Fierce Fighting": the subject takes part
    if any(c.dep_ in {"dobj", "aux", "auxpass"} for c in verb.children):
        return False
    words = [t for t in verb.sent if t.is_alpha and len(t) > 3]
    return len(words) >= 3 and sum(t.text[:1].isupper() for t in words) >= 0.8 * len(words)


def _acting_subject(token: Token, index: MentionIndex) -> tuple[list[Participant], Token | None]:
    """The subject actors of the clause ``token`` belongs to, climbing xcomp/conj/prep chains."""
    if (
        (token.tag_ == "VBN" and token.dep_ == "advcl")
        # "Ted Cruz, when asked what is wrong, ...": the same clause, parsed as a relative one (and
        # its participle may be tagged as a past tense)
        or (
            token.tag_ in {"VBN", "VBD"}
            and token.dep_ == "relcl"
            and any(c.lower_ in TIME_MARKS for c in token.children if c.i < token.i)
        )
    ) and not any(c.dep_ in {"nsubj", "nsubjpass", "agent", "aux"} for c in token.children):
        return [], None  # "would defend troops if threatened": a reduced passive, its subject suffers it
    if _headline_passive(token):
        return [], None  # "175 Nusra Terrorists Killed in Aleppo": a headline's passive
    current = token
    via: Token | None = None  # the child the climb came from
    came_via_pcomp = False
    for _ in range(6):
        if current.pos_ in {"VERB", "AUX"} or current.dep_ == "ROOT":
            subjects, passive_subjects, agents = _subject_children(current)
            # ("Turkey's leaders, angered by Washington but not willing to confront the Kurds": a
            # conjunct shares the participle's subject, not its agent; twenty-first round)
            if agents and current.i != token.i and not (via is not None and via.dep_ == "conj"):
                return _actors_of(agents, index), current
            if (
                current.i != token.i
                and _undergoes(current)
                and via is not None
                and via.dep_ == "prep"
                and not _own_doing(via)  # "were injured in protesting", "died after protesting": theirs
            ):
                return [], current  # "civilians died in air strikes": the victims strike no one
            if (
                via is not None
                and via.dep_ in {"xcomp", "advcl"}
                and _infinitive_clause(via)
                and _lemma(current) in OBJECT_CONTROL_VERBS
                and (objects := [c for c in current.children if c.dep_ == "dobj" and c.i < via.i])
            ):
                # "Iran armed Hezbollah to fight Israel", "trained Kurdish-led units to fight Isis":
                # the object does the infinitive (no one we know, when the object names no actor)
                return _actors_of(objects, index), current
            if came_via_pcomp:
                # "charged Tehran with violating ...": the object of the governing verb does the gerund
                # ("accuses the regime of killing ...": an object nobody names still does it)
                objects = [c for c in current.children if c.dep_ in {"dobj", "dative"}]
                if objects and all(_own_thing(o, index) for o in objects):
                    # "Turkey has shifted its focus from fighting Isis to preventing the YPG ...": a
                    # thing of the subject's own does nothing; the subject does it (added 2026-12-07,
                    # twenty-first round)
                    objects = []
                if not objects and via is not None and via.dep_ == "prep" and via.lower_ == "for":
                    # "Moscow hit out at Johnson for accusing Russia ...", "lashed out at Ankara for
                    # ...": whom the verb is aimed at did it (added 2026-12-07, fifteenth round)
                    objects = [
                        g
                        for c in current.children
                        if c.dep_ == "prep" and c.lower_ in {"at", "on", "against"}
                        for g in _prep_objects(c)
                    ]
                if objects:
                    return _actors_of(objects, index), current
                named = [p for s in passive_subjects if (p := index.at(s)) is not None]
                if (
                    named
                    and via is not None
                    and via.dep_ == "prep"
                    and via.head.i == current.i
                    and _clause_of(token).head.i == via.i  # the gerund of this very "of" (not one below)
                    and not any(c.lower_ == "instead" for c in via.children)  # not done instead
                ):
                    # "the Soviet Union was accused of using chemical weapons": the passive subject
                    # does it, when a name (added 2026-12-07)
                    return named, current
            # "defeating Islamic State is a priority": a gerund with an object names an act, not an
            # actor (not "shelling by the regime killed 10")
            subjects = [
                s
                for s in subjects
                if not (s.pos_ == "VERB" and s.tag_ == "VBG" and any(c.dep_ == "dobj" for c in s.children))
            ]
            if subjects:
                antecedents = [
                    _misplaced_which(s) or _named_before_which(s) or _resolve_relative(s) for s in subjects
                ]
                # "a Russian jab at ... allies, who have formed ...": "who" is a person, never an
                # event noun the parser attached the clause to
                antecedents = [
                    a
                    for a, s in zip(antecedents, subjects, strict=True)
                    if not (
                        s.lower_ in {"who", "whom"}
                        # ("protesters, who ...": a people noun with a particle-bound entry is a people)
                        and any(e.particle is None for e in load_lexicon().nouns.get(_lemma(a), []))
                    )
                ]
                # "the Syrian conflict would continue to destabilise the Middle East": a conflict one
                # state's name places does nothing as that state (added 2026-12-07, thirteenth round)
                antecedents = [
                    a
                    for a in antecedents
                    if not (_place_named_conflict(a) and len(_actors_of([a], index)) <= 1)
                ]
                # ("claimed responsibility for an attack that killed ...": the claimant's act)
                # ("an attack on Douma persuaded Trump": the attack's target is not who persuades)
                actors = (
                    [p for p in _actors_of(antecedents, index) if not _aimed_by(p, antecedents)]
                    or [c for a in antecedents for c in _claimants(a, index)]
                    # "a resolution, proposed by the U.K., that charged Tehran": a document's authors
                    # (added 2026-12-07)
                    or [c for a in antecedents for c in _authors(a, index)]
                    # "a rebuke by Turkey's president and foreign minister, who warned ...": "who" the
                    # parser hung on the act noun is the persons named before it (2026-12-07)
                    or _actors_of([h for s in subjects for h in _misplaced_who(s)], index)
                    # "Separate air raids by regime aircraft and warplanes of the US-led coalition
                    # killed 25 civilians": the act's agents (2026-12-07)
                    or [p for a in antecedents if _hostile_noun(a) for p in _act_agents(a, index)]
                    # "US-led air strikes killed 20 fighters": the leader of the act (2026-12-07)
                    or [p for a in antecedents for p in _act_leaders(a, index, None)]
                    # "Russia emerged as the victor that protected Assad": the one the noun is said of
                    or [p for a in antecedents for p in _predicated_of(a, index)]
                )
                return actors, current
            if (
                current.dep_ == "acl"
                and current.tag_ == "VBN"
                and via is not None
                and via.dep_ == "conj"
                and via.tag_ == "VBG"
                and (described := phrase_actors(current.head, index))
            ):
                # "Israelis stationed in Azerbaijan and using the country for espionage": an active
                # participle conjoined to a passive one is the described noun's act (2026-12-07)
                return described, current
            if (
                current.dep_ == "acl"
                and current.tag_ in {"VBG"}
                # (an act of violence: "walked out of factories demanding higher wages" is the workers')
                and any(
                    e.category in VIOLENT_CATEGORIES for e in load_lexicon().verbs.get(_lemma(current), [])
                )
                and (
                    _area(current.head)
                    or _site(current.head)
                    # ("bombardment on Wadi Barada valley northwest of Damascus pounding the enclave")
                    or (
                        index.at(current.head) is None
                        and any(
                            t.ent_type_ in {"GPE", "LOC", "FAC"}
                            for t in (
                                current.head,
                                *(c for c in current.head.children if c.dep_ == "compound"),
                            )
                        )
                    )
                )
            ):
                # "dropped barrel bombs on an opposition-held town ... killing 10 people": a place does
                # not act (nor do those it is held by); the participle is the act of whoever struck it,
                # the subject of the verb the place hangs on (added 2026-12-07, sixteenth round)
                striking = next((a for a in current.head.ancestors if a.pos_ == "VERB"), None)
                return (_acting_subject(striking, index)[0] if striking is not None else []), current
            if current.dep_ == "acl" and current.tag_ in {"VBG"}:
                # ("claimed responsibility for the bombing targeting ...": the claimant's act)
                described = phrase_actors(current.head, index) or _claimants(current.head, index)
                if not described and current.head.pos_ == "NOUN":
                    # "issued a declaration demanding that ...": the issuer demands
                    described = _noun_owner(current.head, index)
                return described, current
            noun = current.head if current.dep_ == "acl" else _unrealised_object(current)
            if noun is not None:
                # "Truman's ultimatum to Stalin to withdraw": the addressee acts;
                # "the Iranians' attempts to intimidate Ankara": else the possessor of the noun acts
                addressees = [
                    g
                    for c in noun.children
                    if c.dep_ == "prep" and c.lower_ == "to"
                    for g in c.children
                    if g.dep_ == "pobj"
                ]
                owners = [c for c in noun.children if _possessor(c)] or [
                    # "the US decision to withdraw troops": a state named on a noun of decision
                    # (added 2026-12-07)
                    c
                    for c in noun.children
                    if c.dep_ in {"compound", "amod"}
                    and _lemma(noun) in DECISION_NOUNS
                    and index.at(c) is not None
                ]
                found = _actors_of(addressees, index) or _actors_of(owners, index)
                if (
                    not found
                    and noun.dep_ == "dobj"
                    and _lemma(noun) in UNREALISED_NOUNS
                    and any(o.pos_ == "PRON" for o in owners)
                ):
                    # "the US has redoubled its efforts to prevent ...": "its" is the verb's subject
                    found, _ = _acting_subject(noun.head, index)
                if not found and current.dep_ == "acl" and noun.dep_ == "dobj" and _light_verb(noun):
                    # "staged a protest outside parliament to demand ...": whoever stages it
                    found, _ = _acting_subject(noun.head, index)
                if (
                    not found
                    and current.dep_ == "acl"
                    and noun.dep_ == "pobj"
                    and noun.head.lower_ in {"in", "with"}
                    and _lemma(noun) in UNREALISED_NOUNS
                    and noun.head.head.pos_ in {"VERB", "AUX"}
                ):
                    # "conducted a drill in an attempt to deter US manoeuvres": whoever did it, in a bid
                    # to (added 2026-12-07; "pressed ahead with its attempts to drive the Kurds out",
                    # twenty-first round)
                    found, _ = _acting_subject(noun.head.head, index)
                return found, current
            if (
                passive_subjects
                and current.i != token.i
                and via is not None
                and via.dep_ == "xcomp"
                and _lemma(current) in RAISING_PARTICIPLES | INVITED_PARTICIPLES
                and not any(c.dep_ == "auxpass" for c in via.children)  # "were said to be killed"
            ):
                # "Obama is expected to hold talks with Putin", "Syria is believed to have fired":
                # the passive subject does the infinitive (unlike "Iran was urged to stop")
                return _actors_of(passive_subjects, index), current
            if (
                passive_subjects
                and _lemma(current) in PARTAKING_PARTICIPLES
                and (via is None or (via.dep_ == "prep" and via.lower_ == "in"))
            ):
                # "Russia is engaged in talks with Iran", "were locked in a dispute": a state of taking
                # part, and the passive subject takes part
                return _actors_of(passive_subjects, index), current
            if (
                passive_subjects
                and via is not None
                and ((via.dep_ == "prep" and via.lower_ == "for" and came_via_pcomp) or _own_doing(via))
            ):
                # "were arrested for protesting against the occupation", "was jailed for spying": what
                # the passive subject is held to account for is its own act (and what it was doing:
                # "were wounded while protesting", "were injured in protesting", from 2026-12-07)
                return _actors_of(passive_subjects, index), current
            if (
                passive_subjects
                and via is not None
                and via.dep_ == "advcl"
                and _infinitive_clause(via)
                and _lemma(current) in SENDING_PARTICIPLES
            ):
                # "Russian troops were sent to Syria to support Assad", "forces loyal to Assad were
                # allowed into Afrin to counter the Turks": the sent do what they were sent for (added
                # 2026-12-07, fifteenth round)
                return _actors_of(passive_subjects, index), current
            if passive_subjects and current.i != token.i and current.dep_ != "xcomp":
                return [], current
        if (
            current.pos_ == "NOUN"
            and via is not None
            and via.dep_ == "prep"
            and via.lower_ in {"at", "in"}
            and _lemma(current) in DECISION_NOUNS
            and (
                owners := _actors_of(
                    [
                        c
                        for c in current.children
                        if _possessor(c) or (c.dep_ in {"compound", "amod"} and index.at(c) is not None)
                    ],
                    index,
                )
            )
        ):
            return owners, current  # "Stalin's attempts at appeasing Turkey" (added 2026-12-07)
        if current.dep_ not in CLIMB_DEPS and current.dep_ != "relcl" or current.head.i == current.i:
            break
        if current.dep_ == "relcl":
            described = phrase_actors(current.head, index) or _claimants(current.head, index)
            if described or not _infinitive_clause(current):
                return described, current
            # "converging for a rally to protest ...": an infinitive of purpose on a non-actor noun
            # is done by whoever does the act the noun belongs to
        # "accused X of killing", "charged X with violating", "stopped X from joining": X does it
        # ("displayed bad faith by breaking contracts" is the subject's means)
        # (also a gerund the tagger calls a noun: "accuses Turkey of funding and arming ...")
        gerund = current.dep_ == "pcomp" or (current.dep_ == "pobj" and current.lower_.endswith("ing"))
        came_via_pcomp = (gerund and current.head.lower_ in {"of", "with", "for", "from", "against"}) or (
            came_via_pcomp and current.dep_ == "prep"
        )
        if came_via_pcomp and current.dep_ == "prep" and _lemma(current.head) in PROSPECT_NOUNS:
            # "raised the prospect of investigating Russia": whoever raises it would do it, not the
            # prospect (added 2026-12-07)
            came_via_pcomp = False
        if (
            came_via_pcomp
            and current.dep_ == "prep"
            and _lemma(current.head) in AIM_NOUNS
            and _lemma(current.head.head) in AIM_HOLDING_VERBS
        ):
            # "Erdogan and Putin share the aim of curbing US influence": an aim's act is its holder's
            # (added 2026-12-08, twenty-second round)
            came_via_pcomp = False
        elif came_via_pcomp and current.dep_ == "prep" and current.head.dep_ in {"dobj", "dative"}:
            # the parser hangs "of killing" on the object ("accuses the regime of killing ..."); the
            # gerund's own objects are not the object's phrase ("accused government forces of
            # killing 1000 civilians": not the civilians)
            accused = [
                p
                for p in phrase_actors(current.head, index)
                if not current.left_edge.i <= p.token.i <= current.right_edge.i
            ]
            return accused, current.head.head
        via, current = current, current.head
    return [], None


def _own_thing(noun: Token, index: MentionIndex) -> bool:
    """A thing, not a side, that a possessive pronoun makes the subject's own ("its focus", "their
    attention"); not people ("its soldiers", "their allies")."""
    return (
        noun.pos_ == "NOUN"
        and index.at(noun) is None
        and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in noun.children)
        and _lemma(noun) in ATTENTION_NOUNS
    )


# Aims a side holds ("share the aim of curbing US influence", "has the goal of ousting Assad")
AIM_NOUNS = frozenset(
    {"aim", "goal", "objective", "intention", "ambition", "desire", "hope", "commitment", "idea"}
)
# Verbs that hold or put forward an aim, not give it up ("abandoned the goal of ousting Assad" is no
# ousting; "began to refloat the idea of restoring ties with Assad" is a proposal of it)
AIM_HOLDING_VERBS = frozenset(
    {"share", "have", "hold", "pursue", "set", "state", "declare", "voice", "express", "float", "refloat",
     "moot", "raise", "revive", "propose", "suggest"}
)  # fmt: skip


# What a side turns from one aim to another ("shifted its focus from fighting Isis to ...")
ATTENTION_NOUNS = frozenset(
    {
        "focus",
        "attention",
        "effort",
        "emphasis",
        "priority",
        "strategy",
        "policy",
        "resource",
        "energy",
        "sight",
    }
)


# Subordinators of a participle clause that tells what the subject was doing at the time
TIME_CLAUSE_MARKS = frozenset({"while", "whilst", "when", "after", "before", "since", "as"})


def _own_doing(link: Token) -> bool:
    """A gerund after "in", "after", "while" ... or a participle clause of time without a subject of
    its own: what the subject was doing ("were injured in protesting", "were shot dead after
    protesting", "were wounded while protesting"; not a result clause: "was shot down ..., killing
    all five" tells what the event did); added 2026-12-07."""
    if link.dep_ == "prep":
        return link.lower_ in {"in", "after", "before", "while", "during"} and any(
            c.dep_ == "pcomp" and c.tag_ == "VBG" for c in link.children
        )
    return (
        link.dep_ == "advcl"
        and link.tag_ == "VBG"
        and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in link.children)
        and any(c.dep_ == "mark" and c.lower_ in TIME_CLAUSE_MARKS for c in link.children)
    )


# Passive verbs whose subject does the purpose infinitive after them ("were sent to Syria to support")
SENDING_PARTICIPLES = frozenset(
    {"send", "deploy", "dispatch", "allow", "bring", "fly", "move", "rush", "station", "train", "arm", "mobilize",
     "mobilise", "recruit"}
)  # fmt: skip
# Passive verbs whose subject is to do the infinitive, not yet done (see INTENT_HEADS): "Arafat was
# invited to hold talks in Washington" (not "Iran was urged to stop": whom a demand is made on)
INVITED_PARTICIPLES = frozenset({"invite"})
# Passive verbs whose subject does the infinitive they govern (raising, not object control)
RAISING_PARTICIPLES = frozenset(
    {"expect", "schedule", "set", "slate", "poise", "due", "plan", "believe", "report", "say", "think",
     "understand", "know", "rumour", "rumor", "suppose", "see", "tip"}
)  # fmt: skip


def _claim_verb(noun: Token) -> Token | None:
    """The verb claiming responsibility for the act ``noun`` names ("Hamas claimed responsibility for
    the attack", "IS took responsibility for the bombing"), or None."""
    responsibility = noun.head.head
    if noun.dep_ == "pobj" and _lemma(responsibility) in {"be", "responsible"}:
        # "Russia was behind the attack", "Russia is responsible for the attack" (added 2026-12-07)
        if noun.head.lower_ == "behind" and _lemma(responsibility) == "be":
            return responsibility
        if (
            noun.head.lower_ == "for"
            and responsibility.dep_ == "acomp"
            and _lemma(responsibility.head) == "be"
        ):
            return responsibility.head
        return None
    if noun.dep_ != "pobj" or noun.head.lower_ != "for" or _lemma(responsibility) != "responsibility":
        return None
    if responsibility.dep_ != "dobj" or _lemma(responsibility.head) not in CLAIMING_VERBS:
        return None
    return responsibility.head


def _claimants(noun: Token, index: MentionIndex) -> list[Participant]:
    """Who claimed responsibility for the act ``noun`` names, or no one."""
    verb = _claim_verb(noun)
    return _acting_subject(verb, index)[0] if verb is not None else []


CLAIMING_VERBS = frozenset({"claim", "take", "accept", "admit", "assume"})


def _claimed_act(token: Token) -> bool:
    """The act a claim of responsibility names, or a clause describing it ("an attack that killed")."""
    noun = token.head if token.dep_ in {"relcl", "acl"} else token
    return noun.pos_ == "NOUN" and _claim_verb(noun) is not None


def _unrealised_object(clause: Token) -> Token | None:
    """ "criticised Western threats to carry out strikes", with the infinitive hung on the verb: the
    object noun of intent right before it is what the infinitive completes (as an ``acl``)."""
    if clause.dep_ not in {"advcl", "xcomp"} or not _infinitive_clause(clause):
        return None
    noun = next((c for c in clause.head.children if c.dep_ == "dobj" and c.i < clause.i), None)
    if noun is None or _lemma(noun) not in UNREALISED_NOUNS or noun.right_edge.i + 2 != clause.i:
        return None  # only right before "to <verb>": "asked Russia for a plan, to ..." is not one
    return noun


def _undergoes(verb: Token) -> bool:
    return any(e.undergoer for e in load_lexicon().verbs.get(_lemma(verb), ()))


COPULAS = frozenset({"be", "remain", "become"})


def _predicated_of(noun: Token, index: MentionIndex) -> list[Participant]:
    """The actors a predicate noun is said of: the subject of "Russia is the country that ...", "Russia
    emerged as the victor that ...", "Russia is seen as the power that ..."; the object of "views
    Moscow as the power that ..." (added 2026-12-07, twentieth round)."""
    if noun.pos_ != "NOUN" or index.at(noun) is not None:
        return []
    head = noun.head
    if noun.dep_ == "attr" and _lemma(head) in COPULAS:
        holders = [c for c in head.children if c.dep_ in {"nsubj", "nsubjpass"}]
    elif noun.dep_ == "pobj" and head.lower_ == "as" and head.head.pos_ in {"VERB", "AUX"}:
        verb = head.head
        holders = [c for c in verb.children if c.dep_ == "dobj"] or [
            c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}
        ]
        if not holders and verb.dep_ == "xcomp":
            return _acting_subject(verb, index)[0]  # "seems certain to emerge as the victor that ..."
    else:
        return []
    return _actors_of([_resolve_relative(h) for h in holders], index)


def _actors_of(heads: Iterable[Token], index: MentionIndex) -> list[Participant]:
    result: list[Participant] = []
    for head in heads:
        for participant in phrase_actors(head, index):
            if participant not in result:
                result.append(participant)
    return result


def _relative_antecedent(token: Token) -> Token:
    """ "fighters that the US captured": a relative pronoun as an object stands for the noun its
    clause modifies."""
    antecedent = _resolve_relative(token)
    if antecedent.i == token.i or token.head.dep_ != "relcl":
        return token
    if not _names_a_side(antecedent):
        # "the campaign against Isis that was backed by the coalition": no side backed; "a fighter
        # with Somali heritage, who was killed": the parser hung the clause on the nearest noun
        return token
    if token.lower_ == "which" and antecedent.ent_type_ == "PERSON":
        return token  # "a helmet signed by Tim Tebow, which Trump bought": the parser's nearest noun
    return antecedent


# Verbs of regarding something in some way ("views Iran with suspicion")
VIEWING_VERBS = frozenset({"view", "regard", "see", "treat", "watch", "greet", "eye", "follow"})


def _viewed_with(noun: Token) -> tuple[Token, list[Token]] | None:
    """The verb of regarding and what it regards, for an attitude noun in its "with" phrase ("views
    Iran's difficulties with understanding and even a modicum of sympathy")."""
    current = noun
    for _ in range(4):
        if current.dep_ == "pobj" and current.head.lower_ == "with":
            holder = current.head.head
            if holder.dep_ == "dobj" and _lemma(holder.head) in VIEWING_VERBS:
                return holder.head, [holder]
            if _lemma(holder) in VIEWING_VERBS and holder.pos_ == "VERB":
                return holder, [c for c in holder.children if c.dep_ == "dobj"]
            return None
        if current.dep_ == "conj" or (current.dep_ == "pobj" and current.head.lower_ == "of"):
            current = current.head if current.dep_ == "conj" else current.head.head
            continue
        return None
    return None


def _prepositional_antecedent(token: Token) -> Token:
    """ "Iran, with which Russia has partnered": a relative pronoun after a preposition stands for
    the name its clause describes (added 2026-12-07)."""
    if token.lower_ not in {"which", "whom"} or token.head.dep_ != "prep":
        return token
    clause = token.head.head
    if clause.dep_ != "relcl" or clause.head.pos_ != "PROPN":
        return token
    return clause.head


def _stray_agent(verb: Token) -> Token | None:
    """A "by" the parser hung on an active verb right after its object, an event noun ("condemned
    the airstrikes by Israel", "welcomed the offer by Iran"): the noun's agent phrase, not the verb's."""
    if verb.pos_ != "VERB" or any(c.dep_ in {"auxpass", "nsubjpass"} for c in verb.children):
        return None
    noun = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if noun is None:
        # ("refused to bow to demands by the United States": the noun of a "to" phrase)
        noun = next(
            (g for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" for g in _prep_objects(c)),
            None,
        )
    if noun is None or noun.pos_ != "NOUN":
        return None
    return next(
        (
            c
            for c in verb.children
            if c.dep_ == "prep" and c.lower_ == "by" and c.i == noun.right_edge.i + 1 and _prep_objects(c)
        ),
        None,
    )


def _as_events_go(prep: Token, noun: Token) -> bool:
    """ "plans to attack the Kurds as tensions between Ankara and Washington near ...": an "as" the
    parser read as a preposition, over an event noun, is a clause of circumstance, not a role."""
    if prep.lower_ != "as" or _lemma(noun) not in load_lexicon().nouns:
        return False
    # ("denounced as an ugly crime Serbia's suppression ...": what a judgement calls its object is
    # its role; added 2026-12-07, seventeenth round)
    return not any(
        e.category in STATEMENT_CATEGORIES for e in load_lexicon().verbs.get(_lemma(prep.head), [])
    )


# Verbs of naming a thing as something ("what it called a violation")
NAMING_VERBS = frozenset(
    {"call", "describe", "term", "label", "dub", "brand", "characterize", "characterise"}
)
# Verbs of saying in "what it said was ..." (see _object_heads)
SAYING_VERBS = frozenset({"say", "claim", "allege", "believe", "consider", "think"})


def _object_heads(token: Token) -> list[Token]:
    """Object phrases of a verb in order of preference: direct/dative, prepositional, clausal."""
    direct = [
        _relative_antecedent(c) for c in token.children if c.dep_ in {"dobj", "dative", "attr", "oprd", "obj"}
    ]
    if not direct:
        # "criticized opposition leader Maulana Fazl-ur-Rehman": a hyphenated name the parser hangs
        # on the verb as an adverbial noun
        direct = [c for c in token.children if c.dep_ == "npadvmod" and c.pos_ == "PROPN" and c.i > token.i]
    # "kidnapped up to 16 Russian advisers": a quantity phrase the parser hangs on a particle
    direct += [
        g
        for c in token.children
        if c.dep_ == "prt" and c.lower_ == "up"
        for p in c.children
        if p.dep_ == "prep" and p.lower_ == "to"
        for g in p.children
        if g.dep_ == "pobj"
    ]
    # "sealed off the West Bank": the object the parser hangs on the particle
    direct += [g for c in token.children if c.dep_ == "prt" for g in c.children if g.dep_ == "pobj"]
    # "condemned what it called a US violation of its airspace", "denounced what it described as
    # American aggression": the named thing is the object (added 2026-12-07, thirteenth round)
    direct += [
        g
        for c in token.children
        if c.dep_ == "ccomp"
        and _lemma(c) in NAMING_VERBS
        and any(w.lower_ == "what" and w.dep_ == "dobj" for w in c.children)
        for g in [
            *(o for o in c.children if o.dep_ == "oprd"),
            *(o for a in c.children if a.dep_ == "prep" and a.lower_ == "as" for o in _prep_objects(a)),
        ]
    ]
    # "condemned what it said was a reprehensible attack carried out by Assad's forces": what the
    # clause says the object is (added 2026-12-07, seventeenth round)
    direct += [
        o
        for c in token.children
        if c.dep_ == "ccomp" and _lemma(c) in SAYING_VERBS
        for b in c.children
        if b.dep_ == "ccomp"
        and _lemma(b) == "be"
        and any(w.lower_ == "what" and w.dep_ == "nsubj" for w in b.children)
        for o in b.children
        if o.dep_ == "attr"
    ]
    stray = _stray_agent(token)
    if stray is not None:
        # "condemned the airstrikes by Israel on Syria", with both phrases hung on the verb: the
        # act's agent is what is condemned, and where it was aimed is the act's, not the verb's
        direct += _prep_objects(stray)
    preps = [
        g
        for c in [*token.children, *_particle_preps(token)]
        if c.dep_ in {"prep", "dative"}
        and c.lower_ in TARGET_PREPS
        and not (stray is not None and (c.i == stray.i or (c.i > stray.i and c.lower_ in AIMED_PREPS)))
        and not _stray_border_with(c)
        and not any(x.lower_ == "instead" for x in c.children)  # "instead of Cardin" (2026-12-07)
        # ("suspending its work as a result of bombardment by the Russian air force": a cause, not
        # whom it is done to; added 2026-12-07, nineteenth round)
        and not (c.lower_ == "as" and any(_lemma(g) in {"result", "consequence"} for g in _prep_objects(c)))
        for g in map(_prepositional_antecedent, _prep_objects(c) or _dangling_object(c))
        if not _with_help(g) and not _on_a_border(g) and not _as_events_go(c, g)
    ]
    if _lemma(token) in PARTAKING_PARTICIPLES:
        # "engaged in combat with Isis": whom the act taken part in is with
        preps += [
            g
            for c in token.children
            if c.dep_ == "prep" and c.lower_ == "in"
            for act in _prep_objects(c)
            for p in act.children
            if p.dep_ == "prep" and p.lower_ in {"with", "against"}
            for g in _prep_objects(p)
        ]
    # "backed Kurds to oust Islamic State": the infinitive's object is no one the help is for
    controlled = _lemma(token) in OBJECT_CONTROL_VERBS
    clausal = [
        g
        for c in token.children
        if c.dep_ in {"xcomp", "ccomp"}
        or (c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ == "for" for g in c.children))
        for g in c.children
        if g.dep_ in {"nsubj", "nsubjpass"}
        or (
            # "allowed Rouhani to visit Moscow": whom it is for may be the infinitive's subject
            not (controlled and _infinitive_clause(c))
            and (g.dep_ in {"dobj", "dative"} or (g.dep_ == "prep" and g.lower_ in TARGET_PREPS))
        )
    ]
    if _lemma(token) in TOPIC_VERBS:
        # "discussed whether France could replace US troops": what is discussed is a topic, its sides
        # no partners (added 2026-12-07, sixteenth round)
        # (not a small clause: "considers the YPG a terrorist group")
        clausal = [
            g
            for g in clausal
            if not (
                g.head.dep_ == "ccomp"
                and any(
                    (c.dep_ == "mark" and c.lower_ in {"whether", "if"}) or c.tag_ in {"WDT", "WP", "WRB"}
                    for c in g.head.children
                )
            )
        ]
    clausal = [
        g if g.dep_ != "prep" else next((p for p in g.children if p.dep_ == "pobj"), g) for g in clausal
    ]
    # ("fighting to take the town with support from the US-led coalition": the helper, as above)
    clausal = [g for g in clausal if not _with_help(g)]
    if _demand_verb(token):
        # "urged Europe to impose sanctions on Iran": the asked-for act's objects are not whom the
        # appeal is made to; "demanded that the US cancel ...": the clause's subject is
        clausal = [g for g in clausal if g.dep_ in {"nsubj", "nsubjpass"}]
    return direct + preps + clausal


# Adverbial particles the parser hangs a phrasal verb's preposition on ("pulled back from Jenin")
PARTICLE_ADVERBS = frozenset({"back", "away", "off", "down"})
# (added 2026-12-07) "stood firm against US pressure": the phrase hangs on the adjective
FIRM_WORDS = frozenset({"firm", "fast", "steadfast", "defiant", "resolute", "unmoved"})


def _particle_preps(verb: Token) -> list[Token]:
    """Prepositions hung on the verb's particle: "pulled back from Jenin", "backed away from the deal",
    or on its firmness ("stood firm against US pressure")."""
    return [
        p
        for c in verb.children
        if (c.dep_ in {"advmod", "prt"} and c.lower_ in PARTICLE_ADVERBS)
        or (c.dep_ in {"acomp", "advmod"} and c.lower_ in FIRM_WORDS)
        for p in c.children
        if p.dep_ == "prep"
    ]


# "a strike with support from France", "attacked with the help of Russian jets": the helper, not a target
HELP_NOUNS = frozenset(
    {"support", "help", "backing", "assistance", "cover", "approval", "blessing", "participation", "aid",
     "consent", "cooperation", "coordination"}
)  # fmt: skip


# Clashes and attacks that are arguments when people, not forces, have them ("Rubio ratcheted up his
# attacks toward Trump")
VERBAL_CLASHES = frozenset({"clash", "spar", "tussle", "row", "quarrel", "feud", "wrangle", "attack"})


def _people_clash(roles: Roles, resolver: ActorResolver) -> bool:
    """Persons clash with a person ("Karen Pierce clashed with Trump"): words, not arms."""

    def person(p: Participant) -> bool:  # (or an office holder: "the UK ambassador")
        return _kind(resolver, p.actor_id) == "person" or _lemma(p.token) in OFFICE_NOUNS

    return (
        bool(roles.sources)
        and all(person(p) for p in roles.sources)
        and any(person(p) for p in roles.targets)
    )


def _helpers(verb: Token, index: MentionIndex) -> list[Participant]:
    """Who helps the act of ``verb``: "with the help of Russian jets", "with Russian support" (also
    of the act it is for: "fighting to take the town with support from the US-led coalition")."""
    # (and the subject's, set off by commas: "Syrian troops, with the support of Russian air power,
    # retook Aleppo"; added 2026-12-07, fourteenth round)
    subjects = [
        s for s in verb.children if s.dep_ == "nsubj" and s.i + 1 < len(s.doc) and s.doc[s.i + 1].text == ","
    ]
    return [
        p
        for v in [verb, *(x for x in verb.children if x.dep_ == "xcomp"), *subjects]
        for c in v.children
        if c.dep_ == "prep" and c.lower_ == "with" and (v.i == verb.i or v.dep_ == "xcomp" or c.i > v.i)
        for noun in _prep_objects(c)
        if _lemma(noun) in HELP_NOUNS
        for p in phrase_actors(noun, index)
        if not _against_below(p.token, noun)  # "support from the coalition against Daesh"
    ]


def _neighbour_of_a_place(border: Token, child: Token) -> bool:
    """The "with" phrase of a border that places a noun ("a town on the border with Iraq"), not the
    border an act is done on ("massed forces on its border with Syria")."""
    return (
        child.dep_ == "prep"
        and child.lower_ == "with"
        and _lemma(border) in BORDER_NOUNS
        and border.dep_ == "pobj"
        and border.head.head.pos_ in {"NOUN", "PROPN"}
    )


def _on_a_border(noun: Token) -> bool:
    """ "an offensive on the Lebanon-Syria border", "clashes along the frontier": where, not whom
    ("massed forces on its border with Syria" names the neighbour faced)."""
    return _locative(noun) and not any(c.dep_ == "prep" and c.lower_ == "with" for c in noun.children)


def _stray_border_with(preposition: Token) -> bool:
    """ "assault on the town of Kobane on the border with Turkey", its "with" hung on the verb: the
    neighbour of a place the act is aimed at, not whom it is done with or to (added 2026-12-07)."""
    if preposition.lower_ != "with" or preposition.i == 0:
        return False
    border = preposition.doc[preposition.i - 1]
    return _locative(border) and border.head.head.pos_ in {"NOUN", "PROPN"} and preposition.head.i != border.i


def _with_help(noun: Token) -> bool:
    """ "with the help of Russia", "at Assad's request", "at the invitation of Tehran": whose help or
    bidding it is, not whom it is aimed at ("at" phrases added 2026-12-07)."""
    return (noun.head.lower_ == "with" and _lemma(noun) in HELP_NOUNS) or (
        noun.head.lower_ == "at" and _lemma(noun) in BIDDING_NOUNS
    )


BIDDING_NOUNS = frozenset({"request", "invitation", "behest", "bidding", "urging", "insistence"})


# Participles that are adjectives before a name: "from neighbouring Syria" (the parser reads a verb)
ADJECTIVAL_PARTICIPLES = frozenset(
    {"neighbour", "neighbor", "neighbouring", "neighboring", "border", "bordering"}
)


def _prep_objects(preposition: Token) -> list[Token]:
    objects = [g for g in preposition.children if g.dep_ == "pobj"]
    if objects:
        return objects
    if preposition.lower_ == "out":
        # "pulled out of Mali": the compound preposition's object hangs on its "of"
        return [
            g
            for c in preposition.children
            if c.dep_ == "prep" and c.lower_ == "of"
            for g in c.children
            if g.dep_ == "pobj"
        ]
    return [
        g
        for c in preposition.children
        if c.dep_ == "pcomp" and (_lemma(c) in ADJECTIVAL_PARTICIPLES or c.lower_ in ADJECTIVAL_PARTICIPLES)
        for g in c.children
        if g.dep_ == "dobj"
    ]


def _dangling_object(preposition: Token) -> list[Token]:
    """A preposition the parser left without an object because its noun became the subject of the
    clause after it ("granted asylum to five officers holed up in ...": "officers" is parsed as the
    subject of "holed"): that subject."""
    following = preposition.i + 1
    if following >= len(preposition.doc) or following >= preposition.sent.end:
        return []
    return [
        t
        for t in preposition.sent
        if t.dep_ in {"nsubj", "nsubjpass"}
        and t.left_edge.i == following
        and t.head.i > t.i
        # ("launched an offensive with Russia watching closely": an absolute clause, whose short
        # subject is no side of the act; added 2026-12-07)
        and not (
            preposition.lower_ in {"with", "without"}
            and t.head.tag_ == "VBG"
            and t.right_edge.i + 1 == t.head.i
            and not any(c.dep_ == "prep" for c in t.children)
        )
    ]


# Particles whose object is the partner ("stand by", "side with"); "call for", "push into" name
# what is demanded or where to
PARTNER_PARTICLES = frozenset({"by", "with", "behind", "alongside"})


# Words whose "on" is whom they are on: a visit paid ("a courtesy call on Mandela"), something
# bestowed ("bestowed an honour on Putin")
ON_RECEIVERS = frozenset({"call", "bestow", "confer"})


def _unsided_preps(token: Token, entry: LexiconEntry) -> set[str]:
    """Prepositions that name no partner of a cooperative act: "cooperation against terrorism", and
    what it is "on" ("agreed to cooperation on Syria with Iran", "intelligence on Islamic State
    positions"; added 2026-12-07, fourteenth round), unless "on" is the entry's own particle ("called
    on Iran") or the word's receiver."""
    # "defend the city from Turkish attack": what is fended off is the enemy (seventeenth round)
    fended = {"from"} if _lemma(token) in PROTECTING_VERBS else set()
    if _lemma(token) == "save":
        fended.add("for")  # "saved her most forceful rhetoric for Trump": kept, not rescued
    if entry.particle in {"on", "upon"} or _lemma(token) in ON_RECEIVERS:
        return {"against"} | fended
    return {"against", "on"} | fended


PROTECTING_VERBS = frozenset({"defend", "protect", "shield", "guard", "shelter", "save", "rescue", "secure"})


def _given_by(goods: Token) -> Token | None:
    """The participle of giving that describes ``goods`` with its giver ("weapons given by
    Washington to the militants"), if any."""
    return next(
        (
            c
            for c in goods.children
            if c.dep_ == "acl"
            and c.tag_ == "VBN"
            and _lemma(c) in SUPPLYING_VERBS
            and any(a.dep_ == "agent" for a in c.children)
        ),
        None,
    )


def _holders_of_given(goods: Token) -> list[Token]:
    """Who holds ``goods``: those given them, when a participle names the giver; else the goods'
    own phrase."""
    given = _given_by(goods)
    if given is None:
        return [goods]
    return _phrase_objects(given, "to")


def _targets_of(
    token: Token,
    index: MentionIndex,
    exclude: set[str],
    trigger_entry: LexiconEntry | None = None,
    resolver: ActorResolver | None = None,
    aimed_entry: LexiconEntry | None = None,
) -> list[Participant]:
    """Whom the act of ``token`` is done to. ``aimed_entry`` (default: ``trigger_entry``) decides
    whether a place the act is aimed at counts ("launched airstrikes on Afrin": the noun's entry)."""
    aimed_entry = aimed_entry or trigger_entry
    groups = _grouped_object_heads(token)
    if not any(groups) and token.dep_ != "conj":
        # "armed and advised Iraq": conjoined verbs share the object
        groups = [_object_heads(c) for c in token.children if c.dep_ == "conj" and c.pos_ == "VERB"]
    if trigger_entry is not None and trigger_entry.particle in PARTNER_PARTICLES:
        # "stand by Syria", "side with Moscow": the particle's object is whom the act is for
        bound = [
            g
            for c in token.children
            if c.dep_ == "prep" and c.lower_ == trigger_entry.particle
            for g in _prep_objects(c)
            if phrase_actors(g, index)  # "stood by previous comments that ...": no one stood by
            # ("stood by his charge that Assad's forces were responsible": a claim stood by, whose
            # clause names the accused, added 2026-12-07, sixteenth round)
            and not any(c.dep_ in {"acl", "ccomp"} and c.pos_ in {"VERB", "AUX"} for c in g.children)
        ]
        if bound:
            # after a direct object: "pushing us into the arms of the Russians" coerces "us"
            rest = [[h for h in heads if h not in bound] for heads in groups]
            direct = bool(rest) and any(h.dep_ in {"dobj", "dative"} and h.head.i == token.i for h in rest[0])
            groups = [rest[0], bound, *rest[1:]] if direct else [bound, *rest]
    headless = next(
        (
            c
            for c in token.children
            if c.dep_ == "ccomp"
            and c.i > token.i
            and not any(g.dep_ in SUBJECT_DEPS | {"nsubjpass"} for g in c.children)
            # (a clause run on from the object, no comma between: not "seeks Russian support ...,
            # while announcing it will send ground forces")
            and not any(t.is_punct for t in token.doc[token.i + 1 : c.left_edge.i])
        ),
        None,
    )
    if headless is not None and any(c.dep_ == "dobj" and token.i < c.i < headless.i for c in token.children):
        # "agreed the Gulf obstacle to Assad remaining in power can be resolved": a clause whose
        # subject the parser made the verb's object; the words before it are the clause's (added
        # 2026-12-07, seventeenth round)
        groups = [[h for h in heads if not token.i < h.i < headless.i] for heads in groups]
    if not any(groups) and _contact_relative(token):
        # "the rebels Turkey supports", "the Kurdish militia the US armed": a relative clause with no
        # pronoun, whose object is the noun it modifies (added 2026-12-07, twenty-first round)
        groups = [[token.head]]
    if (relative := _relative_object(token)) is not None:
        # "the YPG, which Turkey considers a terrorist organisation": the parser made the predicate
        # noun the object; the relative pronoun before the verb stands for whom it is said of (added
        # 2026-12-07, twenty-first round)
        groups = [[relative]]
    topical: set[str] = set()
    if trigger_entry is not None and trigger_entry.goldstein > 0:
        # "cooperation against terrorism", "spearhead against Turkey": not the partner
        topical = _unsided_preps(token, trigger_entry)
        if trigger_entry.category == "aid" and not trigger_entry.recipient:
            # "sent weapons from Jordan and Turkey to the rebels": where aid is sent from is no
            # recipient (added 2026-12-07, fifteenth round)
            topical = topical | {"from"}
    if any(c.dep_ == "agent" for c in token.children):
        # "Assad backed by Russia, Iran and militias from Lebanon Iraq and Afghanistan": in a passive
        # with its agent, "from" tells where the doers come from, not whom it is done to (added
        # 2026-12-07, seventeenth round)
        topical = topical | {"from"}
    if topical:
        groups = [[h for h in heads if h.head.lower_ not in topical] for heads in groups]
    if _lemma(token) in {"help", "assist", "enable"} and (
        helped := [g for c in token.children if c.dep_ == "ccomp" for g in c.children if g.dep_ == "nsubj"]
    ):
        # "helped a US-led coalition push Isis out", parsed as a clause: the one helped is its
        # subject, not whom that one acts on (added 2026-12-07, seventeenth round)
        groups = [helped]
    if _lemma(token) in INSTRUMENT_VERBS:
        # "used chemical weapons given to him by the United States": what is used is the means, not
        # whom it is used on (added 2026-12-07)
        groups = [[h for h in heads if not (h.dep_ == "dobj" and h.head.i == token.i)] for heads in groups]
        # ("used weapons against the United States", the aim hung on the means: added 2026-12-07)
        groups.append(
            [
                g
                for o in token.children
                if o.dep_ == "dobj"
                for c in o.children
                if c.dep_ == "prep" and c.lower_ == "against"
                for g in _prep_objects(c)
            ]
        )
    if trigger_entry is not None and (
        trigger_entry.category in PLACED_CATEGORIES
        or trigger_entry.objects & HOST_OBJECTS
        or trigger_entry.placed
    ):
        # "lifted a curfew in Montenegro", "troops on alert in the West Bank": the place is the target
        # (and a show of force "off Taiwan", "near the border with South Korea")
        holders = [token, *(c for c in token.children if c.dep_ == "dobj")]
        if token.dep_ == "dobj" and trigger_entry.category == "mobilize":
            holders.append(token.head)  # "staged exercises off Taiwan": the phrase hung on the verb
        preps = {"in", "off", "near"} if trigger_entry.category == "mobilize" else {"in"}
        groups = [
            *groups,
            [
                g
                for h in holders
                for c in h.children
                if c.dep_ == "prep" and c.lower_ in preps
                for g in c.children
                if g.dep_ == "pobj"
                # off or near a named state or its border; not "off the Syrian coast", where an ally's
                # navy may drill as well as a foe's
                and (c.lower_ == "in" or g.pos_ == "PROPN" or _lemma(g) in BORDER_NOUNS)
            ],
        ]
    if trigger_entry is not None and trigger_entry.category == "protest":
        # "demonstrated outside the Russian embassy": a protest at a state's mission is against it
        groups = [
            *groups,
            [
                g
                for c in token.children
                if c.dep_ == "prep" and c.lower_ in {"outside", "at", "near", "before"}
                for g in _prep_objects(c)
                if _lemma(g) in MISSION_NOUNS
            ],
        ]
    if _lemma(token) in HANDING_VERBS and (
        handed_to := [
            g for c in token.children if c.dep_ == "prep" and c.lower_ == "to" for g in _prep_objects(c)
        ]
    ):
        # "extradited the Russian arms dealer to the United States": the receiving state is the partner
        groups = [handed_to, *groups]
    if trigger_entry is not None and trigger_entry.pos == "phrase":
        # "Zakharova took a jab at the United States": whom the phrase's own noun is aimed at (an "at"
        # phrase is otherwise a place; added 2026-12-07, nineteenth round)
        words = set(trigger_entry.lemma.split())
        aimed = [
            g
            for o in token.children
            if o.dep_ == "dobj" and _lemma(o) in words
            for g in _phrase_objects(o, *AIMED_PREPS)
        ]
        if aimed:
            groups = [aimed, *groups]
    if _lemma(token) in TAKING_VERBS:
        # "seize weapons given by Washington to the militants": the giver no longer holds them; who
        # was given them does (added 2026-12-07, nineteenth round)
        groups = [[g for h in heads for g in _holders_of_given(h)] for heads in groups]
    if _lemma(token) in TAKING_VERBS and (taken_from := _from_objects(token)):
        # "recapture the town of Tabqa from the group": whom ground is taken from is the enemy, not the
        # place taken (nobody, when the text does not name them)
        groups = [taken_from]
    if trigger_entry is not None and trigger_entry.goldstein < 0:
        # "attack the US military's Kurdish partners", "struck Iran's proxies": the allies are hit, not
        # whose allies they are
        # (but the allies named after it are: "criticised Assad's allies, Russia and Iran"; added
        # 2026-12-07, eighteenth round)
        groups = [
            [g for h in heads for g in ([h] if not _ally_noun(h) else _named_after(h, index))]
            for heads in groups
        ]
    if _lemma(token) in LAUNCH_VERBS or (trigger_entry is not None and trigger_entry.category == "mobilize"):
        # "fired into Israel from Lebanon": where a projectile comes from is its origin, not its target
        # (nor where forces are moved from: "moved troops from Syria to Crimea", seventeenth round)
        groups = [[h for h in heads if h.head.lower_ != "from"] for heads in groups]
    if trigger_entry is not None and trigger_entry.category == "mobilize":
        # the forces moved are not whom they are moved against ("moved troops from Syria to Crimea")
        # (but where they are sent, hung on them: "sent warships towards Syria")
        groups = [
            [
                g
                for h in heads
                for g in (
                    [
                        o
                        for c in h.children
                        if c.dep_ == "prep" and c.lower_ not in {"from", "of"}
                        for o in _prep_objects(c)
                    ]
                    if h.dep_ == "dobj" and h.head.i == token.i and _lemma(h) in trigger_entry.objects
                    else [h]
                )
            ]
            for heads in groups
        ]
        # "moving its warships in the Mediterranean closer to Syria": whom forces are brought near
        # (added 2026-12-07, seventeenth round)
        groups.append(
            [
                g
                for a in token.children
                if a.dep_ == "advmod" and a.lower_ in {"closer", "nearer"}
                for c in a.children
                if c.dep_ == "prep" and c.lower_ in {"to", "toward", "towards"}
                for g in _prep_objects(c)
            ]
        )
    if trigger_entry is not None and trigger_entry.category in VIOLENT_CATEGORIES:
        # "fighting with the YPG against Islamic State": the "with" side is an ally
        allies = _ally_heads(token)
        # "combat terrorism with Iraq": an abstract enemy names no side, and its "with" is the ally
        groups = [
            [
                h
                for h in heads
                # "on behalf of the regime": the phrase that holds the ally, not an enemy it names
                if h not in allies
                and not (h.dep_ == "pobj" and any(h.left_edge.i <= a.i <= h.right_edge.i for a in allies))
                and _lemma(h) not in ABSTRACT_ENEMIES
                # "fought any UN attempt" names no enemy; "clashed over the efforts of Eriadori" does
                and not (_lemma(h) in RESISTED_MOVES and not _disputed_over(h))
            ]
            for heads in groups
        ]
        # "with Assad's forces against the rebels": the enemy phrase the parser hung on the ally
        groups.append(
            [g for a in allies for p in a.children if p.lower_ == "against" for g in _prep_objects(p)]
        )
    for heads in groups:
        found: list[Participant] = []
        for head in heads:
            aimed = _demanded_act_targets(head, trigger_entry, index)
            if trigger_entry is not None and trigger_entry.category in {"demand", "appeal"}:
                # "demanded the release of the German journalist held in Turkey": on the holder
                aimed = aimed or _holders_of_released(head, index, resolver)
            if aimed:
                # "called for UN sanctions against the regime": the demand is on the regime
                found.extend(p for p in aimed if p.actor_id not in exclude and p not in found)
                continue
            for participant in phrase_actors(head, index):
                if (
                    trigger_entry is not None
                    and trigger_entry.goldstein > 0
                    and _against_below(participant.token, head)
                ):
                    # "appealed to the Assad regime for help against Turkey": the enemy of the help
                    # asked for is not whom it is asked of (added 2026-12-07, sixteenth round)
                    continue
                if _hit_by_refused_act(participant.token, head, trigger_entry):
                    continue  # "rejected the idea of attacking Iran": not a refusal of Iran
                if participant.actor_id not in exclude and participant not in found:
                    found.append(participant)
            if resolver is not None and found and all(_country(resolver, p.actor_id) is None for p in found):
                # "seized the British-flagged tanker Stena Impero": a ship's name is no side; its flag is
                found = [p for p in _owners_in(head, index) if p.actor_id not in exclude] or found
            if not found:
                # "a resolution ... that charged Tehran": actors deeper in the object phrase (not, for a
                # hostile act, the friend of those it hits: "attacked militiamen allied to Israel")
                found.extend(
                    p
                    for p in _deep_actors(head, index, on_topics="on" in topical)
                    if p.actor_id not in exclude
                    and p not in found
                    and not (
                        trigger_entry is not None and trigger_entry.goldstein < 0 and _aligned_with(p.token)
                    )
                    # (nor whom a hostile act turned down would hit, as above)
                    and not _hit_by_refused_act(p.token, head, trigger_entry)
                    # ("struck terrorist targets in the Syrian provinces of Aleppo": a nationality word
                    # that only places the object; added 2026-12-07, seventeenth round)
                    and not _placing_nationality(p.token)
                )
            if not found and trigger_entry is not None and trigger_entry.goldstein < 0:
                # "chanted anti-Israeli slogans": what the object is against
                found.extend(p for p in _anti_sides(head, index) if p.actor_id not in exclude)
            if (
                not found
                and resolver is not None
                and head.dep_ == "dobj"
                and _lemma(token) in TERRITORIAL_VERBS
                # ("reoccupied the Palestinian town of Jenin": the town's name)
                and (place := _place_state(_named_place(head), resolver)) is not None
                and place.actor_id not in exclude
            ):
                found.append(place)  # "annexed Crimea", "occupied the Golan Heights": the state that held it
            if (
                not found
                and resolver is not None
                and _struck_place(token, head, aimed_entry)
                and index.at(_named_place(head)) is None  # a place, which no mention names as an actor
                and (
                    (place := _aimed_place(head, index, resolver)) is not None
                    # ("bombed houses in Idlib", the place hung on the verb: where the struck site is)
                    or (
                        (_site(head) or _area(head))
                        and not _held_by_named_side(head, index)
                        and (place := _located_in(token, index, resolver, proper=False)) is not None
                    )
                )
            ):
                # "Russian jets bombed Aleppo", "shelled the town of Douma"; also a place of the
                # attacker's own state ("Syrian troops shelled Douma": at home, see the drafts)
                found.append(place._replace(token=head))
            if (
                not found
                and resolver is not None
                and (place := _aid_destination(head, trigger_entry, resolver)) is not None
                and place.actor_id not in exclude
            ):
                found.append(place)  # "delivered nuclear fuel to the Bushehr plant": to Iran
            if (
                not found
                and resolver is not None
                and trigger_entry is not None
                and trigger_entry.category == "mobilize"
                and head.head.lower_ in {"off", "near"}
                and index.at(head) is None
                and (place := _place_state(head, resolver)) is not None
                and place.actor_id not in exclude
            ):
                found.append(place._replace(token=head))  # "military exercises near Alaska": a show of force
            for left in [head, *_object_preps(head)] if not found else []:
                # "withdrew its troops from Aleppo", "recalled its ambassador from Washington"
                if (
                    resolver is not None
                    and index.at(_named_place(left)) is None
                    and (place := _left_state(left, aimed_entry, resolver)) is not None
                    and place.actor_id not in exclude
                    and place not in found
                ):
                    found.append(place)
                elif (
                    # "withdraw the US troops stationed in Syria": the state named where they are posted
                    # (added 2026-12-07, twenty-first round)
                    resolver is not None
                    and left.head.lower_ in {"in", "inside"}
                    and _left_place(left, aimed_entry)
                ):
                    found.extend(
                        p
                        for p in phrase_actors(left, index)
                        if _kind(resolver, p.actor_id) == "state"
                        and p.actor_id not in exclude
                        and p not in found
                    )
            if not found and resolver is not None:
                # "fired at Seoul", "fired two artillery shells at Seoul": the place a hostile act is
                # aimed at, also when the parser hangs it on the projectile
                for aimed_head in [head, *_object_preps(head)]:
                    if _aimed_at(aimed_head, aimed_entry):
                        place = _aimed_place(aimed_head, index, resolver)
                        # a place of the attacker's own state too ("Syrian helicopters dropped barrel
                        # bombs on Aleppo": at home, see the drafts)
                        own = aimed_entry is not None and aimed_entry.category in VIOLENT_CATEGORIES
                        if (
                            place is not None
                            and (own or place.actor_id not in exclude)
                            and place not in found
                        ):
                            found.append(place)
            if not found and resolver is not None and (lifted := _lifted_hostility(head, trigger_entry)):
                # "Israel eased its blockade of Gaza", "lifted the siege on Aleppo": a hostile act
                # undone is undone for the place it was aimed at (added 2026-12-08, twenty-second round)
                found.extend(
                    place
                    for aimed_head in _object_preps(head)
                    if _aimed_at(aimed_head, lifted)
                    and (place := _aimed_place(aimed_head, index, resolver)) is not None
                    and place.actor_id not in exclude
                    and place not in found
                )
            for given in [head, *_object_preps(head)] if not found and resolver is not None else []:
                # "halted gas deliveries to Kiev": a capital something goes to, in an act that is no
                # journey, is its government (as it is after "with": "talks with Tehran")
                if (
                    given.dep_ == "pobj"
                    and given.head.lower_ == "to"
                    and not (aimed_entry is not None and aimed_entry.destination)
                    and index.at(given) is None
                    # (or any place, for supplies cut or given: "cut off electricity to Gaza"; added
                    # 2026-12-07, fourteenth round)
                    and (
                        resolver.is_capital(given.text)
                        or (aimed_entry is not None and aimed_entry.category in {"sanction", "aid"})
                    )
                    and (place := _place_state(given, resolver)) is not None
                    and place.actor_id not in exclude
                ):
                    found.append(place)
        if found:
            return found
    if trigger_entry is not None and (found := _done_for(token, trigger_entry, index, exclude)):
        return found  # "went on strike in protest at Israel's policies", "a banquet in honour of Mbeki"
    if resolver is not None and trigger_entry is not None and trigger_entry.category == "mobilize":
        return _faced_border(token, resolver, exclude)
    return []


# "in protest at X" names whom a hostile act is against, "in honour of X" whom a friendly one is for:
# (the nouns, their prepositions) by whether the act is hostile
DONE_FOR = {
    True: (frozenset({"protest"}), frozenset({"at", "against", "over", "of"})),
    False: (frozenset({"honour", "honor"}), frozenset({"of"})),
}


def _done_for(token: Token, entry: LexiconEntry, index: MentionIndex, exclude: set[str]) -> list[Participant]:
    """The actors of an "in protest at/against/over" phrase (a hostile act) or an "in honour of"
    phrase (a friendly one) on the act, or on the verb an act noun is the object of ("went on strike
    in protest at ...", "hosted a banquet in honour of ..."), but for ``exclude``; added 2026-12-07."""
    nouns, preps = DONE_FOR[entry.goldstein < 0]
    holders = [token]
    if token.dep_ == "dobj" or (token.dep_ == "pobj" and token.head.head.pos_ in {"VERB", "AUX"}):
        holders.append(token.head if token.dep_ == "dobj" else token.head.head)
    heads = [
        g
        for holder in holders
        for c in holder.children
        if c.dep_ == "prep" and c.lower_ == "in"
        for reason in _prep_objects(c)
        if _lemma(reason) in nouns
        # (the parser may hang the phrase right after the noun on the verb)
        for p in [*reason.children, *reason.doc[reason.i + 1 : reason.i + 2]]
        if p.dep_ == "prep" and p.lower_ in preps
        for g in _prep_objects(p)
    ]
    return [p for head in heads for p in phrase_actors(head, index) if p.actor_id not in exclude]


def _faced_border(verb: Token, resolver: ActorResolver, exclude: set[str]) -> list[Participant]:
    """ "Russia massed troops on the Ukrainian border": forces gathered on another state's border
    face that state (CAMEO 15); one's own border ("along the Russian border") faces no one named."""
    holders = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    borders = [
        g for h in holders for c in h.children if c.dep_ == "prep" for g in _prep_objects(c) if _locative(g)
    ]
    states = {
        state: Participant(state, word, None)
        for border in borders
        for word in border.lefts
        if word.dep_ in {"amod", "compound", "nmod"}
        and (state := _demonym_state(resolver, word.lower_)) is not None
        and state not in exclude
    }
    return list(states.values()) if len(states) == 1 else []


# Verbs that hand someone over: whom to is the partner, not whom ("extradited X to the US")
HANDING_VERBS = frozenset({"extradite", "hand", "transfer"})
# A state's missions abroad: a protest at one is against that state
MISSION_NOUNS = frozenset({"embassy", "consulate", "mission", "legation"})
# Common nouns that name a place by an "of" phrase ("the town of Douma", "the city of Idlib")
PLACE_NOUNS = frozenset(
    {"city", "town", "village", "province", "region", "district", "capital", "area", "neighbourhood",
     "neighborhood", "suburb", "outskirts", "outskirt", "enclave", "countryside", "governorate", "port",
     "island", "part",
     # (added 2026-12-07, twentieth round: "invading the Kurdish stronghold of Afrin")
     "stronghold", "bastion"}
)  # fmt: skip


def _struck_entry(entry: LexiconEntry | None) -> bool:
    """An attack or a siege, whose object a place names ("bombed Aleppo", "besieged Douma")."""
    return (
        entry is not None
        and (entry.category in {"fight", "assault"} or entry.code.startswith("191"))
        and entry.goldstein < 0
    )


def _struck_place(verb: Token, head: Token, entry: LexiconEntry | None) -> bool:
    """The direct object of an attack verb, which a place names: the attack is aimed at it, as
    "airstrikes on Afrin" are ("Russian jets bombed Aleppo"); ground taken is not ("recaptured
    Palmyra": whom it was taken from is the enemy)."""
    return (
        _struck_entry(entry)  # sieges too
        and verb.pos_ == "VERB"
        and (
            (head.dep_ == "dobj" and head.head.i == verb.i)
            # "sealed off the West Bank": the parser hangs the place on the particle
            or (head.dep_ == "pobj" and head.head.dep_ == "prt" and head.head.head.i == verb.i)
        )
        and _lemma(verb) not in TAKING_VERBS
    )


def _located_in(
    place: Token, index: MentionIndex, resolver: ActorResolver, proper: bool = True
) -> Participant | None:
    """The state a proper place name's (or, ``proper`` False, a site's) own "in" phrase names ("the
    Pankisi Gorge in Georgia", "houses in Beit Hanoun")."""
    if proper and place.pos_ != "PROPN":
        return None
    states = [
        p
        for c in place.children
        if c.dep_ == "prep" and c.lower_ == "in"
        for g in _prep_objects(c)
        if (p := _state_at(g, index, resolver)) is not None
    ]
    return states[0] if len(states) == 1 else None


def _state_at(token: Token, index: MentionIndex, resolver: ActorResolver) -> Participant | None:
    """The state a word names, as an actor or as a place of it ("Montreal", "Georgia"), else None."""
    if _area(token) and (inner := _located_in(token, index, resolver, proper=False)) is not None:
        # "the town of Mansoura in rural Aleppo": the place noun's own "in" phrase places it, before a
        # name the gazetteer has elsewhere (Mansoura, Egypt; added 2026-12-07, fourteenth round)
        return inner
    participant = index.at(token) or _place_state(token, resolver)
    if participant is None and _area(token):
        # "in Idlib province", "in the province of Idlib": the place noun's name (added 2026-12-07)
        name = next((c for c in token.children if c.dep_ == "compound" and c.pos_ == "PROPN"), None)
        name = name if name is not None else _named_place(token)
        participant = _place_state(name, resolver) if name.i != token.i else None
    return (
        participant if participant is not None and _kind(resolver, participant.actor_id) == "state" else None
    )


def _left_state(head: Token, entry: LexiconEntry | None, resolver: ActorResolver) -> Participant | None:
    """The state of a place a withdrawal or a recall leaves ("pulled out of the town of Kidal": the
    name after the place noun), if any."""
    return _place_state(_named_place(head), resolver) if _left_place(head, entry) else None


def _left_place(head: Token, entry: LexiconEntry | None) -> bool:
    """The place a withdrawal or a recall leaves ("from Aleppo", "out of Gaza"): its state is the one
    left, as a state named there would be."""
    if entry is None or entry.category not in {"retreat", "sanction"} or head.dep_ != "pobj":
        return False
    prep = head.head
    out = prep.head.lower_ == "out" or any(c.dep_ == "prt" and c.lower_ == "out" for c in prep.head.children)
    posted = prep.lower_ in {"in", "inside"} and _lemma(prep.head) in POSTING_PARTICIPLES
    return prep.lower_ == "from" or (prep.lower_ == "of" and out) or (posted and entry.category == "retreat")


def _owners_in(head: Token, index: MentionIndex) -> list[Participant]:
    """The states an owning participle in the phrase names ("the British-flagged tanker", "an
    Iranian-owned ship")."""
    return [
        p
        for t in head.subtree
        if t.head.lower_ in OWNING_PARTICIPLES and t.i != t.head.i and (p := index.at(t)) is not None
    ]


def _aid_destination(head: Token, entry: LexiconEntry | None, resolver: ActorResolver) -> Participant | None:
    """The state of a named place aid or arms go "to" ("to Bushehr", "to the Bushehr plant", "to the
    port of Tartus")."""
    if entry is None or entry.category != "aid" or head.dep_ != "pobj" or head.head.lower_ != "to":
        return None
    place = _named_place(head)
    if place.pos_ != "PROPN":
        # "the Bushehr plant": the place names the site
        place = next((c for c in place.children if c.dep_ == "compound" and c.pos_ == "PROPN"), place)
    if place.pos_ != "PROPN":
        return None
    state = _place_state(place, resolver)
    return state._replace(token=head) if state is not None else None


def _aimed_place(head: Token, index: MentionIndex, resolver: ActorResolver) -> Participant | None:
    """The state of a place a hostile act is aimed at or struck: a name ("at Seoul", "bombed
    Aleppo"), a place noun's name ("on the city of Afrin"), or a site, an area or a name placed by its
    own "in" phrase ("at houses in Beit Hanoun", "of rebel-held areas in Idlib"; place nouns and
    names after them, 2026-12-07)."""
    named = _named_place(head)
    if _site(head) and _held_by_named_side(head, index):
        # "struck terrorist targets in the Syrian provinces of Aleppo", "IS positions in Syria": sites
        # whose holders are named are theirs, not their place's state (added 2026-12-07, seventeenth
        # round; before the place's name since the twentieth: "the Islamic State stronghold of Raqqa")
        return None
    place = _place_state(named, resolver)
    if place is None and (_site(head) or _area(head)):
        # "fired shells at houses in Beit Hanoun", "targeted a busy market place in rebel-held Idlib",
        # "struck the town of Armanaz in Idlib province"
        place = _located_in(head, index, resolver, proper=False)
    if place is None and named.pos_ == "PROPN":
        # "bombed the Pankisi Gorge in Georgia": a place the gazetteer lacks, placed by its own "in"
        place = _located_in(named, index, resolver)
    if place is None and _area(head):
        # "targeted Aleppo's Atarib district": a place noun's possessor places it (added 2026-12-07,
        # fourteenth round)
        owners = [p for c in head.children if c.dep_ == "poss" and (p := _state_at(c, index, resolver))]
        place = owners[0] if len(owners) == 1 else None
    if place is None and _area(head) and any(c.lower_ == "the" for c in head.children) and named.i == head.i:
        # "activists in Idlib province said ... attacks by Russian forces on the province": the same
        # place noun named earlier in the sentence (added 2026-12-07, twentieth round)
        earlier = [
            t for t in head.sent if t.i < head.i and _lemma(t) == _lemma(head) and _named_place(t).i != t.i
        ]
        place = _place_state(_named_place(earlier[-1]), resolver) if earlier else None
    return place


def _placing_nationality(token: Token) -> bool:
    """A nationality word on a place noun in a phrase of place ("in the Syrian provinces of Aleppo")."""
    place = token.head
    return (
        token.dep_ == "amod"
        and _area(place)
        and place.dep_ == "pobj"
        and place.head.lower_ in PLACE_TIME_PREPS
    )


# Words that name a site's holders as an armed group with no state ("terrorist targets")
ARMED_GROUP_WORDS = frozenset({"terrorist", "militant", "jihadist", "jihadi", "insurgent", "extremist"})


def _held_by_named_side(site: Token, index: MentionIndex) -> bool:
    """A site named with its holders: a side ("IS positions", "rebel positions") or an armed group's
    word ("terrorist targets")."""
    return any(
        c.dep_ in {"amod", "compound", "nmod", "poss"}
        and (index.at(c) is not None or _lemma(c) in ARMED_GROUP_WORDS)
        for c in site.children
    )


def _area(noun: Token) -> bool:
    """A common noun of a place ("the city", "rebel-held areas")."""
    return noun.pos_ == "NOUN" and _lemma(noun) in PLACE_NOUNS


def _named_place(head: Token) -> Token:
    """ "the town of Douma": the name; any other phrase is its own head."""
    if head.pos_ == "NOUN" and _lemma(head) in PLACE_NOUNS:
        named = [g for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for g in _prep_objects(c)]
        if named:
            return named[0]
        # "bombed Idlib province": the name before the place noun (added 2026-12-07, twentieth round)
        names = [c for c in head.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < head.i]
        if names:
            return names[-1]
    return head


def _hit_by_refused_act(token: Token, top: Token, entry: LexiconEntry | None) -> bool:
    """A rejection or opposition (``entry``) whose object ``top`` holds a hostile gerund or infinitive
    that ``token`` is the object of ("rejected the idea of attacking Iran", "opposes plans to strike
    Iran"): whom the act turned down would hit is not whom the refusal is against (added 2026-12-08,
    twenty-second round)."""
    if entry is None or entry.category not in {"reject", "opposition"}:
        return False
    current = token
    while current.i != top.i and current.head.i != current.i:
        current = current.head
        if (
            current.pos_ == "VERB"
            and current.dep_ in {"pcomp", "acl", "xcomp"}
            and current.tag_ in {"VBG", "VB"}  # an act to come, not a participle that describes
            and any(
                e.goldstein < 0 and _matches(current, e)
                for e in load_lexicon().verbs.get(_lemma(current), [])
            )
        ):
            return True
    return False


def _lifted_hostility(head: Token, entry: LexiconEntry | None) -> LexiconEntry | None:
    """The hostile act noun a retreat or concession undoes ("eased its blockade", "lifted the
    siege"), as the noun's own lexicon entry, else None."""
    if entry is None or entry.category not in {"retreat", "concede"} or head.pos_ != "NOUN":
        return None
    return next(
        (e for e in load_lexicon().nouns.get(_lemma(head), []) if e.goldstein < 0 and not e.objects),
        None,
    )


def _object_preps(head: Token) -> list[Token]:
    """The prepositional objects hung on a direct object ("shells at Seoul")."""
    if head.dep_ != "dobj":
        return []
    return [g for c in head.children if c.dep_ == "prep" for g in _prep_objects(c)] + [
        # "withdraw the US troops stationed in Syria": where the object is posted (twenty-first round)
        g
        for a in head.children
        if a.dep_ == "acl" and a.tag_ == "VBN" and _lemma(a) in POSTING_PARTICIPLES
        for c in a.children
        if c.dep_ == "prep" and c.lower_ in {"in", "inside"}
        for g in _prep_objects(c)
    ]


# Participles of where troops or staff are posted
POSTING_PARTICIPLES = frozenset({"station", "deploy", "base", "post", "garrison", "position"})


def _hostile_in(token: Token, lexicon: Lexicon) -> bool:
    # an entry bound to a particle counts only with it: "dispersed the demonstrators" is no act
    # answered, "demonstrators against the war" protest
    if any(
        e.goldstein < 0 and (e.particle is None or _matches(token, e))
        for e in lexicon.nouns.get(_lemma(token), [])
    ):
        return True
    # "the bombing campaign", "a military operation": a hostile phrase the noun heads (2026-12-07)
    return (
        token.pos_ == "NOUN"
        and (phrase := _phrase_trigger(token, lexicon)) is not None
        and phrase.goldstein < 0
        and phrase.lemma.split()[-1] == _lemma(token)
    )


def _hostile_noun(token: Token) -> bool:
    """An event noun of conflict in the lexicon ("attack", "sanctions", "offensive")."""
    return _hostile_in(token, load_lexicon())


def _violent_verb(token: Token) -> bool:
    """A verb of fighting or assault in the lexicon ("fight", "recapture")."""
    return any(e.category in VIOLENT_CATEGORIES for e in load_lexicon().verbs.get(_lemma(token), []))


def _violent_act(token: Token) -> bool:
    """A verb or an event noun of fighting or assault in the lexicon ("strikes", "shelling", "war")."""
    lexicon = load_lexicon()
    table = lexicon.nouns if token.pos_ in {"NOUN", "PROPN"} else lexicon.verbs
    return any(e.category in VIOLENT_CATEGORIES for e in table.get(_lemma(token), []))


def _hostile_verb(token: Token) -> bool:
    """A verb of conflict in the lexicon ("shell", "punish")."""
    return any(e.goldstein < 0 for e in load_lexicon().verbs.get(_lemma(token), []))


RELEASE_NOUNS = frozenset({"release", "freedom", "freeing"})
HOLDING_PARTICIPLES = frozenset(
    {"hold", "detain", "jail", "imprison", "kidnap", "abduct", "capture", "arrest"}
)


def _holders_of_released(
    head: Token, index: MentionIndex, resolver: ActorResolver | None
) -> list[Participant]:
    """Who holds the people whose release is demanded ("the release of the German journalist held in
    Turkey", "of the sailors detained by Iran"): the demand is on them, not on the held."""
    if resolver is None or _lemma(head) not in RELEASE_NOUNS:
        return []
    held = [g for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for g in _prep_objects(c)]
    holding = [c for h in held for c in h.children if c.dep_ == "acl" and _lemma(c) in HOLDING_PARTICIPLES]
    agents = [g for v in holding for c in v.children if c.dep_ == "agent" for g in _prep_objects(c)]
    return _actors_of(agents, index) or [p for v in holding for p in _places_of([v], index, resolver)]


def _demanded_act_targets(head: Token, entry: LexiconEntry | None, index: MentionIndex) -> list[Participant]:
    """For a demand "for" a hostile act ("sanctions against X", "strikes on X"), the act's target."""
    if entry is None or entry.category != "demand" or head.dep_ != "pobj" or head.head.lower_ != "for":
        return []
    if not _hostile_noun(head):
        return []
    return _actors_of(
        [g for c in head.children if c.dep_ == "prep" and c.lower_ in AIMED_PREPS for g in _prep_objects(c)],
        index,
    )


AIMED_PREPS = frozenset({"at", "on", "upon", "into", "toward", "towards", "against"})


def _aimed_at(head: Token, entry: LexiconEntry | None) -> bool:
    """A hostile act's "at/on/into" phrase: where it is aimed, not where it happens."""
    if (
        entry is None
        or entry.goldstein >= 0
        or entry.category not in {"fight", "assault", "threaten", "coerce"}
    ):
        return False
    if head.dep_ != "pobj":
        return False
    prep = head.head.lower_
    # "the shelling of Yeonpyeong", "the bombing of Aleppo": an act noun's "of" phrase is what it hits
    if prep == "of" and entry.pos == "noun" and head.head.head.pos_ == "NOUN":
        # (also hung on the noun's "by" agent: "the bombardment by Russian warplanes of rebel-held
        # areas", added 2026-12-07)
        owner = head.head.head
        if owner.dep_ == "pobj" and owner.head.lower_ == "by" and owner.head.head.pos_ == "NOUN":
            owner = owner.head.head
        return _lemma(owner) == entry.lemma
    # "fired shells at Seoul" is aimed; "clashed with rebels at Aleppo" is where it happened
    return prep in AIMED_PREPS - {"at"} or (prep == "at" and entry.lemma in FIRING_VERBS)


def _named_after(noun: Token, index: MentionIndex) -> list[Token]:
    """The sides a noun's apposition or list names after it ("Assad's allies, Russia and Iran")."""
    return [
        c for c in noun.children if c.dep_ in {"appos", "conj"} and c.i > noun.i and index.at(c) is not None
    ]


def _ally_noun(token: Token) -> bool:
    """A noun of a friendly relation with its partner named ("Iran's proxies", "the allies of Iran";
    "Iranian proxies" are Iran's side themselves)."""
    return (
        token.pos_ == "NOUN"
        and any(e.role and e.goldstein > 0 for e in load_lexicon().nouns.get(_lemma(token), []))
        and any(_possessor(c) or (c.dep_ == "prep" and c.lower_ == "of") for c in token.children)
    )


ABSTRACT_ENEMIES = frozenset({"terrorism", "terror", "extremism"})  # not "insurgency": one wages it
# Moves one "fights" with words, not arms ("has fought any UN attempt to constrain it"): no enemy side
RESISTED_MOVES = frozenset({"attempt", "effort", "bid", "plan", "proposal", "initiative", "resolution"})
# What sides clash "over" or "about" is disputed with whoever holds it
DISPUTED_OVER = frozenset({"over", "about"})


def _disputed_over(noun: Token) -> bool:
    """ "clashed over the efforts of X", also when the parser makes "over" a particle and the noun
    its object ("will not clash over the efforts of X")."""
    if noun.dep_ == "pobj":
        return noun.head.lower_ in DISPUTED_OVER
    return noun.dep_ == "dobj" and any(
        c.dep_ == "prt" and c.lower_ in DISPUTED_OVER for c in noun.head.children
    )


ENEMY_NOUNS = ABSTRACT_ENEMIES | {"terrorist", "militant", "jihadist", "insurgent"}


def _fights_an_object(verb: Token) -> bool:
    """A fighting verb whose direct object is a common enemy ("fight terrorism", "fought militants";
    "fought a war" is the fight itself)."""
    return any(c.dep_ == "dobj" and _lemma(c) in ENEMY_NOUNS for c in verb.children)


def _ally_heads(verb: Token) -> list[Token]:
    """Who fights on the subject's side: "alongside X", "for X", or "with X" when an "against" phrase
    names the enemy ("fighting with the YPG against Islamic State")."""
    preps = [c for c in verb.children if c.dep_ == "prep"]
    # "combat terrorism with Iraq": the parser hangs the ally on the enemy noun
    preps += [
        p
        for c in verb.children
        if c.dep_ == "dobj" and _lemma(c) in ENEMY_NOUNS
        for p in c.children
        if p.dep_ == "prep" and p.lower_ in {"with", "alongside"}
    ]
    # the parser may hang the "against" phrase on the ally ("with Assad's forces against the rebels")
    nested = [c for p in preps if p.lower_ == "with" for g in _prep_objects(p) for c in g.children]
    against = any(p.dep_ == "prep" and p.lower_ == "against" for p in preps + nested)
    # "combat terrorism with Iraq", "fought militants with the Kurds": the object is the enemy
    # ("fought a war with Iraq", "attacked Aleppo with the help of": no ally)
    against = against or any(c.dep_ == "dobj" and _lemma(c) in ENEMY_NOUNS for c in verb.children)
    # "fought with US forces in the fight against Islamic State": the enemy named in the fight it was
    # in (added 2026-12-07, twenty-first round)
    against = against or any(
        p.lower_ == "in"
        and any(c.dep_ == "prep" and c.lower_ == "against" for n in _prep_objects(p) for c in n.children)
        for p in preps
    )
    # "British nationals fighting with Islamic State": volunteers join the side they fight with
    against = against or _volunteers(verb)
    sides = [
        g
        for p in preps
        if p.lower_ == "alongside"
        or (p.lower_ == "with" and against)
        or (p.lower_ == "for" and _lemma(verb) in {"fight", "battle"})  # "fight for Isis": its side
        for g in _prep_objects(p)
        # ("pressed ahead with an offensive against rebels": the act it goes on with, no ally; added
        # 2026-12-07, twentieth round)
        if not (p.lower_ == "with" and _hostile_noun(g))
    ]
    # "fighting on behalf of the Assad regime", "in defence of Syria": whose side is fought on
    # ("in support of" may hang on the verb from a gathering: "bombarded a rally in support of Assad")
    return sides + [
        g
        for p in preps
        if p.lower_ in {"on", "in"}
        for n in _prep_objects(p)
        if _lemma(n) in {"behalf", "defence", "defense"}
        for o in n.children
        if o.dep_ == "prep" and o.lower_ == "of"
        for g in _prep_objects(o)
    ]


VOLUNTEER_NOUNS = frozenset(
    {"national", "citizen", "volunteer", "foreigner", "recruit", "woman", "man", "girl", "boy", "teenager",
     "student", "convert"}
)  # fmt: skip


def _misparsed_gerund(token: Token) -> bool:
    """An "-ing" word the tagger called a bare noun ("killed fighting alongside ..."): an action, not
    an object."""
    return (
        token.pos_ == "NOUN"
        and token.lower_.endswith("ing")
        and not any(c.dep_ in {"det", "poss", "amod", "compound", "nummod"} for c in token.children)
    )


def _volunteers(verb: Token) -> bool:
    """The fighters are individuals who went to fight ("British women fighting with the YPJ",
    "Britons who fought with Isis"): armies fight *with* an enemy, volunteers with their side."""
    subject = verb.head if verb.dep_ == "acl" else next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
        subject = verb.head
    if subject is None and verb.dep_ == "pcomp" and verb.head.dep_ == "prep":
        # "Robinson was accused of fighting with the YPG" (added 2026-12-07)
        subject = next((c for c in verb.head.head.children if c.dep_ == "nsubjpass"), None)
    if subject is None:
        return False
    # ("Britons", "Americans": a nation's people, named by one word)
    if _lemma(subject) in VOLUNTEER_NOUNS or fold(subject.text) in nation_words():
        return True
    # a person, named, fighting with a force, not with another person ("Jac Holmes, a British volunteer,
    # fought with the YPG"; not "Putin fought with Erdogan over Syria"), added 2026-12-07
    allies = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "with" for g in _prep_objects(c)]
    return (
        subject.ent_type_ == "PERSON"
        and _lemma(verb) == "fight"  # (not "clashed with Trump")
        and bool(allies)
        and all(g.ent_type_ != "PERSON" and g.pos_ in {"PROPN", "NOUN"} for g in allies)
        and any(_lemma(g) in ARMED_WORDS or g.pos_ == "PROPN" for g in allies)
    )


def _enemy_not_the_state(verb: Token) -> bool:
    """A fight whose phrases say the enemy is not the fighters' own state: a side fought on ("fought
    alongside the army"), or an enemy that is no organ of a state ("against the rebels"); "battles
    against regime troops" may still be the fighters' own state."""
    if _ally_heads(verb) or any(c.dep_ == "prep" and c.lower_ == "alongside" for c in verb.children):
        return True
    enemies = [
        g for c in verb.children if c.dep_ == "prep" and c.lower_ == "against" for g in _prep_objects(c)
    ]
    return any(_state_role(e) is None for e in enemies)


def _combatant_object(verb: Token) -> bool:
    """The act's object is fighters nobody names ("encircled the attackers", "killed 80 militants")."""
    return any(
        c.dep_ in {"dobj", "nsubjpass"}
        and (
            c.lower_ in UNNAMED_ATTACKERS
            or _lemma(c) in UNNAMED_ATTACKERS
            or ((role := GROUP_ROLES.get(c.lower_)) is not None and role.role == "rebels")
        )
        for c in verb.children
    )


LAUNCH_VERBS = frozenset({"fire", "launch", "shoot", "lob", "hurl"})
# Weapons that are fired ("Israeli missiles were fired at ...")
FIRED_WEAPONS = frozenset({"missile", "rocket", "shell", "mortar", "projectile", "torpedo", "round"})


def _fired_weapons(verb: Token, index: MentionIndex) -> list[Participant]:
    """The side a passive firing verb's weapon subject names by its nationality ("Israeli missiles",
    the whole phrase a mention or its modifier one), else nothing."""
    return [
        p
        for s in verb.children
        if s.dep_ == "nsubjpass" and _lemma(s) in FIRED_WEAPONS
        for t in (s, *(c for c in s.children if c.dep_ in {"amod", "compound"}))
        if (p := index.at(t)) is not None
    ][:1]


TAKING_VERBS = frozenset({"capture", "recapture", "seize", "retake", "take", "wrest", "liberate", "win"})


def _launch_origin(verb: Token, index: MentionIndex, resolver: ActorResolver) -> Participant | None:
    """The state a projectile was fired from when nobody is named for it ("a rocket was fired into
    Israel from Lebanon", "militants fired rockets from Gaza"): the field codes the launch site's
    state as the source."""
    if _lemma(verb) not in LAUNCH_VERBS:
        return None
    origins = {
        p.actor_id: p
        for prep in verb.children
        if prep.dep_ == "prep" and prep.lower_ == "from"
        for place in _prep_objects(prep)
        if (p := index.at(place) or _place_state(place, resolver)) is not None
        and _kind(resolver, p.actor_id) == "state"
    }
    return next(iter(origins.values())) if len(origins) == 1 else None


FIRING_VERBS = frozenset({"fire", "launch", "shoot", "lob", "hurl", "aim", "throw", "direct", "point"})


def _grouped_object_heads(token: Token) -> list[list[Token]]:
    heads = _object_heads(token)
    direct = [
        h
        for h in heads
        if (h.head.i == token.i and h.dep_ in {"dobj", "dative", "attr", "oprd", "obj"})
        or (token.dep_ == "relcl" and h.i == token.head.i)
        or (h.dep_ == "pobj" and h.head.head.dep_ == "prt" and h.head.head.head.i == token.i)
    ]
    rest = [h for h in heads if h not in direct]
    # (a phrasal verb is another verb: "wrote off Syria's debt" writes about nothing; fourteenth round)
    phrasal = any(c.dep_ == "prt" for c in token.children)
    if (_lemma(token) in TOPIC_VERBS and not phrasal) or (
        _lemma(token) == "exchange" and any(_lemma(d) in EXCHANGED_WORDS for d in direct)
    ):
        # "Russia and Iran discussed Syria", "discussed the need for a response to Syria's use of ...":
        # what is discussed is a topic; whom with is the partner
        partners = [t for d in direct for t in d.subtree if t.dep_ == "pobj" and t.head.lower_ == "with"]
        rest = [h for h in rest if not (h.dep_ == "pobj" and h.head.lower_ in TOPIC_PREPS)]
        direct, rest = [], rest + partners  # "discussed the crisis in Syria with Erdogan" (misattached)
    if _demand_verb(token):
        # "pressing upon Trump that the Isis fight is not won": whom the demand is pressed upon,
        # before the subject of what is demanded
        upon = [h for h in rest if h.dep_ == "pobj" and h.head.head.i == token.i]
        rest = upon + [h for h in rest if h not in upon]
        groups = [direct, upon, rest] if direct else [upon, rest]
    else:
        groups = [direct, rest] if direct else [rest]
    # "threatened to stop negotiations if the United States goes ahead": the one the condition is on
    # (also on the act threatened: "threatened to close the strait if attacked by the United States",
    # whose condition's agent is the one it is on)
    clauses = [
        c
        for v in [token, *(x for x in token.children if x.dep_ == "xcomp")]
        for c in v.children
        if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in CONDITIONAL_MARKS for m in c.children)
    ]
    conditions = [g for c in clauses for g in c.children if g.dep_ in SUBJECT_DEPS]
    conditions += [a for c in clauses for p in c.children if p.dep_ == "agent" for a in _prep_objects(p)]
    return groups + [conditions]


# What only the state one is in gives: asking for it "in Germany" asks Germany
HOST_OBJECTS = frozenset({"asylum", "refuge"})
# Only for these is the place an act happens in also whom it is about ("lifted a curfew in Montenegro").
# Troops deployed in a country are about it; violence in a place is not violence against its state:
# "Russian strikes in Syria" are not RUS -> SYR. An inquiry into sites or events in a state is into it
# ("U.N. inspectors investigated suspected weapons sites in Iraq").
PLACED_CATEGORIES = frozenset({"concede", "retreat", "protest", "mobilize", "investigate"})


PURPOSE_PARTICIPLES = frozenset({"intend", "design", "mean", "meant"})


def _deep_actors(head: Token, index: MentionIndex, on_topics: bool = False) -> list[Participant]:
    """Actors anywhere in a phrase, shallowest first (used only when the phrase names none directly).
    With ``on_topics``, an "on" phrase is what the phrase is about ("agreed to cooperation on Syria
    with Iran": not Syria; see _unsided_preps)."""
    found: list[Participant] = []
    topics = {
        t.i
        for h in head.subtree
        if h.lower_ in TOPIC_HEADS or _lemma(h) in DOCUMENT_NOUNS | POLICY_NOUNS | TRUCE_NOUNS
        for c in h.children
        if _names_a_topic(h, c)
        for t in c.subtree
    }  # "other Israel supporters": the topic of a topic head is no actor of the phrase
    # "..., per NBC", "according to Reuters": the news source is no actor of the phrase
    topics |= {
        t.i for h in head.subtree if h.dep_ == "prep" and h.lower_ in {"per", "via"} for t in h.subtree
    }
    if on_topics:
        topics |= {t.i for h in head.subtree if h.dep_ == "prep" and h.lower_ == "on" for t in h.subtree}
    # "an agreement signed with the bloc intended to deal with the Syrian refugee crisis": what a thing
    # is meant for is its topic (added 2026-12-07, nineteenth round)
    topics |= {
        t.i
        for h in head.subtree
        if h.dep_ == "acl" and h.tag_ in {"VBN", "VBD"} and _lemma(h) in PURPOSE_PARTICIPLES
        for t in h.subtree
    }
    # (a reporting verb's subject reports, as in phrase_actors: "on Wednesday Al-Alam News Network
    # reports"; added 2026-12-08, twenty-second round)
    topics |= {
        t.i
        for c in head.subtree
        if c.dep_ == "nsubj" and c.head.pos_ == "VERB" and _lemma(c.head) in REPORTING_VERBS
        for t in c.subtree
    }
    # ("backing the government and the United States supports ...": the next clause's subject;
    # added 2026-12-07, nineteenth round)
    topics |= {
        t.i for c in head.subtree if c.dep_ == "conj" and _subject_of_next_clause(c) for t in c.subtree
    }
    # ("backing a 'terror force' on Turkey's border": where the thing is, not whose; twentieth round)
    topics |= {t.i for c in head.subtree if c.i != head.i and _on_a_border(c) for t in c.subtree}
    # ("the village of Hass prompting outrage from Anthony Lake": a clause with its own subject, whose
    # subject alone belongs to the phrase: "fire with Russian contractors working for a militia")
    topics |= {
        t.i
        for c in head.subtree
        if _subjected_pcomp(c)
        for g in c.children
        if g.dep_ not in {"nsubj", "nsubjpass"}
        for t in g.subtree
    }
    for token in sorted(head.subtree, key=lambda t: _depth_below(t, head)):
        if (
            _crosses_clause(token, head)
            or token.i in topics
            or _for_or_against(token)
            or _patron_modifier(token)
        ):
            continue  # "forces that formed the SDS, which led the fight against Isis": other clauses
        participant = index.at(token)
        if participant is not None and participant not in found:
            found.append(participant)
    return found[:2]


# Participles that describe people by what they were found guilty of ("men convicted of spying for
# Israel"); not "suspected of being Isis fighters" or "affiliated to al-Nusra", which name their side
DESCRIBING_PARTICIPLES = frozenset({"convict", "sentence", "charge"})


BACKING_PARTICIPLES = frozenset(
    {"back", "support", "arm", "fund", "sponsor", "help", "assist", "aid", "finance"}
)


# Participles of alignment with a side ("militiamen allied to Israel", "groups aligned with Iran"),
# whose object is the side's friend, not the side (unlike "loyal to": see AFFILIATION_WORDS)
ALIGNING_PARTICIPLES = frozenset({"ally", "allied", "align", "aligned"})


def _aligned_with(token: Token) -> bool:
    """``token`` is whom a phrase's people are allied to or aligned with."""
    prep = token.head
    return (
        token.dep_ == "pobj"
        and prep.lower_ in {"to", "with"}
        and prep.head.dep_ in {"acl", "amod"}
        and _lemma(prep.head) in ALIGNING_PARTICIPLES
    )


def _projectile_aim(prep: Token) -> bool:
    """Where what is fired is aimed ("fired warning shots at Iranian boats"): a target, not a place."""
    return prep.lower_ in AIMED_PREPS and prep.head.dep_ == "dobj" and _lemma(prep.head.head) in LAUNCH_VERBS


EFFORT_NOUNS = frozenset({"effort", "attempt", "bid", "initiative", "endeavour", "endeavor"})


def _crosses_clause(token: Token, head: Token) -> bool:
    came: Token | None = None
    while token.i != head.i and token.head.i != token.i:
        if (
            token.dep_ == "relcl"
            and came is not None
            and came.dep_ == "agent"
            and any(c.dep_ == "nsubjpass" and c.lower_ in {"which", "that"} for c in token.children)
            and _lemma(token) in LIGHT_VERBS | {"perpetrate"}  # (not "the deal which was abandoned by")
        ):
            # "condemns the crime which was committed by Russian aircraft": the doer of the thing, as
            # in "the attack carried out by Russian jets" (added 2026-12-07, twenty-first round)
            came, token = token, token.head
            continue
        if token.dep_ in {"relcl", "advcl", "ccomp", "parataxis"}:
            return True
        if (
            token.dep_ == "acl"
            and token.tag_ == "VBG"
            and _lemma(token) in load_lexicon().verbs
            and _lemma(token.head) not in GATHERINGS
        ):
            # "supports rebels fighting against Assad": the participle's own act ("boycotted the parade
            # supporting Gondor" is a gathering's purpose, so its side)
            return True
        if token.dep_ == "prep" and token.lower_ in PLACE_TIME_PREPS and not _projectile_aim(token):
            return True  # "air strikes in Syria": a place, not a target
        if token.dep_ == "acl" and token.tag_ == "VBN" and _lemma(token) in DESCRIBING_PARTICIPLES:
            return True  # "executed two men convicted of spying for Israel": what they were found guilty of
        if (
            token.dep_ == "acl"
            and _lemma(token.head) in EFFORT_NOUNS
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)
            and not any(c.dep_ == "poss" for c in token.head.children)
            # ("conducted a drill in an attempt to deter US maneuvers": the subject's own purpose)
            and not (token.head.dep_ == "pobj" and token.head.head.lower_ == "in")
        ):
            # "has ignored diplomatic efforts to end Syria's civil war": what an effort aims at is its
            # content, not whose it is ("press ahead with its attempts to drive the Kurds out": the
            # owner's own act; added 2026-12-07, nineteenth round)
            return True
        if token.dep_ == "agent" and token.head.dep_ == "acl" and _lemma(token.head) in BACKING_PARTICIPLES:
            # "pounded the area, backed by Russian allies": the backer is no target ("a resolution
            # proposed by Britain", vetoed, is Britain's)
            return True
        came, token = token, token.head
    return False


def _side_before_comma(participle: Token, index: MentionIndex) -> Participant | None:
    """The actor whose name ends right before the comma that opens a participle clause, inside the
    phrase of the noun the participle hangs on."""
    nearest = _before_comma(participle, participle.head)
    return index.at(nearest) if nearest is not None else None


def _before_comma(token: Token, phrase: Token) -> Token | None:
    """The word right before the comma that opens ``token``'s clause, when it sits in the phrase of
    ``phrase`` (the noun the parser hung the clause on): the noun the clause is really about."""
    if token.i < 2 or token.doc[token.i - 1].text != ",":
        return None
    nearest = token.doc[token.i - 2]
    return nearest if phrase.left_edge.i <= nearest.i < token.i else None


def _depth_below(token: Token, head: Token) -> int:
    depth = 0
    while token.i != head.i and token.head.i != token.i:
        token = token.head
        depth += 1
    return depth


def _subjected_pcomp(token: Token) -> bool:
    """A clause with its own subject under a preposition ("the village of Hass prompting outrage",
    "fire with Russian contractors working for a militia"): only its subject belongs to the phrase."""
    return token.dep_ == "pcomp" and any(g.dep_ in {"nsubj", "nsubjpass"} for g in token.children)


def _clause_as_modifier(verb: Token) -> bool:
    """A verb with its own subject and auxiliary that the parser hung on the noun after it as an
    adjective ("The US has cautiously backed rebel groups")."""
    if verb.dep_ != "amod" or verb.head.i < verb.i:
        return False
    if any(c.dep_ == "nsubj" for c in verb.children) and any(c.dep_ == "aux" for c in verb.children):
        return True
    # ... or made "has" the main verb and the participle an adjective of its object
    noun, doc = verb.head, verb.doc
    have = noun.head
    return (
        verb.tag_ == "VBN"
        and verb.lower_ != "armed"  # "Iran has armed groups in Iraq": more likely it has them
        and noun.dep_ == "dobj"
        and _lemma(have) == "have"
        and have.tag_ in {"VBZ", "VBP", "VBD"}  # a finite "has", not "claiming to have targeted"
        and have.i < verb.i
        and all(doc[i].pos_ == "ADV" for i in range(have.i + 1, verb.i))
    )


def _in_support_of_noun(token: Token) -> Token | None:
    """The noun an "in support of" phrase hangs on ("strikes in support of Assad's forces")."""
    if (
        _lemma(token) in {"support", "defence", "defense", "solidarity"}
        and token.dep_ == "pobj"
        and token.head.lower_ == "in"
        and token.head.head.pos_ == "NOUN"
    ):
        return token.head.head
    return None


FEELING_ABOUT_PREPS = frozenset({"with", "over", "about", "at"})


def _act_owners(noun: Token, index: MentionIndex) -> list[Participant]:
    """The owners (possessor, nationality or name on it) of the act a feeling noun's "with", "over",
    "about" or "at" phrase names ("disappointment with Russian and Iranian support")."""
    lexicon = load_lexicon()
    acts = [
        g
        for g in _phrase_objects(noun, *FEELING_ABOUT_PREPS)
        # (an act, not a relation: "a Russian jab at Israel's allies" is at the allies)
        if g.pos_ == "NOUN" and _lemma(g) in lexicon.nouns and not _role_noun(g)
    ]
    return [
        p
        for act in acts
        for c in act.children
        if c.dep_ in {"poss", "amod", "compound", "nmod"}
        for t in (c, *c.conjuncts)
        if (p := index.at(t)) is not None
    ]


def participants(trigger: Trigger, index: MentionIndex, resolver: ActorResolver | None = None) -> Roles:
    """Source and target actors of a trigger (see module docstring)."""
    token, entry = trigger
    if _relation_phrase(entry):
        # "Russia's relations with Turkey soured": the sides are the relation noun's
        noun = next((c for c in token.children if c.dep_ == "nsubj" and _lemma(c) in RELATION_NOUNS), None)
        if noun is not None:
            return _noun_roles(noun, entry, index, resolver)
    if entry.pos == "verb" or (entry.pos == "phrase" and token.pos_ in {"VERB", "AUX"}):
        roles = _verb_roles(token, entry, index, resolver)
        if roles.sources and not roles.targets and _clause_as_modifier(token):
            # "The US has cautiously backed rebel groups": the noun the parser hung the verb on is
            # its object (added 2026-12-07, twentieth round)
            noun = token.head
            examples = _phrase_objects(noun, "as", "including")
            # (not the verb's own subject, which the parser put inside the noun's phrase)
            own = [p for p in phrase_actors(noun, index) if p.token.i > token.i]
            roles = roles._replace(targets=own or _actors_of(examples, index))
        if not roles.sources and (relation := _relation_object(token, entry)) is not None:
            # "The dispute strained ties between Turkey and the US", "the visit improved Russia's
            # relations with Iran": no side did it, the relation's sides are whose it is (2026-12-07)
            sides = _noun_roles(relation, entry, index, resolver)
            if sides.sources:
                return sides
    elif entry.pos == "adj":
        return _adjective_roles(token, index)
    else:
        roles = _noun_roles(token, entry, index, resolver)
        if not roles.sources and (held := _in_support_of_noun(token)) is not None:
            # "began its intervention in support of Assad", "carried out strikes in support of Assad's
            # forces": whose act the "in support" phrase hangs on supports (added 2026-12-07,
            # twentieth round)
            owners = [c for c in held.children if _possessor(c)]
            sources = _actors_of(owners, index) if owners and owners[0].pos_ != "PRON" else []
            if not sources and held.dep_ == "dobj":
                sources = _acting_subject(held.head, index)[0]
            roles = roles._replace(sources=[p for p in sources if p not in roles.targets])
        if not roles.targets and entry.category in STATEMENT_CATEGORIES and entry.goldstein < 0:
            # "expressed his disappointment with Russian and Iranian support for Assad": a feeling about
            # an act is about whose act it is (added 2026-12-07, twentieth round)
            roles = roles._replace(targets=[p for p in _act_owners(token, index) if p not in roles.sources])
    if (
        entry.reciprocal
        and not roles.sources
        and len({p.actor_id for p in roles.targets}) >= 2
        and all(_between_sides(p.token, token) for p in roles.targets)
    ):
        # "a ceasefire agreed last year between Russia, the US and Jordan": the sides between whom
        # it was agreed agree with each other (added 2026-12-07)
        return Roles(roles.targets, [], roles.passive, True)
    return roles


def _relation_object(verb: Token, entry: LexiconEntry) -> Token | None:
    """The relation a verb of relations acts on ("improved ties", "soured relations")."""
    if not (_relation_phrase(entry) or entry.objects & RELATION_NOUNS):
        return None
    return next(
        (c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"} and _lemma(c) in RELATION_NOUNS), None
    )


def _between_sides(side: Token, trigger: Token) -> bool:
    """A side named in a "between"/"among" phrase of the trigger itself (or of the verb a trigger
    noun says happened: "clashes continued between ..."), not of a noun below it ("his promise to
    be neutral in negotiations between Israel and ...")."""
    holders = [trigger, *_occurrences(trigger)]
    return any(
        c.dep_ == "prep" and c.lower_ in {"between", "among"} and c.left_edge.i <= side.i <= c.right_edge.i
        for holder in holders
        for c in holder.children
    )


# Passives that describe the subject's own attitude ("Israel is opposed to", "Russia is allied with")
STATIVE_PASSIVES = frozenset({"oppose", "ally", "align", "commit", "dedicate", "devote", "committed"})


# Past participles that are no past tense: "taken" is never the verb of an active clause
PARTICIPLE_FORMS = frozenset(
    {"taken", "given", "seen", "driven", "written", "beaten", "stolen", "chosen", "broken", "spoken",
     "hidden", "thrown", "shown", "known", "drawn", "flown", "sworn", "torn", "fallen", "ridden",
     "bitten", "shaken", "overtaken", "undertaken", "overthrown", "forgiven", "forbidden"}
)  # fmt: skip


def _verb_roles(
    token: Token, entry: LexiconEntry, index: MentionIndex, resolver: ActorResolver | None = None
) -> Roles:
    subjects, passive_subjects, agents = _subject_children(token)
    if _lemma(token) == "sponsor" and any(
        c.dep_ == "dobj" and _lemma(c) in load_lexicon().nouns for c in token.children
    ):
        # "Turkey and Iran are co-sponsoring Putin's Syrian dialogue": the event's sides are its own
        # (the noun reads them), not the sponsor's target (added 2026-12-07)
        return Roles([], [], False, False)
    if (
        token.tag_ == "VBG"
        and token.dep_ == "conj"
        and token.head.tag_ in {"VB", "VBD", "VBZ", "VBP"}
        and not subjects
        and not any(c.dep_ in {"aux", "auxpass", "dobj"} for c in token.children)
        and any(
            c.dep_ == "dobj" and c.i < token.i and any(g.dep_ == "prep" for g in c.children)
            for c in token.head.children
        )
    ):
        # "continues to receive reports of bombardment and shelling on civilian locations": a gerund
        # conjoined to a verb of another form, after that verb's object and its phrase, is a noun of
        # that phrase the parser misread; its doer is not named (added 2026-12-07, twelfth round)
        return Roles([], [], False, False)
    if (
        not subjects
        and not passive_subjects
        and token.dep_ == "conj"
        and any(c.dep_ == "auxpass" for c in token.children)
    ):
        # "The YPG is not a proscribed group and is supported ... by the US military": a passive
        # conjunct's shared subject is its patient (added 2026-12-07, twelfth round)
        shared, shared_passive, _ = _subject_children(token.head)
        passive_subjects = shared + shared_passive
    if passive_subjects and not agents:
        # ("is supported in its fight against Isis by the US military": the agent the parser hung on
        # the verb's phrase)
        agents = [
            g
            for c in token.children
            if c.dep_ == "prep" and c.lower_ in {"in", "for"}
            for o in _prep_objects(c)
            for b in o.children
            if b.dep_ == "prep" and b.lower_ == "by"
            for g in _prep_objects(b)
        ]
    if _lemma(token) in KILLING_VERBS and any(
        c.dep_ in {"dobj", "xcomp", "advcl"}
        and c.i == token.i + 1
        and (c.tag_ == "VBG" or _misparsed_gerund(c))
        for c in token.children
    ):
        # "the first British woman killed fighting alongside Kurdish forces", "Britons killed fighting
        # Isis", parsed as clauses: they died doing it, and whoever killed them is not named
        return Roles([], [], True, False)
    if (
        subjects
        # (a past tense with an agent is a participle too: "Assad's government helped by Russia",
        # added 2026-12-07)
        and (
            token.tag_ == "VBN"
            or token.lower_ in PARTICIPLE_FORMS
            or (token.tag_ == "VBD" and any(c.dep_ == "agent" for c in token.children))
        )
        and not any(c.dep_ in {"aux", "auxpass"} for c in token.children)
        and (
            agents := agents
            or [g for c in token.children if c.dep_ == "prep" and c.lower_ == "by" for g in _prep_objects(c)]
        )
    ):
        # "the journalist taken hostage by Islamic State", parsed as a clause: a reduced passive
        subjects, passive_subjects = [], subjects
    if passive_subjects and not agents and _lemma(token) in STATIVE_PASSIVES:
        holders = _actors_of(passive_subjects, index)
        exclude = {p.actor_id for p in holders}
        return Roles(holders, _targets_of(token, index, exclude, trigger_entry=entry), False, False)
    if entry.undergoer:
        # "ten civilians died in Russian air strikes": as "were killed in"; no cause named, no source
        return Roles(_causes(token, index, resolver), _actors_of(subjects, index), True, False)
    if entry.experiencer:
        return _experiencer_roles(token, subjects, passive_subjects, agents, index)
    passive = bool(passive_subjects or agents) and not subjects
    if passive and entry.recipient:
        # "an email obtained by the consumer group": the "by" side received; the giver is "from"
        return Roles(_actors_of(_from_objects(token), index), _actors_of(agents, index), True, False)
    if passive and not agents and _lemma(token) in WITHDRAWING_VERBS and (left := _from_objects(token)):
        # "All US State Department staff will be withdrawn from Syria": those withdrawn leave the place
        # (added 2026-12-07, twelfth round)
        leavers = _actors_of(passive_subjects, index)
        held = {p.actor_id for p in leavers}
        places = _actors_of(left, index) or (
            [p for g in left if (p := _place_state(g, resolver)) is not None] if resolver is not None else []
        )
        return Roles(leavers, [p for p in places if p.actor_id not in held], False, False)
    if passive and not agents and _lemma(token) in LAUNCH_VERBS and (fired := _fired_weapons(token, index)):
        # "Suspected Israeli missiles were fired at several Syrian locations": the weapon fired is no
        # target; its nationality fired it, at what its "at/on/into" phrase names (added 2026-12-08,
        # twenty-second round)
        held = {p.actor_id for p in fired}
        return Roles(
            fired, _targets_of(token, index, held, trigger_entry=entry, resolver=resolver), False, False
        )
    if passive:
        # "were killed and many wounded in air strikes by the coalition": conjoined passives share the agent
        shared = [
            g
            for c in token.children
            if c.dep_ == "conj"
            and c.tag_ == "VBN"
            and not any(x.dep_ in {"aux", "auxpass"} for x in c.children)
            for a in c.children
            if a.dep_ == "agent"
            for g in a.children
            if g.dep_ == "pobj"
        ]
        sources = _actors_of(agents or shared, index) or _causes(token, index, resolver)
        custody = not agents and not sources and bool(sources := _custodian(token, index, resolver))
        # ("Iranian drones were used by Russian forces": what is used is the means, not whom it is
        # used on; added 2026-12-07, fourteenth round)
        means = _lemma(token) in INSTRUMENT_VERBS
        targets = [] if means else _actors_of([_relative_antecedent(s) for s in passive_subjects], index)
        # (whom police held is the person named, not their suspected ties)
        if not targets and not custody and not means:
            targets = [p for head in passive_subjects for p in _deep_actors(head, index) if p not in sources]
        if not targets and not custody:
            targets = _targets_of(token, index, {p.actor_id for p in sources})
        if (
            not targets
            and not custody
            and resolver is not None
            and _struck_entry(entry)
            and _lemma(token) not in TAKING_VERBS  # ground taken is not whom it was taken from
        ):
            # "Aleppo was bombed by Russian jets", "the town of Douma was shelled": the place struck, as
            # in the active (added 2026-12-07)
            targets = [
                p._replace(token=s)
                for s in passive_subjects
                if index.at(_named_place(s)) is None and (p := _aimed_place(s, index, resolver)) is not None
            ]
        # ("HTS, seen as al-Qaida's franchise and listed as terrorists by Russia": a participle
        # conjoined to one describes the same noun; added 2026-12-07, twenty-first round)
        described = token.head if token.dep_ == "conj" and token.head.dep_ == "acl" else token
        if not targets and sources and described.dep_ in {"acl", "advcl"}:
            # "Iran, backed by Russia, attacked ...", "Backed by Russia, the army ...": what the
            # participle describes is its patient
            patient = described.head if described.dep_ == "acl" else None
            if patient is None:
                patient = next((c for c in token.head.children if c.dep_ in SUBJECT_DEPS), None)
            # a side, not a thing it made ("the conference hosted by AIPAC in Washington")
            if (
                patient is not None
                and patient.dep_ == "conj"
                and any(c.dep_ == "poss" and c.lower_ in {"its", "his", "their"} for c in patient.children)
                and not phrase_actors(patient, index)
            ):
                # "The Syrian army and its allies backed by Russian warplanes": allies no one names
                # share the backing of the side they are conjoined with (added 2026-12-07)
                patient = patient.head
            if patient is not None and _side_noun(patient, index):
                targets = [
                    p
                    for p in phrase_actors(patient, index)
                    if p.actor_id not in {s.actor_id for s in sources}
                ]
            elif (
                patient is not None
                and token.dep_ == "acl"
                and _lemma(token) in BACKING_PARTICIPLES  # (a side is backed; a speech is delivered)
                # (not an act: "the attack, backed by Russia"; but "the refusal of the regime, backed by
                # Russia, to negotiate" is the regime's, and since a describing participle keeps its own
                # modifiers the refusal no longer passes to the backing: twenty-first round)
                and (
                    _lemma(patient) not in load_lexicon().nouns
                    or _lemma(patient) in REFUSAL_NOUNS | UNREALISED_NOUNS
                )
                and (nearest := _side_before_comma(token, index))
            ):
                # "a settlement with Bashar al-Assad's regime, backed by Moscow and Tehran": the
                # parser hung the participle on a noun that is no side; the side right before the
                # comma is what it describes (added 2026-12-07)
                targets = [p for p in [nearest] if p.actor_id not in {s.actor_id for s in sources}]
        # "a truce agreed by Russia and the United States": the agents agree with each other
        # (added 2026-12-07)
        reciprocal = entry.reciprocal and not targets and len({p.actor_id for p in sources}) >= 2
        return Roles(sources, targets, True, reciprocal)
    # (with a direct object it is a misparsed main verb: "raids carried out by Russian warplanes
    # killed 39 civilians")
    # ("nationals killed fighting alongside the YPG": the tagger may call the participle a past tense
    # and its gerund an object noun)
    reduced_relative = (
        token.i > 0
        and token.doc[token.i - 1].text != ","
        and not subjects
        and not any(c.dep_ == "dobj" and not _misparsed_gerund(c) for c in token.children)
    )
    participle = token.tag_ == "VBN" or (
        token.tag_ == "VBD" and any(c.dep_ == "dobj" and _misparsed_gerund(c) for c in token.children)
    )
    if token.dep_ == "acl" and participle and (agents or reduced_relative):
        # "a resolution, proposed by the U.K.": the noun is the patient; "19 civilians killed in an
        # air raid": a patient with no agent named, so no source ("Bagheri, discussed with Shoigu"
        # after a comma is a misparsed main verb, below)
        sources = _actors_of(agents, index)
        if not sources and _lemma(token) in HARM_VERBS:
            # "62 Syrian troops killed in US-led strikes": the cause's owner, as for "were killed in"
            # (added 2026-12-07, twelfth round)
            sources = _causes(token, index, resolver)
        return Roles(sources, phrase_actors(token.head, index), True, False)
    # ("The Saudi-led coalition bombed Yemen", parsed as a noun with a clause: a sentence has a verb,
    # added 2026-12-07)
    # (or on the agent of such a noun: "Airstrikes by the US-led coalition killed at least 21
    # civilians", twelfth round)
    # (or of a hostile noun anywhere: "Air strikes by the US-led coalition killed 21 civilians, a
    # monitor said")
    agent_of_root = (
        token.head.dep_ == "pobj"
        and token.head.head.lower_ == "by"
        and token.head.head.head.pos_ == "NOUN"
        and (token.head.head.head.dep_ == "ROOT" or _hostile_noun(token.head.head.head))
    )
    # (or on the subject of a report: "US-led air strikes killed 20 fighters, a monitor said")
    reported = token.head.dep_ == "nsubj" and _lemma(token.head.head) in REPORTING_VERBS
    leaders = _leaders_of(token.head, index, resolver) if token.dep_ == "acl" else []
    headless = (
        token.dep_ == "acl"
        and (token.head.dep_ == "ROOT" or agent_of_root or reported)
        and token.head.pos_ in {"NOUN", "PROPN"}
        and any(c.dep_ == "dobj" for c in token.children)
        and bool(phrase_actors(token.head, index) or leaders)
    )
    if token.dep_ == "acl" and (index.at(token.head) is not None or headless):
        # "Bagheri, discussed with Shoigu ..." (a misparsed main verb): the noun is the actor
        sources = _conjoined(token.head, index, set()) or phrase_actors(token.head, index) or leaders
        if entry.destination:
            return Roles(sources, _destinations(token, sources, index, resolver), False, False)
        exclude = {p.actor_id for p in sources}
        return Roles(sources, _targets_of(token, index, exclude, trigger_entry=entry), False, False)
    if (
        token.dep_ == "advcl"
        and token.tag_ in {"VBN", "VBD"}  # the tagger often calls such a participle a past tense
        and not subjects
        and not any(c.dep_ in {"aux", "auxpass", "mark", "advmod"} for c in token.children)
    ):
        # "Backed by Russia, the army advanced", "towns recaptured from Isis" hung on the main verb:
        # a participle's subject is what it was done to, never who did it (no "by", no source)
        return Roles(
            [], _targets_of(token, index, set(), trigger_entry=entry, resolver=resolver), True, False
        )
    sources, _ = _acting_subject(token, index)
    if entry.recipient:
        # "Georgian demonstrators received weapons from the Georgian government": the giver acts on
        # the subject; with no giver named there is no one to place
        givers = _actors_of(_from_objects(token), index)
        return Roles(givers, [p for p in sources if p not in givers], False, False)
    if entry.destination:
        return Roles(sources, _destinations(token, sources, index, resolver), False, False)
    exclude = {p.actor_id for p in sources}
    if resolver is not None and entry.category in OWN_ASSET_CATEGORIES:
        # "Trump withdrew US troops from Syria": his own state's forces are the instrument, Syria the target
        # (a group holds none: "opposition fighters surrendered to the Syrian army", fourteenth round;
        # the organ is kept by _domestic_targets, the state's place is not)
        exclude |= {
            c
            for p in sources
            if _kind(resolver, p.actor_id) not in {"state", "group"}
            and (c := _country(resolver, p.actor_id)) is not None
        }
    targets = _targets_of(token, index, exclude, trigger_entry=entry, resolver=resolver)
    if entry.reciprocal and len(sources) >= 2:
        # "Erdogan and Biden agreed the obstacle to Assad can be resolved": two sides agreeing with
        # each other; the clause is what they agreed on, not whom with
        # ("Russia, Iran and Turkey agree to a ceasefire between the regime and the rebels": the
        # ceasefire's sides are what was agreed on, added 2026-12-07, fifteenth round)
        targets = [
            p
            for p in targets
            if not _inside_clause_of(p.token, token)
            and not _topic(p.token, token)
            and not _between_phrase_of_object(p.token, token)
        ]
    organs_act = entry.category not in OWN_ASSET_CATEGORIES  # "withdraw US troops": its own forces
    if not targets and any(_collective(p) or (organs_act and _organ(p)) for p in sources):
        # "Palestinian police confiscated weapons from Palestinian armed groups": two sub-state sides
        # of one state, both named by a nationality word; a domestic dyad (see _self_dyad)
        targets = [
            p
            for p in _targets_of(token, index, set(), trigger_entry=entry)
            if all(_distinct_phrases(p, s) for s in sources)
        ]
    if not targets and entry.category in VIOLENT_CATEGORIES and len(sources) == 1 and _rivals(sources[0]):
        # "Rival Somali clans fought in Mogadishu": one state's sides fighting each other (a domestic
        # dyad, see _self_dyad)
        targets = [Participant(sources[0].actor_id, token, None)]
    # ("prosecute their citizens fighting in Syria": a participle with no subject of its own, read
    # as the sides' own act; sides that only share a clause do not fight each other)
    borrowed = token.dep_ in {"acl", "advcl"} and not any(c.dep_ in SUBJECT_DEPS for c in token.children)
    mutual = not (borrowed and entry.category in VIOLENT_CATEGORIES)
    reciprocal = entry.reciprocal and not targets and len(sources) >= 2 and mutual
    return Roles(sources, targets, False, reciprocal)


def _experiencer_roles(
    verb: Token,
    subjects: list[Token],
    passive_subjects: list[Token],
    agents: list[Token],
    index: MentionIndex,
) -> Roles:
    """ "The US plan angered Turkey", "Turkey was angered by the US plan": whom it angered holds the
    stance, towards the side behind what angered it (added 2026-12-07). The angered side's stance is
    no act, so the clause is not passive."""
    described = verb.tag_ == "VBN" and verb.dep_ in {"acl", "advcl"} and not subjects
    if passive_subjects or described:
        # ("Ankara, angered by Washington's support, ...", "Angered by the vote, Russia ...": the
        # participle describes whom it angered)
        felt = passive_subjects or (
            [verb.head] if verb.dep_ == "acl" else [c for c in verb.head.children if c.dep_ in SUBJECT_DEPS]
        )
        holders = _actors_of([_relative_antecedent(s) for s in felt], index)
        causes = (
            agents
            or [
                g
                for c in verb.children
                if c.dep_ == "prep" and c.lower_ in EXPERIENCER_CAUSE_PREPS
                for g in _prep_objects(c)
            ]
            # "The US is frustrated Russia has not put pressure on the regime": whom the clause is
            # about (added 2026-12-07, fifteenth round)
            or _clause_subjects(verb)
        )
    elif not any(c.dep_ in {"dobj", "npadvmod"} for c in verb.children) and (
        about := [
            g
            for c in verb.children
            if c.dep_ == "prep" and c.lower_ in {"about", "over", "at"}
            for g in _prep_objects(c)
        ]
        # "Israel worries that Iran will ...": whom the clause is about (fifteenth round)
        or _clause_subjects(verb)
    ):
        # "American officials have long worried about Saudi Arabia's role": the subject feels it
        # (added 2026-12-07, twelfth round)
        holders = _actors_of([_relative_antecedent(s) for s in subjects], index)
        causes = about
    else:
        # (the parser may call the object of "angered" an adverbial noun: "angered Turkey")
        holders = _actors_of([c for c in verb.children if c.dep_ in {"dobj", "npadvmod"}], index)
        causes = [_relative_antecedent(s) for s in subjects]
    held = {p.actor_id for p in holders}
    return Roles(holders, [p for p in _actors_of(causes, index) if p.actor_id not in held], False, False)


EXPERIENCER_CAUSE_PREPS = frozenset({"by", "at", "over", "about", "with"})


def _clause_subjects(token: Token) -> list[Token]:
    """The subjects of the "that" clause a feeling word governs ("is happy that Russia ...")."""
    return [
        g for c in token.children if c.dep_ == "ccomp" for g in c.children if g.dep_ in {"nsubj", "nsubjpass"}
    ]


RIVAL_WORDS = frozenset({"rival", "warring", "feuding"})


def _rivals(participant: Participant) -> bool:
    """Sub-state sides of one state named as each other's rivals ("rival Afghan factions", "warring
    Somali clans")."""
    if not _collective(participant):
        return False
    holder = participant.token.head if participant.mention is None else participant.token
    # (the parser may hang "rival" on the nationality word: "Rival Somali clans")
    return any(
        c.dep_ == "amod" and c.lower_ in RIVAL_WORDS for t in {holder, participant.token} for c in t.children
    )


def _inside_clause_of(token: Token, verb: Token) -> bool:
    """``token`` sits in a clausal complement of ``verb`` (what is said or agreed, not whom with)."""
    while token.head.i != token.i and token.head.i != verb.i:
        token = token.head
    return token.head.i == verb.i and token.dep_ in {"ccomp", "xcomp"}


def _between_phrase_of_object(token: Token, verb: Token) -> bool:
    """``token`` sits in a "between" phrase of a noun below ``verb`` ("agree to a ceasefire between
    the regime and the rebels"), not of the verb itself."""
    while token.head.i != token.i and token.head.i != verb.i:
        if (
            token.dep_ == "pobj"
            and token.head.lower_ == "between"
            and token.head.head.pos_ in {"NOUN", "PROPN"}
        ):
            return True
        token = token.head
    return False


DESTINATION_PREPS = frozenset({"in", "to", "for", "at", "into"})
EVENT_JOURNEYS = frozenset({"attend"})  # journeys named by the event gone to
VENUE_EVENTS = frozenset({"talk", "talks", "negotiation", "negotiations", "process", "round"})


def _destinations(
    verb: Token, sources: Sequence[Participant], index: MentionIndex, resolver: ActorResolver | None
) -> list[Participant]:
    """The states a journey goes to ("arrived in Moscow", "flew to Tehran", "left for Beijing"),
    not the traveller's own: "Putin arrived back in Moscow" is no visit."""
    if resolver is None or any(
        _military(p.token) or not _official(resolver, p.actor_id) or not _official_noun(p) or _collective(p)
        for p in sources
    ):
        # "Russian troops arrived in Syria": a deployment; "she travelled to Syria" (a person the
        # dictionary does not know, a group; "Three Americans travelled to Iran": a nation's people):
        # a journey, not a visit between states
        return []
    home = {c for p in sources if (c := _country(resolver, p.actor_id))} | {p.actor_id for p in sources}
    found: list[Participant] = []
    holders = [verb]
    places: list[Token] = []
    if _lemma(verb) in EVENT_JOURNEYS:
        # "attend a summit in Tehran", "attend the Beijing Olympics": where the attended event is
        # the venue of talks is no party to them ("the Geneva talks", "talks in Astana")
        events = [c for c in verb.children if c.dep_ == "dobj" and _lemma(c) not in VENUE_EVENTS]
        holders += events
        places += [c for e in events for c in e.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
    for prep in (c for h in holders for c in h.children):
        if prep.dep_ != "prep" or prep.lower_ not in DESTINATION_PREPS:
            continue
        places += _prep_objects(prep)
    for place in places:
        participant = index.at(place) or _place_state(place, resolver)
        if participant is None or _kind(resolver, participant.actor_id) != "state":
            continue
        if participant.actor_id not in home and participant not in found:
            found.append(participant)
    return found


def _official(resolver: ActorResolver, actor_id: str) -> bool:
    """A state or an actor of the dictionary (its leaders, ministers, organisations): who makes visits."""
    try:
        record = resolver.actor(actor_id)
    except KeyError:
        return False
    if record.kind == "state":
        return True
    return record.kind in {"person", "organization"} and not is_unknown(record)


OFFICE_NOUNS = frozenset(
    {"president", "minister", "premier", "chancellor", "king", "emir", "leader", "secretary", "chief",
     "ambassador", "envoy", "spokesman", "spokeswoman", "head", "commander", "general", "prince", "foreign"}
)  # fmt: skip


def _official_noun(participant: Participant) -> bool:
    """A nationality word names the state only on an office or a government noun ("a Russian
    delegation", "the Turkish foreign minister"), not on "Russian citizens" or "a UK national"."""
    token = participant.token
    if token.dep_ not in {"amod", "compound", "nmod"} or token.head.pos_ not in {"NOUN", "PROPN"}:
        return True
    noun = token.head
    return noun.pos_ == "PROPN" or noun.lower_ in OFFICE_NOUNS or _state_role(noun) == "government"


def _state_role(token: Token) -> str | None:
    """The state apparatus a noun names ("lawmakers": legislature, "troops": military, "security
    forces": police), if any."""
    previous = token.doc[token.i - 1] if token.i > 0 else None
    role = (
        GROUP_PHRASES.get(f"{previous.lower_} {token.lower_}") if previous is not None else None
    ) or GROUP_ROLES.get(token.lower_)
    return role.role if role is not None and role.state and role.role != "act" else None


def _military(token: Token) -> bool:
    return _state_role(token) == "military"


def _armed_fire(verb: Token) -> bool:
    """ "came under fire from Syrian forces" is shooting; "from Human Rights Watch", criticism."""
    return any(
        (role := GROUP_ROLES.get(g.lower_)) is not None and role.role in {"military", "police", "rebels"}
        for g in _from_objects(verb)
    )


def _from_objects(verb: Token) -> list[Token]:
    """Objects of the "from" phrases of a verb or of its direct object ("received arms from Russia",
    whichever the parser hangs the phrase on)."""
    holders = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    # "came under attack from Chechen rebels": the phrase's noun holds it
    holders += [
        g for c in verb.children if c.dep_ == "prep" and c.lower_ == "under" for g in _prep_objects(c)
    ]
    return [
        g
        for h in holders
        for c in h.children
        if c.dep_ == "prep" and c.lower_ == "from"
        for g in _prep_objects(c)
    ]


def _collective(participant: Participant) -> bool:
    """A nationality word standing for a sub-state collective, not the state: "Palestinian police",
    "Georgian demonstrators", "Young Algerians", "thousands of Nigerians"."""
    token = participant.token
    if token.pos_ == "PRON":
        return False
    if participant.mention is None and token.ent_type_ != "NORP":
        return True  # a place's people (MentionIndex.add_populations)
    if participant.mention is None:
        # a nationality word on a noun (MentionIndex.add_demonyms): a collective only on a people or
        # group noun ("Palestinian armed groups"), not on the state's forces or acts ("Russian jets")
        # ("Zimbabwean war veterans")
        return (
            _lemma(token.head) in COLLECTIVE_NOUNS | PEOPLE_NOUNS
            or _protesting_people(token.head)
            or _sub_state_leaders(token.head)
        )
    if fold(participant.mention.text) in nation_words():
        return True  # "Britons", "Afghans": a nation's people, however the tagger typed the word
    if token.ent_type_ != "NORP":
        return False
    return token.tag_ in {"NNPS", "NNS"}  # a plural demonym: the people, not the government


# what makes leaders a body's inside a state, not the state's ("Nigerian labour leaders")
SUB_STATE_BODIES = COLLECTIVE_NOUNS | {
    "labour",
    "labor",
    "student",
    "religious",
    "business",
    "tribal",
    "church",
    "civic",
}


def _sub_state_leaders(noun: Token) -> bool:
    """Leaders of a body inside a state ("Nigerian labour leaders", "Kenyan church leaders",
    "Iraqi tribal leaders"), not the state's leaders ("Nigerian leaders")."""
    return _lemma(noun) in {"leader", "chief", "elder"} and any(
        c.dep_ in {"amod", "compound"} and _lemma(c) in SUB_STATE_BODIES for c in noun.children
    )


def _extent(participant: Participant) -> tuple[int, int]:
    if participant.mention is not None:
        return participant.mention.start, participant.mention.end
    token = participant.token
    return token.idx, token.idx + len(token)


def _distinct_phrases(first: Participant, second: Participant) -> bool:
    a, b = _extent(first), _extent(second)
    return a[1] <= b[0] or b[1] <= a[0]


# Verbs whose subject suffers what its "in" phrase names
SUFFERING_VERBS = frozenset({"suffer", "sustain", "endure", "incur", "lose", "perish"})
RECEIVING_VERBS = frozenset(
    {"receive", "get", "obtain", "win", "secure", "gain", "face", "draw", "attract", "suffer", "incur"}
)
# Verbs of relying on what another gives (see _noun_roles)
RELYING_VERBS = frozenset({"rely", "depend", "count", "lean"})
# Verbs of keeping what another gives (see _noun_roles)
# ("Syria has the backing of Iran": added 2026-12-07, eighteenth round; it gave Syria's support for Iran)
KEEPING_VERBS = frozenset({"retain", "enjoy", "keep", "maintain", "have"})


def _phrase_objects(head: Token, *prepositions: str) -> list[Token]:
    """The objects of a word's phrases with these prepositions ("the support of Russia", "in
    cooperation with the Syrian army")."""
    return [
        g for c in head.children if c.dep_ == "prep" and c.lower_ in prepositions for g in _prep_objects(c)
    ]


# Verbs of the reactions an act brings on its author, from whom the "from" phrase names ("sparked
# condemnation from Russia", "prompting objections from Iran and Russia"); without one, the noun
# speaks for itself ("prompting negotiations between the UK and the US"; fourteenth round)
PROMPTING_VERBS = frozenset({"spark", "prompt", "provoke", "trigger", "elicit", "earn"})
# "came under attack from rebels", "fell under pressure": the subject suffers the noun
UNDERGOING_VERBS = frozenset({"come", "fall", "be", "remain", "stay"})


def _noun_roles(
    token: Token, entry: LexiconEntry, index: MentionIndex, resolver: ActorResolver | None = None
) -> Roles:
    if (given := _passive_gift(token, index)) is not None:
        return given
    if entry.reciprocal and entry.goldstein > 0 and len(brokers := _co_brokers(token, index)) >= 2:
        # "a deal brokered by Russia, Turkey and Iran": those who bring it about together cooperate, as
        # "Russia, Turkey and Iran brokered a deal" says (added 2026-12-07, thirteenth round); not
        # under another's negation ("HTS is not party to a deal brokered by ...": brokered all the same)
        return (
            Roles([], [], False, False) if read_modifiers(token).negated else Roles(brokers, [], False, True)
        )
    if token.dep_ == "dobj" and (
        _lemma(token.head) in RECEIVING_VERBS
        or (_lemma(token.head) in PROMPTING_VERBS and _actors_of(_from_objects(token.head), index))
        # "Assad retains Moscow's support", "enjoys Russia's backing": the owner's support for the
        # subject (added 2026-12-07, fifteenth round; not "enjoys good relations with Iran")
        or (
            _lemma(token.head) in KEEPING_VERBS
            and entry.category in {"support", "aid"}
            # ("retains Moscows support", FA-KES's lost apostrophe, is a compound; "retains US backing")
            and (
                any(
                    # ("enjoys Russian backing": a nationality word too; added 2026-12-08, twenty-second round)
                    (_possessor(c) or c.dep_ in {"compound", "nmod", "amod"})
                    and c.pos_ != "PRON"
                    and index.at(c) is not None
                    for c in token.children
                )
                # ("enjoys the support of Russia", added 2026-12-07, sixteenth round)
                or bool(_actors_of(_phrase_objects(token, "of"), index))
            )
        )
    ):
        # "Syria received military aid from Russia", "got a phone call from Putin", "faced criticism
        # from the United States": the giver acts on the receiver, whatever the noun is
        givers = _actors_of(_from_objects(token.head), index) or [
            # "obtained Russia's blessing", "won US backing": the noun's owner gives it (2026-12-07)
            p
            for c in token.children
            if (_possessor(c) or c.dep_ in {"compound", "nmod", "amod"})
            and c.pos_ != "PRON"  # ("get our allies on board": no giver)
            # ("received US and British intelligence support": the modifier's conjuncts give too;
            # added 2026-12-08, twenty-second round)
            for t in (c, *(g for g in c.children if g.dep_ == "conj"))
            if (p := index.at(t)) is not None
        ]
        if not givers and _lemma(token.head) in KEEPING_VERBS | RECEIVING_VERBS:
            # "enjoys the active support of its allies, particularly Russia", "received the backing of
            # Moscow": the "of" phrase gives it (added 2026-12-07, sixteenth round)
            givers = _actors_of(_phrase_objects(token, "of"), index)
        if not givers and _lemma(token) == "invitation":
            # "received an invitation to visit Turkey": the host invites (added 2026-12-07, fifteenth round)
            givers = _actors_of(
                [
                    g
                    for v in token.children
                    if v.dep_ == "acl" and _lemma(v) in {"visit", "come", "travel", "attend"}
                    for g in [
                        *(o for o in v.children if o.dep_ == "dobj"),
                        *(
                            o
                            for c in v.children
                            if c.dep_ == "prep" and c.lower_ == "to"
                            for o in _prep_objects(c)
                        ),
                    ]
                ],
                index,
            )
        if not givers and resolver is not None:
            # "received support from Moscow": a capital that gives is its government
            givers = [
                p
                for g in _from_objects(token.head)
                if resolver.is_capital(g.text) and (p := _place_state(g, resolver)) is not None
            ]
        receivers, _ = _acting_subject(token.head, index)
        return Roles(givers, [p for p in receivers if p not in givers], False, False)
    if (
        entry.goldstein > 0
        and entry.category in {"support", "aid"}
        and token.dep_ == "pobj"
        # ("is counting on support from France and the UK": whoever counts on it, 2026-12-07)
        and token.head.lower_ in {"with", "on", "upon"}
        and not any(_possessor(c) for c in token.children)
        and (
            givers := _actors_of(
                [
                    g
                    for c in token.children
                    if c.dep_ == "prep" and c.lower_ == "from"
                    for g in _prep_objects(c)
                ],
                index,
            )
        )
        # "the regime clawed back control with extensive backing from Iran and Russia": the "from" side
        # gives it to whoever acted with it (added 2026-12-07); not across a clause the parser put
        # between the verb and its "with" ("push them back to Syria, where the regime ..., with")
        and not any(
            t.dep_ in CLAUSE_DEPS | {"relcl", "acl", "advcl"}
            for t in token.doc[
                min(token.head.i, token.head.head.i) + 1 : max(token.head.i, token.head.head.i)
            ]
        )
        # (help with a fight is military cooperation, see _helpers)
        and not _violent_verb(token.head.head)
        and not (token.head.head.dep_ == "xcomp" and _violent_verb(token.head.head.head))
    ):
        receivers, _ = _acting_subject(token.head.head, index)
        return Roles(givers, [p for p in receivers if p not in givers], False, False)
    if (
        entry.goldstein > 0
        and entry.category in {"support", "aid"}
        and token.dep_ == "pobj"
        and token.head.lower_ in {"on", "upon"}
        and _lemma(token.head.head) in RELYING_VERBS
        # (not a reliance denied or bid of another: "warned Kurdish forces not to rely on US
        # protection" says nothing of what the US gives; added 2026-12-08, twenty-second round)
        and not any(c.dep_ == "neg" for c in token.head.head.children)
        and not (
            token.head.head.dep_ == "xcomp" and any(c.dep_ == "dobj" for c in token.head.head.head.children)
        )
        and (
            givers := [
                p
                for c in token.children
                if (_possessor(c) or c.dep_ in {"compound", "nmod", "amod"})
                and c.pos_ != "PRON"
                and (p := index.at(c)) is not None
            ]
            or _actors_of(_phrase_objects(token, "of"), index)
        )
    ):
        # "the Saudis, who rely on US support", "depends on Russia's backing": the owner gives it to
        # whoever relies on it (added 2026-12-07, seventeenth round)
        receivers, _ = _acting_subject(token.head.head, index)
        return Roles(givers, [p for p in receivers if p not in givers], False, False)
    if (
        entry.category == "cooperate"
        and token.dep_ == "pobj"
        and token.head.lower_ == "in"
        and (partners := _actors_of(_phrase_objects(token, "with"), index))
    ):
        # "The Russian Aerospace Forces in cooperation with the Syrian army carried out 468 sorties":
        # who acts in cooperation with a side cooperates with it (added 2026-12-07, seventeenth round)
        holder = _set_on(token) or token.head.head  # ("is interested in cooperation with Iran")
        doers = (
            _conjoined(holder, index, set())
            if holder.pos_ in {"NOUN", "PROPN"} and index.at(holder) is not None
            else _acting_subject(holder, index)[0]
            if holder.pos_ in {"VERB", "AUX"}
            else []
        )
        held = {p.actor_id for p in doers}
        return Roles(doers, [p for p in partners if p.actor_id not in held], False, False)
    if (viewed := _viewed_with(token)) is not None:
        # "Moscow views Iran's difficulties with sympathy", "Israel views Iran with suspicion": the
        # viewer's attitude to what is viewed (added 2026-12-07)
        verb, objects = viewed
        viewers, _ = _acting_subject(verb, index)
        return Roles(viewers, [p for p in _actors_of(objects, index) if p not in viewers], False, False)
    # "increasing criticism" after "under" is parsed as a gerund with an object
    under = token.head if token.dep_ == "pobj" else token.head.head if token.head.dep_ == "pcomp" else None
    if _lemma(token) in STANDOFF_NOUNS:
        return _standoff_roles(token, index)
    if token.dep_ == "pobj" and token.head.lower_ == "at" and _lemma(token) in BIDDING_NOUNS:
        # "Russia and Iran, at the invitation of the Syrian government, are planning ...", "entered
        # Syria at Assad's invitation": the inviter appeals to whoever acts (added 2026-12-07)
        inviters = _actors_of(
            [c for c in token.children if _possessor(c)]
            + [g for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for g in _prep_objects(c)],
            index,
        )
        invited, _ = _acting_subject(token.head.head, index)
        return Roles(inviters, [p for p in invited if p not in inviters], False, False)
    subjected = (
        token.dep_ == "pobj"
        and token.head.lower_ == "to"
        and _lemma(token.head.head) == "subject"
        and token.head.head.tag_ == "VBN"
    )
    if subjected and entry.goldstein < 0:
        # "Aleppo and its countryside have been subjected to ferocious onslaught by the Assad regime
        # and Russian forces": the passive subject suffers it (added 2026-12-07, twelfth round)
        verb = token.head.head
        givers = _by_agents(token, verb, index)
        sufferers = _actors_of([c for c in verb.children if c.dep_ == "nsubjpass"], index)
        if not sufferers and resolver is not None:
            places = (_aimed_place(c, index, resolver) for c in verb.children if c.dep_ == "nsubjpass")
            sufferers = [p for p in places if p is not None]
        return Roles(givers, [p for p in sufferers if p not in givers], False, False)
    if under is not None and under.lower_ == "under" and _lemma(under.head) in UNDERGOING_VERBS:
        # "Russia comes under increasing criticism over its support for Damascus", "came under
        # attack from Syrian rebels": the subject suffers the act, whoever the "from" phrase names
        verb = under.head
        givers = _actors_of(
            [
                g
                for h in (token, verb)
                for c in h.children
                if c.dep_ == "prep" and c.lower_ == "from"
                for g in _prep_objects(c)
            ],
            index,
        )
        if not givers and entry.goldstein > 0:
            # "the Kurds are under the protection of the US", "under Russia's protection": whose it is
            # gives it (added 2026-12-08, twenty-second round)
            givers = _actors_of(
                [c for c in token.children if _possessor(c)] + _phrase_objects(token, "of"), index
            )
        sufferers, _ = _acting_subject(verb, index)
        return Roles(givers, [p for p in sufferers if p not in givers], False, False)
    if (
        token.dep_ in {"compound", "nmod"}
        and _lemma(token.head) in CARRIER_NOUNS
        and token.head.text.islower()
    ):
        # "deploys the very same sanctions tool against both Russia and Iran", "a sanctions package
        # on Iran": the noun the trigger qualifies carries its phrases
        token = token.head
    elif (
        token.dep_ == "conj"
        and token.head.dep_ in {"compound", "nmod"}
        and _lemma(token.head.head) in CARRIER_NOUNS
        and token.head.head.text.islower()
    ):
        token = token.head.head  # "reconnaissance and espionage operations against Iran" (2026-12-07)
    # "a mediation effort between X and Y": the phrase may hang on the noun the trigger modifies
    holders = [token, token.head] if token.dep_ in {"compound", "nmod"} else [token]
    holders += _occurrences(token)  # "clashes broke out between Turkish troops and Syrian forces"
    if (
        entry.reciprocal
        and entry.goldstein < 0
        and resolver is not None
        # (not "conflict along the Syria-Turkey border": a conflict there may be anyone's, 2026-12-07)
        and _lemma(token) != "conflict"
        and not any(c.lower_ in {"between", "among"} for h in holders for c in h.children)
    ):
        # "clashes erupted on the Thai-Cambodian border": the two states of a shared border fight
        # (the sides a "between" phrase names come first)
        sides = _border_pair(holders, resolver)
        if sides:
            return Roles(sides, [], False, True)
    between = [
        g
        for h in holders
        for c in h.children
        if c.dep_ == "prep" and c.lower_ in {"between", "among"}
        for g in c.children
        if g.dep_ == "pobj"
    ]
    if between:
        members = _actors_of(between, index)
        if len(_conjunct_sides(between, members)) < 2:
            # "a conflict between the forces loyal to Bashar Assad and opposition factions": the
            # actors named all sit in one side's phrase (added 2026-12-07, twelfth round)
            members = []
        if len(members) < 2 and len(between) == 1 and not any(c.dep_ == "conj" for c in between[0].children):
            # "between Armenian and Azerbaijani forces": one noun, two coordinated nationalities (not
            # "between the Syrian and Lebanese forces and militants": the two are one side)
            paired = [
                p
                for g in between
                for m in g.children
                if m.dep_ in {"amod", "compound"}
                for t in (m, *(c for c in m.children if c.dep_ == "conj"))
                if (p := index.at(t)) is not None
            ]
            if len({p.actor_id for p in paired}) >= 2:
                members = list({p.actor_id: p for p in paired}.values())
        if len(members) >= 2:
            # "the emir launched a mediation effort between the Emirates and Saudi Arabia": a third
            # party that carries the noun acts on both members; otherwise the members act on each other
            # ("The last straw for Mattis was a phone call between Trump and Erdogan": a copula
            # carries no third party)
            third = _noun_owner(token, index) if _lemma(token.head) not in {"be", "become"} else []
            third = [p for p in third if p.actor_id not in {m.actor_id for m in members}]
            if third:
                return Roles(third, members, False, False)
            against = [
                g for h in holders for c in h.children if c.lower_ == "against" for g in _prep_objects(c)
            ]
            if entry.goldstein < 0 and (opponents := _actors_of(against, index)):
                # "a war between Hezbollah and Iran against Israel": the members are one side
                return Roles(members, opponents, False, False)
            if entry.goldstein < 0 and len({m.actor_id for m in members}) > 2:
                # "clashes between Iran and Israel, Syria and Israel, and Turkey and the Kurds": the
                # list does not say who is on which side (talks among three are talks of all three)
                return Roles([], [], False, False)
            return Roles(members, [], False, True)
    modifiers = [
        index.at(c)
        for c in token.children
        # ("an anti-American rally": what it is against, see below)
        if c.dep_ in {"compound", "amod", "nmod"} and index.at(c) is not None and not _for_or_against(c)
    ]
    # "Russian-Iran cooperation": the two halves of a hyphenated compound; "Russian and Iranian
    # cooperation": a nationality coordinated with the first (added 2026-12-07, twelfth round)
    # (not "the Syrian and Yemeni wars": two events, each of one side)
    paired_deps = {"amod", "compound", "nmod"} | (
        {"conj"} if token.tag_ != "NNS" or not entry.reciprocal else set()
    )
    for c in token.children:
        if c.dep_ in {"compound", "amod", "nmod"}:
            for g in c.children:
                # ("the new US-Russian agreement": the first half may hang as an adverbial noun)
                hyphened = (
                    g.dep_ == "npadvmod"
                    and g.i + 2 == c.i
                    and token.doc[g.i + 1].text == "-"
                    and index.at(c) is not None  # (a pair of sides, not "US-chaired", "Trump-endorsed")
                )
                if (g.dep_ in paired_deps or hyphened) and index.at(g) is not None:
                    modifiers.append(index.at(g))
    # "US-led coalition strikes", "US-led strikes": the leader owns the act, as for a victim's cause
    # (added 2026-12-07, twelfth round)
    modifiers += _act_leaders(token, index, resolver)
    modifiers = list(dict.fromkeys(m for m in modifiers if m is not None))
    possessors = [p for c in token.children if _possessor(c) and (p := _owner_at(c, index)) is not None]
    preps = [
        g
        for c in token.children
        # "resume their support as Qatar and Turkey have been ...": "as" names no side of a noun
        if c.dep_ == "prep" and c.lower_ in TARGET_PREPS - {"between", "among", "as"}
        for g in c.children
        if g.dep_ == "pobj" and not _with_help(g) and not _on_a_border(g)
    ]
    # "the sanctions imposed on Iran by Washington": the participle that carries the noun holds its
    # phrases (not a broker's: "talks brokered by Russia" are others' talks)
    carriers = [
        c
        for c in token.children
        if c.dep_ == "acl" and c.tag_ == "VBN" and _lemma(c) in LIGHT_VERBS - THIRD_PARTY_VERBS
    ]
    preps += [
        g
        for a in carriers
        for c in a.children
        if c.dep_ == "prep" and c.lower_ in TARGET_PREPS - {"between", "among", "as"}
        for g in c.children
        if g.dep_ == "pobj" and not _on_a_border(g)
    ]
    harm = _harmed_in(token)
    if harm is not None:
        # "were killed in air strikes by Russian forces on Idlib", the phrases hung on the verb: who
        # killed struck, and where (added 2026-12-07)
        preps += [
            g
            for c in harm.children
            if c.dep_ == "prep" and c.i > token.i and c.lower_ in AIMED_PREPS
            for g in _prep_objects(c)
        ]
    stray = _stray_agent(token.head) if token.dep_ == "dobj" else None
    if stray is not None:
        # "condemned the airstrikes by Israel on Syria", hung on the verb: the noun's phrases
        preps += [
            g
            for c in token.head.children
            if c.dep_ == "prep" and c.i > stray.i and c.lower_ in AIMED_PREPS
            for g in _prep_objects(c)
        ]
    # "attacks by Russian forces on Syrian rebels", the aim hung on the agent (added 2026-12-07; "the
    # bombardment by Russian warplanes of rebel-held areas", twelfth round)
    # (and on a carrier's agent: "an attack launched by the US-led coalition on residential areas",
    # added 2026-12-07, sixteenth round)
    agent_phrases = [c for c in token.children if c.dep_ == "prep" and c.lower_ == "by"]
    agent_phrases += [c for a in carriers for c in a.children if c.dep_ == "agent"]
    preps += [
        g
        for c in agent_phrases
        for agent in _prep_objects(c)
        for a in agent.children
        if a.dep_ == "prep"
        and (a.lower_ in AIMED_PREPS or (a.lower_ == "of" and entry.category in VIOLENT_CATEGORIES))
        # (not an "of" on a list of agents: "raids by regime aircraft and warplanes of the US-led
        # coalition", the owner of the last one, which the parser hangs on the first; fourteenth round)
        and not (a.lower_ == "of" and any(k.dep_ == "conj" for k in agent.children))
        and entry.goldstein < 0
        for g in _prep_objects(a)
    ]
    if entry.goldstein > 0:
        topical = _unsided_preps(token, entry)
        preps = [g for g in preps if g.head.lower_ not in topical]
    if entry.category == "appeal":
        # "Australia's request for the extradition of Neil Prakash": what is asked for, not of whom
        # (added 2026-12-07, thirteenth round)
        preps = [g for g in preps if g.head.lower_ != "for"]
    # "pressure on Putin over Syria": a side named, the topic is none
    sided = [g for g in preps if g.head.lower_ not in TOPIC_PREPS - {"on"}]
    prep_actors = _actors_of(sided, index) or _actors_of(preps, index)
    if entry.goldstein > 0:
        # "an alliance of regional powers against Houthi rebels": the enemy of a positive act
        prep_actors = [p for p in prep_actors if not _against_below(p.token, token)]
    if not prep_actors and entry.goldstein < 0:
        prep_actors = _anti_sides(token, index)  # "an anti-American rally in Tehran"
    if not prep_actors and resolver is not None:
        # "airstrikes on Afrin", "an incursion into Gaza": the place a hostile act is aimed at
        places = [_aimed_place(g, index, resolver) for g in preps if _aimed_at(g, entry)]
        prep_actors = list(dict.fromkeys(p for p in places if p is not None))
        # a place of the attacker's own state too ("the regime stepped up its attacks on Eastern
        # Ghouta": at home, as for verbs; added 2026-12-07)
        home_places = prep_actors if entry.category in VIOLENT_CATEGORIES else []
    else:
        home_places = []
    if entry.role:
        # "Russia is Iran's ally" / "acting as Iran's spearhead": the possessor is the target; the one
        # who is the ally is the subject only where the noun says what it is (not "attack the US
        # military's Kurdish partners": the partners are their own, and no one names them)
        predicated = _predicated(token)
        # the subject a description stands beside, both parsed as subjects: "A longtime backer of
        # Damascus, Moscow ...", "Russia and Iran, both backers of the regime, will ..." (2026-12-07)
        fronted = [
            c
            for c in token.head.children
            if c.i != token.i and (_fronted_description(token, c) or _trailing_description(c, token))
        ]
        # (with their conjuncts: "his supporters, principally Iran and Russia"; and names the parser
        # conjoined after a comma: "Assad's allies, Russia and Iran", added 2026-12-07)
        named = [
            p
            for c in token.children
            if c.dep_ == "appos" or _comma_named(token, c)
            # ("Syria's allies Russia and Iran and rebel backer Turkey": a name after a role noun of its
            # own is that noun's, added 2026-12-07, twentieth round)
            if not (c.i - 1 != token.i and _role_noun(c.doc[c.i - 1]))
            for t in (c, *c.conjuncts)
            if (p := index.at(t)) is not None
            # ("she and her friends, Amira Abase and Kadiza Sultana": a person's friends are no side)
            and not (_lemma(token) == "friend" and t.ent_type_ == "PERSON")
        ]
        describes = True  # the noun describes a name beside it (not "his Nato ally", not predicated)
        if named:
            sources = named  # "Syria and its ally Russia" (added 2026-12-07)
        elif token.dep_ == "appos":
            sources = _actors_of([token.head], index)  # "Hezbollah, Iran's proxy in Lebanon"
        elif fronted:
            # "A longtime backer of Damascus, Moscow stepped up ...": a fronted description of the
            # subject (2026-12-07)
            sources = _actors_of(fronted, index)
        elif (described := _misparsed_apposition(token, index)) is not None:
            sources = [described]  # "a rapprochement with Russia, Assad's most important ally, to ..."
        else:
            describes = False
            # ("his Nato ally": an alliance names whose ally, not the ally)
            sources = (
                # ("views the YPG as an ally of the PKK": the viewed is the ally, not the viewer; added
                # 2026-12-08, twenty-second round)
                (_predicated_of(token, index) or _acting_subject(token, index)[0])
                if predicated
                else [
                    m for m in modifiers if resolver is None or _kind(resolver, m.actor_id) != "organization"
                ]
            )
            if not sources and not predicated and _lemma(token) in BACKING_ROLES and resolver is not None:
                # "Damascus and its backers in Iran", "its deadly supporters in Russia and Iran": the
                # state a backer is in is the backer (not "Iran's allies in Iraq", the militias there;
                # added 2026-12-07, twelfth round)
                # ("his backers in Moscow and Tehran": a capital there is its state)
                sources = [
                    p
                    for c in token.children
                    if c.dep_ == "prep" and c.lower_ == "in"
                    for g in _prep_objects(c)
                    for t in (g, *g.conjuncts)
                    if (p := _state_at(t, index, resolver)) is not None
                ]
        # ("a coalition partner with the US": a partnership's "with" too, added 2026-12-07)
        of_words = {"of", "with"} if _lemma(token) in PARTNERSHIP_ROLES else {"of"}
        of_objects = [
            g
            for c in token.children
            if c.dep_ == "prep" and c.lower_ in of_words
            for g in c.children
            if g.dep_ == "pobj"
        ]
        # ("a backer of many groups who stood against the Syrian leader": whom the clause names is no
        # one backed, added 2026-12-07)
        described = {
            t.i for g in of_objects for c in g.children if c.dep_ in {"relcl", "acl"} for t in c.subtree
        }
        of_actors = [p for p in _actors_of(of_objects, index) if p.token.i not in described]
        targets = [p for p in possessors if p is not None] + of_actors
        if (
            not targets
            and token.dep_ == "conj"
            and any(c.dep_ == "poss" and c.lower_ in {"its", "their", "his", "her"} for c in token.children)
            and not (_lemma(token) == "friend" and any(c.lower_ in {"his", "her"} for c in token.children))
        ):
            # "Syria and its ally Russia": "its" is the name it is conjoined with (added 2026-12-07;
            # "Assad and his supporters", twelfth round)
            targets = [p for p in _conjoined(token.head, index, set()) if p not in sources]
        if not targets and describes:
            # "Hezbollah, the most important Iranian proxy", "Russia, a Syrian ally": beside a name, a
            # nationality on the noun is the counterpart's (added 2026-12-07)
            own = {p.actor_id for p in sources}
            targets = [
                p
                for c in token.children
                if c.dep_ == "amod"  # a nationality word, not a name ("Russia fellow regime ally Iran")
                and (p := index.at(c)) is not None
                and p.actor_id not in own
                # (or a leader's name the parser made one: "Assad ally Russia", twenty-first round)
                and (resolver is None or _kind(resolver, p.actor_id) in {"state", "person"})
                and all(resolver is None or _country(resolver, s.actor_id) != p.actor_id for s in sources)
            ]
        if (
            predicated
            and not targets
            and not of_objects  # ("as enemies of free speech": not of each other)
            and len({p.actor_id for p in sources}) >= 2
            and _lemma(token) in SYMMETRIC_ROLES
        ):
            # "Russia and Iran may be strong allies", "are enemies": of each other (added 2026-12-07)
            return Roles(sources, [], False, True)
        return Roles(sources, targets, False, False)
    if (
        not prep_actors
        and _place_named_conflict(token)
        and len({p.actor_id for p in [*modifiers, *(q for q in possessors if q is not None)]}) == 1
    ):
        # "died in the Syrian conflict", "Syria's civil war took to Assad's hometown": one state names
        # where it is fought, not a side (added 2026-12-07, twelfth round)
        return Roles([], [], False, False)
    if len({m.actor_id for m in modifiers}) >= 2 and not prep_actors:
        # "US-Iran tensions": the two act on each other; "Syrian or Russian air raids": both are
        # the raiders, on whoever the sentence names
        return Roles(modifiers, [], False, True) if entry.reciprocal else Roles(modifiers, [], False, False)
    # "the attack by Russian forces on Ukrainian positions": the noun's agent (not a "by" the parser
    # moved from a passive verb: "marginalised in the civil war by Russia, Iran and Turkey")
    by_phrase = [g for c in token.children if c.dep_ == "prep" and c.lower_ == "by" for g in _prep_objects(c)]
    if stray is not None:
        by_phrase += _prep_objects(stray)
    if harm is not None:
        by_phrase += [g for c in harm.children if c.dep_ == "agent" for g in _prep_objects(c)]
    governor = token.head.head if token.dep_ == "pobj" else token.head
    # ("Airstrikes by US forces on regime targets were intended to ...": a "by" right after the
    # noun is its own, added 2026-12-07)
    passive_governor = (
        governor.tag_ == "VBN"
        and governor.pos_ == "VERB"
        and not (
            token.dep_ in {"nsubj", "nsubjpass"}
            and any(c.dep_ == "prep" and c.lower_ == "by" and c.i == token.i + 1 for c in token.children)
        )
    )
    agents = [] if entry.reciprocal or (passive_governor and harm is None) else _actors_of(by_phrase, index)
    agents += _actors_of(
        [g for a in carriers for c in a.children if c.dep_ == "agent" for g in _prep_objects(c)], index
    )
    own = [p for p in possessors if p is not None] or modifiers or agents
    if own:
        sources = own
    elif resolver is not None and (felt := _feeling_holders(token, index, resolver)):
        sources = felt
    elif (carrier := _measure_carrier(token)).dep_ in {"dobj", "attr", "appos", "nsubjpass"} and _light_verb(
        carrier
    ):
        # light verbs: "imposed sanctions on Iran", "shared tensions with Washington",
        # also through a measure phrase: "launched 10 days of war games"
        sources, _ = _acting_subject(carrier, index)
    elif (
        token.dep_ == "pobj"
        and (
            token.head.lower_ == "in"
            or (token.head.lower_ == "for" and entry.category == "protest")
            # "using Azerbaijan for espionage operations against Iran": whoever uses the means for it
            # (added 2026-12-07)
            or (token.head.lower_ == "for" and _lemma(token.head.head) in INSTRUMENT_VERBS)
            # "paralysed Abidjan with a general strike" (a strike or boycott, CAMEO 142/143; added
            # 2026-12-07; not "clashed with the demonstration")
            or (token.head.lower_ == "with" and entry.code in {"142", "143"})
            or (token.head.lower_ == "on" and _lemma(token) == LABOUR_STRIKE[1])
            # "left Paris for a state visit to South Africa", "is on a three-day trip to Pretoria"
            or (
                token.head.lower_ in {"for", "on"}
                and entry.category == "consult"
                and _lemma(token.head.head) in JOURNEY_VERBS
            )
        )
        and (verb := _manner_governor(token, entry)).pos_ in {"VERB", "AUX"}
        and (
            not any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children)
            or _lemma(verb) in PARTAKING_PARTICIPLES  # "Russia is engaged in talks with Iran"
        )
        and _takes_part(verb, entry)
        and not _event_object(verb)
    ):
        # "blocked streets in defiance of Chinese authorities", "marched in protest against ...",
        # "converged for a rally", "went on strike": the act's manner or purpose, so its subject
        # carries the noun
        # (not a passive one: "she was killed in an airstrike" names the victim)
        sources, _ = _acting_subject(verb, index)
    elif token.dep_ == "pobj" and token.head.lower_ == "behind" and _lemma(token.head.head) == "be":
        # "forces loyal to Assad were behind the attack": who is behind an act did it (added
        # 2026-12-07, thirteenth round)
        sources, _ = _acting_subject(token.head.head, index)
    elif accused := _accused_of(token, index):
        # "Estonia accused Russia of a cyberattack on its websites": the accused did it (added
        # 2026-12-07, thirteenth round)
        sources = accused
    elif (described := _described_as(token, index)) is not None:
        # "Russia acts as a counterweight to Iran", "presented itself as a counterweight", "sees Moscow as
        # a counterweight": whom the "as" phrase says it of (added 2026-12-07, twenty-first round)
        sources = described
    elif (halter := _halter_of_own_act(token)) is not None:
        # "Britain agreed to a pause in its co-operation with US authorities": whoever halts it owns
        # the act "its" names (added 2026-12-07, twenty-first round)
        sources, _ = _acting_subject(halter, index)
    elif (
        token.dep_ == "pobj"
        and token.head.lower_ in OCCASION_PREPS
        and _lemma(token) in JOURNEY_NOUNS | MEETING_NOUNS
        and token.head.head.pos_ in {"VERB", "AUX"}
    ):
        # "During a visit to Jerusalem on Sunday, Bolton said ...", "After marathon talks in Geneva,
        # Kerry and Lavrov said ...": who visited or talked is the clause's subject (added 2026-12-08,
        # twenty-second round)
        sources, _ = _acting_subject(token.head.head, index)
    elif (set_on := _set_on(token)) is not None:
        # "Russia is keen on cooperation with Iran": whoever is set on the act (an intent; added
        # 2026-12-08, twenty-second round)
        sources, _ = _acting_subject(set_on, index)
    else:
        # "Hamas claimed responsibility for the attack on ...": the claimant did it
        sources = _claimants(token, index)
    exclude = {p.actor_id for p in sources}
    # ("a campaign by the Assad regime and Russian forces on Syria's towns": a target one of several
    # sources shares is still the others', added 2026-12-07)
    listed = {p.token.i for p in sources}
    shared = (
        entry.goldstein < 0
        and not entry.reciprocal
        and len(exclude) >= 2
        and any(p.token.dep_ == "conj" and p.token.head.i in listed for p in sources)
    )
    targets = [p for p in prep_actors if p.actor_id not in exclude or shared or p in home_places]
    if not targets and _lemma(token) in JOURNEY_NOUNS and entry.category == "consult":
        # "Putin's visit to Tehran", "paid a visit to Tehran": the state a visit goes to, as for the
        # verbs of journeys (a capital or a place of it; added 2026-12-08, twenty-second round)
        targets = _destinations(token, sources, index, resolver)
    if not targets and token.dep_ in {"dobj", "attr", "pobj"} and token.head.pos_ in {"VERB", "AUX"}:
        own_phrase = {t.i for t in token.subtree}
        if stray is not None:  # the noun's own agent phrase, hung on the verb
            own_phrase |= {t.i for t in stray.subtree}
        # the verb's other objects ("imposed sanctions on Iran" with "on Iran" on the verb), not the noun's
        # (a show of force's place counts, as for the verb: "staged military exercises off Taiwan")
        placed = entry if entry.category == "mobilize" else None
        targets = [
            p
            for p in _targets_of(
                token.head, index, exclude, trigger_entry=placed, resolver=resolver, aimed_entry=entry
            )
            if p.token.i not in own_phrase
            # ("lead an alliance of regional powers against Houthi rebels": the enemy of a positive act)
            and not (entry.goldstein > 0 and p.token.head.lower_ == "against")
        ]
    if not targets:
        # "went on strike in protest at Israel's policies", "hosted a banquet in honour of Mbeki"
        targets = _done_for(token, entry, index, exclude)
    if not targets and _lemma(token) in DEMAND_NOUNS:
        # "repeated the demand that Libya hand over the suspects": whom the demanded clause is of
        targets = [
            p
            for c in token.children
            if c.dep_ in {"acl", "relcl", "ccomp"}
            for g in c.children
            if g.dep_ == "nsubj"
            for p in _actors_of([g], index)
            if p.actor_id not in exclude
        ]
    if not targets and entry.code == ACCUSE_CODE:
        # "Moscow's accusation that Britain directed the attack": whom the content clause is of (not
        # a relative clause: "the accusation that Russia made"; added 2026-12-07, twelfth round)
        targets = [
            p
            for c in _that_clauses(token)
            for g in c.children
            if g.dep_ in {"nsubj", "nsubjpass"}
            for p in _actors_of([g], index)
            if p.actor_id not in exclude
        ]
    reciprocal = entry.reciprocal and not targets and len(sources) >= 2
    return Roles(sources, targets, False, reciprocal)


ACCUSE_CODE = "112"  # CAMEO 112: accuse


def _accused_of(noun: Token, index: MentionIndex) -> list[Participant]:
    """The actors an accusation names as the doers of the act noun after its "of" or "for" ("accused
    Russia of a cyberattack", "charged Iran with attacks", "blamed Syria for the attack"), else []."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in {"of", "with", "for"} or prep.dep_ != "prep":
        return []
    verb = prep.head
    if verb.pos_ != "VERB" or _lemma(verb) not in ALLEGATIONS:
        return []
    return _actors_of([c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}], index)


def _co_brokers(noun: Token, index: MentionIndex) -> list[Participant]:
    """The distinct actors of the agent of a brokering participle on a noun that names no sides of its
    own ("the Sochi talks, brokered by Russia, Turkey and Iran"; not "a truce between Syria and the
    rebels brokered by Russia")."""
    if any(c.dep_ == "prep" and c.lower_ in {"between", "with", "among"} for c in noun.children) or any(
        _possessor(c) for c in noun.children
    ):
        return []
    participles = [c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"]
    # ("hosted by Kazakhstan and sponsored by Russia and Iran": conjoined participles)
    participles += [g for c in participles for g in c.conjuncts if g.tag_ == "VBN"]
    if noun.dep_ == "nsubjpass":
        participles.append(noun.head)  # "the ceasefire was guaranteed by ..." (fourteenth round)
    agents = [
        g
        for c in participles
        if _lemma(c) in THIRD_PARTY_VERBS
        for a in c.children
        if a.dep_ == "agent"
        for g in _prep_objects(a)
    ]
    brokers = _actors_of(agents, index)
    return list({p.actor_id: p for p in brokers}.values())


# Verbs that pass a noun's act to whoever they are given to: "was given a warning by the US"
GIVING_VERBS = frozenset({"give", "offer", "send", "issue", "hand", "deliver", "extend", "grant", "pay"})
# (and goods given away: "seize weapons given by Washington", see _given_by)
SUPPLYING_VERBS = GIVING_VERBS | {"supply", "provide", "donate", "sell"}


def _by_agents(noun: Token, verb: Token, index: MentionIndex) -> list[Participant]:
    """The actors of the "by" phrase of a noun or of the passive verb that carries it (the parser hangs
    it on either: "was given a warning by the US", "subjected to onslaught by the regime")."""
    return _actors_of(
        [
            g
            for h in (noun, verb)
            for c in h.children
            if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by")
            for g in _prep_objects(c)
        ],
        index,
    )


def _passive_gift(noun: Token, index: MentionIndex) -> Roles | None:
    """ "Russia was given prior warning by the US", "Iran was offered assurances by Moscow": the "by"
    side acts on the passive subject (added 2026-12-07, thirteenth round); None when the noun is no
    such gift or names no giver."""
    verb = noun.head
    if not (
        noun.dep_ == "dobj"
        and verb.tag_ == "VBN"
        and _lemma(verb) in GIVING_VERBS
        and any(c.dep_ == "auxpass" for c in verb.children)
    ):
        return None
    givers = _by_agents(noun, verb, index)
    receivers = _actors_of([c for c in verb.children if c.dep_ == "nsubjpass"], index)
    receivers = [p for p in receivers if p not in givers]
    return Roles(givers, receivers, False, False) if givers and receivers else None


def _that_clauses(noun: Token) -> list[Token]:
    """A noun's content clauses ("the accusation that Britain directed the attack"), not its relative
    clauses ("the accusation that Russia made", which the parser labels ``relcl``)."""
    return [
        c
        for c in noun.children
        if c.dep_ in {"acl", "ccomp"} and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
    ]


def _conjunct_sides(heads: list[Token], members: list[Participant]) -> set[int]:
    """The coordinated phrases the members' names sit in: each member's nearest coordinated word (or
    "between" object) above it. One mention naming several states ("the two countries") is as many
    sides as it names."""
    if len({m.token.i for m in members}) == 1:
        return {i for i, _ in enumerate(members)}
    tops = {h.i for h in heads}
    scope = {t.i for h in heads for t in h.subtree}
    sides = set()
    for member in members:
        token = member.token
        while (
            not token.conjuncts and token.i not in tops and token.head.i in scope and token.head.i != token.i
        ):
            token = token.head
        sides.add(token.i)
    return sides


# Nouns of a standoff said of the subject ("are at odds", "at loggerheads", "on a collision course")
STANDOFF_NOUNS = frozenset({"odd", "loggerhead", "course"})


def _standoff_roles(noun: Token, index: MentionIndex) -> Roles:
    """ "Israel and the Iranians are on a collision course", "Russia and Turkey could find themselves at
    loggerheads", "is at odds with Washington": the subject's sides oppose each other, or whom the
    "with" phrase names (added 2026-12-07, twelfth round). Anywhere else the word names no stance."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in {"at", "on"}:
        return Roles([], [], False, False)
    verb = noun.head.head
    if verb.pos_ not in {"VERB", "AUX"}:
        return Roles([], [], False, False)
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if objects and not any(o.lower_.endswith(("selves", "self")) for o in objects):
        # "has placed Washington and Moscow at loggerheads", "putting it at odds with its key ally":
        # the object is at odds, whatever put it there
        sides = _actors_of(objects, index)
    else:
        sides, _ = _acting_subject(verb, index)
    held = {p.actor_id for p in sides}
    others = [
        p
        for h in (noun, verb)
        for c in h.children
        if c.dep_ == "prep" and c.lower_ == "with"
        for p in _actors_of(_prep_objects(c), index)
        if p.actor_id not in held
    ]
    if others:
        return Roles(sides, others, False, False)
    return Roles(sides, [], False, len(held) >= 2)


def _comma_named(noun: Token, conjunct: Token) -> bool:
    """ "Assad's allies, Russia and Iran": a name the parser conjoined to a relational noun right after
    its comma (no "and" before it), which names the noun's holders."""
    return (
        conjunct.dep_ == "conj"
        and conjunct.pos_ == "PROPN"
        and conjunct.i == noun.i + 2
        and noun.doc[noun.i + 1].text == ","
        and not any(c.dep_ == "cc" and c.i < conjunct.i for c in noun.children)
    )


def _place_named_conflict(noun: Token) -> bool:
    """A conflict or a civil war, which a lone state's name places rather than sides ("the Syrian
    conflict", "Syria's civil war"; not "Russia's war", whose owner fights it)."""
    lemma = _lemma(noun)
    return lemma == "conflict" or (lemma == "war" and any(c.lower_ == "civil" for c in noun.children))


# Nouns of a feeling about a side, which may be held by a state or its capital ("There is anger in
# Moscow at the US decision", "frustration is growing in France over US policy"), added 2026-12-07
FEELING_NOUNS = frozenset(
    {"anger", "outrage", "dismay", "displeasure", "indignation", "frustration", "irritation",
     "annoyance", "exasperation", "fury", "ire", "resentment", "consternation", "unease", "disquiet",
     "concern"}
)  # fmt: skip
# Verbs that only say a feeling is there or grows
FEELING_HOSTS = frozenset({"be", "grow", "mount", "rise", "spread", "build", "deepen", "simmer"})


def _feeling_holders(noun: Token, index: MentionIndex, resolver: ActorResolver) -> list[Participant]:
    """The states holding a feeling noun through an "in" phrase naming the state or its capital, on the
    noun or on a verb that only says the feeling is there ("anger in Moscow", not "anger in Aleppo")."""
    if _lemma(noun) not in FEELING_NOUNS:
        return []
    hosts = [noun]
    if noun.dep_ in {"attr", "nsubj"} and _lemma(noun.head) in FEELING_HOSTS:
        hosts.append(noun.head)
    holders: list[Participant] = []
    for host in hosts:
        for prep in host.children:
            if prep.dep_ != "prep" or prep.lower_ != "in":
                continue
            for place in _prep_objects(prep):
                found = index.at(place)
                if (
                    found is not None
                    and _kind(resolver, found.actor_id) == "state"
                    and found.mention is not None
                ):
                    holders.append(found)
                elif resolver.is_capital(place.text) and (state := _place_state(place, resolver)) is not None:
                    holders.append(state)
    return holders


# Verbs that say an event happened, with its sides hung on them ("fighting erupted between X and Y")
OCCURRENCE_VERBS = frozenset(
    {"break", "erupt", "flare", "occur", "happen", "rage", "continue", "escalate", "intensify", "resume",
     "start", "begin", "take",
     # added 2026-12-07 (eleventh round): "tensions have simmered between Washington and Ankara"
     "grow", "mount", "rise", "simmer", "ebb", "flow", "deepen", "worsen", "persist", "linger", "build",
     "spread", "emerge", "develop", "last", "drag", "heighten", "spike"}
)  # fmt: skip


def _occurrences(noun: Token) -> list[Token]:
    """The verbs that say an event noun happened, which may carry its sides: "clashes broke out
    between ...", "talks that started last year between Baghdad and Damascus" (2026-12-07)."""
    verbs = [noun.head] if noun.dep_ == "nsubj" and _lemma(noun.head) in OCCURRENCE_VERBS else []
    return verbs + [
        c
        for c in noun.children
        if c.dep_ == "relcl"
        and _lemma(c) in OCCURRENCE_VERBS
        and any(g.dep_ == "nsubj" and g.lower_ in {"that", "which"} for g in c.children)
    ]


def _manner_governor(token: Token, entry: LexiconEntry) -> Token:
    """What an "in" phrase of an event noun hangs on; a conversation the parser hung on the verb's
    object is the verb's ("raised concerns in a phone call with Putin"), as is a protest ("closed
    their shops in protest")."""
    governor = token.head.head
    if entry.category not in {"consult", "protest"}:
        return governor
    # "raised concerns about the deterioration of the situation in a phone call with Putin": the
    # parser may hang the call on any noun of the object phrase; the verb above it is the governor
    current = governor
    for _ in range(4):
        if current.dep_ == "dobj" and current.head.pos_ == "VERB":
            return current.head
        if current.dep_ != "pobj" or current.head.dep_ != "prep":
            break
        current = current.head.head
    return governor


GATHERINGS = frozenset(
    {"rally", "ceremony", "wedding", "funeral", "gathering", "march", "celebration", "parade", "meeting",
     "conference", "demonstration", "protest", "vigil", "festival", "concert"}
)  # fmt: skip


def _event_object(verb: Token) -> bool:
    """ "bombarded a rally in support of Assad": the "in" phrase the parser hung on the verb belongs to
    the gathering it acts on, not to the act."""
    return any(c.dep_ == "dobj" and _lemma(c) in GATHERINGS for c in verb.children)


# the verbs of going somewhere for talks or on a visit, and of being there
JOURNEY_VERBS = frozenset(
    {"leave", "arrive", "travel", "fly", "go", "come", "head", "return", "depart", "be"}
)


def _takes_part(verb: Token, entry: LexiconEntry) -> bool:
    """Whether the subject of ``verb`` carries the event noun of its "in" phrase: "are in talks",
    "retook villages in an offensive" do; "has been Assad's ally in the war" is only the setting,
    and "captured Tel Abyad from ISIS in an offensive" is one act, which the verb already reads."""
    if entry.category not in VIOLENT_CATEGORIES:
        return True
    if _lemma(verb) == "be":
        return False
    if _lemma(verb) in SUFFERING_VERBS:
        # "suffered another blow in strikes on their hideouts": struck, not striking (2026-12-07)
        return False
    # ("has been using cluster munitions in attacks on towns": the means of the attacks, added 2026-12-07)
    return not _hostile_verb(verb) or _lemma(verb) in INSTRUMENT_VERBS


# Verbs of using a means ("used chemical weapons"): their object is no one acted on
INSTRUMENT_VERBS = frozenset({"use", "employ"})


MEASURE_NOUNS = frozenset(
    {"day", "week", "month", "year", "series", "round", "wave", "number", "lot", "couple", "list", "set",
     # added 2026-12-07 (twelfth round): "would intensify its campaign of airstrikes against the IS"
     "campaign"}
)  # fmt: skip


# Nouns that only package the act a compound before them names ("sanctions tool", "aid package")
CARRIER_NOUNS = frozenset(
    {"tool", "package", "regime", "programme", "program", "measure", "campaign", "policy", "bill", "law",
     "deal", "plan", "effort", "mission", "operation", "drive", "threat"}
)  # fmt: skip


def _measure_carrier(noun: Token) -> Token:
    """The head of a measure phrase the event noun sits in ("10 days of war games", "a series of
    attacks"), else the noun itself."""
    preposition = noun.head
    if (
        noun.dep_ == "pobj"
        and preposition.lower_ == "of"
        and preposition.head.pos_ == "NOUN"
        and _lemma(preposition.head) in MEASURE_NOUNS
    ):
        return preposition.head
    return noun


PARTNERSHIP_ROLES = frozenset({"partner", "ally"})
# Relations of a giver, whom states hold as states ("its backers in Iran")
BACKING_ROLES = frozenset({"backer", "patron", "sponsor", "supporter", "benefactor", "protector"})
# Relations that hold both ways ("Russia and Iran are allies")
SYMMETRIC_ROLES = frozenset({"ally", "partner", "friend", "enemy", "adversary", "foe", "rival"})
# Nouns of a decision or intent whose infinitive the state named on them does ("the US decision to
# withdraw troops")
DECISION_NOUNS = frozenset(
    {"decision", "plan", "move", "attempt", "effort", "bid", "threat", "offer", "pledge", "promise",
     "proposal", "refusal", "ultimatum", "order", "vow"}
)  # fmt: skip


def _owner_at(possessor: Token, index: MentionIndex) -> Participant | None:
    """The actor a possessive names; "whose" stands for the noun its clause describes ("Saudi Arabia,
    whose bitter dispute with Qatar ...", added 2026-12-07)."""
    if possessor.lower_ == "whose":
        clause = next((a for a in possessor.ancestors if a.dep_ == "relcl"), None)
        if clause is not None:
            return index.at(clause.head)
        # (a clause the parser did not hang on its noun: "in hock to Russia, whose 2015 military
        # intervention saved his bacon", parsed as a main clause; the name right before the comma)
        doc = possessor.doc
        before = possessor.i - 2
        return index.at(doc[before]) if before >= 0 and doc[possessor.i - 1].text == "," else None
    return index.at(possessor)


def _possessor(token: Token) -> bool:
    """A possessive modifier, also when a curly apostrophe after a plural misleads the parser
    ("The Iranians’ attempts": "Iranians" hangs on "attempts" as a subject)."""
    if token.dep_ == "poss":
        return True
    following = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return (
        token.i < token.head.i
        and token.dep_ in {"nsubj", "compound", "nmod"}
        and token.tag_ in {"NNS", "NNPS"}
        and following is not None
        and following.text in {"’", "'"}
    )


def _noun_owner(token: Token, index: MentionIndex) -> list[Participant]:
    """Who carries an event noun: its possessor, else the subject of its light verb (climbing
    through "a mediation effort", where the event noun modifies the object)."""
    possessors = [index.at(c) for c in token.children if c.dep_ == "poss" and index.at(c) is not None]
    if possessors:
        return [p for p in possessors if p is not None]
    noun = token
    if noun.dep_ in {"compound", "nmod", "amod"} and noun.head.pos_ == "NOUN":
        noun = noun.head  # "mediation effort", "peace plan"
    if noun.dep_ in {"dobj", "attr", "appos", "nsubjpass"} and _light_verb(noun):
        sources, _ = _acting_subject(noun, index)
        return sources
    return []


# Adjectives of being set on an act named by their prepositional object
BENT_ADJECTIVES = frozenset(
    {"keen", "interested", "committed", "eager", "bent", "intent", "determined", "open"}
)


# Nouns of a journey (see _destinations)
JOURNEY_NOUNS = frozenset({"visit", "trip", "tour", "journey"})
# Nouns of talks held, and the prepositions of the occasion a clause's subject speaks at
MEETING_NOUNS = frozenset({"talk", "talks", "meeting", "negotiation", "consultation"})
OCCASION_PREPS = frozenset({"during", "after", "following"})


def _set_on(noun: Token) -> Token | None:
    """The clause whose subject is set on the act the noun names ("Russia is keen on cooperation with
    Iran", "seems bent on a stand-off with Iran"), else None."""
    adjective = noun.head.head
    if noun.dep_ != "pobj" or adjective.pos_ != "ADJ" or adjective.lower_ not in BENT_ADJECTIVES:
        return None
    return adjective.head if adjective.dep_ in {"acomp", "oprd"} else None


def _described_as(noun: Token, index: MentionIndex) -> list[Participant] | None:
    """Who an "as" phrase on a verb says the noun is: the verb's named object ("sees Moscow as a
    counterweight"), else its subject ("acts as", "presented itself as"); None when no "as" phrase."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "as" or noun.head.head.pos_ not in {"VERB", "AUX"}:
        return None
    if _lemma(noun) not in COUNTERING_ROLES:
        return None  # ("views the Kurdish forces as a terrorist threat": the view is the viewer's stance)
    verb = noun.head.head
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.lower_ not in REFLEXIVES]
    found = _actors_of(objects, index) if objects else _acting_subject(verb, index)[0]
    return found or None  # (nobody named: the other readings may still find the owner)


REFLEXIVES = frozenset({"itself", "themselves", "himself", "herself"})
# What a side may act as against another ("a counterweight to Iran", "a bulwark against Iran")
COUNTERING_ROLES = frozenset({"counterweight", "counterbalance", "bulwark"})


def _halter_of_own_act(noun: Token) -> Token | None:
    """The verb that puts a halt on an act of the halter's own ("agreed to a pause in its cooperation",
    "announced a suspension of their aid"), else None."""
    if not any(c.dep_ == "poss" and c.lower_ in {"its", "their"} for c in noun.children):
        return None
    if noun.dep_ != "pobj" or noun.head.lower_ not in {"in", "of", "on"}:
        return None
    halt = noun.head.head
    if _lemma(halt) not in HALT_NOUNS:
        return None
    verb = (
        halt.head.head if halt.dep_ == "pobj" else halt.head if halt.dep_ in {"dobj", "nsubjpass"} else None
    )
    return verb if verb is not None and verb.pos_ == "VERB" and _lemma(verb) in HALTING_VERBS else None


# Light verbs whose subject brings others together rather than acting: "a truce brokered by Russia"
# (added 2026-12-07, fourteenth round: "the ceasefire guaranteed by Russia, Turkey and Iran", "talks
# hosted by ...", "mediated by ...")
THIRD_PARTY_VERBS = frozenset({"broker", "sponsor", "guarantee", "host", "mediate"})
LIGHT_VERBS = frozenset(
    {"launch", "carry", "conduct", "stage", "hold", "impose", "share", "have", "sign", "reach", "make",
     "give", "provide", "offer", "express", "voice", "deliver", "extend", "mount", "wage", "step",
     "continue", "resume", "begin", "start", "pursue", "seek", "announce", "issue", "deepen",
     "strengthen", "expand", "build", "form", "forge", "develop", "maintain", "enjoy", "be", "become",
     "level", "lodge", "file", "display", "show", "exhibit", "escalate", "intensify", "renew", "keep", "organise", "organize",
     "host", "propose", "accept", "receive", "tighten", "increase", "speed", "put", "exert", "apply",
     "accelerate", "complete", "order", "approve", "authorize", "authorise", "undertake", "perform",
     "execute", "reimpose", "initiate", "broker", "sponsor", "deploy", "use", "wield", "employ", "open",
     # added 2026-12-07 (twelfth round): "committed a new massacre against Syrians"
     "commit",
     # added 2026-12-07 (sixteenth round): "reinforced their support for Assad"
     "reinforce",
     # added 2026-12-06 (fifth round): "inked a deal", "sealed an agreement", "concluded a treaty"
     "ink", "seal", "conclude", "clinch", "finalize", "finalise",

     # added 2026-12-06 (sixth round): "set up a joint venture", "established a commission"
     "set", "establish", "create",
     # "entered negotiations" ("attended a protest in London" is a visit, see the lexicon's "attend";
     # "will not join strikes against the Syrian government" made the refusal an agreement with Syria)
     "enter",
     # added 2026-12-06 (seventh round): "paid an official visit to Albania", "slapped sanctions on",
     # "the demands presented by Saudi Arabia"
     "pay", "slap", "present", "submit", "table",
     # added 2026-12-06 (eighth round): "led a march through Abidjan", "repeated the demand that ..."
     "lead", "repeat", "reiterate", "restate", "reaffirm",
     # added 2026-12-07 (tenth round): what carries words ("released a statement criticizing",
     # "published a letter blaming", "waved placards denouncing", "chanted slogans condemning")
     "release", "publish", "write", "pen", "post", "circulate", "distribute", "wave", "brandish", "chant",
     # added 2026-12-07 (thirteenth round): "will send an official request to the UK", "did deals with
     # weapons-hungry Iran"
     "send", "do",
     # added 2026-12-07 (fourteenth round): "signalled its willingness to ...", "indicated readiness"
     "signal", "indicate",
     # added 2026-12-07 (fifteenth round): "scheduled visits to China and Russia", "arranged talks"
     "schedule", "arrange",
     # added 2026-12-07 (fourteenth round): "China and Russia pledged closer cooperation" (as "offered")
     "pledge", "promise", "vow"}
)  # fmt: skip


# "lifted sanctions", "ended talks": these undo the act the noun names (their own lexicon entries,
# if any, carry the stance), so they are not light verbs.


def _light_verb(noun: Token) -> bool:
    """The noun's verb only carries it ("launched an attack", "is Iran's ally"), so its subject acts."""
    verb = noun.head
    while verb.dep_ in {"dobj", "appos", "conj"} and verb.pos_ in {"NOUN", "PROPN"} and verb.head.i != verb.i:
        verb = verb.head
    if _lemma(verb) == "call" and _lemma(noun) in CALLED_ACTS:
        # "called a general strike", "called a truce"; not "called the attack a crime"
        return not any(c.dep_ in {"oprd", "ccomp", "xcomp"} for c in verb.children)
    if _lemma(verb) == "take" and _lemma(noun) in TAKEN_ACTS:
        return True  # "have taken action against Israel" (not "took the threat seriously"; 2026-12-07)
    return _lemma(verb) in LIGHT_VERBS


# What a side takes, and so does ("took action against", "took revenge on")
TAKEN_ACTS = frozenset({"action", "revenge", "retaliation", "reprisal"})


# What a side calls, and so does: strikes, protests and truces
CALLED_ACTS = frozenset(
    {"strike", "protest", "demonstration", "boycott", "rally", "march", "ceasefire", "truce"}
)


ATTITUDE_PREPS = frozenset({"to", "toward", "towards", "of", "against", "with", "about"})
# The prepositions that name what a feeling adjective (the lexicon's ``felt`` entries: "Turkey is angry
# at the United States"; added 2026-12-07, thirteenth round) is about
FELT_PREPS = frozenset({"at", "over", "by"})


def _felt_word(word: str) -> bool:
    """An adjective of a feeling about a side, as the lexicon marks it (``felt``)."""
    return any(e.felt for e in load_lexicon().adjectives.get(word, []))


def _felt_participle(token: Token) -> bool:
    """ "is concerned about", "was pleased with": a feeling's participle after a copula."""
    return token.tag_ == "VBN" and token.dep_ == "acomp" and _felt_word(token.lower_)


# Adjectives that judge their subject by what their complement names ("guilty of war crimes")
JUDGEMENT_ADJECTIVES = frozenset({"guilty", "responsible", "complicit", "culpable", "accountable", "liable"})


def _adjective_roles(token: Token, index: MentionIndex) -> Roles:
    """The actor an evaluative adjective describes; the source is whoever utters it (set by caller)."""
    felt = _felt_word(_lemma(token)) or _felt_participle(token)
    if felt and token.dep_ not in {"acomp", "attr"}:
        return Roles([], [], False, False)  # "an angry crowd": a feeling, no one it is about
    if token.dep_ in {"acomp", "attr"}:
        subjects, passive_subjects, _ = _subject_children(token.head)
        preps = ATTITUDE_PREPS | FELT_PREPS if felt else ATTITUDE_PREPS
        complements = [
            g
            for c in token.children
            if c.dep_ == "prep" and c.lower_ in preps
            for g in c.children
            if g.dep_ == "pobj"
        ]
        if felt:
            # "Iran is happy that Russia has taken the lead": whom the clause is about (2026-12-07)
            complements += _clause_subjects(token)
        if complements:
            # "Israel is opposed to French mediation", "Iran is critical of the United States": the
            # subject holds the attitude towards the complement
            holders = _actors_of(subjects, index)
            exclude = {p.actor_id for p in holders}
            towards = [p for h in complements for p in (phrase_actors(h, index) or _deep_actors(h, index))]
            towards = [p for p in dict.fromkeys(towards) if p.actor_id not in exclude]
            if holders and towards:
                return Roles(holders, towards, False, False)
            if not towards and not felt and _lemma(token) not in JUDGEMENT_ADJECTIVES:
                # "The US and Russia are closer to a direct collision", "Iran is critical of the deal":
                # the word is about a thing, not an evaluation of the subject (added 2026-12-07,
                # twentieth round)
                return Roles([], [], False, False)
        if felt:
            return Roles([], [], False, False)  # "Iran is happy": a feeling about no one named
        return Roles([], _actors_of(subjects + passive_subjects, index), False, False)
    if token.dep_ == "amod":
        lexicon = load_lexicon()
        if any(e.role for e in lexicon.nouns.get(_lemma(token.head), [])):
            return Roles([], [], False, False)  # "Iran's most important ally": the noun carries the stance
        return Roles([], phrase_actors(token.head, index), False, False)
    if token.dep_ == "oprd":
        objects = [c for c in token.head.children if c.dep_ == "dobj"]
        described = [p for o in objects for p in (phrase_actors(o, index) or _deep_actors(o, index))]
        return Roles([], described, False, False)
    return Roles([], [], False, False)


# ---------------------------------------------------------------------------------------------
# Step 3: negation, hedges
# ---------------------------------------------------------------------------------------------

NEGATORS = frozenset({"not", "n't", "never", "no", "neither", "nor", "without"})
HEDGE_MODALS = frozenset({"could", "might", "may", "can", "should", "must"})
FUTURE_MODALS = frozenset({"will", "would", "'ll", "shall", "wo"})
HEDGE_ADVERBS = frozenset(
    {
        "almost",
        "reportedly",
        "allegedly",
        "possibly",
        "perhaps",
        "apparently",
        "likely",
        "probably",
        "potentially",
        "seemingly",
        "maybe",
        "nearly",
        "supposedly",
    }
)
# Adjectives of likelihood: what they are said of may or may not happen
PROBABILITY_ADJECTIVES = frozenset(
    {"likely", "unlikely", "possible", "probable", "improbable", "conceivable"}
)
INTENT_HEADS = frozenset(
    {
        "threaten",
        "seek",
        "try",
        "plan",
        "want",
        "intend",
        "hope",
        "consider",
        "aim",
        "attempt",
        "wish",
        "propose",
        "offer",
        "vow",
        "expect",
        "require",
        "need",
        "oblige",
        "worry",
        "fear",
        "invite",
    }
)
# A gerund after these is spoken of, warned against or kept from, not done
UNREALISED_PREPS = frozenset({"about", "against", "from"})
ALLEGATIONS = frozenset({"accuse", "charge", "blame", "suspect", "allege", "indict", "convict"})
CONDITIONAL_MARKS = frozenset({"if", "unless", "whether"})
REFUSALS = frozenset({"refuse", "decline", "reject", "fail", "deny", "resist", "stop", "cease"})
REFUSAL_NOUNS = frozenset({"refusal", "failure", "reluctance", "unwillingness"})
INABILITIES = frozenset({"unable", "powerless", "helpless", "incapable"})
# (added 2026-12-07) "has been unwilling to accede to the formation of a government": a refusal
UNWILLING = frozenset({"unwilling", "reluctant", "loath", "loth"})
UNREALISED_NOUNS = frozenset(
    {
        "opportunity",
        "chance",
        "pretext",
        "excuse",
        "ultimatum",
        "demand",
        "call",
        "appeal",
        "request",
        "plan",
        "proposal",
        "offer",
        "threat",
        "attempt",
        "effort",
        "bid",
        "hope",
        "readiness",
        "intention",
        "need",
        "quest",
        # (added 2026-12-07, twentieth round: "still has ambitions to drive Kurdish forces farther")
        "ambition",
        # (added 2026-12-08, twenty-second round: "has the goal of ousting Assad")
        "goal",
        "objective",
        "idea",
        "aim",
        "desire",
    }
)
# "ready to withdraw", "pledged to expel": the act is announced, not done (CAMEO 03 / 13)
INTENT_MARKERS = frozenset(
    {
        "seek",
        "want",
        "aim",
        "ready",
        "willing",
        "prepared",
        "determined",
        "eager",
        "plan",
        "intend",
        "vow",
        "pledge",
        "promise",
        "agree",
        "decide",
        "offer",
        "threaten",
        "swear",
        "sworn",
        "interested",
        "keen",
        # (added 2026-12-07, fourteenth round: "expressed its willingness to hold talks with North
        # Korea", as "is willing to")
        "willingness",
        "readiness",
        "preparedness",
        "eagerness",
        "determination",
        "intention",
        "desire",
    }
)
BOUNDARY_DEPS = frozenset({"ccomp", "advcl", "relcl", "parataxis", "ROOT"})


def _rules_out(verb: Token) -> bool:
    """ "ruled out", "rules out": what is ruled out does not happen."""
    return _lemma(verb) == "rule" and any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children)


def _counterfactual(verb: Token) -> bool:
    """A modal perfect of the unreal ("would have fallen", "could not have won"); not "will have
    shared" (an inference that it was done) nor "should have insisted" (a reproach)."""
    auxes = [c.lower_ for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    return verb.tag_ == "VBN" and "have" in auxes and any(a in UNREAL_MODALS for a in auxes)


UNREAL_MODALS = frozenset({"would", "could", "might", "'d"})


# Modifiers of a fight noun that make it one of words ("a rhetorical onslaught", "a diplomatic offensive")
WORDY_FIGHTS = frozenset({"verbal", "rhetorical", "diplomatic", "political", "propaganda", "media", "legal"})


def _cold_war(token: Token) -> bool:
    return _lemma(token) == "war" and any(
        c.dep_ in {"amod", "compound"} and c.lower_ == "cold" for c in token.children
    )


def _fought_with_words(token: Token) -> bool:
    return token.pos_ == "NOUN" and any(
        c.dep_ in {"amod", "compound"} and c.lower_ in WORDY_FIGHTS for c in token.children
    )


def _description(trigger: Trigger) -> bool:
    """A relational noun that describes a side ("its Russian ally", "Assad's backer, Russia"), not
    one a clause predicates ("Russia is not Iran's ally")."""
    return trigger.entry.role and trigger.token.pos_ == "NOUN" and not _predicated(trigger.token)


def _predicated(noun: Token) -> bool:
    """A noun a clause says its subject is ("Russia is Iran's ally", "acting as Iran's spearhead")."""
    return noun.dep_ in {"attr", "oprd", "acomp"} or (noun.dep_ == "pobj" and noun.head.lower_ == "as")


class Modifiers(NamedTuple):
    negated: bool
    hedged: bool
    future: bool  # "will not attack": a pledge, not a report
    unknown: bool = False  # "not aware of any conversations": neither done nor denied


# Frames of knowledge: their negation says the act is not known of, not that it was not done.
EPISTEMIC_FRAMES = frozenset({"aware", "know", "sure", "certain", "clear", "evidence", "sign", "proof"})


def _epistemic(link: Token) -> bool:
    return _lemma(link) in EPISTEMIC_FRAMES or any(
        c.dep_ in {"acomp", "attr", "dobj"} and _lemma(c) in EPISTEMIC_FRAMES for c in link.children
    )


def _describing_participle(link: Token) -> bool:
    """A past participle hung on a noun ("the rebels backed by Turkey"), or conjoined to one."""
    participle = link.head if link.dep_ == "conj" and link.tag_ == "VBN" else link
    return participle.dep_ == "acl" and participle.tag_ == "VBN" and link.tag_ == "VBN"


def _clause_chain(token: Token) -> list[Token]:
    """The trigger and its heads up to the clause boundary (the clause that carries the stance)."""
    chain = [token]
    current = token
    while current.dep_ not in BOUNDARY_DEPS and current.head.i != current.i and len(chain) < 8:
        current = current.head
        chain.append(current)
    return chain


# Nouns of an act in prospect, whose "of" gerund their holder would do
PROSPECT_NOUNS = frozenset(
    # ("kill off speculation Russia would retaliate", twenty-first round)
    {"prospect", "possibility", "likelihood", "spectre", "specter", "speculation", "rumour", "rumor"}
)
HOPE_NOUNS = frozenset({"hope", "wish", "dream", "aim", "goal", "ambition", "idea", "option", "alternative"})


def _supposed_state(link: Token, below: Token | None) -> bool:
    """A copula that supposes what is below it: "would be" said of an act ("a war would be
    catastrophic"), or a hope or an option being it ("the only hope is for Washington to oppose")."""
    if (
        _lemma(link) != "be"
        or below is None
        or below.dep_ not in {"nsubj", "csubj", "xcomp", "ccomp", "advcl"}
    ):
        return False
    if any(c.dep_ == "aux" and c.lower_ in {"would", "could", "might"} for c in link.children):
        return True
    return below.dep_ != "nsubj" and any(c.dep_ == "nsubj" and _lemma(c) in HOPE_NOUNS for c in link.children)


SEEMING_VERBS = frozenset({"seem", "appear"})
# Modifiers of an act noun that put it in prospect ("a possible war", "any coming war")
PROSPECTIVE_MODIFIERS = frozenset(
    {"possible", "potential", "future", "coming", "eventual", "looming", "impending", "hypothetical",
     "prospective", "likely"}
)  # fmt: skip


def _prospective(noun: Token) -> bool:
    """An act noun in prospect: "a possible war", "a future conflict", "any war between them"."""
    return any(
        (c.dep_ in {"amod", "compound"} and c.lower_ in PROSPECTIVE_MODIFIERS)
        or (c.dep_ == "det" and c.lower_ == "any")
        for c in noun.children
    )


STOPPING_VERBS = frozenset({"stop", "cease", "quit"})
# Modals and verbs by which a side is asked to stop, or says it must (the stopper is their subject)
DEMANDING_MODALS = frozenset({"must", "should", "ought"})
SELF_DEMANDING_VERBS = frozenset({"need", "have"})


def _going_on_below_stop(link: Token, below: Token) -> bool:
    """ "must stop supporting", "needs to stop bombing", "will not stop supporting", "refused to stop
    arming": a stop asked for or refused, whose gerund is an act going on (neither refused, as a
    stop done is, nor hedged)."""
    if _lemma(link) not in STOPPING_VERBS or link.pos_ != "VERB" or below.dep_ not in {"xcomp", "dobj"}:
        return False
    if any(c.dep_ == "aux" and c.lower_ in DEMANDING_MODALS for c in link.children):
        return True
    if any(c.dep_ == "neg" for c in link.children):
        return True
    governor = _lemma(link.head)
    return link.dep_ == "xcomp" and (governor in SELF_DEMANDING_VERBS or governor in REFUSALS | UNWILLING)


def _without(link: Token) -> bool:
    return link.dep_ == "prep" and link.lower_ == "without"


def _precondition(token: Token) -> bool:
    """ "Without pressure from Russia, the political process will not work": an act named as what
    something needs, neither done nor blamed (added 2026-12-07, nineteenth round)."""
    return any(_without(link) for link in _clause_chain(token)[1:])


def read_modifiers(token: Token) -> Modifiers:
    chain = _clause_chain(token)
    described = next((n for n, link in enumerate(chain) if _describing_participle(link)), None)
    if described is not None:
        # "HTS, listed as terrorists by Russia, will leave", "weapons supplied by Iran could reach
        # Hezbollah": a participle describing a noun tells what was done; the clause the noun is in
        # says nothing of it (added 2026-12-07, twenty-first round)
        chain = chain[: described + 1]
    negated = hedged = future = unknown = precondition = False
    for position, link in enumerate(chain):
        below = chain[position - 1] if position else None
        if below is not None and below.dep_ == "conj" and _own_frame(below):
            # "has refused to deploy ... and has urged": a conjunct with its own auxiliary or
            # subject does not inherit the first verb's negation, modality or refusal
            break
        # the trigger as this link's object ("condemned the strikes", "will not tolerate ... attacks")
        trigger_object = below is not None and below.i == token.i
        if trigger_object and _judges_object(link, token):
            # "has not condemned the Iranian strikes": the strikes happened all the same
            break
        # "Washington's alliance with the Kurds had never sat well with Ankara", "Russian strikes have
        # not deterred the rebels": what the act did not do, not that it was not done (added
        # 2026-12-07, twenty-first round)
        effect_denied = below is not None and below.i == token.i and _effect_of_act_denied(link, token)
        if link.i == token.i and token.pos_ == "NOUN" and _prospective(token):
            # "a possible war between Iran and Israel", "in any coming war": in prospect, not fought
            # (added 2026-12-07, seventeenth round)
            hedged = True
        if below is not None and _going_on_below_stop(link, below):
            # "Russia must stop supporting Assad", "will not stop supporting him": what one is asked to
            # stop, or will not, is going on (added 2026-12-07, seventeenth round)
            break
        if link.i == token.i and _halted(token):
            negated = True  # "a moratorium on Russian air strikes": not done while it holds (2026-12-07)
        precondition = precondition or (link.i != token.i and _without(link))
        if (
            link.i != token.i
            and token.dep_ == "pobj"
            and token.head.lower_ in TOPIC_PREPS
            and token.head.head.i == link.i
            and any(_possessor(c) for c in token.children)
        ):
            # "do not see eye to eye on Washington's support for the Kurds": someone's act as the topic
            # happened all the same (added 2026-12-07)
            break
        for child in link.children:
            lower = child.lower_
            if child.dep_ == "neg" and _whether_or_not(child):
                hedged = True  # "whether or not Israel wants to make the deal": either way (2026-12-07)
            elif child.dep_ == "neg" and _denies_reason(child):
                pass  # "not because we are partners with Iran": the reason denied, not the fact (2026-12-07)
            elif effect_denied:
                pass
            elif (
                child.dep_ == "neg"
                or (child.dep_ in {"det", "advmod", "preconj"} and lower in NEGATORS)
                # "no longer pose a threat": the negation hangs on "longer" (added 2026-12-07)
                or (
                    child.dep_ == "advmod"
                    and lower == "longer"
                    and any(g.dep_ == "neg" or g.lower_ == "no" for g in child.children)
                )
            ):
                if link.i != token.i and (_epistemic(link) or (trigger_object and _others_act(link, token))):
                    unknown = True  # "he is not aware of any conversations between Putin and Trump"
                elif precondition:
                    # "could not operate without both Russia and Syria agreeing": a condition, not a
                    # refusal (added 2026-12-07, nineteenth round)
                    hedged = True
                else:
                    negated = True
            if child.dep_ == "cc" and lower == "nor" and child.i < link.i:
                negated = True  # "Nor can Iran wholly trust Putin."
            if child.dep_ in {"nsubj", "nsubjpass"} and (
                lower in QUANTIFIER_SUBJECTS or _negated_phrase(child)
            ):
                negated = True  # "Neither Russia nor China condemned ...", "no country backed ..."
            if child.dep_ in {"aux", "auxpass"} and lower in HEDGE_MODALS:
                hedged = True
            if child.dep_ in {"aux"} and lower in FUTURE_MODALS:
                future = True
            if child.dep_ in {"advmod", "amod"} and lower in HEDGE_ADVERBS:
                hedged = True
            if child.dep_ == "acomp" and lower in PROBABILITY_ADJECTIVES and link.i != token.i:
                hedged = True  # "Washington is likely to side with Ankara" (twenty-first round)
            if child.dep_ == "mark" and lower in CONDITIONAL_MARKS:
                hedged = True
        if _counterfactual(link):
            # "would not have used chemical weapons had it not been for ...": a past that did not
            # happen, neither a report nor a pledge nor a refusal (added 2026-12-07, fourteenth round)
            unknown = True
        if (
            link.i != token.i
            and _lemma(link) in INTENT_HEADS
            and link.pos_ == "VERB"
            and not (below is not None and below.dep_ in {"nsubj", "nsubjpass", "csubj"})
        ):
            hedged = True  # what is wanted or feared, not what does the fearing ("Russia's ties with Iran worry Israel")
        if _lemma(link) == "risk" and below is not None and below.i == token.i and token.dep_ == "dobj":
            # "the move risks a confrontation between Turkey and Russia": a risk, not an event (not
            # "risked his life to fight Isis"; added 2026-12-07, twentieth round)
            hedged = True
        if link.i != token.i and _lemma(link) in ALLEGATIONS and link.pos_ == "VERB":
            hedged = True  # "accuses the regime of killing ...": alleged, not established
        if (
            link.i != token.i
            and _lemma(link) in SEEMING_VERBS
            and below is not None
            and below.dep_ in {"nsubj", "nsubjpass", "xcomp"}
        ):
            # "when the war between a U.S.-Israeli alliance and Iran seemed inevitable", "Russia appears
            # to have bombed": an appearance, not a fact (added 2026-12-07, seventeenth round)
            hedged = True
        if link.i != token.i and _supposed_state(link, below):
            # "It would be crazy to have a confrontation", "A war between Iran and Israel would be
            # catastrophic", "The only hope is for Washington to oppose ...": supposed, not done
            hedged = True
        if link.i != token.i and _lemma(link) in UNREALISED_NOUNS | PROSPECT_NOUNS and link.pos_ == "NOUN":
            # "an ultimatum to Stalin to withdraw": asked for, not done ("the prospect of investigating
            # Russia": in prospect, added 2026-12-07)
            hedged = True
        if _unrealised_object(link) is not None:
            hedged = True  # the same, with the infinitive hung on the verb
        if (
            link.dep_ in {"advcl", "acl"}
            and link.head.pos_ == "NOUN"
            and _lemma(link.head) in UNREALISED_NOUNS
        ):
            hedged = True  # "any opportunity for the US to attack us": a chance, not an act
        if (
            link.i != token.i
            and _lemma(link) in INTENT_MARKERS
            # ("Airstrikes ... were intended to provide reassurance": the subject is the means of the
            # purpose the infinitive names, not the act intended; added 2026-12-07)
            and not (
                below is not None
                and below.dep_ in {"nsubj", "nsubjpass"}
                and any(c.dep_ == "xcomp" for c in link.children)
            )
        ):
            future = True
        if _unrealised_gerund(link):
            hedged = True  # "warned Israel against attacking Syria", "talked about cooperating"
        if link.i != token.i and _lemma(link) in REFUSAL_NOUNS and link.pos_ == "NOUN" and below is not None:
            # "Iran's refusal to cooperate with the IAEA": the refused act, as with the verb
            negated = negated or below.dep_ == "acl"
        if link.i != token.i and _lemma(link) in REFUSALS and link.pos_ == "VERB" and below is not None:
            # "refused to help Iran" is no help (the refused act only, not the refuser's subject)
            negated = negated or below.dep_ in {"xcomp", "ccomp", "dobj"}
        if (
            link.i != token.i
            and _lemma(link) == "rule"
            and any(c.dep_ == "prt" and c.lower_ == "out" for c in link.children)
            and below is not None
            and below.dep_ == "dobj"
            and below.i != token.i
        ):
            # "We rule out the situation developing into a direct American-Russian clash": what is
            # ruled out does not happen (added 2026-12-07, nineteenth round)
            negated = True
        if link.i != token.i and _lemma(link) in INABILITIES and below is not None and below.dep_ == "xcomp":
            # "have been unable to deter Turkey": not done, and no refusal either ("unable to provide
            # treatment" rejects no one)
            unknown = True
        if link.i != token.i and _yet_to(link) and below is not None and below.dep_ == "xcomp":
            unknown = True  # "has yet to accede to demands": not done, nor refused (added 2026-12-07)
        if link.i != token.i and _lemma(link) in UNWILLING and below is not None and below.dep_ == "xcomp":
            negated = True
    top = chain[-1]
    if top.dep_ in {"advcl", "relcl", "acl", "xcomp"} and _infinitive_clause(top):
        governor = top.head
        if (governor.lower_ in {"nothing", "little"} and _lemma(governor.head) == "do") or (
            governor.pos_ in {"VERB", "AUX"} and _does_nothing(governor)
        ):
            # "did not lift a finger to help the Syrian people", "did nothing to help Syria": the
            # purpose of nothing done is not done (added 2026-12-07, twentieth round)
            negated = True
    if top.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKS for c in top.children):
        hedged = True
    if top.dep_ in {"ccomp", "acl"} and (
        (top.head.pos_ == "NOUN" and _lemma(top.head) in PROSPECT_NOUNS)
        # (the clause the parser hung on the verb, right after the noun)
        or (top.left_edge.i > 0 and _lemma(top.doc[top.left_edge.i - 1]) in PROSPECT_NOUNS)
    ):
        hedged = True  # "speculation Russia would retaliate": supposed, not done (twenty-first round)
    if top.dep_ == "ccomp" and _lemma(top.head) in DENIALS and top.head.pos_ == "VERB":
        hedged = True  # "denied that Russian hackers interfered": disputed, not established
    if top.dep_ == "ccomp" and any(
        c.dep_ == "acomp" and c.lower_ in PROBABILITY_ADJECTIVES for c in top.head.children
    ):
        # "it is likely Washington and Moscow will side with Ankara": a likelihood, not an act (added
        # 2026-12-07, twenty-first round)
        hedged = True
    if (
        top.dep_ == "ccomp"
        and _lemma(top.head) in INTENT_HEADS
        and (_infinitive_clause(top) or top.pos_ == "NOUN" or any(c.dep_ == "poss" for c in top.children))
    ):
        # "he needs Russia to put pressure on Assad": wanted of another, not done ("Turkey wants
        # Russia's backing for its plan", a noun the parser read as a clause: twenty-first round)
        hedged = True
    if top.dep_ == "advcl" and _infinitive_clause(top):
        # "have sworn to fight" parsed as a purpose clause: the infinitive is still the sworn act
        governor = _lemma(top.head)
        future = future or governor in INTENT_MARKERS
        hedged = hedged or governor in INTENT_HEADS or _supposed_state(top.head, top)
        negated = negated or governor in REFUSALS
    if top.dep_ in {"advcl", "xcomp"} and top.tag_ == "VBG" and _rules_out(top.head):
        # "Trump ruled out attacking Iran": a gerund the parser makes an adverbial clause of the
        # ruling out (added 2026-12-08, twenty-second round); not ruled out, it may happen
        if any(c.dep_ == "neg" for c in top.head.children):
            hedged = True
        else:
            negated = True
    # a denied frame: "It's not as though we accuse the White House", "It is not that Russia supports"
    frame = top.head
    if (
        (top.dep_ == "ccomp" or (top.dep_ == "advcl" and _hypothetical_mark(top)))
        and _lemma(frame) == "be"
        and any(c.dep_ == "neg" for c in frame.children)
        and any(c.dep_ in {"nsubj", "expl"} and c.lower_ in {"it", "this"} for c in frame.children)
    ):
        negated = True
    # a negated object: "recognize neither Iranian nor Russian sovereignty", "offered no help"
    if any(child.dep_ in {"dobj", "attr"} and _negated_phrase(child) for child in token.children):
        negated = True
    # a hedge on the object ("threaten almost an uprising")
    for child in token.children:
        if child.dep_ in {"dobj", "attr"} and any(
            g.dep_ == "advmod" and g.lower_ in HEDGE_ADVERBS for g in child.children
        ):
            hedged = True
    if future and any(_predicts(link) for link in chain):
        hedged = True  # "within five to 10 years Iran will threaten Israel": a forecast, not an act
    if _question(token) and token.pos_ in {"VERB", "AUX"} and token.dep_ not in {"acl", "relcl"}:
        # "Marco Rubio, will you resign?": asked, not stated ("the operation conducted by the Syrian
        # army supported by Russia", in a question, is still taken as given)
        hedged = True
    return Modifiers(negated, hedged, future, unknown)


def _others_act(verb: Token, noun: Token) -> bool:
    """An act named with its own agent as the object of a verb that does not perform it ("will not
    tolerate Israeli attacks"): denying the verb does not deny, or promise, the act."""
    return (
        noun.dep_ == "dobj"
        and noun.pos_ == "NOUN"
        and verb.pos_ in {"VERB", "AUX"}
        and _lemma(verb) not in LIGHT_VERBS
        and any(
            c.dep_ in {"poss", "amod", "compound"} and c.ent_type_ in {"NORP", "GPE", "ORG", "PERSON"}
            for c in noun.children
        )
    )


def _intent_of_one_side(token: Token) -> bool:
    """ "wants to cooperate with", "is ready to meet": the subject's wish, where "will meet" is an
    arranged meeting of both."""
    return any(
        _lemma(link) in INTENT_MARKERS | INTENT_HEADS for link in _clause_chain(token)[1:]
    ) or _unrealised_gerund(token)


def _unrealised_gerund(token: Token) -> bool:
    return token.dep_ == "pcomp" and token.head.lower_ in UNREALISED_PREPS


JUDGEMENTS = frozenset({"praise", "criticism", "opposition", "distrust", "warning"})


def _judges_object(verb: Token, noun: Token) -> bool:
    """A verb of judgement ("condemn", "welcome") and the act it judges as its object (or one of
    looking on: "will not stand by and watch a Russian-led attack", added 2026-12-07)."""
    return (
        noun.dep_ == "dobj"
        and noun.pos_ == "NOUN"
        and verb.pos_ == "VERB"
        and (
            _lemma(verb) in WATCHING_VERBS
            or (
                bool(entries := load_lexicon().verbs.get(_lemma(verb), []))
                and all(e.category in JUDGEMENTS for e in entries)
            )
        )
    )


def _effect_of_act_denied(verb: Token, noun: Token) -> bool:
    """An act noun is the subject of a verb of its effect on someone ("sat well with Ankara", "deterred
    the rebels"), not of its taking place ("the strike never happened", "aid did not reach them")."""
    return (
        noun.dep_ == "nsubj"
        and noun.pos_ == "NOUN"
        and verb.pos_ == "VERB"
        and _lemma(verb) not in ARRIVAL_VERBS
        and (
            any(c.dep_ == "dobj" for c in verb.children)
            or (_lemma(verb) == "sit" and any(c.lower_ == "well" for c in verb.children))
        )
    )


# Verbs of an act arriving, whose negation says it was not done ("the aid did not reach Aleppo")
ARRIVAL_VERBS = frozenset({"reach", "get", "come", "arrive", "enter", "make", "take"})


# Verbs of looking on at an act, which happens whether or not one looks
WATCHING_VERBS = frozenset({"watch", "witness", "observe", "monitor"})


# Nouns of a stop put to an act ("a moratorium on air strikes", "a pause in the shelling")
HALT_NOUNS = frozenset({"moratorium", "halt", "pause", "suspension", "freeze", "cessation"})
# Verbs that put a stop in place (not "called for a halt to the strikes": they go on)
HALTING_VERBS = frozenset(
    {"announce", "declare", "impose", "observe", "extend", "maintain", "order", "agree"}
)


def _halted(noun: Token) -> bool:
    """An act noun a stop in force is put to: "a moratorium on air strikes remained in place",
    "announced a pause in its offensive"; not one called for."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in {"on", "to", "of", "in"}:
        return False
    halt = noun.head.head
    return _lemma(halt) in HALT_NOUNS and (
        halt.dep_ in {"nsubj", "nsubjpass"} or (halt.dep_ == "dobj" and _lemma(halt.head) in HALTING_VERBS)
    )


def _denies_reason(negation: Token) -> bool:
    """ "not because ...": the negation before a reason clause's mark denies the reason."""
    following = negation.nbor(1) if negation.i + 1 < len(negation.doc) else None
    return following is not None and following.lower_ == "because" and following.dep_ == "mark"


def _negated_phrase(head: Token) -> bool:
    """A noun phrase that names no one: "no help", "neither Russia nor China"."""
    return any(g.dep_ == "det" and g.lower_ in {"no", "neither"} for g in head.children) or any(
        t.dep_ == "preconj" and t.lower_ == "neither" for t in head.subtree
    )


def _hypothetical_mark(clause: Token) -> bool:
    """ "as though", "as if", "that": the clause a denied frame denies ("It's not as though we accuse
    ..."), unlike a time or reason clause ("when Netanyahu arrived ..., it was not the main thing")."""
    return any(c.dep_ == "mark" and c.lower_ in {"though", "if", "that"} for c in clause.children)


# Frames and time horizons that make a future act a forecast ("means that ...", "within ten years").
PREDICTION_HEADS = frozenset({"predict", "expect", "forecast", "foresee", "anticipate", "mean", "envisage"})
HORIZON_NOUNS = frozenset({"year", "decade", "generation", "future"})


def _predicts(link: Token) -> bool:
    if link.dep_ in {"ccomp", "xcomp"} and _lemma(link.head) in PREDICTION_HEADS:
        return True
    return any(
        c.dep_ == "prep"
        and c.lower_ in {"within", "in", "by"}
        and any(_lemma(g) in HORIZON_NOUNS for g in c.children)
        for c in link.children
    ) or any(c.dep_ == "npadvmod" and c.lower_ in {"someday", "eventually"} for c in link.children)


def _own_frame(conjunct: Token) -> bool:
    """A conjoined verb with its own auxiliary, subject or contrast ("... and has urged", "but
    threatened"): the first verb's modifiers stop there."""
    return (
        any(
            # (not an infinitive's "to": "whether it has helped build up the rebel army to be its own
            # proxy force, or to fight against the regime" is still asked; seventeenth round)
            (c.dep_ in {"aux", "auxpass", "nsubj", "nsubjpass", "neg"} and c.tag_ != "TO")
            or (c.dep_ == "cc" and c.lower_ == "but")
            for c in conjunct.children
        )
        or any(c.dep_ == "cc" and c.lower_ == "but" for c in conjunct.head.children)
        or _own_tense(conjunct)
    )


def _own_tense(conjunct: Token) -> bool:
    """A finite verb conjoined to a verb whose tense an auxiliary or copula carries: "said the air
    force was not responsible ... and accused Britain", "has not ... and accused" (the auxiliary and
    its negation cannot govern a verb with its own tense; added 2026-12-07, twelfth round)."""
    head = conjunct.head
    return (
        conjunct.tag_ in {"VBD", "VBZ", "VBP"}
        and conjunct.pos_ == "VERB"
        and (head.pos_ == "AUX" or any(c.dep_ in {"aux", "auxpass"} for c in head.children))
    )


INTENT_CATEGORIES = frozenset(
    {"threaten", "warning", "demand", "criticism", "distrust", "opposition", "appeal"}
)


VISIT_CODE = "042"  # CAMEO 042: make a visit


class Reading(NamedTuple):
    category: str
    code: str
    goldstein: float
    polarity: int


MILITARY_COOPERATION = Reading("cooperate", "062", 7.4, 1)  # CAMEO 062: cooperate militarily


def apply_modifiers(entry: LexiconEntry, modifiers: Modifiers) -> Reading | None:
    """Negation turns cooperation into rejection; negated hostility is a pledge ("will not betray")
    when future, else nothing we can place ("did not attack" is no stance): None."""
    if not modifiers.negated:
        if modifiers.future and entry.goldstein > 0 and entry.category not in STATEMENT_CATEGORIES:
            return Reading("agree", "030", 4.0, 1)  # intent to cooperate
        if modifiers.future and entry.goldstein < 0 and entry.category not in INTENT_CATEGORIES:
            return Reading("threaten", "130", -4.4, -1)  # announced hostility is a threat
        return Reading(entry.category, entry.code, entry.goldstein, entry.polarity)
    if _relation_phrase(entry) or entry.experiencer:
        # "no one stronger on Israeli-American relations", "relations have not improved": no state told
        # ("may not want to alienate Putin" pledges nothing of Putin's, added 2026-12-07)
        return None
    if entry.goldstein > 0:
        return Reading("reject", "120", -4.0, -1)
    if entry.goldstein < 0 and modifiers.future:
        return Reading("agree", "030", 4.0, 1)
    return None


# ---------------------------------------------------------------------------------------------
# Step 4: speech
# ---------------------------------------------------------------------------------------------

REPORTING_VERBS = frozenset(
    {
        "say",
        "tell",
        "tweet",  # "Trump tweeted that Britain, France and Germany should take back ..." (twentieth round)
        "claim",
        "state",
        "argue",
        "write",
        "note",
        "add",
        "declare",
        "pronounce",
        "assert",
        "believe",
        "think",
        "announce",
        "report",
        "explain",
        "emphasize",
        "emphasise",
        "stress",
        "suggest",
        "allege",
        "insist",
        "maintain",
        "contend",
        "charge",
        "complain",
        "acknowledge",
        "admit",
        "conclude",
    }
)
MAX_QUOTE_CHARS = 2000  # the quote extractor gives one span per paragraph; longer ones are runaways
FIRST_PLURAL = frozenset({"we", "us", "our", "ours", "ourselves"})
FIRST_SINGULAR = frozenset({"i", "me", "my", "mine", "myself"})


class Speech(NamedTuple):
    start: int
    end: int
    speaker: Participant
    quote_id: str | None
    addressee: Participant | None = None  # "Khamenei told Putin"
    sourcing: bool = False  # a news-source frame ("..., the embassy said Tuesday"): reports, accuses no one
    cue: str | None = None  # the reporting verb's lemma ("say", "accuse"), when known
    # the speaker's fellow subjects of the reporting verb ("Washington and Paris say ...")
    co_speakers: tuple[Participant, ...] = ()

    def speakers(self) -> tuple[Participant, ...]:
        return (self.speaker, *self.co_speakers)


ADDRESSING_VERBS = frozenset({"tell", "assure", "warn", "inform", "write"})


def _addressee(parsed: ParsedArticle, quote: Quote, index: MentionIndex) -> Participant | None:
    """The actor a quote is told to: the object of the reporting verb next to it ("told Putin")."""
    sentence = parsed.sentences[quote.sentence_id] if quote.sentence_id < len(parsed.sentences) else None
    if sentence is None:
        return None
    for token in tokens_with(sentence, token_words(sentence.doc).lemmas, ADDRESSING_VERBS):
        if _lemma(token) in ADDRESSING_VERBS and token.pos_ == "VERB":
            found = _actors_of([c for c in token.children if c.dep_ in {"dobj", "dative"}], index)
            if len(found) == 1 and found[0].actor_id != quote.speaker_id:
                return found[0]
    return None


def _speech_contexts(
    parsed: ParsedArticle, quotes: Sequence[Quote], index: MentionIndex, resolver: ActorResolver
) -> list[Speech]:
    contexts: list[Speech] = []
    for quote in quotes:
        if not quote.speaker_id or not _known(resolver, quote.speaker_id):
            continue
        if quote.end - quote.start > MAX_QUOTE_CHARS:
            # a runaway span (unbalanced marks) would hand whole pages to one speaker
            logger.debug("%s: quote %s too long to carry stances", parsed.article_id, quote.quote_id)
            continue
        anchor = parsed.doc.char_span(quote.start, quote.end, alignment_mode="expand")
        token = anchor.root if anchor is not None and len(anchor) else parsed.doc[0]
        speaker = Participant(quote.speaker_id, token, None)
        contexts.append(
            Speech(
                quote.start,
                quote.end,
                speaker,
                quote.quote_id,
                _addressee(parsed, quote, index),
                _is_sourcing(parsed, quote),
                quote.cue,
                _co_speakers(parsed, quote, index, resolver),
            )
        )
    # reported clauses the quote extractor did not cover ("Mirzayan claimed that Iran ...")
    for token in tokens_with(parsed.doc[:], token_words(parsed.doc).lemmas, REPORTING_VERBS):
        if _lemma(token) not in REPORTING_VERBS or token.pos_ != "VERB":
            continue
        subjects = [c for c in token.children if c.dep_ == "nsubj"]
        speakers = _actors_of(subjects, index)
        if len(speakers) != 1:
            # ("Washington and Paris say ...": each of them says it; added 2026-12-07, fourteenth round)
            speakers = _conjoined_speakers(subjects, index, resolver)
        if not speakers:
            continue
        for clause in (c for c in token.children if c.dep_ == "ccomp"):
            start, end = clause.left_edge.idx, clause.right_edge.idx + len(clause.right_edge)
            if not any(s.start <= start and end <= s.end for s in contexts):
                sourcing = _lemma(token) in NEUTRAL_CUES and token.i > clause.i
                contexts.append(
                    Speech(
                        start,
                        end,
                        speakers[0],
                        None,
                        sourcing=sourcing,
                        cue=_lemma(token),
                        co_speakers=tuple(speakers[1:]),
                    )
                )
    # "the UK's claim that Russia tested nerve agent", "Macron's assertion that Syria used chemical
    # weapons": a noun of saying with its sayer (added 2026-12-07, twelfth round)
    for token in tokens_with(parsed.doc[:], token_words(parsed.doc).lemmas, CLAIM_NOUNS):
        if _lemma(token) not in CLAIM_NOUNS or token.pos_ != "NOUN":
            continue
        speakers = _actors_of([c for c in token.children if _possessor(c)], index)
        if len(speakers) != 1:
            continue
        for clause in _that_clauses(token):
            start, end = clause.left_edge.idx, clause.right_edge.idx + len(clause.right_edge)
            if not any(s.start <= start and end <= s.end for s in contexts):
                contexts.append(Speech(start, end, speakers[0], None, sourcing=False, cue=_lemma(token)))
    return contexts


def _co_speakers(
    parsed: ParsedArticle, quote: Quote, index: MentionIndex, resolver: ActorResolver
) -> tuple[Participant, ...]:
    """The other subjects of the reporting verb a quote's speaker is a subject of ("Washington and
    Paris say Russia is responsible": Paris too; added 2026-12-07, fourteenth round)."""
    if quote.sentence_id >= len(parsed.sentences) or quote.cue is None:
        return ()
    for token in parsed.sentences[quote.sentence_id]:
        if token.pos_ != "VERB" or _lemma(token) != quote.cue:
            continue
        speakers = _conjoined_speakers([c for c in token.children if c.dep_ == "nsubj"], index, resolver)
        if quote.speaker_id in {p.actor_id for p in speakers}:
            return tuple(p for p in speakers if p.actor_id != quote.speaker_id)
    return ()


def _conjoined_speakers(
    subjects: Sequence[Token], index: MentionIndex, resolver: ActorResolver
) -> list[Participant]:
    """The actors a reporting verb's subject lists by conjunction ("The US, UK and France say"), one
    per state: not its appositions ("Dmitri Trenin, the head of the Carnegie Moscow Centre and a
    former Soviet officer"), and not a second person of a state already speaking ("Putin and
    Lavrov said": one voice of Russia, as a quote's speaker is one)."""
    found: list[Participant] = []
    countries: set[str | None] = set()
    for subject in subjects:
        # (a list the parser reads as an apposition: "The US, UK and France say")
        listed = [a for a in subject.children if _listed_apposition(a)]
        for token in (subject, *subject.conjuncts, *(t for a in listed for t in (a, *a.conjuncts))):
            participant = index.at(token)
            if participant is None or any(p.actor_id == participant.actor_id for p in found):
                continue
            country = _country(resolver, participant.actor_id)
            if country is not None and country in countries:
                continue
            found.append(participant)
            countries.add(country)
    return found


# Nouns of saying whose possessor says their "that" clause (accusations have rows of their own)
CLAIM_NOUNS = frozenset({"claim", "assertion", "contention", "insistence"})


# Neutral cues of news sourcing. Put after the reported words ("..., the Peruvian embassy said on
# Tuesday", "..., Omdurman radio reported") or as "according to", they name where the news comes
# from: the reporter is not taken to accuse the actors of the report (argumentative cues such as
# "claimed", "charged", "wrote" still are).
NEUTRAL_CUES = frozenset(
    {"say", "report", "tell", "add", "announce", "state", "according to", "quote", "confirm"}
)


def _is_sourcing(parsed: ParsedArticle, quote: Quote) -> bool:
    if quote.kind != "indirect" or quote.cue not in NEUTRAL_CUES:
        return False
    if quote.cue == "according to":
        return True
    if quote.sentence_id >= len(parsed.sentences) or not quote.speaker_text:
        return False
    sentence = parsed.sentences[quote.sentence_id]
    after = parsed.article.text[quote.end : sentence.end_char]  # == doc.text, not rebuilt
    return quote.speaker_text in after


def _speech_at(token: Token, contexts: Sequence[Speech]) -> Speech | None:
    """The innermost speech context holding ``token``."""
    holding = [c for c in contexts if c.start <= token.idx < c.end]
    return min(holding, key=lambda c: c.end - c.start) if holding else None


def _known(resolver: ActorResolver, actor_id: str) -> bool:
    try:
        resolver.actor(actor_id)
    except KeyError:
        return False
    return True


def _country(resolver: ActorResolver, actor_id: str) -> str | None:
    try:
        record = resolver.actor(actor_id)
    except KeyError:
        return None
    return record.country


def _map_pronouns(
    parsed: ParsedArticle, contexts: Sequence[Speech], index: MentionIndex, resolver: ActorResolver
) -> None:
    """In quotes, "we/our" is the speaker's country (if the resolver knows it) and "I" the speaker."""
    for context in contexts:
        if context.quote_id is None:
            continue
        country = _country(resolver, context.speaker.actor_id)
        span = parsed.doc.char_span(context.start, context.end, alignment_mode="expand")
        if span is None:
            continue
        for token in span:
            if token.pos_ != "PRON":
                continue
            if token.lower_ in FIRST_SINGULAR:
                index.add_pronoun(token, context.speaker.actor_id)
            elif token.lower_ in FIRST_PLURAL and country and _known(resolver, country):
                index.add_pronoun(token, country)


THIRD_PERSON = frozenset({"he", "she", "him", "her", "his"})
THIRD_NONPERSON = frozenset({"it", "its", "they", "them", "their"})
THIRD_PRONOUNS = THIRD_PERSON | THIRD_NONPERSON


def _map_third_person(parsed: ParsedArticle, index: MentionIndex, resolver: ActorResolver) -> None:
    """he/she/his: the person who is subject of a dominating clause ("Trump announced that he would
    not ..."), else the sole person named as subject of the previous sentence ("Trump ... He put
    Iran on notice"). Anything less certain stays unresolved."""
    previous_subject: Participant | None = None
    previous_person: Participant | None = None
    previous_sentence: Span | None = None
    words = token_words(parsed.doc)
    for sentence in parsed.sentences:
        sentence_subject: Participant | None = None
        for i in range(sentence.start, sentence.end):
            if words.lowers[i] not in THIRD_PRONOUNS and words.deps[i] != "nsubj":
                continue  # nothing below applies: no Token made
            token = parsed.doc[i]
            if token.pos_ == "PRON" and token.lower_ in THIRD_PERSON and index.at(token) is None:
                found = (
                    _controlled_object(token, index, resolver)
                    or _other_person_object(token, sentence.start, index, resolver)
                    or _dominating_person(token, index, resolver)
                    or (
                        # (not past a person the sentence names first: "Trump's unwillingness to affirm
                        # his support" is no one's from the sentence before)
                        previous_subject
                        if not _person_before(token, sentence.start, index, resolver)
                        else None
                    )
                    # "... the fate of Syrian President Bashar al-Assad. He retains Moscows support": a
                    # sentence opened by "He" goes on about the one person the sentence before named
                    # (added 2026-12-07, seventeenth round)
                    or (previous_person if i == sentence.start and token.dep_ == "nsubj" else None)
                )
                if found is not None:
                    index.add_pronoun(token, found.actor_id)
            elif token.pos_ == "PRON" and token.lower_ in THIRD_NONPERSON and index.at(token) is None:
                # "Syria says it is willing to withdraw", "Obama and Putin said they will attack"
                group = _dominating_subject(token, index, resolver)
                opening = i == sentence.start and token.dep_ == "nsubj" and not _expletive_frame(token)
                if not group and opening:
                    # "Russia vetoed the draft. It said the text was one-sided": a sentence opened by
                    # "It" or "They" goes on about the states the sentence before was about (added
                    # 2026-12-07, seventeenth round)
                    states = _root_states(previous_sentence, index, resolver) if previous_sentence else []
                    group = states if (len(states) == 1) == (token.lower_ == "it") else []
                if len(group) == 1:
                    index.add_pronoun(token, group[0].actor_id)
                elif len(group) > 1 and token.dep_ in SUBJECT_DEPS:
                    index.add_group(token, group)
            if token.dep_ == "nsubj" and sentence_subject is None:
                participant = index.at(token)
                if participant is not None and _kind(resolver, participant.actor_id) == "person":
                    sentence_subject = participant
        persons = {
            p.actor_id
            for i in range(sentence.start, sentence.end)
            if (p := index.by_token.get(i)) is not None and _kind(resolver, p.actor_id) == "person"
        }
        previous_subject = sentence_subject if sentence_subject is not None and len(persons) == 1 else None
        previous_sentence = sentence
        previous_person = (
            next(
                p
                for i in range(sentence.start, sentence.end)
                if (p := index.by_token.get(i)) is not None and p.actor_id in persons
            )
            if len(persons) == 1
            else None
        )


def _controlled_object(token: Token, index: MentionIndex, resolver: ActorResolver) -> Participant | None:
    """ "Trump called Erdoğan, urging him to curtail the operation": "him", object of a clause whose
    subject is the main clause's (Trump, who cannot be "him"), is the main clause's person object
    (added 2026-12-07, seventeenth round)."""
    verb = token.head
    if (
        token.lower_ not in {"him", "her"}
        or token.dep_ not in {"dobj", "dative"}
        or verb.dep_ not in {"advcl", "xcomp", "conj"}
        or any(c.dep_ in SUBJECT_DEPS | {"nsubjpass"} for c in verb.children)
    ):
        return None
    objects = [
        p
        for c in verb.head.children
        if c.dep_ in {"dobj", "dative"}
        and c.i < token.i
        and (p := index.at(c)) is not None
        and _kind(resolver, p.actor_id) == "person"
    ]
    return objects[0] if len(objects) == 1 else None


def _other_person_object(
    token: Token, start: int, index: MentionIndex, resolver: ActorResolver
) -> Participant | None:
    """ "Netanyahu rejects Trump's remarks but will meet with him": an object "him" or "her" is not its
    own clause's subject, so it is the one other person the sentence named before it (added
    2026-12-07, twenty-first round)."""
    if token.lower_ not in {"him", "her"} or token.dep_ not in {"dobj", "dative", "pobj"}:
        return None
    verb = token.head.head if token.dep_ == "pobj" else token.head
    if verb.pos_ not in {"VERB", "AUX"}:
        return None
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    if not subjects and verb.dep_ == "conj":
        subjects = [c for c in verb.head.children if c.dep_ in SUBJECT_DEPS]
    own = {p.actor_id for s in subjects if (p := index.at(s)) is not None}
    if not own:
        return None  # whose clause it is, we cannot tell
    others = {
        p.actor_id: p
        for i in range(start, token.i)
        if (p := index.by_token.get(i)) is not None
        and p.token.pos_ != "PRON"
        and p.actor_id not in own
        and _kind(resolver, p.actor_id) == "person"
    }
    return next(iter(others.values())) if len(others) == 1 else None


# Verbs whose sentence-opening "it" is mostly an empty subject ("It is clear that", "It remains to
# be seen", "It takes time")
EXPLETIVE_HEADS = frozenset(
    {
        "be",
        "seem",
        "appear",
        "remain",
        "take",
        "look",
        "matter",
        "happen",
        "emerge",
        "follow",
        "mean",
        "become",
    }
)


def _expletive_frame(pronoun: Token) -> bool:
    """ "It is clear that ...", "It remains to be seen": an empty subject, not a side."""
    passive_be = pronoun.head.tag_ == "VBN" and any(
        c.dep_ in {"aux", "auxpass"} and _lemma(c) == "be" and c.i == pronoun.i + 1
        for c in pronoun.head.children
    )
    return _lemma(pronoun.head) in EXPLETIVE_HEADS or passive_be


def _root_states(sentence: Span, index: MentionIndex, resolver: ActorResolver) -> list[Participant]:
    """The states that are the subject of a sentence's main verb ("Russia and China vetoed ...")."""
    root = sentence.root
    subjects = [c for c in root.children if c.dep_ in {"nsubj", "nsubjpass"}]
    found = [p for s in subjects for p in _conjoined(s, index, set())]
    if not found or any(_kind(resolver, p.actor_id) != "state" for p in found):
        return []
    return found


def _person_before(token: Token, start: int, index: MentionIndex, resolver: ActorResolver) -> bool:
    """A person is named (not referred to by a pronoun) in the sentence before ``token``."""
    return any(
        (p := index.by_token.get(i)) is not None
        and p.token.pos_ != "PRON"
        and _kind(resolver, p.actor_id) == "person"
        for i in range(start, token.i)
    )


def _dominating_person(token: Token, index: MentionIndex, resolver: ActorResolver) -> Participant | None:
    current = token.head
    for _ in range(6):
        if current.dep_ == "acl" and current.head.pos_ == "NOUN":
            # "Trump's unwillingness to affirm his support": the one whose will it is
            owners = [
                p
                for c in current.head.children
                if c.dep_ == "poss" and (p := index.at(c)) and _kind(resolver, p.actor_id) == "person"
            ]
            if len(owners) == 1:
                return owners[0]
        # ("King Hassan was quoted as saying he would ...": the one quoted)
        quoted = _lemma(current) in QUOTED_AS_VERBS
        subjects = [
            c
            for c in current.children
            if (c.dep_ == "nsubj" or (quoted and c.dep_ == "nsubjpass")) and c.i != token.i and c.i < token.i
        ]
        people = [p for s in subjects if (p := index.at(s)) and _kind(resolver, p.actor_id) == "person"]
        if current.i == token.head.i and token.dep_ in {"dobj", "dative"} and token.lower_ in {"him", "her"}:
            # "Trump said Putin praised him": an object is not its own clause's subject (added
            # 2026-12-07, seventeenth round)
            people = []
        if not people and token.dep_ in {"nsubj", "nsubjpass"} and token.head.i == current.i:
            # "When Trump first made the claim, he was contradicted ...": the subject of a clause of
            # time or reason before the pronoun (added 2026-12-07, fifteenth round)
            people = [
                p
                for c in current.children
                if c.dep_ == "advcl"
                and c.i < token.i
                and any(m.dep_ == "mark" or (m.dep_ == "advmod" and m.tag_ == "WRB") for m in c.children)
                for s in c.children
                if s.dep_ == "nsubj" and (p := index.at(s)) and _kind(resolver, p.actor_id) == "person"
            ]
        if len(people) == 1:
            return people[0]
        if current.head.i == current.i:
            break
        current = current.head
    return None


def _dominating_subject(token: Token, index: MentionIndex, resolver: ActorResolver) -> list[Participant]:
    """The actor(s) subject of the reporting clause that dominates ``token`` ("X said it/they ...")."""
    aimed = token.dep_ == "pobj" and token.head.lower_ in {"at", "against"}  # "said shells were fired at it"
    if token.dep_ not in SUBJECT_DEPS | {"poss", "nsubjpass"} and not aimed:
        return []
    clause = token.head if not aimed else token.head.head
    while clause.dep_ not in {"ccomp", "advcl", "xcomp", "conj"} and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ not in {"ccomp"}:
        return []
    if token.dep_ == "poss" and any(
        c.dep_ in SUBJECT_DEPS
        and c.i < token.i
        and index.at(c) is not None
        # ("Syria said Israeli jets violated its airspace": "its" is no plural's; 2026-12-07)
        and not (token.lower_ == "its" and c.tag_ in {"NNS", "NNPS"})
        for c in clause.children
    ):
        return []  # "demanded that the US cancel its strikes": "its" is the clause's own subject's
    subjects = [c for c in clause.head.children if c.dep_ == "nsubj"]
    group = _actors_of(subjects, index)
    plural = token.lower_ in {"they", "them", "their"}
    if plural:
        return group
    return [p for p in group if _kind(resolver, p.actor_id) != "person"][:1] if len(group) == 1 else []


def _kind(resolver: ActorResolver, actor_id: str) -> str | None:
    try:
        return resolver.actor(actor_id).kind
    except KeyError:
        return None


# ---------------------------------------------------------------------------------------------
# Assembly
# ---------------------------------------------------------------------------------------------


class _Draft(NamedTuple):
    sentence_id: int
    start: int
    end: int
    source: str
    target: str
    reading: Reading
    hedged: bool
    anchor: Token
    quote_id: str | None


def _clause_offsets(token: Token) -> tuple[int, int]:
    """Character offsets of the clause carrying the stance: the subtree of its clause head."""
    head = _clause_chain(token)[-1]
    if head.dep_ == "ROOT" and token.i != head.i:
        # the whole sentence is too broad when the trigger sits in a sub-clause; keep the trigger's branch
        branch = token
        while branch.head.i != head.i:
            branch = branch.head
        head = branch if branch.dep_ in {"ccomp", "advcl", "xcomp", "conj"} else head
    left, right = head.left_edge, head.right_edge
    sentence = token.sent
    left = max(left, sentence[0], key=lambda t: t.i)
    right = min(right, sentence[-1], key=lambda t: t.i)
    return left.idx, right.idx + len(right)


def _advance_notice(token: Token) -> bool:
    """ "The US gave Russia advance warning of that attack": notice given ahead so that the other side
    keeps clear, a courtesy between militaries, not a threat to it (added 2026-12-07, nineteenth round)."""
    noun = token if token.pos_ == "NOUN" else next((c for c in token.children if c.dep_ == "dobj"), None)
    return (
        noun is not None
        and _lemma(noun) in {"warning", "notice", "notification"}
        and any(c.dep_ in {"amod", "compound"} and c.lower_ in {"advance", "prior"} for c in noun.children)
    )


BAN_VERBS = frozenset({"ban", "outlaw", "proscribe", "prohibit"})


def _ban_label(token: Token) -> bool:
    """ "Islamic State (ISIL or Daesh outlawed in Russia)", "terrorist organizations (both banned in
    Russia)": the legal status wire stories attach to a group's name, not a ban done that day (added
    2026-12-07, nineteenth round)."""
    if _lemma(token) not in BAN_VERBS or token.tag_ not in {"VBN", "VBD"}:
        return False
    if any(c.dep_ in {"dobj", "nsubjpass", "agent"} for c in token.children):
        return False
    if not any(c.dep_ == "prep" and c.lower_ == "in" for c in token.children):
        return False
    before = token.doc[token.sent.start : token.i]
    opened = max((t.i for t in before if t.text == "("), default=-1)
    closed = max((t.i for t in before if t.text == ")"), default=-1)
    # ("... as well as Jabhat al-Nusra (Nusra Front) both outlawed in Russia", read as the main verb)
    both = any(c.lower_ in {"both", "all"} and c.i == token.i - 1 for c in token.children)
    return opened > closed or token.dep_ == "acl" or both


def _list_of(token: Token) -> list[Token]:
    """The conjuncts of the list ``token`` is in, in reading order."""
    first = token
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    return sorted([first, *first.conjuncts], key=lambda t: t.i)


def _conjunct_actors(token: Token, index: MentionIndex) -> list[Participant]:
    """The actors one conjunct names by itself, not those of the conjuncts hung on it."""
    others = {t.i for c in token.children if c.dep_ in {"conj", "cc"} for t in c.subtree}
    return [p for p in phrase_actors(token, index, others) if p.token.i not in others]


def _respective_pairs(token: Token, index: MentionIndex) -> list[tuple[Participant, Participant]] | None:
    """ "Vladimir Putin and Recep Tayyip Erdoğan, who have backed the Syrian government and rebels
    respectively": the n-th side acts on the n-th object only (added 2026-12-07, nineteenth round).
    None without "respectively" or when the two lists are not of one length."""
    if not any(c.dep_ == "advmod" and c.lower_ == "respectively" for c in token.children):
        return None
    subjects = [c for c in token.children if c.dep_ == "nsubj"]
    objects = [c for c in token.children if c.dep_ == "dobj"]
    if len(subjects) != 1 or len(objects) != 1:
        return None
    subject = subjects[0]
    if subject.tag_ in {"WP", "WDT"} and token.dep_ == "relcl":
        subject = token.head  # ("who have backed ...": the list the clause describes)
    sides, objects = _list_of(subject), _list_of(objects[0])
    if len(sides) < 2 or len(sides) != len(objects):
        return None
    return [
        (source, target)
        for side, aimed in zip(sides, objects, strict=True)
        for source in _conjunct_actors(side, index)
        for target in _conjunct_actors(aimed, index)
    ]


def _drafts_for_sentence(
    sentence: Span,
    sentence_id: int,
    index: MentionIndex,
    contexts: Sequence[Speech],
    resolver: ActorResolver,
    lexicon: Lexicon,
) -> list[_Draft]:
    drafts: list[_Draft] = []
    # per trigger of a "respectively" clause: its sides and the pairs they make
    respective: dict[int, tuple[set[str], set[tuple[str, str]]]] = {}
    for trigger in find_triggers(sentence, lexicon):
        roles = participants(trigger, index, resolver)
        if (pairs := _respective_pairs(trigger.token, index)) is not None:
            respective[trigger.token.i] = (
                {a.actor_id for a, _ in pairs},
                {(a.actor_id, b.actor_id) for a, b in pairs},
            )
            roles = roles._replace(
                sources=list({a.actor_id: a for a, _ in pairs}.values()),
                targets=list({b.actor_id: b for _, b in pairs}.values()),
            )
        home_only: set[str] = set()
        if roles.sources and not roles.targets and not roles.reciprocal:
            # "threatened to stop negotiations if the United States goes ahead": the one the condition is on
            targets = [p for p in _condition_subjects(trigger.token, index) if p not in roles.sources]
            if not targets:
                targets = _place_targets(trigger, roles.sources, index, resolver)
                if trigger.entry.role:
                    # ("his backers in Moscow and Tehran": where a backer is, is the backer, 2026-12-07)
                    targets = [t for t in targets if t.actor_id not in {s.actor_id for s in roles.sources}]
                if (
                    trigger.entry.category in VIOLENT_CATEGORIES
                    and not _unnamed_victims(trigger.token, index)
                    and not _military_targets(trigger.token)
                ):
                    # violence in a place is about it only for the side at home there: "Russian and
                    # Syrian warplanes bombed trucks near Aleppo" is Syria's at home, not Russia on Syria
                    home_only = {t.actor_id for t in targets}
            roles = roles._replace(targets=targets)
        if trigger.entry.category == "concede" and _leaves_office(trigger.token):
            if _wished_on_another(trigger.token):
                continue  # "the opposition wants Assad to step down": his act is not done
            # "resigned in protest at Israel's attack": leaving office yields at home, to no one named
            roles = roles._replace(targets=[])
        modifiers = read_modifiers(trigger.token)
        if _description(trigger):
            # "the Syrian government and its Russian allies were not available for comment": what a
            # side is called holds whatever the clause says of it (added 2026-12-07)
            modifiers = Modifiers(False, False, False)
        if modifiers.unknown:
            continue
        if _lemma(trigger.token) in DENIALS and roles.targets:
            # "denied that the Syrian army attacked civilians", "rejected claims that the Syrian
            # government was behind the attack": a denial defends whom the denied content accuses
            roles = roles._replace(
                targets=[p for p in roles.targets if not _in_content(p.token, trigger.token)]
            )
        if _claimed_act(trigger.token):
            # "Hamas claimed responsibility for the attack": the claimant's act, on its own word
            modifiers = modifiers._replace(hedged=True)
        reading = apply_modifiers(trigger.entry, modifiers)
        if (
            reading is not None
            and reading.category in VIOLENT_CATEGORIES
            and _fought_with_words(trigger.token)
        ):
            # "his rhetorical onslaught against Trump", "a diplomatic offensive": words, not arms
            # (added 2026-12-07)
            reading = Reading("criticism", "111", -2.0, -1)
        if reading is not None and reading.category in VIOLENT_CATEGORIES and _cold_war(trigger.token):
            # "Riyadh's cold war with Qatar": rivalry without arms (added 2026-12-07, twenty-first round)
            reading = Reading("opposition", "110", -2.0, -1)
        if (
            reading is not None
            and reading.category == "demand"
            and _asks_for_cooperation(trigger.token, lexicon)
        ):
            reading = Reading("appeal", "020", 3.0, 1)  # "called for dialogue with Russia" (CAMEO 02)
        if (
            reading is not None
            and reading.category in {"fight", "assault"}
            and _lemma(trigger.token) in VERBAL_CLASHES
            and _people_clash(roles, resolver)
        ):
            reading = Reading("criticism", "111", -2.0, -1)  # "the UK ambassador clashed with Trump"
        if (
            reading is not None
            and trigger.entry.lemma == "come under fire"
            and not _armed_fire(trigger.token)
        ):
            reading = Reading("criticism", "111", -2.0, -1)  # "came under fire from Human Rights Watch"
        if reading is not None and reading.category == "appeal" and _asks_to_leave_office(trigger.token):
            reading = Reading("demand", "1041", -5.0, -1)
        if reading is not None and reading.category == "demand" and _demands_staying(trigger.token):
            reading = Reading("support", "051", 3.4, 1)  # "insisting that Assad should remain in office"
        if reading is None or _obliged(trigger.token) or _owed_to_another(trigger.token, index):
            continue
        if reading.category == "mobilize" and _supportive_purpose(trigger.token, lexicon):
            # "Russia sent troops to Syria to support Assad", "sent the air force to prop up the Syrian
            # leader": a deployment for a side is no show of force against it; the purpose says the
            # stance (added 2026-12-07, sixteenth round)
            continue
        if trigger.entry.destination and _unrealised_gerund(trigger.token):
            continue  # "warned its citizens against travelling to Iran": a journey no one makes
        if _ban_label(trigger.token):
            continue  # "Daesh (outlawed in Russia)": a standing label, no act of the day
        if _advance_notice(trigger.token):
            continue  # "gave Russia advance warning of that attack through a deconfliction notice"
        if _demanded(trigger.token):
            speech = _speech_at(trigger.token, contexts)
            drafts.extend(
                d._replace(sentence_id=sentence_id, quote_id=speech.quote_id if speech else None)
                for d in _advocated_targets(trigger, roles, reading, index)
            )
            continue
        speech = _speech_at(trigger.token, contexts)
        quote_id = speech.quote_id if speech else None
        start, end = _clause_offsets(trigger.token)

        def add(
            source: Participant,
            target: Participant,
            reading: Reading = reading,
            clause: tuple[int, int] = (start, end),
            hedged: bool = modifiers.hedged,
            anchor: Token = trigger.token,
            quote_id: str | None = quote_id,
            domestic: bool = False,
            home_only: set[str] = home_only,
        ) -> bool:
            if target.actor_id in home_only and _country(resolver, source.actor_id) != target.actor_id:
                return False
            if reading.code == VISIT_CODE and _country(resolver, source.actor_id) == target.actor_id:
                return False  # "Netanyahu's trips to Israel": going home is no visit
            if reading.category in ARMED_CATEGORIES and (
                _reporting_body(resolver, source.actor_id)
                or (_reporting_body(resolver, target.actor_id) and not _its_staff(target.token))
            ):
                # "... killing 30 the Syrian Observatory said", commas lost: a reporter takes no part
                # (it may suffer an attack: "an Al-Jazeera team was targeted by Russian jets")
                return False
            if reading.category == "consult" and (
                _reporting_body(resolver, source.actor_id) or _reporting_body(resolver, target.actor_id)
            ):
                # "spoke to the Guardian", "spoke with The Des Moines Register": an interview, no
                # consultation (added 2026-12-07, fourteenth round)
                return False
            if (
                source.actor_id != target.actor_id
                or (reading.category in DOMESTIC_CATEGORIES and (domestic or _self_dyad(source, target)))
                or _two_organs(source, target)
                or _organ_on_its_people(source, target, reading)
            ):
                drafts.append(
                    _Draft(
                        sentence_id,
                        *clause,
                        source.actor_id,
                        target.actor_id,
                        reading,
                        hedged,
                        anchor,
                        quote_id,
                    )
                )
                return True
            return False

        sources = roles.sources
        if trigger.entry.pos == "adj" and not sources:
            # an evaluation belongs to whoever utters it: the quote's speaker or the verb's subject
            speakers = list(speech.speakers()) if speech else []
            if trigger.token.dep_ == "oprd":
                subject, _ = _acting_subject(trigger.token.head, index)
                speakers = subject[:1] if len(subject) == 1 else speakers
            sources = speakers
            targets = _drop_own_country(roles.targets, sources, resolver)
            for source in sources:
                for target in targets:
                    add(source, target)
            continue
        if roles.reciprocal and reading.category in VIOLENT_CATEGORIES and _fights_an_object(trigger.token):
            # "Russia and Iran fight terrorism in Syria": they fight it together, not each other
            for source in sources:
                for target in sources:
                    add(source, target, MILITARY_COOPERATION)
        elif roles.reciprocal:
            for source in sources:
                for target in sources:
                    add(source, target)
        else:
            # an act between two distinct actors of one country is a domestic dyad ("Egyptian police
            # dispersed the protesters", "the opposition criticised the government"): kept
            targets = _domestic_targets(roles.targets, sources, reading, resolver)
            if (
                reading.category in ENDORSING_CATEGORIES
                and _lemma(trigger.token) not in UNDOING_VERBS | RESOLVING_VERBS
                and (acts := _endorsed_acts(trigger.token))
                and (victims := _victims_of_endorsed_act(trigger.token, acts, targets, index))
            ):
                # "Britain supported the strikes on Syria": backing a hostile act opposes its target
                targets = [t for t in targets if t not in victims] or _authors_of_endorsed_act(
                    acts, victims, index
                )  # "welcomed the US strikes on Syria": the praise is the striker's
                for source in sources:
                    for victim in victims:
                        add(source, victim, Reading("opposition", "110", -2.0, -1))
            elif (
                reading.category in OPPOSING_CATEGORIES
                # (an accusation names the act's author: "blamed the attack on Assad")
                and _lemma(trigger.token) not in ALLEGATIONS
                # (not the trigger's own noun: "took a jab at the United States")
                and (
                    acts := [
                        a
                        for a in _endorsed_acts(trigger.token)
                        if _lemma(a) not in trigger.entry.lemma.split()
                    ]
                )
                and (victims := _victims_of_endorsed_act(trigger.token, acts, targets, index))
            ):
                # "France opposed a war against Iraq": opposing a hostile act is no hostility to whom it
                # is aimed at; it opposes whoever makes it, if named ("the American war")
                targets = [t for t in targets if t not in victims] or _authors_of_endorsed_act(
                    acts, victims, index
                )
                # and against a measure (not an attack, whose victims may be a place's people, nor by
                # refusing or breaching it), it stands by whom the measure is aimed at ("Russia vetoed a
                # resolution condemning Iran", "opposed new sanctions on Iran"; fourteenth round)
                if _lemma(trigger.token) not in REFUSALS | REFUSAL_NOUNS | BREACHING_VERBS and not any(
                    _violent_act(a) for a in acts
                ):
                    for source in sources:
                        for victim in victims:
                            add(source, victim, Reading("support", "051", 3.4, 1))
            if reading.category in {"warning", "threaten"}:
                # "Erdoğan warned that Turkish troops intended to advance": a leader's warning of his
                # own state's act is aimed at whoever stands in its way, not at his state
                persons = [
                    p
                    for p in sources
                    if _kind(resolver, p.actor_id) == "person" and _official(resolver, p.actor_id)
                ]
                own = {_country(resolver, p.actor_id) for p in persons}
                targets = [t for t in targets if not (persons and t.actor_id in own)]
            for source in sources:
                placed = False
                for target in targets:
                    if _own_ground(source, target, resolver):
                        continue  # "the SDF began an assault on Manbij": a town held by others
                    # "Syrian troops shelled Douma": a state's attack on a place of its own is at home
                    at_home = target.mention is None and (
                        _struck_place(trigger.token, target.token, trigger.entry)
                        or (reading.category in VIOLENT_CATEGORIES and _aimed_at(target.token, trigger.entry))
                    )
                    if (
                        held := _held_at_home(source, target, reading, trigger.token, index, resolver)
                    ) is not None:
                        target, at_home = held, True
                    placed = add(source, target, domestic=at_home) or placed
                    if (
                        trigger.entry.reciprocal
                        and trigger.entry.pos == "verb"
                        and reading.category in MUTUAL_CATEGORIES
                        # "Russia wants to cooperate with Iran": an intent is the one side's alone
                        and not _intent_of_one_side(trigger.token)
                        and not _topic(target.token, trigger.token)
                        # "agreed to take in refugees from South Sudan": the clause's side is no partner
                        and not _inside_clause_of(target.token, trigger.token)
                    ):
                        add(target, source)  # a meeting or a battle involves both sides alike
                # "students clashed with police": a state organ no one names is the side's own state's
                for organ in _unnamed_organs(trigger.token, source, index, resolver):
                    placed = add(source, organ, domestic=True) or placed
                # "Algerian security forces killed 20 Islamic militants": rebels no word places
                if reading.category in ARMED_CATEGORIES:
                    for rebels in _unnamed_rebels(trigger.token, source, reading.category, index, resolver):
                        placed = add(source, rebels, domestic=True) or placed
                # "Maduro accused the opposition of plotting a coup": the opposition no word places
                for opposition in _unnamed_opposition(
                    trigger.token, source, reading.category, index, resolver
                ):
                    placed = add(source, opposition, domestic=True) or placed
                # nobody else acted upon (or only the source's own state, as a place): the act at home
                if not placed and (home := _home_target(trigger, source, reading, index, resolver)):
                    add(source, home, domestic=True)
        if (
            # ("deployed troops alongside the SDF", "patrol alongside Turkish forces": a deployment
            # beside an ally, added 2026-12-07, fifteenth round)
            reading.category in VIOLENT_CATEGORIES | {"mobilize"}
            and reading.polarity < 0
            and trigger.entry.pos == "verb"
            and not trigger.entry.undergoer  # "died alongside his sons": no comrades in arms
        ):
            # "Hezbollah fought alongside the Syrian army": comrades in arms cooperate militarily
            allies = [p for a in _ally_heads(trigger.token) for p in phrase_actors(a, index)]
            for source in sources:
                for ally in allies:
                    if ally.actor_id != source.actor_id:
                        add(source, ally, MILITARY_COOPERATION)
            # "attacked Aleppo with the help of Russian jets": the helper cooperates with the attacker
            for helper in _helpers(trigger.token, index):
                for source in sources:
                    if _country(resolver, helper.actor_id) != _country(resolver, source.actor_id):
                        add(helper, source, MILITARY_COOPERATION)
        if not sources and not roles.reciprocal and reading.category in VIOLENT_CATEGORIES:
            attacker, *victims = _unattributed(trigger, roles, index, resolver) or [None]
            for victim in victims:
                add(attacker, victim)
        origin = None if sources or roles.reciprocal else _launch_origin(trigger.token, index, resolver)
        if origin is not None:
            for target in roles.targets:
                add(origin, target)
        if speech is None:
            continue
        # a state's or a person's side includes their state; a group's or an organisation's does
        # not ("Activists in Idlib said that regime airstrikes hit a market": the regime is not theirs)
        # (fellow speakers are on one side: "The US, UK and France say they carried out the strikes")
        side = {
            actor
            for s in speech.speakers()
            for actor in (
                {s.actor_id}
                if _outside_its_state(s.actor_id, resolver)
                else {s.actor_id, _country(resolver, s.actor_id)}
            )
        }
        # (each speaker of a compound subject: "Washington and Paris say ...", fourteenth round)
        for speaker in speech.speakers():
            if sources and all(s.actor_id in side for s in sources):
                # the speaker's own side acts ("Our cooperation can isolate America"): the speaker's stance
                targets = [t for t in roles.targets if t.actor_id not in side]
                if not targets and trigger.entry.reciprocal and speech.addressee is not None:
                    targets = [speech.addressee]
                for target in targets:
                    add(speaker, target)
            elif (
                reading.polarity < 0
                and reading.category != "investigate"  # "said Syria is investigating": no act to accuse
                and not speech.sourcing
                and not _background(trigger.token)
                # "assist Kurds fighting ISIL": a participle without an auxiliary describes, reports nothing
                # ("interested in ousting Assad", "lose for withdrawing": a preposition's gerund is the act)
                and not (
                    trigger.token.tag_ == "VBG"
                    and trigger.token.dep_ != "pcomp"
                    and not any(c.dep_ == "aux" for c in trigger.token.children)
                )
                and _kind(resolver, speaker.actor_id) != "organization"
                and not any(d.source == speaker.actor_id and d.sentence_id == sentence_id for d in drafts)
            ):
                # reporting another actor's hostile act (or distrust, criticism of it) accuses that actor
                statement = trigger.entry.pos in {"noun", "adj", "phrase"} and not sources
                # (a mutual conflict reported accuses neither side: "Iran enjoys Russian-American
                # conflict"; nor does another's worry: "Putin worried about ...", added 2026-12-07)
                reported_feeling = reading.category == "distrust" and trigger.entry.pos == "verb"
                # only actors named in the sentence: a pronoun's reading is too weak to accuse anyone on
                # ("Israel said a mortar bomb was fired at it from the Gaza Strip": where it came from)
                accused = [
                    p
                    for p in (roles.targets if statement else sources or ([origin] if origin else []))
                    if p.actor_id not in side
                    # "the threat of Iran's breakout" accuses Iran; "a threat to Syria's future", "attacks
                    # on Aleppo" name the endangered, not the accused
                    and not (
                        statement and reading.category in ENDANGERING_CATEGORIES and _aimed_at_by(p, trigger)
                    )
                    # "the Kremlin said Putin did not agree": a state reporting its own people
                    and not (
                        _kind(resolver, speaker.actor_id) == "state"
                        and _country(resolver, p.actor_id) in side
                    )
                    and p.token.pos_ != "PRON"
                    and _accusable(p, speech, resolver)
                ]
                if roles.reciprocal or reported_feeling:
                    accused = []
                if (
                    _answers_an_act(trigger.token)
                    or _question(trigger.token)
                    or _precondition(trigger.token)
                    or speech.cue in DENIALS | ADMISSIONS
                    or _in_view_on(trigger.token)
                ):
                    # "the YPG were able to crush this attack": a defence, reported; a denial ("denied
                    # that the army attacked civilians") defends, it does not accuse
                    accused = []
                category = reading.category if reading.category in STATEMENT_CATEGORIES else "criticism"
                for target in accused:
                    add(speaker, target, Reading(category, "112", -2.0, -1))
    drafts.extend(_demands(sentence, sentence_id, index, contexts, resolver))
    drafts.extend(_exonerations(sentence, sentence_id, index, contexts, resolver))
    drafts.extend(_defiances(sentence, sentence_id, index, contexts))
    drafts.extend(_backings(sentence, sentence_id, index, contexts, resolver))
    drafts.extend(_prefixed_stances(sentence, sentence_id, index, contexts, resolver))
    # (a speaker's reading of such a clause is no side's row and stays)
    return [
        d
        for d in drafts
        if d.anchor.i not in respective
        or d.source not in respective[d.anchor.i][0]
        or (d.source, d.target) in respective[d.anchor.i][1]
    ]


BACKGROUND_PREPS = frozenset({"since", "after", "before", "during", "following", "until", "amid"})
# Nouns of a view held on an act ("shared its view on barring the Kurds"): the act is its topic
VIEW_NOUNS = frozenset({"view", "position", "stance", "opinion", "line", "assessment", "understanding"})


def _in_view_on(token: Token) -> bool:
    """``token`` names what a view is on ("Russia and Iran shared its view on barring the Kurds"):
    a topic, which no one is reported to have done (added 2026-12-07, fifteenth round)."""
    current = token
    for _ in range(4):
        head = current.head
        if head.i == current.i:
            return False
        if head.dep_ == "prep" and head.lower_ in {"on", "about", "over"} and _lemma(head.head) in VIEW_NOUNS:
            return True
        current = head
    return False


# Readings that back what their object does (not "lifted sanctions on Russia": a retreat undoes them)
ENDORSING_CATEGORIES = frozenset({"support", "praise", "agree", "appeal", "cooperate"})
# Words against an act: against a hostile act, they are not against its target
OPPOSING_CATEGORIES = frozenset({"opposition", "criticism", "disapprove", "reject"})


def _endorsed_acts(token: Token) -> list[Token]:
    """The hostile acts a positive act backs: "supported the strikes", "endorse punishing Syria",
    "agreed to sanctions"."""
    objects = [c for c in token.children if c.dep_ in {"dobj", "xcomp", "pcomp", "ccomp"}]
    objects += [g for c in token.children if c.dep_ == "prep" and c.lower_ == "to" for g in _prep_objects(c)]
    if token.pos_ == "NOUN":
        # "a strong backer of action including possible strikes against Assad's forces": what a backer
        # backs, and the acts its examples name (added 2026-12-07, seventeenth round)
        objects += _phrase_objects(token, "of")
        objects += [g for o in list(objects) for g in _phrase_objects(o, "including", "like")]
    # "vetoed a resolution condemning Iran", "backed a draft imposing sanctions on Syria": what the
    # document does (added 2026-12-07, fourteenth round)
    objects += [
        a
        for o in objects
        if _lemma(o) in DOCUMENT_NOUNS
        for a in o.children
        if a.dep_ == "acl" and a.tag_ == "VBG"
    ]
    return [
        c
        for c in objects
        if _hostile_noun(c)
        or (c.tag_ == "VBG" and _hostile_verb(c))
        # "vetoed a resolution against Syria", "defy any punitive measures against Assad": a document
        # or a measure aimed at a side (added 2026-12-07, twentieth round)
        or (
            _lemma(c) in DOCUMENT_NOUNS | AIMED_MEASURES
            and any(p.dep_ == "prep" and p.lower_ == "against" for p in c.children)
        )
    ]


AIMED_MEASURES = frozenset({"measure", "action", "step", "move"})
# Hostilities whose "with" phrase names the other side ("a war with Iran")
TWO_SIDED_HOSTILITIES = frozenset(
    {"war", "clash", "conflict", "confrontation", "fight", "battle", "showdown", "hostility", "hostilities"}
)


def _victims_of_endorsed_act(
    token: Token, acts: list[Token], targets: list[Participant], index: MentionIndex
) -> list[Participant]:
    """The targets a positive act reaches only through the hostile ``acts`` it backs: "supported the
    strikes on Syria", "welcomed the US strikes on Syria" (not the act's author, "the US")."""
    # the act's "on/against" phrase, also when the parser hangs it on the backing verb after the act
    holders = [*acts, token]
    aimed_heads = [
        g
        for holder in holders
        for c in holder.children
        if c.dep_ == "prep"
        and (
            c.lower_ in AIMED_PREPS | {"against"}
            # ("ruled out a war with Iran": the other side of a two-sided hostility; added 2026-12-07,
            # eighteenth round)
            or (c.lower_ == "with" and holder.i != token.i and _lemma(holder) in TWO_SIDED_HOSTILITIES)
        )
        and (holder.i != token.i or c.i > min(a.i for a in acts))
        for g in _prep_objects(c)
    ]
    aimed = {g.i for g in aimed_heads} | {
        c.i for act in acts if act.pos_ == "VERB" for c in act.children if c.dep_ == "dobj"
    }
    # ("supported the US strikes on Syria": the author named first hides the victim from the targets;
    # "vetoed a resolution condemning Iran": the document's act's object, fourteenth round)
    aimed_heads += [c for act in acts if act.pos_ == "VERB" for c in act.children if c.dep_ == "dobj"]
    candidates = targets + [p for g in aimed_heads for p in phrase_actors(g, index) if p not in targets]
    return [
        t
        for t in candidates
        # "the Russian aggression on Syria", listed after the act: the author of an act of its own
        if not _hostile_noun(t.token)
        and (
            t.token.i in aimed
            or (
                t.token.head.i in aimed
                and not (t.token.dep_ in {"amod", "compound", "poss", "nmod"} and _hostile_noun(t.token.head))
            )
        )
    ]


def _authors_of_endorsed_act(
    acts: list[Token], victims: list[Participant], index: MentionIndex
) -> list[Participant]:
    """Whom a backed act is named for ("the US" of "the US strikes")."""
    victim_ids = {v.actor_id for v in victims}
    return [
        p
        for c in acts
        if c.pos_ == "NOUN"
        for m in c.children
        if m.dep_ in {"compound", "amod", "poss", "nmod"}
        for p in [index.at(m)]
        if p is not None and p.actor_id not in victim_ids
    ]


def _outside_its_state(actor_id: str, resolver: ActorResolver) -> bool:
    """A speaker whose state's acts are not its own side's: an organisation, a country's activists,
    opposition or rebels, an insurgent group (not its state media, officials or forces)."""
    kind = _kind(resolver, actor_id)
    if kind == "organization":
        return True
    if kind != "group":
        return False
    role = _group_role(actor_id)
    if role is not None:
        return role not in {"media", "officials", "forces", "military", "police"}
    return resolver.fights_own_state(actor_id)


def _reporting_body(resolver: ActorResolver, actor_id: str) -> bool:
    """A news agency, broadcaster, newspaper or monitor: it reports fighting, it takes no part in it."""
    record = resolver.known.get(actor_id)
    return (
        record is not None
        and record.kind == "organization"
        and bool(REPORTING_BODY.search(" ".join([record.name, *resolver.aliases(actor_id)])))
    )


def _its_staff(token: Token) -> bool:
    """A reporting body's people or premises ("an Al-Jazeera team", "a reporter from Al-Jazeera"),
    which an attack can hit; the body alone, in a sentence about an attack, is its reporter."""
    head = token.head
    if head.dep_ == "prep" and head.lower_ in {"from", "of", "for", "with"}:
        head = head.head
    return _lemma(head) in MEDIA_STAFF


MEDIA_STAFF = frozenset(
    {"team", "reporter", "journalist", "crew", "correspondent", "office", "staff", "cameraman",
     "photographer", "bureau", "building", "headquarters", "van", "car", "vehicle"}
)  # fmt: skip
REPORTING_BODY = re.compile(
    r"\b(?:news|observatory|broadcast\w*|television|tv|radio|newspaper|press|"
    r"reuters|afp|sana|irna|tass|ria|xinhua|al jazeera|al arabiya|"
    # (added 2026-12-07, fourteenth round: outlets named without such a word)
    r"bbc|cnn|trt|bloomberg|interfax|sputnik|anadolu|fars|tasnim|mehr|isna|dpa|yonhap|kyodo|"
    r"the times|new york times|washington post|the guardian|the telegraph|register)\b",
    re.IGNORECASE,
)


def _accusable(accused: Participant, speech: Speech, resolver: ActorResolver) -> bool:
    """Whom reporting a hostile act accuses. A state, or a person who acts for one, always: the
    speaker takes a side on it. Anyone else (an armed group, an organisation, a name we cannot
    place) only on an argumentative cue ("claimed", "accused"): "the Observatory chief told AFP
    that the YPG killed 10 IS members" is a monitor's report, a side's spokesman's "said" is news."""
    kind = _kind(resolver, accused.actor_id)
    if kind == "state" or (kind == "person" and _country(resolver, accused.actor_id) is not None):
        return True
    return speech.cue is not None and speech.cue not in NEUTRAL_CUES


# (and measures against a side: "reports that the cabinet agreed to take action against Syria",
# added 2026-12-07)
ENDANGERING_CATEGORIES = frozenset({"threaten", "warning", "assault", "fight", "coerce", "opposition"})


def _aimed_at_by(target: Participant, trigger: Trigger) -> bool:
    """The target is reached from the trigger through a preposition of aim ("threat to/for/against")."""
    token = target.token
    while token.head.i != token.i and token.head.i != trigger.token.i:
        token = token.head
    # ("the bombing of towns in Idlib": an act noun's "of" phrase is what it hits, added 2026-12-07)
    # (not a threat's: "the threat of Iran's breakout" is Iran's)
    of = (
        trigger.token.pos_ == "NOUN" and token.lower_ == "of" and trigger.entry.category in VIOLENT_CATEGORIES
    )
    return (
        token.head.i == trigger.token.i
        and token.dep_ == "prep"
        and (token.lower_ in AIMED_PREPS | {"to", "for"} or of)
    )


def _question(token: Token) -> bool:
    """ "Will Russia hit back at the US when it launches strikes?": asked, not reported."""
    # the sentence's last word, read backwards past closing quotes (not the sentence's whole text,
    # which spaCy builds token by token on every call)
    sent, doc = token.sent, token.doc
    for i in range(sent.end - 1, sent.start - 1, -1):
        word = doc[i].text_with_ws.rstrip(" \"'”’")
        if word:
            return word.endswith("?")
    return False


def _background(token: Token) -> bool:
    """An event noun in a time phrase ("holed up since last month's U.S. invasion") is background
    to the report, not what the speaker reports."""
    return token.dep_ == "pobj" and token.head.lower_ in BACKGROUND_PREPS


def _demands(
    sentence: Span, sentence_id: int, index: MentionIndex, contexts: Sequence[Speech], resolver: ActorResolver
) -> list[_Draft]:
    """Russia said that Sudan must return the helicopter": a reported obligation is a demand."""
    drafts: list[_Draft] = []
    for verb in tokens_with(sentence, token_words(sentence.doc).lemmas, REPORTING_VERBS | {"make"}):
        if verb.pos_ != "VERB" or not (_lemma(verb) in REPORTING_VERBS or _makes_clear(verb)):
            continue
        sources, _ = _acting_subject(verb, index)
        # "Zakharova said Russia should protect its people": an official's own state's duty is a pledge
        own = {_country(resolver, p.actor_id) for p in sources if _kind(resolver, p.actor_id) == "person"}
        obligated = [p for p in _obligated(verb, index) if p.actor_id not in own]
        reading = Reading("demand", "100", -5.0, -1)
        drafts.extend(_clause_drafts(sentence_id, verb, sources, obligated, reading, False, contexts))
    return drafts


def _exonerations(
    sentence: Span, sentence_id: int, index: MentionIndex, contexts: Sequence[Speech], resolver: ActorResolver
) -> list[_Draft]:
    """ "Assad said Russia was not behind the attack", "denied that Damascus was responsible for the
    attack": whoever clears another side of a hostile act defends it (CAMEO 051; added 2026-12-07,
    fifteenth round). A side clearing itself defends no one."""
    drafts: list[_Draft] = []
    for verb in tokens_with(sentence, token_words(sentence.doc).lemmas, REPORTING_VERBS | DENIALS):
        if verb.pos_ != "VERB" or read_modifiers(verb).negated:
            continue
        sources, _ = _acting_subject(verb, index)
        side = {a for p in sources for a in (p.actor_id, _country(resolver, p.actor_id))}
        cleared: list[Participant] = []
        denied = _lemma(verb) in DENIALS
        for clause in (c for c in verb.children if c.dep_ == "ccomp"):
            negated = any(c.dep_ == "neg" for c in clause.children)
            if denied == negated or not _blames(clause):
                continue  # ("denied that it was not ...": no clearing; "said X was behind": blame)
            subjects = [c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}]
            cleared += [
                p
                for p in _actors_of(subjects, index)
                if p.actor_id not in side and _country(resolver, p.actor_id) not in side
            ]
        reading = Reading("support", "051", 3.4, 1)
        drafts.extend(_clause_drafts(sentence_id, verb, sources, cleared, reading, False, contexts))
    return drafts


def _blames(clause: Token) -> bool:
    """A clause that holds its subject to account for a hostile act: "X was behind the attack", "X
    was responsible for the strike" (the forms ``_claim_verb`` reads)."""
    return any(
        _hostile_noun(t) and (verb := _claim_verb(t)) is not None and verb.i == clause.i
        for t in clause.subtree
    )


def _makes_clear(verb: Token) -> bool:
    """ "Britain made clear that Libya must surrender the suspects": a statement, as "said" is."""
    return _lemma(verb) == "make" and any(c.lower_ in {"clear", "plain"} for c in verb.children)


def _clause_drafts(
    sentence_id: int,
    verb: Token,
    sources: Sequence[Participant],
    targets: Sequence[Participant],
    reading: Reading,
    hedged: bool,
    contexts: Sequence[Speech],
) -> list[_Draft]:
    """One draft per source and target of a clause-level rule, anchored on its verb."""
    start, end = _clause_offsets(verb)
    speech = _speech_at(verb, contexts)
    quote_id = speech.quote_id if speech else None
    return [
        _Draft(sentence_id, start, end, s.actor_id, t.actor_id, reading, hedged, verb, quote_id)
        for s in sources
        for t in targets
        if s.actor_id != t.actor_id
    ]


# What one acts "despite": another actor's pressure or objection, defied (CAMEO 128, defy norms).
DEFIED_NOUNS = frozenset(
    {"pressure", "call", "demand", "objection", "opposition", "protest", "warning", "appeal", "request",
     "criticism", "sanction", "threat", "plea", "concern", "resistance"}
)  # fmt: skip


def _defiances(
    sentence: Span, sentence_id: int, index: MentionIndex, contexts: Sequence[Speech]
) -> list[_Draft]:
    """ "Iran refused to halt enrichment despite pressure from the United States": whoever acts
    despite another actor's pressure, calls or objections defies that actor (IRN -> USA reject)."""
    drafts: list[_Draft] = []
    for prep in tokens_with(sentence, token_words(sentence.doc).lowers, {"despite"}):
        if prep.dep_ != "prep" or prep.lower_ != "despite" or prep.head.pos_ not in {"VERB", "AUX"}:
            continue
        for noun in _prep_objects(prep):
            if _lemma(noun) not in DEFIED_NOUNS:
                continue
            owners = [c for c in noun.children if c.dep_ == "poss"] + [
                g
                for c in noun.children
                if c.dep_ == "prep" and c.lower_ in {"from", "by", "of"}
                for g in _prep_objects(c)
            ]
            targets = [p for head in owners for p in phrase_actors(head, index)]
            if not targets:
                continue
            verb = prep.head
            sources, _ = _acting_subject(verb, index)
            reading = Reading("reject", "128", -5.0, -1)
            hedged = read_modifiers(verb).hedged
            drafts.extend(_clause_drafts(sentence_id, verb, sources, targets, reading, hedged, contexts))
    return drafts


# "Iran-backed Hezbollah", "Assad's Moscow-backed government": the participles of a hyphenated backer
BACKED_PARTICIPLES = frozenset({"backed", "supported", "sponsored", "funded", "financed", "armed", "allied"})


def _backings(
    sentence: Span, sentence_id: int, index: MentionIndex, contexts: Sequence[Speech], resolver: ActorResolver
) -> list[_Draft]:
    """ "Lebanon's Iran-backed Hezbollah", "Assad's Moscow-backed government": the hyphenated backer
    supports the side the noun names (CAMEO 051), whatever the clause says of that side (added
    2026-12-07, thirteenth round). Only a noun that is a side itself, or whose possessor or compound
    is one ("Iran-backed Hezbollah fighters"); an act names no side ("the Russian-backed offensive")."""
    drafts: list[_Draft] = []
    for token in tokens_with(sentence, token_words(sentence.doc).lowers, BACKED_PARTICIPLES):
        if token.dep_ != "amod" or token.i < 2 or sentence.doc[token.i - 1].text not in {"-", "–"}:
            continue
        backer_word = sentence.doc[token.i - 2]
        backer = index.at(backer_word) or _demonym_participant(backer_word, resolver)
        if backer is None:
            continue
        noun = token.head
        backed = [
            p
            for h in (
                noun,
                *(c for c in noun.children if c.dep_ in {"poss", "compound"} and c.i != backer_word.i),
            )
            if (p := index.at(h)) is not None and p.actor_id != backer.actor_id
        ]
        if not backed:
            # "the SDF, a US-backed group", "a US-backed group, the SDF": the name beside the noun
            beside = [noun.head] if noun.dep_ == "appos" else []
            beside += [c for c in noun.children if c.dep_ == "appos"]
            backed = [p for b in beside if (p := index.at(b)) is not None and p.actor_id != backer.actor_id]
        if not backed and noun.dep_ == "dobj" and _lemma(noun.head) in LEADING_VERBS:
            # "The Syrian Kurds had spearheaded a US-backed campaign": who leads the backed act is
            # backed (added 2026-12-07, twentieth round)
            backed = [
                p
                for p in _actors_of([c for c in noun.head.children if c.dep_ == "nsubj"], index)
                if p.actor_id != backer.actor_id
            ]
        reading = Reading("support", "051", 3.4, 1)
        drafts.extend(_clause_drafts(sentence_id, noun, [backer], backed[:1], reading, False, contexts))
    return drafts


# Nouns of a side's line or mood that an "anti-"/"pro-" word says whom it is against or for
STANCE_CARRIER_NOUNS = frozenset(
    {"rhetoric", "stance", "sentiment", "policy", "position", "view", "agenda", "statement", "remark",
     "propaganda", "line", "tone", "bias", "leaning", "credential", "posture", "hostility", "feeling",
     "attitude", "outlook"}
)  # fmt: skip
PREFIX_READINGS = {"anti": Reading("opposition", "110", -2.0, -1), "pro": Reading("support", "051", 3.4, 1)}
# Verbs whose subject holds the line it acts on ("pursued an anti-Iranian policy", "dial down their
# rhetoric"), not one it judges ("criticised the anti-Iran rhetoric")
LINE_HOLDING_VERBS = frozenset(
    {"pursue", "adopt", "take", "maintain", "keep", "voice", "express", "dial", "tone", "step", "ramp",
     "soften", "harden", "escalate", "intensify", "continue", "have", "hold", "promote", "push"}
)  # fmt: skip


def _prefixed_stances(
    sentence: Span, sentence_id: int, index: MentionIndex, contexts: Sequence[Speech], resolver: ActorResolver
) -> list[_Draft]:
    """ "their anti-Iran rhetoric", "Trump's anti-Iranian policy", "Clinton and Trump are pro-Israel":
    whose line or mood it is opposes or supports the side the prefixed word names (added 2026-12-07,
    twentieth round). Only a line or mood of a side named as its holder: "anti-American sentiment"
    alone is nobody's."""
    drafts: list[_Draft] = []
    doc = sentence.doc
    for token in tokens_with(sentence, token_words(doc).lowers, frozenset(PREFIX_READINGS)):
        if token.i + 2 >= sentence.end or doc[token.i + 1].text not in {"-", "–"}:
            continue
        named = doc[token.i + 2]
        side = index.at(named) or _demonym_participant(named, resolver)
        if side is None:
            continue
        noun = named.head if named.dep_ in {"amod", "compound", "nmod"} else None
        holders: list[Participant] = []
        if noun is not None and noun.pos_ == "NOUN" and _lemma(noun) in STANCE_CARRIER_NOUNS:
            anchor = noun
            owners = [c for c in noun.children if c.dep_ == "poss"]
            holders = _actors_of(owners, index)
            if (
                not holders
                and (not owners or owners[0].pos_ == "PRON")
                and noun.dep_ == "dobj"
                and _lemma(noun.head) in LINE_HOLDING_VERBS
            ):
                # "will dial down their anti-Iran rhetoric", "pursued an anti-Iranian policy": the
                # clause's subject holds it (not "criticised the anti-Iran rhetoric")
                holders = _acting_subject(noun.head, index)[0]
        elif token.dep_ == "acomp" and _lemma(token.head) in COPULAS:
            anchor = token.head  # "Clinton and Trump are relatively pro-Israel"
            holders = _actors_of([c for c in token.head.children if c.dep_ == "nsubj"], index)
        else:
            continue
        holders = [h for h in holders if h.actor_id != side.actor_id]
        reading = PREFIX_READINGS[token.lower_]
        drafts.extend(_clause_drafts(sentence_id, anchor, holders, [side], reading, False, contexts))
    return drafts


MUTUAL_CATEGORIES = frozenset({"consult", "fight", "agree", "cooperate"})
# Verbs of leading an act another backs ("spearheaded a US-backed campaign")
LEADING_VERBS = frozenset({"lead", "spearhead", "launch", "wage", "conduct", "mount", "head"})

# Domestic acts: what a state, its forces or its people do at home. A row whose two sides are the
# same state actor (``source_id == target_id``, a "self" row) is emitted only for these and only in
# the cases of _self_dyad and _home_target; reports that chart international dyads drop rows with
# ``source_country == target_country``.
DOMESTIC_CATEGORIES = frozenset(
    {"concede", "retreat", "reject", "protest", "mobilize", "coerce", "assault", "fight", "demand",
     "threaten", "sanction", "aid", "agree", "consult", "cooperate", "investigate",
     # added 2026-12-06 (fifth round): see CRITICAL_CATEGORIES
     "criticism", "disapprove", "opposition",
     # added 2026-12-06 (eighth round): a ruler's warning to its own protesters (see _home_target)
     "warning"}
)  # fmt: skip
# Words against a domestic object are domestic politics only from a side inside the state ("activists
# denounced a new law"); a state's words on "the law" are as often about another state's
CRITICAL_CATEGORIES = frozenset({"criticism", "disapprove", "opposition"})
# Objects that only a state's own polity has: an act on them with no one named is done at home
# ("lifted a state of emergency in West Darfur", "called off a four-day strike").
DOMESTIC_OBJECTS = frozenset(
    {"curfew", "emergency", "martial", "strike", "demonstration", "protest", "rally", "march",
     "election", "elections", "vote", "referendum", "constitution", "reform", "reforms", "amnesty",
     "censorship", "crackdown", "parliament", "opposition", "dissident",
     # added 2026-12-06: "eased restrictions on the Tamil areas" ("martial law" is read by "martial")
     "restriction",
     # added 2026-12-06 (ninth round): "eased curbs on the press"
     "curb"}
)  # fmt: skip
# Measures only a state takes, at home: the noun is the act ("vowed to impose a curfew")
DOMESTIC_MEASURES = frozenset(
    {"curfew", "emergency", "martial", "crackdown", "amnesty", "censorship", "coup"}
)
# added 2026-12-06 (fifth round): laws, prices and pay a people protests, demands or denounces at home
# ("to protest rising diesel prices", "a sit-in against new agricultural laws"); acted on in other ways
# they are as often another state's or the world's ("violated human rights law")
PROTESTED_OBJECTS = frozenset(
    {"law", "legislation", "decree", "budget", "price", "wage", "salary", "fee", "tax", "pension",
     "subsidy", "austerity", "corruption", "unemployment", "shortage", "blackout",
     # added 2026-12-06 (eighth round): "poured into the streets to denounce the election results"
     "election", "vote", "ballot", "fraud", "rigging"}
)  # fmt: skip
# (and yielding on them: "the government backed down on the fuel price increase")
PROTEST_CATEGORIES = CRITICAL_CATEGORIES | {"protest", "demand", "concede"}
# CAMEO codes of acts done at home, to no one else: yielding to demands for reform or a change of
# leadership (083), demobilizing (0873)
HOME_CODES = ("083", "0873")
POLICY_CHANGE = "0832"
# Events a state's police, courts or government investigate at home when the sentence places nothing
# abroad ("Indian police are investigating the attack"; not "the killing of its ambassador in Ankara")
INVESTIGATED_EVENTS = frozenset(
    {"killing", "murder", "death", "disappearance", "assassination", "massacre", "shooting", "bombing",
     "corruption", "fraud", "torture", "abuse", "attack", "explosion", "blast", "crash", "fire", "riot"}
)  # fmt: skip
# With no one named, a group or organisation that protests, demands, rejects or threatens does so
# towards its own state (the PLOVER/CAMEO convention for protesters, unions, parties).
HOME_CATEGORIES = frozenset({"protest", "demand", "reject", "threaten"})
# A people ("thousands of Kenyans", "students in Tehran") with no one named protests or demands at
# home; its rejections and threats are too often the state's side in other words ("the Palestinians
# resisted talks") to be placed.
PEOPLE_HOME_CATEGORIES = frozenset({"protest", "demand"})
# Acts of force (a reporter takes no part in them, see _reporting_body)
ARMED_CATEGORIES = frozenset({"coerce", "assault", "fight"})
# Armed groups' violence with no one named is against their own state ("Afghan guerrillas blew up
# power lines leading into Kabul": AFG rebels -> AFG, CAMEO's REB -> GOV).
VIOLENT_HOME_CATEGORIES = ARMED_CATEGORIES
# (and their retreats: "Nepal's Maoist rebels declared a unilateral ceasefire")
GROUP_HOME_CATEGORIES = HOME_CATEGORIES | VIOLENT_HOME_CATEGORIES | {"retreat"}
MILITIA_NOUNS = frozenset({"militia", "militiaman", "militiamen"})
# The organs that govern at home (troops as often act abroad) and what they do to their own people.
HOME_ORGANS = frozenset({"police", "judiciary", "government"})
OWN_PEOPLE_CATEGORIES = frozenset({"coerce", "assault", "fight", "concede", "retreat", "sanction", "aid"})


def _named_or_placed(
    sentence: Span,
    index: MentionIndex,
    resolver: ActorResolver,
    place_types: frozenset[str] = frozenset({"GPE", "LOC"}),
) -> Iterator[tuple[Token, Participant]]:
    """Each token of the sentence that names an actor, or a place (of NER's ``place_types``) of a state."""
    for token in sentence:
        participant = index.at(token)
        if participant is None and token.ent_type_ in place_types:
            participant = _place_state(token, resolver)
        if participant is not None:
            yield token, participant


def _abroad(sentence: Span, country: str, index: MentionIndex, resolver: ActorResolver) -> bool:
    """Whether the sentence names a state, or a place in a state, other than ``country``."""
    return any(
        _country(resolver, p.actor_id) not in {country, None}
        for _, p in _named_or_placed(sentence, index, resolver)
    )


def _self_dyad(source: Participant, target: Participant) -> bool:
    """Two distinct phrases for one state, one of them a sub-state collective named by a nationality
    word ("Palestinian police ... from Palestinian armed groups", "Georgian demonstrators ... the
    Georgian government"), or two different organs of it ("Iranian lawmakers criticized the
    Iranian government"): a domestic dyad, though both sides resolve to the state."""
    collective = _collective(source) or _collective(target)
    return (collective and _distinct_phrases(source, target)) or _two_organs(source, target)


def _organ_on_its_people(source: Participant, target: Participant, reading: Reading) -> bool:
    """A state's police, courts or government acting on someone of their own state that another
    phrase names ("was sentenced to death by a Cairo court", "Egypt's former president"): domestic."""
    return (
        reading.category in OWN_PEOPLE_CATEGORIES
        and _organ(source) in HOME_ORGANS
        and _distinct_phrases(source, target)
    )


def _two_organs(source: Participant, target: Participant) -> bool:
    """Two different organs of one state in two phrases: their acts and words on each other are
    domestic politics of any kind ("lawmakers criticized the government")."""
    organs = (_organ(source), _organ(target))
    return _distinct_phrases(source, target) and None not in organs and organs[0] != organs[1]


def _organ(participant: Participant) -> str | None:
    """The state organ a mention names by its head noun ("Iranian lawmakers": legislature; "the
    Algerian president": government)."""
    if participant.mention is None:
        return None
    if participant.token.lower_ in LEADER_TITLES:
        return "government"
    role = _state_role(participant.token)
    if (
        role is None
        and participant.token.dep_ == "compound"
        and participant.token.head.pos_ in {"NOUN", "PROPN"}
    ):
        role = _state_role(participant.token.head)  # "the Montenegro Assembly": the name on its organ
    return role


LEADER_TITLES = frozenset({"president", "premier", "king", "emir", "sultan", "chancellor", "monarch"})
PARDONS = frozenset({"pardon", "amnesty"})


def _protesting_crowd(noun: Token) -> bool:
    """Protesters or a crowd: troops who fire on them fire on their own people."""
    role = GROUP_ROLES.get(noun.lower_)
    return (role is not None and role.role == "protesters") or _lemma(noun) == "crowd"


def _home_target(
    trigger: Trigger, source: Participant, reading: Reading, index: MentionIndex, resolver: ActorResolver
) -> Participant | None:
    """The source's own state as the target of an act with no one named, in two cases: the object is
    a domestic one ("Sudan's government lifted a state of emergency", "the teachers' union called off
    its strike"), or a sub-state side (a group, an organisation, a collective) protests, demands,
    rejects or threatens. A state acting at home gives a self row (see DOMESTIC_CATEGORIES)."""
    if reading.category not in DOMESTIC_CATEGORIES:
        return None
    if any(c.dep_ in {"dobj", "nsubjpass"} and c.lower_ in THIRD_PRONOUNS for c in trigger.token.children):
        # "Syrian rebels have pushed them out of the city": someone is named, we cannot read whom
        # (added 2026-12-07, twentieth round)
        return None
    if reading.category == "retreat" and trigger.entry.pos == "noun" and not _light_verb(trigger.token):
        # "secured the release of prisoners": whose act a noun is, its verb may not say ("ordered the
        # release of all political detainees" says it)
        return None
    kind = _kind(resolver, source.actor_id)
    country = source.actor_id if kind == "state" else _country(resolver, source.actor_id)
    if country is None or not _known(resolver, country) or _kind(resolver, country) != "state":
        return None
    # a state's civil organs, or a leader of the dictionary ("Putin pardoned 500 prisoners")
    governs = (kind == "state" and _organ(source) in HOME_ORGANS) or (
        kind == "person" and _official(resolver, source.actor_id)
    )
    domestic_object = (
        (
            # "the prime minister resigned", "legalized the ANC", "agreed to demobilize its troops"
            _leaves_office(trigger.token)
            # "vowed to impose a curfew": the noun is the act, and its own object
            or (trigger.entry.pos == "noun" and _lemma(trigger.token) in DOMESTIC_MEASURES)
            or (
                trigger.entry.code.startswith(HOME_CODES)
                # "appeared to reverse plans to withdraw from Syria": a policy changed abroad
                and not (
                    trigger.entry.code == POLICY_CHANGE
                    and _abroad(trigger.token.sent, country, index, resolver)
                )
            )
            # (words against "the air strikes" are no labour dispute: PROTESTED_OBJECTS only)
            or (
                reading.category not in CRITICAL_CATEGORIES
                and bool(_domestic_object_lemmas(trigger.token) & DOMESTIC_OBJECTS)
            )
            or (
                reading.category in PROTEST_CATEGORIES
                and bool(_domestic_object_lemmas(trigger.token) & PROTESTED_OBJECTS)
            )
        )
        or (
            # "Cairo's security chief warned that police will no longer tolerate rallies": a ruler's
            # threat to its own protesters
            reading.category in {"warning", "threaten"}
            and (governs or (kind == "state" and not _collective(source)))
            and bool(_domestic_object_lemmas(trigger.token, clauses=True) & GATHERING_ACTS)
            and not _abroad(trigger.token.sent, country, index, resolver)
        )
        or (
            reading.category == "investigate"
            and governs
            and bool(_domestic_object_lemmas(trigger.token, light=True) & INVESTIGATED_EVENTS)
            and not _abroad(trigger.token.sent, country, index, resolver)
        )
    )
    sub_state = kind in {"group", "organization"} or (kind == "state" and _collective(source))
    home_categories = {
        "group": GROUP_HOME_CATEGORIES
        if _armed_group(source.actor_id)
        and resolver.fights_own_state(source.actor_id)
        # "the Iranian militias ... to retake the city": militias fight for a state as often as against it
        and _lemma(source.token) not in MILITIA_NOUNS
        else HOME_CATEGORIES,
        "organization": HOME_CATEGORIES,
    }.get(kind or "", PEOPLE_HOME_CATEGORIES)
    # "Egyptian police arrested dozens of protesters", "Iranian authorities executed three
    # prisoners": a state's civil organs acting on people nobody names act on their own people
    # "Kenya released several political detainees": a state's releases of people no one names free
    # its own, when the sentence names no other state
    releases = (
        kind == "state"
        # releases and pardons, not "repatriating children"
        and (trigger.entry.code.startswith("084") or _lemma(trigger.token) in PARDONS)
        and not _collective(source)
        and not _abroad(trigger.token.sent, country, index, resolver)
    )
    victims = _unnamed_victims(trigger.token, index)
    # "Chinese troops opened fire on protesters": troops turned on a crowd at home
    on_crowds = (
        kind == "state" and _organ(source) == "military" and any(_protesting_crowd(v) for v in victims)
    )
    # (also pledged: "agreed to release all political detainees" is an intent to do it at home)
    pledged = reading.category == "agree" and trigger.entry.category in OWN_PEOPLE_CATEGORIES
    own_people = (
        (governs or releases or on_crowds)
        and (reading.category in OWN_PEOPLE_CATEGORIES or pledged)
        and bool(victims)
    )
    # "President Bashir has made several concessions to ease political tension in Sudan": a ruler's
    # concessions in a sentence that names his own state and no other are made at home
    own_concession = (
        governs
        and reading.category == "concede"
        # made or offered ("gain concessions from this government": the side they are won from)
        and (trigger.entry.pos == "verb" or (trigger.token.dep_ == "dobj" and _light_verb(trigger.token)))
        and not _abroad(trigger.token.sent, country, index, resolver)
        and _names_own_ground(
            trigger.token.sent, Participant(country, source.token, source.mention), index, resolver
        )
    )
    # "Macedonian forces pulled out of the village of Aracinovo": a state leaving its own ground
    left_home = (
        kind == "state" and reading.category == "retreat" and _leaves_own_ground(trigger, country, resolver)
    )
    domestic_object = domestic_object or own_concession or left_home
    if not (domestic_object or own_people or (sub_state and reading.category in home_categories)):
        return None
    if kind == "state" and not (domestic_object or own_people or _collective(source)):
        return None
    if reading.category in CRITICAL_CATEGORIES and not (
        domestic_object and (kind != "state" or _collective(source))
    ):
        return None
    violence = reading.category in VIOLENT_HOME_CATEGORIES
    if violence and _answers_an_act(trigger.token):
        return None  # "crushed this attack", "repelled the offensive": an act on an act, whoever made it
    if violence and _enemy_not_the_state(trigger.token):
        return None  # "fought alongside the army against the rebels": an enemy we cannot place
    if violence and kind != "state" and _combatant_object(trigger.token):
        return None  # "the YPG encircled the attackers": fighters, not the group's own state
    if trigger.entry.destination:
        return None  # "would not attend talks": a journey not made, to wherever they were
    if domestic_object and _foreign_object(trigger.token, country, index, resolver):
        return None  # "a longtime supporter of Syrian opposition forces": another state's polity
    if _happens_abroad(trigger.token, country, index, resolver):
        return None  # "Afghan rebels exploded bombs in Pakistan": not an act at home
    return Participant(country, trigger.token, None)


def _leaves_own_ground(trigger: Trigger, country: str, resolver: ActorResolver) -> bool:
    """The act leaves a place of ``country`` ("pulled out of Tetovo", "withdrew from the town of ...")."""
    heads = [h for group in _grouped_object_heads(trigger.token) for h in group]
    return any(
        (place := _left_state(left, trigger.entry, resolver)) is not None and place.actor_id == country
        for head in heads
        for left in [head, *_object_preps(head)]
    )


def _unnamed_organs(
    verb: Token, source: Participant, index: MentionIndex, resolver: ActorResolver
) -> list[Participant]:
    """The source's own state, for a state organ the act is aimed at that no word places ("South
    African students clashed with police", "Ukrainians protested the government's decision"): a side
    inside a state, with no other state in the sentence, faces its own state's police or government.
    Travellers and migrants are abroad as often as at home, so they place no organ."""
    kind = _kind(resolver, source.actor_id)
    if not (kind in {"group", "organization"} or (kind == "state" and _collective(source))):
        return []
    if _lemma(source.token) in TRAVELLING_PEOPLE or _group_role(source.actor_id) == "refugees":
        return []
    country = source.actor_id if kind == "state" else _country(resolver, source.actor_id)
    if country is None or _kind(resolver, country) != "state" or _abroad(verb.sent, country, index, resolver):
        return []
    heads = _faced_heads(verb)
    heads += [c for h in heads for c in h.children if c.dep_ == "poss"]  # "the government's decision"
    return [
        Participant(country, head, None)
        for head in heads
        if head.lower_ in GROUP_ROLES
        and GROUP_ROLES[head.lower_].role in UNNAMED_ORGAN_ROLES
        and index.at(head) is None
        and _unnamed_phrase(head)
        # ("push IS forces out": a name the tagger took for a verb still names them; twentieth round)
        and not any(index.at(t) is not None for t in head.subtree if t.i != head.i)
        # ("fired missiles at ...": what is fired is no organ faced)
        and not (head.dep_ == "dobj" and _lemma(head.head) in LAUNCH_VERBS)
    ]


def _unnamed_rebels(
    verb: Token, source: Participant, category: str, index: MentionIndex, resolver: ActorResolver
) -> list[Participant]:
    """The source's own state, for rebels or militants no word places that a state's forces fight,
    when the sentence names no other state ("Algerian security forces killed 20 Islamic militants",
    "an offensive against Kurdish rebels in southeast Turkey"): the event coders' convention (a
    state's own rebels), as for unnamed state organs (see _unnamed_organs)."""
    if _kind(resolver, source.actor_id) != "state" or source.token.pos_ == "PRON":
        return []  # "they target only militants": whose "they" is, a pronoun does not say here
    if _abroad(verb.sent, source.actor_id, index, resolver):
        return []
    if not _governs_at_home(source, category) and not _names_own_ground(verb.sent, source, index, resolver):
        return []  # troops and jets fight abroad as often: only on ground the sentence makes theirs
    return [
        Participant(source.actor_id, head, None)
        for head in _faced_heads(verb)
        if _unplaced_rebels_noun(head, index)
    ]


def _governs_at_home(source: Participant, category: str) -> bool:
    """A state's police, courts or government, or a state by name coercing ("Pakistan outlawed two
    militant groups", "China sentenced the dissident Wei Jingsheng"): organs that act at home."""
    return _organ(source) in HOME_ORGANS or (category == "coerce" and source.token.pos_ == "PROPN")


# who opposes a ruler from inside ("the opposition", "critics", "opponents"; see add_oppositions)
OPPOSITION_WORDS = frozenset({"opposition", "critic", "opponent", "detractor"})


def _unnamed_opposition(
    verb: Token, source: Participant, category: str, index: MentionIndex, resolver: ActorResolver
) -> list[Participant]:
    """The own state of a state or its leader, for "the opposition" the act faces that no word places
    ("Maduro accused the opposition of plotting a coup", "Burundi's government banned opposition
    rallies"), when the sentence names no other state: a collective of that state. Force is used
    abroad as often ("Aleppo was recaptured from opposition groups by a Russian assault"), so an
    armed act counts only on ground the sentence makes the source's."""
    kind = _kind(resolver, source.actor_id)
    if kind == "state" and not _collective(source):
        country = source.actor_id
    elif kind == "person" and _official(resolver, source.actor_id):
        country = _country(resolver, source.actor_id)
    else:
        return []
    if country is None or source.token.pos_ == "PRON" or _abroad(verb.sent, country, index, resolver):
        return []
    if category in VIOLENT_CATEGORIES and not _names_own_ground(
        verb.sent, Participant(country, source.token, source.mention), index, resolver
    ):
        return []
    # ("allowed opposition parties to resume their activities": whom it lets act; "ordered the
    # opposition newspaper to close": whom the act is ordered of)
    heads = _faced_heads(verb) + [
        g for c in verb.children if c.dep_ in {"xcomp", "ccomp"} for g in c.children if g.dep_ == "nsubj"
    ]
    if verb.dep_ == "xcomp":
        heads += [c for c in verb.head.children if c.dep_ == "dobj"]
    return [
        Participant(country, head, None)
        for head in heads
        # (or placed already as this state's by MentionIndex.add_oppositions)
        if (index.at(head) is None or index.at(head) == Participant(country, head, None))
        and (
            _lemma(head) == "opposition"
            # "opposition rallies", "the opposition's victory"
            or any(c.dep_ in {"compound", "poss"} and _lemma(c) == "opposition" for c in head.children)
        )
        and _unnamed_phrase(head)
    ]


def _unnamed_phrase(head: Token) -> bool:
    """No name or entity in the phrase besides its head ("the police", "opposition rallies"; not "the
    Kenyan police", "the Syrian National Coalition"). Times and numbers name no one: "accused
    government forces of gassing hundreds of people on Wednesday" (added 2026-12-07, fourteenth round)."""
    return not any(
        (t.pos_ == "PROPN" or t.ent_type_) and t.ent_type_ not in COUNT_AND_TIME_ENTITIES
        for t in head.subtree
        if t.i != head.i
    )


# Entity types that name no actor: times, dates and amounts
COUNT_AND_TIME_ENTITIES = DATE_ENTITIES | {"CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT"}


def _faced_heads(verb: Token) -> list[Token]:
    """The phrases an act faces: its objects and the objects of its facing prepositions."""
    return [c for c in verb.children if c.dep_ in {"dobj", "dative"}] + [
        o for c in verb.children if c.dep_ == "prep" and c.lower_ in FACING_PREPS for o in _prep_objects(c)
    ]


def _names_own_ground(
    sentence: Span, source: Participant, index: MentionIndex, resolver: ActorResolver
) -> bool:
    """Whether the sentence names a place of the source's state, or the state, in another phrase than
    the source's ("Turkish troops ... in southeast Turkey", "Syrian troops ... in Daraa")."""
    return any(
        participant.actor_id == source.actor_id
        and token.i != source.token.i
        and token.ent_type_ != "NORP"
        and not (source.mention is not None and source.mention.start <= token.idx < source.mention.end)
        for token, participant in _named_or_placed(
            sentence, index, resolver, frozenset({"GPE", "LOC", "FAC"})
        )
    )


def _rebels_noun(noun: Token) -> bool:
    """ "militants", "rebels"; "militant groups", "rebel factions", "separatist leaders", "rebel
    bases": a group, member or site head with a rebels word."""
    role = GROUP_ROLES.get(noun.lower_)
    if role is not None:
        return role.role == "rebels"
    # ("bases": the lemmatiser gives "basis")
    heads = {_lemma(noun), noun.lower_.removesuffix("s")} & REBEL_GROUP_HEADS
    return bool(heads) and any(
        c.dep_ in {"amod", "compound"} and (r := GROUP_ROLES.get(c.lower_)) is not None and r.role == "rebels"
        for c in noun.children
    )


REBEL_GROUP_HEADS = frozenset(
    {"group", "faction", "organisation", "organization", "outfit", "cell",
     # added 2026-12-06 (seventh round): their members and their sites ("arrested 40 separatist
     # leaders", "bombed Kurdish rebel bases")
     "leader", "commander", "chief", "member", "base", "camp", "position", "stronghold", "hideout"}
)  # fmt: skip


# Prepositions that face an act to their object: those aiming it ("fired at security forces",
# "protested against the government") and those of an exchange ("clashed with police", "appealed to")
FACING_PREPS = AIMED_PREPS | {"with", "to", "from"}  # ("demanded compensation from the government")
UNNAMED_ORGAN_ROLES = frozenset({"government", "police", "judiciary", "legislature", "military"})
TRAVELLING_PEOPLE = frozenset(
    {"migrant", "immigrant", "refugee", "pilgrim", "tourist", "national", "expatriate"}
)


def _held_at_home(
    source: Participant,
    target: Participant,
    reading: Reading,
    verb: Token,
    index: MentionIndex,
    resolver: ActorResolver,
) -> Participant | None:
    """The source's own state, for someone the dictionary does not know and nothing places whom a
    state's police, courts or government arrest, try, free or investigate ("Egyptian police arrested
    activist Alaa Abdel Fattah"), when the sentence names no other state: the event coders' convention
    (a state's own civilians), where the row would otherwise have no target country."""
    record = resolver.known.get(target.actor_id)
    if record is None or not is_unknown(record) or record.country is not None or record.kind != "person":
        return None
    if reading.category not in {"coerce", "assault", "investigate"} and not reading.code.startswith("084"):
        return None  # arrests, trials, killings, inquiries and releases; not a leader's words or aid
    if _kind(resolver, source.actor_id) != "state":
        return None
    if not _governs_at_home(source, reading.category):
        return None
    if _abroad(verb.sent, source.actor_id, index, resolver):
        return None
    return Participant(source.actor_id, target.token, target.mention)


def _answers_an_act(token: Token) -> bool:
    """The act's object is itself a hostile act ("crushed this attack", "repelled the offensive"):
    a response, aimed at whoever made the act, not at a place or a people."""
    return any(c.dep_ == "dobj" and _hostile_noun(c) for c in token.children)


def _own_ground(source: Participant, target: Participant, resolver: ActorResolver) -> bool:
    """A place in its own country that a group fighting beside its state acts on: the act is on
    whoever holds the place, not on the state (a place read as its state has no mention)."""
    return (
        target.mention is None
        and _kind(resolver, source.actor_id) == "group"
        and not resolver.fights_own_state(source.actor_id)
        and target.actor_id == _country(resolver, source.actor_id)
    )


def _armed_group(actor_id: str) -> bool:
    """A dictionary group ("group:isis") or a country's rebels ("group:afg-rebels"); a country's
    civilians, workers or students ("group:syr-civilians") use no violence against their state by
    default: "civilians injure 16" is a misparse, not an attack."""
    role = _group_role(actor_id)
    return role is None or role == "rebels"


def _group_role(actor_id: str) -> str | None:
    """The role of a country's group named by its role ("rebels" of "group:afg-rebels"), else None."""
    match = re.match(r"^group:[a-z]{3}-(?P<role>[a-z-]+)$", actor_id)
    return match["role"] if match is not None else None


def _happens_abroad(token: Token, home: str, index: MentionIndex, resolver: ActorResolver) -> bool:
    """The act's own place phrase names another state."""
    verbs = [token, *(c for c in token.children if c.dep_ == "xcomp")]
    holders = [*verbs, *(c for v in verbs for c in v.children if c.dep_ in {"dobj", "nsubjpass"})]
    for holder in holders:
        for prep in holder.children:
            if prep.dep_ != "prep" or prep.lower_ not in PLACE_PREPS:
                continue
            for place in _prep_objects(prep):
                # "in western Syria's Idlib province": any name before the place noun, and its apposition
                modifiers = (t for t in place.subtree if t.i < place.i and t.pos_ == "PROPN")
                appositions = (c for c in place.children if c.dep_ == "appos")
                for candidate in (place, *modifiers, *appositions):
                    found = index.at(candidate) or _place_state(candidate, resolver)
                    if found is not None and _country(resolver, found.actor_id) not in {home, None}:
                        return True
    return False


def _foreign_object(token: Token, home: str, index: MentionIndex, resolver: ActorResolver) -> bool:
    """The act's object phrase names another state ("Syrian opposition forces")."""
    for child in token.children:
        # ("called for early elections in Ukraine": the phrase a domestic object is read from)
        if child.dep_ not in {"dobj", "nsubjpass", "attr"} and not (
            child.dep_ == "prep" and child.lower_ in DOMESTIC_OBJECT_PREPS
        ):
            continue
        for t in child.subtree:
            # "pounded opposition-held parts of eastern Aleppo": a place of another state counts too
            found = index.at(t) or (
                _place_state(t, resolver) if t.ent_type_ in {"GPE", "LOC"} or t.pos_ == "PROPN" else None
            )
            if found is not None and _country(resolver, found.actor_id) not in {home, None}:
                return True
    return False


def _domestic_object_lemmas(token: Token, light: bool = False, clauses: bool = False) -> set[str]:
    """Object lemmas of the trigger and of the act it governs ("threatened to institute a curfew"),
    with ``clauses`` also of what it says will be done ("warned that police will not tolerate rallies")."""
    governed = {"xcomp", "ccomp"} if clauses else {"xcomp"}
    verbs = [token, *(c for c in token.children if c.dep_ in governed)]
    lemmas = {
        _lemma(t)
        for v in verbs
        for c in v.children
        if c.dep_ in {"dobj", "nsubjpass", "attr", "prt"}
        # "an investigation into the killing", "called for early elections", "against the election results"
        or (c.dep_ == "prep" and c.lower_ in DOMESTIC_OBJECT_PREPS)
        for t in c.subtree
        if t.ent_type_ not in DATE_ENTITIES  # "on 16 March": a date, not a march
        # ("left the talks in protest": why, not what; added 2026-12-07)
        and not (t.dep_ == "pobj" and t.head.lower_ == "in" and _lemma(t) == "protest")
    }
    if light and token.pos_ == "NOUN" and token.dep_ == "dobj" and _light_verb(token):
        # "opened an investigation into the killing": the noun's phrase hung on its light verb
        lemmas |= {
            _lemma(t)
            for c in token.head.children
            if c.dep_ == "prep" and c.lower_ in DOMESTIC_OBJECT_PREPS
            for t in c.subtree
        }
    return lemmas


DOMESTIC_OBJECT_PREPS = frozenset({"on", "over", "into", "for", "against"})
GATHERING_ACTS = frozenset(
    {"rally", "protest", "demonstration", "march", "strike", "sit-in", "gathering", "riot"}
)


def _condition_subjects(token: Token, index: MentionIndex) -> list[Participant]:
    links = _clause_chain(token)[:4] + [c for c in token.children if c.dep_ in {"xcomp", "ccomp"}]
    for link in links:
        for clause in link.children:
            if clause.dep_ == "advcl" and any(
                m.dep_ == "mark" and m.lower_ in CONDITIONAL_MARKS for m in clause.children
            ):
                found = _actors_of([c for c in clause.children if c.dep_ in SUBJECT_DEPS], index)
                if found:
                    return found
    return []


# "Truman's ultimatum to Stalin to withdraw", "urged Russia to withdraw": the act is asked of its
# addressee, who has not done it; the demand itself is the stance (the head's own lexicon entry).
DEMAND_VERBS = frozenset(
    {"urge", "ask", "call", "demand", "insist", "press", "pressure", "request", "appeal", "implore", "beg", "invite",
     "exhort", "petition", "pressing", "allow", "permit", "authorize", "authorise", "let", "enable"}
)  # fmt: skip
DEMAND_NOUNS = frozenset(
    {"ultimatum", "demand", "call", "appeal", "request", "plea", "invitation", "pressure", "order",
     "permission", "approval", "go-ahead", "consent", "mandate"}
)  # fmt: skip


def _supportive_purpose(verb: Token, lexicon: Lexicon) -> bool:
    """The verb has an infinitive of purpose that helps a side ("sent troops to support Assad")."""
    return any(
        c.dep_ in {"advcl", "xcomp"}
        and _infinitive_clause(c)
        and any(
            e.goldstein > 0 and (e.particle is None or any(p.lower_ == e.particle for p in c.children))
            for e in lexicon.verbs.get(_lemma(c), [])
        )
        for c in verb.children
    )


def _demanded(token: Token) -> bool:
    """The trigger is the act a demand asks for (xcomp/acl/ccomp of a demand verb or noun)."""
    return _demand_head(token) is not None


def _demand_head(token: Token) -> Token | None:
    """The demand verb or noun whose asked-for act ``token`` is, if any ("urged Russia to withdraw",
    "called on Arabs to unite and mobilize against ...", "an ultimatum to Stalin to withdraw")."""
    if token.pos_ in {"NOUN", "PROPN"} and token.dep_ in {"dobj", "nsubjpass"} and _light_verb(token):
        token = token.head  # "urged Europe to impose sanctions on Iran": the noun's light verb is asked for
    while token.dep_ == "conj" and token.head.pos_ in {"VERB", "AUX"} and not _own_frame(token):
        token = token.head  # "to unite and mobilize": the conjoined acts are asked for alike
    infinitive = token.dep_ == "advcl" and _infinitive_clause(token)
    if (
        token.pos_ == "NOUN"
        and token.dep_ == "pobj"
        and token.head.lower_ == "for"
        and _lemma(token.head.head) in DEMAND_VERBS
    ):
        return token.head.head  # "called for UN sanctions against the regime": asked for, not imposed
    if token.dep_ not in {"xcomp", "acl", "ccomp"} and not infinitive:
        return None
    head = token.head
    if head.pos_ in {"VERB", "AUX"}:
        if infinitive and any(c.dep_ == "dobj" and _lemma(c) in DEMAND_NOUNS for c in head.children):
            return head  # "would not give permission to Russia to help Israel": Russia's act, not done
        if _lemma(head) in INVITED_PARTICIPLES and any(c.dep_ == "nsubjpass" for c in head.children):
            return None  # "Arafat was invited to hold talks": his act to come (hedged), no one's demand
        if (
            infinitive
            and _lemma(head) in SENDING_PARTICIPLES
            and any(c.dep_ == "nsubjpass" for c in head.children)
        ):
            # "forces loyal to Assad were allowed into Afrin to counter the Turks": the purpose of
            # those sent or let in, which they do (added 2026-12-07, sixteenth round)
            return None
        if _demand_verb(head) and head.i != token.i:
            return head
        # "urged the UN to take action to protect civilians": the purpose of an asked-for act is asked
        # for too (added 2026-12-07, twelfth round)
        return _demand_head(head) if infinitive and head.i != token.i else None
    if head.pos_ == "NOUN" and _lemma(head) in DEMAND_NOUNS:
        return head
    if token.dep_ == "acl" and _infinitive_clause(token) and head.dep_ == "dobj" and _light_verb(head):
        return _demand_head(head)  # (the same, hung on the light verb's noun)
    return None


def _demand_verb(verb: Token) -> bool:
    """A verb of demand, or one that demands only as it bids a named side to act (the lexicon's
    ``bids`` key: "told Putin to withdraw", "wants Russia to stop")."""
    if _lemma(verb) in DEMAND_VERBS:
        return True
    # ("persuaded Trump to launch strikes": one persuaded does it, see OBJECT_CONTROL_VERBS)
    return (
        _lemma(verb) not in OBJECT_CONTROL_VERBS
        and any(entry.bids for entry in load_lexicon().verbs.get(_lemma(verb), []))
        and _bids_a_side(verb)
    )


def _advocated_targets(trigger: Trigger, roles: Roles, reading: Reading, index: MentionIndex) -> list[_Draft]:
    """A demand for hostile action against someone is the demander's opposition to them: "called on
    Arabs to mobilize against Sharon" is SYR -> Sharon (CAMEO 110), the Arabs having done nothing."""
    head = _demand_head(trigger.token)
    if head is None or reading.polarity >= 0 or not roles.targets:
        return []
    if trigger.token.dep_ == "pobj":
        return []  # "called for sanctions against Nigeria": the demand verb's own row says it
    demanders = _noun_owner(head, index) if head.pos_ == "NOUN" else _demand_subject(head, index)
    # the ones asked to act ("urged Europe", "called on Arabs") are not the ones opposed
    asked = [
        g
        for c in head.children
        if c.dep_ in {"dobj", "dative"} or (c.dep_ == "prep" and c.lower_ in {"on", "upon", "to"})
        for g in ([c] if c.dep_ != "prep" else _prep_objects(c))
    ]
    addressees = {p.actor_id for p in _actors_of(asked, index)}
    start, end = _clause_offsets(head)
    drafts: list[_Draft] = []
    for source in demanders:
        for target in roles.targets:
            if target.actor_id in addressees or target.actor_id == source.actor_id:
                continue
            drafts.append(
                _Draft(
                    trigger.token.sent.start,  # replaced by the caller with the sentence id
                    start,
                    end,
                    source.actor_id,
                    target.actor_id,
                    Reading("opposition", "110", -2.0, -1),
                    False,
                    head,
                    None,
                )
            )
    return drafts


def _demand_subject(verb: Token, index: MentionIndex) -> list[Participant]:
    if verb.dep_ == "acl" and index.at(verb.head) is not None:
        return _conjoined(verb.head, index, set())  # "An official Syrian newspaper called on ..." (misparse)
    sources, _ = _acting_subject(verb, index)
    return sources


PLACE_PREPS = frozenset({"in", "at", "inside", "across", "throughout", "near"})
# Where a crowd gathers or marches: "outside the Lahore press club", "marched through Caracas"
CROWD_PLACE_PREPS = PLACE_PREPS | {"outside", "through", "around"}
# Words of a compound preposition that only locate by their "of" ("in front of", "in the heart of")
SITE_WORDS = frozenset({"front", "heart", "middle", "centre", "center", "streets"})
# Violence in a place is about that place only inside the actor's own country ("Afghan rebels
# exploded bombs in Kabul"); abroad it is usually aimed at someone else ("Russian strikes in Syria").
VIOLENT_CATEGORIES = frozenset({"fight", "assault"})
# Statements and consultations are about someone, never about where they are made.
UNPLACED_CATEGORIES = (
    STATEMENT_CATEGORIES | frozenset({"consult", "agree", "investigate", "demand", "cooperate"})
) - {"support"}  # "support" is also material ("opened an embassy in Tehran")


# Acts whose place is a venue: signing a formal agreement (CAMEO 057)
VENUE_CODES = frozenset({"057"})
# Verbs of talking whose place is where the talks are held ("refused to engage in Geneva"; added
# 2026-12-07, twentieth round)
VENUE_VERBS = frozenset({"engage", "negotiate", "talk", "meet", "participate", "attend", "convene", "sit"})


def _place_targets(
    trigger: Trigger, sources: Sequence[Participant], index: MentionIndex, resolver: ActorResolver
) -> list[Participant]:
    """An act with no one acted upon is about the state where it happens (the PLOVER and CAMEO
    convention: "demonstrated in Serbia", "reimposed blockades in the West Bank", "imposed a curfew
    in Algiers"). Only states count as places, only the clause's own "in/at" phrases are read."""
    entry = trigger.entry
    if entry.category in UNPLACED_CATEGORIES or entry.pos == "adj":
        return []
    if entry.code in VENUE_CODES:
        return []  # "signed a peace agreement in Havana": where it was signed, not with whom
    if _combatant_object(trigger.token):
        return []  # "encircled the attackers near Hasakah": the fighters are acted on, not the place
    token = trigger.token
    # "threatened to institute a curfew in Algiers", "refused to deploy peacekeepers in Iraq": the
    # place of the act the trigger governs
    verbs = [
        token,
        *(
            c
            for c in token.children
            if c.dep_ == "xcomp" and c.pos_ == "VERB" and _lemma(c) not in VENUE_VERBS
        ),
    ]
    holders = [
        *verbs,
        *(
            c
            for v in verbs
            for c in v.children
            if c.dep_ in {"dobj", "nsubjpass", "attr"}
            and _lemma(c) not in VENUE_EVENTS  # "boycott talks in Geneva"
        ),
    ]
    found = _places_of(holders, index, resolver)
    if entry.category in VIOLENT_CATEGORIES:
        if _unnamed_victims(token, index) and (scene := _scene_state(_clause_of(token), index, resolver)):
            # "an Israeli attack killed three people in Gaza": people nobody names are the place's
            return [scene]
        own = {_country(resolver, s.actor_id) for s in sources}
        if not _military_targets(token):
            found = [p for p in found if _country(resolver, p.actor_id) in own]
    return list(dict.fromkeys(found))


def _military_targets(verb: Token) -> bool:
    """ "bombed targets in Tripoli", "rocketed guerrilla targets in south Lebanon": the objects are the
    place's state's (its rebels', as the event coders code them), when no name says whose ("IS
    targets", "Hezbollah positions" are the group's, "terrorist targets" the terrorists')."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return bool(objects) and all(
        _lemma(o) in MILITARY_TARGETS
        and not any(
            m.dep_ in {"compound", "amod", "poss", "nmod"}
            # ("terrorist targets", "militant positions": an armed group's, with no state; seventeenth
            # round)
            and (m.pos_ == "PROPN" or m.ent_type_ or _lemma(m) in ARMED_GROUP_WORDS)
            # ("Kurdish rebel positions": a people's word on rebels names no one)
            and not (m.pos_ == "ADJ" and m.ent_type_ == "NORP" and _rebels_noun(o))
            for m in o.children
        )
        for o in objects
    )


# Homes struck where the sentence places them ("fired shells at houses in Beit Hanoun")
DWELLINGS = frozenset({"house", "home", "homes", "neighbourhood", "neighborhood", "area", "district", "town"})
# Public places whose attack, by no one named, is on the state they stand in (see _unattributed)
PUBLIC_PLACES = frozenset(
    {"market", "bus", "train", "station", "mosque", "church", "temple", "shrine", "hotel", "school",
     "hospital", "restaurant", "cafe", "shop", "building", "office", "checkpoint", "barracks", "village",
     "pipeline", "bridge", "airport", "courthouse", "ministry", "parliament", "police", "post"}
)  # fmt: skip
MILITARY_TARGETS = frozenset(
    {"target", "position", "base", "site", "installation", "facility", "camp", "depot", "airfield",
     "airbase", "outpost", "barracks", "headquarters", "bunker", "radar", "battery",
     # added 2026-12-06 (sixth round): works and public places struck are the place's state's as well
     # ("cruise missiles destroyed a pharmaceutical plant in Khartoum")
     "plant", "factory", "refinery", "reactor", "airport", "port", "bridge", "pipeline", "power",
     # added 2026-12-07 (twelfth round): "Russia previously targeted locations in Eastern Syria"
     "location", "stronghold", "hideout", "warehouse"}
) | PUBLIC_PLACES  # fmt: skip


def _site(noun: Token) -> bool:
    """A military or public site, or a dwelling ("a market place", "houses"); added 2026-12-07."""
    return any(
        _lemma(t) in MILITARY_TARGETS | DWELLINGS
        for t in [noun, *(c for c in noun.children if c.dep_ == "compound")]
    )


def _clause_of(verb: Token) -> Token:
    """The first verb of a run of conjoined verbs, whose phrases the later ones share."""
    while verb.dep_ == "conj" and verb.head.pos_ in {"VERB", "AUX"}:
        verb = verb.head
    return verb


def _unnamed_victims(verb: Token, index: MentionIndex) -> list[Token]:
    """The people a violent verb acts on that no mention names ("killed 20 people", "a journalist
    was killed"), as opposed to "two others", whose side the sentence gave before."""
    patients = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass", "dative"}] + [
        o
        for c in verb.children
        if c.dep_ == "prep"
        # "fired at students", "opened fire on protesters"; an act noun's "of" phrase is whom it is
        # done to ("announced the release of all political detainees")
        and (c.lower_ in AIMED_PREPS or (c.lower_ == "of" and verb.pos_ == "NOUN"))
        for o in _prep_objects(c)
    ]
    return [n for n in patients if index.at(n) is None and _civil_side(n)]


CAUSE_PREPS = frozenset({"in", "during", "under"})
# Only a state's authorities arrest, jail or deport: "a British man was arrested in Turkey" is Turkey's act
CUSTODY_VERBS = frozenset(
    {"arrest", "detain", "jail", "imprison", "deport", "expel", "sentence", "convict", "execute"}
)


def _custodian(verb: Token, index: MentionIndex, resolver: ActorResolver | None) -> list[Participant]:
    """The state whose authorities did an agentless arrest, sentence or deportation: the one state
    the verb's own "in" phrase names (ICEWS and PLOVER code the police of the place)."""
    if resolver is None or _lemma(verb) not in CUSTODY_VERBS:
        return []
    places = {p.actor_id: p for p in _places_of([verb], index, resolver)}
    return list(places.values()) if len(places) == 1 else []


def _act_agents(noun: Token, index: MentionIndex) -> list[Participant]:
    """Who an act noun's "by" phrase names, on the noun or on a participle that carries it ("airstrikes
    conducted by a US-led coalition"; a "-led" leader counts: added 2026-12-07)."""
    holders = [noun, *(c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN")]
    agents = [
        g
        for h in holders
        for c in h.children
        if (c.dep_ == "prep" and c.lower_ == "by") or (c.dep_ == "agent" and h.i != noun.i)
        for g in _prep_objects(c)
    ]
    found = [p for g in agents for p in phrase_actors(g, index)]
    return found or [p for g in agents for p in _leaders_of(g, index, None)]


def _causes(verb: Token, index: MentionIndex, resolver: ActorResolver | None) -> list[Participant]:
    """Whose hostile act a passive's subject suffered ("were killed in Russian air strikes", "died
    in an attack by the Islamic State"): the act's own actor, never its place ("in the Damascus
    bombing")."""

    def owner(token: Token) -> Participant | None:
        participant = index.at(token)
        if participant is None or _for_or_against(token):
            return None
        mention = participant.mention
        capital = mention is not None and (resolver is None or resolver.is_capital(mention.text))
        if capital and token.ent_type_ in {"GPE", "LOC", "FAC"}:
            return None
        return participant

    found: list[Participant] = []
    # "were killed and many wounded in air strikes by ...": conjoined passives share the cause
    holders = [verb, *(c for c in verb.children if c.dep_ == "conj" and c.tag_ == "VBN")]
    for prep in (p for h in holders for p in h.children):
        # ("were killed by airstrikes carried out by the coalition": a hostile act as the agent, with
        # its own doer; added 2026-12-07, seventeenth round)
        if not ((prep.dep_ == "prep" and prep.lower_ in CAUSE_PREPS) or prep.dep_ == "agent"):
            continue
        for noun in _prep_objects(prep):
            if (split := _split_gerund_owner(noun, index, resolver)) is not None:
                found.append(split)
                continue
            role = GROUP_ROLES.get(noun.lower_)
            if not (_hostile_noun(noun) or (role is not None and role.role == "act")):
                continue
            if _place_named_conflict(noun) or (
                _lemma(noun) == "war"
                and not any(c.dep_ == "prep" and c.lower_ in {"on", "against", "with"} for c in noun.children)
            ):
                # "died in the Syrian conflict", "journalists killed in Syria's 30-month war": where,
                # not whose (not "Russia's war on Ukraine"; added 2026-12-07)
                continue
            if (whole := index.at(noun)) is not None:
                found.append(whole)  # "Russian air strikes": a mention of Russia's act
                continue
            found += [
                p for c in noun.children if c.dep_ in {"amod", "compound", "poss", "nmod"} and (p := owner(c))
            ]
            found += _leaders_of(noun, index, resolver)
            found += _act_agents(noun, index)
            if _lemma(noun) in CLASH_NOUNS:
                # "were killed in clashes with US forces": the other side of the clash (added
                # 2026-12-07, fifteenth round)
                found += [
                    p
                    for c in noun.children
                    if c.dep_ == "prep" and c.lower_ in {"with", "against"}
                    for g in _prep_objects(c)
                    if (p := owner(g))
                ]
    return list(dict.fromkeys(found))


CLASH_NOUNS = frozenset({"clash", "battle", "fighting", "firefight", "gunfight", "skirmish", "confrontation"})


# Violence the text names nobody for: "a roadside bomb", "an explosion", "unidentified gunmen".
UNNAMED_ATTACKERS = frozenset(
    {"gunman", "gunmen", "assailant", "attacker", "bomber", "kidnapper", "abductor", "sniper", "assassin"}
)
EXPLOSIVE_NOUNS = frozenset(
    {"bomb", "bombing", "explosion", "blast", "mine", "landmine", "minefield", "grenade", "ambush",
     "attack", "device", "ied", "explosive", "car-bomb"}
)  # fmt: skip
# Projectiles come from elsewhere ("a missile hit Kyiv"): where they land says nothing of who fired.
# Barrel bombs and chemical attacks have a known user in the wars we cover: the press names it or
# leaves the attack disputed, so we place neither.
ATTRIBUTED_WEAPON_WORDS = frozenset(
    {"drone", "missile", "rocket", "air", "mortar", "artillery", "shell", "airstrike", "shelling", "cross-border",
     "barrel", "chemical", "nerve", "gas", "sarin", "chlorine", "poison"}
)  # fmt: skip
# "the attack", "similar attacks": an attack told of before, whose author the article gave there
ANAPHORIC_WORDS = frozenset(
    {"the", "this", "that", "these", "those", "such", "similar", "same", "its", "their"}
)
CLAIM_WORDS = frozenset({"claim", "responsibility", "blame", "attribute", "accuse", "suspect"})
SCENE_PREPS = frozenset({"in", "near", "at", "inside", "outside", "around"})
DETONATIONS = frozenset({"explode", "detonate", "go", "blow", "hit", "strike", "rip", "tear"})


def _unnamed_violence(noun: Token, index: MentionIndex, resolver: ActorResolver) -> bool:
    """A bomb, an explosion or a gunman nobody is named for: no actor owns, modifies or claims it
    ("an Israeli attack", "an attack claimed by the Islamic State" name one); places don't count."""
    lemma = _lemma(noun)
    if lemma not in UNNAMED_ATTACKERS and lemma not in EXPLOSIVE_NOUNS:
        return False
    modifiers = list(noun.lefts)
    if any(_lemma(t) in ATTRIBUTED_WEAPON_WORDS or t.lower_ in ANAPHORIC_WORDS for t in modifiers):
        return False
    if any(t.lower_ in GROUP_ROLES for t in modifiers):
        return False  # "regime bombs", "army attacks": a side is named, though not placed
    for token in noun.subtree:
        if token.i == noun.i or index.at(token) is None:
            continue
        path = token
        while path.i != noun.i and not (path.dep_ == "pobj" and path.head.lower_ in SCENE_PREPS | {"of"}):
            path = path.head
        if path.i == noun.i:
            return False
    return True


def _unnamed_agent(verb: Token, index: MentionIndex, resolver: ActorResolver) -> Token | None:
    """The weapon or unnamed attacker of a violent verb: its subject ("a roadside bombing killed"),
    a passive's cause ("was killed in a car bomb explosion", "wounded by a roadside bomb") or the
    subject of a detonation it follows from ("were killed when a bomb exploded")."""
    clause = _subject_clause(verb)
    subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    if subject is not None:
        return subject if _unnamed_violence(subject, index, resolver) else None
    if not any(c.dep_ == "nsubjpass" for c in clause.children):
        return None
    for child in clause.children:
        if child.dep_ == "agent" or (child.dep_ == "prep" and child.lower_ in {"in", "by", "from"}):
            for cause in _prep_objects(child):
                if _unnamed_violence(cause, index, resolver):
                    return cause
        if child.dep_ == "advcl" and _lemma(child) in DETONATIONS:
            cause = next((c for c in child.children if c.dep_ == "nsubj"), None)
            if cause is not None and _unnamed_violence(cause, index, resolver):
                return cause
    return None


def _subject_clause(verb: Token) -> Token:
    """The verb whose subject a subjectless violent verb shares: the first of conjoined verbs ("killed
    one soldier and wounded two others"), the verb a participle follows ("a bomber blew himself up
    in a market, killing 20 people")."""
    clause = verb
    for _ in range(4):
        if any(c.dep_ in {"nsubj", "nsubjpass"} for c in clause.children):
            break
        if clause.dep_ == "conj" or (clause.dep_ == "advcl" and clause.tag_ == "VBG"):
            clause = clause.head
        else:
            break
    return clause


def _scene_state(clause: Token, index: MentionIndex, resolver: ActorResolver) -> Participant | None:
    """The one state a clause's "in/near/at" phrases place its events in ("near the town of Samarra",
    "in a residential sector of eastern Beirut"); None when there are none or several. Only the
    clause's own phrases count: "said in Turkey the attack had killed 1300" is not in Turkey."""
    found: dict[str, Participant] = {}
    for prep in clause.subtree:
        if prep.dep_ != "prep" or prep.lower_ not in SCENE_PREPS:
            continue
        frontier = list(_prep_objects(prep))
        for _ in range(4):
            deeper: list[Token] = []
            for head in frontier:
                deeper.extend(c for c in head.children if c.dep_ == "conj")  # "of Iran and Iraq"
                if head.pos_ == "PROPN" or head.ent_type_ in {"GPE", "LOC"}:
                    place = index.at(head) or _place_state(head, resolver)
                    if place is not None and _kind(resolver, place.actor_id) == "state":
                        found.setdefault(place.actor_id, place)
                        continue
                for child in head.children:
                    if child.dep_ == "prep" and child.lower_ in SCENE_PREPS | {"of"}:
                        deeper.extend(_prep_objects(child))
                    elif child.dep_ == "appos":
                        deeper.append(child)
            frontier = deeper
    return next(iter(found.values())) if len(found) == 1 else None


def _unattributed(
    trigger: Trigger, roles: Roles, index: MentionIndex, resolver: ActorResolver
) -> list[Participant]:
    """Unidentified attackers of the place where a violent act happened, followed by its victims,
    when nobody is named for it (ICEWS's and PLOVER's convention: "a roadside bomb near Samarra killed
    a U.S. soldier" is unidentified attackers in Iraq against the United States). Victims nobody
    names ("a journalist", "20 people") are the place's state. Empty when there is no agentless
    weapon or attacker, or no single state to place it in."""
    token = trigger.token
    if trigger.entry.pos != "verb":
        if not (token.dep_ == "dobj" and _lemma(token.head) == "open" and _lemma(token) == "fire"):
            return []
        token = (
            token.head
        )  # "gunmen opened fire on worshippers in Kabul" (added 2026-12-07, fourteenth round)
    # "unknown gunmen" are unidentified; "militants" at least rebels
    agent = _unnamed_agent(token, index, resolver)
    rebels = _unplaced_rebels(token, index) if agent is None else None
    # (only with no weapon or attacker named: "killed when a bomb exploded" is the bomb's)
    fallen = _fallen_soldiers(token, index, resolver) if agent is None and rebels is None else None
    if rebels is None and fallen is None and agent is None:
        return []
    if any(_lemma(t) in CLAIM_WORDS for t in token.sent):
        return []  # "in an attack claimed by the Islamic State": attributed, in words we don't read
    # (no place named, no scene: "a roadside bomb killed two US soldiers" is seldom in the US)
    scene = _scene_state(_subject_clause(token), index, resolver)
    if scene is None:
        return []
    patients = [c for c in token.children if c.dep_ in {"dobj", "nsubjpass", "dative"}]
    if _lemma(token) == "open" or (_lemma(token) == "fire" and not patients):
        # "fired on worshippers", "opened fire on worshippers": whom it is aimed at (not "fired rockets
        # at Israel", whose target is named; fourteenth round)
        patients = [
            g
            for c in token.children
            if c.dep_ == "prep" and c.lower_ in AIMED_PREPS
            for g in _prep_objects(c)
        ]
    victims = [t for t in roles.targets if any(t.token in p.subtree for p in patients)]
    if fallen is not None:
        victims = [fallen]  # "there were 20 Russian soldiers killed in Ukraine"
        if fallen.actor_id == scene.actor_id:
            return []  # a state's own soldiers killed at home: by whom, nothing says
    if not victims:
        # "killed 20 people", "a journalist has been killed": victims nobody names are the place's;
        # "... and wounded two others" has no victim of its own
        unnamed = [n for n in patients if _people_noun(n) or GROUP_ROLES.get(n.lower_) is not None]
        # "Muslim separatists bombed a market in the southern Philippines": a public place is the
        # place's state's, as its people are
        unnamed += [n for n in patients if _lemma(n) in PUBLIC_PLACES and index.at(n) is None]
        victims = [scene._replace(token=unnamed[0])] if unnamed else []
    if not victims:
        return []
    if rebels is not None:
        # "Muslim separatists bombed a market in the southern Philippines": the scene's rebels
        attacker = Participant(resolver.local_rebels(scene.actor_id), rebels, None)
    else:
        attacker = Participant(resolver.unidentified_attackers(scene.actor_id), token, None)
    return [attacker, *victims]


def _fallen_soldiers(verb: Token, index: MentionIndex, resolver: ActorResolver) -> Participant | None:
    """A state's soldiers killed with no one named for it, by a reduced passive ("there were 20
    Russian soldiers killed in Ukraine") or an agentless passive ("two US soldiers were killed in
    Iraq"): the soldiers' state, to be set against the unidentified attackers of where it happened."""
    if _lemma(verb) not in KILLING_VERBS or any(c.dep_ == "agent" for c in verb.children):
        return None
    if any(_lemma(g) in MISHAPS for c in verb.children if c.dep_ == "prep" for g in _prep_objects(c)):
        return None  # "killed in a helicopter crash": no attack
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        soldiers = verb.head
    else:
        soldiers = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if soldiers is None or _state_role(soldiers) != "military":
        return None
    found = index.at(soldiers) or next(
        (index.at(c) for c in soldiers.children if index.at(c) is not None), None
    )
    if found is None or _kind(resolver, found.actor_id) != "state":
        return None
    return found


# Verbs of killing whose agentless passive still tells of an attack
KILLING_VERBS = frozenset({"kill", "slay", "shoot", "murder"})
# Verbs of harm done to a passive subject ("were killed", "were wounded in air strikes by ...")
HARM_VERBS = KILLING_VERBS | frozenset({"wound", "injure", "maim"})


def _harmed_in(noun: Token) -> Token | None:
    """The passive verb of harm a hostile noun is the "in" cause of ("were killed in air strikes by
    ..."), not any passive ("marginalised in the civil war by Russia")."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in CAUSE_PREPS or not _hostile_noun(noun):
        return None
    verb = noun.head.head
    if _lemma(verb) not in HARM_VERBS or verb.tag_ != "VBN":
        return None
    return verb


MISHAPS = frozenset(
    {"crash", "accident", "collision", "storm", "earthquake", "flood", "avalanche", "landslide"}
)


def _unplaced_rebels(verb: Token, index: MentionIndex) -> Token | None:
    """The verb's subject when it is rebels or militants no word names or places ("Muslim
    separatists", "militants"; not "Taliban militants", which the actor extractor resolves)."""
    subject = next((c for c in _subject_clause(verb).children if c.dep_ == "nsubj"), None)
    if subject is None or not _unplaced_rebels_noun(subject, index):
        return None
    return subject


def _unplaced_rebels_noun(noun: Token, index: MentionIndex) -> bool:
    """Rebels or militants that no word of their phrase names, places or points back to ("20 Islamic
    militants", "Hutu militias"; not "Taliban militants", "ISIL terrorists", "those terrorist groups",
    "militants of the Islamic State"); the sentence names no armed group they could be."""
    if index.at(noun) is not None or not _rebels_noun(noun):
        return False
    modifiers = [t for m in noun.lefts for t in m.subtree]
    if any(
        # ("Hutu militias": a people's word, which NER may leave untyped, names no side)
        t.ent_type_ not in {"", "NORP", "CARDINAL"} or index.at(t) is not None or t.lower_ in ANAPHORIC_WORDS
        for t in modifiers
    ):
        return False
    if any(c.dep_ == "prep" and c.lower_ in {"of", "from"} for c in noun.children):
        return False
    return not any(
        p.mention is not None and p.actor_id.startswith("group:") and _armed_group(p.actor_id)
        for p in _sentence_participants(noun.sent, index)
    )


def _sentence_countries(
    sentence: Span, index: MentionIndex, resolver: ActorResolver, keep: Callable[[Participant], bool]
) -> set[str]:
    """The countries of the sentence's participants that ``keep`` accepts."""
    return {
        country
        for p in _sentence_participants(sentence, index)
        if keep(p) and (country := _country(resolver, p.actor_id)) is not None
    }


def _sentence_participants(sentence: Span, index: MentionIndex) -> list[Participant]:
    """The actors the index knows in the sentence, token by token."""
    return [p for i in range(sentence.start, sentence.end) if (p := index.by_token.get(i)) is not None]


def _places_of(
    holders: Sequence[Token],
    index: MentionIndex,
    resolver: ActorResolver,
    preps: frozenset[str] = PLACE_PREPS,
) -> list[Participant]:
    """The states named by the "in/at" phrases (``preps``) of ``holders`` (a verb and its objects)."""
    found: list[Participant] = []
    frontier = [
        g
        for h in holders
        for c in h.children
        if c.dep_ == "prep" and c.lower_ in preps
        for g in c.children
        if g.dep_ == "pobj"
    ]
    # "contribute troops to a force in Liberia": the place of the phrase the act goes to
    frontier += [
        place
        for h in holders
        for c in h.children
        if c.dep_ == "prep" and c.lower_ in {"to", "into", "for"}
        for g in c.children
        if g.dep_ == "pobj" and index.at(g) is None
        for p in g.children
        if p.dep_ == "prep" and p.lower_ in PLACE_PREPS
        for place in p.children
        if place.dep_ == "pobj"
    ]
    for _ in range(3):  # "rioted at a jail in northern Israel": a place inside a place
        next_frontier: list[Token] = []
        for head in frontier:
            participant = (
                index.at(head)
                or next(
                    (index.at(c) for c in head.children if c.dep_ in {"compound", "amod"} and index.at(c)),
                    None,
                )
                or _place_state(head, resolver)
                # "outside the Lahore press club": a place name modifying the site
                or next(
                    (
                        p
                        for c in head.children
                        if c.dep_ == "compound"
                        and c.pos_ == "PROPN"
                        and (p := _place_state(c, resolver)) is not None
                    ),
                    None,
                )
            )
            # (a state's embassy stands in another state: "outside the Russian embassy in Kabul")
            if (
                participant is not None
                and _kind(resolver, participant.actor_id) == "state"
                and _lemma(head) not in MISSION_NOUNS
            ):
                found.append(participant)
            else:
                next_frontier.extend(
                    g
                    for c in head.children
                    # "in front of the parliament building in Kathmandu": "of" after a place word
                    if c.dep_ == "prep"
                    and (c.lower_ in PLACE_PREPS or (c.lower_ == "of" and head.lower_ in SITE_WORDS))
                    for g in c.children
                    if g.dep_ == "pobj"
                )
                # "in the capital Kabul": the name in apposition
                next_frontier.extend(c for c in head.children if c.dep_ == "appos")
        if found:
            break
        frontier = next_frontier
    return found


def _place_state(head: Token, resolver: ActorResolver) -> Participant | None:
    """A named place the actor extractor left alone as a location ("opened an embassy in Tehran"):
    the state the resolver places it in, if any."""
    if head.ent_type_ in {"GPE", "LOC"}:
        entity = next((e for e in head.sent.ents if e.start <= head.i < e.end), None)
        name = entity.text if entity is not None else None
    elif head.pos_ == "PROPN":
        # the tagger does not always mark a place ("in the West Bank"): its proper name still counts
        first = min(
            (c.i for c in head.children if c.dep_ == "compound" and c.pos_ == "PROPN"), default=head.i
        )
        name = head.doc[first : head.i + 1].text
    else:
        name = None
    if name is None:
        return None
    record = resolver.resolve_phrase(name) or resolver.place_state(name)
    if record is None and (words := name.split())[-1].lower() in PLACE_NOUNS and len(words) > 1:
        # NER's "Raqqa province", "Idlib city": the name before the place noun (added 2026-12-07,
        # sixteenth round)
        record = resolver.place_state(" ".join(words[:-1]))
    if record is None or record.kind != "state":
        return None
    return Participant(record.actor_id, head, None)


OBLIGATIONS = frozenset({"require", "oblige", "obligate", "force", "compel", "mandate"})


def _obliged(token: Token) -> bool:
    """ "The White House is required by Congress to certify ...": a duty, not anyone's stance."""
    head = token.head
    return (
        token.dep_ == "xcomp"
        and _lemma(head) in OBLIGATIONS
        and any(c.dep_ == "auxpass" for c in head.children)
    )


def _does_nothing(verb: Token) -> bool:
    """ "did nothing", "did little", "did not lift a finger", "did not move": a verb whose own object
    says nothing was done, or a negated verb of doing or moving."""
    negated = any(c.dep_ == "neg" for c in verb.children)
    objects = {c.lower_ for c in verb.children if c.dep_ == "dobj"}
    if _lemma(verb) == "do" and objects & {"nothing", "little"}:
        return True
    return negated and (bool(objects & {"finger"}) or _lemma(verb) in {"do", "move", "act", "lift"})


def _whether_or_not(negation: Token) -> bool:
    """The "not" of "whether or not": an alternative, not a denial."""
    doc = negation.doc
    return negation.i >= 2 and doc[negation.i - 1].lower_ == "or" and doc[negation.i - 2].lower_ == "whether"


def _yet_to(verb: Token) -> bool:
    """ "has yet to", "is yet to": what is still to be done."""
    return _lemma(verb) in {"have", "be"} and any(c.lower_ == "yet" for c in verb.children)


def _must_clause(clause: Token) -> bool:
    """A clause with "must" or "should", or "has to" (a past "had to" may be what happened, "Iran
    said it had to postpone the launch"): what someone is told to do."""
    return any(a.dep_ == "aux" and a.lower_ in {"must", "should"} for a in clause.children) or (
        _lemma(clause) == "have"
        and clause.tag_ in {"VBZ", "VBP"}
        and not _yet_to(clause)  # "has yet to be faced with a crisis"
        and any(c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children) for c in clause.children)
    )


def _owed_to_another(token: Token, index: MentionIndex) -> bool:
    """ "Rebels announced that Kagame must agree to changes", "Russia said Iran must cooperate": what
    one side says a side it names must do is its demand (rows from :func:`_obligated`), not an act of
    the named side, even a hedged one."""
    if token.pos_ not in {"VERB", "AUX"} or token.dep_ != "ccomp":
        return False
    if not _must_clause(token):
        return False
    return any(
        c.dep_ in SUBJECT_DEPS and c.pos_ != "PRON" and index.at(c) is not None for c in token.children
    ) and any(c.dep_ == "nsubj" for c in token.head.children)


def _hostile_passive(clause: Token) -> bool:
    """ "must be punished", "should be held accountable", "must be stopped": a passive of a hostile
    verb of the lexicon (one without a particle, or with its own: "should be wiped off the map", added
    2026-12-08, twenty-second round), or holding to account."""
    if not any(c.dep_ == "auxpass" for c in clause.children):
        return False
    if _lemma(clause) == "hold":
        return any(c.lower_ in {"accountable", "responsible"} for c in clause.subtree)
    return any(
        e.goldstein < 0 and (e.particle is None or _matches(clause, e))
        for e in load_lexicon().verbs.get(_lemma(clause), [])
    )


def _obligated(verb: Token, index: MentionIndex) -> list[Participant]:
    """Subjects of a reported clause with "must"/"should" ("said that Sudan must return ...")."""
    found: list[Participant] = []
    addressees = _actors_of([c for c in verb.children if c.dep_ in {"dobj", "dative"}], index)
    for clause in (c for c in verb.children if c.dep_ == "ccomp"):
        if _lemma(clause) in {"remain", "stay"} or (
            _leaves_office(clause) and any(c.dep_ == "neg" for c in clause.children)
        ):
            continue  # "should remain in office", "should not step down": backing, not a demand
        if _must_clause(clause):
            subjects = [c for c in clause.children if c.dep_ in SUBJECT_DEPS]
            if _hostile_passive(clause):
                # "Obama has argued that Assad must be punished": who must suffer a hostile act is the
                # one the demand is on (added 2026-12-07, eighteenth round)
                subjects += [c for c in clause.children if c.dep_ == "nsubjpass" and index.at(c) is not None]
            named = _actors_of(subjects, index)
            if not named and len(addressees) == 1 and any(c.lower_ in {"it", "they"} for c in subjects):
                # "Trump has told the EU it must take back its fighters": the pronoun is the addressee
                named = addressees
            found.extend(named)
    return found


def _domestic_targets(
    targets: Sequence[Participant], sources: Sequence[Participant], reading: Reading, resolver: ActorResolver
) -> list[Participant]:
    """Targets of an act: any actor other than the source, except two misreadings. A state's
    cooperation with one of its own people ("the U.S. formed an alliance with Trump") is not a dyad;
    nor is a person's material act on their own state, whose forces or assets are the instrument
    ("Trump decided to withdraw US troops from Syria" is not Trump -> USA)."""
    states = {s.actor_id for s in sources if _kind(resolver, s.actor_id) == "state"}
    own_states = {_country(resolver, s.actor_id) for s in sources if _kind(resolver, s.actor_id) != "state"}
    # (a group holds no state assets: "opposition fighters surrendered to the Syrian army" is a
    # domestic retreat to a state organ named; added 2026-12-07, fourteenth round)
    groups_only = all(_kind(resolver, s.actor_id) == "group" for s in sources)
    return [
        t
        for t in targets
        if not (
            reading.polarity > 0
            and _kind(resolver, t.actor_id) == "person"
            and _country(resolver, t.actor_id) in states
        )
        and not (
            reading.category in OWN_ASSET_CATEGORIES
            and t.actor_id in own_states
            and not (groups_only and _organ(t) is not None)
        )
        # "Syrian fighters backed by US special forces": help for armed men named by a nationality
        # goes to a group we cannot name, never to their state
        and not (reading.polarity > 0 and _armed_collective(t))
    ]


def _armed_collective(participant: Participant) -> bool:
    """A nationality word on armed men ("Syrian fighters", "Iraqi militiamen"), not on its state's forces."""
    return (
        participant.mention is None
        and participant.token.ent_type_ == "NORP"
        and _lemma(participant.token.head) in ARMED_MEN
    )


ARMED_MEN = frozenset(
    {"fighter", "militant", "rebel", "guerrilla", "guerilla", "insurgent", "militiaman", "gunman"}
)


OWN_ASSET_CATEGORIES = frozenset({"retreat", "mobilize", "sanction", "aid", "agree", "cooperate"})


def _drop_own_country(
    targets: Sequence[Participant], sources: Sequence[Participant], resolver: ActorResolver
) -> list[Participant]:
    """Targets on the source's own side are dropped: "Putin called the Russian-Iranian cooperation
    productive" is not Putin -> Russia, and "the U.S. formed an alliance with Trump" not USA -> Trump."""
    own = {_country(resolver, s.actor_id) for s in sources} | {s.actor_id for s in sources}
    states = {s.actor_id for s in sources if _kind(resolver, s.actor_id) == "state"}
    return [
        t
        for t in targets
        if t.actor_id not in own
        and not (_kind(resolver, t.actor_id) == "person" and _country(resolver, t.actor_id) in states)
    ]


# An unresolved time reference in the clause ("during the Second World War", "seeded the Cold War",
# "in the 1950s" left without a value) says the act has its own time, which is not the article's.
HISTORICAL_ENTITY_LABELS = frozenset({"EVENT", "DATE"})
HISTORICAL_DATE_WORDS = re.compile(r"\d|centur|decade|\bera\b|\bago\b|\bwar\b", re.IGNORECASE)


def _clause_head(token: Token) -> Token:
    """The verb (or sentence root) whose clause ``token`` belongs to."""
    current = token
    while current.pos_ not in {"VERB", "AUX"} and current.head.i != current.i:
        current = current.head
    return current


def _own_time_unresolved(parsed: ParsedArticle, dates: Sequence[TimeExpression], anchor: Token) -> bool:
    """The clause names its own time (an event such as a war, a dated period) that no time
    expression resolved: the publication date would misdate it."""
    clause = _clause_head(anchor)
    resolved = [(d.start, d.end) for d in dates if d.value]
    for entity in span_ents(anchor.sent):
        if entity.label_ not in HISTORICAL_ENTITY_LABELS:
            continue
        if entity.label_ == "DATE" and not HISTORICAL_DATE_WORDS.search(entity.text):
            continue  # "recent years", "Monday": relative to the article
        if any(start < entity.end_char and entity.start_char < end for start, end in resolved):
            continue
        if _clause_head(entity.root).i == clause.i:
            return True
    return False


def _date_of(
    parsed: ParsedArticle, dates: Sequence[TimeExpression], anchor: Token
) -> tuple[str | None, str | None]:
    expression = governing_date(parsed, [d for d in dates if d.value], anchor)
    if expression is not None and expression.value:
        return expression.value, "expression"
    if parsed.published is not None and not _own_time_unresolved(parsed, dates, anchor):
        return parsed.published.isoformat(), "published"
    return None, None


def extract_stances(
    parsed: ParsedArticle,
    mentions: Sequence[Mention],
    quotes: Sequence[Quote],
    dates: Sequence[TimeExpression],
    resolver: ActorResolver,
) -> list[Stance]:
    """Stance rows for one article (contract: ``schema.SCHEMAS['stances']``)."""
    lexicon = load_lexicon()
    index = MentionIndex(parsed, mentions)
    index.add_demonyms(parsed, resolver)
    index.add_populations(parsed, resolver)
    index.add_followers(parsed, resolver)
    index.add_origins(parsed, resolver)
    index.add_leaders(parsed, resolver)
    index.add_members(parsed, resolver)
    index.add_affiliations(parsed)
    index.add_oppositions(parsed, resolver)
    contexts = _speech_contexts(parsed, quotes, index, resolver)
    _map_pronouns(parsed, contexts, index, resolver)
    _map_third_person(parsed, index, resolver)
    drafts: list[_Draft] = []
    for sentence_id, sentence in enumerate(parsed.sentences):
        drafts.extend(_drafts_for_sentence(sentence, sentence_id, index, contexts, resolver, lexicon))
    # a nationality word in page furniture names no side either ("Related News ... Syrian regime attacks
    # kill 16 civilians": another story's headline; added 2026-12-07, nineteenth round)
    from relations.furniture import furniture_spans  # imports spaCy: not at module level (see actors)

    furniture = furniture_spans(parsed.article.text, parsed.article.title)
    drafts = [d for d in drafts if not any(p.start <= d.anchor.idx < p.end for p in furniture)]
    stances: list[Stance] = []
    seen: set[tuple[int, str, str, str]] = set()
    for draft in drafts:
        # one row per sentence, dyad and category ("fought a series of wars" is one stance, not two)
        key = (draft.sentence_id, draft.source, draft.target, draft.reading.category)
        if key in seen or not (_known(resolver, draft.source) and _known(resolver, draft.target)):
            continue
        seen.add(key)
        date, date_source = _date_of(parsed, dates, draft.anchor)
        stances.append(
            Stance(
                stance_id=f"{parsed.article_id}:s{len(stances)}",
                sentence_id=draft.sentence_id,
                start=draft.start,
                end=draft.end,
                source_id=draft.source,
                target_id=draft.target,
                source_country=_country(resolver, draft.source),
                target_country=_country(resolver, draft.target),
                polarity=draft.reading.polarity,
                intensity=float(draft.reading.goldstein),
                category=draft.reading.category,
                hedged=draft.hedged,
                date=date,
                date_source=date_source,
                quote_id=draft.quote_id,
                evidence=parsed.sentences[draft.sentence_id].text,
            )
        )
    logger.debug("%s: %d stances from %d mentions", parsed.article_id, len(stances), len(mentions))
    return stances
