"""Our gold format (one YAML file per article) and the scorer that checks the tables against it.

A gold file names the article (``file``: a file name in the corpus or the ``article_id`` of a
JSONL/CSV row) and lists what a careful reader finds in it: persons, acting states, strings that
must not become actors, quotes, time expressions and state-level stance dyads. A key that is absent
is *not annotated* and is not scored; a key present with an empty list means "there are none".
Unknown keys are ignored (and reported once). The matching rules are documented in
``docs/evaluation.md``; each one is a small function below.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NamedTuple

import pandas as pd
import yaml
from unidecode import unidecode

from relations.schema import TABLE_NAMES
from relations.storage import read_table, table_path

logger = logging.getLogger(__name__)

KNOWN_KEYS = frozenset(
    {"file", "published", "persons", "states", "not_actors", "quotes", "dates", "stances", "stances_optional"}
)
# Keys annotators may use for their own notes; known, so never reported as unexpected.
COMMENT_KEYS = frozenset({"notes", "comment", "comments", "annotator"})
ACROSS_ARTICLES = "(across articles)"  # article_id of alias-split rows that span articles
DETAIL_COLUMNS = ["table", "article_id", "item", "status", "expected", "got"]
SIGNS = {"+": 1, "-": -1, "0": 0}
SIGN_SYMBOLS = {value: key for key, value in SIGNS.items()}
# Leading words that annotators and extractors disagree on including ("in January" / "January").
_DATE_FUNCTION_WORDS = frozenset(
    {"in", "on", "at", "since", "by", "during", "until", "till", "from", "of", "over", "for", "the"}
)
_POSSESSIVE = re.compile(r"['’]s?$")
_NON_WORD = re.compile(r"[^0-9a-z]+")
_ISO3 = re.compile(r"^[A-Z]{3}$")


class GoldError(ValueError):
    """A gold file that cannot be read as our format (names the file and the problem)."""


# --- the format -----------------------------------------------------------------------------------


class GoldPerson(NamedTuple):
    name: str
    countries: tuple[str | None, ...]  # acceptable countries (a list in YAML when honestly ambiguous)
    aliases: tuple[str, ...] = ()

    @property
    def country(self) -> str | None:
        return self.countries[0]

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


class GoldQuote(NamedTuple):
    speaker: str | None
    fragment: str


class GoldDate(NamedTuple):
    text: str
    value: str | None
    context: str | None = None


class GoldDyad(NamedTuple):
    source: str
    target: str
    sign: int  # +1 cooperative, -1 conflictual, 0 neutral

    def label(self) -> str:
        return f"{self.source}->{self.target} {SIGN_SYMBOLS[self.sign]}"


class GoldArticle(NamedTuple):
    """One gold file. ``None`` for a section means the annotator did not annotate it."""

    file: str
    path: Path
    published: str | None
    published_annotated: bool
    persons: tuple[GoldPerson, ...] | None
    states: tuple[str, ...] | None
    not_actors: tuple[str, ...] | None
    quotes: tuple[GoldQuote, ...] | None
    dates: tuple[GoldDate, ...] | None
    stances: frozenset[GoldDyad] | None
    stances_optional: frozenset[GoldDyad]
    unknown_keys: tuple[str, ...] = ()


def value_text(value: object) -> str | None:
    """A gold value as the tables store it: YAML turns ``2018-03-03`` into a date and ``2015`` into an int."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    text = str(value).strip()
    return text or None


def _countries(value: object) -> tuple[str | None, ...]:
    if isinstance(value, list):
        return tuple(value_text(item) for item in value) or (None,)
    return (value_text(value),)


def _aliases(value: object) -> tuple[str, ...]:
    """``aliases: Lavrov`` (one string) is as good as ``aliases: [Lavrov]``."""
    if value is None:
        return ()
    return (str(value),) if isinstance(value, str) else tuple(str(alias) for alias in value)


def _sign(value: object, where: str) -> int:
    text = str(value).strip()
    if text in SIGNS:
        return SIGNS[text]
    if isinstance(value, int) and value in (-1, 0, 1):
        return value
    raise GoldError(f"{where}: stance sign must be '+', '-' or '0', got {value!r}")


def _items(data: Mapping[str, Any], key: str, where: str) -> list[Any] | None:
    if key not in data:
        return None
    items = data[key]
    if items is None:
        return []
    if not isinstance(items, list):
        raise GoldError(f"{where}: '{key}' must be a list, got {type(items).__name__}")
    return items


def _mapping(item: object, key: str, where: str, required: Sequence[str]) -> Mapping[str, Any]:
    if not isinstance(item, Mapping):
        raise GoldError(f"{where}: each '{key}' item must be a mapping, got {item!r}")
    missing = [field for field in required if field not in item]
    if missing:
        raise GoldError(f"{where}: '{key}' item {dict(item)!r} lacks {', '.join(missing)}")
    return item


def _dyads(items: list[Any] | None, key: str, where: str) -> frozenset[GoldDyad] | None:
    if items is None:
        return None
    dyads = set()
    for item in items:
        row = _mapping(item, key, where, ("source", "target", "sign"))
        dyads.add(GoldDyad(str(row["source"]).upper(), str(row["target"]).upper(), _sign(row["sign"], where)))
    return frozenset(dyads)


def parse_gold(data: Mapping[str, Any], path: Path) -> GoldArticle:
    """Read one gold mapping (as loaded from YAML); raises :class:`GoldError` naming what is wrong."""
    where = str(path)
    if not isinstance(data, Mapping) or not data.get("file"):
        raise GoldError(f"{where}: a gold file is a mapping with at least a 'file' key")
    persons_raw = _items(data, "persons", where)
    persons = None
    if persons_raw is not None:
        persons = tuple(
            GoldPerson(
                name=str(row["name"]),
                countries=_countries(row.get("country")),
                aliases=_aliases(row.get("aliases")),
            )
            for row in (_mapping(item, "persons", where, ("name",)) for item in persons_raw)
        )
    quotes_raw = _items(data, "quotes", where)
    quotes = None
    if quotes_raw is not None:
        quotes = tuple(
            GoldQuote(speaker=value_text(row.get("speaker")), fragment=str(row["fragment"]))
            for row in (_mapping(item, "quotes", where, ("fragment",)) for item in quotes_raw)
        )
    dates_raw = _items(data, "dates", where)
    dates = None
    if dates_raw is not None:
        dates = tuple(
            GoldDate(
                text=str(row["text"]),
                value=value_text(row.get("value")),
                context=value_text(row.get("context")),
            )
            for row in (_mapping(item, "dates", where, ("text",)) for item in dates_raw)
        )
    states_raw = _items(data, "states", where)
    not_actors_raw = _items(data, "not_actors", where)
    unknown = tuple(sorted(str(key) for key in data if key not in KNOWN_KEYS | COMMENT_KEYS))
    return GoldArticle(
        file=str(data["file"]),
        path=path,
        published=value_text(data.get("published")),
        published_annotated="published" in data,
        persons=persons,
        states=None if states_raw is None else tuple(str(code).upper() for code in states_raw),
        not_actors=None if not_actors_raw is None else tuple(str(text) for text in not_actors_raw),
        quotes=quotes,
        dates=dates,
        stances=_dyads(_items(data, "stances", where), "stances", where),
        stances_optional=_dyads(_items(data, "stances_optional", where), "stances_optional", where)
        or frozenset(),
        unknown_keys=unknown,
    )


def load_gold(gold_dir: Path) -> list[GoldArticle]:
    """Every ``*.yml``/``*.yaml`` gold file under ``gold_dir`` (or the one file it names), sorted by path."""
    paths = (
        [gold_dir] if gold_dir.is_file() else sorted([*gold_dir.rglob("*.yml"), *gold_dir.rglob("*.yaml")])
    )
    if not paths:
        raise GoldError(f"{gold_dir}: no gold files (*.yml) found")
    golds = []
    for path in paths:
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
        except yaml.YAMLError as err:
            raise GoldError(f"{path}: not valid YAML: {err}") from err
        golds.append(parse_gold(data, path))
    unknown = sorted({key for gold in golds for key in gold.unknown_keys})
    if unknown:
        logger.warning("gold files carry keys that evaluate does not score (ignored): %s", ", ".join(unknown))
    return golds


# --- matching rules -------------------------------------------------------------------------------


def fold(text: str | None) -> str:
    """Case-, diacritic-, punctuation- and quote-insensitive form: ``"Putin’s"`` -> ``"putin"``."""
    if not text:
        return ""
    ascii_text = unidecode(_POSSESSIVE.sub("", text.strip())).lower()
    return " ".join(_NON_WORD.sub(" ", ascii_text).split())


def contains_words(haystack: str, needle: str) -> bool:
    """Whether folded ``needle`` occurs in folded ``haystack`` as whole words."""
    folded_needle = fold(needle)
    return bool(folded_needle) and f" {folded_needle} " in f" {fold(haystack)} "


def names_match(text: str | None, names: Iterable[str]) -> bool:
    """A mention or actor name matches when it equals, or contains as whole words, a name or alias."""
    return bool(text) and any(contains_words(text, name) for name in names)


def date_key(text: str) -> str:
    """Folded date text without the leading prepositions that annotators and extractors disagree on."""
    words = fold(text).split()
    while len(words) > 1 and words[0] in _DATE_FUNCTION_WORDS:
        words = words[1:]
    return " ".join(words)


def date_texts_match(gold_text: str, row_text: str) -> bool:
    """One date key contains the other as whole words: "Wednesday" matches "on Wednesday morning"."""
    gold_key, row_key = date_key(gold_text), date_key(row_text)
    return bool(gold_key and row_key) and (
        f" {gold_key} " in f" {row_key} " or f" {row_key} " in f" {gold_key} "
    )


# Decades and centuries written TimeML-style ("197", "19") or as their first year with a granularity.
_SPAN_DIGITS = {"decade": 3, "century": 2}


def same_date_value(gold: str | None, value: str | None, granularity: str | None) -> bool:
    """Equal values; a gold decade "197" also equals "1970" when the row's granularity is decade."""
    if gold == value:
        return True
    digits = _SPAN_DIGITS.get(granularity or "")
    return bool(gold and value and digits) and len(gold) == digits and value[:digits] == gold


def sign_of(polarity: int) -> int:
    return (polarity > 0) - (polarity < 0)


# --- the tables -----------------------------------------------------------------------------------


def load_tables(processed_dir: Path) -> dict[str, pd.DataFrame]:
    """The processed tables, validated; a missing table is scored as empty (and said so)."""
    if not processed_dir.is_dir():
        raise GoldError(f"{processed_dir}: no processed tables; run `relations extract` first")
    for name in TABLE_NAMES:
        if not table_path(processed_dir, name).exists():
            logger.warning("%s: no %s table; scoring it as empty", processed_dir, name)
    return {name: read_table(processed_dir, name) for name in TABLE_NAMES}


def article_index(articles: pd.DataFrame) -> dict[str, str]:
    """Every name a gold ``file`` may use for an article (id, file name, file stem) -> article_id."""
    index: dict[str, str] = {}
    for article_id, path in zip(articles["article_id"], articles["path"], strict=True):
        index[str(article_id)] = str(article_id)
        if isinstance(path, str) and path and not path.endswith((".jsonl", ".csv")):
            index.setdefault(Path(path).name, str(article_id))
            index.setdefault(Path(path).stem, str(article_id))
    return index


def resolve_article_id(file: str, index: Mapping[str, str]) -> str | None:
    return index.get(file) or index.get(Path(file).name) or index.get(Path(file).stem)


@dataclass
class ArticleTables:
    """The rows of one article, with actor attributes joined onto mentions."""

    article: pd.Series | None
    mentions: pd.DataFrame  # mention columns + name, kind, country of the actor
    dates: pd.DataFrame  # date columns + sentence (its text)
    quotes: pd.DataFrame  # quote columns + speaker_name, speaker_country
    stances: pd.DataFrame


def article_tables(tables: Mapping[str, pd.DataFrame], article_id: str | None) -> ArticleTables:
    def rows(name: str) -> pd.DataFrame:
        frame = tables[name]
        return frame[frame["article_id"] == article_id].reset_index(drop=True)

    actors = tables["actors"][["actor_id", "name", "kind", "country"]]
    articles = rows("articles")
    mentions = rows("mentions").merge(actors, on="actor_id", how="left")
    sentences = rows("sentences")[["sentence_id", "text"]].rename(columns={"text": "sentence"})
    dates = rows("dates").merge(sentences, on="sentence_id", how="left")
    speakers = actors.rename(
        columns={"actor_id": "speaker_id", "name": "speaker_name", "country": "speaker_country"}
    )
    quotes = rows("quotes").merge(
        speakers[["speaker_id", "speaker_name", "speaker_country"]], on="speaker_id", how="left"
    )
    return ArticleTables(
        article=articles.iloc[0] if len(articles) else None,
        mentions=mentions,
        dates=dates,
        quotes=quotes,
        stances=rows("stances"),
    )


def _where(frame: pd.DataFrame, mask: Sequence[bool]) -> pd.DataFrame:
    """Rows where ``mask`` is true (a plain list would select columns when empty)."""
    return frame[pd.Series(mask, index=frame.index, dtype=bool)]


def _text(value: object) -> str | None:
    """A table cell as text; pandas' missing values become None."""
    if value is None or (isinstance(value, float) and math.isnan(value)) or value is pd.NA:
        return None
    return str(value)


# --- scoring, one extractor at a time ------------------------------------------------------------


class Detail(NamedTuple):
    table: str
    article_id: str
    item: str
    status: str  # hit | miss | wrong | false_positive
    expected: str | None
    got: str | None


class PersonMatch(NamedTuple):
    person: GoldPerson
    actor_ids: tuple[str, ...]  # person actors matched, most mentioned first
    country: str | None  # country of the most mentioned matched actor


def match_person(person: GoldPerson, mentions: pd.DataFrame) -> PersonMatch:
    """Person actors of the article with a mention text or canonical name matching the person's names."""
    persons = mentions[mentions["kind"] == "person"]
    counts: Counter[str] = Counter()
    countries: dict[str, str | None] = {}
    for actor_id, text, name, country in zip(
        persons["actor_id"], persons["text"], persons["name"], persons["country"], strict=True
    ):
        if names_match(_text(text), person.names) or names_match(_text(name), person.names):
            counts[str(actor_id)] += 1
            countries[str(actor_id)] = _text(country)
    ranked = tuple(actor_id for actor_id, _ in counts.most_common())
    return PersonMatch(person, ranked, countries[ranked[0]] if ranked else None)


def person_details(article_id: str, matches: Sequence[PersonMatch]) -> list[Detail]:
    details = []
    for match in matches:
        person = match.person
        expected = "|".join(country or "null" for country in person.countries)
        if not match.actor_ids:
            details.append(Detail("persons", article_id, person.name, "miss", expected, None))
        elif match.country not in person.countries:
            got = f"{match.actor_ids[0]} ({match.country})"
            details.append(Detail("persons", article_id, person.name, "wrong", expected, got))
        else:
            details.append(Detail("persons", article_id, person.name, "hit", expected, match.actor_ids[0]))
        if len(match.actor_ids) > 1:
            details.append(
                Detail(
                    "alias_splits", article_id, person.name, "wrong", "one actor", ", ".join(match.actor_ids)
                )
            )
    return details


def state_details(article_id: str, states: Sequence[str], mentions: pd.DataFrame) -> list[Detail]:
    state_rows = mentions[mentions["kind"] == "state"]
    mentioned = {_text(c) for c in state_rows["country"]} | {
        str(a) for a in state_rows["actor_id"] if _ISO3.match(str(a))
    }
    return [
        Detail(
            "states",
            article_id,
            code,
            "hit" if code in mentioned else "miss",
            code,
            code if code in mentioned else None,
        )
        for code in states
    ]


def not_actor_details(article_id: str, not_actors: Sequence[str], mentions: pd.DataFrame) -> list[Detail]:
    """A not-actor string is hit (bad) when some mention's folded text equals or contains it."""
    details = []
    for phrase in not_actors:
        hits = [
            f"{text} -> {actor_id}"
            for text, actor_id in zip(mentions["text"], mentions["actor_id"], strict=True)
            if fold(phrase) in fold(str(text))
        ]
        if hits:
            details.append(
                Detail("not_actors", article_id, phrase, "false_positive", "no actor", "; ".join(hits))
            )
        else:
            details.append(Detail("not_actors", article_id, phrase, "hit", "no actor", None))
    return details


def _speaker_names(speaker: str, persons: Sequence[GoldPerson]) -> tuple[str, ...]:
    for person in persons:
        if fold(speaker) in {fold(name) for name in person.names}:
            return person.names
    return (speaker,)


def _speaker_right(speaker: str | None, row: pd.Series, persons: Sequence[GoldPerson]) -> bool:
    """The row's speaker actor is the gold speaker: by name/alias, or by country for a state code."""
    got_name = _text(row["speaker_name"])
    if speaker is None:
        return _text(row["speaker_id"]) is None
    if _ISO3.match(speaker):
        return speaker in {_text(row["speaker_country"]), _text(row["speaker_id"])}
    return names_match(got_name, _speaker_names(speaker, persons))


def quote_details(
    article_id: str, quotes: Sequence[GoldQuote], rows: pd.DataFrame, persons: Sequence[GoldPerson]
) -> list[Detail]:
    """A quote is found when a quotes row contains the fragment; right when that row's speaker is right."""
    details = []
    for quote in quotes:
        found = _where(rows, [contains_words(str(text), quote.fragment) for text in rows["text"]])
        item = quote.fragment
        if found.empty:
            details.append(Detail("quotes", article_id, item, "miss", quote.speaker, None))
            continue
        right = [_speaker_right(quote.speaker, row, persons) for _, row in found.iterrows()]
        chosen = found.iloc[right.index(True)] if any(right) else found.iloc[0]
        got = _text(chosen["speaker_name"]) or _text(chosen["speaker_text"])
        status = "hit" if any(right) else "wrong"
        details.append(Detail("quotes", article_id, item, status, quote.speaker, got))
    return details


def date_details(article_id: str, dates: Sequence[GoldDate], rows: pd.DataFrame) -> list[Detail]:
    """A date is right when a row with the same text (in a sentence with the context words) has the value."""
    details = []
    for gold in dates:
        item = gold.text if gold.context is None else f"{gold.text} [{gold.context}]"
        candidates = _where(rows, [date_texts_match(gold.text, str(text)) for text in rows["text"]])
        if gold.context is not None:
            context = gold.context
            candidates = _where(
                candidates, [contains_words(str(s or ""), context) for s in candidates["sentence"]]
            )
        values = [_text(value) for value in candidates["value"]]
        granularities = [_text(value) for value in candidates["granularity"]]
        if candidates.empty:
            details.append(Detail("dates", article_id, item, "miss", gold.value, None))
        elif any(same_date_value(gold.value, v, g) for v, g in zip(values, granularities, strict=True)):
            details.append(Detail("dates", article_id, item, "hit", gold.value, gold.value))
        else:
            details.append(
                Detail("dates", article_id, item, "wrong", gold.value, ", ".join(map(str, values)))
            )
    return details


def predicted_dyads(rows: pd.DataFrame) -> set[GoldDyad]:
    """The article's stances between states; rows lacking a country cannot be compared and are left out.

    Domestic stances (both sides in one country: police and protesters) are real rows of the table
    but not state-level dyads, which is what the gold format records, so they are left out too.
    """
    dyads = set()
    for source, target, polarity in zip(
        rows["source_country"], rows["target_country"], rows["polarity"], strict=True
    ):
        if _text(source) and _text(target) and str(source) != str(target):
            dyads.add(GoldDyad(str(source), str(target), sign_of(int(polarity))))
    return dyads


def stance_details(
    article_id: str, gold: frozenset[GoldDyad], optional: frozenset[GoldDyad], rows: pd.DataFrame
) -> list[Detail]:
    predicted = predicted_dyads(rows)
    details = [
        Detail("stances", article_id, dyad.label(), "hit", dyad.label(), dyad.label())
        if dyad in predicted
        else Detail("stances", article_id, dyad.label(), "miss", dyad.label(), None)
        for dyad in sorted(gold)
    ]
    for dyad in sorted(predicted - gold - optional):
        details.append(Detail("stances", article_id, dyad.label(), "false_positive", None, dyad.label()))
    return details


# --- the whole evaluation -------------------------------------------------------------------------


@dataclass
class EvaluationResult:
    """Figures (``metrics``, flat ``group.name`` keys) and one row per gold item (``details``)."""

    metrics: dict[str, float]
    details: pd.DataFrame
    person_actor_ids: dict[str, dict[str, tuple[str, ...]]]  # folded gold name -> article_id -> actor ids

    def per_article(self) -> pd.DataFrame:
        """Hits over scored items, per article and table (false positives and alias splits excluded)."""
        scored = self.details[~self.details["table"].isin(["alias_splits"])]
        scored = scored[scored["status"] != "false_positive"]
        if scored.empty:
            return pd.DataFrame()
        hits = scored.assign(hit=scored["status"] == "hit")
        summary = hits.groupby(["article_id", "table"])["hit"].agg(["sum", "count"])
        return summary.apply(lambda r: f"{int(r['sum'])}/{int(r['count'])}", axis=1).unstack(fill_value="")


def _ratio(numerator: float, denominator: float) -> float:
    return numerator / denominator if denominator else math.nan


def _f1(precision: float, recall: float) -> float:
    if math.isnan(precision) or math.isnan(recall):
        return math.nan
    return _ratio(2 * precision * recall, precision + recall)


def compute_metrics(details: pd.DataFrame, n_articles: int, n_missing: int) -> dict[str, float]:
    """Every figure from the detail rows (so figures and per-item evidence cannot disagree)."""

    def count(table: str, *statuses: str) -> int:
        rows = details[details["table"] == table]
        return int(rows["status"].isin(statuses).sum()) if statuses else len(rows)

    persons_found = count("persons", "hit", "wrong")
    stance_hits = count("stances", "hit")
    stance_fp = count("stances", "false_positive")
    stance_gold = count("stances", "hit", "miss")
    precision = _ratio(stance_hits, stance_hits + stance_fp)
    recall = _ratio(stance_hits, stance_gold)
    quotes_found = count("quotes", "hit", "wrong")
    splits = details[details["table"] == "alias_splits"]
    across_splits = int((splits["article_id"] == ACROSS_ARTICLES).sum())
    metrics = {
        "articles.n": float(n_articles),
        "articles.missing": float(n_missing),
        "published.accuracy": _ratio(count("published", "hit"), count("published")),
        "published.n": float(count("published")),
        "persons.recall": _ratio(persons_found, count("persons")),
        "persons.country_accuracy": _ratio(count("persons", "hit"), persons_found),
        "persons.n": float(count("persons")),
        "persons.alias_splits_within": float(len(splits) - across_splits),
        "persons.alias_splits_across": float(across_splits),
        "states.recall": _ratio(count("states", "hit"), count("states")),
        "states.n": float(count("states")),
        "not_actors.hits": float(count("not_actors", "false_positive")),
        "not_actors.avoided": _ratio(count("not_actors", "hit"), count("not_actors")),
        "not_actors.n": float(count("not_actors")),
        "quotes.recall": _ratio(quotes_found, count("quotes")),
        "quotes.speaker_accuracy": _ratio(count("quotes", "hit"), quotes_found),
        "quotes.n": float(count("quotes")),
        "dates.found": _ratio(count("dates", "hit", "wrong"), count("dates")),
        "dates.accuracy": _ratio(count("dates", "hit"), count("dates")),
        "dates.n": float(count("dates")),
        "stances.recall": recall,
        "stances.precision": precision,
        "stances.f1": _f1(precision, recall),
        "stances.n": float(stance_gold),
    }
    headline = [metrics[key] for key in HEADLINE_METRICS if not math.isnan(metrics[key])]
    metrics["overall.score"] = sum(headline) / len(headline) if headline else math.nan
    return metrics


# The rates averaged into ``overall.score`` (each in 0..1, higher is better).
HEADLINE_METRICS = (
    "published.accuracy",
    "persons.recall",
    "persons.country_accuracy",
    "states.recall",
    "not_actors.avoided",
    "quotes.recall",
    "quotes.speaker_accuracy",
    "dates.accuracy",
    "stances.f1",
)


def score_article(
    gold: GoldArticle, article_id: str, rows: ArticleTables
) -> tuple[list[Detail], list[PersonMatch]]:
    """Every detail row for one gold article against its rows in the tables."""
    details: list[Detail] = []
    if gold.published_annotated:
        got = _text(rows.article["published"]) if rows.article is not None else None
        status = "hit" if got == gold.published and rows.article is not None else "wrong"
        details.append(Detail("published", article_id, "published", status, gold.published, got))
    matches: list[PersonMatch] = []
    if gold.persons is not None:
        matches = [match_person(person, rows.mentions) for person in gold.persons]
        details += person_details(article_id, matches)
    if gold.states is not None:
        details += state_details(article_id, gold.states, rows.mentions)
    if gold.not_actors is not None:
        details += not_actor_details(article_id, gold.not_actors, rows.mentions)
    if gold.quotes is not None:
        details += quote_details(article_id, gold.quotes, rows.quotes, gold.persons or ())
    if gold.dates is not None:
        details += date_details(article_id, gold.dates, rows.dates)
    if gold.stances is not None:
        details += stance_details(article_id, gold.stances, gold.stances_optional, rows.stances)
    return details, matches


def across_article_splits(person_actor_ids: Mapping[str, Mapping[str, tuple[str, ...]]]) -> list[str]:
    """Gold persons (by folded name) found in several articles under different primary actor ids."""
    split = []
    for name, by_article in person_actor_ids.items():
        primaries = {ids[0] for ids in by_article.values() if ids}
        if len(primaries) > 1:
            split.append(name)
    return split


def evaluate_tables(golds: Sequence[GoldArticle], tables: Mapping[str, pd.DataFrame]) -> EvaluationResult:
    """Score in-memory tables (as :func:`load_tables` returns them) against parsed gold articles."""
    index = article_index(tables["articles"])
    details: list[Detail] = []
    # Keyed by folded gold name, so "Erdoğan" in one file and "Erdogan" in another are one person.
    person_actor_ids: dict[str, dict[str, tuple[str, ...]]] = defaultdict(dict)
    display_names: dict[str, str] = {}
    missing = 0
    for gold in golds:
        article_id = resolve_article_id(gold.file, index)
        if article_id is None:
            missing += 1
            logger.warning(
                "%s: article %r is not in the tables; its items count as misses", gold.path, gold.file
            )
        label = article_id or gold.file
        article_details, matches = score_article(gold, label, article_tables(tables, article_id))
        details += article_details
        for match in matches:
            if match.actor_ids:
                person_actor_ids[fold(match.person.name)][label] = match.actor_ids
                display_names.setdefault(fold(match.person.name), match.person.name)
    for key in across_article_splits(person_actor_ids):
        got = "; ".join(f"{a}: {ids[0]}" for a, ids in sorted(person_actor_ids[key].items()))
        details.append(Detail("alias_splits", ACROSS_ARTICLES, display_names[key], "wrong", "one actor", got))
    frame = pd.DataFrame(details, columns=DETAIL_COLUMNS).astype("string")
    metrics = compute_metrics(frame, len(golds), missing)
    return EvaluationResult(metrics=metrics, details=frame, person_actor_ids=dict(person_actor_ids))


def evaluate_gold(gold_dir: Path, processed_dir: Path) -> EvaluationResult:
    """Score the processed tables in ``processed_dir`` against every gold file in ``gold_dir``."""
    return evaluate_tables(load_gold(gold_dir), load_tables(processed_dir))


# --- drafting gold from the tables ----------------------------------------------------------------

DRAFT_HEADER = """\
# Draft gold annotation written by `relations annotate` from the current tables.
# Correct it against the article text: remove what is wrong, add what is missing. Format and
# matching rules: docs/evaluation.md. Every section present is scored; delete a section to leave it
# unannotated. Fragments only need to be distinctive words of the quote.
"""
FRAGMENT_WORDS = 8


def _flow(item: Mapping[str, Any]) -> str:
    """One list item on one line, as annotators write them: ``{name: X, country: RUS}``."""
    return yaml.safe_dump(
        dict(item), default_flow_style=True, sort_keys=False, allow_unicode=True, width=10_000
    ).strip()


def _scalar(value: object) -> str:
    """One YAML scalar, quoted only where YAML needs it."""
    return yaml.safe_dump(value, default_flow_style=True, allow_unicode=True, width=10_000).splitlines()[0]


def _section(key: str, items: Sequence[Any]) -> str:
    if not items:
        return f"{key}: []\n"
    lines = [f"  - {_flow(item) if isinstance(item, Mapping) else _scalar(item)}" for item in items]
    return f"{key}:\n" + "\n".join(lines) + "\n"


def _fragment(text: str) -> str:
    """The first words of a quote: distinctive enough to find it again, short enough to check by eye."""
    words = text.split()
    return " ".join(words[:FRAGMENT_WORDS]).strip(" \"'“”‘’,.")


CONTEXT_WORDS = 5


def _repeated_date_keys(dates: pd.DataFrame) -> set[str]:
    counts = Counter(date_key(str(text)) for text in dates["text"])
    return {key for key, n in counts.items() if n > 1}


def _draft_date(row: pd.Series, repeated: set[str]) -> dict[str, str | None]:
    """A dates item; a repeated text gets the first words of its sentence as context."""
    item = {"text": str(row["text"]), "value": _text(row["value"])}
    sentence = _text(row["sentence"])
    if date_key(item["text"]) in repeated and sentence:
        item["context"] = " ".join(sentence.split()[:CONTEXT_WORDS])
    return item


def draft_gold(article_id: str, tables: Mapping[str, pd.DataFrame]) -> str:
    """A gold YAML draft for one article, from what the extractors found, for a person to correct."""
    rows = article_tables(tables, article_id)
    if rows.article is None:
        raise GoldError(f"article {article_id!r} is not in the articles table")
    path = _text(rows.article["path"]) or ""
    file = Path(path).name if path and not path.endswith((".jsonl", ".csv")) else article_id
    mentions = rows.mentions
    persons = []
    for actor_id, group in mentions[mentions["kind"] == "person"].groupby("actor_id", sort=False):
        name = str(group["name"].iloc[0]) if _text(group["name"].iloc[0]) else str(actor_id)
        # Only names: pronouns and role nouns ("he", "the minister") are not aliases.
        aliases = sorted({fold_display(t) for t in group["text"] if str(t)[:1].isupper()} - {name, ""})
        persons.append({"name": name, "country": _text(group["country"].iloc[0]), "aliases": aliases})
    states = sorted({c for c in (_text(c) for c in mentions[mentions["kind"] == "state"]["country"]) if c})
    quotes = [
        {
            "speaker": _text(row["speaker_name"]) or _text(row["speaker_text"]),
            "fragment": _fragment(str(row["text"])),
        }
        for _, row in rows.quotes.iterrows()
    ]
    repeated = _repeated_date_keys(rows.dates)
    dates = [_draft_date(row, repeated) for _, row in rows.dates.iterrows()]
    stances = [
        {"source": dyad.source, "target": dyad.target, "sign": SIGN_SYMBOLS[dyad.sign]}
        for dyad in sorted(predicted_dyads(rows.stances))
    ]
    published = _text(rows.article["published"])
    return (
        DRAFT_HEADER
        + f"file: {_scalar(file)}\n"
        + f"published: {published or 'null'}\n"
        + _section("persons", persons)
        + f"states: {_scalar(states)}\n"
        + _section("not_actors", [])
        + _section("quotes", quotes)
        + _section("dates", dates)
        + _section("stances", stances)
        + _section("stances_optional", [])
    )


def fold_display(text: object) -> str:
    """A mention text as an alias: whitespace collapsed and a trailing possessive removed."""
    return _POSSESSIVE.sub("", " ".join(str(text).split())).strip()


def corpus_rows(ids: set[str], corpus_dir: Path) -> dict[str, str]:
    """The raw JSON line of each wanted article id, from every corpus file in ``corpus_dir``."""
    found: dict[str, str] = {}
    for path in sorted(corpus_dir.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip() and (article_id := str(json.loads(line).get("id"))) in ids:
                found.setdefault(article_id, line)
    return found


def write_corpus_articles(ids: set[str], corpus_dir: Path, path: Path) -> set[str]:
    """Write the corpus rows of the wanted article ids to the JSON Lines file ``path`` (sorted by
    id, as the benchmarks extract them); the ids found."""
    rows = corpus_rows(ids, corpus_dir)
    path.write_text("".join(f"{rows[i]}\n" for i in sorted(rows)), encoding="utf-8")
    return set(rows)
