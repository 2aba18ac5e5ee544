"""Actors: recognise, canonicalise and place people, states, organisations and groups.

spaCy's NER proposes candidates; the project's actor dictionary (YAML under
``relations/data/actors``, schema in docs/actors.md) decides who they are. Every alias of every
dictionary actor lives in one Aho-Corasick automaton over a diacritic-folded copy of the text, so
matching costs one pass per article whatever the dictionary size.

Resolution order for one article:

1. dictionary aliases (names, capitals, metonyms such as "the Kremlin", plural demonyms);
2. role phrases ("the Russian president", "Rahbar") -> the office holder on the publication date;
3. NER PERSON/ORG spans the dictionary does not know -> new actors, country from context;
4. short forms ("Bagheri") -> the full name used elsewhere in the article (coreference).
"""

from __future__ import annotations

import datetime as dt
import difflib
import functools
import logging
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

import ahocorasick
import yaml
from unidecode import unidecode

from relations.config import PACKAGE_DATA_DIR
from relations.document import ParsedArticle
from relations.parse import token_words

if TYPE_CHECKING:  # spaCy is imported by the model loader; here it only names types
    from spacy.tokens import Doc, Span, Token

logger = logging.getLogger(__name__)

DICTIONARY_DIR = PACKAGE_DATA_DIR / "actors"
KINDS = ("person", "state", "organization", "group")
RULES = ("dictionary", "context", "role", "coreference", "ner", "pair")

# The dictionary's horizon: an undated article may still name an office holder when one person
# held the office over this whole period (e.g. Iran's Supreme Leader).
HORIZON = (dt.date(2000, 1, 1), dt.date(2026, 12, 31))


class ActorRecord(NamedTuple):
    actor_id: str  # stable across runs and articles, e.g. "RUS", "person:vladimir-putin"
    name: str  # canonical full name
    kind: str  # person | state | organization | group
    country: str | None  # ISO 3166 alpha-3
    note: str | None = None  # e.g. "historical entity mapped to RUS"


class Mention(NamedTuple):
    sentence_id: int
    start: int
    end: int
    text: str
    actor_id: str
    rule: str | None = None  # how it was resolved: dictionary, context, role, coreference ...


class Office(NamedTuple):
    """One dated role: ``office`` is ``<ISO3 or org>.<title>``, e.g. ``RUS.president``."""

    office: str
    start: dt.date | None
    end: dt.date | None

    def covers(self, on: dt.date) -> bool:
        return (self.start is None or self.start <= on) and (self.end is None or on <= self.end)


@dataclass
class ActorEntry:
    """One dictionary entry as loaded from YAML (or imported from a Phoenix file)."""

    record: ActorRecord
    aliases: list[str] = field(default_factory=list)  # surface forms that ARE a mention of the actor
    demonyms: list[str] = field(default_factory=list)  # adjectives ("Russian"): country context only
    offices: list[Office] = field(default_factory=list)
    places: list[str] = field(default_factory=list)  # places inside a state: country context, not mentions
    capitals: list[str] = field(default_factory=list)  # also in aliases; a location after "in", "to"...
    people: list[str] = field(
        default_factory=list
    )  # also in aliases: "the Albanians" (not "ethnic Albanians")
    # groups only: an armed group's violence with no one named is against its own state (insurgents);
    # False for those who fight beside their state or abroad (Hezbollah, the SDF, Iraq's PMF)
    fights_own_state: bool = True
    # movements with national branches ("Egypt's Muslim Brotherhood" is the Egyptian one)
    national_branches: bool = False


# --------------------------------------------------------------------------------------------
# Folding: diacritics, apostrophes and transliteration variants
# --------------------------------------------------------------------------------------------

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "ʼ": "'", "‐": " ", "‑": " "})


def _fold_char(char: str) -> str:
    if char == "-":
        return " "  # "al-Qaeda" = "al Qaeda", "Amir-Abdollahian" = "Amir Abdollahian"
    if char.isascii():
        return char.lower()
    char = char.translate(_APOSTROPHES)
    if char.isascii():
        return char.lower()
    folded = unidecode(char).lower()
    # Keep one output char per letter where possible; multi-char outputs (ß -> ss) are fine.
    return folded if folded.strip() or not char.isspace() else " "


def fold(text: str) -> str:
    """Lower-case ASCII form used for dictionary keys ("Erdoğan" -> "erdogan", "Putin’s" -> "putin's")."""
    text = unicodedata.normalize("NFC", text)
    if text.isascii():  # most calls: what _fold_char does per character, in bulk
        return text.lower().replace("-", " ")
    return "".join(_fold_char(c) for c in text)


_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def fold_with_offsets(text: str) -> tuple[str, list[int]]:
    """``fold`` plus, for every folded character, the offset of the original character it came from."""
    chars: list[str] = []
    origin: list[int] = []
    last = 0
    # ASCII runs fold in bulk (lower-casing keeps their length); other characters one by one.
    for match in _NON_ASCII.finditer(text):
        i = match.start()
        if i > last:
            chars.append(text[last:i].lower().replace("-", " "))
            origin.extend(range(last, i))
        folded = _fold_char(text[i])
        chars.append(folded)
        origin.extend([i] * len(folded))
        last = i + 1
    if last < len(text):
        chars.append(text[last:].lower().replace("-", " "))
        origin.extend(range(last, len(text)))
    return "".join(chars), origin


def slugify(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold(name)).strip("-")


@functools.lru_cache(maxsize=16384)  # pure, and asked again for the same names in every article
def name_key(name: str) -> str:
    """A transliteration-insensitive key: Sergey/Sergei, Rouhani/Rowhani, Shoigu/Shoygu, Zarif/Zareef.

    Consonant skeleton per token (first letter kept), so spelling variants of the same name collide.
    Used to merge people across articles and to match NER names against dictionary aliases.
    """
    tokens = re.sub(r"[^a-z ]+", " ", fold(name).replace("'", "")).split()
    if len([t for t in tokens if len(t) > 1]) >= 2:
        tokens = [t for t in tokens if len(t) > 1]  # "John F. Kerry" = "John Kerry"
    keys = []
    for token in tokens:
        token = token.replace("kh", "h").replace("ph", "f").replace("q", "k").replace("ck", "k")
        token = token.replace("ow", "o").replace("w", "v").replace("dzh", "j").replace("zh", "j")
        skeleton = re.sub(r"(.)\1+", r"\1", token[0] + re.sub(r"[aeiouy]", "", token[1:]))
        # "Ali Mamlouk" is not "al-Maliki": the name Ali keeps apart from the article al-/el-
        keys.append("ali" if skeleton == "al" and token not in {"al", "el"} else skeleton)
    return " ".join(keys)


def _initials(name: str) -> tuple[str, ...]:
    """The middle initials of a name ("George H. W. Bush" -> ("h", "w")), which tell namesakes apart."""
    words = re.sub(r"[^a-z ]+", " ", fold(name)).split()
    return tuple(w for w in words[1:-1] if len(w) == 1)


# An Arabic article joined to a surname: "al-Bashir" is also called "Bashir" (added 2026-12-07)
_ARTICLE_PREFIX = re.compile(r"^(?:[Aa][lnrstdz]|[Ee]l|[Aa]sh)-(?=[A-Z])")
_ARTICLE_BEFORE = re.compile(r"\b(?:[Aa][lnrstdz]|[Ee]l|[Aa]sh)-$")


def surname_forms(name: str) -> list[str]:
    """The last word of a name, and the same word without a joined Arabic article ("Omar al-Bashir"
    -> ["al-Bashir", "Bashir"]): a later lone surname may be either."""
    last = name.split()[-1]
    bare = _ARTICLE_PREFIX.sub("", last)
    return [last] if bare == last else [last, bare]


def _to_date(value: object) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.date):
        return value
    text = str(value)
    if re.fullmatch(r"\d{4}", text):
        return dt.date(int(text), 1, 1)
    return dt.date.fromisoformat(text)


# --------------------------------------------------------------------------------------------
# Loading the dictionary
# --------------------------------------------------------------------------------------------


_ROLE_STRING = re.compile(r"^(?P<office>[A-Z]{2,5}\.[a-z_]+)(?:\s+(?P<start>[\d-]*)\.\.(?P<end>[\d-]*))?$")


def _office(role: object, where: str) -> Office:
    """A role as ``"RUS.president 2000-05-07..2008-05-06"`` (open ends allowed) or a mapping."""
    if isinstance(role, dict):
        return Office(str(role["office"]), _to_date(role.get("start")), _to_date(role.get("end")))
    match = _ROLE_STRING.match(str(role).strip())
    if not match:
        raise ValueError(f"{where}: role {role!r} is not 'OFFICE START..END'")
    return Office(match["office"], _to_date(match["start"]), _to_date(match["end"]))


def _entry_id(kind: str, name: str, explicit: str | None) -> str:
    if explicit:
        return explicit
    prefix = {"person": "person", "organization": "org", "group": "group", "state": "state"}[kind]
    return f"{prefix}:{slugify(name)}"


def entry_from_mapping(item: dict, default_kind: str, source: str = "<dict>") -> ActorEntry:
    """One YAML mapping -> ActorEntry (schema in docs/actors.md); raises ValueError when malformed."""
    name = item.get("name")
    if not name or not isinstance(name, str):
        raise ValueError(f"{source}: entry without a name: {item!r}")
    kind = item.get("kind", default_kind)
    if kind not in KINDS:
        raise ValueError(f"{source}: {name}: kind {kind!r} is not one of {KINDS}")
    country = item.get("country")
    if country is not None and not re.fullmatch(r"[A-Z]{3}", str(country)):
        raise ValueError(f"{source}: {name}: country {country!r} is not ISO 3166 alpha-3")
    actor_id = _entry_id(kind, name, item.get("id"))
    record = ActorRecord(actor_id, name, kind, country, item.get("note"))
    aliases = [
        name,
        *(item.get("aliases") or []),
        *(item.get("capitals") or []),
        *(item.get("metonyms") or []),
    ]
    aliases += item.get("people") or []
    offices = [_office(role, f"{source}: {name}") for role in item.get("roles") or []]
    demonyms = [str(d) for d in item.get("demonyms") or []]
    places = [str(p) for p in item.get("places") or []]
    capitals = [str(c) for c in item.get("capitals") or []]
    people = [str(p) for p in item.get("people") or []]
    fights_own_state = item.get("fights_own_state", True)
    national_branches = item.get("national_branches", False)
    for flag, value in (("fights_own_state", fights_own_state), ("national_branches", national_branches)):
        if not isinstance(value, bool):
            raise ValueError(f"{source}: {name}: {flag} {value!r} is not true or false")
    return ActorEntry(
        record,
        [str(a) for a in aliases],
        demonyms,
        offices,
        places,
        capitals,
        people,
        fights_own_state,
        national_branches,
    )


# libyaml's safe loader where PyYAML was built with it: the same documents, read several times faster
# (the dictionary is read by every process that parses; added 2026-12-07, sixteenth round)
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_yaml_dictionary(path: Path) -> list[ActorEntry]:
    """Entries of one dictionary file: a YAML list, or a mapping with ``actors:`` (and ``kind:`` default)."""
    data = yaml.load(path.read_text(encoding="utf-8"), Loader=_YAML_LOADER)
    default_kind = "person"
    if isinstance(data, dict):
        default_kind = data.get("kind", default_kind)
        data = data.get("actors", [])
    if not isinstance(data, list):
        raise ValueError(f"{path}: expected a list of actors")
    return [entry_from_mapping(item, default_kind, str(path)) for item in data]


@functools.cache
def nation_words() -> frozenset[str]:
    """The folded plural words for a state's people in the shipped dictionary ("britons", "afghans"):
    words the tagger may call a person or leave untyped."""
    entries = load_yaml_dictionary(DICTIONARY_DIR / "states.yml")
    return frozenset(fold(people) for entry in entries for people in entry.people)


def bare_possessives(entry: ActorEntry) -> Iterator[tuple[str, bool]]:
    """(folded name, whether a person's) for the names of ``entry`` whose possessive FA-KES types
    without its apostrophe ("Syrias conflict", "Assads forces"): a state's aliases, and persons'
    one-word surnames (added 2026-12-07, fifteenth round)."""
    if entry.record.kind == "state":
        for alias in entry.aliases:
            key = fold(alias)
            if len(key) > 3 and key[-1] != "s" and not _is_acronym(alias) and "." not in key:
                yield key, False
    elif entry.record.kind == "person":
        for alias in entry.aliases:
            key = fold(alias)
            if len(key) > 4 and " " not in key and key[-1] != "s" and alias[:1].isupper():
                yield key, True


@functools.lru_cache(maxsize=1)
def dictionary_bare_possessives() -> dict[str, bool]:
    """The built-in dictionary's names typed as bare possessives ("syrias" -> False, "assads" ->
    True: a person's), for the word-norm component that splits them before the parser."""
    found: dict[str, bool] = {}
    for path in sorted(DICTIONARY_DIR.glob("*.yml")):
        if path.name == "not_actors.yml":
            continue
        for entry in load_yaml_dictionary(path):
            for key, person in bare_possessives(entry):
                if person:
                    found.setdefault(key + "s", person)
                else:
                    found[key + "s"] = False  # a state's name before a person's, as in the resolver
    return found


def load_not_actors(path: Path) -> list[str]:
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    return [str(x) for key in ("boilerplate", "fictional", "not_actors", "places") for x in data.get(key, [])]


def load_dictionary_file(path: Path) -> list[ActorEntry]:
    """A user dictionary: our YAML (by extension) or a PETRARCH/Phoenix ``.actors`` file (by content)."""
    if path.suffix.lower() in {".yml", ".yaml"}:
        return load_yaml_dictionary(path)
    from relations.actor_import import import_phoenix, looks_like_phoenix

    if looks_like_phoenix(path):
        return import_phoenix(path)
    raise ValueError(f"{path}: neither YAML (.yml/.yaml) nor a PETRARCH/Phoenix actor dictionary")


# --------------------------------------------------------------------------------------------
# Role titles: which office a phrase names
# --------------------------------------------------------------------------------------------

# (regex on folded text, office title, implied country when the phrase names none)
ROLE_TITLES: list[tuple[str, str, str | None]] = [
    (r"supreme leader|rahbar|leader of the islamic revolution", "supreme_leader", "IRN"),
    (r"vice[- ]president", "vice_president", None),
    (r"president", "president", None),
    (r"prime minister|premier", "prime_minister", None),
    (
        r"foreign (?:affairs )?minister|minister (?:of|for) foreign affairs|foreign secretary|top diplomat",
        "foreign_minister",
        None,
    ),
    (r"secretary of state", "foreign_minister", "USA"),
    (
        r"defen[cs]e (?:minister|chief|secretary)|minister of defen[cs]e|secretary of defense",
        "defense_minister",
        None,
    ),
    (r"(?:kremlin|presidential) spokes(?:man|woman|person)", "kremlin_spokesperson", "RUS"),
    (r"foreign ministry spokes(?:man|woman|person)", "foreign_ministry_spokesperson", None),
    (r"chief of (?:the )?general staff", "chief_of_general_staff", None),
    (
        r"(?:u\.?n\.? )?(?:envoy|ambassador|permanent representative) to the (?:u\.?n\.?|united nations)"
        r"|u\.?n\.? (?:envoy|ambassador)",
        "un_ambassador",
        None,
    ),
    (r"secretary[- ]general", "secretary_general", None),
    (r"director[- ]general", "director_general", None),
    (r"chancellor", "chancellor", None),
    (r"crown prince", "crown_prince", None),
    (r"king", "king", None),
    (r"emir", "emir", None),
    (r"leader", "leader", None),  # "the Russian leader": the office that leads that state (LEADER_OFFICES)
    (r"chief|head", "head", None),  # "U.N. chief", "IAEA head": the top office of an organisation only
]
# The top office of an organisation: "U.N. chief", "the IAEA head".
HEAD_OFFICES = {
    "UN": "secretary_general",
    "IAEA": "director_general",
    "NATO": "secretary_general",
    "EU": "high_representative",
}
# Which office "the X leader" means; presidential systems are the default.
LEADER_OFFICES = {
    "IRN": "supreme_leader",
    "GBR": "prime_minister",
    "DEU": "chancellor",
    "ISR": "prime_minister",
    "IRQ": "prime_minister",
    "ARM": "prime_minister",
    "IND": "prime_minister",
    "PAK": "prime_minister",
    "SAU": "king",
    "JOR": "king",
    "QAT": "emir",
    "OMN": "king",
    "LBN": "president",
}
_ROLE_RE = re.compile(
    r"\b(?:" + "|".join(f"(?P<r{i}>{p})" for i, (p, _, _) in enumerate(ROLE_TITLES)) + r")\b"
)
_FORMER_RE = re.compile(r"\b(?:former|ex|then|late|previous|past|future|next|would-be)\b")
# Between a country word and the title: "Iran's foreign minister", "Russia’s new U.N. envoy".
_SIGNAL_GAP = re.compile(r"^(?:'s|')?\s+(?:(?:new|acting|current|interim|own|top|then|former|ex-)\s+)*$")
_OF_SIGNAL = re.compile(r"^\s+of\s+(?:the\s+)?$")
# Plural nouns that make a demonym a collective actor of the state ("Iranian diplomats").
COLLECTIVE_NOUNS = frozenset(
    [
        "officials",
        "official",
        "diplomats",
        "diplomat",
        "authorities",
        "government",
        "leadership",
        "forces",
        "troops",
        "military",
        "army",
        "navy",
        "warplanes",
        "jets",
        "regime",
        "delegation",
        "side",
        "leaders",
        "negotiators",
        "ministry",
        "embassy",
    ]
)
GOVERNMENT_BODIES = re.compile(
    r"\b(?:ministry|ministries|government|parliament|majlis|duma|armed forces|army|navy|air force|embassy|"
    r"foreign office|state department|defen[cs]e department|cabinet|presidency|military)\b"
)
# Honorifics and titles that may precede a name inside an NER PERSON span.
_TITLE_WORDS = re.compile(
    r"^(?:(?:president|prime minister|minister|general|gen\.?|maj\.?|lt\.?|brig\.?|capt\.?|lord|sir|dame|"
    r"prof\.?|major general|lieutenant general|admiral|"
    r"colonel|col\.|ayatollah|grand ayatollah|sheikh|sheik|king|queen|prince|crown prince|emir|mr\.?|mrs\.?|"
    r"ms\.?|dr\.?|senator|sen\.|rep\.|foreign minister|defen[cs]e minister|supreme leader|secretary|"
    r"chancellor|mullah|imam|hojatoleslam|marshal|field marshal|commander|spokesman|spokeswoman|"
    # added 2026-12-06 (seventh round): clergy ("Archbishop Desmond Tutu" is Desmond Tutu)
    r"archbishop|bishop|cardinal|patriarch|metropolitan|rev\.?|reverend|father|rabbi|pope)\s+)+",
    re.IGNORECASE,
)
_NAME_PARTICLES = frozenset(
    ["al", "el", "bin", "ibn", "bint", "de", "da", "di", "del", "van", "von", "der", "la", "le", "abu", "ben"]
)
_POSSESSIVE = re.compile(r"(?:['’]s|['’])$")


# --------------------------------------------------------------------------------------------
# Group actors: a role noun with a country ("Afghan rebels", "Demonstrators in Baghdad")
# --------------------------------------------------------------------------------------------


# Unidentified attackers are placed where they acted (ICEWS's convention), not known to be that
# state's: state-level charts leave them out (see ``tables``).
UNIDENTIFIED_SUFFIX = "-unidentified"


def is_unidentified(actor_id: str) -> bool:
    return actor_id.startswith("group:") and actor_id.endswith(UNIDENTIFIED_SUFFIX)


class GroupRole(NamedTuple):
    """What a role noun names: a sector of a country, in CAMEO's terms."""

    role: str  # canonical role, the suffix of the group id ("rebels" in "group:afg-rebels")
    cameo: str  # CAMEO sector code: GOV, MIL, COP, JUD, LEG, SPY (the state); REB, OPP, CVL ... (groups)
    state: bool  # True: the state's own apparatus, so the mention is the state itself


def _role_table(rows: dict[tuple[str, str, bool], str]) -> dict[str, GroupRole]:
    return {
        noun: GroupRole(role, cameo, state)
        for (role, cameo, state), nouns in rows.items()
        for noun in nouns.split()
    }


# Written for this project from the CAMEO sector codes. The state's apparatus (government, armed
# forces, police, courts, legislature, intelligence) IS the state in our data: "Turkish police
# detained ..." is Turkey acting, which is how the reports chart states. Everything else is a
# non-state group of that country with its own actor ("group:afg-rebels").
GROUP_ROLES: dict[str, GroupRole] = _role_table(
    {
        ("government", "GOV", True): "government governments authorities authority officials official "
        "administration regime leadership cabinet ministry ministries diplomats diplomat delegation "
        "negotiators embassy consulate envoys minister ministers",
        ("military", "MIL", True): "troops soldiers soldier army armies military forces navy warplanes jets "
        "peacekeepers sailors marines paratroopers commandos gunboats warships aircraft helicopters gunships "
        "tanks drones bombers artillery missiles",
        ("police", "COP", True): "police policemen policeman gendarmes gendarmerie",
        ("judiciary", "JUD", True): "court courts judges judge judiciary prosecutors prosecutor",
        (
            "legislature",
            "LEG",
            True,
        ): "parliament parliamentarians lawmakers lawmaker legislators legislature senators senator "
        "congressmen congressman congresswomen assembly",
        ("intelligence", "SPY", True): "intelligence spies agents",
        # What a state does, named by its adjective: "an Indian proposal", "French mediation".
        ("act", "GOV", True): "proposal proposals plan ultimatum mediation initiative offer rule occupation "
        "invasion custody shelling bombardment airstrikes strikes blockade sanctions aid pressure demands "
        "threats attack attacks raid raids incursion intervention aggression",
        ("rebels", "REB", False): "rebels rebel guerrillas guerrilla guerillas guerilla insurgents insurgent "
        "militants militant militiamen militiaman militia militias separatists separatist gunmen "
        "terrorists terrorist jihadists jihadist",
        ("opposition", "OPP", False): "opposition dissidents dissident",
        ("protesters", "CVL", False): "protesters protester protestors protestor demonstrators demonstrator "
        "rioters marchers",
        ("civilians", "CVL", False): "civilians civilian villagers residents nationals immigrants migrants "
        "pilgrims settlers prisoners hostages detainees youths men women inhabitants locals "
        "villager resident immigrant migrant pilgrim settler prisoner hostage detainee youth children "
        # added 2026-12-06 (sixth round): "Algerian families staged a protest"
        "families relatives mothers widows",
        ("workers", "LAB", False): "workers worker strikers miners labourers laborers employees unions "
        "union truckers dockworkers",
        ("students", "EDU", False): "students student",
        # added 2026-12-06: professions that protest, strike and petition at home (CAMEO's sectors)
        ("teachers", "EDU", False): "teachers teacher",
        ("health", "HLH", False): "doctors doctor nurses nurse physicians medics",
        ("farmers", "AGR", False): "farmers farmer peasants growers herders",
        ("fishermen", "AGR", False): "fishermen fisherman",
        ("lawyers", "CVL", False): "lawyers lawyer attorneys",
        ("activists", "CVL", False): "activists activist campaigners campaigner",
        ("refugees", "REF", False): "refugees refugee",
        ("business", "BUS", False): "businessmen businessman companies firms traders merchants investors",
        ("media", "MED", False): "journalists journalist reporters reporter media newspaper newspapers "
        "broadcaster",
        ("clergy", "REL", False): "clerics cleric clergy",
    }
)
# Civilians named by kinship: "the families of X" are X's, not a people of their own
KIN_NOUNS = frozenset({"families", "relatives", "mothers", "widows"})
# One-word aliases that end many other organisations' names ("Indian National Congress")
NAME_TAIL_ALIASES = frozenset({"congress"})
# A state's name that is also a place inside another state (the US state of Georgia). Listed beside
# that other state's places ("Atlanta, Georgia", "won Georgia, Alabama and Tennessee") it is that
# place, not the state (added 2026-12-07, fifteenth round: Trump "captured Georgia" was USA -> GEO).
HOMONYM_PLACES = {"GEO": "USA"}
_CAPITAL_DASH = re.compile(r"\b([A-Z][a-z]+)[-–—]\s")
_DASH_DATELINE = re.compile(r"(?:,?\s*[A-Z][a-z]+)?\s?[-–—]\s+[A-Z]")
_DATE_BEFORE = re.compile(r"(?:\d{4,}|\b(?:19|20)\d\d)\s+$")  # "... 022015 ", "... 2016 "
_VENUE_AFTER = re.compile(r"\s+in\s+([A-Z][\w-]+)")
_LIST_GAP = re.compile(r"^\s*(?:,|,?\s+and|,?\s+or)\s*$")
# Two-word roles whose head alone says nothing: "armed groups", "police officer", "border guards".
GROUP_PHRASES: dict[str, GroupRole] = {
    "armed groups": GroupRole("rebels", "REB", False),
    "armed group": GroupRole("rebels", "REB", False),
    "armed men": GroupRole("rebels", "REB", False),
    "terror group": GroupRole("rebels", "REB", False),
    "police officer": GroupRole("police", "COP", True),
    "police officers": GroupRole("police", "COP", True),
    "border guards": GroupRole("police", "COP", True),
    "border patrol": GroupRole("police", "COP", True),
    "security forces": GroupRole("police", "COP", True),
    "air force": GroupRole("military", "MIL", True),
    "labour union": GroupRole("workers", "LAB", False),
    "labour unions": GroupRole("workers", "LAB", False),
    "labor union": GroupRole("workers", "LAB", False),
    "labor unions": GroupRole("workers", "LAB", False),
    "trade union": GroupRole("workers", "LAB", False),
    "trade unions": GroupRole("workers", "LAB", False),
}
# Heads that take their role from a modifier: "opposition groups", "rebel leaders", "student union".
GROUP_HEADS = frozenset(
    [
        "group",
        "groups",
        "movement",
        "movements",
        "parties",
        "party",
        "coalition",
        "factions",
        "faction",
        "leaders",
        "leader",
        "forces",
        "fighters",
        "union",
        "supporters",
        "activists",
        "members",
        # added 2026-12-07 (thirteenth round): "Chechen elders", "Igbo chiefs" (see COMMUNITY_HEADS)
        "elders",
        "chiefs",
    ]
)
# Ethnic and religious communities: never a state, a group of the country they live in.
ETHNIC_PEOPLES = frozenset(
    [
        "kurds",
        "kurd",
        "serbs",
        "croats",
        "albanians",
        "tamils",
        "pashtuns",
        "hutus",
        "tutsis",
        "shiites",
        "shias",
        "sunnis",
        "moslems",
        "muslims",
        "christians",
        "arabs",
        "uighurs",
        "uyghurs",
        "baluchis",
        "balochs",
        "druze",
        "alawites",
        "turkmen",
        "turkmens",
        "yazidis",
        "copts",
        "chechens",
        "tibetans",
        "rohingya",
        "rohingyas",
        "yorubas",
        "igbos",
        "zulus",
        "oromos",
        "ossetians",
        "abkhazians",
        "catalans",
        "maronites",
    ]
)
# Adjectives of those communities: "Moslem forces" are not the state's army.
ETHNIC_ADJECTIVES = frozenset(
    [
        "kurdish",
        "kurd",
        "serb",
        "croat",
        "albanian",
        "tamil",
        "pashtun",
        "hutu",
        "tutsi",
        "shiite",
        "shia",
        "sunni",
        "moslem",
        "muslim",
        "christian",
        "arab",
        "uighur",
        "uyghur",
        "baluchi",
        "baloch",
        "druze",
        "alawite",
        "turkmen",
        "yazidi",
        "coptic",
        "ethnic",
    ]
)
# Heads a one-state community's name makes that community's people ("Igbo leaders", "Yoruba groups")
COMMUNITY_HEADS = frozenset(
    {"leaders", "elders", "chiefs", "groups", "group"}
)  # ("a Chechen leader" is one person)
# Communities that live, nearly all of them, in one state: their groups belong to it ("Chechen
# rebels" are Russia's, "Uighur protesters" China's). Peoples split across borders (Kurds, Baluch,
# Pashtuns, Tamils, Hutus, Tuareg) are left out: the sentence must say which state's.
# Peoples split between states, by the states they live in: the war's own theatre places them
SPLIT_PEOPLES: dict[str, frozenset[str]] = {"kurds": frozenset({"SYR", "IRQ", "TUR", "IRN"})}
HOMELANDS: dict[str, str] = {
    **dict.fromkeys(["chechen", "ingush", "dagestani"], "RUS"),
    **dict.fromkeys(["uighur", "uyghur", "tibetan"], "CHN"),
    **dict.fromkeys(["rohingya", "karen", "kachin"], "MMR"),
    **dict.fromkeys(["yoruba", "igbo", "ibo", "hausa", "ogoni", "ijaw"], "NGA"),
    **dict.fromkeys(["zulu", "xhosa"], "ZAF"),
    **dict.fromkeys(["oromo", "amhara", "tigrayan"], "ETH"),
    **dict.fromkeys(["kikuyu", "kalenjin"], "KEN"),
    **dict.fromkeys(["abkhaz", "abkhazian", "ossetian"], "GEO"),
    "acholi": "UGA",
    "darfuri": "SDN",
    "catalan": "ESP",
    "corsican": "FRA",
    "coptic": "EGY",
    "copt": "EGY",
    "maronite": "LBN",
    # added 2026-12-06 (fifth round)
    "sikh": "IND",
    "basque": "ESP",
    "moro": "PHL",
}
# A nationality with one of these words before an armed or political noun is a sub-state group of
# that country, never the state: "Syrian Kurdish fighters", "Kurdish Syrian forces", "Syrian Islamist
# fighters" are Syria's rebels, "Syrian Kurdish groups" the Syrian Kurds ("the United States arms
# Syrian Kurdish fighters" is no American support for Syria). Capitalised words count ("Islamist").
IDEOLOGICAL_ADJECTIVES = frozenset(["islamist", "jihadist", "salafist", "salafi"])
NON_STATE_QUALIFIERS = (ETHNIC_ADJECTIVES - {"ethnic"}) | IDEOLOGICAL_ADJECTIVES
# The community an ethnic or religious adjective names: "Syrian Kurdish groups" -> group:syr-kurds.
QUALIFIER_PEOPLES: dict[str, str] = {
    **dict.fromkeys(["kurdish", "kurd"], "kurds"),
    **dict.fromkeys(["shiite", "shia"], "shiites"),
    **dict.fromkeys(["moslem", "muslim"], "muslims"),
    **dict.fromkeys(["uighur", "uyghur"], "uighurs"),
    **dict.fromkeys(["baluchi", "baloch"], "baluchis"),
    "coptic": "copts",
    "druze": "druze",
    "turkmen": "turkmen",
    **{
        word: word + "s"
        for word in ETHNIC_ADJECTIVES
        if word + "s" in ETHNIC_PEOPLES and word not in {"kurd", "shia", "uighur"}
    },
}


def _community(people: str) -> str:
    """The plural a community's group id is built on ("kurd" -> "kurds"), one spelling everywhere."""
    return people if people.endswith("s") else people + "s"


# Sites a side holds, by the holder they stand for: what is done to "Kurdish positions" is done to the
# Kurdish fighters, to "the Kurdish enclave" to the Kurds
KURDISH_SITES: dict[str, str] = {
    **dict.fromkeys(
        ["positions", "position", "targets", "strongholds", "stronghold", "bases", "outposts"], "military"
    ),
    **dict.fromkeys(
        ["enclave", "enclaves", "areas", "territory", "territories", "cantons", "canton"], "land"
    ),
}
# Heads that are armed whatever the adjective ("Syrian Kurdish fighters" are a militia).
ARMED_HEADS = frozenset(["fighters", "fighter", "forces"])
_REBELS = GroupRole("rebels", "REB", False)
_CIVILIANS = GroupRole("civilians", "CVL", False)


# A place after the noun gives the group's country: "rebels in Afghanistan", "the Albanians of southern Serbia".
_GROUP_PLACE = re.compile(
    r"\s+(?:(?:based|headquartered)\s+)?(?P<prep>in|of|from|near|inside|across|throughout)\s+(?:the\s+)?"
    r"(?:(?:north|south|east|west|central|northern|southern|eastern|western|north-?eastern|north-?western|"
    r"south-?eastern|south-?western|rural|occupied|mostly \w+)\s+)?$"
)
# "a newspaper based in Christian east Beirut": where a group is based, past two words of the place's
# description (added 2026-12-07, thirteenth round)
_BASED_PLACE = re.compile(r"\s+(?:based|headquartered)\s+(?P<prep>in)\s+(?:the\s+)?(?:[A-Za-z-]+\s+){1,2}$")
# State nouns whose "in <place>" is their own state ("the authorities in Baghdad", "police in
# Jericho"); ministers and troops travel ("EU foreign ministers in Brussels", "troops in Syria").
_RESIDENT_NOUNS = frozenset(
    ["government", "governments", "authorities", "authority", "officials", "administration", "regime"]
)
# Between a state's name and what it owns: "Syria's Kurds", "Syrias Kurds" (apostrophe dropped).
_POSSESSIVE_GAP = re.compile(r"(?:['’]s|['’]|s)\s+")
_PLACE_BEFORE = re.compile(r"\b(?:in|at|near|inside|outside|across|throughout)\s+$")
# "the two countries", "both sides": the two states named just before.
_PAIR_PHRASE = re.compile(
    r"\b(?:the\s+two|both(?:\s+the)?)\s+(?:countries|nations|states|neighbou?rs|sides|governments|capitals)\b",
    re.IGNORECASE,
)
# Titles of a domestic office: the only state named in the sentence is the holder's country.
_DOMESTIC_TITLE = re.compile(
    r"\b(?:(?:vice[- ])?president|prime minister|premier|governor|mayor|king|emir|sultan|chancellor|"
    r"(?:presidential |opposition )?candidate|lawmaker|legislator|senator|deputy|speaker|judge|"
    r"(?:opposition |party |rebel |militia |guerrilla )leader|(?:rebel |militia |army |police )?commander|(?:minister|secretary)(?:\s+(?:for|of)(?:\s+the)?(?:\s+[A-Z][\w-]*){1,3})?)"
    r"\s+$",
    re.IGNORECASE,
)
# "IS (banned in Russia)": where a group is outlawed, not where events are (see _locative_state)
_BANNED_IN = re.compile(
    r"\b(?:banned|outlawed|prohibited|proscribed|illegal|blacklisted|designated)\s+in\s+(?:the\s+)?(?:\w+\s+)?$",
    re.IGNORECASE,
)
# "the government", "the regime": a country's own (unlike "officials", "ministers", "diplomats",
# who are often foreign visitors in the place the sentence names)
_HOME_GOVERNMENT = frozenset({"government", "regime", "authorities", "administration"})
_HELD_BY = frozenset(
    {"held", "controlled", "run", "led", "backed", "linked", "dominated", "occupied", "allied"}
)
# Organisations that belong to one country's politics (parties, fronts, armed movements), unlike
# unions, leagues and councils, which are as often international.
_DOMESTIC_ORG = re.compile(r"\b(?:party|front|movement|tigers|brigades?|militia|guerrillas|rebels)\b")
_TRAVEL = re.compile(
    r"\b(?:visit\w*|arriv\w*|travel\w*|flew|fly|flies|trip|tour\w*|met|meet\w*|talk\w*|summit|negotiat\w*|"
    r"delegation|conference)\b",
    re.I,
)


@dataclass
class _Candidate:
    start: int
    end: int
    actor_id: str | None  # None: context only (demonym) or blocked span
    role: str  # name | demonym | place | block
    rule: str = "dictionary"


class ActorResolver:
    """Holds the actor dictionary (package data plus user files); resolves mentions per article."""

    def __init__(
        self, extra_dictionaries: list[Path] | None = None, extra_entries: Iterable[ActorEntry] = ()
    ) -> None:
        self.known: dict[str, ActorRecord] = {}
        # The dictionary alone; `known` adds the article's unknown actors and is reset per article.
        self._dictionary_records: dict[str, ActorRecord] = {}
        self._entries: dict[str, ActorEntry] = {}
        # Every actor seen in mentions so far, in order, with its latest record (articles reset `known`).
        self._referenced: dict[str, ActorRecord] = {}
        self._aliases: dict[str, set[str]] = defaultdict(set)  # folded alias -> actor_ids
        self._demonyms: dict[str, str] = {}  # folded demonym -> state actor_id
        self._demonym_words: frozenset[str] | None = None  # the one-word ones, read once
        self._places: dict[str, str] = {}  # folded place inside a state -> state actor_id
        self._capitals: set[str] = set()  # folded capitals: metonyms, unless used as a location
        self._peoples: dict[str, str] = {}  # folded plural for a nation ("albanians") -> state actor_id
        self._not_insurgents: set[str] = set()  # groups whose violence is not against their own state
        self._branching: set[str] = set()  # movements a state's name before them makes national
        self._people_re: re.Pattern[str] | None = None  # built on first use, after every dictionary
        self._bare_possessive: dict[str, str] = {}  # "syrias" -> "syria": possessives typed without '
        self._bare_person_possessive: set[str] = set()  # of them, persons' ("assads")
        self._blocked: set[str] = set()  # folded phrases that are never actors
        self._acronyms: set[str] = set()  # folded aliases written in capitals in the dictionary
        self._lowercase_ok: set[str] = set()  # aliases written lower-case first ("al-Qaeda"): any case
        self._person_keys: dict[str, set[str]] = defaultdict(set)  # name_key(alias) -> person ids
        self._offices: dict[str, list[tuple[Office, str]]] = defaultdict(list)
        self._holders_by_surname: dict[str, list[tuple[str, Office, str]]] | None = None  # on first use
        self._unknown_by_key: dict[str, str] = {}
        paths = sorted(DICTIONARY_DIR.glob("*.yml"))
        for path in paths:
            if path.name == "not_actors.yml":
                self._blocked.update(fold(x) for x in load_not_actors(path))
            else:
                self.add_entries(load_yaml_dictionary(path))
        for path in extra_dictionaries or []:
            self.add_entries(load_dictionary_file(Path(path)))
        self.add_entries(extra_entries)  # already loaded ("import_phoenix(path, any_code=True)")
        self._automaton = self._build_automaton()
        logger.debug("actor dictionary: %d actors, %d aliases", len(self.known), len(self._aliases))

    # ---- dictionary ---------------------------------------------------------------------

    def add_entries(self, entries: Iterable[ActorEntry]) -> None:
        """Add (or extend) dictionary entries; an entry whose id exists adds aliases and roles to it."""
        for entry in entries:
            actor_id = entry.record.actor_id
            existing = self._entries.get(actor_id) or self._same_person(entry)
            if existing is not None:
                existing.aliases.extend(a for a in entry.aliases if a not in existing.aliases)
                existing.demonyms.extend(d for d in entry.demonyms if d not in existing.demonyms)
                existing.offices.extend(entry.offices)
                # a gazetteer file adds places to a state another file defines (world_places.yml)
                existing.places.extend(p for p in entry.places if p not in existing.places)
                entry = existing
                actor_id = existing.record.actor_id
            else:
                self._entries[actor_id] = entry
                self.known[actor_id] = entry.record
                self._dictionary_records[actor_id] = entry.record
            for alias in entry.aliases:
                key = fold(alias).strip()
                if key:
                    self._aliases[key].add(actor_id)
                    if alias[:1].islower():
                        self._lowercase_ok.add(key)
                    if _is_acronym(alias) and not any(
                        fold(a) == key and not _is_acronym(a) for a in entry.aliases
                    ):
                        self._acronyms.add(key)
                    if entry.record.kind == "person":
                        self._person_keys[name_key(alias)].add(actor_id)
            for demonym in entry.demonyms:
                self._demonyms.setdefault(fold(demonym), actor_id)
            for place in entry.places:
                self._places.setdefault(fold(place), actor_id)
            self._capitals.update(fold(c) for c in entry.capitals)
            for people in entry.people:
                self._peoples.setdefault(fold(people), actor_id)
            if not entry.fights_own_state:
                self._not_insurgents.add(actor_id)
            if entry.national_branches:
                self._branching.add(actor_id)
            for key, person in bare_possessives(entry):
                if person:
                    self._bare_possessive.setdefault(key + "s", key)
                    self._bare_person_possessive.add(key + "s")
                else:
                    self._bare_possessive[key + "s"] = key
            for office in entry.offices:
                if (office, actor_id) not in self._offices[office.office]:
                    self._offices[office.office].append((office, actor_id))
        self._holders_by_surname = None  # rebuilt on first use, with the new office holders
        if hasattr(self, "_automaton"):
            self._automaton = self._build_automaton()
            self._people_re = None

    def _same_person(self, entry: ActorEntry) -> ActorEntry | None:
        """An imported person already in the dictionary under a spelling variant (same name key)."""
        if entry.record.kind != "person":
            return None
        ids = self._person_keys.get(name_key(entry.record.name), set())
        if len(ids) != 1:
            return None
        known = self._entries[next(iter(ids))]
        mine, theirs = _initials(entry.record.name), _initials(known.record.name)
        if mine and theirs and mine != theirs:
            return None  # "George W. Bush" is not "George H. W. Bush" (added 2026-12-07, twenty-first round)
        return known

    def _build_automaton(self) -> ahocorasick.Automaton:
        automaton = ahocorasick.Automaton()
        taken = set(self._aliases) | set(self._demonyms) | self._blocked | set(self._places)
        bare = [k for k in self._bare_possessive if k not in taken]
        for key in (*taken, *bare):
            automaton.add_word(key, key)
        automaton.make_automaton()
        return automaton

    # ---- public lookups ------------------------------------------------------------------

    def actor(self, actor_id: str) -> ActorRecord:
        return self.known[actor_id]

    def actors(self) -> list[ActorRecord]:
        """Every actor referenced by a mention so far (for the ``actors`` table)."""
        return list(self._referenced.values())

    def aliases(self, actor_id: str) -> list[str]:
        entry = self._entries.get(actor_id)
        return list(entry.aliases) if entry else [self.known[actor_id].name]

    def holder(self, role: str, on: dt.date | None, evidence: Iterable[str] = ()) -> ActorRecord | None:
        """Who held ``role`` ("RUS.president", or a phrase such as "Iran's foreign minister") ``on`` a date.

        Without a date, the holder is named only when one person held the office over the
        dictionary's horizon, or exactly one holder is among ``evidence`` (actor_ids in the article).
        """
        if role not in self._offices and "." not in role:
            return self.resolve_phrase(role, on)
        holders = self._offices.get(role, [])
        if on is not None:
            ids = {actor_id for office, actor_id in holders if office.covers(on)}
        else:
            evident = {actor_id for _, actor_id in holders} & set(evidence)
            in_horizon = {a for o, a in holders if o.covers(HORIZON[0]) and o.covers(HORIZON[1])}
            ids = evident if evident else in_horizon
        return self.known[next(iter(ids))] if len(ids) == 1 else None

    def lookup(self, name: str) -> ActorRecord | None:
        """The dictionary actor a name or alias denotes, or None (unknown or ambiguous)."""
        ids = self._aliases.get(fold(name).strip(), set())
        if not ids and len(name.split()) > 1:
            ids = self._person_keys.get(name_key(name), set())
        return self.known[next(iter(ids))] if len(ids) == 1 else None

    def resolve_phrase(self, text: str, on: dt.date | None = None) -> ActorRecord | None:
        """A noun phrase ("the Russian Foreign Ministry", "Russia's U.N. envoy", "Tehran") -> its actor.

        Returns None rather than guessing when the phrase names nothing the dictionary can place.
        """
        phrase = re.sub(r"^(?:the|a|an)\s+", "", _POSSESSIVE.sub("", text.strip()), flags=re.IGNORECASE)
        untitled = _TITLE_WORDS.sub("", phrase).strip()
        if untitled and untitled != phrase and (person := self.lookup(untitled)) and person.kind == "person":
            return person  # "President Trump", "Mr Mattis"
        direct = self.lookup(phrase)
        if direct is not None:
            return direct
        folded = fold(phrase)
        signals = self._signals(folded)
        role = _ROLE_RE.search(folded)
        if role is not None and not _FORMER_RE.search(folded[: role.start()]):
            office = self._office_for(role, signals, folded)
            if office:
                return self.holder(office, on)
        if signals:
            country = signals[0][2]
            rest = folded[signals[0][1] :]
            words = re.findall(r"[a-z]+", rest)
            if GOVERNMENT_BODIES.search(rest) or (words and words[0] in COLLECTIVE_NOUNS):
                return self.known.get(country)
        return None

    def is_capital(self, text: str) -> bool:
        """A capital named as a state's metonym ("Damascus", "Moscow"), which may also just be where."""
        return fold(re.sub(r"^the\s+", "", text.strip(), flags=re.IGNORECASE)) in self._capitals

    def fights_own_state(self, actor_id: str) -> bool:
        """Whether an armed group's violence with no one named is against its own state (the field's
        reading for insurgents); False for the dictionary's groups that fight beside their state or
        abroad (``fights_own_state: false``)."""
        return actor_id not in self._not_insurgents

    def demonym_words(self) -> frozenset[str]:
        """The one-word nationality words the dictionary knows, folded ("somali", "ivorian")."""
        if self._demonym_words is None:
            self._demonym_words = frozenset(key for key in self._demonyms if " " not in key)
        return self._demonym_words

    def place_state(self, text: str) -> ActorRecord | None:
        """The state a named place inside it lies in ("the Gaza Strip" -> PSE, "Hebron" -> PSE), or
        None. Places are not actors (they never become mentions): this only says where they are."""
        phrase = re.sub(r"^the\s+", "", text.strip(), flags=re.IGNORECASE)
        actor_id = self._places.get(fold(phrase))
        return self.known.get(actor_id) if actor_id else None

    def _signals(self, folded: str) -> list[tuple[int, int, str]]:
        """(start, end, state actor_id) of every state name/demonym/metonym in a folded phrase."""
        out = []
        for end, key in self._automaton.iter(folded):
            start = end - len(key) + 1
            if not _bounded(folded, start, end + 1):
                continue
            state = self._state_of_key(key)
            if state:
                out.append((start, end + 1, state))
        return sorted(out)

    def _state_of_key(self, key: str) -> str | None:
        if key in self._demonyms:
            return self._demonyms[key]
        ids = self._aliases.get(key, set())
        if len(ids) == 1:
            record = self.known[next(iter(ids))]
            if record.kind == "state":
                return record.country or record.actor_id
            if (
                record.kind == "organization"
                and record.actor_id.startswith("org:")
                and record.country is None
            ):
                return record.actor_id  # "U.N. Secretary-General": offices of IGOs are keyed by org id
        return None

    def _office_for(
        self, role: re.Match[str], signals: list[tuple[int, int, str]], folded: str
    ) -> str | None:
        title_index = next(int(k[1:]) for k, v in role.groupdict().items() if v is not None)
        _, title, implied = ROLE_TITLES[title_index]
        country = None
        before = [
            s for s in signals if s[1] <= role.start() and _SIGNAL_GAP.match(folded[s[1] : role.start()])
        ]
        after = [s for s in signals if s[0] >= role.end() and _OF_SIGNAL.match(folded[role.end() : s[0]])]
        if before:
            country = before[-1][2]
        elif after:
            country = after[0][2]
        elif re.search(r"kremlin", folded[: role.start()]):
            country = "RUS"
        country = country or implied
        if country is None:
            return None
        if country.startswith("org:"):
            country = country.split(":", 1)[1].upper()
        if title == "leader":
            title = LEADER_OFFICES.get(country, "president")
        if title == "head":
            title = HEAD_OFFICES.get(country, "")
        return f"{country}.{title}" if title else None

    # ---- extraction ------------------------------------------------------------------------

    def extract(self, parsed: ParsedArticle) -> list[Mention]:
        """All actor mentions in one article, sorted by offset.

        The result depends on the article and the dictionary only, never on articles resolved
        before it, so serial, multi-process and distributed runs agree. Spelling variants of an
        unknown person across articles are merged afterwards by :func:`merge_unknown_actors`.
        """
        self.known = dict(self._dictionary_records)
        self._unknown_by_key = {}
        text = parsed.article.text
        folded, origin = fold_with_offsets(text)
        # Page furniture (date lines, bylines, credits, widgets, tag lists) names no actor: nothing
        # inside it is a candidate, an entity or a mention (docs/actors.md, "Page furniture").
        furniture, seams = _furniture(text, parsed.article.title)
        candidates = [
            c
            for c in self._dictionary_candidates(text, folded, origin)
            if c.role == "block" or not _overlaps(c.start, c.end, furniture)
        ]
        mentions: list[Mention] = []
        occupied = bytearray(len(text))  # 1 where a mention already sits
        for start, end in furniture:
            occupied[start:end] = b"\x01" * (end - start)

        def taken(start: int, end: int) -> bool:
            return any(occupied[start:end])

        def add(start: int, end: int, actor_id: str, rule: str) -> None:
            mentions.append(Mention(parsed.sentence_id(start), start, end, text[start:end], actor_id, rule))
            occupied[start:end] = b"\x01" * (end - start)

        entities = [
            e
            for e in parsed.doc.ents
            if e.label_ in {"PERSON", "ORG", "FAC", "NORP", "GPE"}
            and not _overlaps(e.start_char, e.end_char, furniture)
        ]
        all_names = [c for c in candidates if c.role == "name"]
        names = self._drop_names_inside_entities(all_names, entities, text)
        demonyms = [c for c in candidates if c.role == "demonym"]
        places = [c for c in candidates if c.role == "place"]
        blocks = [c for c in candidates if c.role in {"block", "place"}]
        block_spans = _spans(blocks)

        # 2. role phrases first: they may swallow the names inside ("Russia's U.N. envoy").
        roles = self._role_mentions(parsed, folded, origin, names, demonyms, entities)
        for start, end, actor_id in roles:
            add(start, end, actor_id, "role")
        names = [c for c in names if not taken(c.start, c.end)]

        # Country signals: state names, demonyms, capitals and places ("Tehran University" -> IRN).
        signals = sorted(
            (c.start, c.end, state)
            for c in all_names + demonyms + places
            if (state := self._state_of_candidate(c))
        )
        # Groups and state apparatus: "Afghan rebels", "Demonstrators in Baghdad", "Turkish police".
        # Before the names: "U.S. border patrol agents" is one mention, not "U.S." plus a group.
        group_signals = [s for s in signals if not _hyphen_compound(text, s)]
        named = [  # "Yemen's Houthi rebels" is the dictionary's group:houthis, not a Yemeni group
            (c.start, c.end) for c in names if c.actor_id is None or self.known[c.actor_id].kind != "state"
        ] + [  # "Syrian President Bashar al-Assads government" is the person's, not a group
            (e.start_char, e.end_char)
            for e in entities
            if e.label_ == "PERSON" and len(e) > 1  # a lone word NER calls PERSON is often "Kurd"
        ]
        adjectives = {(c.start, c.end) for c in demonyms} | {
            (c.start, c.end)
            for c in all_names
            if self._state_of_candidate(c)
            and fold(text[c.start : c.end]) not in self._capitals
            and fold(text[c.start : c.end]) not in self._peoples
        }
        titles = _title_spans(folded, origin)
        named_starts = {start for start, _ in named}
        theatre_at = self._theatre_lookup(parsed, group_signals)
        for start, end, actor_id in self._group_mentions(
            parsed, group_signals, adjectives, titles, named_starts, theatre_at
        ):
            if not taken(start, end) and not _overlaps(start, end, named):
                add(start, end, actor_id, "context")
        for start, end, actor_id in self._people_groups(
            parsed, folded, origin, demonyms, group_signals, theatre_at
        ):
            if taken(start, end):
                continue
            if actor_id is None:
                occupied[start:end] = b"\x01" * (end - start)  # "ethnic Albanians": not Albania
            else:
                add(start, end, actor_id, "context")
        names = [c for c in names if not taken(c.start, c.end)]

        # 1. dictionary names (ambiguous aliases wait for coreference). A state or organisation
        # alias that is the surname of a person NER found ("Lisa Monaco ... Monaco said") waits too.
        person_surnames = {
            name_key(e.text.split()[-1]) for e in entities if e.label_ == "PERSON" and len(e.text.split()) > 1
        }
        for cand in names:
            if (
                cand.actor_id is not None
                and self.known[cand.actor_id].kind != "person"
                and " " not in text[cand.start : cand.end]
                and name_key(text[cand.start : cand.end]) in person_surnames
            ):
                cand.actor_id = None
        for cand in names:
            if (
                cand.actor_id is None
                or taken(cand.start, cand.end)
                or (fold(text[cand.start : cand.end]) in self._capitals and _is_dateline(text, cand))
            ):
                continue
            record = self.known[cand.actor_id]
            regime = _REGIME.match(text[cand.end : cand.end + 20])
            if record.kind == "person" and record.country and regime:
                # "the Assad regime", "the Trump Administration": the state, through its leader
                add(cand.start, cand.end + regime.end(), record.country, "context")
            else:
                add(cand.start, cand.end, cand.actor_id, "dictionary")

        # Collective actors: "Iranian diplomats", "the Russian Foreign Ministry".
        for start, end, state in self._collective_mentions(parsed, demonyms, entities):
            if not taken(start, end):
                add(start, end, state, "context")

        # 3. NER spans the dictionary does not know.
        # Affiliations also place a person: "FBI Director James Comey", "Carter Page, a Trump adviser".
        affiliations = sorted([*signals, *self._affiliations(all_names, text)])
        lowercase_words = set(re.findall(r"\b[a-z][a-z'’-]+\b", text))
        pending_short: list[tuple[int, int]] = []
        pending_full: list[tuple[int, int]] = []
        orgs: list[tuple[int, int]] = []
        for ent in entities:
            start, end = _trim_entity(ent)
            first = ent[0]
            if (
                len(ent) > 1
                and first.text.isupper()
                and len(first.text) > 3
                and fold(first.text) in self._capitals
            ):
                start = max(start, ent[1].idx)  # "BEIRUT Air strikes ...": a dateline, not part of a name
            if start >= end or taken(start, end) or _overlaps(start, end, block_spans):
                continue
            if ent.label_ != "PERSON" and _overlaps(start, end, titles):
                continue  # "Secretary of State", "Supreme Leader": titles, not organisations
            surface = text[start:end]
            if fold(surface).strip() in self._blocked or self._is_fictional(parsed, end):
                continue
            if any(fold(m.group(1)) in self._capitals for m in _CAPITAL_DASH.finditer(surface)):
                continue  # "World Beirut London- Warplanes": a headline run into a dateline (fifteenth round)
            if (
                ent.label_ in {"PERSON", "ORG", "FAC"}
                and not self.lookup(surface)
                and not _is_name(text, start, end, seams)
            ):
                continue  # "Monitor AFP", "Sputnik Michael Alaeddin", "Thu Aug": furniture
            if _common_words(surface, lowercase_words):
                continue  # "Despite Common Interests": title-cased common nouns, not a name
            is_person = ent.label_ == "PERSON" or (
                ent.label_ == "ORG"
                and (
                    _described_as_person(text, end)
                    or bool(_DOMESTIC_TITLE.search(text[max(0, start - 30) : start]))
                )
            )  # "Vice-President Moody Awori": NER's ORG after a title is a person
            if _looks_like_place(surface):
                continue  # "Kafr Takharim", "Umayyad Square", "Castello Road": places, not actors
            if self.lookup(surface) is None and (_of_a_place_noun(ent) or _names_a_place(ent)):
                continue  # "the towns of Housh Salhiya", "al-Tabqah Town", "the Abu Ubaidah mosque"
            if is_person:
                if not _looks_like_name(surface) or _place_context(ent):
                    continue
                if len(ent) > 1 and fold(ent[0].text) in self._demonyms and self.lookup(surface) is None:
                    # "Israel was hit by Iraqi Scud missiles": a nationality word NER ran into a name;
                    # one word left ("Russian MoD") is too weak to name anyone
                    start = ent[1].idx
                    surface = text[start:end]
                    if len(surface.split()) == 1:
                        continue
                if self.lookup(surface) is None and surface.endswith("s") and self.lookup(surface[:-1]):
                    end, surface = end - 1, surface[:-1]  # possessive typed without apostrophe
                known = self.lookup(surface)
                if known is not None and known.kind == "person":
                    add(start, end, known.actor_id, "dictionary")
                elif len(_TITLE_WORDS.sub("", surface).split()) == 1:
                    pending_short.append((start, end))
                else:
                    pending_full.append((start, end))
            elif ent.label_ in {"ORG", "FAC"} and _looks_like_org(surface):
                orgs.append((start, end))

        # Unknown full names, longest first: "Abdel Rahman" after "Rami Abdel Rahman" is the same man.
        full_keys: dict[str, str] = {}
        for start, end in sorted(pending_full, key=lambda span: -len(name_key(text[span[0] : span[1]]))):
            surface = text[start:end]
            key = name_key(_TITLE_WORDS.sub("", surface))
            longer = {a for k, a in full_keys.items() if k.endswith(" " + key)}
            if len(longer) == 1:
                add(start, end, longer.pop(), "coreference")
                continue
            country = self._context_country(parsed, start, end, affiliations)
            if country is None:
                country = self._titled_country(parsed, start, end, signals)
            actor_id = self._unknown_actor(surface, "person", country)
            full_keys.setdefault(key, actor_id)
            add(start, end, actor_id, "context" if country else "ner")

        # 4. short forms: a surname resolves to the one full name in the article that ends with it.
        surnames = self._surname_index(mentions)
        for start, end in orgs:
            surface = text[start:end]
            if len(surface.split()) == 1 and (person := surnames.get_person(surface)) is not None:
                add(start, end, person, "coreference")  # NER's ORG "Mirzayan"
                continue
            person = self._unknown_by_key.get(f"person:{name_key(surface)}")
            if person is not None and len(surface.split()) > 1:
                add(start, end, person, "ner")  # NER's ORG "Priti Patel", a PERSON elsewhere
                continue
            inner = [s for s in signals if start <= s[0] and s[1] <= end]
            if inner and GOVERNMENT_BODIES.search(fold(surface)) and not self.lookup(surface):
                add(start, end, inner[0][2], "context")
                continue
            if len(surface.split()) == 1 and not _is_acronym(surface):
                continue  # a lone capitalised word NER calls an organisation: too weak to name one
            country = inner[0][2] if inner else self._possessive_country(text, start, signals)
            if country is None and _DOMESTIC_ORG.search(fold(text[start : end + 12])):
                # "The fundamentalist Umma (Nation) party ... Algeria's first elections": parties and
                # armed movements act in one country; the sentence's one state is theirs
                country = self._sentence_state(parsed, start, signals)
            if country is None and GOVERNMENT_BODIES.fullmatch(fold(surface)):
                continue  # a bare "Navy" or "Ministry": whose, we cannot tell
            actor_id = self._unknown_actor(surface, "organization", country)
            add(start, end, actor_id, "context" if country else "ner")
        for cand in names:
            if cand.actor_id is None and not taken(cand.start, cand.end):
                target = surnames.get_person(text[cand.start : cand.end])
                if target:
                    add(cand.start, cand.end, target, "coreference")
        for start, end in pending_short:
            if taken(start, end):
                continue
            surface = text[start:end]
            target = surnames.get_person(surface)
            if target:
                add(start, end, target, "coreference")
            elif (known := self._single_name(surface)) is not None:
                add(start, end, known, "dictionary")
            elif (regime := _REGIME.match(text[end : end + 20])) and (
                state := self._surname_state(surface)
            ) is not None:
                # "the Clinton administration", "the Bush administration": either of them, one state
                add(start, end + regime.end(), state, "context")
            elif (known := self._titled_holder(text, start, end, parsed.published)) is not None:
                add(start, end, known, "dictionary")  # "President Clinton": not Hillary
            elif (country := self._titled_surname_country(parsed, start, end, signals)) is not None:
                # "Zimbabwe's opposition called on President Mnangagwa to resign": a domestic title
                # right before the name and one state in the sentence place the holder
                add(start, end, self._unknown_actor(surface, "person", country), "context")
            # else: a lone unknown word ("Unicef", "Srebrenica", "Prince Salman"): too weak to name anyone
        # a title and a surname NER missed ("called on President Estrada to resign"): the office holder
        lowers = token_words(parsed.doc).lowers
        for i in range(1, len(lowers)):
            if lowers[i - 1] not in _TITLE_LAST_WORDS:
                continue  # most tokens: no Token made
            token = parsed.doc[i]
            start, end = token.idx, token.idx + len(token.text)
            if (
                token.pos_ == "PROPN"
                and not taken(start, end)
                and (i + 1 == len(lowers) or parsed.doc[i + 1].pos_ != "PROPN")
                and (known := self._titled_holder(text, start, end, parsed.published)) is not None
            ):
                add(start, end, known, "dictionary")
        # surnames NER missed ("Bagheri was ...", headline "Expert Mirzayan:"), when there are any
        for token in parsed.doc if surnames else ():
            start, end = token.idx, token.idx + len(token.text)
            if (
                token.text[:1].isupper()
                and not taken(start, end)
                and not _overlaps(start, end, titles)
                # "the Ibn al-Jarrah mosque": the word of a joined article's name is no surname alone
                and not _ARTICLE_BEFORE.search(text, max(0, start - 4), start)
            ):
                target = surnames.get_person(token.text) if token.pos_ == "PROPN" else None
                if target:
                    add(start, end, target, "coreference")

        # "Seoul offered aid to the North": a Korean half named by its compass point alone
        for start, end, state in _korean_halves(parsed, mentions):
            if not taken(start, end):
                add(start, end, state, "context")

        # "Egypt's Muslim Brotherhood", "the Jordanian Muslim Brotherhood": that state's branch
        mentions = [self._national_branch(m, mentions, demonyms, text) for m in mentions]

        # "the two countries", "both sides": one mention per state of the pair named just before.
        for start, end, pair in self._pair_mentions(parsed, mentions):
            if not taken(start, end):  # furniture is taken from the start
                for state in pair:
                    mentions.append(
                        Mention(parsed.sentence_id(start), start, end, text[start:end], state, "pair")
                    )

        mentions.sort(key=lambda m: (m.start, m.end))
        for mention in mentions:
            self._referenced[mention.actor_id] = self.known[mention.actor_id]
        return mentions

    def _national_branch(
        self, mention: Mention, mentions: Sequence[Mention], demonyms: Sequence[_Candidate], text: str
    ) -> Mention:
        """The national branch of a movement the dictionary says has them, when a state's name or
        demonym stands right before it; else the mention as it is."""
        if mention.actor_id not in self._branching:
            return mention
        before = text[max(0, mention.start - 40) : mention.start]
        gap = re.search(r"(?:['’]s\s+(?:the\s+)?|\s+)$", before)
        if gap is None:
            return mention
        end = mention.start - len(gap.group(0))
        state = next(
            (m.actor_id for m in mentions if m.end == end and self.known[m.actor_id].kind == "state"), None
        )
        if state is None and not gap.group(0).startswith(("'", "’")):
            state = next(
                (found for c in demonyms if c.end == end and (found := self._state_of_candidate(c))), None
            )
        if state is None:
            return mention
        movement = self.known[mention.actor_id]
        branch_id = f"{mention.actor_id}-{state.lower()}"
        if branch_id not in self.known:
            name = f"{movement.name} ({self.known[state].name})"
            self.known[branch_id] = ActorRecord(
                branch_id, name, movement.kind, state, f"national branch of {movement.name}"
            )
        return mention._replace(actor_id=branch_id)

    def _pair_mentions(
        self, parsed: ParsedArticle, mentions: Sequence[Mention]
    ) -> Iterator[tuple[int, int, tuple[str, str]]]:
        """ "the two countries", "both sides", "the two neighbours" -> the two states when exactly two
        are named in the sentence, or (when the sentence names none) in the previous sentence."""
        text = parsed.article.text
        # (offset, state) per sentence; places of an event ("especially in Syria") are not parties
        by_sentence: dict[int, list[tuple[int, str]]] = defaultdict(list)
        for mention in mentions:
            record = self.known[mention.actor_id]
            state = record.actor_id if record.kind == "state" else None
            if record.kind == "person" and mention.rule in {"dictionary", "role"}:
                state = record.country  # "Putin ... Rouhani ... the two countries"
            if state and not _PLACE_BEFORE.search(text[max(0, mention.start - 12) : mention.start]):
                by_sentence[mention.sentence_id].append((mention.start, state))
        for match in _PAIR_PHRASE.finditer(text):
            sentence_id = parsed.sentence_id(match.start())
            # the phrase looks back: states before it in its sentence, else in the previous sentence
            states = list(
                dict.fromkeys(s for at, s in by_sentence.get(sentence_id, []) if at < match.start())
            )
            if not by_sentence.get(sentence_id) and sentence_id > 0:
                states = list(dict.fromkeys(s for _, s in by_sentence.get(sentence_id - 1, [])))
            sides = self._between_sides(parsed, match.start(), by_sentence.get(sentence_id, []))
            if sides is not None:
                states = sides
            if len(states) == 2:
                yield match.start(), match.end(), (states[0], states[1])

    @staticmethod
    def _between_sides(parsed: ParsedArticle, at: int, states: Sequence[tuple[int, str]]) -> list[str] | None:
        """The states inside a "between A and B" phrase before ``at`` in its sentence, or None when
        there is none. "A ceasefire between government forces and rebels, brokered by the United
        States and Russia, was violated by both sides": the sides are the forces and the rebels (no
        states), not the brokers."""
        sentence = parsed.sentence_of(at)
        for token in sentence:
            if token.idx >= at:
                break
            if token.lower_ != "between":
                continue
            span = [t for c in token.children if c.dep_ == "pobj" for t in _phrase_tokens(c)]
            starts = {t.idx for t in span}
            if span and at not in starts:  # "talks between the two neighbors": the phrase itself
                return list(dict.fromkeys(state for start, state in states if start in starts))
        return None

    def _ends_a_longer_name(self, text: str, start: int, owners: set[str]) -> bool:
        """A capitalised word right before ``start`` that names none of the alias's ``owners``
        ("Labour Congress", "the Syrian Congress", not "US Congress"): the alias is the last word of
        another organisation's name."""
        before = re.search(r"([A-Z][\w'’.-]*)\s+$", text[max(0, start - 40) : start])
        if before is None:
            return False
        word = fold(before.group(1))  # "US", "U.S.", "American": the state's own Congress
        return self._demonyms.get(word) not in owners and not (self._aliases.get(word, set()) & owners)

    def _dictionary_candidates(self, text: str, folded: str, origin: list[int]) -> list[_Candidate]:
        found: list[_Candidate] = []
        for end, key in self._automaton.iter(folded):
            fstart, fend = end - len(key) + 1, end + 1
            if not _bounded(folded, fstart, fend):
                continue
            start, stop = origin[fstart], origin[fend - 1] + 1
            if key in self._bare_possessive and key not in self._aliases:
                if key in self._bare_person_possessive and not re.match(r" [a-z]", text[stop : stop + 2]):
                    continue  # "the Obamas.": a family, not a possessive; a person's is before a noun
                key, stop = self._bare_possessive[key], stop - 1  # "Syrias conflict" -> "Syria"
            surface = text[start:stop]
            if re.match(r"-(?:based|born|educated|raised|trained|style)\b", text[stop : stop + 12]):
                continue  # "UK-based", "U.S.-educated", "Soviet-style": an origin or a manner, not the state
            if key in self._blocked:
                found.append(_Candidate(start, stop, None, "block"))
            elif key in self._aliases:
                if key not in self._lowercase_ok and not _case_ok(surface, key in self._acronyms):
                    continue
                if key in NAME_TAIL_ALIASES and self._ends_a_longer_name(text, start, self._aliases[key]):
                    continue  # "the Nigerian Labour Congress", "the African National Congress"
                ids = self._aliases[key]
                actor_id = next(iter(ids)) if len(ids) == 1 else None
                if (
                    key in self._capitals
                    and (
                        (
                            _LOCATIVE_BEFORE.search(text[max(0, start - 25) : start])
                            and not _ADDRESSED_BEFORE.search(text[max(0, start - 40) : start])
                        )
                        # (not one of two sides named in a pair: "the Baghdad–Washington talks")
                        or (
                            _MEETING_AFTER.match(text[stop : stop + 30])
                            and text[start - 1 : start] not in "-–—/"
                        )
                    )
                ):
                    found.append(_Candidate(start, stop, actor_id, "place"))  # "talks in Vienna"
                else:
                    found.append(_Candidate(start, stop, actor_id, "name"))
            elif key in self._demonyms and surface[:1].isupper():
                found.append(_Candidate(start, stop, self._demonyms[key], "demonym"))
            elif key in self._places and surface[:1].isupper():
                found.append(_Candidate(start, stop, self._places[key], "place"))
        # Leftmost-longest, non-overlapping; a blocked phrase ("Middle East") wins over its parts.
        found.sort(key=lambda c: (c.start, -(c.end - c.start)))
        chosen: list[_Candidate] = []
        for cand in found:
            if chosen and cand.start < chosen[-1].end:
                continue
            chosen.append(cand)
        return _homonym_places(chosen, text)

    def _drop_names_inside_entities(
        self, names: list[_Candidate], entities: Sequence[Span], text: str
    ) -> list[_Candidate]:
        """A state or org alias strictly inside a longer unknown PERSON/ORG ("Jordan Peterson",
        "Tehran University") is part of that name, not a mention of the state."""
        kept = []
        # trimmed offsets once per entity (trimming walks the tokens)
        spans = [(e, *_trim_entity(e)) for e in entities if e.label_ in {"PERSON", "ORG", "FAC"}]
        for cand in names:
            record = self.known.get(cand.actor_id) if cand.actor_id else None
            inside = [
                (e, e_start, e_end)
                for e, e_start, e_end in spans
                if e_start <= cand.start and cand.end <= e_end and (cand.end - cand.start) < (e_end - e_start)
            ]
            swallowed = False
            for ent, e_start, e_end in inside:
                surface = text[e_start:e_end]
                whole = self.lookup(surface)
                if whole is not None and whole.kind == "person" and ent.label_ == "PERSON":
                    if cand.actor_id == whole.actor_id:
                        cand.start, cand.end = e_start, e_end  # "Kerry" in "John F. Kerry": the full name
                    else:
                        swallowed = True  # "Fatah" inside "Abdel Fatah al-Sisi"
                    continue
                if (
                    whole is not None
                    or _TITLE_WORDS.sub("", surface) == text[cand.start : cand.end]
                    or surface == text[cand.start : cand.end] + "s"  # "Bashar al-Assads government"
                    or _overextended(ent, cand.start, cand.end)
                ):
                    continue
                if record is not None and record.kind == "person" and ent.label_ == "PERSON":
                    # "Nasser Hadian" is not Nasser; "Erdogan and Aliyev" is NER joining two names
                    swallowed = not re.search(r",| and |&", surface)
                elif record is not None and ent.label_ == "PERSON" and not re.search(r",| and |&", surface):
                    swallowed = True  # "Kayhan Barzegar" is a person, not the newspaper Kayhan
                elif record is not None and record.kind == "state":
                    is_government = ent.label_ == "ORG" and GOVERNMENT_BODIES.search(fold(surface))
                    swallowed = ent.label_ == "PERSON" or not is_government
                    if re.match(r"^\s*(?:'s|')", fold(text[cand.end : ent.end_char])):
                        swallowed = False  # "Russia's Financial University": Russia is a possessor
            if not swallowed:
                kept.append(cand)
        return kept

    def _state_of_candidate(self, cand: _Candidate) -> str | None:
        if cand.actor_id is None:
            return None
        record = self.known[cand.actor_id]
        if cand.role in {"demonym", "place"}:
            return cand.actor_id
        return (record.country or record.actor_id) if record.kind == "state" else None

    def _role_mentions(
        self,
        parsed: ParsedArticle,
        folded: str,
        origin: list[int],
        names: list[_Candidate],
        demonyms: list[_Candidate],
        entities: Sequence[Span],
    ) -> list[tuple[int, int, str]]:
        """Role phrases not followed or preceded by the holder's name -> the holder on the date."""
        text = parsed.article.text
        persons = [(c.start, c.end) for c in names if c.actor_id and self.known[c.actor_id].kind == "person"]
        persons += [(e.start_char, e.end_char) for e in entities if e.label_ == "PERSON"]
        evidence = {c.actor_id for c in names if c.actor_id}
        signals = []
        for cand in names + demonyms:
            state = self._state_of_candidate(cand)
            if state is None and cand.actor_id and cand.actor_id.startswith("org:"):
                state = cand.actor_id  # IGO offices: "U.N. Secretary-General"
            if state:
                signals.append((cand.start, cand.end, state))
        out = []
        for match in _ROLE_RE.finditer(folded):
            start, end = origin[match.start()], origin[match.end() - 1] + 1
            surface = text[start:end]
            if (
                match.group(0) in {"king", "emir", "president", "chancellor", "premier"}
                and not surface[:1].isupper()
                and not self._has_signal_before(text, start, signals)
            ):
                continue
            title_index = next(int(k[1:]) for k, v in match.groupdict().items() if v is not None)
            _, title, implied = ROLE_TITLES[title_index]
            # only signals within a few words of the title can belong to it
            left = [
                s
                for s in signals
                if start - 40 <= s[1] <= start and _SIGNAL_GAP.match(fold(text[s[1] : start]))
            ]
            right = [
                s
                for s in signals
                if end <= s[0] <= end + 12
                and _OF_SIGNAL.match(fold(text[end : s[0]]))
                # ("the leader of the Syrian Kurds": a nationality before another noun names whose
                # group it is, not the state; added 2026-12-07, twenty-first round)
                and not self._heads_another_group(text, s)
            ]
            phrase_start, phrase_end, country = start, end, None
            if left:
                phrase_start, _, country = left[-1]
            elif right:
                _, phrase_end, country = right[0]
            elif "kremlin" in fold(text[max(0, start - 9) : start]):
                phrase_start, country = text.rfind("Kremlin", 0, start), "RUS"
            elif implied:
                country = implied
            if country is None:
                continue
            # The holder's name next to the title: the person mention carries the meaning.
            if any(p[0] >= phrase_end and re.fullmatch(r"[\s,]*", text[phrase_end : p[0]]) for p in persons):
                continue
            if any(
                p[1] <= phrase_start
                and re.fullmatch(
                    r",\s*(?:the\s+|a\s+|an\s+)?", text[p[1] : phrase_start], flags=re.IGNORECASE
                )
                for p in persons
            ):
                continue
            lead = fold(text[max(0, phrase_start - 25) : phrase_start])
            if _FORMER_RE.search(fold(text[phrase_start:start])) or re.search(
                r"\b(?:former|ex-|then|late)\s*$", lead
            ):
                continue
            if country.startswith("org:"):
                country = country.split(":", 1)[1].upper()
            if title == "leader":
                title = LEADER_OFFICES.get(country, "president")
            if title == "head":
                title = HEAD_OFFICES.get(country, "")
            holder = self.holder(f"{country}.{title}", parsed.published, evidence) if title else None
            if holder is not None:
                out.append((phrase_start, phrase_end, holder.actor_id))
            elif country in self.known and self.known[country].kind == "state":
                # Who held the office we cannot say (no date, or a holder the dictionary lacks), but
                # "the Israeli prime minister" acts for Israel: the state, never a guessed person.
                out.append((phrase_start, phrase_end, country))
        return out

    def _heads_another_group(self, text: str, signal: tuple[int, int, str]) -> bool:
        """A nationality word followed by a noun that is not its state's own government."""
        following = re.match(r"\s+([A-Za-z]+)", text[signal[1] : signal[1] + 30])
        return (
            fold(text[signal[0] : signal[1]]) in self._demonyms
            and following is not None
            and following.group(1).lower() not in _STATE_ITSELF
        )

    @staticmethod
    def _has_signal_before(text: str, start: int, signals: list[tuple[int, int, str]]) -> bool:
        return any(
            start - 40 <= s[1] <= start and _SIGNAL_GAP.match(fold(text[s[1] : start])) for s in signals
        )

    def _collective_mentions(
        self, parsed: ParsedArticle, demonyms: list[_Candidate], entities: Sequence[Span]
    ) -> Iterator[tuple[int, int, str]]:
        text = parsed.article.text
        demonym_keys = "|".join(re.escape(text[c.start : c.end]) for c in demonyms) or "(?!)"
        for cand in demonyms:
            # "Turkish and Syrian forces": the noun after the second demonym is shared
            coordinated = re.match(rf"\s+and\s+(?:{demonym_keys})(?=\s)", text[cand.end : cand.end + 40])
            if coordinated:
                following = re.match(r"\s+([a-z]+)", text[cand.end + coordinated.end() : cand.end + 60])
                if following and following.group(1) in COLLECTIVE_NOUNS:
                    yield cand.start, cand.end, cand.actor_id or ""
                continue
            following = re.match(r"\s+([A-Za-z]+(?:\s+[A-Z][a-z]+)?)", text[cand.end : cand.end + 40])
            if not following:
                continue
            words = following.group(1).split()
            noun = words[0].lower()
            if noun in COLLECTIVE_NOUNS or GOVERNMENT_BODIES.match(following.group(1).lower()):
                end = cand.end + following.end()
                if (
                    noun in COLLECTIVE_NOUNS
                    and len(words) > 1
                    and not GOVERNMENT_BODIES.match(following.group(1).lower())
                ):
                    end = cand.end + following.start(1) + len(words[0])
                yield cand.start, end, cand.actor_id or ""

    # ---- groups --------------------------------------------------------------------------

    def _theatre_lookup(
        self, parsed: ParsedArticle, signals: list[tuple[int, int, str]]
    ) -> Callable[..., str | None]:
        """``theatre_at(at, by_places=False)``: the article's theatre at ``at`` (see _theatre_here);
        ``by_places``: only one the article's places show, not a state its headline names (for the
        war's victims, whom a headline naming one side misplaces: "Russian warplanes kill 35
        civilians"). The places and theatres are found once, when a word first needs them."""
        places_found: list[list[tuple[int, str]]] = []
        theatres: dict[bool, str | None] = {}

        def theatre_at(at: int, by_places: bool = False) -> str | None:
            if not places_found:
                places_found.append(self._place_signals(parsed, signals))
            places = places_found[0]
            if by_places not in theatres:
                theatres[by_places] = self._theatre(parsed, places, states=not by_places)
            return self._theatre_here(parsed, at, places, theatres[by_places])

        return theatre_at

    def _group_mentions(
        self,
        parsed: ParsedArticle,
        signals: list[tuple[int, int, str]],
        adjectives: set[tuple[int, int]],
        titles: list[tuple[int, int]],
        named_starts: set[int],
        theatre_at: Callable[..., str | None],
    ) -> Iterator[tuple[int, int, str | None]]:
        """Sub-state groups and state apparatus named by a role noun with a country.

        "Afghan rebels", "Sudan's government", "Turkish Kurd refugees" (country before the noun, inside
        its noun phrase), "Demonstrators in Baghdad", "Opposition groups in Zimbabwe" (a place after
        it). Yields (start, end, actor_id); actor_id None marks a span that must not be a mention of
        the state it names ("ethnic Albanians" with no country: not Albania). A role noun without a
        country is no mention: whose rebels they are, we cannot tell. ``adjectives`` are the spans of
        demonyms and state names, the only signals that make an act the state's ("a Turkish attack",
        not "the Paris attacks").
        """
        doc = parsed.doc
        text = parsed.article.text
        by_start = {s[0]: s for s in signals}
        lowers = token_words(doc).lowers
        for i, lower in enumerate(lowers):
            # the words first: a string test per token, where making every Token costs more
            if not (
                lower in GROUP_ROLES
                or lower in GROUP_HEADS
                or (i > 0 and f"{lowers[i - 1]} {lower}" in GROUP_PHRASES)
            ):
                continue
            token = doc[i]
            if token.pos_ not in {"NOUN", "PROPN"}:
                continue
            if not (token.text.islower() or token.is_sent_start):
                continue  # "Supreme Court", "Serbian Workers' Union": part of a name
            phrase = token  # the token whose noun phrase holds the country
            if token.dep_ in {"compound", "amod"} and token.head.i > token.i:
                if not self._names_its_own_group(doc, token):
                    continue  # "guerrilla stronghold", "opposition groups": the head decides
                # "Syrian opposition figures", "Syrian rebel positions": the group is the modifier,
                # its country sits in the head's phrase
                phrase = token.head
            role = self._group_role(doc, token)
            modifiers = range(_phrase_left(phrase), token.i)
            people: str | None = None
            qualified = self._non_state_qualifier(doc, modifiers) if role is None or role.state else None
            if role is None and lower in COMMUNITY_HEADS:
                # "Igbo leaders", "Chechen elders": a one-state community's own people (added
                # 2026-12-07, thirteenth round)
                people = next((doc[i].lower_ for i in modifiers if doc[i].lower_ in HOMELANDS), None)
                if people is not None:
                    role, qualified, people = _CIVILIANS, None, _community(people)
                elif (
                    any(doc[i].lower_ in {"kurdish", "kurd"} for i in modifiers)
                    and not any(
                        doc[i].idx in by_start for i in modifiers
                    )  # ("Syrian Kurdish leaders": below)
                    and (theatre := theatre_at(token.idx, by_places=True)) in SPLIT_PEOPLES["kurds"]
                ):
                    # "Kurdish leaders met Russian officials": the theatre's Kurds (twenty-first round)
                    start = next(doc[i].idx for i in modifiers if doc[i].lower_ in {"kurdish", "kurd"})
                    yield start, token.idx + len(token.text), self._group_actor(theatre, _CIVILIANS, "kurds")
                    continue
            if role is None and qualified is None:
                continue
            if _overlaps(token.idx, token.idx + len(token.text), titles) and (role is None or role.state):
                # "Iran's foreign minister": an office, resolved (or refused) by the role rule; an
                # "opposition leader" holds no office of the state, the group names them
                continue
            nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
            after = doc[token.i + 2] if token.i + 2 < len(doc) else None
            if nxt is not None and (
                nxt.ent_type_ == "PERSON"
                or (nxt.text == "," and after is not None and after.ent_type_ == "PERSON")
            ):
                continue  # "Iranian official Ali X", "a Nigerian student, Ade Y": the person is the mention
            if nxt is not None and nxt.idx in named_starts:
                continue  # "the Lebanese terrorist group Hezbollah": the name is the mention
            if nxt is not None and nxt.text == "-" and after is not None and after.lower_ in _HELD_BY:
                # "an opposition-held district", "rebel-controlled areas": a place, not the group; but
                # in a war's theatre, what is done to the place is done to whoever holds it ("Russian
                # jets bombed rebel-held areas", added 2026-12-07, fifteenth round)
                if (
                    lower in _THEATRE_HOLDERS
                    and after.lower_ in {"held", "controlled"}
                    and (country := theatre_at(token.idx)) is not None
                ):
                    yield token.idx, token.idx + len(token.text), self._group_actor(country, _REBELS)
                continue
            if (
                lower == "opposition"
                and nxt is not None
                and nxt.lower_ in {"to", "from"}
                and nxt.dep_ != "aux"
            ):
                # "Iran's opposition to the deal": an attitude, not a group ("allowed the opposition
                # to rally" is the group)
                continue
            if lower in KIN_NOUNS and nxt is not None and nxt.lower_ == "of":
                continue  # "the families of two British men": whose kin they are says who they are
            left = doc[_phrase_left(phrase)].idx if _phrase_left(phrase) < token.i else token.idx
            end = token.idx + len(token.text)
            inside = [s for s in signals if left <= s[0] and s[1] <= token.idx]
            if len(inside) > 1:
                # "the Syrian opposition Geneva delegation": a nationality or a state in the phrase
                # owns it, not a city it is at (added 2026-12-07)
                inside = [s for s in inside if self._names_a_nation(text[s[0] : s[1]])] or inside
            if qualified is not None:
                armed = lower in ARMED_HEADS or (role is not None and role.role == "military")
                # a nationality or a possessive owns the group ("Syrian", "Syria's"); the qualifier
                # is no country of its own ("Bosnian Serb army" is Bosnia's)
                owners = [
                    s
                    for s in inside
                    if fold(text[s[0] : s[1]]) != qualified
                    and (fold(text[s[0] : s[1]]) in self._demonyms or _POSSESSIVE_GAP.match(text, s[1]))
                ]
                if owners:
                    # "Syrian Kurdish fighters", "Kurdish Syrian forces", "Syrian Kurdish groups": a
                    # group of that country, never the state itself
                    inside = owners
                    if (
                        armed
                        or qualified in IDEOLOGICAL_ADJECTIVES
                        or (role is not None and role.role == "act")
                    ):
                        role = _REBELS
                    else:
                        role, people = _CIVILIANS, _community(QUALIFIER_PEOPLES[qualified])
                elif armed and role is None:
                    role = _REBELS  # "Kurdish fighters in Syria": placed by what follows, if anything
                elif role is None and lower in GROUP_HEADS and token.tag_ == "NNS":
                    # "Islamist groups in Syria"; "Kurdish groups in Syria": the community's, placed by
                    # what follows, if anything (not "an Arab-Kurdish coalition": one, often named)
                    if qualified in IDEOLOGICAL_ADJECTIVES:
                        role = _REBELS
                    elif qualified in QUALIFIER_PEOPLES:
                        role, people = _CIVILIANS, _community(QUALIFIER_PEOPLES[qualified])
                    inside = []  # "the Elysée Kurdish leaders": a metonym in the phrase owns nothing
            if role is None:
                continue
            if role.role == "act":
                inside = [s for s in inside if (s[0], s[1]) in adjectives]
            homeland = next((HOMELANDS[doc[i].lower_] for i in modifiers if doc[i].lower_ in HOMELANDS), None)
            ethnic = homeland is not None or any(doc[i].lower_ in ETHNIC_ADJECTIVES for i in modifiers)
            if role.state and ethnic and not inside:
                if role.role != "military":
                    # "Kurdish authorities": not the state's; in a war story whose theatre is one of the
                    # Kurds' homelands, the theatre's Kurds' (added 2026-12-07, twenty-first round:
                    # "Canada and the Kurdish administration struck a deal")
                    theatre = (
                        theatre_at(token.idx, by_places=True) if qualified in {"kurdish", "kurd"} else None
                    )
                    if theatre in SPLIT_PEOPLES["kurds"]:
                        start = next((doc[i].idx for i in modifiers if doc[i].lower_ == qualified), token.idx)
                        yield (
                            start,
                            token.idx + len(token.text),
                            self._group_actor(theatre, _CIVILIANS, _community("kurds")),
                        )
                    continue
                role = GroupRole("rebels", "REB", False)  # "Moslem forces in east Bosnia": a militia
            country, start = None, token.idx
            if inside:
                start, _, country = inside[-1]
            elif homeland is not None and not role.state:
                country = homeland  # "Chechen rebels", "Uighur protesters": one state's minority
                start = doc[token.left_edge.i].idx
            else:
                resident = lower in _RESIDENT_NOUNS or role.role in {"police", "judiciary"}
                country = self._place_after(
                    text, end, by_start, role, "" if resident or not role.state else "of"
                )
                if (
                    country is not None
                    and role.role in {"rebels", "opposition"}
                    and (venue := _VENUE_AFTER.match(text, end)) is not None
                    and self.is_capital(venue.group(1))
                    and _tells_of_travel(parsed, token.idx)
                ):
                    # "talks between the regime and the opposition in Vienna": a venue, not whose
                    # opposition (added 2026-12-07, fifteenth round)
                    country = None
                first_mod = next(
                    (
                        doc[i]
                        for i in modifiers
                        if doc[i].pos_ in {"NOUN", "ADJ", "PROPN", "VERB"}
                        # ("Kurdish-led forces": the word before the hyphen, twenty-first round)
                        and (
                            doc[i].dep_ in {"compound", "amod"}
                            or (doc[i].lower_ in NON_STATE_QUALIFIERS and doc[i + 1].text == "-")
                        )
                    ),
                    None,
                )
                start = first_mod.idx if first_mod is not None else token.idx
                local = (
                    not role.state
                    or role.role in {"police", "judiciary"}
                    or lower in _HOME_GOVERNMENT
                    # "government forces shelled rebel positions in Syria": a government's troops are
                    # its own state's, at home (added 2026-12-07, fourteenth round)
                    or (role.role == "military" and any(doc[i].lower_ in _HOME_GOVERNMENT for i in modifiers))
                ) and role.role != "rebels"
                # (a name the dictionary does not know says nothing of whose they are: "the Azadliq
                # opposition coalition", added 2026-12-07, thirteenth round)
                named = any(
                    (
                        doc[i].pos_ == "PROPN"
                        and (doc[i].idx in named_starts or doc[i].idx in by_start or doc[i].ent_type_ != "")
                        # ("Kurdish-led forces": a people's word the tagger made a name; twenty-first round)
                        and doc[i].lower_ not in NON_STATE_QUALIFIERS
                    )
                    or doc[i].tag_ == "PRP$"
                    for i in modifiers
                )
                if country is None and local and not named and not _tells_of_travel(parsed, token.idx):
                    # "police dispersed protesters on Tuesday in Cairo": residents of the one state the
                    # sentence places its events in. Troops and officials travel (journalists'
                    # "officials" are often foreign ones) and armed groups cross borders ("the
                    # terrorists near Deir ez-Zor" are Daesh), so they never do; nor do groups whose
                    # phrase says whose they are ("Daesh militants", "his government"), nor the parties
                    # of talks at a venue ("the regime and the opposition in Vienna").
                    country = self._locative_state(parsed, token.idx, signals)
                if country is None and not named and _theatre_word(doc, token, role, modifiers, qualified):
                    # "Hezbollah says it is fighting alongside regime forces", "all rebels must leave
                    # Aleppo": a war's own sides, in the state the article's places are in
                    country = theatre_at(token.idx, by_places=role.role == "civilians")
            if country is None:
                continue
            if role.state:
                if country in self.known and self.known[country].kind == "state":
                    yield start, end, country
                continue
            yield start, end, self._group_actor(country, role, people)
        yield from self._kurdish_sites(doc, lowers, theatre_at)

    def _kurdish_sites(
        self, doc: Doc, lowers: Sequence[str], theatre_at: Callable[..., str | None]
    ) -> Iterator[tuple[int, int, str | None]]:
        """ "Turkish jets shelled Kurdish positions", "an offensive on the Kurdish enclave": in a war story
        whose theatre is one of the Kurds' homelands, a site named Kurdish is its Kurdish holders' (the
        fighters' for a military site, the community's for land; added 2026-12-07, twenty-first round)."""
        for i, lower in enumerate(lowers):
            if lower not in KURDISH_SITES or i == 0 or lowers[i - 1] not in {"kurdish", "kurd", "kurd-held"}:
                continue
            token, word = doc[i], doc[i - 1]
            if word.dep_ not in {"amod", "compound"} or word.head.i != i or token.pos_ != "NOUN":
                continue
            theatre = theatre_at(token.idx, by_places=True)
            if theatre not in SPLIT_PEOPLES["kurds"]:
                continue
            holder = (
                self._group_actor(theatre, _REBELS)
                if KURDISH_SITES[lower] == "military"
                else self._group_actor(theatre, _CIVILIANS, "kurds")
            )
            yield word.idx, token.idx + len(token.text), holder

    @staticmethod
    def _names_its_own_group(doc: Doc, token: Token) -> bool:
        """A non-state role word modifying a noun that is no role ("Syrian opposition figures", "Syrian
        rebel positions") names the group itself; before a role or group noun the head decides, and a
        named person after it is the mention ("rebel commander Abu X")."""
        head = token.head
        role = GROUP_ROLES.get(token.lower_)
        if role is None or role.state or role.role not in {"rebels", "opposition"}:
            return False
        if head.lower_ in GROUP_ROLES or head.lower_ in GROUP_HEADS or head.pos_ != "NOUN":
            return False
        following = doc[head.i + 1] if head.i + 1 < len(doc) else None
        return following is None or following.ent_type_ != "PERSON"

    @staticmethod
    def _non_state_qualifier(doc: Doc, modifiers: range) -> str | None:
        """The ethnic, sectarian or ideological word among a noun's modifiers ("Syrian *Kurdish*
        fighters"), or None; None too when it is coordinated with the nationality ("Kurdish and Iraqi
        forces" are two forces, one of them the state's)."""
        words = [doc[i] for i in modifiers]
        if any(w.dep_ in {"cc", "conj"} or w.lower_ in {"and", "or", ","} for w in words):
            return None
        for word in words:
            if word.lower_ not in NON_STATE_QUALIFIERS or word.ent_type_ in {"ORG", "FAC", "PERSON"}:
                continue  # "the Syrian Arab Army": part of a name, the state's own army
            following = doc[word.i + 1]
            if following.text[:1].isupper() and following.ent_type_ != "NORP":
                continue  # "Syrian Arab Air Force", "Kurdish YPG fighters": a name follows
            if following.text == "-" and word.i + 2 < len(doc) and doc[word.i + 2].lower_ in _COMPOSED:
                # "the Shia-dominated Iraqi army": what the state's force is made of (added
                # 2026-12-07, twentieth round)
                continue
            return word.lower_
        return None

    def _group_role(self, doc: Doc, token: Token) -> GroupRole | None:
        """The role of the noun phrase headed by ``token``: a non-state modifier beats a state head
        ("rebel forces", "opposition leaders"), a two-word role beats its parts ("police officer");
        an act keeps its own role ("terrorist attacks" are no group)."""
        lower = token.lower_
        previous = doc[token.i - 1].lower_ if token.i > 0 else ""
        phrase = GROUP_PHRASES.get(f"{previous} {lower}")
        if phrase is not None:
            return phrase
        head_role = GROUP_ROLES.get(lower)
        if head_role is not None and head_role.role == "act":
            return head_role
        for i in range(token.left_edge.i, token.i):
            modifier = GROUP_ROLES.get(doc[i].lower_)
            if (
                modifier is not None
                and not modifier.state
                and (doc[i].text.islower() or doc[i].is_sent_start)
                and (head_role is None or head_role.state or lower in GROUP_HEADS)  # "student union"
            ):
                return modifier
        return head_role

    def _names_a_nation(self, surface: str) -> bool:
        """A nationality word or a state's own name ("Syrian", "Syria"), not a place in a state."""
        record = self.lookup(surface)
        return fold(surface) in self._demonyms or (record is not None and record.kind == "state")

    def _place_after(
        self, text: str, end: int, by_start: dict[int, tuple[int, int, str]], role: GroupRole, preps: str = ""
    ) -> str | None:
        """The state of a place right after a role noun ("in Baghdad", "of southern Serbia");
        ``preps`` (space-separated) restricts the prepositions."""
        window = text[end : end + 60]
        for offset in range(1, len(window)):
            signal = by_start.get(end + offset)
            if signal is None:
                continue
            match = _GROUP_PLACE.match(window[:offset]) or _BASED_PLACE.match(window[:offset])
            if match is None:
                return None
            prep = match.group("prep")
            if role.role == "act":
                return None  # "air strikes in Syria": where an act happens, not whose it is
            if preps and prep not in preps.split():
                return None
            if role.state and prep not in {"of", "in"}:
                return None  # "troops from Syria" may be anyone's
            surface = fold(text[signal[0] : signal[1]])
            if prep == "near" and surface not in self._places and surface not in self._capitals:
                # "jihadists near Lebanon", "near the Lebanese border": near a state is outside it
                # (near a town, inside its state: "rebels near Mosul"; added 2026-12-07, twentieth round)
                return None
            return signal[2]
        return None

    def _group_actor(self, country: str, role: GroupRole, people: str | None = None) -> str:
        """The one actor of a country's group: "Afghan rebels" and "rebels in Afghanistan" alike."""
        suffix = slugify(people) if people else role.role
        country = self._iso_country(country)
        actor_id = f"group:{country.lower()}-{suffix}"
        if actor_id not in self.known:
            state = self.known.get(country)
            entry = self._entries.get(country)
            demonym = entry.demonyms[0] if entry is not None and entry.demonyms else None
            label = people.capitalize() if people else role.role
            if demonym:
                name = f"{demonym} {label}"
            else:
                name = f"{label.capitalize()} in {state.name if state else country}"
            cameo = "ethnic or religious community" if people else role.cameo
            note = f"group ({cameo}) of {country}: a role noun with a country"
            self.known[actor_id] = ActorRecord(actor_id, name, "group", country, note)
        return actor_id

    def _iso_country(self, country: str) -> str:
        """A place signal may name a historical state ("state:ottoman-empire"): its groups belong to
        the country the state maps to, so a group's country is always an ISO code."""
        record = self.known.get(country)
        if record is not None and record.country and record.actor_id != record.country:
            return record.country
        return country

    def local_rebels(self, country: str) -> str:
        """The rebels of the country where an act by rebels or militants no word places happened
        ("militants bombed a market in the southern Philippines"): CAMEO's REB of that country."""
        return self._group_actor(country, _REBELS)

    def unidentified_attackers(self, country: str) -> str:
        """The actor for violence the text names nobody for ("a roadside bomb near Samarra killed a
        U.S. soldier"): unidentified attackers of the country where it happened. This is ICEWS's
        convention ("Unidentified Gunmen (Iraq)") and PLOVER's coding; the actor's kind and name say
        plainly that nobody was identified, so a chart can leave them out."""
        country = self._iso_country(country)
        actor_id = f"group:{country.lower()}{UNIDENTIFIED_SUFFIX}"
        if actor_id not in self.known:
            state = self.known.get(country)
            name = f"Unidentified attackers in {state.name if state else country}"
            note = f"group (CAMEO UAF, unidentified armed force) placed in {country}, where its act happened"
            self.known[actor_id] = ActorRecord(actor_id, name, "group", country, note)
        return actor_id

    def _people_groups(
        self,
        parsed: ParsedArticle,
        folded: str,
        origin: list[int],
        demonyms: list[_Candidate],
        signals: list[tuple[int, int, str]],
        theatre_at: Callable[..., str | None],
    ) -> Iterator[tuple[int, int, str | None]]:
        """Communities named with a country: "Bosnian Serbs", "Turkish Kurds", "the Albanians of
        southern Serbia", "ethnic Albanians ... in Serbia". An ethnic word is never the state it
        shares a name with; with no country in reach it is no mention at all."""
        text = parsed.article.text
        by_start = {s[0]: s for s in signals}
        if self._people_re is None:
            words = "|".join(sorted(ETHNIC_PEOPLES | set(self._peoples), key=len, reverse=True))
            self._people_re = re.compile(rf"\b(?P<ethnic>ethnic\s+)?(?P<people>{words})\b")
        civilians = GroupRole("civilians", "CVL", False)
        for match in self._people_re.finditer(folded):
            start, end = origin[match.start()], origin[match.end() - 1] + 1
            people = match.group("people")
            if not text[origin[match.start("people")]].isupper():
                continue
            following = re.match(r"\s+([a-z]+)", text[end : end + 30])
            if following and following.group(1) in GROUP_ROLES:
                continue  # "Turkish Kurd refugees": the role noun heads the phrase
            before = [
                (c.start, state)
                for c in demonyms
                if c.end <= start
                and re.fullmatch(r"\s+", text[c.end : start])
                and (state := self._state_of_candidate(c))
            ]
            before += [  # "Syria's Kurds", "Syrias Kurds": a state's own community, not the state
                (s_start, state)
                for s_start, s_end, state in signals
                if s_end <= start and _POSSESSIVE_GAP.fullmatch(text[s_end:start])
            ]
            before.sort()
            if before and before[-1][1] != self._peoples.get(people):
                start, country = before[-1]  # "Bosnian Serbs"
            else:
                # "Americans in Iraq" are mostly Americans; "the Albanians of southern Serbia" are Serbia's
                ethnic_group = bool(match.group("ethnic")) or people in ETHNIC_PEOPLES
                country = self._place_after(text, end, by_start, civilians, "" if ethnic_group else "of")
                if country is None and match.group("ethnic"):
                    country = self._locative_state(parsed, start, signals)
                if country is None:
                    country = HOMELANDS.get(people.removesuffix("s"))  # "Chechens", "Uighurs"
                if country is None and people in SPLIT_PEOPLES:
                    # "Turkey has threatened to attack the Kurds": in a war story, a people split
                    # between states is the theatre's part of it, when the theatre is one of its
                    # homelands and the sentence names no place elsewhere (added 2026-12-07,
                    # twenty-first round)
                    here = self._locative_state(parsed, start, signals) or theatre_at(start, by_places=True)
                    country = here if here in SPLIT_PEOPLES[people] else None
            if country == self._peoples.get(people) and not match.group("ethnic"):
                continue  # "the Albanians of Albania": the nation itself
            if country is None and not match.group("ethnic") and people not in ETHNIC_PEOPLES:
                continue  # "the Albanians": the nation, a mention of the state as before
            community = _community(people)  # "Syrian Kurd allies"
            yield start, end, self._group_actor(country, civilians, community) if country else None

    def _place_signals(
        self, parsed: ParsedArticle, signals: list[tuple[int, int, str]]
    ) -> list[tuple[int, str]]:
        """(start, state) of the signals that are places inside a state ("Aleppo", "Idlib province"); not
        a venue of talks ("the Geneva talks", "talks in Geneva": where the war is discussed, not
        fought; added 2026-12-07, twentieth round)."""
        text = parsed.article.text
        return [
            (s[0], s[2])
            for s in signals
            if fold(text[s[0] : s[1]]) in self._places
            and not _MEETING_AFTER.match(text, s[1])
            and not _MEETING_BEFORE.search(text, max(0, s[0] - 40), s[0])
        ]

    def _theatre(
        self, parsed: ParsedArticle, places: list[tuple[int, str]], states: bool = True
    ) -> str | None:
        """The state an article's events happen in: the one that holds at least three of the places it
        names (``places``, from :meth:`_place_signals`) and THEATRE_SHARE of them, else the one state
        its headline names (``states`` False: by a place in it, not by a state's name), or None."""
        counts = Counter(state for _, state in places)
        if counts:
            state, top = counts.most_common(1)[0]
            if top >= 3 and top >= THEATRE_SHARE * sum(counts.values()):
                return state
        # else the one state the headline names ("World powers on right track on Syria chemical arms")
        title = parsed.article.title or ""
        folded, origin = fold_with_offsets(title)
        named = {
            state
            for c in self._dictionary_candidates(title, folded, origin)
            if c.role in ({"name", "place"} if states else {"place"})
            and (state := self._state_of_candidate(c))
        }
        return named.pop() if len(named) == 1 else None

    def _theatre_here(
        self, parsed: ParsedArticle, start: int, places: list[tuple[int, str]], theatre: str | None
    ) -> str | None:
        """The article's theatre for a word at ``start``, unless its sentence names a place of another
        state ("rebels in Idlib" is placed by the place; "rebels near Mosul" in a Syria story is not Syria)."""
        if theatre is None:
            return None
        sentence = parsed.sentence_of(start)
        here = {state for at, state in places if sentence.start_char <= at < sentence.end_char}
        return theatre if here <= {theatre} else None

    def _locative_state(
        self, parsed: ParsedArticle, start: int, signals: list[tuple[int, int, str]]
    ) -> str | None:
        """The one state named after a locative in the sentence ("demonstrated on Tuesday in Serbia")."""
        sentence = parsed.sentence_of(start)
        text = parsed.article.text
        states = {
            s[2]
            for s in signals
            if sentence.start_char <= s[0] < sentence.end_char
            and fold(text[s[0] : s[1]])
            not in self._demonyms  # "killed in Syrian air raids": whose, not where
            and re.search(
                r"\b(?:in|near|inside|across|throughout)\s+(?:the\s+)?(?:\w+\s+)?$",
                text[max(0, s[0] - 25) : s[0]],
            )
            # "IS (banned in Russia)": where a group is outlawed is not where the events are
            # (added 2026-12-07, fourteenth round)
            and not _BANNED_IN.search(text[max(0, s[0] - 40) : s[0]])
            and _places_clause_of(parsed.doc, s[0], start)
        }
        return next(iter(states)) if len(states) == 1 else None

    def _affiliations(self, names: Sequence[_Candidate], text: str) -> list[tuple[int, int, str]]:
        """Organisations and persons with a country, and US party labels, as country signals."""
        out = []
        for cand in names:
            record = self.known.get(cand.actor_id) if cand.actor_id else None
            if record is not None and record.kind != "state" and record.country:
                out.append((cand.start, cand.end, record.country))
        for match in re.finditer(r"\b(?:Republican|GOP)\b", text):
            out.append((match.start(), match.end(), "USA"))
        return out

    def _is_fictional(self, parsed: ParsedArticle, end: int) -> bool:
        """A name glossed as fiction right after it ("Ostap Bender [a fictional character ...]")."""
        window = fold(parsed.article.text[end : end + 60])
        return bool(re.match(r"^[\s,(\[]*(?:an?|the)\s+(?:fictional|literary|mythical)\b", window))

    def _possessive_country(self, text: str, start: int, signals: list[tuple[int, int, str]]) -> str | None:
        for _s_start, s_end, state in reversed(signals):
            # (FA-KES's "Russias Defense Ministry" too, added 2026-12-07, sixteenth round)
            if s_end <= start and _POSSESSIVE_GAP.fullmatch(text[s_end:start]):
                return state
        return None

    def _context_country(
        self, parsed: ParsedArticle, start: int, end: int, signals: list[tuple[int, int, str]]
    ) -> str | None:
        """Country of an unknown person from the words around the name, within its sentence.

        Left: the noun phrase before the name ("Russian Defense Minister X", "Turkey's foreign
        minister, X"). Right: an apposition ("X, a professor at Russia's Financial University").
        """
        doc = parsed.doc
        sentence = parsed.sentence_of(start)
        first = doc.char_span(start, end, alignment_mode="expand")
        if first is None:
            return None
        # Left window: walk back over the noun phrase; cross only the comma right before the name.
        left_limit = start
        i = first.start - 1
        steps = 0
        while i >= sentence.start and steps < 10:
            token = doc[i]
            if token.pos_ in {"VERB", "AUX"} or token.text in {";", ":", "(", ")", "“", "”", '"'}:
                break
            if token.text == "," and i != first.start - 1:
                break
            if token.lower_ in {"and", "or", "but", "by", "with", "to", "from", "said", "told"}:
                break
            left_limit = token.idx
            i -= 1
            steps += 1
        text = parsed.article.text
        lead_start = max(sentence.start_char, start - 120)
        envoy = _ENVOY_BEFORE.search(text, lead_start, start)
        if envoy is not None:
            # "Russia's ambassador to the UK, Alexander Yakovenko", "Russia's UK ambassador X": an
            # envoy is the sending state's, named first; the host is where (added 2026-12-07,
            # twentieth round)
            senders = [
                s
                for s in signals
                if envoy.start() - 30 <= s[0] and s[1] <= envoy.start() and not _hyphen_compound(text, s)
            ]
            return senders[0][2] if senders else None
        left = [
            s
            for s in signals
            if left_limit <= s[0] and s[1] <= start and not _hyphen_compound(parsed.article.text, s)
        ]
        if left:
            return left[-1][2]
        if (title := _title_before(parsed.article.text, start)) is not None and title[1] is not None:
            return title[1]  # "Secretary of State James Baker": a title only one state gives
        if _US_PERSON_TITLE.search(parsed.article.text[max(0, start - 40) : start]):
            return "USA"  # "Assistant Attorney General John Carlin" (titles no office table needs)
        if _US_LEGISLATOR.match(parsed.article.text[end : end + 12]):
            return "USA"  # "Chris Collins (R-N.Y.)", "Debbie Wasserman Schultz (Fla.)": US Congress style
        after_of = re.match(r"\s+of\s+(?:the\s+)?", parsed.article.text[end : end + 12])
        if after_of:  # "Adam B. Schiff of California"
            of_signal = [s for s in signals if s[0] == end + after_of.end()]
            if of_signal:
                return of_signal[0][2]
        # Right window: only an apposition introduced by a comma.
        j = first.end
        if j < sentence.end and doc[j].text == ",":
            right_limit = doc[j].idx
            j += 1
            steps = 0
            while j < sentence.end and steps < 25:
                token = doc[j]
                if token.pos_ in {"VERB", "AUX"} and "-" not in token.text:
                    break
                if token.text in {";", "(", "“", "”", '"'} or token.lower_ in {"who", "which", "that"}:
                    break
                right_limit = token.idx + len(token.text)
                j += 1
                steps += 1
            right = [s for s in signals if end <= s[0] and s[1] <= right_limit]
            right = [s for s in right if not _hyphen_compound(parsed.article.text, s)]
            if right:
                return right[0][2]
        return None

    def _titled_country(
        self, parsed: ParsedArticle, start: int, end: int, signals: list[tuple[int, int, str]]
    ) -> str | None:
        """ "President Abdelaziz Bouteflicka threatened a curfew in Algiers": a domestic title and one
        state in the whole sentence. Refused when the sentence tells of travel or talks ("Foreign
        Minister X arrived in Moscow"), where the one state named is likely the host."""
        text = parsed.article.text
        sentence = parsed.sentence_of(start)
        lead = text[max(sentence.start_char, start - 40) : start]
        surface = text[start:end]
        if not (_DOMESTIC_TITLE.search(lead) or _DOMESTIC_TITLE.search(surface.split(" ", 1)[0] + " ")):
            return None
        return self._sentence_state(parsed, start, signals)

    def _surname_holders(self, surname: str) -> list[tuple[str, Office, str]]:
        """(office, term, actor_id) of the dictionary's office holders whose surname is ``surname``
        (by name key); the index is built once, when first asked."""
        if self._holders_by_surname is None:
            index: dict[str, list[tuple[str, Office, str]]] = defaultdict(list)
            for office, holders in self._offices.items():
                for term, actor_id in holders:
                    for form in surname_forms(self.known[actor_id].name):
                        index[name_key(form)].append((office, term, actor_id))
            self._holders_by_surname = index
        return self._holders_by_surname.get(name_key(surname), [])

    def _surname_state(self, surname: str) -> str | None:
        """The one state all the dictionary's office holders of a surname acted for, else None."""
        states = {self.known[actor_id].country for _, _, actor_id in self._surname_holders(surname)}
        return next(iter(states)) if len(states) == 1 else None

    def _titled_holder(self, text: str, start: int, end: int, on: dt.date | None) -> str | None:
        """The dictionary person a capitalised office title and a lone surname name ("President
        Clinton", "Prime Minister Sharif"): the one of that surname who held the office (on ``on``,
        when the date is known); None when no one or several did."""
        title = _title_before(text, start)
        surface = _TITLE_WORDS.sub("", text[start:end]).strip()
        if title is None or title[0] in {"leader", "head"} or not surface or " " in surface:
            return None
        ids = {
            actor_id
            for office, term, actor_id in self._surname_holders(surface)
            if office.endswith("." + title[0]) and (on is None or term.covers(on))
        }
        return next(iter(ids)) if len(ids) == 1 else None

    def _titled_surname_country(
        self, parsed: ParsedArticle, start: int, end: int, signals: list[tuple[int, int, str]]
    ) -> str | None:
        """The state of a lone surname right after a capitalised domestic title ("President
        Mnangagwa", "Prime Minister Abe"), when the sentence names one state; else None."""
        text = parsed.article.text
        lead = text[max(0, start - 30) : start]
        title = _DOMESTIC_TITLE.search(lead)
        if (
            title is None
            or not title.group(0)[:1].isupper()
            or len(_TITLE_WORDS.sub("", text[start:end]).split()) != 1
        ):
            return None
        return self._sentence_state(parsed, start, signals)

    def _sentence_state(
        self, parsed: ParsedArticle, start: int, signals: list[tuple[int, int, str]]
    ) -> str | None:
        """The one state the sentence names, not counting states an act is aimed at or shared with
        ("to", "from", "with", "against"); None in sentences of travel or talks, whose one state is
        likely the host."""
        if _tells_of_travel(parsed, start):
            return None
        text = parsed.article.text
        sentence = parsed.sentence_of(start)
        states = {
            s[2]
            for s in signals
            if sentence.start_char <= s[0] < sentence.end_char
            and not _hyphen_compound(text, s)
            and not re.search(
                r"\b(?:(?<!according )to|from|with|against|toward|towards)\s+(?:the\s+)?$",
                text[max(0, s[0] - 25) : s[0]],
            )
        }
        return next(iter(states)) if len(states) == 1 else None

    def _unknown_actor(self, surface: str, kind: str, country: str | None) -> str:
        """A stable actor for a name the dictionary lacks; spelling variants share one id."""
        name = _TITLE_WORDS.sub("", surface).strip() if kind == "person" else surface.strip()
        name = re.sub(r"^(?:the|The)\s+", "", name)
        key = f"{kind}:{name_key(name) if kind == 'person' else fold(name)}"
        actor_id = self._unknown_by_key.get(key)
        if actor_id is None:
            prefix = "person" if kind == "person" else "org"
            actor_id = f"{prefix}:{slugify(name)}"
            if actor_id in self.known and self.known[actor_id].kind != kind:
                actor_id = f"{actor_id}-{kind}"
            self._unknown_by_key[key] = actor_id
            note = "not in the dictionary; from NER"
            self.known.setdefault(actor_id, ActorRecord(actor_id, name, kind, country, note))
        record = self.known[actor_id]
        longer = (
            len(name) > len(record.name) and record.note and record.note.startswith("not in the dictionary")
        )
        if longer or (record.country is None and country):
            self.known[actor_id] = record._replace(
                name=name if longer else record.name, country=record.country or country
            )
        return actor_id

    def _surname_index(self, mentions: Sequence[Mention]) -> _Surnames:
        """name_key(last name) -> person actor, from the multi-word person mentions of the article."""
        index: dict[str, set[str]] = defaultdict(set)
        forms: dict[str, set[str]] = defaultdict(set)
        for mention in mentions:
            record = self.known[mention.actor_id]
            if record.kind != "person" or mention.rule in {"role", "coreference"}:
                continue
            for form in {mention.text, record.name}:
                words = _TITLE_WORDS.sub("", form).split()
                if len(words) >= 2:
                    for form in surname_forms(" ".join(words)):
                        index[name_key(form)].add(mention.actor_id)
                        forms[name_key(form)].add(form)
        return _Surnames(
            {key: (next(iter(ids)), frozenset(forms[key])) for key, ids in index.items() if len(ids) == 1}
        )

    def _single_name(self, surface: str) -> str | None:
        ids = self._person_keys.get(name_key(surface), set())
        ids = {i for i in ids if fold(surface) in {fold(a) for a in self.aliases(i)} or len(ids) == 1}
        if len(ids) != 1:
            return None
        actor_id = next(iter(ids))
        # Only a listed single-word alias, spelled differently (Rowhani for Rouhani), counts; a
        # consonant skeleton of one word is short, so the spelling must also be close ("Rhine" is
        # not "Rouhani", though both are r-h-n).
        single = [a for a in self.aliases(actor_id) if len(a.split()) == 1]
        return actor_id if any(_close_spelling(a, surface) for a in single) else None


# --------------------------------------------------------------------------------------------
# Small helpers
# --------------------------------------------------------------------------------------------


# Words of the office titles (ROLE_TITLES): a surname after one may be a titled holder
_TITLE_LAST_WORDS = frozenset(
    word for pattern, _, _ in ROLE_TITLES for word in re.findall(r"[a-z]{4,}", pattern)
)


# An envoy's title right before a name, with the host it is posted to ("ambassador to the UK, ")
_ENVOY_BEFORE = re.compile(
    r"\b(?i:ambassador|envoy|emissary|consul)s?\b(?:\s+(?:to|in)\s+(?:the\s+)?[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*)*)?"
    r"\s*,?\s*$"
)
# Participles after a hyphen that say what a body is made of, not whose it is
_COMPOSED = frozenset({"dominated", "majority", "populated", "inhabited"})


def _phrase_left(phrase: Token) -> int:
    """Where a noun phrase starts, after any clause the parser hung on it as a modifier ("The US has
    cautiously backed rebel groups": "backed" with its own subject and auxiliary is no adjective of
    "groups"; added 2026-12-07, twentieth round)."""
    clauses = [
        c.i
        for c in phrase.lefts
        if c.dep_ in {"amod", "compound"} and any(g.dep_ in {"nsubj", "nsubjpass", "aux"} for g in c.children)
    ]
    return max(clauses) + 1 if clauses else phrase.left_edge.i


class _Surnames(dict[str, tuple[str, frozenset[str]]]):
    """The article's surnames by name key, each with its spellings: a word is one of them only when
    spelled closely ("Sergei"/"Sergey"), not merely of the same skeleton ("Douma" is no "Lib Dem")."""

    def get_person(self, surface: str) -> str | None:
        found = self.get(name_key(surface))
        if found is None or not any(_close_spelling(form, surface) for form in found[1]):
            return None
        return found[0]


_KOREAN_HALVES = {"North": "PRK", "South": "KOR"}
_COMPASS_HALF = re.compile(r"\b[Tt]he (North|South)\b(?![ -]?[A-Z\d])")


def _korean_halves(parsed: ParsedArticle, mentions: Sequence[Mention]) -> Iterator[tuple[int, int, str]]:
    """ "the North" and "the South" in an article whose mentions name either Korea: the news's own
    short names for them. Elsewhere ("the South" of Sudan, of Italy, of the United States) they stay
    unread, and a capitalised word after them makes them part of a name ("the North Atlantic")."""
    if not any(m.actor_id in {"PRK", "KOR"} for m in mentions):
        return
    text = parsed.article.text
    for match in _COMPASS_HALF.finditer(text):
        token = parsed.doc.char_span(match.start(1), match.end(1))
        if (
            token is None
            or token.root.dep_ in {"compound", "amod"}
            or token.root.pos_ not in {"PROPN", "NOUN"}
        ):
            continue  # "the North Korean leader"
        yield match.start(1), match.end(1), _KOREAN_HALVES[match.group(1)]


def _close_spelling(alias: str, surface: str) -> bool:
    """Same name key and, for one word, a spelling close enough to be a transliteration variant."""
    if name_key(alias) != name_key(surface):
        return False
    a, b = fold(alias), fold(surface)
    if a == b or abs(len(a) - len(b)) > 2:
        return a == b
    short, long = sorted((a, b), key=len)
    if long.startswith(short) and long[len(short) :] != "s":
        return False  # "Anna" is no spelling of "Annan" (but "Assads", apostrophe lost, is of "Assad")
    ratio = difflib.SequenceMatcher(None, a, b).ratio()
    # variants keep their opening ("Zarif"/"Zareef", "Shoigu"/"Shoygu"); "Suharto" is not "Shayrat",
    # nor "Rocard" "Ricardo", though their skeletons agree
    return ratio >= 0.85 or (ratio >= 0.7 and a[:2] == b[:2])


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# ---- page furniture ------------------------------------------------------------------------

_CALENDAR_WORDS = _words(
    "mon tue tues wed thu thur thurs fri sat sun monday tuesday wednesday thursday friday saturday sunday "
    "jan feb mar apr jun jul aug sep sept oct nov dec january february march april may june july august "
    "september october november december"
)
# News agencies whose name prefixes or closes a credit, byline or headline tail ("Sputnik Michael
# Alaeddin" is a photo credit, "Monitor AFP" a byline, "TRT Worlds Ahmed al Burai" a reporter's tag).
_AGENCY_WORDS = _words("afp ap reuters sputnik trt xinhua dpa mena sana iha aa anadolu")
# Words of page furniture that never begin a name ("Tags Syria", "Subscribe TRT World", "Photo Smoke",
# "Print Tweet Views", "Monitor UN": an Ahram headline's attribution before the next headline).
_FURNITURE_FIRST = _words("tags subscribe photo print tweet share monitor")


def _furniture(text: str, title: str | None) -> tuple[list[tuple[int, int]], frozenset[int]]:
    """The furniture spans of an article and its seams (relations.furniture; imported here, not at
    module level, because it imports spaCy, which runs served from the cache never need)."""
    from relations.furniture import find_furniture, furniture_spans

    spans = [(piece.start, piece.end) for piece in furniture_spans(text, title)]
    return spans, frozenset(find_furniture(text, title).seams)


def _is_name(text: str, start: int, end: int, seams: frozenset[int]) -> bool:
    """Whether an unknown NER name ``text[start:end]`` can be a name; not when it is furniture:
    calendar words only ("Thu Aug"), a furniture word first ("Tags Syria", "Subscribe TRT World"),
    an agency with other words ("Monitor AFP", "Sputnik Michael Alaeddin"), or a headline's tail
    "... Syria Monitor" right before a seam (the agency byline or the body that follows the title)."""
    words = text[start:end].split()
    lowered = [w.strip(".,:;'’").lower() for w in words]
    if all(w in _CALENDAR_WORDS for w in lowered):
        return False
    if len(words) < 2:
        return True
    if lowered[0] in _FURNITURE_FIRST or lowered[0] in _AGENCY_WORDS or lowered[-1] in _AGENCY_WORDS:
        return False
    if lowered[-1] == "monitor":
        body = end
        while body < len(text) and text[body].isspace():
            body += 1
        if body in seams or body >= len(text):
            return False
    return True


_LOCATIVE = _words("in on near at into from to towards outside around across inside")
# Arabic place-name heads and facility nouns: NER often calls these PERSON or ORG.
_PLACE_HEADS = _words(
    "kafr kfar tal tel bab ain ayn khan deir jisr maarat maaret bustan dahiyet hawijat bani wadi jabal jebel ras beit"
)
_FACILITY_WORDS = _words(
    "square road street bridge airport airbase base dam mosque hospital crossing highway district neighbourhood neighborhood"
    " farms town village camp"
)


def _looks_like_place(surface: str) -> bool:
    words = fold(surface).split()
    return len(words) >= 2 and (words[0] in _PLACE_HEADS or words[-1] in _FACILITY_WORDS)


_PLACE_NOUNS = _words(
    "town towns city cities village villages province provinces area areas district districts neighbourhood"
    " neighbourhoods neighborhood neighborhoods region regions suburb suburbs outskirts countryside"
    " barrens farms outskirt vicinity"
)
# Nouns a name modifies when it names a place or a building ("al-Tabqah Town", "Mallah Farms").
_PLACE_HEAD_NOUNS = _FACILITY_WORDS | _words("town village city farms farm field camp school church province")


def _names_a_place(ent: Span) -> bool:
    """ "near al-Tabqah Town", "the Abu Ubaidah Ibn al-Jarrah mosque": the name modifies a place noun."""
    head = ent.root.head
    return ent.root.dep_ in {"compound", "nmod"} and head.i >= ent.end and head.lower_ in _PLACE_HEAD_NOUNS


def _place_context(ent: Span) -> bool:
    """ "in Idlip", "the town of Khan Sheikhoun": NER's PERSON is a place here."""
    doc = ent.doc
    before = doc[ent.start - 1].lower_ if ent.start > 0 else ""
    if before in _LOCATIVE:
        return True
    return _of_a_place_noun(ent)


def _of_a_place_noun(ent: Span) -> bool:
    """ "the town of Khan Sheikhoun", "the neighborhoods of Karam Alnozha": a place, for any NER label."""
    doc = ent.doc
    before = doc[ent.start - 1].lower_ if ent.start > 0 else ""
    if before == "of" and ent.start > 1 and doc[ent.start - 2].lower_ in _PLACE_NOUNS:
        return True
    # "shelled the towns of Arbin ... and Housh Salhiya", "captured three villages - Zeitan Khalsa and
    # Barna": a name listed after, or set beside, a plural place noun (added 2026-12-07, fifteenth round)
    token = ent.root
    for _ in range(12):
        if token.dep_ == "conj":
            token = token.head
        elif token.dep_ == "appos":
            return token.head.lower_ in _PLACE_NOUNS
        elif token.dep_ == "pobj" and token.head.lower_ == "of":
            return token.head.head.lower_ in _PLACE_NOUNS and token.i != ent.root.i
        else:
            return False
    return False


def _overextended(ent: Span, start: int, end: int) -> bool:
    """NER ran a known name into common words ("Donald Trump Picks"): keep the known name."""
    extra = [
        t
        for t in ent
        if (t.idx + len(t.text) <= start or t.idx >= end) and not t.is_punct and t.tag_ != "POS"
    ]  # "Ed Miliband's": the possessive ending is no common word
    return any(t.pos_ not in {"PROPN"} or t.lower_ in {"picks", "says", "said"} for t in extra)


def _title_spans(folded: str, origin: list[int]) -> list[tuple[int, int]]:
    return [(origin[m.start()], origin[m.end() - 1] + 1) for m in _ROLE_RE.finditer(folded)]


# The share of an article's places its theatre must hold (a story about Aleppo that mentions Mosul
# and Gaziantep once each is still set in Syria)
THEATRE_SHARE = 0.6
# Words for a war's own sides that name no state: placed in the article's theatre (added 2026-12-07,
# fifteenth round). "militants", "jihadists", "terrorists" and "fighters" stay out: in Syria they are
# as often Islamic State, which is no state's.
_THEATRE_REBELS = frozenset({"rebels", "rebel", "insurgents", "insurgent"})
_THEATRE_ARMED_HEADS = frozenset({"forces", "troops", "army", "soldiers"})
_THEATRE_CIVILIANS = frozenset({"civilians", "residents", "villagers"})
_THEATRE_HOLDERS = frozenset({"rebel", "rebels", "opposition", "insurgent", "insurgents"})
_PATRON_HEADS = frozenset(
    {
        "backer",
        "backers",
        "ally",
        "allies",
        "supporter",
        "supporters",
        "sponsor",
        "sponsors",
        "patron",
        "patrons",
    }
)


def _theatre_word(doc: Doc, token: Token, role: GroupRole, modifiers: range, qualified: str | None) -> bool:
    """ "rebels", "insurgents", "Kurdish militias", "regime forces", "government troops", "the regime":
    the sides of a war at home, which no word in the sentence places."""
    if token.dep_ in {"compound", "amod", "poss", "nmod"} and token.head.lower_ in _PATRON_HEADS:
        return False  # "rebel backer Turkey", "regime allies Iran and Russia": whom they back says nothing
    if role.role == "civilians":
        # "airstrikes by regime and Russian jets killed 13 civilians": the war's victims are the
        # theatre's people, as ICEWS places them (added 2026-12-07, sixteenth round)
        # ("Turkey regards the Kurdish groups as terrorists": the theatre's Kurds, added 2026-12-07,
        # twenty-first round)
        return token.lower_ in _THEATRE_CIVILIANS or (
            qualified in {"kurdish", "kurd"} and token.lower_ == "groups"
        )
    if role.role == "rebels":
        # (Kurdish fighters are the theatre's Kurds; Shiite militias in Syria are as often Iraq's or
        # Iran's, and Islamist fighters Islamic State's)
        # (a rebel head's own qualifier is not looked up: "Kurdish militias", added 2026-12-07,
        # nineteenth round)
        # ("an Arab-Kurdish militia alliance" is one, often named: not a community's fighters)
        kurdish = qualified in {"kurdish", "kurd"} or any(
            doc[i].lower_ in {"kurdish", "kurd"} and doc[i - 1].text != "-" for i in modifiers
        )
        return token.lower_ in _THEATRE_REBELS or (
            kurdish and token.lower_ in {"militia", "militias", "fighters", "forces", "militants"}
        )
    if role.role == "opposition" and token.lower_ in {"forces", "fighters"}:
        # "Turkey, which supports opposition forces": the armed opposition of the war at home (added
        # 2026-12-07, twenty-first round)
        return True
    if token.lower_ == "regime":
        # ("the sanctions regime", "an inspection regime": a system of rules, not a government)
        # ("Assads regime": FA-KES's lost apostrophe, a name)
        return not any(c.dep_ in {"compound", "amod"} and c.pos_ == "NOUN" for c in token.children)
    if role.role == "military" and token.lower_ == "army" and [doc[i].lower_ for i in modifiers] == ["the"]:
        # "North of the capital the army backed by its Lebanese ally Hezbollah shelled Flita": a war
        # story's bare "the army" is its theatre's (added 2026-12-07, eighteenth round)
        return True
    return (
        role.role == "military"
        and token.lower_ in _THEATRE_ARMED_HEADS
        and any(doc[i].lower_ in {"government", "regime", "pro-government", "pro-regime"} for i in modifiers)
    )


def _homonym_places(candidates: list[_Candidate], text: str) -> list[_Candidate]:
    """Candidates with each state name of ``HOMONYM_PLACES`` listed beside a place of the other state
    turned into that state's place."""
    out = list(candidates)
    for i, cand in enumerate(out):
        other = HOMONYM_PLACES.get(cand.actor_id or "")
        if other is None or cand.role != "name":
            continue
        before = out[i - 1] if i else None
        after = out[i + 1] if i + 1 < len(out) else None
        neighbours = [
            n
            for n, gap in (
                (before, text[before.end : cand.start] if before else ""),
                (after, text[cand.end : after.start] if after else ""),
            )
            if n is not None and _LIST_GAP.match(gap)
        ]
        if any(n.role == "place" and n.actor_id == other for n in neighbours):
            out[i] = _Candidate(cand.start, cand.end, other, "place", cand.rule)
    return out


def _bounded(folded: str, start: int, end: int) -> bool:
    before = folded[start - 1] if start > 0 else " "
    after = folded[end] if end < len(folded) else " "
    return not before.isalnum() and not after.isalnum()


def _is_acronym(alias: str) -> bool:
    """An alias written in capitals ("US", "UN", "IS", "ISIS"): the text must match its case."""
    letters = re.sub(r"[^A-Za-z]", "", alias)
    return bool(letters) and letters.isupper() and len(letters) <= 6


def _case_ok(surface: str, acronym: bool) -> bool:
    """Acronyms (US, UN, IS) must be upper case in the text; names must start with a capital."""
    if acronym:
        letters = re.sub(r"[^A-Za-z]", "", surface)
        return letters.isupper()
    return surface[:1].isupper() or not surface[:1].isalpha()


def _overlaps(start: int, end: int, spans: Iterable[tuple[int, int]]) -> bool:
    return any(start < s_end and s_start < end for s_start, s_end in spans)


def _spans(cands: Iterable[_Candidate]) -> list[tuple[int, int]]:
    return [(c.start, c.end) for c in cands]


def _trim_entity(ent: Span) -> tuple[int, int]:
    """Entity offsets without a leading "the" or a trailing possessive ("Putin’s" -> "Putin")."""
    text = ent.text
    start, end = ent.start_char, ent.end_char
    if (
        ent.label_ == "PERSON"
        and ent.start > 0
        and ent.doc[ent.start - 1].text in {"Abu", "Abou", "Umm", "Ibn"}
    ):
        kunya = ent.doc[ent.start - 1]
        start = kunya.idx  # NER often drops the kunya: "Abu Islam al-Kazaki"
        text = kunya.text_with_ws + text
    match = re.match(r"^(?:the|The)\s+", text)
    if match:
        start += match.end()
    if ent.label_ == "PERSON" and len(ent) > 2 and ent[0].pos_ in {"ADV", "ADP", "DET", "CCONJ", "SCONJ"}:
        start = ent[1].idx  # "Later Abdel Rahman added ...": the adverb is not part of the name
        text = ent.doc[ent.start + 1 : ent.end].text
    if ent.label_ == "PERSON":
        # NER runs names into what follows: "Robert Mardini ICRC", "Mark Heinrich Our Standards"
        for token in list(ent)[2:]:
            if token.is_stop or (token.text.isupper() and len(token.text) >= 3):
                previous = ent.doc[token.i - 1]
                end = previous.idx + len(previous.text)
                text = text[: end - start]
                break
    possessive = _POSSESSIVE.search(text)
    if possessive:
        end -= len(possessive.group(0))
    return start, end


_US_LEGISLATOR = re.compile(r"\s*\((?:[RDI]-[A-Z]|[A-Z][a-z]{1,4}\.(?:[A-Z]\.)?\))")
# (also "east of Damascus", "the outskirts of Damascus": where, not the government; sixteenth round)
_LOCATIVE_BEFORE = re.compile(
    r"\b(?:in|to|from|at|near|outside|into|via"
    r"|(?:north|south)(?:-?(?:east|west))?\s+of|(?:east|west)\s+of"
    r"|(?:outskirts|suburbs?|countryside|environs)\s+of)\s+$",
    re.IGNORECASE,
)
# "protested to Pyongyang", "a letter from Tehran": a capital one addresses or hears from is its
# government, not a place
# "the opposition's Riyadh agreement", "the Astana talks": a capital naming a meeting or what was signed
# at one is where, not who (added 2026-12-07, nineteenth round)
_MEETING_AFTER = re.compile(
    r"\s+(?:peace\s+)?(?:agreements?|accords?|talks(?!\s+(?:with|to)\b)|process|summits?|communiqu[eé]|"
    r"declaration|conference|format|protocol|memorandum|negotiations|meetings?)\b",
    re.IGNORECASE,
)
# "talks in Geneva", "negotiations in Astana", "a conference in Sochi": a venue before the place name
_MEETING_BEFORE = re.compile(
    r"\b(?:talks|negotiations|conference|summit|meetings?|process|round)\s+(?:\w+\s+){0,2}(?:in|at)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_ADDRESSED_BEFORE = re.compile(
    r"\b(?:protest\w*|complain\w*|appeal\w*|apologi[sz]\w*|wrote|written|letters?|messages?|notes?|"
    r"ultimatums?|proposals?|offers?|requests?|repl(?:y|ied|ies)|respon(?:d|ded|se)|turned|demarche)\s+"
    r"(?:to|from)\s+$"
    # "hit out at Washington", "took a swipe at Moscow", "angry at Ankara" (added 2026-12-07, fifteenth round)
    r"|\b(?:(?:hit|hits|hitting|lash\w*|struck|strikes|striking)\s+out|swipes?|jabs?|angry|furious|annoyed)\s+at\s+$",
    re.IGNORECASE,
)
_REGIME = re.compile(r"(?:['’]s|s)?\s+(?:regime|government|administration|Administration)\b")


# US titles that place a person named right after them, and nothing else (as a phrase, "the New York
# attorney general" is no federal office)
_US_PERSON_TITLE = re.compile(
    r"\b(?:(?:Assistant |Deputy )?Attorney General|National Security (?:Adviser|Advisor))\s+$"
)


def _title_before(text: str, start: int) -> tuple[str, str | None] | None:
    """The capitalised office title right before a name ("President Clinton", "Secretary of State
    James Baker"): its office and the state the title alone implies (ROLE_TITLES), else None."""
    lead = text[max(0, start - 40) : start].rstrip()
    for match in _ROLE_RE.finditer(lead.lower()):  # (lower() keeps the offsets, unlike fold())
        if match.end() == len(lead) and lead[match.start()].isupper():
            index = next(int(k[1:]) for k, v in match.groupdict().items() if v is not None)
            _, office, implied = ROLE_TITLES[index]
            return office, implied
    return None


def _is_dateline(text: str, cand: _Candidate) -> bool:
    """ "BEIRUT At least seven ...", "MOSCOW (Sputnik)": where the story was filed, not an actor."""
    surface = text[cand.start : cand.end]
    if cand.start < 80 and surface.isupper() and surface.replace(" ", "").isalpha() and len(surface) > 3:
        return True
    # "Beirut, London- Warplanes ...", "London - The ...": Asharq Al-Awsat's datelines (fifteenth round)
    if cand.start < 200 and _DASH_DATELINE.match(text, cand.end):
        return True
    # "Last updated at Feb 022015 Beirut Syrian government air strikes ...": right after the page's
    # date, before a capitalised word (twenty-first round)
    return (
        cand.start < 120
        and bool(_DATE_BEFORE.search(text, max(0, cand.start - 14), cand.start))
        and bool(re.match(r"\s+[A-Z]", text[cand.end : cand.end + 3]))
    )


def _places_clause_of(doc: Doc, place_at: int, word_at: int) -> bool:
    """The place at ``place_at`` places the events of the word at ``word_at``: not when it places a
    clause on the noun of an adverbial phrase that is no place ("Following a precedent set in Myanmar,
    the prosecutor ...", "after a ruling issued in Myanmar": another event's place; added 2026-12-07,
    twenty-first round). "Protesters who gathered in Cairo", "at a rally held in Cairo" and "numbers of
    those settling in Afrin" do place it."""
    place, word = _token_at(doc, place_at), _token_at(doc, word_at)
    if place is None or word is None:
        return True
    clause = place.head
    while clause.pos_ not in {"VERB", "AUX"} and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ not in {"acl", "relcl"} or clause.is_ancestor(word):
        return True
    noun = clause.head
    adverbial = noun.dep_ == "pobj" and noun.head.head.pos_ in {"VERB", "AUX"}  # not "numbers of those ..."
    return not (adverbial and noun.head.lower_ not in _PLACE_PREPOSITIONS)


# Nouns after a nationality that still name the state ("the leader of the Syrian government")
_STATE_ITSELF = frozenset({"government", "regime", "state", "republic", "people", "nation", "administration"})

# Prepositions whose object is where events are ("at a rally held in Cairo")
_PLACE_PREPOSITIONS = frozenset(
    {"at", "in", "on", "near", "inside", "outside", "across", "throughout", "around"}
)


def _token_at(doc: Doc, at: int) -> Token | None:
    """The token holding character ``at``."""
    span = doc.char_span(at, at + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def _tells_of_travel(parsed: ParsedArticle, at: int) -> bool:
    """The sentence at ``at`` tells of travel or talks: its one place is likely a host or a venue."""
    sentence = parsed.sentence_of(at)
    return bool(_TRAVEL.search(parsed.article.text[sentence.start_char : sentence.end_char]))


def _phrase_tokens(head: Token) -> list[Token]:
    """A noun phrase's tokens without the clauses hanging on it ("rebels [brokered by Russia]")."""
    found, stack = [], [head]
    while stack:
        token = stack.pop()
        found.append(token)
        stack.extend(
            c for c in token.children if c.dep_ not in {"acl", "relcl", "advcl", "prep"} or c.lower_ == "of"
        )
    return found


def _hyphen_compound(text: str, signal: tuple[int, int, str]) -> bool:
    """ "U.S.-educated", "Iranian-American", "Brussels-based": the country word is not an affiliation."""
    after = re.match(r"-[A-Za-z]", text[signal[1] : signal[1] + 2])
    before = signal[0] >= 2 and re.match(r"[A-Za-z.]-", text[signal[0] - 2 : signal[0]])
    return bool(after or before)


PERSON_NOUNS = frozenset(
    [
        "columnist",
        "professor",
        "expert",
        "analyst",
        "journalist",
        "writer",
        "author",
        "spokesman",
        "spokeswoman",
        "minister",
        "director",
        "researcher",
        "scholar",
        "fellow",
        "commentator",
        "editor",
        "correspondent",
        "lawmaker",
        "deputy",
        "senator",
        "adviser",
        "advisor",
        "diplomat",
        "ambassador",
        "envoy",
        "general",
        "colonel",
        "commander",
        "official",
        "politician",
        "economist",
        "historian",
    ]
)


def _described_as_person(text: str, end: int) -> bool:
    """ "Gevorg Mirzayan, a prolific columnist, ...": an apposition that only fits a person."""
    match = re.match(r",\s+(?:a|an|the)\s+([^,.;:()]{1,60})", text[end : end + 80])
    return bool(match) and any(word in PERSON_NOUNS for word in match.group(1).lower().split()[:5])


def _common_words(surface: str, lowercase_words: set[str]) -> bool:
    """Every word of a capitalised span also occurs in lower case in the article: common nouns."""
    words = [w for w in re.findall(r"[A-Za-z'’-]+", surface)]
    return bool(words) and all(w.lower() in lowercase_words for w in words)


def _looks_like_name(surface: str) -> bool:
    words = surface.split()
    if not words or len(words) > 6 or any(ch.isdigit() for ch in surface):
        return False
    for word in words:
        bare = word.strip(".,'’\"")
        if not bare:
            return False
        head = bare.split("-")[0].lower()
        if not bare[:1].isupper() and head not in _NAME_PARTICLES:
            return False
    return True


def _looks_like_org(surface: str) -> bool:
    if len(surface) < 3 or any(ch.isdigit() for ch in surface) or "\n" in surface:
        return False
    words = surface.split()
    if _DOCUMENT_NAME.search(surface):
        # "the Framework for Elimination of Syrian Chemical Weapons", "the Chemical Weapons Convention": a
        # named agreement is a thing its parties reach, not a party (added 2026-12-07, twenty-first round)
        return False
    return sum(w[:1].isupper() for w in words) >= max(1, len(words) // 2)


_DOCUMENT_NAME = re.compile(
    r"^(?:The\s+)?(?:Framework|Treaty|Accord|Memorandum|Protocol)\b|\b(?:Treaty|Accord|Convention|Protocol|Framework)$"
)


def is_unknown(record: ActorRecord) -> bool:
    """An actor made from a name NER found and the dictionary lacks (its note says so)."""
    return bool(record.note and record.note.startswith("not in the dictionary"))


def merge_unknown_actors(records: Iterable[ActorRecord]) -> tuple[dict[str, str], dict[str, ActorRecord]]:
    """One id per person the dictionary lacks, across articles ("Sergey"/"Sergei Ivanov").

    ``records`` are the per-article records (the same id may come with different names or
    countries). Returns a mapping from every id to its canonical id and the merged record of each
    canonical id. Deterministic whatever the order: within a group of spelling variants (same
    :func:`name_key`), the longest name wins, then the smallest id; the country is the most
    frequent one given (ties: alphabetical), null when none is.
    """
    by_id: dict[str, list[ActorRecord]] = defaultdict(list)
    for record in records:
        by_id[record.actor_id].append(record)
    groups: dict[tuple[str, str], list[str]] = defaultdict(list)
    for actor_id, variants in by_id.items():
        first = variants[0]
        key = name_key(first.name) if first.kind == "person" else fold(first.name)
        groups[(first.kind, key) if is_unknown(first) else ("", actor_id)].append(actor_id)
    canonical: dict[str, str] = {}
    merged: dict[str, ActorRecord] = {}
    for (_, _), ids in sorted(groups.items()):
        variants = [r for actor_id in ids for r in by_id[actor_id]]
        if not is_unknown(variants[0]):
            merged[ids[0]] = variants[0]
            canonical[ids[0]] = ids[0]
            continue
        best = min(variants, key=lambda r: (-len(r.name), r.name, r.actor_id))
        target = min(ids, key=lambda i: (-max(len(r.name) for r in by_id[i]), i))
        countries = sorted(r.country for r in variants if r.country)
        country = max(sorted(set(countries)), key=countries.count) if countries else None
        merged[target] = best._replace(actor_id=target, country=country)
        canonical.update(dict.fromkeys(ids, target))
    return canonical, merged
