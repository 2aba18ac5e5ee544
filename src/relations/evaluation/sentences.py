"""Stance gold on real corpus sentences, and the scorer that checks the stances table against it.

The public event sets (PLOVER, PETRARCH2) are wire sentences chosen because they hold an event. This
gold is a random sample of the sentences of our own corpus that name two or more countries, so it
measures what users of the tables meet: precision on real text (a sentence with no dyad is a gold
*negative*, and every row there is a false positive) as well as recall.

Each item names a sentence by its article and character span. The text stays in ``../shared``
(nothing from it is committed); a short sha256 prefix of the sentence checks that the span still
holds the same words. ``stances`` lists the international dyads a careful reader finds in the
sentence, ``optional`` those a reader may accept but need not (descriptions such as "the US-backed
SDF", hypotheticals, dyads that rest on a group's country): they count neither way, and so do
predicted neutral rows (polarity 0), which take no side. Matching is on
``(source_country, target_country, sign(polarity))`` of the rows whose clause lies in the sentence,
as in the article-level gold (:func:`relations.evaluation.gold.predicted_dyads`). Items are split
into ``dev`` and ``test`` halves with :func:`relations.evaluation.events.split_of` on
``article:start``; only the dev half is read when tuning.
"""

from __future__ import annotations

import hashlib
import logging
import re
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import NamedTuple

import pandas as pd
import yaml

from relations.evaluation.events import split_of
from relations.evaluation.gold import SIGNS, GoldDyad, GoldError, predicted_dyads

logger = logging.getLogger(__name__)

ITEM_KEYS = ("article", "start", "end", "sha", "stances", "optional")
_DYAD = re.compile(r"^([A-Z]{3})->([A-Z]{3}) ([-+0])$")


class SentenceGold(NamedTuple):
    """One annotated sentence: its place in the corpus and the dyads a reader finds in it."""

    article_id: str
    start: int
    end: int
    sha: str
    stances: frozenset[GoldDyad]
    optional: frozenset[GoldDyad]

    @property
    def key(self) -> str:
        return f"{self.article_id}:{self.start}"

    @property
    def split(self) -> str:
        return split_of(self.key)


class SentenceScore(NamedTuple):
    """What the stances table gave for one gold sentence, against what the reader found."""

    item: SentenceGold
    predicted: frozenset[GoldDyad]

    @property
    def hits(self) -> frozenset[GoldDyad]:
        return self.item.stances & self.predicted

    @property
    def misses(self) -> frozenset[GoldDyad]:
        return self.item.stances - self.predicted

    @property
    def false_positives(self) -> frozenset[GoldDyad]:
        """Predicted dyads the reader did not find; a neutral row (a statement about a side, polarity
        0) takes no side and is not counted."""
        return frozenset(d for d in self.predicted - self.item.stances - self.item.optional if d.sign != 0)


def text_sha(text: str) -> str:
    """The short fingerprint that ties an item to its sentence's words."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]


def parse_dyad(text: str, where: str) -> GoldDyad:
    """``"RUS->SYR -"`` (the form :meth:`GoldDyad.label` prints) as a dyad; an international one only."""
    match = _DYAD.match(str(text).strip())
    if match is None:
        raise GoldError(f"{where}: {text!r} is not a dyad like 'RUS->SYR -' (ISO3->ISO3 and +, - or 0)")
    source, target, sign = match.groups()
    if source == target:
        raise GoldError(f"{where}: {text!r} is domestic; this gold records dyads between states only")
    return GoldDyad(source, target, SIGNS[sign])


def _dyad_set(value: object, where: str) -> frozenset[GoldDyad]:
    if value is None:
        return frozenset()
    if not isinstance(value, list):
        raise GoldError(f"{where}: expected a list of dyads, got {type(value).__name__}")
    return frozenset(parse_dyad(item, where) for item in value)


def parse_item(data: object, where: str) -> SentenceGold:
    """One YAML mapping as an item; raises :class:`GoldError` naming the item and what is wrong."""
    if not isinstance(data, dict):
        raise GoldError(f"{where}: expected a mapping with keys {', '.join(ITEM_KEYS)}")
    unknown = set(data) - set(ITEM_KEYS)
    if unknown:
        raise GoldError(f"{where}: unknown keys {sorted(unknown)}")
    missing = [key for key in ("article", "start", "end", "sha") if key not in data]
    if missing:
        raise GoldError(f"{where}: missing {', '.join(missing)}")
    start, end = data["start"], data["end"]
    if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end):
        raise GoldError(f"{where}: start and end must be character offsets with start < end")
    item = SentenceGold(
        article_id=str(data["article"]),
        start=start,
        end=end,
        sha=str(data["sha"]),
        stances=_dyad_set(data.get("stances"), where),
        optional=_dyad_set(data.get("optional"), where),
    )
    if item.stances & item.optional:
        raise GoldError(
            f"{where}: a dyad is both gold and optional: {sorted(d.label() for d in item.stances & item.optional)}"
        )
    return item


def load_sentence_gold(path: Path) -> list[SentenceGold]:
    """All items of a gold file (a YAML list); a malformed item raises :class:`GoldError`."""
    data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    if not isinstance(data, list):
        raise GoldError(f"{path}: expected a YAML list of sentence items")
    items = [parse_item(entry, f"{path} item {number}") for number, entry in enumerate(data)]
    keys = [item.key for item in items]
    if len(set(keys)) != len(keys):
        raise GoldError(f"{path}: a sentence is annotated twice")
    return items


def aligned(items: Iterable[SentenceGold], articles: pd.DataFrame) -> tuple[list[SentenceGold], list[str]]:
    """The items whose span still holds the annotated words, and the keys of those that do not.

    An article that is missing or whose text changed cannot be scored: its items are reported, not
    guessed at.
    """
    texts = dict(zip(articles["article_id"], articles["text"], strict=True))
    good, lost = [], []
    for item in items:
        text = texts.get(item.article_id)
        if text is not None and text_sha(text[item.start : item.end]) == item.sha:
            good.append(item)
        else:
            lost.append(item.key)
    if lost:
        logger.warning("%d gold sentences are not in the tables as annotated: %s", len(lost), ", ".join(lost))
    return good, lost


def score_sentences(items: Iterable[SentenceGold], stances: pd.DataFrame) -> list[SentenceScore]:
    """Each item against the rows of its article whose clause lies inside the sentence."""
    by_article = {article: rows for article, rows in stances.groupby("article_id", sort=False)}
    empty = stances.iloc[0:0]
    scores = []
    for item in items:
        rows = by_article.get(item.article_id, empty)
        inside = rows[(rows["start"] >= item.start) & (rows["end"] <= item.end)]
        scores.append(SentenceScore(item, frozenset(predicted_dyads(inside))))
    return scores


def sentence_metrics(scores: Sequence[SentenceScore]) -> dict[str, float]:
    """Recall, precision and F1 over the dyads, and how many gold-negative sentences stay clean."""
    gold = sum(len(score.item.stances) for score in scores)
    hits = sum(len(score.hits) for score in scores)
    false_positives = sum(len(score.false_positives) for score in scores)
    negatives = [score for score in scores if not score.item.stances]
    recall = hits / gold if gold else float("nan")
    precision = hits / (hits + false_positives) if hits + false_positives else float("nan")
    f1 = 2 * precision * recall / (precision + recall) if precision + recall > 0 else float("nan")
    return {
        "sentences": float(len(scores)),
        "gold_dyads": float(gold),
        "hits": float(hits),
        "false_positives": float(false_positives),
        "recall": recall,
        "precision": precision,
        "f1": f1,
        "negative_sentences": float(len(negatives)),
        "negatives_clean": (
            sum(not score.false_positives for score in negatives) / len(negatives)
            if negatives
            else float("nan")
        ),
    }
