"""Score actor mentions against the project's per-article gold annotations (benchmarks/gold/*.yml).

Gold format (one YAML per article; other keys, e.g. quotes/dates/stances, are ignored here)::

    file: 004_2513f709a0890ad6.txt      # a file in data/raw, or the article_id of a JSONL row
    published: 2018-03-03
    persons: [{name: Sergey Lavrov, country: RUS, aliases: [Lavrov]}]
    states: [RUS, IRN, USA]
    not_actors: ["QR code"]
    split: heldout                      # optional: annotated after tuning, never tuned on

Measures, per article and pooled:
- person recall: gold persons that some person mention resolves to (matched by name or alias,
  transliteration-insensitive);
- country accuracy: among found persons, the resolved actor's country equals the gold one
  (a gold ``null`` is right only when the system also refuses to name a country);
- person precision: distinct predicted person actors that match a gold person;
- state recall/precision: ISO codes of state mentions (historical entities count as their
  successor, e.g. the Soviet Union as RUS) against ``states``;
- not-actor hits: mentions whose text contains a ``not_actors`` phrase.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

import yaml

from relations.actors import ActorRecord, ActorResolver, Mention, fold, name_key
from relations.document import ParsedArticle


class GoldPerson(NamedTuple):
    name: str
    country: str | None
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class ActorGold:
    file: str
    published: dt.date | None
    persons: tuple[GoldPerson, ...]
    states: frozenset[str]
    not_actors: tuple[str, ...]
    path: Path | None = None
    split: str | None = None  # "heldout": annotated after tuning, never tuned on


def load_gold(path: Path) -> ActorGold:
    """One gold annotation file; raises ValueError when a required key is missing or malformed."""
    data = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or {}
    if "file" not in data:
        raise ValueError(f"{path}: gold annotation without 'file'")
    published = data.get("published")
    if isinstance(published, str):
        published = dt.date.fromisoformat(published)
    persons = tuple(
        GoldPerson(str(p["name"]), p.get("country"), tuple(str(a) for a in p.get("aliases") or []))
        for p in data.get("persons") or []
    )
    return ActorGold(
        file=str(data["file"]),
        published=published,
        persons=persons,
        states=frozenset(str(s) for s in data.get("states") or []),
        not_actors=tuple(str(x) for x in data.get("not_actors") or []),
        path=Path(path),
        split=data.get("split"),
    )


def load_gold_dir(folder: Path) -> list[ActorGold]:
    return [load_gold(p) for p in sorted(Path(folder).glob("*.yml"))]


@dataclass
class ActorScore:
    article: str
    persons_total: int = 0
    persons_found: int = 0
    countries_right: int = 0
    persons_predicted: int = 0
    persons_predicted_correct: int = 0
    states_total: int = 0
    states_found: int = 0
    states_predicted: int = 0
    missing_persons: list[str] = field(default_factory=list)
    wrong_countries: list[str] = field(default_factory=list)
    extra_persons: list[str] = field(default_factory=list)
    missing_states: list[str] = field(default_factory=list)
    extra_states: list[str] = field(default_factory=list)
    not_actor_hits: list[str] = field(default_factory=list)

    def add(self, other: ActorScore) -> None:
        for name in (
            "persons_total",
            "persons_found",
            "countries_right",
            "persons_predicted",
            "persons_predicted_correct",
            "states_total",
            "states_found",
            "states_predicted",
        ):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        for name in ("missing_persons", "wrong_countries", "extra_persons", "missing_states", "extra_states"):
            getattr(self, name).extend(f"{other.article}: {x}" for x in getattr(other, name))
        self.not_actor_hits.extend(f"{other.article}: {x}" for x in other.not_actor_hits)

    @property
    def person_recall(self) -> float:
        return _ratio(self.persons_found, self.persons_total)

    @property
    def person_precision(self) -> float:
        return _ratio(self.persons_predicted_correct, self.persons_predicted)

    @property
    def country_accuracy(self) -> float:
        return _ratio(self.countries_right, self.persons_found)

    @property
    def state_recall(self) -> float:
        return _ratio(self.states_found, self.states_total)

    @property
    def state_precision(self) -> float:
        states_correct = self.states_predicted - len(self.extra_states)
        return _ratio(states_correct, self.states_predicted)


def _ratio(numerator: int, denominator: int) -> float:
    return numerator / denominator if denominator else float("nan")


def _forms(names: Iterable[str]) -> set[str]:
    """Exact folded forms and transliteration keys of names (titles like "Mr" dropped)."""
    out: set[str] = set()
    for name in names:
        bare = " ".join(w for w in name.split() if fold(w).strip(".") not in {"mr", "mrs", "ms", "dr", "the"})
        out.add(fold(bare))
        out.add("key:" + name_key(bare))
    return out


def _matches(gold: GoldPerson, record: ActorRecord, surfaces: set[str], aliases: Sequence[str]) -> bool:
    gold_forms = _forms([gold.name, *gold.aliases])
    system_forms = _forms([record.name, *surfaces])
    full_gold = _forms([gold.name])
    return bool(gold_forms & system_forms) or bool(full_gold & _forms(aliases))


def evaluate_article(
    gold: ActorGold, parsed: ParsedArticle, mentions: Sequence[Mention], resolver: ActorResolver
) -> ActorScore:
    """Compare one article's mentions with its gold annotation."""
    score = ActorScore(article=gold.file)
    surfaces: dict[str, set[str]] = {}
    states: set[str] = set()
    for mention in mentions:
        record = resolver.actor(mention.actor_id)
        if record.kind == "person":
            surfaces.setdefault(record.actor_id, set()).add(mention.text)
        elif record.kind == "state" and mention.rule != "role":
            states.add(record.country or record.actor_id)
    matched_actors: set[str] = set()
    for person in gold.persons:
        score.persons_total += 1
        hits = [
            actor_id
            for actor_id, texts in surfaces.items()
            if _matches(person, resolver.actor(actor_id), texts, resolver.aliases(actor_id))
        ]
        if not hits:
            score.missing_persons.append(person.name)
            continue
        score.persons_found += 1
        matched_actors.update(hits)
        country = resolver.actor(hits[0]).country
        if country == person.country:
            score.countries_right += 1
        else:
            score.wrong_countries.append(f"{person.name}: {country} (gold {person.country})")
    score.persons_predicted = len(surfaces)
    score.persons_predicted_correct = len(matched_actors & set(surfaces))
    score.extra_persons = sorted(resolver.actor(a).name for a in set(surfaces) - matched_actors)
    score.states_total = len(gold.states)
    score.states_found = len(gold.states & states)
    score.states_predicted = len(states)
    score.missing_states = sorted(gold.states - states)
    score.extra_states = sorted(states - gold.states)
    blocked = [fold(x) for x in gold.not_actors]
    score.not_actor_hits = [m.text for m in mentions if any(b and b in fold(m.text) for b in blocked)]
    return score
