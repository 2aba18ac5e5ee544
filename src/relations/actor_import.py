"""Import PETRARCH/TABARI/Phoenix actor dictionaries, the event-data field's standard format.

The format (one entry per primary line; ``_`` joins words; ``+`` lines are synonyms; codes in
brackets, optionally date-restricted)::

    VLADIMIR_PUTIN_
    +PRESIDENT_VLADIMIR_PUTIN_
        [RUSGOV 20000507-20080507]
        [RUSELI]

CAMEO codes start with the ISO 3166 alpha-3 of the country (``RUS``), or with a transnational
prefix (``IGO``, ``NGO``, ``IMG``...). We keep names, synonyms and the country; the CAMEO role codes
and their dates go into the actor's ``note`` (they are sectors, not our dated offices).

``import_phoenix(path)`` returns dictionary entries that ``ActorResolver(extra_dictionaries=[path])``
loads directly; ``phoenix_to_yaml(path)`` writes them in the project's YAML schema (docs/actors.md).
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from dataclasses import dataclass, field
from pathlib import Path

import pycountry
import yaml

from relations.actors import ActorEntry, ActorRecord, fold, slugify

logger = logging.getLogger(__name__)

_CODE = re.compile(r"\[([~A-Za-z0-9]+)(?:\s+([<>]?\d{6,8})(?:-(\d{6,8}))?)?\s*\]")
_PRIMARY = re.compile(r"^(?P<name>[^\s\[#][^\[#]*?)\s*(?P<codes>(?:\[[^\]]*\]\s*)*)(?:#.*)?$")


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_TITLE_WORDS = _words(
    "president minister secretary secretary-general general king queen prince sheikh ayatollah chairman "
    "leader chief premier un u.n. senator governor ambassador mr mr. dr dr. gen. pres. foreign defense "
    "prime united nations"
)
_ORG_WORDS = _words(
    "administration agency ministry department council party company bank corporation committee commission "
    "organization organisation association union front army force forces movement group institute "
    "university office authority service services court assembly federation league fund"
)
_SMALL_WORDS = _words("of the and for in on at de la al el bin ibn von van der")
# CAMEO prefixes that are not countries: IGOs, NGOs, militant groups, multinationals, regions.
_ORG_PREFIXES = ("IGO", "NGO", "NGM", "MNC", "UIS", "INT")
_NOT_STATES = _words("IGO NGO NGM IMG MNC UIS INT ELI REB GOV MIL BUS CVL")
_GROUP_PREFIXES = ("IMG", "REB", "INS", "SEP")
_GROUP_SUFFIXES = ("REB", "INS", "SEP", "IMG", "RAD")


@dataclass
class PhoenixEntry:
    """One raw entry of a Phoenix file: the primary name, synonyms and (code, start, end) triples."""

    name: str
    synonyms: list[str] = field(default_factory=list)
    codes: list[tuple[str, dt.date | None, dt.date | None]] = field(default_factory=list)


def looks_like_phoenix(path: Path) -> bool:
    """True when the first lines look like a TABARI/Phoenix actor file (``NAME_ [CODE]`` lines)."""
    with path.open(encoding="utf-8", errors="replace") as handle:
        head = [next(handle, "") for _ in range(300)]
    return sum(bool(_CODE.search(line)) and "_" in line or line.startswith("+") for line in head) >= 1


def _phoenix_date(text: str | None) -> dt.date | None:
    if not text:
        return None
    digits = text.lstrip("<>")
    try:
        if len(digits) == 8:
            return dt.date(int(digits[:4]), int(digits[4:6]), int(digits[6:]))
        if len(digits) == 6:
            year = int(digits[:2])
            return dt.date(1900 + year if year >= 30 else 2000 + year, int(digits[2:4]), int(digits[4:]))
    except ValueError:
        return None
    return None


def _codes(text: str) -> list[tuple[str, dt.date | None, dt.date | None]]:
    out = []
    for code, first, second in _CODE.findall(text):
        if first.startswith(">"):
            out.append((code, _phoenix_date(first), None))
        elif first.startswith("<"):
            out.append((code, None, _phoenix_date(first)))
        else:
            out.append((code, _phoenix_date(first), _phoenix_date(second)))
    return out


def read_phoenix(path: Path) -> list[PhoenixEntry]:
    """Raw entries of a Phoenix/TABARI ``.actors`` file (comments and HTML comments skipped)."""
    entries: list[PhoenixEntry] = []
    current: PhoenixEntry | None = None
    in_comment = False
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        line = raw.rstrip()
        if in_comment or line.lstrip().startswith("<!--"):
            in_comment = "-->" not in line
            continue
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        if stripped.startswith("+"):
            if current is not None:
                name, _, rest = stripped[1:].partition("[")
                current.synonyms.append(name.split("#")[0].strip())
                current.codes += _codes("[" + rest) if rest else []
            continue
        if line[:1].isspace() and stripped.startswith("["):
            if current is not None:
                current.codes += _codes(stripped)
            continue
        match = _PRIMARY.match(stripped)
        if not match:
            continue
        current = PhoenixEntry(match["name"].strip(), [], _codes(match["codes"]))
        entries.append(current)
    return [e for e in entries if e.codes]


def _display(name: str) -> str:
    """``BAN_KI-MOON_`` -> ``Ban Ki-Moon``; ``U.N._`` stays ``U.N.``."""
    words = [w for w in name.replace("_", " ").split() if w]
    out = []
    for i, word in enumerate(words):
        lower = word.lower()
        if "." in word and len(word) <= 6:
            out.append(word.upper())
        elif i > 0 and lower in _SMALL_WORDS:
            out.append(lower)
        else:
            out.append("-".join(part[:1].upper() + part[1:].lower() for part in word.split("-")))
    return " ".join(out)


def _country(code: str, any_code: bool = False) -> str | None:
    prefix = code[:3].upper()
    if any_code:
        return prefix if prefix.isalpha() and len(prefix) == 3 else None
    return prefix if pycountry.countries.get(alpha_3=prefix) is not None else None


def _kind(entry: PhoenixEntry, names: list[str], source: str) -> str:
    codes = [c for c, _, _ in entry.codes]
    # the codes in force now (undated or open-ended): "[USRARM <900823] [ARM >911221]" is Armenia
    current = [c for c, _, end in entry.codes if end is None] or codes
    if all(len(c) == 3 and c.upper() not in _NOT_STATES for c in current):
        return "state"
    first = codes[0].upper()
    group_code = first.startswith(_GROUP_PREFIXES) or first.endswith(_GROUP_SUFFIXES)
    if "milnonstate" in source.lower() or group_code:
        return "group"
    dated = any(start or end for _, start, end in entry.codes)
    words = names[0].split()
    person_like = (
        2 <= len(words) <= 7
        and all(re.fullmatch(r"[A-Za-z'.-]+", w) for w in words)
        and not any(w.lower() in _ORG_WORDS for w in words)
    )
    if person_like and (dated or ("countries" in source.lower() and not first.startswith(_ORG_PREFIXES))):
        return "person"
    return "organization"


def _canonical(names: list[str], kind: str) -> str:
    """For people, the first form without a title ("Ban Ki-Moon" rather than "Secretary-General Ban...")."""
    if kind == "person":
        for name in names:
            if not any(w.lower() in _TITLE_WORDS for w in name.split()):
                return name
    return names[0]


def import_phoenix(path: Path, any_code: bool = False) -> list[ActorEntry]:
    """Entries of a PETRARCH/Phoenix actor file as dictionary entries (see module docstring).

    ``any_code`` keeps a three-letter prefix that is no ISO 3166 code as the country: the PETRARCH
    validation suite codes fictional states ("ARNOR [ARN]"). Only for scoring against that suite;
    the data contract takes ISO codes only."""
    path = Path(path)
    out: list[ActorEntry] = []
    for raw in read_phoenix(path):
        names = [_display(n) for n in [raw.name, *raw.synonyms] if n.strip("_ ")]
        if not names:
            continue
        kind = _kind(raw, names, path.name)
        name = _canonical(names, kind)
        codes = [c for c, _, _ in raw.codes]
        undated = [c for c, s, e in raw.codes if s is None and e is None]
        current = [c for c, _, end in raw.codes if end is None]
        country = _country((undated or current or codes)[-1], any_code)
        if kind == "state":
            actor_id = country or f"state:{slugify(name)}"
        else:
            prefix = {"person": "person", "group": "group"}.get(kind, "org")
            actor_id = f"{prefix}:{slugify(name)}"
        described = "; ".join(code + (f" {s or ''}..{e or ''}" if s or e else "") for code, s, e in raw.codes)
        note = f"imported from {path.name}: {described}"
        record = ActorRecord(actor_id, name, kind, country, note)
        aliases = list(dict.fromkeys(names))
        out.append(ActorEntry(record, aliases, [], []))
    logger.info("%s: imported %d Phoenix actor entries", path, len(out))
    return out


def phoenix_to_yaml(path: Path, out: Path | None = None) -> str:
    """Convert a Phoenix file to the project's YAML dictionary schema; write it to ``out`` if given."""
    actors = []
    for entry in import_phoenix(path):
        record = entry.record
        item: dict[str, object] = {"id": record.actor_id, "name": record.name, "kind": record.kind}
        item["country"] = record.country
        aliases = [a for a in entry.aliases if fold(a) != fold(record.name)]
        if aliases:
            item["aliases"] = aliases
        item["note"] = record.note
        actors.append(item)
    text = yaml.safe_dump(
        {"kind": "organization", "actors": actors}, allow_unicode=True, sort_keys=False, width=110
    )
    if out is not None:
        Path(out).write_text(text, encoding="utf-8")
    return text
