"""Score the stances extractor on public event gold: PLOVER records and PETRARCH2 validation codings.

Both gold sets code one sentence at a time with a source, a target and an event type. We run the
same chain as the pipeline on each sentence (parse -> actors -> dates -> quotes -> stances, one
shared :class:`~relations.actors.ActorResolver`) and report:

- ``dyad_recall``: share of gold (source country, target country) pairs for which some stance row
  has the same ``source_country`` and ``target_country``. Gold actors that are not countries
  (IGO, NGO, unknown "---") are left out and counted in ``skipped_dyads``. PLOVER's ``SRC/TAR``
  markup (reciprocal events, no separate target) gives both directions between the sources.
- ``polarity_accuracy``: on found dyads, share whose stance polarity equals the gold polarity
  (PLOVER: the event type's side of the cooperation/conflict divide; CAMEO: the sign of the
  Goldstein score, read from the gold set's own table).
- ``category_accuracy``: on found dyads with a gold type, share whose category maps to the gold
  PLOVER type (statement-layer categories map to their nearest PLOVER type, see
  :data:`CATEGORY_TO_PLOVER`; CAMEO codes map through the CAMEO->PLOVER table shipped with the gold).

Nothing here is tuned to the gold: the functions only read it.
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import NamedTuple

import pycountry

from relations.actors import ActorResolver
from relations.dates import extract_dates
from relations.parse import parse_text
from relations.quotes import extract_quotes
from relations.stances import Stance, extract_stances

logger = logging.getLogger(__name__)

# Our categories -> the PLOVER type they are scored against (PLOVER GSR names).
CATEGORY_TO_PLOVER: dict[str, str] = {
    "agree": "AGREE",
    "consult": "CONSULT",
    "support": "SUPPORT",
    "praise": "SUPPORT",
    "cooperate": "COOPERATE",
    "aid": "AID",
    "concede": "CONCEDE",
    "retreat": "RETREAT",
    "investigate": "INVESTIGATE",
    "demand": "DEMAND",
    "appeal": "APPEAL",
    "statement": "STATEMENT",  # CAMEO 01 public statements: PLOVER has no type for them
    "disapprove": "DISAPPROVE",
    "criticism": "DISAPPROVE",
    "distrust": "DISAPPROVE",
    "opposition": "DISAPPROVE",
    "reject": "REJECT",
    "threaten": "THREATEN",
    "warning": "THREATEN",
    "protest": "PROTEST",
    "sanction": "SANCTION",
    "mobilize": "MOBILIZE",
    "coerce": "COERCE",
    "assault": "ASSAULT",
    "fight": "FIGHT",
}

# The cooperation/conflict divide of PLOVER event types (verbal and material cooperation vs conflict).
PLOVER_POLARITY: dict[str, int] = {
    "AGREE": 1, "CONSULT": 1, "SUPPORT": 1, "COOPERATE": 1, "AID": 1, "CONCEDE": 1, "RETREAT": 1,
    "APPEAL": 1, "INVESTIGATE": -1, "DEMAND": -1, "DISAPPROVE": -1, "REJECT": -1, "THREATEN": -1,
    "PROTEST": -1, "SANCTION": -1, "MOBILIZE": -1, "COERCE": -1, "ASSAULT": -1, "FIGHT": -1,
}  # fmt: skip


class GoldEvent(NamedTuple):
    record_id: str
    text: str
    source: str  # country code (ISO 3166 alpha-3)
    target: str
    event: str | None  # PLOVER type (GSR names)
    polarity: int | None


class Scored(NamedTuple):
    gold: GoldEvent
    found: Stance | None


SPLITS = ("dev", "test")


def split_of(record_id: str) -> str:
    """Deterministic half of a gold set a record belongs to: "dev" (error analysis, tuning) or
    "test" (held out), by the parity of the sha256 of its id."""
    return "dev" if hashlib.sha256(record_id.encode("utf-8")).digest()[-1] % 2 == 0 else "test"


def _in_split(record_id: str, split: str | None) -> bool:
    if split is not None and split not in SPLITS:
        raise ValueError(f"unknown split {split!r}; expected one of {SPLITS} or None")
    return split is None or split_of(record_id) == split


def is_country(code: str | None) -> bool:
    return (
        bool(code) and len(code) == 3 and code.isalpha() and pycountry.countries.get(alpha_3=code) is not None
    )


# ---------------------------------------------------------------------------------------------
# Gold readers
# ---------------------------------------------------------------------------------------------


def _codes(side: object) -> list[str]:
    if not isinstance(side, list):
        return []
    return [str(actor.get("code", "")) for actor in side if isinstance(actor, dict)]


def read_plover(path: Path, split: str | None = None) -> tuple[list[GoldEvent], int, dict[str, str]]:
    """Country dyads of the PLOVER GSR file, the number of dyads left out, and each record's text
    (only the records of ``split`` when given, see :func:`split_of`)."""
    records = json.loads(Path(path).read_text(encoding="utf-8"))
    events: list[GoldEvent] = []
    skipped = 0
    texts: dict[str, str] = {}
    for record in records:
        event = record.get("event")
        if event == "DOCUMENT" or not record.get("text") or not _in_split(record["id"], split):
            continue
        # The GSR file repeats one id for two different sentences: key the second one apart so
        # each gold dyad is scored against its own sentence.
        record_id = record["id"]
        while record_id in texts:
            record_id += "+"
        texts[record_id] = record["text"]
        sources, targets = _codes(record.get("source")), _codes(record.get("target"))
        info = record.get("textInfo")
        markup = info.get("markup", "") if isinstance(info, dict) else str(info or "")
        if not targets and "SRC/TAR" in markup:
            pairs = [(s, t) for s in sources for t in sources if s != t]
        else:
            pairs = [(s, t) for s in sources for t in targets]
        for source, target in dict.fromkeys(pairs):
            if not (is_country(source) and is_country(target)):
                skipped += 1
                continue
            events.append(
                GoldEvent(record_id, record["text"], source, target, event, PLOVER_POLARITY.get(event))
            )
    return events, skipped, texts


def read_goldstein(path: Path) -> dict[str, float]:
    scores: dict[str, float] = {}
    for line in Path(path).read_text(encoding="utf-8", errors="replace").splitlines()[1:]:
        parts = line.split("\t")
        if len(parts) >= 2:
            try:
                scores[parts[0].strip()] = float(parts[1])
            except ValueError:
                continue
    return scores


def read_cameo_to_plover(path: Path) -> dict[str, str]:
    """CAMEO code -> PLOVER type (GSR names: ACCUSE is DISAPPROVE or INVESTIGATE, REQUEST is DEMAND)."""
    mapping: dict[str, str] = {}
    for line in Path(path).read_text(encoding="utf-8", errors="replace").splitlines():
        match = re.match(r"^(\d{2,4}):\s*([A-Z]+)\s*(?:,\s*([^,#]*))?", line)
        if not match:
            continue
        code, event, mode = match.group(1), match.group(2), (match.group(3) or "").strip()
        if event == "ACCUSE":
            event = "INVESTIGATE" if mode == "investigate" else "DISAPPROVE"
        elif event == "REQUEST":
            event = "DEMAND"
        elif event == "ASSAULT" and code.startswith("19"):
            event = "FIGHT"  # the GSR keeps conventional military force apart
        mapping.setdefault(code, event)
    return mapping


def _cameo_event(code: str, mapping: dict[str, str]) -> str | None:
    if code.startswith("02"):
        return "APPEAL"  # CAMEO's appeals have no PLOVER type; our statement layer keeps them
    for length in (len(code), 3, 2):
        if code[:length] in mapping:
            return mapping[code[:length]]
    return None


def _goldstein_of(code: str, scores: dict[str, float]) -> float | None:
    for length in (len(code), 3, 2):
        if code[:length] in scores:
            return scores[code[:length]]
    return None


def read_petrarch(
    path: Path, cameo_dir: Path, plover_dir: Path, split: str | None = None
) -> tuple[list[GoldEvent], int, dict[str, str]]:
    """Country dyads of the PETRARCH2 validation set (``.derived.jsonl`` beside the XML)."""
    jsonl = Path(path)
    if jsonl.suffix == ".xml":
        jsonl = jsonl.with_name(jsonl.stem + ".derived.jsonl")
    return _read_cameo_records(jsonl, cameo_dir, plover_dir, split, is_country)


def read_petrarch_units(
    path: Path, cameo_dir: Path, plover_dir: Path
) -> tuple[list[GoldEvent], int, dict[str, str]]:
    """Dyads of the PETRARCH2 unit-test records (``unit_test_records.derived.jsonl``): sentences
    built to exercise a coder's syntax (compounds, passives, negation, agents), mostly about
    fictional states coded by the suite's own dictionary (``PETR.Validate.actors.txt``), whose
    codes are kept. Dyads with an unknown or null side ("---") are skipped."""
    return _read_cameo_records(Path(path), cameo_dir, plover_dir, None, lambda code: code.isalpha())


def _read_cameo_records(
    jsonl: Path, cameo_dir: Path, plover_dir: Path, split: str | None, is_side: Callable[[str], bool]
) -> tuple[list[GoldEvent], int, dict[str, str]]:
    """Gold events of a ``.derived.jsonl`` of CAMEO-coded records; a dyad counts when ``is_side``
    accepts both three-letter code prefixes, else it is skipped."""
    scores = read_goldstein(cameo_dir / "CAMEO.goldsteinscale.txt")
    mapping = read_cameo_to_plover(plover_dir / "CAMEO2PLOVER-2021.txt")
    events: list[GoldEvent] = []
    skipped = 0
    texts: dict[str, str] = {}
    for line in jsonl.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        record = json.loads(line)
        if not record.get("text") or not _in_split(record["id"], split):
            continue
        texts[record["id"]] = record["text"]
        for gold in record.get("gold_events", []):
            if "eventcode" not in gold:
                continue
            source = str(gold.get("sourcecode") or "")[:3]
            target = str(gold.get("targetcode") or "")[:3]
            if not (is_side(source) and is_side(target)):
                skipped += 1
                continue
            code = str(gold["eventcode"])
            goldstein = _goldstein_of(code, scores)
            polarity = None if goldstein is None else (1 if goldstein > 0 else -1 if goldstein < 0 else 0)
            events.append(
                GoldEvent(record["id"], record["text"], source, target, _cameo_event(code, mapping), polarity)
            )
    return events, skipped, texts


# ---------------------------------------------------------------------------------------------
# Running the extractor and scoring
# ---------------------------------------------------------------------------------------------


def extract_sentence_stances(
    texts: dict[str, str], resolver: ActorResolver | None = None
) -> dict[str, list[Stance]]:
    """Stance rows per record id, with the pipeline's chain of extractors on each sentence."""
    resolver = resolver or ActorResolver()
    result: dict[str, list[Stance]] = {}
    for record_id, text in texts.items():
        parsed = parse_text(text, article_id=record_id)
        mentions = resolver.extract(parsed)
        dates = extract_dates(parsed)
        try:
            quotes = extract_quotes(parsed, mentions, resolver)
        except Exception as err:  # the benchmark measures stances; a quote failure must not hide them
            logger.warning("%s: quotes failed: %s", record_id, err)
            quotes = []
        result[record_id] = extract_stances(parsed, mentions, quotes, dates, resolver)
    return result


def match(events: Iterable[GoldEvent], predicted: dict[str, list[Stance]]) -> list[Scored]:
    """Each gold dyad with the first stance row of the same sentence that has its two countries."""
    scored: list[Scored] = []
    for event in events:
        rows = [
            s
            for s in predicted.get(event.record_id, [])
            if s.source_country == event.source and s.target_country == event.target
        ]
        scored.append(Scored(event, _best(rows, event)))
    return scored


def _best(rows: Sequence[Stance], event: GoldEvent) -> Stance | None:
    """The dyad's row: the state-level one if any (gold codes countries), else the first; an act
    (non-zero polarity) before a neutral statement, since the gold codes a sentence's main event."""
    if not rows:
        return None
    ordered = sorted(rows, key=lambda r: r.polarity == 0)
    states = [r for r in ordered if r.source_id == r.source_country and r.target_id == r.target_country]
    return (states or ordered)[0]


def summarise(scored: Sequence[Scored], skipped: int, n_records: int, n_predicted: int) -> dict[str, object]:
    found = [s for s in scored if s.found is not None]
    with_polarity = [s for s in found if s.gold.polarity is not None]
    with_event = [s for s in found if s.gold.event is not None]
    polarity_right = sum(s.found.polarity == s.gold.polarity for s in with_polarity)
    category_right = sum(CATEGORY_TO_PLOVER.get(s.found.category) == s.gold.event for s in with_event)
    international = [s for s in scored if s.gold.source != s.gold.target]
    confusion = Counter(
        (s.gold.event, CATEGORY_TO_PLOVER.get(s.found.category, s.found.category))
        for s in with_event
        if CATEGORY_TO_PLOVER.get(s.found.category) != s.gold.event
    )
    return {
        "records": n_records,
        "gold_dyads": len(scored),
        "skipped_dyads": skipped,
        "found_dyads": len(found),
        "dyad_recall": _ratio(len(found), len(scored)),
        "dyad_recall_international": _ratio(
            sum(s.found is not None for s in international), len(international)
        ),
        "polarity_accuracy": _ratio(polarity_right, len(with_polarity)),
        "category_accuracy": _ratio(category_right, len(with_event)),
        "predicted_rows": n_predicted,
        "top_category_confusions": [f"{g}->{p}: {n}" for (g, p), n in confusion.most_common(8)],
    }


def _ratio(numerator: int, denominator: int) -> float | None:
    return round(numerator / denominator, 3) if denominator else None


def score_plover(
    path: Path, resolver: ActorResolver | None = None, split: str | None = None
) -> dict[str, object]:
    """Dyad recall, polarity and category accuracy on ``PLOVER_GSR_CAMEO.json`` (all records, or the
    ``"dev"`` or ``"test"`` half, see :func:`split_of`)."""
    events, skipped, texts = read_plover(Path(path), split)
    predicted = extract_sentence_stances(texts, resolver)
    result = summarise(match(events, predicted), skipped, len(texts), sum(map(len, predicted.values())))
    return {"gold": str(path), "split": split or "all", **result}


def score_petrarch(
    path: Path, resolver: ActorResolver | None = None, split: str | None = None
) -> dict[str, object]:
    """The same figures on ``PETR2_GSR_validation.xml`` (via its ``.derived.jsonl``); CAMEO and PLOVER
    tables are read from the sibling ``cameo/`` and ``plover/`` folders of the gold set."""
    path = Path(path)
    eval_dir = path.resolve().parent.parent
    events, skipped, texts = read_petrarch(path, eval_dir / "cameo", eval_dir / "plover", split)
    predicted = extract_sentence_stances(texts, resolver)
    result = summarise(match(events, predicted), skipped, len(texts), sum(map(len, predicted.values())))
    return {"gold": str(path), "split": split or "all", **result}


def score_petrarch_units(records: Path, actors: Path) -> dict[str, object]:
    """The same figures on the PETRARCH2 unit-test records, with the suite's own actor dictionary
    loaded (its fictional states keep their codes). A development set: it was read while tuning."""
    from relations.actor_import import import_phoenix

    records = Path(records)
    eval_dir = records.resolve().parent.parent
    events, skipped, texts = read_petrarch_units(records, eval_dir / "cameo", eval_dir / "plover")
    resolver = ActorResolver(extra_entries=import_phoenix(Path(actors), any_code=True))
    predicted = extract_sentence_stances(texts, resolver)
    result = summarise(match(events, predicted), skipped, len(texts), sum(map(len, predicted.values())))
    return {"gold": str(records), "split": "dev", **result}
