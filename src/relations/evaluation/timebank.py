"""Score :func:`relations.dates.extract_dates` against TimeBank + AQUAINT TimeML gold (TempEval-3 TBAQ).

Gold: every ``TIMEX3`` inside ``<TEXT>`` of the ``*.tml`` files, with its character span in the
tag-stripped text and its normalised ``value``; the document creation time (DCT) is the
publication date we resolve against.

The headline figure is **value accuracy on relative expressions** (``temporalFunction="true"``,
1,221 in the corpus): of the gold expressions whose value the contract can express
(``YYYY-MM-DD`` -- a time of day is cut to its day --, ``YYYY-MM``, ``YYYY``, a decade ``199`` as
``1990``, a century ``19`` as ``1900``), the share that we detect (a predicted span overlapping the
gold span) *and* resolve to the same value. A missed expression counts as wrong. Values the contract
cannot express (weeks, quarters, seasons, ``PRESENT_REF``, durations, sets) are counted apart and
left out of the accuracy; ``all_relative_strict`` reports the share of *all* relative gold
expressions we get exactly right, for comparison.

Split: documents are assigned by the parity of ``sha256(docid)`` -- even: ``dev`` (for tuning),
odd: ``test`` (held out; the figure we report).
"""

from __future__ import annotations

import hashlib
import logging
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any, NamedTuple

from relations.dates import TimeExpression, extract_dates
from relations.parse import article_from_text, parse_articles

logger = logging.getLogger(__name__)

SPLITS = ("dev", "test", "all")


class GoldTimex(NamedTuple):
    docid: str
    start: int
    end: int
    text: str
    type: str
    value: str
    relative: bool  # temporalFunction="true": resolved against the DCT (or another timex)


class TimebankDocument(NamedTuple):
    docid: str
    dct: str  # YYYY-MM-DD
    text: str
    timexes: list[GoldTimex]


class Comparison(NamedTuple):
    """One gold expression next to what we made of it (for error analysis)."""

    docid: str
    dct: str
    gold_text: str
    gold_value: str
    expressible: str | None
    relative: bool
    predicted_text: str | None
    predicted_value: str | None
    rule: str | None
    context: str


def split_of(docid: str) -> str:
    """``dev`` or ``test``: a fixed, content-independent assignment by the hash of the document id."""
    return "dev" if int(hashlib.sha256(docid.encode("utf-8")).hexdigest(), 16) % 2 == 0 else "test"


def expressible_value(value: str) -> str | None:
    """The gold value in the contract's terms, or None when the contract cannot express it."""
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}(T.*)?", value):
        return value[:10]
    if re.fullmatch(r"\d{4}(-\d{2})?", value):
        return value
    if re.fullmatch(r"\d{3}", value):
        return value + "0"
    if re.fullmatch(r"\d{2}", value):
        return value + "00"
    return None


def _strip_timeml(element: ET.Element, docid: str) -> tuple[str, list[GoldTimex]]:
    """The tag-stripped text of ``<TEXT>`` and its TIMEX3 spans (offsets into that text)."""
    pieces: list[str] = []
    timexes: list[GoldTimex] = []
    length = 0

    def walk(node: ET.Element) -> None:
        nonlocal length
        start = length
        if node.text:
            pieces.append(node.text)
            length += len(node.text)
        for child in node:
            walk(child)
            if child.tail:
                pieces.append(child.tail)
                length += len(child.tail)
        if node.tag == "TIMEX3":
            attributes = node.attrib
            timexes.append(
                GoldTimex(
                    docid=docid,
                    start=start,
                    end=length,
                    text="".join(node.itertext()),
                    type=attributes.get("type", ""),
                    value=attributes.get("value", ""),
                    relative=attributes.get("temporalFunction") == "true",
                )
            )

    walk(element)
    return "".join(pieces), timexes


def read_documents(path: Path) -> Iterator[TimebankDocument]:
    """Every ``*.tml`` document under ``path`` (the ``eval/timebank`` folder), in name order."""
    files = sorted(path.rglob("*.tml"))
    if not files:
        raise FileNotFoundError(f"no TimeML (*.tml) files under {path}")
    for file in files:
        if file.name.startswith("._"):
            continue
        root = ET.parse(file).getroot()
        docid = (root.findtext("DOCID") or file.stem).strip()
        dct_timex = root.find("DCT/TIMEX3")
        text_element = root.find("TEXT")
        if dct_timex is None or text_element is None:
            logger.warning("%s: no DCT or TEXT; skipped", file)
            continue
        dct = dct_timex.attrib.get("value", "")[:10]
        text, timexes = _strip_timeml(text_element, docid)
        yield TimebankDocument(docid, dct, text, timexes)


def _best_overlap(gold: GoldTimex, predicted: list[TimeExpression]) -> TimeExpression | None:
    best, best_overlap = None, 0
    for expression in predicted:
        overlap = min(gold.end, expression.end) - max(gold.start, expression.start)
        if overlap > best_overlap:
            best, best_overlap = expression, overlap
    return best


def _context(text: str, start: int, end: int) -> str:
    return text[max(start - 60, 0) : end + 60].replace("\n", " ")


def compare(path: Path, split: str = "test") -> tuple[list[Comparison], dict[str, int]]:
    """Run the extractor over the split's documents; one :class:`Comparison` per gold TIMEX3."""
    if split not in SPLITS:
        raise ValueError(f"split must be one of {SPLITS}, got {split!r}")
    documents = [d for d in read_documents(path) if split == "all" or split_of(d.docid) == split]
    articles = [article_from_text(d.text, article_id=d.docid, published=d.dct) for d in documents]
    comparisons: list[Comparison] = []
    counts = {"documents": len(documents), "predicted": 0, "predicted_matching_gold": 0}
    for document, parsed in zip(documents, parse_articles(articles), strict=True):
        predicted = extract_dates(parsed)
        counts["predicted"] += len(predicted)
        counts["predicted_matching_gold"] += sum(
            1 for p in predicted if any(p.start < g.end and g.start < p.end for g in document.timexes)
        )
        for gold in document.timexes:
            match = _best_overlap(gold, predicted)
            comparisons.append(
                Comparison(
                    docid=document.docid,
                    dct=document.dct,
                    gold_text=gold.text,
                    gold_value=gold.value,
                    expressible=expressible_value(gold.value) if gold.type in ("DATE", "TIME") else None,
                    relative=gold.relative,
                    predicted_text=match.text if match else None,
                    predicted_value=match.value if match else None,
                    rule=match.rule if match else None,
                    context=_context(document.text, gold.start, gold.end),
                )
            )
    return comparisons, counts


def _accuracy(rows: list[Comparison]) -> dict[str, Any]:
    hits = sum(1 for row in rows if row.predicted_value == row.expressible)
    found = sum(1 for row in rows if row.predicted_text is not None)
    return {
        "value_accuracy": hits / len(rows) if rows else float("nan"),
        "n": len(rows),
        "hits": hits,
        "missing": len(rows) - found,
    }


def score_timebank(path: Path, split: str = "test") -> dict[str, Any]:
    """Figures for ``relations evaluate --format timebank PATH`` (PATH: the ``eval/timebank`` folder).

    ``relative.value_accuracy`` is the headline figure (see the module docstring); ``absolute.*``
    is the same on gold expressions not resolved against the DCT ("in 1998", "Oct. 5, 1989");
    ``detection.*`` compares spans: recall over expressible DATE/TIME gold, precision over every
    predicted expression (a hit when it overlaps any gold TIMEX3, of any type).
    """
    comparisons, counts = compare(Path(path), split)
    relative = [row for row in comparisons if row.relative]
    relative_expressible = [row for row in relative if row.expressible is not None]
    absolute_expressible = [row for row in comparisons if not row.relative and row.expressible is not None]
    expressible = relative_expressible + absolute_expressible
    strict_hits = sum(
        1 for row in relative if row.expressible is not None and row.predicted_value == row.expressible
    )
    return {
        "relative": {
            **_accuracy(relative_expressible),
            "inexpressible": len(relative) - len(relative_expressible),
            "all_relative_strict": strict_hits / len(relative) if relative else float("nan"),
        },
        "absolute": _accuracy(absolute_expressible),
        "detection": {
            "recall": sum(1 for row in expressible if row.predicted_text) / len(expressible)
            if expressible
            else float("nan"),
            "precision": counts["predicted_matching_gold"] / counts["predicted"]
            if counts["predicted"]
            else float("nan"),
            "predicted": counts["predicted"],
        },
        "split": {"documents": counts["documents"], "name": split},
    }
