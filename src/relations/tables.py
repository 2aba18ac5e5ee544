"""Loading the processed tables and the analysis helpers the notebooks call.

Every function here takes and returns plain pandas frames (or small NamedTuples of them), so a
notebook is a parameters cell, imports and calls; the same numbers feed the charts and their CSVs.
Helpers refuse to guess: an undated stance is counted as undated, never placed on a timeline.
"""

from __future__ import annotations

import html
import itertools
import logging
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import NamedTuple

import networkx as nx
import pandas as pd

from relations import schema, storage
from relations.actors import is_unidentified
from relations.config import PROCESSED_DIR, REPORTS_DIR

logger = logging.getLogger(__name__)

UNKNOWN_SOURCE = "(unknown source)"
UNATTRIBUTED = "(unattributed)"

# Stance dates are ISO prefixes; their length says how precise they are.
_PRECISION_BY_LENGTH = {4: "year", 7: "month", 10: "day"}
_PRECISION_RANK = {"year": 0, "month": 1, "day": 2}
# The coarsest date precision that can still be placed in a period of each frequency.
FREQUENCIES: dict[str, str] = {"D": "day", "W": "day", "M": "month", "Q": "month", "Y": "year"}
FREQUENCY_NAMES: dict[str, str] = {"D": "day", "W": "week", "M": "month", "Q": "quarter", "Y": "year"}


class ParameterError(ValueError):
    """A notebook parameter that names nothing in the tables; the message lists the valid values."""


class Notice(NamedTuple):
    """A message shown in place of a chart or table (e.g. "no stances yet"), escaped for HTML."""

    message: str

    def _repr_html_(self) -> str:
        return f'<p class="relations-notice"><strong>Note:</strong> {html.escape(self.message)}</p>'

    def __str__(self) -> str:
        return f"Note: {self.message}"


# Text reads left to right; pandas and JupyterLab's stylesheet right-align every cell, and the latter
# with a selector more specific than any plain class rule, hence !important.
_TABLE_STYLE = (
    "<style>table.relations-table td, table.relations-table th "
    "{ text-align: left !important; vertical-align: top; }</style>"
)


class HtmlTable(NamedTuple):
    """A frame rendered with every cell escaped, so article text can never inject markup."""

    frame: pd.DataFrame
    caption: str = ""

    def _repr_html_(self) -> str:
        caption = f"<p><em>{html.escape(self.caption)}</em></p>" if self.caption else ""
        # Line breaks inside a cell would print as a literal "\n"; a space reads the same.
        frame = self.frame.copy()
        for column in frame.columns:
            if pd.api.types.is_string_dtype(frame[column]):
                cleaned = frame[column].str.replace(r"\s*\n\s*", " ", regex=True).str.strip()
                frame[column] = cleaned.astype("object").fillna("")  # to_html prints pd.NA as "<NA>"
        with pd.option_context("display.max_colwidth", None):
            body = frame.to_html(escape=True, index=False, na_rep="", border=0, classes="relations-table")
        return _TABLE_STYLE + caption + body


def show(frame: pd.DataFrame, caption: str = "", empty: str = "nothing to show") -> HtmlTable | Notice:
    """A table for a notebook cell, or a Notice saying what is missing when it has no rows."""
    return Notice(empty) if frame.empty else HtmlTable(frame, caption)


class Tables(NamedTuple):
    """The processed tables of one run, typed as ``schema`` says."""

    articles: pd.DataFrame
    sentences: pd.DataFrame
    actors: pd.DataFrame
    mentions: pd.DataFrame
    dates: pd.DataFrame
    quotes: pd.DataFrame
    stances: pd.DataFrame
    problems: pd.DataFrame


class ActorProfile(NamedTuple):
    """Everything the tables say about one actor."""

    label: str  # display name
    summary: pd.DataFrame  # one row: actor_id, name, kind, country, mentions, articles, quotes, stances
    mentions_by_month: pd.DataFrame  # month, mentions
    co_mentioned: pd.DataFrame  # actor_id, name, kind, sentences
    stances: pd.DataFrame  # role (source/target), other actor, polarity, category, date, evidence
    quotes: pd.DataFrame  # article_id, text, cue
    contexts: pd.DataFrame  # article_id, sentence_id, mention, sentence


class DyadTimeline(NamedTuple):
    """Stances between two actors per period, split into cooperation and conflict."""

    source: str
    target: str
    periods: pd.DataFrame  # direction, period, cooperation, conflict, n_cooperation, n_conflict, n_neutral
    stances: pd.DataFrame  # the placed stances, with direction and period
    undated: int  # stances without a date
    too_coarse: int  # stances whose date is less precise than the period (e.g. a bare year by month)


class DateFilter(NamedTuple):
    """Stances kept by a date range, how many were left out, and a label for titles and file names."""

    stances: pd.DataFrame
    left_out: int
    label: str

    @property
    def note(self) -> Notice:
        return Notice(f"{self.label}: {len(self.stances)} stances kept, {self.left_out} outside or undated")


class StanceMatrix(NamedTuple):
    """Net stance (mean signed intensity) and counts between the top states, source rows x target columns."""

    net: pd.DataFrame
    counts: pd.DataFrame
    pairs: pd.DataFrame  # long form: source, target, net, stances


# ---------------------------------------------------------------- loading and parameters


def resolve_dir(value: str | Path | None, default: Path) -> Path:
    """A notebook's directory parameter: an empty string means the project default."""
    return Path(value) if value not in (None, "") else default


def figures_dir(reports_dir: str | Path | None = "") -> Path:
    """Where charts of a report run go: ``<reports_dir>/figures`` (created)."""
    target = resolve_dir(reports_dir, REPORTS_DIR) / "figures"
    target.mkdir(parents=True, exist_ok=True)
    return target


def load_tables(processed_dir: str | Path | None = "") -> Tables:
    """Read ``<processed_dir>/<table>.parquet`` for every table, checked against the schema.

    ``articles.parquet`` must exist (it means extraction ran); any other missing table is treated as
    empty, with a warning, so notebooks work while extractors are still landing.
    """
    folder = resolve_dir(processed_dir, PROCESSED_DIR)
    if not storage.table_path(folder, "articles").exists():
        raise FileNotFoundError(
            f"no processed tables in {folder}: run `relations extract data/raw` first "
            "(or pass processed_dir=...)"
        )
    for table in schema.TABLE_NAMES:
        if not storage.table_path(folder, table).exists():
            logger.warning("%s has no %s table yet; treating it as empty", folder, table)
    frames = {table: storage.read_table(folder, table) for table in schema.TABLE_NAMES}
    return Tables(**frames)


def check_choice(value: str, valid: Iterable[str], what: str) -> str:
    """``value`` if it is one of ``valid``; otherwise stop with a message naming the valid values."""
    options = sorted({str(v) for v in valid})
    if value in options:
        return value
    shown = ", ".join(options[:60]) + (f", ... ({len(options)} in all)" if len(options) > 60 else "")
    raise ParameterError(f"unknown {what} {value!r}; valid values: {shown or '(none: the table is empty)'}")


def safe_filename(value: str, max_length: int = 80) -> str:
    """A file-name stem that cannot leave its folder: only ``[A-Za-z0-9._-]``, no leading dots."""
    cleaned = re.sub(r"[^A-Za-z0-9._-]+", "_", value).strip("._")
    cleaned = cleaned[:max_length].strip("._")
    return cleaned or "_"


def actor_names(tables: Tables) -> dict[str, str]:
    """actor_id -> display name (the id itself when the actors table does not know it)."""
    return dict(zip(tables.actors["actor_id"], tables.actors["name"], strict=True))


def _name(actor_id: object, names: Mapping[str, str]) -> str:
    if actor_id is None or pd.isna(actor_id):
        return UNATTRIBUTED
    return names.get(str(actor_id), str(actor_id))


def resolve_actor(value: str, tables: Tables) -> str:
    """An actor id from an id or a case-insensitive canonical name.

    Empty means the most-mentioned actor ("" again when nothing has been extracted yet).
    """
    actors = tables.actors
    if value == "":
        counts = tables.mentions["actor_id"].value_counts()
        return str(counts.index[0]) if len(counts) else ""
    if value in set(actors["actor_id"]):
        return value
    by_name = actors.loc[actors["name"].str.casefold() == value.casefold(), "actor_id"]
    if len(by_name) >= 1:
        return str(by_name.iloc[0])
    return check_choice(value, actors["actor_id"], "actor")


def dyad_codes(tables: Tables) -> set[str]:
    """Values a dyad parameter may take: actor ids and country codes known to the run."""
    codes = set(tables.actors["actor_id"]) | set(tables.actors["country"].dropna())
    for column in ("source_id", "target_id", "source_country", "target_country"):
        codes |= set(tables.stances[column].dropna())
    return {str(c) for c in codes}


def check_dyad(source: str, target: str, tables: Tables) -> tuple[str, str]:
    """Both sides of a dyad, checked against the run's actor ids and country codes.

    Nothing is checked while no actors or stances exist: the timeline then says there are none yet.
    """
    if source == target:
        raise ParameterError(f"source and target are both {source!r}; a dyad needs two different actors")
    valid = dyad_codes(tables)
    if valid:
        check_choice(source, valid, "source actor or country")
        check_choice(target, valid, "target actor or country")
    return source, target


def resolve_article(article_id: str, tables: Tables) -> str:
    """A known article id; empty means the first article of the run."""
    ids = tables.articles["article_id"]
    if article_id == "":
        if ids.empty:
            raise ParameterError("the articles table is empty: there is no article to report on")
        return str(ids.iloc[0])
    return check_choice(article_id, ids, "article id")


# ---------------------------------------------------------------- corpus overview


def _month(published: pd.Series) -> pd.Series:
    return pd.to_datetime(published, format="%Y-%m-%d", errors="coerce").dt.to_period("M").astype("string")


def articles_by_source_month(articles: pd.DataFrame) -> pd.DataFrame:
    """Article counts per source and publication month; undated articles are counted as month NA."""
    frame = pd.DataFrame(
        {
            "source": articles["source"].fillna(UNKNOWN_SOURCE),
            "month": _month(articles["published"]).fillna("undated"),
        }
    )
    counts = frame.value_counts(["source", "month"]).rename("articles").reset_index()
    return counts.sort_values(["month", "source"], ignore_index=True)


def articles_by_source(articles: pd.DataFrame) -> pd.DataFrame:
    counts = articles["source"].fillna(UNKNOWN_SOURCE).value_counts().rename_axis("source")
    return counts.rename("articles").reset_index()


def article_lengths(articles: pd.DataFrame) -> pd.DataFrame:
    """Per-article length in characters, words and sentences."""
    return pd.DataFrame(
        {
            "article_id": articles["article_id"],
            "source": articles["source"].fillna(UNKNOWN_SOURCE),
            "n_chars": articles["n_chars"],
            "n_words": articles["text"].str.split().str.len().fillna(0).astype("int64"),
            "n_sentences": articles["n_sentences"],
        }
    )


def problems_summary(problems: pd.DataFrame) -> pd.DataFrame:
    """What was skipped and why, by stage and message, most frequent first."""
    if problems.empty:
        return pd.DataFrame({"stage": [], "message": [], "count": []})
    counts = problems.value_counts(["stage", "message"]).rename("count").reset_index()
    return counts.sort_values(["count", "stage"], ascending=[False, True], ignore_index=True)


def corpus_summary(tables: Tables) -> pd.DataFrame:
    """One row per figure worth quoting about a run (used on the index page and the overview)."""
    published = pd.to_datetime(tables.articles["published"], format="%Y-%m-%d", errors="coerce").dropna()
    span = f"{published.min():%Y-%m-%d} to {published.max():%Y-%m-%d}" if len(published) else "no dates"
    rows = [
        ("articles", str(len(tables.articles))),
        ("sources", str(tables.articles["source"].nunique())),
        ("published", span),
        ("undated articles", str(int(tables.articles["published"].isna().sum()))),
        ("sentences", str(len(tables.sentences))),
        ("actors", str(len(tables.actors))),
        ("mentions", str(len(tables.mentions))),
        ("time expressions", str(len(tables.dates))),
        ("quotes", str(len(tables.quotes))),
        ("stances", str(len(tables.stances))),
        ("problems (skipped or flagged)", str(len(tables.problems))),
    ]
    return pd.DataFrame(rows, columns=["what", "value"])


# ---------------------------------------------------------------- actors


def top_actors(tables: Tables, n: int = 15, kind: str | None = None) -> pd.DataFrame:
    """The most-mentioned actors: mentions, articles mentioning them, name, kind and country."""
    mentions = tables.mentions
    if mentions.empty:
        return pd.DataFrame(columns=["actor_id", "name", "kind", "country", "mentions", "articles"])
    counts = mentions.groupby("actor_id").agg(
        mentions=("actor_id", "size"), articles=("article_id", "nunique")
    )
    frame = counts.reset_index().merge(tables.actors, on="actor_id", how="left")
    frame["name"] = frame["name"].fillna(frame["actor_id"])
    if kind is not None:
        frame = frame[frame["kind"] == kind]
    frame = frame.sort_values(["mentions", "articles", "actor_id"], ascending=[False, False, True])
    return (
        frame[["actor_id", "name", "kind", "country", "mentions", "articles"]].head(n).reset_index(drop=True)
    )


def top_actors_by_kind(tables: Tables, n: int = 10) -> pd.DataFrame:
    """The ``n`` most-mentioned actors of each kind (people, states, organisations, groups)."""
    ranked = top_actors(tables, n=len(tables.actors) + len(tables.mentions))
    return ranked.groupby("kind", sort=False, dropna=False).head(n).reset_index(drop=True)


def co_mentions(mentions: pd.DataFrame) -> pd.DataFrame:
    """Pairs of actors named in the same sentence, with the number of such sentences."""
    pairs: Counter[tuple[str, str]] = Counter()
    for _, group in mentions.groupby(["article_id", "sentence_id"]):
        ids = sorted(set(group["actor_id"]))
        pairs.update(itertools.combinations(ids, 2))
    rows = [(a, b, n) for (a, b), n in pairs.items()]
    frame = pd.DataFrame(rows, columns=["actor_a", "actor_b", "sentences"])
    return frame.sort_values(
        ["sentences", "actor_a", "actor_b"], ascending=[False, True, True], ignore_index=True
    )


def co_mention_graph(tables: Tables, max_actors: int = 25, min_sentences: int = 1) -> nx.Graph:
    """The co-mention network of the most-mentioned actors (node attrs: name, kind, mentions)."""
    top = top_actors(tables, n=max_actors)
    graph = nx.Graph()
    for row in top.itertuples(index=False):
        graph.add_node(row.actor_id, name=row.name, kind=row.kind or "unknown", mentions=int(row.mentions))
    edges = co_mentions(tables.mentions[tables.mentions["actor_id"].isin(set(top["actor_id"]))])
    for row in edges[edges["sentences"] >= min_sentences].itertuples(index=False):
        graph.add_edge(row.actor_a, row.actor_b, weight=int(row.sentences))
    return graph


def graph_edges(graph: nx.Graph) -> pd.DataFrame:
    """The edge list behind a network chart, with names (for its CSV)."""
    rows = [
        (a, graph.nodes[a]["name"], b, graph.nodes[b]["name"], data["weight"])
        for a, b, data in graph.edges(data=True)
    ]
    return pd.DataFrame(rows, columns=["actor_a", "name_a", "actor_b", "name_b", "sentences"])


def actor_profile(tables: Tables, actor_id: str, n_contexts: int = 20) -> ActorProfile:
    """The drill-down for one actor: mentions over time, company kept, stances, quotes, contexts.

    An empty ``actor_id`` (nothing extracted yet) gives an empty profile.
    """
    names = actor_names(tables)
    label = _name(actor_id, names) if actor_id else "(no actor)"
    own = tables.mentions[tables.mentions["actor_id"] == actor_id]
    dated = own.merge(tables.articles[["article_id", "published"]], on="article_id", how="left")
    by_month = (
        _month(dated["published"]).fillna("undated").value_counts().rename_axis("month").rename("mentions")
    )
    by_month = by_month.reset_index().sort_values("month", ignore_index=True)

    sentences = own[["article_id", "sentence_id"]].drop_duplicates()
    company = tables.mentions.merge(sentences, on=["article_id", "sentence_id"])
    company = company[company["actor_id"] != actor_id].drop_duplicates(
        ["article_id", "sentence_id", "actor_id"]
    )
    co = company["actor_id"].value_counts().rename_axis("actor_id").rename("sentences").reset_index()
    co.insert(1, "name", [_name(a, names) for a in co["actor_id"]])

    stances = tables.stances
    as_source = stances[stances["source_id"] == actor_id].assign(role="source", other=stances["target_id"])
    as_target = stances[stances["target_id"] == actor_id].assign(role="target", other=stances["source_id"])
    both = pd.concat([as_source, as_target], ignore_index=True)
    both["other"] = [_name(a, names) for a in both["other"]]
    stance_view = both[
        ["role", "other", "polarity", "intensity", "category", "date", "article_id", "evidence"]
    ]

    quotes = tables.quotes[tables.quotes["speaker_id"] == actor_id][["article_id", "text", "cue", "kind"]]

    contexts = own.merge(tables.sentences, on=["article_id", "sentence_id"], suffixes=("", "_sentence"))
    contexts = contexts.rename(columns={"text": "mention", "text_sentence": "sentence"})
    contexts = contexts[["article_id", "sentence_id", "mention", "sentence"]].head(n_contexts)

    known = tables.actors[tables.actors["actor_id"] == actor_id]
    summary = pd.DataFrame(
        {
            "actor_id": [actor_id],
            "name": [label],
            "kind": [known["kind"].iloc[0] if len(known) else None],
            "country": [known["country"].iloc[0] if len(known) else None],
            "mentions": [len(own)],
            "articles": [own["article_id"].nunique()],
            "quotes": [len(quotes)],
            "stances": [len(stance_view)],
        }
    )
    if not actor_id:
        summary = summary.iloc[0:0]
    return ActorProfile(label, summary, by_month, co, stance_view.reset_index(drop=True), quotes, contexts)


# ---------------------------------------------------------------- stances over time


def date_precision(value: object) -> str | None:
    """'year', 'month' or 'day' for an ISO prefix; None when missing or malformed."""
    if value is None or pd.isna(value):
        return None
    return _PRECISION_BY_LENGTH.get(len(str(value)))


def signed_weight(stances: pd.DataFrame) -> pd.Series:
    """Intensity with the stance's sign: cooperation positive, conflict negative, neutral zero."""
    return stances["polarity"].astype("float64") * stances["intensity"].abs()


def place_in_periods(stances: pd.DataFrame, freq: str) -> tuple[pd.DataFrame, int, int]:
    """Stances with a ``period`` column; drops (and counts) undated ones and those too coarse for ``freq``."""
    check_choice(freq, FREQUENCIES, "frequency")
    precision = stances["date"].map(date_precision)
    needed = _PRECISION_RANK[FREQUENCIES[freq]]
    undated = int(precision.isna().sum())
    rank = precision.map(_PRECISION_RANK.get)
    placeable = rank.notna() & (rank >= needed)
    too_coarse = int((precision.notna() & ~placeable).sum())
    placed = stances[placeable].copy()
    # Pad partial dates to their first day; safe because the period is never finer than the precision.
    starts = placed["date"].astype("string").str.pad(10, side="right", fillchar="-")
    starts = starts.str.replace(r"-(?=-|$)", "-01", regex=True).str.slice(0, 10)
    placed["period"] = pd.to_datetime(starts, format="%Y-%m-%d").dt.to_period(freq)
    return placed, undated, too_coarse


def _matches(stances: pd.DataFrame, side: str, code: str) -> pd.Series:
    """Rows whose ``side`` is the actor ``code`` or one of country ``code``'s actors; unidentified
    attackers are placed in a country, not its actors, so they count only when asked for by id."""
    ids = stances[f"{side}_id"]
    return (ids == code) | ((stances[f"{side}_country"] == code) & ~_unidentified(ids))


def _unidentified(ids: pd.Series) -> pd.Series:
    return ids.map(is_unidentified).astype(bool)


def direction_label(source: str, target: str) -> str:
    return f"{source} → {target}"


def dyad_timeline(stances: pd.DataFrame, source: str, target: str, freq: str = "M") -> DyadTimeline:
    """Stances source->target and target->source per period: intensity-weighted cooperation and conflict.

    ``source``/``target`` match an actor id or a country code, so "RUS" includes Putin and Lavrov.
    """
    forward = stances[_matches(stances, "source", source) & _matches(stances, "target", target)]
    backward = stances[_matches(stances, "source", target) & _matches(stances, "target", source)]
    both = pd.concat(
        [
            forward.assign(direction=direction_label(source, target)),
            backward.assign(direction=direction_label(target, source)),
        ],
        ignore_index=True,
    )
    placed, undated, too_coarse = place_in_periods(both, freq)
    placed["weight"] = signed_weight(placed)
    rows = []
    for (direction, period), group in placed.groupby(["direction", "period"], sort=True):
        rows.append(
            {
                "direction": direction,
                "period": str(period),
                "cooperation": float(group.loc[group["polarity"] > 0, "weight"].sum()),
                "conflict": float(group.loc[group["polarity"] < 0, "weight"].sum()),
                "n_cooperation": int((group["polarity"] > 0).sum()),
                "n_conflict": int((group["polarity"] < 0).sum()),
                "n_neutral": int((group["polarity"] == 0).sum()),
            }
        )
    columns = ["direction", "period", "cooperation", "conflict", "n_cooperation", "n_conflict", "n_neutral"]
    periods = pd.DataFrame(rows, columns=columns)
    return DyadTimeline(source, target, periods, placed, undated, too_coarse)


def direction_summary(timeline: DyadTimeline) -> pd.DataFrame:
    """Both directions side by side: counts, summed cooperation and conflict, mean signed intensity."""
    rows = []
    for source, target in ((timeline.source, timeline.target), (timeline.target, timeline.source)):
        label = direction_label(source, target)
        placed = timeline.stances[timeline.stances["direction"] == label]
        rows.append(
            {
                "direction": label,
                "stances": len(placed),
                "cooperative": int((placed["polarity"] > 0).sum()),
                "conflictual": int((placed["polarity"] < 0).sum()),
                "neutral": int((placed["polarity"] == 0).sum()),
                "cooperation": float(placed.loc[placed["polarity"] > 0, "weight"].sum()),
                "conflict": float(placed.loc[placed["polarity"] < 0, "weight"].sum()),
                "net_mean": float(placed["weight"].mean()) if len(placed) else float("nan"),
            }
        )
    return pd.DataFrame(rows)


def strongest_evidence(stances: pd.DataFrame, articles: pd.DataFrame, n: int = 10) -> pd.DataFrame:
    """The ``n`` stances with the largest absolute intensity, with their evidence sentences and titles."""
    if stances.empty:
        return pd.DataFrame(
            columns=[
                "date",
                "direction",
                "polarity",
                "intensity",
                "category",
                "evidence",
                "title",
                "article_id",
            ]
        )
    ranked = stances.assign(strength=stances["intensity"].abs()).sort_values(
        ["strength", "date"], ascending=[False, True]
    )
    ranked = ranked.head(n).merge(articles[["article_id", "title"]], on="article_id", how="left")
    if "direction" not in ranked:
        ranked["direction"] = ranked["source_id"] + " → " + ranked["target_id"]
    columns = ["date", "direction", "polarity", "intensity", "category", "evidence", "title", "article_id"]
    return ranked[columns].reset_index(drop=True)


def date_interval(value: object) -> tuple[pd.Timestamp, pd.Timestamp] | None:
    """First and last instant of an ISO prefix ("2018" spans the whole year); None when undated."""
    precision = date_precision(value)
    if precision is None:
        return None
    period = pd.Period(str(value), freq={"year": "Y", "month": "M", "day": "D"}[precision])
    return period.start_time, period.end_time


def _bound(value: str, what: str) -> tuple[pd.Timestamp, pd.Timestamp]:
    interval = date_interval(value) if re.fullmatch(schema.ISO_DATE_PREFIX, value) else None
    if interval is None:
        raise ParameterError(f"{what} {value!r} is not an ISO date such as 2018, 2018-03 or 2018-03-01")
    return interval


def filter_by_date(stances: pd.DataFrame, start: str = "", end: str = "") -> DateFilter:
    """Stances whose date overlaps [start, end] (ISO prefixes, inclusive), and how many were left out.

    Undated stances are left out once a bound is set; a partial date is kept when any part of it is
    inside ("2018" overlaps 2018-06..2019-01), since dropping it would hide evidence.
    """
    if not start and not end:
        return DateFilter(stances, 0, "all dates")
    low = _bound(start, "start_date")[0] if start else pd.Timestamp.min
    high = _bound(end, "end_date")[1] if end else pd.Timestamp.max
    intervals = [date_interval(d) for d in stances["date"]]
    keep = [iv is not None and iv[1] >= low and iv[0] <= high for iv in intervals]
    label = f"{start or 'start'} to {end or 'end'}"
    return DateFilter(stances[keep], len(keep) - sum(keep), label)


def top_states(stances: pd.DataFrame, n: int = 10) -> list[str]:
    """Country codes most involved in stances (as source or target)."""
    codes = pd.concat([stances["source_country"], stances["target_country"]]).dropna()
    counts = codes.value_counts()
    return sorted(counts.index[:n], key=lambda c: (-counts[c], c))


def stance_matrix(stances: pd.DataFrame, n: int = 10) -> StanceMatrix:
    """Net stance between the top ``n`` states: mean signed intensity per (source, target) country pair."""
    # unidentified attackers are placed in a state, not the state's: no state's stance
    stances = stances[~_unidentified(stances["source_id"]) & ~_unidentified(stances["target_id"])]
    states = top_states(stances, n)
    inside = stances[stances["source_country"].isin(states) & stances["target_country"].isin(states)]
    inside = inside.assign(weight=signed_weight(inside))
    pairs = (
        inside.groupby(["source_country", "target_country"])
        .agg(net=("weight", "mean"), stances=("weight", "size"))
        .reset_index()
        .rename(columns={"source_country": "source", "target_country": "target"})
    )
    net = pairs.pivot(index="source", columns="target", values="net").reindex(index=states, columns=states)
    counts = (
        pairs.pivot(index="source", columns="target", values="stances")
        .reindex(index=states, columns=states)
        .fillna(0)
        .astype("int64")
    )
    return StanceMatrix(net, counts, pairs)


# ---------------------------------------------------------------- voices


def voices(tables: Tables, n: int = 20) -> pd.DataFrame:
    """Who is quoted: quotes per speaker, whom their quotes mention most, their stances' polarity."""
    quotes = tables.quotes
    columns = ["speaker_id", "speaker", "quotes", "articles", "about", "stances", "net_polarity"]
    if quotes.empty:
        return pd.DataFrame(columns=columns)
    names = actor_names(tables)
    subjects = quote_subjects(tables)
    stances = tables.stances[tables.stances["quote_id"].notna()]
    stance_by_quote = stances.merge(quotes[["quote_id", "speaker_id"]], on="quote_id", how="inner")
    rows = []
    speaker_keys = quotes["speaker_id"].fillna(UNATTRIBUTED)
    for speaker, group in quotes.groupby(speaker_keys, sort=False):
        about = subjects[subjects["speaker_id"] == speaker].head(3)
        own = stance_by_quote[stance_by_quote["speaker_id"].fillna(UNATTRIBUTED) == speaker]
        rows.append(
            {
                "speaker_id": speaker,
                "speaker": _name(None if speaker == UNATTRIBUTED else speaker, names),
                "quotes": len(group),
                "articles": group["article_id"].nunique(),
                "about": ", ".join(about["subject"]),
                "stances": len(own),
                "net_polarity": float(own["polarity"].mean()) if len(own) else float("nan"),
            }
        )
    frame = pd.DataFrame(rows, columns=columns)
    return frame.sort_values(["quotes", "speaker"], ascending=[False, True], ignore_index=True).head(n)


def quote_subjects(tables: Tables) -> pd.DataFrame:
    """Actors mentioned inside each speaker's quotes: speaker_id, subject_id, subject, quotes."""
    quotes, mentions = tables.quotes, tables.mentions
    if quotes.empty or mentions.empty:
        return pd.DataFrame(columns=["speaker_id", "subject_id", "subject", "quotes"])
    joined = quotes[["quote_id", "article_id", "start", "end", "speaker_id"]].merge(
        mentions[["article_id", "start", "end", "actor_id"]], on="article_id", suffixes=("", "_m")
    )
    inside = joined[(joined["start_m"] >= joined["start"]) & (joined["end_m"] <= joined["end"])]
    inside = inside[inside["actor_id"] != inside["speaker_id"]].drop_duplicates(["quote_id", "actor_id"])
    inside = inside.assign(speaker_id=inside["speaker_id"].fillna(UNATTRIBUTED))
    counts = inside.groupby(["speaker_id", "actor_id"]).size().rename("quotes").reset_index()
    names = actor_names(tables)
    counts = counts.rename(columns={"actor_id": "subject_id"})
    counts.insert(2, "subject", [_name(a, names) for a in counts["subject_id"]])
    return counts.sort_values(
        ["speaker_id", "quotes", "subject"], ascending=[True, False, True], ignore_index=True
    )


def quote_list(tables: Tables, speaker: str = "") -> pd.DataFrame:
    """The quotes themselves with speaker names and article titles (optionally for one speaker id)."""
    names = actor_names(tables)
    quotes = tables.quotes
    if speaker:
        quotes = quotes[quotes["speaker_id"] == speaker]
    frame = quotes.merge(tables.articles[["article_id", "title", "published"]], on="article_id", how="left")
    frame = frame.assign(speaker=[_name(s, names) for s in frame["speaker_id"]])
    columns = ["speaker", "text", "kind", "cue", "published", "title", "article_id"]
    return frame[columns].reset_index(drop=True)


# ---------------------------------------------------------------- one article


def article_metadata(tables: Tables, article_id: str) -> pd.DataFrame:
    """One article's metadata and how much was extracted from it, as field/value rows."""
    article = tables.articles[tables.articles["article_id"] == article_id].iloc[0]
    fields = ["article_id", "title", "source", "author", "url", "published", "n_chars", "n_sentences"]
    rows = [(f, "" if pd.isna(article[f]) else str(article[f])) for f in fields]
    for name in ("mentions", "dates", "quotes", "stances"):
        frame = getattr(tables, name)
        rows.append((name, int((frame["article_id"] == article_id).sum())))
    rows.append(("problems", int((tables.problems["article_id"] == article_id).sum())))
    return pd.DataFrame(rows, columns=["field", "value"]).astype({"value": "string"})


# The columns worth reading in an article report (offsets and ids stay in the CSV/parquet tables).
ARTICLE_VIEWS: dict[str, list[str]] = {
    "mentions": ["sentence_id", "text", "actor_id", "rule"],
    "dates": ["sentence_id", "text", "value", "granularity", "rule"],
    "quotes": ["sentence_id", "speaker_text", "speaker_id", "cue", "kind", "partial", "text"],
    "stances": [
        "sentence_id",
        "source_id",
        "target_id",
        "polarity",
        "intensity",
        "category",
        "hedged",
        "date",
        "date_source",
        "evidence",
    ],
    "actors": ["actor_id", "name", "kind", "country", "note"],
    "problems": ["stage", "message", "path", "line"],
}


def article_view(tables: Tables, table: str) -> pd.DataFrame:
    """The readable columns of one table of an article report."""
    return getattr(tables, table)[ARTICLE_VIEWS[table]]


def article_rows(tables: Tables, article_id: str) -> Tables:
    """Every table restricted to one article (actors restricted to those it mentions)."""
    check_choice(article_id, tables.articles["article_id"], "article id")
    frames = {
        name: frame[frame["article_id"] == article_id].reset_index(drop=True)
        for name, frame in tables._asdict().items()
        if name != "actors"
    }
    ids = (
        set(frames["mentions"]["actor_id"])
        | set(frames["stances"]["source_id"])
        | set(frames["stances"]["target_id"])
    )
    frames["actors"] = tables.actors[tables.actors["actor_id"].isin(ids)].reset_index(drop=True)
    return Tables(**frames)


# ---------------------------------------------------------------- evaluation

# Metric names (after the table prefix) that are counts, not 0..1 rates; kept out of the score chart.
_COUNT_MEASURES = {"n", "missing", "hits"}


class EvaluationTables(NamedTuple):
    """What the evaluation notebook shows; ``status`` says what was scored or why it was skipped."""

    status: Notice
    metrics: pd.DataFrame  # metric, table, measure, value, is_rate
    scores: pd.DataFrame  # the 0..1 rates only
    outcomes: pd.DataFrame  # per table: counts of hit, miss, wrong ...
    errors: pd.DataFrame  # detail rows that are not hits


def evaluate(gold: str, processed_dir: str | Path | None = "") -> EvaluationTables:
    """Score the tables against the gold folder ``gold`` with ``evaluate_gold``; skipped when not given."""
    skipped = EvaluationTables(Notice(""), *(pd.DataFrame() for _ in range(4)))
    if not gold:
        return skipped._replace(
            status=Notice("no gold annotations given (parameter gold); evaluation skipped")
        )
    gold_dir = Path(gold)
    if not gold_dir.is_dir():
        raise ParameterError(f"gold folder {gold_dir} does not exist")
    try:
        from relations.evaluation.gold import evaluate_gold
    except ImportError as error:  # the evaluation module lands separately (issue 2)
        return skipped._replace(status=Notice(f"the evaluation module is unavailable ({error}); skipped"))
    result = evaluate_gold(gold_dir, resolve_dir(processed_dir, PROCESSED_DIR))
    details: pd.DataFrame = result.details
    status = Notice(f"scored {details['article_id'].nunique()} gold articles from {gold_dir}")
    return EvaluationTables(
        status,
        metric_table(result.metrics),
        evaluation_scores(result.metrics),
        evaluation_outcomes(details),
        evaluation_errors(details),
    )


def metric_table(metrics: Mapping[str, float]) -> pd.DataFrame:
    """Flat ``table.measure`` metrics as rows: metric, table, measure, value, is_rate."""
    rows = []
    for metric, value in metrics.items():
        table, _, measure = metric.rpartition(".")
        is_rate = measure not in _COUNT_MEASURES and not measure.startswith("alias_splits")
        rows.append((metric, table or metric, measure, float(value), is_rate))
    return pd.DataFrame(rows, columns=["metric", "table", "measure", "value", "is_rate"])


def evaluation_scores(metrics: Mapping[str, float]) -> pd.DataFrame:
    """The 0..1 rates among the metrics (precision, recall, accuracy ...), measured ones only."""
    frame = metric_table(metrics)
    rates = frame[frame["is_rate"] & frame["value"].notna()]
    return rates[["metric", "table", "measure", "value"]].reset_index(drop=True)


def evaluation_outcomes(details: pd.DataFrame) -> pd.DataFrame:
    """Counts of detail rows per table and status (hit, miss, wrong, false_positive ...)."""
    if details.empty:
        return pd.DataFrame(columns=["table"])
    counts = details.value_counts(["table", "status"]).unstack(fill_value=0)
    return counts.rename_axis(columns=None).reset_index()


def evaluation_errors(details: pd.DataFrame, n: int = 50) -> pd.DataFrame:
    """The first ``n`` detail rows that are not hits: what to look at first."""
    return details[details["status"] != "hit"].head(n).reset_index(drop=True)
