"""Score quote attribution against PolNeAR (Newell, Margolin & Ruths, LREC 2018).

PolNeAR annotates attributions in US political news as brat standoff: a Content span, a Cue and an
optional Source, with character offsets into the article text. We score the content spans found by
:func:`relations.quotes.find_attributions`:

- a prediction matches a gold attribution when their content spans overlap by at least half of the
  *longer* of the two (``|pred ∩ gold| / max(|pred|, |gold|) >= 0.5``), one to one, best overlap first;
  quotation marks and edge punctuation are trimmed from both before measuring;
- a gold attribution is *direct* when its content opens with a double quotation mark, else
  *indirect* (a paraphrase carrying a scare quote, "called it “very productive”", is indirect);
  precision is counted over our predictions of a kind, recall over gold attributions of a kind;
- our *partial* quotes are not scored on their own: PolNeAR annotates the attribution that holds a
  scare quote, not the scare quote (they are counted as ``partial_skipped``);
- speaker accuracy is over matched pairs whose gold attribution has a Source: our speaker span must
  overlap the gold source span (PolNeAR sources are surface spans such as "he" or "the Post", so
  this measures attribution, not the actor dictionary). A missing speaker counts as wrong.

Articles annotated by several annotators are scored once, against the first annotator's file.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import NamedTuple

from relations.parse import article_from_text, parse_articles
from relations.quotes import Attribution, find_attributions

logger = logging.getLogger(__name__)

SPLITS = ("train", "dev", "test")
MIN_OVERLAP = 0.5
_DOUBLE_MARKS = frozenset('“”"„«»')
_EDGE_CHARS = " \t\n“”\"„«»‘’',.;:!?—–-"

Interval = tuple[int, int]


class GoldAttribution(NamedTuple):
    content: tuple[Interval, ...]  # discontinuous spans allowed
    source: tuple[Interval, ...]  # empty when the annotator marked no source
    cue: tuple[Interval, ...]
    direct: bool


class GoldArticle(NamedTuple):
    name: str
    text: str
    attributions: list[GoldAttribution]


def _intervals(offsets: str) -> tuple[Interval, ...]:
    """``"752 760;769 800"`` -> ((752, 760), (769, 800))."""
    pieces = []
    for piece in offsets.split(";"):
        start, end = piece.split()
        pieces.append((int(start), int(end)))
    return tuple(pieces)


def read_ann(path: Path, text: str) -> list[GoldAttribution]:
    """The attributions of one brat ``.ann`` file (events ``E`` linking Content, Cue and Source)."""
    spans: dict[str, tuple[str, tuple[Interval, ...]]] = {}
    events: list[dict[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        fields = line.split("\t")
        if line.startswith("T") and len(fields) >= 2:
            label, _, offsets = fields[1].partition(" ")
            spans[fields[0]] = (label, _intervals(offsets))
        elif line.startswith("E") and len(fields) >= 2:
            roles = dict(arg.split(":", 1) for arg in fields[1].split() if ":" in arg)
            events.append(roles)
    gold: list[GoldAttribution] = []
    for roles in events:
        content = spans.get(roles.get("Content", ""), ("", ()))[1]
        if not content:
            continue
        source = spans.get(roles.get("Source", ""), ("", ()))[1]
        cue = spans.get(roles.get("Cue", ""), ("", ()))[1]
        direct = text[content[0][0] : content[0][1]].lstrip()[:1] in _DOUBLE_MARKS
        gold.append(GoldAttribution(content, source, cue, direct))
    return gold


def _data_dir(path: Path) -> Path:
    return path / "data" if (path / "data").is_dir() else path


def load_split(path: Path, split: str = "test") -> list[GoldArticle]:
    """Texts and gold attributions of one split; ``path`` is the PolNeAR folder or its ``data``."""
    if split not in SPLITS:
        raise ValueError(f"split must be one of {SPLITS}, not {split!r}")
    root = _data_dir(path) / split
    annotations: dict[str, list[Path]] = defaultdict(list)
    for ann in sorted((root / "attributions").glob("*.ann")):
        annotations[ann.stem.rsplit("_", 1)[0]].append(ann)
    articles = []
    for text_path in sorted((root / "text").glob("*.txt")):
        files = annotations.get(text_path.stem)
        if not files:
            logger.warning("%s has no annotation file", text_path.name)
            continue
        text = text_path.read_text(encoding="utf-8")
        articles.append(GoldArticle(text_path.stem, text, read_ann(files[0], text)))
    return articles


def _trim(text: str, start: int, end: int) -> Interval:
    while start < end and text[start] in _EDGE_CHARS:
        start += 1
    while end > start and text[end - 1] in _EDGE_CHARS:
        end -= 1
    return start, end


def _overlap(a: Sequence[Interval], b: Sequence[Interval]) -> int:
    return sum(max(0, min(e1, e2) - max(s1, s2)) for s1, e1 in a for s2, e2 in b)


def _length(spans: Sequence[Interval]) -> int:
    return sum(end - start for start, end in spans)


class Match(NamedTuple):
    prediction: Attribution
    gold: GoldAttribution


class Predicted(NamedTuple):
    """One attribution as PolNeAR counts it: quotes interrupted by their attribution are one content."""

    attribution: Attribution  # the first piece (kind, cue, speaker)
    content: tuple[Interval, ...]


def group_predictions(attributions: Sequence[Attribution]) -> list[Predicted]:
    """Join a quote to the one before when both hang on one cue ("“A,” she said. “B.”", "“A,” she said, “b”").

    PolNeAR annotates such a quote as one discontinuous content span; partial quotes are dropped.
    """
    grouped: list[Predicted] = []
    previous_direct: int | None = None
    for attribution in attributions:
        if attribution.partial:
            continue
        if attribution.kind == "direct" and previous_direct is not None:
            first = grouped[previous_direct].attribution
            same_cue = attribution.cue_start is not None and attribution.cue_start == first.cue_start
            if (
                (attribution.inherited or same_cue)
                and attribution.speaker_start is not None
                and (attribution.speaker_start, attribution.cue_start)
                == (first.speaker_start, first.cue_start)
            ):
                content = (*grouped[previous_direct].content, (attribution.start, attribution.end))
                grouped[previous_direct] = Predicted(first, content)
                continue
        if attribution.kind == "direct":
            previous_direct = len(grouped)
        grouped.append(Predicted(attribution, ((attribution.start, attribution.end),)))
    return grouped


def match_article(
    text: str, predictions: Sequence[Predicted], gold: Sequence[GoldAttribution]
) -> list[Match]:
    """One-to-one matches of predicted to gold content spans, best overlap first."""
    pred_spans = [tuple(_trim(text, s, e) for s, e in p.content) for p in predictions]
    gold_spans = [tuple(_trim(text, s, e) for s, e in g.content) for g in gold]
    pairs: list[tuple[float, int, int]] = []
    for i, p_span in enumerate(pred_spans):
        p_len = _length(p_span)
        for j, g_span in enumerate(gold_spans):
            shared = _overlap(p_span, g_span)
            if shared == 0:
                continue
            ratio = shared / max(p_len, _length(g_span), 1)
            if ratio >= MIN_OVERLAP:
                pairs.append((ratio, i, j))
    used_p: set[int] = set()
    used_g: set[int] = set()
    matches = []
    for _, i, j in sorted(pairs, reverse=True):
        if i in used_p or j in used_g:
            continue
        used_p.add(i)
        used_g.add(j)
        matches.append(Match(predictions[i].attribution, gold[j]))
    return matches


def _speaker_correct(match: Match) -> bool:
    p = match.prediction
    if p.speaker_start is None or p.speaker_end is None:
        return False
    return _overlap(((p.speaker_start, p.speaker_end),), match.gold.source) > 0


def _ratio(numerator: int, denominator: int) -> float | None:
    return round(numerator / denominator, 4) if denominator else None


def _f1(precision: float | None, recall: float | None) -> float | None:
    if not precision or not recall:
        return None if precision is None or recall is None else 0.0
    return round(2 * precision * recall / (precision + recall), 4)


def _predict(articles: Sequence[GoldArticle]) -> Iterator[tuple[GoldArticle, list[Attribution]]]:
    items = [article_from_text(a.text, article_id=a.name) for a in articles]
    for gold_article, parsed in zip(articles, parse_articles(items), strict=True):
        yield gold_article, find_attributions(parsed.doc)


def score_polnear(path: Path, split: str = "test", limit: int | None = None) -> dict:
    """Precision, recall, F1 of content spans and speaker accuracy, for direct, indirect and all."""
    articles = load_split(path, split)[:limit]
    counts: dict[str, dict[str, int]] = {kind: defaultdict(int) for kind in ("direct", "indirect", "all")}
    for article, predictions in _predict(articles):
        counts["all"]["partial_skipped"] += sum(p.partial for p in predictions)
        grouped = group_predictions(predictions)
        matches = match_article(article.text, grouped, article.attributions)
        for prediction in grouped:
            counts[prediction.attribution.kind]["predicted"] += 1
            counts["all"]["predicted"] += 1
        for gold in article.attributions:
            kind = "direct" if gold.direct else "indirect"
            counts[kind]["gold"] += 1
            counts["all"]["gold"] += 1
        for match in matches:
            gold_kind = "direct" if match.gold.direct else "indirect"
            counts[match.prediction.kind]["true_positive_predicted"] += 1
            counts[gold_kind]["true_positive_gold"] += 1
            counts["all"]["true_positive_predicted"] += 1
            counts["all"]["true_positive_gold"] += 1
            if match.gold.source:
                correct = _speaker_correct(match)
                for kind in (gold_kind, "all"):
                    counts[kind]["with_source"] += 1
                    counts[kind]["speaker_correct"] += int(correct)
    report: dict = {
        "split": split,
        "articles": len(articles),
        "min_overlap": MIN_OVERLAP,
        "partial_skipped": counts["all"]["partial_skipped"],
    }
    for kind, c in counts.items():
        precision = _ratio(c["true_positive_predicted"], c["predicted"])
        recall = _ratio(c["true_positive_gold"], c["gold"])
        report[kind] = {
            "gold": c["gold"],
            "predicted": c["predicted"],
            "precision": precision,
            "recall": recall,
            "f1": _f1(precision, recall),
            "speaker_accuracy": _ratio(c["speaker_correct"], c["with_source"]),
            "speaker_pairs": c["with_source"],
        }
    return report
