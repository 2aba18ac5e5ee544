"""Dates: the publication date and every time expression, resolved against it.

Three public jobs:

* :func:`parse_dateline` / :func:`normalise_published` / :func:`find_dateline` /
  :func:`opening_dateline` give an article's publication date from a header line, the opening of
  the body or a metadata field, never from a sentence that merely contains a date.
* :func:`extract_dates` finds time expressions (our own patterns, plus spaCy ``DATE``/``TIME``
  entities to confirm bare years) and resolves them against ``parsed.published``, with the
  granularity the text gives and a direction (past/future) read from the sentence's tense.
* :func:`governing_date` picks the time expression that governs a clause, for stances/events.

Conventions (see docs/dates.md): ``value`` is ISO ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``; a decade is
its first year (``the seventies`` -> ``1970``), a century the first year of its hundred-year block as
people use it (``the 19th century`` -> ``1800``, i.e. the 1800s, TimeML's ``18``). Quarters, seasons
and weeks, which the contract cannot express, are coarsened to the smallest unit that contains them.
Anchored expressions ("two years later", "the following day") resolve against the last date the
text mentioned. Times of day are cut to their day; named days (Christmas, Easter, US Election Day,
...) follow their calendar rule. When there is no publication date, relative expressions keep
``value=None``.
"""

from __future__ import annotations

import calendar
import datetime as dt
import logging
import re
from collections.abc import Callable, Iterable
from re import _constants as _sre  # type: ignore[attr-defined]  # the parsed form of a pattern
from re import _parser as _sre_parse  # type: ignore[attr-defined]
from typing import TYPE_CHECKING, NamedTuple

from relations.document import ParsedArticle
from relations.schema import ISO_DATE_PREFIX

if TYPE_CHECKING:  # spaCy is imported by the model loader; here it only names types
    from spacy.tokens import Span, Token

logger = logging.getLogger(__name__)


class TimeExpression(NamedTuple):
    sentence_id: int
    start: int
    end: int
    text: str
    value: str | None  # ISO YYYY, YYYY-MM or YYYY-MM-DD; decade/century: first year as YYYY
    granularity: str | None  # day | month | year | decade | century
    rule: str | None = None


class Resolution(NamedTuple):
    """What a pattern made of its match: the ISO value (or None), granularity and rule name."""

    value: str | None
    granularity: str | None
    rule: str


# --------------------------------------------------------------------------------------------
# Vocabulary
# --------------------------------------------------------------------------------------------

MONTHS: dict[str, int] = {name.lower(): number for number, name in enumerate(calendar.month_name) if name} | {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
}
MONTHS |= {"nov": 11, "dec": 12}
WEEKDAYS: dict[str, int] = {name.lower(): number for number, name in enumerate(calendar.day_name)}

NUMBER_WORDS: dict[str, int] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "hundred": 100, "a hundred": 100, "half a": 0, "a half": 0,
}  # fmt: skip
ORDINALS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "twenty-first": 21, "twenty first": 21, "twenty-second": 22,
}  # fmt: skip
DECADE_WORDS: dict[str, int] = {
    "twenties": 20, "thirties": 30, "forties": 40, "fifties": 50, "sixties": 60, "seventies": 70,
    "eighties": 80, "nineties": 90,
}  # fmt: skip
CENTURY_WORDS: dict[str, int] = {"eighteen": 1800, "nineteen": 1900, "twenty": 2000, "seventeen": 1700}
SEASON_MONTHS: dict[str, int] = {"spring": 3, "summer": 6, "fall": 9, "autumn": 9, "winter": 12}

# Verbs whose complement points ahead: "talks are expected to resume on 14 March".
FUTURE_LEMMAS = frozenset(
    [
        "expect",
        "schedule",
        "plan",
        "due",
        "set",
        "intend",
        "slate",
        "aim",
        "hope",
        "prepare",
        "propose",
        "promise",
        "pledge",
        "vow",
        "threaten",
        "want",
        "seek",
        "agree",
        "decide",
        "arrange",
        "invite",
        "await",
        "anticipate",
    ]
)
FUTURE_CUES = frozenset(["next", "upcoming", "coming", "forthcoming"])
PRESENT_TENSE_LEAN: str | None = "future?"  # "the summit takes place in October"
DEADLINE_CUES = frozenset(
    ["until", "till", "through", "by", "payable", "effective", "expiring", "due", "for", "record"]
)
_NEAR_ONLY_CUES = frozenset(
    ["by", "due", "for", "record"]
)  # a cue only right before the date: "polls called for 24 June"
REPORTING_LEMMAS = frozenset(
    ["say", "tell", "report", "announce", "claim", "state", "add", "note", "write", "insist", "warn"]
)


# --------------------------------------------------------------------------------------------
# Regular-expression building blocks (compiled case-insensitively; capitalisation is checked apart)
# --------------------------------------------------------------------------------------------

_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept\.?|Sep\.?|Oct\.?|Nov\.?|Dec\.?)(?![a-z])"
)
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_WEEKDAY_SHORT = r"(?:Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)\.?"
_DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?![\d:])"
_YEAR = r"(?:1[5-9]\d\d|20\d\d)(?![\d%])"
_NUMBER = (
    r"(?:\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
    r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|(?:twenty|thirty|forty|fifty|sixty|"
    r"seventy|eighty|ninety)(?:[-\s](?:one|two|three|four|five|six|seven|eight|nine))?|a\s+hundred|"
    r"a\s+few|few|several|a\s+couple\s+of|a\s+couple|some|many)"
)
_PART_OF_DAY = r"(?:\s+(?:morning|afternoon|evening|night))?"
_EDGE = r"(?:(?:early|late|mid|earlier|later)[-\s]+|(?:the\s+)?(?:end|beginning|start|middle)\s+of\s+)?"
_DASH = r"\s*[-\u2013\u2014]\s*"
_UNITS_WORDS = r"(?:one|two|three|four|five|six|seven|eight|nine)"
_TEENS_WORDS = r"(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
_TENS_WORDS = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
# "nineteen ninety-six", "eighteen twelve", "nineteen oh five", "two thousand and one" (transcripts)
_SPELLED_YEAR = (
    rf"(?:(?:eighteen|nineteen)[-\s](?:hundred|{_TENS_WORDS}(?:[-\s]{_UNITS_WORDS})?|{_TEENS_WORDS}|"
    rf"(?:oh|o)[-\s]{_UNITS_WORDS})|two\s+thousand(?:(?:\s+and)?[-\s](?:{_TEENS_WORDS}|{_UNITS_WORDS}))?)"
)
_ORDINAL = (
    r"(?:\d{1,2}(?:st|nd|rd|th)|(?:twenty[-\s])?(?:first|second)|third|fourth|fifth|sixth|seventh|eighth|"
    r"ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|"
    r"nineteenth|twentieth)"
)

_ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")

# ---------------------------------------------------------------------------------------------
# Publication date: datelines and metadata
# ---------------------------------------------------------------------------------------------

_TIME_OF_DAY = (
    r"(?:\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?|\d{1,2}\s*[ap]\.?m\.?)(?:\s*\(?[A-Z]{2,5}\)?)?"
)
_DATELINE_DATE = (
    rf"(?:(?P<iso>\d{{4}}-\d{{2}}-\d{{2}})"
    rf"|(?P<d1>{_DAY})\s+(?P<m1>{_MONTH}),?\s+(?P<y1>{_YEAR})"
    rf"|(?P<m2>{_MONTH})\s+(?P<d2>{_DAY}),?\s+(?P<y2>{_YEAR})"
    # numeric: 23-04-2016 / 23.04.2016 are day-first; with slashes only an unambiguous order is taken
    rf"|(?P<numeric>\d{{1,2}}[-./]\d{{1,2}}[-./](?:1[5-9]|20)\d\d))"
)
_DATELINE_PREFIX = (
    r"\s*(?:(?:published|posted|updated|last\s+updated|date|dated|first\s+published|date\s+of\s+publication)"
    r"(?:\s+on)?\s*:?\s*)?"
    rf"(?:(?:{_WEEKDAY}|{_WEEKDAY_SHORT}),?\s+)?"
    rf"{_DATELINE_DATE}"
    rf"(?:(?:\s*(?:[-\u2013\u2014|,/]|at)\s*|\s+|T){_TIME_OF_DAY}(?:\s*(?:Z|[+-]\d{{2}}:?\d{{2}}|GMT|UTC))?)?"
)
_DATELINE = re.compile(rf"^{_DATELINE_PREFIX}\s*$", re.IGNORECASE)
_OPENING_DATELINE = re.compile(rf"^{_DATELINE_PREFIX}(?=\s|$)", re.IGNORECASE)


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _month_number(word: str) -> int:
    return MONTHS[word.lower().rstrip(".")]


def _day_number(word: str) -> int:
    return int(re.match(r"\d+", word).group())  # type: ignore[union-attr]


def parse_dateline(line: str) -> dt.date | None:
    """The date of a line that is a dateline as a whole, else None.

    Accepts ``3 Mar 2018 - 10:47``, ``Wed 05 Apr 2017``, ``March 3, 2018``, ``2018-03-03``,
    ``Published: March 3, 2018``, ``23-04-2016``; refuses a headline or sentence that merely
    contains a date (``Russian Offensive Campaign Assessment, November 18, 2024`` -> None) and an
    ambiguous numeric date (``04/05/2016``).
    """
    match = _DATELINE.match(line)
    return _dateline_date(match) if match else None


def opening_dateline(text: str) -> tuple[dt.date, int] | None:
    """A dateline that *opens* ``text`` on the same line as what follows, and where it ends.

    For bodies such as ``Thu Jul 7 2016 Hezbollah ...`` or ``Date of publication 7 July 2016 Video ...``
    (FA-KES). Returns ``(date, end offset)``, or None when the text does not start with a date.
    """
    match = _OPENING_DATELINE.match(text)
    if not match:
        return None
    date = _dateline_date(match)
    return (date, match.end()) if date else None


def _dateline_date(match: re.Match[str]) -> dt.date | None:
    if match["iso"]:
        year, month, day = (int(part) for part in match["iso"].split("-"))
        return _safe_date(year, month, day)
    if match["m1"]:
        return _safe_date(int(match["y1"]), _month_number(match["m1"]), _day_number(match["d1"]))
    if match["m2"]:
        return _safe_date(int(match["y2"]), _month_number(match["m2"]), _day_number(match["d2"]))
    first, second, year = (int(part) for part in re.split(r"[-./]", match["numeric"]))
    if "/" in match["numeric"]:
        if first > 12 >= second:
            return _safe_date(year, second, first)
        if second > 12 >= first:
            return _safe_date(year, first, second)
        return None  # 04/05/2016: April 5 or 4 May
    return _safe_date(year, second, first)


def normalise_published(value: object) -> str | None:
    """An ISO ``YYYY-MM-DD`` from a metadata field value, or None; never raises.

    Handles date/datetime/pandas Timestamp objects, ISO strings with or without time and timezone
    (the calendar date *as written* is kept, not converted to UTC), and dateline forms such as
    ``March 3, 2018``. Missing values (None, NaN, NaT, "") give None.
    """
    try:
        result = _published_text(value)
    except Exception:  # a metadata field must never stop ingest
        logger.debug("unparseable published value %r", value, exc_info=True)
        return None
    # NaT is a datetime whose isoformat() is "NaT": only a real calendar date gets through
    return result if result and re.fullmatch(r"\d{4}-\d{2}-\d{2}", result) else None


def _published_text(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if hasattr(value, "to_pydatetime"):  # other pandas/numpy timestamps
        return value.to_pydatetime().date().isoformat()  # type: ignore[union-attr]
    if not isinstance(value, str):
        return None
    text = value.strip()
    iso = _ISO_DATE.match(text)
    if iso and (len(text) == 10 or text[10] in "T :"):
        date = _safe_date(*(int(part) for part in iso.groups()))
        return date.isoformat() if date else None
    dateline = parse_dateline(text)
    return dateline.isoformat() if dateline else None


def find_dateline(text: str, max_lines: int = 8) -> dt.date | None:
    """The first dateline among the first ``max_lines`` non-empty lines of ``text``.

    Only the head of an article is searched, so a related-link footer ("Check Also ... November 18,
    2024") can never be taken for the publication date.
    """
    lines = [line for line in text.splitlines() if line.strip()][:max_lines]
    for line in lines:
        date = parse_dateline(line)
        if date:
            return date
    return None


# ---------------------------------------------------------------------------------------------
# Direction: does the sentence point back or ahead of the publication date?
# ---------------------------------------------------------------------------------------------


def _clause_verb(token: Token) -> Token | None:
    """The nearest verb at or above ``token`` (the head of its clause)."""
    current = token
    for _ in range(8):
        if current.pos_ in ("VERB", "AUX") and current.dep_ != "aux":
            return current
        if current.head is current:
            return None
        current = current.head
    return None


def _verb_direction(verb: Token) -> tuple[str | None, str]:
    """The direction a clause verb gives: ``past``/``future`` (firm), ``past?``/``future?`` (a lean)."""
    auxiliaries = [child for child in verb.children if child.dep_ in ("aux", "auxpass")]
    aux_words = {child.lower_ for child in auxiliaries}
    if aux_words & {"will", "'ll", "shall", "wo"}:
        return "future", "will"
    if verb.lemma_ in FUTURE_LEMMAS and verb.tag_ == "VBN" and aux_words & {"is", "are", "am", "be", "'re"}:
        return "future", f"is-{verb.lemma_}"
    if any(child.lower_ == "to" and child.dep_ == "aux" for child in verb.children):
        # "expected to resume on 14 March" (firm); "to mark the entry into NATO on Friday" (a lean)
        if verb.head.lemma_ in FUTURE_LEMMAS:
            if any(child.lower_ in ("had", "'d") for child in verb.head.children if child.dep_ == "aux"):
                # "had been scheduled to expire Friday": a plan overtaken by the time of writing
                return "past?", f"had-{verb.head.lemma_}-to"
            return "future", f"{verb.head.lemma_}-to"
        return "future?", "to-infinitive"
    if aux_words & {"would", "could", "might", "may", "should", "must", "can"}:
        return "future?", "modal"
    if verb.tag_ == "VBD":
        return "past", "past-tense"
    if verb.tag_ == "VBN":
        if aux_words & {"has", "have", "had", "was", "were", "'s", "'ve", "'d", "been"}:
            return "past", "perfect/past-passive"
        if aux_words & {"is", "are", "am", "'re", "be"}:
            return None, "present-passive"
        if verb.lemma_ in FUTURE_LEMMAS:
            return "future?", f"{verb.lemma_}-participle"  # "a summit set for April"
        if verb.lemma_ in ("end", "close", "conclude", "complete"):
            return "past", "ended"  # "the fiscal year ended June 30": a period already closed
        return "past?", "participle"
    if verb.tag_ == "VBG":
        if aux_words & {"was", "were"}:
            return "past", "past-progressive"
        if aux_words & {"is", "are", "am", "'re", "'m", "'s"}:
            return "future?", "present-progressive"
        return None, "gerund"
    if verb.tag_ in ("VBZ", "VBP"):
        if verb.lemma_ in REPORTING_LEMMAS:
            return "past?", "reporting-present"
        return PRESENT_TENSE_LEAN, "present"
    return None, "no-tense"


def sentence_direction(span: Span) -> tuple[str | None, str]:
    """``("past"|"future"|None, cue)`` for a time expression, from cue words and its clause's tense."""
    doc = span.doc
    window = doc[max(span.start - 2, 0) : span.start]
    lead_in = doc[max(span.start - 5, 0) : span.start]  # "until 5 p.m. EST Nov. 9"
    if any(token.lower_ in FUTURE_CUES for token in window):
        return "future", "cue:next"
    if any(token.lower_ == "since" for token in window):
        return "past", "cue:since"
    # "by"/"due" only right before the date ("by March"), not "beaten by double digits Tuesday"
    cues = [
        token.i
        for token in lead_in
        if token.lower_ in DEADLINE_CUES and (token.lower_ not in _NEAR_ONLY_CUES or token in window)
    ]
    if cues and not any(
        token.pos_ in ("VERB", "AUX") or token.is_sent_start for token in doc[cues[-1] + 1 : span.start]
    ):
        # "extended the offer until Nov. 20", "payable Dec. 7": the tense is that of the decision
        return "future?", "cue:deadline"
    verb = _clause_verb(span.root)
    if verb is None:
        return None, "no-verb"
    if span.root.dep_ in ("dobj", "npadvmod") and verb.lemma_ in ("set", "schedule", "fix", "name"):
        # "Dunkin' has set Nov. 10 as the deadline": the date is what was scheduled, not when
        return "future?", f"{verb.lemma_}-date"
    direction, cue = _verb_direction(verb)
    if direction is None and verb.dep_ in ("xcomp", "ccomp", "advcl", "conj", "relcl", "acl"):
        parent = _clause_verb(verb.head)
        if parent is not None and parent is not verb:
            direction, cue = _verb_direction(parent)
    if direction is not None and _modifies_noun(span):
        # "there was no reason for the Jan. 14 deadline", "before Friday's purchases is": the verb's
        # tense is not the noun's time, so a firm direction becomes a lean and a lean nothing
        return (f"{direction}?" if direction in ("past", "future") else None), f"{cue}/noun"
    return direction, cue


def _modifies_noun(span: Span) -> bool:
    """True when the expression dates a noun ("the Jan. 14 deadline", "Wednesday's ruling")."""
    root = span.root
    if root.dep_ not in ("compound", "nmod", "poss", "amod", "nummod"):
        return False
    return root.head.pos_ in ("NOUN", "PROPN") and root.head.i not in range(span.start, span.end)


# ---------------------------------------------------------------------------------------------
# Calendar arithmetic
# ---------------------------------------------------------------------------------------------


def _shift_months(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def _month_value(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


# A firm direction ("will", a past tense) decides. A lean ("future?": a modal, a present tense, a
# deadline cue such as "until") makes the reading against it count this much farther away; with no
# tense at all, the nearer reading wins, the past slightly favoured since news mostly reports it.
_AGAINST_LEAN = 2.0
_UNKNOWN_TENSE_FUTURE = 1.5


def _choose(past_distance: float, future_distance: float, direction: str | None) -> str:
    """``past`` or ``future``: the sentence's firm direction, else the nearer (weighted) reading."""
    if direction in ("past", "future"):
        return direction
    if direction == "future?":
        past_distance *= _AGAINST_LEAN
    elif direction == "past?":
        future_distance *= _AGAINST_LEAN
    else:
        future_distance *= _UNKNOWN_TENSE_FUTURE
    if future_distance == past_distance:
        return "future" if direction == "future?" else "past"
    return "future" if future_distance < past_distance else "past"


def _nearest_month(base: dt.date, month: int, direction: str | None) -> tuple[int, str]:
    """The year of the ``month`` nearest ``base`` (weighted by direction); same month -> same year."""
    past, future = (base.month - month) % 12, (month - base.month) % 12
    chosen = _choose(past, future, direction)
    if chosen == "future":
        return (base.year if month >= base.month else base.year + 1), chosen
    return (base.year if month <= base.month else base.year - 1), chosen


def _nearest_month_day(
    base: dt.date, month: int, day: int, direction: str | None
) -> tuple[dt.date | None, str]:
    this_year = _safe_date(base.year, month, day)
    if this_year is None:  # 29 February
        return None, "invalid"
    past = this_year if this_year <= base else _safe_date(base.year - 1, month, day)
    future = this_year if this_year >= base else _safe_date(base.year + 1, month, day)
    if past is None or future is None:
        return (past or future), "leap-day"
    chosen = _choose((base - past).days, (future - base).days, direction)
    return (future if chosen == "future" else past), chosen


def _nearest_weekday(base: dt.date, weekday: int, direction: str | None) -> tuple[dt.date, str]:
    past, future = (base.weekday() - weekday) % 7, (weekday - base.weekday()) % 7
    chosen = _choose(past, future, direction)
    if chosen == "future":
        return base + dt.timedelta(days=future), chosen
    return base - dt.timedelta(days=past), chosen


def _strict_weekday(base: dt.date, weekday: int, direction: str) -> dt.date:
    """``last Monday`` / ``next Monday``: never the publication day itself."""
    if direction == "future":
        return base + dt.timedelta(days=(weekday - base.weekday() - 1) % 7 + 1)
    return base - dt.timedelta(days=(base.weekday() - weekday - 1) % 7 + 1)


def _number(text: str) -> int | None:
    words = re.sub(r"\s+", " ", text.lower().replace("-", " ")).strip()
    if words.isdigit():
        return int(words)
    if words in NUMBER_WORDS:
        return NUMBER_WORDS[words]
    parts = words.split(" ")
    if len(parts) == 2 and parts[0] in NUMBER_WORDS and parts[1] in NUMBER_WORDS:
        return NUMBER_WORDS[parts[0]] + NUMBER_WORDS[parts[1]]
    return None


def _unit_span(base: dt.date, unit: str, offset: int) -> tuple[str, str] | None:
    """(value, granularity) of the calendar ``unit`` ``offset`` units from the one containing ``base``;
    None outside the years 0-9999 ISO values can write ("201 decades earlier" from 2000)."""
    try:
        span = _calendar_span(base, unit, offset)
    except OverflowError:  # a day or week offset past the calendar's ends
        return None
    if span is not None and not re.match(ISO_DATE_PREFIX, span[0]):
        return None  # the contract's value pattern (schema.py)
    return span


def _calendar_span(base: dt.date, unit: str, offset: int) -> tuple[str, str] | None:
    if unit == "day":
        return (base + dt.timedelta(days=offset)).isoformat(), "day"
    if unit in ("week", "weekend"):
        monday = base - dt.timedelta(days=base.weekday()) + dt.timedelta(weeks=offset)
        first, last = (
            (monday + dt.timedelta(days=5), monday + dt.timedelta(days=6))
            if unit == "weekend"
            else (
                monday,
                monday + dt.timedelta(days=6),
            )
        )
        # a week is not expressible: give the month (or year) that contains all of it
        if (first.year, first.month) == (last.year, last.month):
            return _month_value(first.year, first.month), "month"
        if first.year == last.year:
            return f"{first.year:04d}", "year"
        return None
    if unit == "month":
        year, month = _shift_months(base.year, base.month, offset)
        return _month_value(year, month), "month"
    if unit == "quarter":
        quarter_start = (base.month - 1) // 3 * 3 + 1
        year, _ = _shift_months(base.year, quarter_start, 3 * offset)
        return f"{year:04d}", "year"
    if unit == "year":
        return f"{base.year + offset:04d}", "year"
    if unit == "decade":
        return f"{(base.year // 10 + offset) * 10:04d}", "decade"
    if unit == "century":
        return f"{(base.year // 100 + offset) * 100:04d}", "century"
    if unit in SEASON_MONTHS:
        if unit == "winter":
            return None  # December to February straddles two years
        first = SEASON_MONTHS[unit]
        if offset == 0:
            year = base.year
        elif offset < 0:  # the most recent season that has ended
            year = (base.year if base.month > first + 2 else base.year - 1) + offset + 1
        else:  # the next season that has not begun
            year = (base.year if base.month < first else base.year + 1) + offset - 1
        return f"{year:04d}", "year"
    return None


# ---------------------------------------------------------------------------------------------
# Patterns: each finds candidates and resolves a match against (base, direction)
# ---------------------------------------------------------------------------------------------


class Reference(NamedTuple):
    """The reference time of anchored expressions ("two years later", "the following day")."""

    date: dt.date
    granularity: str  # day | month | year
    source: str  # previous-date | publication-date


class _Context(NamedTuple):
    base: dt.date | None
    direction: str | None
    cue: str
    match: re.Match[str]
    reference: Reference | None = None


_GRANULARITY_RANK = {"day": 0, "month": 1, "year": 2, "decade": 3, "century": 4}
# How far back (in sentences) a mentioned date stays the narrative's reference time.
REFERENCE_WINDOW = 3


def _reference_from(expression: TimeExpression) -> Reference | None:
    if expression.value is None or expression.granularity not in ("day", "month", "year"):
        return None
    parts = [int(part) for part in expression.value.split("-")] + [1, 1]
    return Reference(dt.date(parts[0], parts[1], parts[2]), expression.granularity, "previous-date")


def _anchored(ctx: _Context, unit: str, offset: int, kind: str) -> Resolution:
    """``offset`` calendar ``unit``s from the reference time, if it is fine-grained enough."""
    granularity = {"week": "day", "weekend": "day"}.get(unit, unit)
    reference = ctx.reference
    if reference is None:
        return Resolution(
            None, granularity if granularity in _GRANULARITY_RANK else None, f"{kind}:no-reference"
        )
    if reference.source == "publication-date" and offset >= 0 and kind not in ("ago", "from-now", "hence"):
        # "two years later", "that year", "the following day" with no date before them: the text
        # means a time it mentioned, not the publication date; only looking back ("a year earlier",
        # "the previous Friday") falls back on the publication date, as newswire uses it
        return Resolution(None, granularity, f"{kind}:no-reference")
    if _GRANULARITY_RANK[reference.granularity] > _GRANULARITY_RANK.get(granularity, 0):
        return Resolution(None, granularity, f"{kind}:reference-too-coarse")
    result = _unit_span(reference.date, unit, offset)
    if result is None:
        return Resolution(None, None, f"{kind}:inexpressible")
    return Resolution(result[0], result[1], f"{kind}:anchored({reference.source})")


Resolver = Callable[[_Context], Resolution | None]


def _g(match: re.Match[str], name: str) -> str | None:
    try:
        return match.group(name)
    except IndexError:
        return None


def _resolve_full_date(ctx: _Context) -> Resolution | None:
    m = ctx.match
    if _g(m, "iso"):
        date = _safe_date(*(int(part) for part in m["iso"].split("-")))
    else:
        date = _safe_date(int(m["year"]), _month_number(m["month"]), _day_number(m["day"]))
    if date is None:
        return Resolution(None, None, "invalid-date")
    return Resolution(date.isoformat(), "day", "absolute-day")


def _resolve_month_year(ctx: _Context) -> Resolution:
    return Resolution(
        _month_value(int(ctx.match["year"]), _month_number(ctx.match["month"])), "month", "absolute-month"
    )


def _resolve_month_day(ctx: _Context) -> Resolution | None:
    month, day = _month_number(ctx.match["month"]), _day_number(ctx.match["day"])
    if _safe_date(2000, month, day) is None:
        return None
    if ctx.base is None:
        return Resolution(None, "day", "month-day:no-published-date")
    date, chosen = _nearest_month_day(ctx.base, month, day, ctx.direction)
    return Resolution(date.isoformat() if date else None, "day", f"month-day:{chosen}({ctx.cue})")


def _resolve_month(ctx: _Context) -> Resolution | None:
    month = _month_number(ctx.match["month"])
    modifier = (_g(ctx.match, "mod") or "").lower()
    if modifier == "that":  # "that June": the June of the year the text is talking about
        reference = ctx.reference
        if reference is None or reference.source == "publication-date":
            return Resolution(None, "month", "month:that:no-reference")
        return Resolution(
            _month_value(reference.date.year, month), "month", "month:that:anchored(previous-date)"
        )
    if ctx.base is None:
        return Resolution(None, "month", "month:no-published-date")
    if modifier == "last":
        # "last February" said in March is last year's: the month just gone is "last month"
        # (TimeML/newswire usage); "last June" said in March is the June before, too
        year = ctx.base.year if month < ctx.base.month - 1 else ctx.base.year - 1
        rule = "month:last"
    elif modifier == "next":
        year = ctx.base.year if month > ctx.base.month else ctx.base.year + 1
        rule = "month:next"
    elif modifier == "this":
        year, rule = ctx.base.year, "month:this"
    else:
        year, chosen = _nearest_month(ctx.base, month, ctx.direction)
        rule = f"month:{chosen}({ctx.cue})"
    return Resolution(_month_value(year, month), "month", rule)


_FOLLOWING_WEEK = re.compile(
    rf"(?:,?\s+(?:and|or)\s+(?:on\s+)?{_WEEKDAY})?,?\s+(?:of\s+)?(?P<which>next|last|this)\s+week\b",
    re.IGNORECASE,
)


def _resolve_weekday(ctx: _Context) -> Resolution | None:
    weekday = WEEKDAYS[ctx.match["weekday"].lower()]
    modifier = re.sub(r"\s+", " ", (_g(ctx.match, "mod") or "").lower())
    if modifier in ("the previous", "the following", "the next"):
        reference = ctx.reference
        if reference is None or reference.granularity != "day":
            return Resolution(None, "day", "weekday:no-reference")
        direction = "past" if modifier == "the previous" else "future"
        date = _strict_weekday(reference.date, weekday, direction)
        return Resolution(
            date.isoformat(), "day", f"weekday:{modifier.split()[1]}:anchored({reference.source})"
        )
    if modifier in ("the same", "that"):
        return Resolution(None, "day", "weekday:anchored-to-event")
    if ctx.base is None:
        return Resolution(None, "day", "weekday:no-published-date")
    if modifier in ("last", "past"):
        return Resolution(_strict_weekday(ctx.base, weekday, "past").isoformat(), "day", "weekday:last")
    if modifier in ("next", "coming"):
        return Resolution(_strict_weekday(ctx.base, weekday, "future").isoformat(), "day", "weekday:next")
    week = _FOLLOWING_WEEK.search(ctx.match[0]) or _FOLLOWING_WEEK.match(ctx.match.string, ctx.match.end())
    if week:  # "on Thursday and Friday next week"
        offset = {"last": -1, "this": 0, "next": 1}[week["which"].lower()]
        monday = ctx.base - dt.timedelta(days=ctx.base.weekday()) + dt.timedelta(weeks=offset)
        date = monday + dt.timedelta(days=weekday)
        return Resolution(date.isoformat(), "day", f"weekday:{week['which'].lower()}-week")
    date, chosen = _nearest_weekday(ctx.base, weekday, ctx.direction)
    return Resolution(date.isoformat(), "day", f"weekday:{chosen}({ctx.cue})")


_DAY_WORDS: dict[str, int] = {
    "today": 0, "tonight": 0, "this morning": 0, "this afternoon": 0, "this evening": 0,
    "yesterday": -1, "last night": -1, "tomorrow": 1, "the day before yesterday": -2,
    "the day after tomorrow": 2,
}  # fmt: skip


def _resolve_day_word(ctx: _Context) -> Resolution | None:
    word = re.sub(r"\s+", " ", ctx.match["word"].lower())
    if ctx.base is None:
        return Resolution(None, "day", "relative-day:no-published-date")
    offset = _DAY_WORDS[word]
    return Resolution((ctx.base + dt.timedelta(days=offset)).isoformat(), "day", "relative-day")


def _resolve_time_of_day(ctx: _Context) -> Resolution | None:
    """ "at midday", "by mid-afternoon", "in the morning": a time of that day, cut to the day.

    "midnight Friday", "mid-afternoon yesterday" resolve as the day they name; a bare time of day
    is of the day the narrative is at (a day-precise date mentioned shortly before), else of the
    publication day, as in a news report.
    """
    if _g(ctx.match, "weekday"):
        return _resolve_weekday(ctx)
    if _g(ctx.match, "word"):
        return _resolve_day_word(ctx)
    reference = ctx.reference
    if reference is None:
        return Resolution(None, "day", "time-of-day:no-published-date")
    if reference.granularity != "day":
        if ctx.base is None:
            return Resolution(None, "day", "time-of-day:no-published-date")
        reference = Reference(ctx.base, "day", "publication-date")
    return Resolution(reference.date.isoformat(), "day", f"time-of-day:anchored({reference.source})")


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> dt.date:
    """The ``n``-th ``weekday`` (0 = Monday) of the month; ``n = -1``: the last one."""
    if n > 0:
        first = dt.date(year, month, 1)
        return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    last = dt.date(year, month, calendar.monthrange(year, month)[1])
    return last - dt.timedelta(days=(last.weekday() - weekday) % 7)


def _easter(year: int) -> dt.date:
    """Western Easter Sunday (the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month, day = divmod(h + l_ - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


# Named days with a calendar rule. The US federal days (Election Day, Thanksgiving, Memorial Day,
# Labor Day, ...) follow the US calendar, as the capitalised names in English news mostly mean it.
HOLIDAYS: dict[str, Callable[[int], dt.date]] = {
    "new year's day": lambda y: dt.date(y, 1, 1),
    "new year's eve": lambda y: dt.date(y, 12, 31),
    "christmas eve": lambda y: dt.date(y, 12, 24),
    "christmas day": lambda y: dt.date(y, 12, 25),
    "christmas": lambda y: dt.date(y, 12, 25),
    "boxing day": lambda y: dt.date(y, 12, 26),
    "valentine's day": lambda y: dt.date(y, 2, 14),
    "fourth of july": lambda y: dt.date(y, 7, 4),  # not "Independence Day": every country has one
    "bastille day": lambda y: dt.date(y, 7, 14),
    "halloween": lambda y: dt.date(y, 10, 31),
    "veterans day": lambda y: dt.date(y, 11, 11),
    "armistice day": lambda y: dt.date(y, 11, 11),
    "election day": lambda y: _nth_weekday(y, 11, 0, 1) + dt.timedelta(days=1),
    "thanksgiving day": lambda y: _nth_weekday(y, 11, 3, 4),
    "thanksgiving": lambda y: _nth_weekday(y, 11, 3, 4),
    "memorial day": lambda y: _nth_weekday(y, 5, 0, -1),
    "labor day": lambda y: _nth_weekday(y, 9, 0, 1),
    "columbus day": lambda y: _nth_weekday(y, 10, 0, 2),
    "martin luther king day": lambda y: _nth_weekday(y, 1, 0, 3),
    "presidents' day": lambda y: _nth_weekday(y, 2, 0, 3),
    "mother's day": lambda y: _nth_weekday(y, 5, 6, 2),
    "father's day": lambda y: _nth_weekday(y, 6, 6, 3),
    "easter sunday": _easter,
    "easter": _easter,
    "good friday": lambda y: _easter(y) - dt.timedelta(days=2),
    "easter monday": lambda y: _easter(y) + dt.timedelta(days=1),
}


def _resolve_holiday(ctx: _Context) -> Resolution | None:
    name = re.sub(r"\s+", " ", ctx.match["holiday"].lower()).replace("\u2019", "'")
    name = {"new year's": "new year's day", "presidents day": "presidents' day"}.get(name, name)
    rule_of = HOLIDAYS.get(name)
    if rule_of is None:
        return None
    if _g(ctx.match, "year"):
        return Resolution(rule_of(int(ctx.match["year"])).isoformat(), "day", "holiday-year")
    if ctx.base is None:
        return Resolution(None, "day", "holiday:no-published-date")
    this_year = rule_of(ctx.base.year)
    past = this_year if this_year <= ctx.base else rule_of(ctx.base.year - 1)
    future = this_year if this_year >= ctx.base else rule_of(ctx.base.year + 1)
    chosen = _choose((ctx.base - past).days, (future - ctx.base).days, ctx.direction)
    date = future if chosen == "future" else past
    return Resolution(date.isoformat(), "day", f"holiday:{chosen}({ctx.cue})")


def _resolve_the_unit(ctx: _Context) -> Resolution | None:
    # "by the end of the month", "earlier in the year": the month/year the narrative is in -- that of
    # a date mentioned shortly before, else the publication's
    unit = (_g(ctx.match, "unit") or ctx.match["unit2"]).lower()
    reference = ctx.reference
    if reference is None:
        return Resolution(None, unit, f"the-{unit}:no-published-date")
    if _GRANULARITY_RANK[reference.granularity] > _GRANULARITY_RANK[unit]:
        if ctx.base is None:
            return Resolution(None, unit, f"the-{unit}:no-published-date")
        reference = Reference(ctx.base, "day", "publication-date")
    value, granularity = _unit_span(reference.date, unit, 0) or (None, unit)
    return Resolution(value, granularity, f"the-{unit}:anchored({reference.source})")


def _resolve_fiscal_year(ctx: _Context) -> Resolution | None:
    # a fiscal year is named by the calendar year it falls (mostly) in: "the fiscal year" is the
    # current one, "the latest/last fiscal year" the one completed before it
    modifier = (_g(ctx.match, "mod") or "this").lower()
    offset = {"latest": -1, "last": -1, "past": -1, "previous": -1, "prior": -1, "next": 1, "coming": 1}
    if ctx.base is None:
        return Resolution(None, "year", "fiscal-year:no-published-date")
    return Resolution(f"{ctx.base.year + offset.get(modifier, 0):04d}", "year", f"fiscal-year:{modifier}")


def _resolve_day_of_event(ctx: _Context) -> Resolution | None:
    # "today is the eighth day of Desert Shield", "it's the second day of an offensive": the day
    # the report speaks of is the publication day
    if ctx.base is None:
        return Resolution(None, "day", "day-of:no-published-date")
    return Resolution(ctx.base.isoformat(), "day", "day-of:publication-date")


def _resolve_unit(ctx: _Context) -> Resolution | None:
    modifier = re.sub(r"\s+", " ", ctx.match["mod"].lower())
    unit = ctx.match["unit"].lower()
    offset = {
        "last": -1,
        "previous": -1,
        "this": 0,
        "the current": 0,
        "current": 0,
        "next": 1,
        "the coming": 1,
    }[modifier]
    modifier = modifier.replace(" ", "-")  # rule names carry no spaces
    if ctx.base is None:
        return Resolution(None, None, f"{modifier}-{unit}:no-published-date")
    result = _unit_span(ctx.base, unit, offset)
    if result is None:
        return Resolution(None, None, f"{modifier}-{unit}:inexpressible")
    coarse = "" if unit in ("day", "month", "year", "decade", "century") else ":coarsened"
    return Resolution(result[0], result[1], f"{modifier}-{unit}{coarse}")


def _resolve_ago(ctx: _Context) -> Resolution | None:
    amount = _number(ctx.match["num"])
    unit = ctx.match["unit"].lower()
    anchor = re.sub(r"\s+", " ", ctx.match["anchor"].lower())
    granularity = {"day": "day", "week": "day", "month": "month", "year": "year", "decade": "decade"}[unit]
    if anchor in ("before", "after") and not re.match(
        r"\s*(?:[,.;:)\]]|$)", ctx.match.string[ctx.match.end() :]
    ):
        # "two days after the attack": anchored to an event we do not date
        return Resolution(None, granularity, f"{anchor}:anchored-to-event")
    if amount is None:
        return Resolution(None, granularity, f"{anchor.replace(' ', '-')}:vague-amount")
    sign = -1 if anchor in ("ago", "earlier", "before") else 1
    if unit == "decade":
        unit, amount = "year", amount * 10
    if unit == "week":
        unit, amount = "day", amount * 7
    if anchor == "earlier" and ctx.base is not None and _is_comparison(ctx.match):
        # "compared with $1.11 a share a year earlier": the comparison is with the period now
        # reported, not with the last date the text mentioned
        ctx = ctx._replace(reference=Reference(ctx.base, "day", "publication-date"))
    if anchor in ("ago", "from now", "hence"):
        if ctx.base is None:
            return Resolution(None, granularity, "ago:no-published-date")
        ctx = ctx._replace(reference=Reference(ctx.base, "day", "publication-date"))
    resolution = _anchored(ctx, unit, sign * amount, anchor.replace(" ", "-"))
    if granularity == "decade" and resolution.value:
        return Resolution(f"{int(resolution.value) // 10 * 10:04d}", "decade", resolution.rule)
    return resolution


def _resolve_day_before_after(ctx: _Context) -> Resolution:
    # "The day before, Lavrov had warned Iran": one unit from the narrative's reference time
    which = ctx.match["which"].lower()
    unit = ctx.match["unit"].lower()
    offset = -1 if which == "before" else 1
    return _anchored(ctx, unit, offset, f"the-{unit}-{which}")


def _resolve_year_earlier(ctx: _Context) -> Resolution:
    # "the year-earlier results": newswire's adjective for the year-ago period, counted from now
    if ctx.base is not None:
        ctx = ctx._replace(reference=Reference(ctx.base, "day", "publication-date"))
    return _anchored(ctx, "year", -1, "year-earlier")


_COMPARISON = re.compile(r"\b(?:compared?|comparable|from|than|versus|vs\.?)\b", re.IGNORECASE)
# an amount of money, a share, a count of points: what results and markets compare year on year
_FIGURE = re.compile(
    r"\d.*?(?:[%]|\b(?:cents?|million|billion|percent|points?|a\s+share)\b)|[$£€]\s*\d", re.IGNORECASE
)


def _sentence_lead_in(match: re.Match[str], chars: int = 200) -> str:
    """The text of the match's sentence before it (approximately: back to the last full stop)."""
    before = match.string[max(match.start() - chars, 0) : match.start()]
    return re.split(r"[.!?][\"'\u201d]?\s+(?=[A-Z\"'\u201c])", before)[-1]


def _is_comparison(match: re.Match[str]) -> bool:
    """ "net rose to $5 million from $4 million a year earlier": a figure set against its year-ago one."""
    lead_in = _sentence_lead_in(match)
    return bool(_COMPARISON.search(lead_in) and _FIGURE.search(lead_in))


def _resolve_in_units(ctx: _Context) -> Resolution | None:
    # "Iran could build a bomb in two years" points ahead from the publication date; in a clause
    # that does not point ahead ("the first time in five years") it is a stretch of time: no date
    if ctx.direction not in ("future", "future?"):
        return None
    amount = _number(ctx.match["num"])
    unit = ctx.match["unit"].lower()
    granularity = {"day": "day", "week": "day", "month": "month", "year": "year"}[unit]
    if amount is None:
        return Resolution(None, granularity, "in-units:vague-amount")
    if ctx.base is None:
        return Resolution(None, granularity, "in-units:no-published-date")
    if unit == "week":
        unit, amount = "day", amount * 7
    reference = Reference(ctx.base, "day", "publication-date")
    resolution = _anchored(ctx._replace(reference=reference), unit, amount, "from-now")
    return resolution._replace(rule=f"in-units:future({ctx.cue})")


def _resolve_anchored_unit(ctx: _Context) -> Resolution | None:
    modifier = re.sub(r"\s+", " ", ctx.match["mod"].lower())
    offset = {
        "the following": 1,
        "the next": 1,
        "the previous": -1,
        "the prior": -1,
        "the same": 0,
        "that": 0,
    }[modifier]
    return _anchored(
        ctx, ctx.match["unit"].lower(), offset, f"{modifier.replace(' ', '-')}-{ctx.match['unit'].lower()}"
    )


def _resolve_year(ctx: _Context) -> Resolution:
    return Resolution(f"{int(ctx.match['year']):04d}", "year", "absolute-year")


def _spelled_year(words: str) -> int | None:
    parts = re.split(r"[-\s]+", words.lower())
    if parts[:2] == ["two", "thousand"]:
        rest = [part for part in parts[2:] if part != "and"]
        return 2000 + (_number(" ".join(rest)) or 0 if rest else 0)
    century = {"eighteen": 1800, "nineteen": 1900}[parts[0]]
    rest = [part for part in parts[1:] if part not in ("oh", "o")]
    if rest == ["hundred"]:
        return century
    number = _number(" ".join(rest))
    return century + number if number is not None and number < 100 else None


def _resolve_spelled_year(ctx: _Context) -> Resolution | None:
    year = _spelled_year(ctx.match["spelled"])
    if year is None:
        return None
    if _g(ctx.match, "month"):
        return Resolution(
            _month_value(year, _month_number(ctx.match["month"])), "month", "spelled-month-year"
        )
    return Resolution(f"{year:04d}", "year", "spelled-year")


def _resolve_season_year(ctx: _Context) -> Resolution:
    # a season is not expressible in the contract: give the year the text names
    return Resolution(
        f"{int(ctx.match['year']):04d}", "year", f"{ctx.match['season'].lower()}-year:coarsened"
    )


def _resolve_range(ctx: _Context) -> Resolution:
    return Resolution(f"{int(ctx.match['year'] or ctx.match['year_b']):04d}", "year", "year-range:start")


def _resolve_decade(ctx: _Context) -> Resolution | None:
    digits, word = _g(ctx.match, "digits"), _g(ctx.match, "word")
    if digits:
        number = int(re.sub(r"\D", "", digits))
        if number >= 100:
            if number % 100 == 0 and number != 2000:
                return Resolution(f"{number:04d}", "century", "absolute-century:hundreds")
            return Resolution(f"{number:04d}", "decade", "absolute-decade")
        decade = number
        prefix = None
    else:
        assert word is not None
        parts = re.split(r"[-\s]+", word.lower())
        decade = DECADE_WORDS[parts[-1]]
        prefix = CENTURY_WORDS.get(parts[0]) if len(parts) > 1 else None
    if prefix is not None:
        return Resolution(f"{prefix + decade:04d}", "decade", "absolute-decade")
    if ctx.base is None:
        return Resolution(None, "decade", "decade:no-published-date")
    # the latest such decade that has begun by the publication date
    year = ctx.base.year // 100 * 100 + decade
    if year > ctx.base.year:
        year -= 100
    return Resolution(f"{year:04d}", "decade", "decade:latest-begun")


def _resolve_century(ctx: _Context) -> Resolution | None:
    ordinal = ctx.match["ord"].lower()
    number = int(re.match(r"\d+", ordinal).group()) if ordinal[0].isdigit() else ORDINALS.get(ordinal)  # type: ignore[union-attr]
    if not number:
        return None
    rule = "century-range:start" if ctx.match[0].lower().endswith("centuries") else "absolute-century"
    return Resolution(f"{(number - 1) * 100:04d}", "century", rule)


def _resolve_year_end(ctx: _Context) -> Resolution:
    # "by year-end", "by the end of the year": the publication year, unless the sentence looks back
    # ("the change since year-end") when the last one has passed
    if ctx.base is None:
        return Resolution(None, "year", "year-end:no-published-date")
    edge = (_g(ctx.match, "edge") or "end").lower()
    if edge == "end" and ctx.cue == "cue:since":
        return Resolution(f"{ctx.base.year - 1:04d}", "year", "year-end:since")
    return Resolution(f"{ctx.base.year:04d}", "year", f"year-{edge}")


def _resolve_relative_century(ctx: _Context) -> Resolution | None:
    modifier = ctx.match["mod"].lower()
    offset = {"last": -1, "previous": -1, "this": 0, "next": 1}[modifier]
    if ctx.base is None:
        return Resolution(None, "century", "century:no-published-date")
    return Resolution(f"{(ctx.base.year // 100 + offset) * 100:04d}", "century", f"{modifier}-century")


def _resolve_quarter(ctx: _Context) -> Resolution | None:
    quarter_word = ctx.match["q"].lower()
    quarter = ORDINALS.get(quarter_word) or int(re.sub(r"\D", "", quarter_word) or 0)
    if not 1 <= quarter <= 4:
        return None
    if _g(ctx.match, "year"):
        return Resolution(f"{int(ctx.match['year']):04d}", "year", "quarter:coarsened")
    if ctx.base is None:
        return Resolution(None, "year", "quarter:no-published-date")
    current = (ctx.base.month - 1) // 3 + 1
    chosen = _choose((current - quarter) % 4, (quarter - current) % 4, ctx.direction)
    if chosen == "future":
        year = ctx.base.year if quarter >= current else ctx.base.year + 1
    else:
        year = ctx.base.year if quarter <= current else ctx.base.year - 1
    return Resolution(f"{year:04d}", "year", f"quarter:{chosen}({ctx.cue}):coarsened")


class _Pattern(NamedTuple):
    name: str
    regex: re.Pattern[str]
    resolve: Resolver
    capitalised: tuple[str, ...] = ()  # groups that must start with a capital letter


_CATEGORY_CLASSES = {
    _sre.CATEGORY_DIGIT: r"\d",
    _sre.CATEGORY_NOT_DIGIT: r"\D",
    _sre.CATEGORY_SPACE: r"\s",
    _sre.CATEGORY_NOT_SPACE: r"\S",
    _sre.CATEGORY_WORD: r"\w",
    _sre.CATEGORY_NOT_WORD: r"\W",
}
_ZERO_WIDTH = (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT)
_REPEATS = (_sre.MAX_REPEAT, _sre.MIN_REPEAT, getattr(_sre, "POSSESSIVE_REPEAT", _sre.MAX_REPEAT))


def _first_items(items: Iterable[tuple[object, object]]) -> tuple[list[str] | None, bool]:
    """The characters a parsed pattern can start with (as class items), and whether it can match empty.

    None when that cannot be told (a negated class, a backreference, an operator not handled here):
    the caller then leaves the pattern as it is.
    """
    found: list[str] = []
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue  # \b and lookarounds consume nothing: the next item decides
        if op is _sre.LITERAL:
            return [*found, re.escape(chr(av))], False  # type: ignore[arg-type]
        if op is _sre.IN:
            members: list[str] = []
            for member_op, member in av:  # type: ignore[attr-defined]
                if member_op is _sre.LITERAL:
                    members.append(re.escape(chr(member)))
                elif member_op is _sre.RANGE:
                    members.append(f"{re.escape(chr(member[0]))}-{re.escape(chr(member[1]))}")
                elif member_op is _sre.CATEGORY and member in _CATEGORY_CLASSES:
                    members.append(_CATEGORY_CLASSES[member])
                else:
                    return None, False
            return found + members, False
        if op is _sre.BRANCH:
            nullable = False
            for alternative in av[1]:  # type: ignore[index]
                first, empty = _first_items(alternative)
                if first is None:
                    return None, False
                found += first
                nullable = nullable or empty
        elif op is _sre.SUBPATTERN:
            first, nullable = _first_items(av[3])  # type: ignore[index]
            if first is None:
                return None, False
            found += first
        elif op in _REPEATS:
            low, _, body = av  # type: ignore[misc]
            first, empty = _first_items(body)
            if first is None:
                return None, False
            found += first
            nullable = low == 0 or empty
        else:
            return None, False
        if not nullable:
            return found, False
    return found, True


def _compile(pattern: str) -> re.Pattern[str]:
    """Compile case-insensitively, led by a lookahead on the characters a match can start with.

    The lookahead changes no match (every match starts with one of those characters) but lets the
    regex engine drop most positions at once instead of trying every alternative of the pattern at
    every word of the article: the date patterns are most of the cost of :func:`extract_dates`.
    """
    try:
        items = _sre_parse.parse(pattern, re.IGNORECASE).data
        first, nullable = _first_items(items)
    except Exception:  # an internal of ``re`` that moved: fall back to the plain pattern
        logger.debug("no first-character guard for %r", pattern, exc_info=True)
        items, first, nullable = [], None, True
    # A leading lookbehind ("(?<=\bin )") already drops positions as fast as the guard would.
    if first is None or nullable or not first or items[0][0] is _sre.ASSERT:
        return re.compile(pattern, re.IGNORECASE)
    return re.compile(f"(?=[{''.join(dict.fromkeys(first))}]){pattern}", re.IGNORECASE)


def _p(name: str, pattern: str, resolve: Resolver, capitalised: tuple[str, ...] = ()) -> _Pattern:
    return _Pattern(name, _compile(pattern), resolve, capitalised)


_WEEKDAY_PREFIX = rf"(?:{_WEEKDAY},?\s+(?:the\s+)?)?"
_RELATIVE_UNITS = r"(?:week|weekend|month|year|quarter|decade|spring|summer|autumn|fall|winter)"

PATTERNS: tuple[_Pattern, ...] = (
    _p("iso-date", r"\b(?P<iso>\d{4}-\d{2}-\d{2})\b", _resolve_full_date),
    _p(
        "month-day-year",
        rf"\b{_WEEKDAY_PREFIX}(?P<month>{_MONTH})\s+(?P<day>{_DAY})(?:{_DASH}\d{{1,2}})?,?\s+(?P<year>{_YEAR})\b",
        _resolve_full_date,
        ("month",),
    ),
    _p(
        "day-month-year",
        rf"\b{_WEEKDAY_PREFIX}(?P<day>{_DAY})(?:{_DASH}\d{{1,2}})?\s+(?:of\s+)?(?P<month>{_MONTH}),?\s+(?P<year>{_YEAR})\b",
        _resolve_full_date,
        ("month",),
    ),
    _p(
        "year-range",
        rf"\b(?:between\s+(?P<year_b>{_YEAR})\s+and\s+{_YEAR}|(?:from\s+)?(?P<year>{_YEAR})"
        rf"(?:{_DASH}(?:\d{{2}}|{_YEAR})|\s+(?:to|until|through|till)\s+{_YEAR}))\b(?!\s*[-\u2013]\s*\d)",
        _resolve_range,
    ),
    _p(
        "month-year",
        rf"\b(?:{_EDGE})?(?P<month>{_MONTH}),?\s+(?:of\s+)?(?P<year>{_YEAR})\b",
        _resolve_month_year,
        ("month",),
    ),
    _p(
        "spelled-year",
        rf"\b(?:(?P<month>{_MONTH})\s+)?(?:the\s+year\s+)?(?P<spelled>{_SPELLED_YEAR})\b(?![-\s]+(?:{_TENS_WORDS}|{_UNITS_WORDS}))",
        _resolve_spelled_year,
    ),
    _p(
        "season-year",
        rf"\b(?:(?:early|late|mid)[-\s]+)?(?:the\s+)?(?:(?:early|late|mid)[-\s]+)?(?P<season>spring|summer|autumn|fall|winter)"
        rf"\s+(?:of\s+)?(?P<year>{_YEAR})\b",
        _resolve_season_year,
    ),
    _p(
        "month-day",
        rf"\b{_WEEKDAY_PREFIX}(?P<month>{_MONTH})\s+(?P<day>{_DAY})(?:{_DASH}\d{{1,2}})?\b(?!\s*,?\s*\d)",
        _resolve_month_day,
        ("month",),
    ),
    _p(
        "day-month",
        rf"\b{_WEEKDAY_PREFIX}(?:the\s+)?(?P<day>{_DAY})(?:{_DASH}\d{{1,2}})?\s+(?:of\s+)?(?P<month>{_MONTH})\b(?!\s*,?\s*\d)",
        _resolve_month_day,
        ("month",),
    ),
    _p(
        "ago",
        rf"\b(?P<num>{_NUMBER})\s+(?P<unit>day|week|month|year|decade)s?\s+(?P<anchor>ago|earlier|later|before|after|from\s+now|hence)\b",
        _resolve_ago,
    ),
    _p(
        "in-units",
        rf"(?<=\bin )(?P<num>{_NUMBER})\s+(?P<unit>day|week|month|year)s?\b(?!\s+(?:of|ago|earlier|later|before|after))",
        _resolve_in_units,
    ),
    _p(
        "relative-unit",
        rf"\b{_EDGE}(?P<mod>this|last|next|previous|the\s+current|the\s+coming)\s+(?P<unit>{_RELATIVE_UNITS})\b",
        _resolve_unit,
    ),
    _p(
        "anchored-unit",
        r"\b(?:(?:earlier|later)\s+)?(?P<mod>the\s+following|the\s+next|the\s+previous|the\s+prior|the\s+same|that)\s+"
        r"(?P<unit>day|week|month|year)\b",
        _resolve_anchored_unit,
    ),
    _p(
        "day-before-after",
        r"\b(?:the\s+)?(?P<unit>day|week|month|year)\s+(?P<which>before|after)(?=\s*[,.;:)]|\s*$)",
        _resolve_day_before_after,
    ),
    _p(
        "year-earlier",
        r"\b(?P<mod>year)[-\s](?:earlier|ago)(?=\s+\w)",  # "the year-earlier results"
        _resolve_year_earlier,
    ),
    _p(
        "year-end",
        r"\b(?:(?:the\s+)?(?P<edge>end|beginning|start|middle)\s+of\s+the\s+year|year[-\s]end|year's\s+end)\b",
        _resolve_year_end,
    ),
    _p("relative-century", r"\b(?P<mod>this|last|previous|next)\s+century\b", _resolve_relative_century),
    _p(
        "day-word",
        r"\b(?:(?:early|late)\s+)?(?P<word>the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|today|tonight|"
        r"yesterday|tomorrow|this\s+morning|this\s+afternoon|this\s+evening|last\s+night)\b",
        _resolve_day_word,
    ),
    _p(
        "holiday",
        r"\b(?P<holiday>New\s+Year['\u2019]s(?:\s+(?:Day|Eve))?|Christmas(?:\s+(?:Day|Eve))?|Boxing\s+Day|"
        r"Valentine['\u2019]s\s+Day|Fourth\s+of\s+July|Bastille\s+Day|Halloween|Veterans\s+Day|Armistice\s+Day|"
        r"Election\s+Day|Thanksgiving(?:\s+Day)?|Memorial\s+Day|Labor\s+Day|Columbus\s+Day|"
        r"Martin\s+Luther\s+King\s+Day|Presidents['\u2019]?\s+Day|Mother['\u2019]s\s+Day|Father['\u2019]s\s+Day|"
        r"Easter(?:\s+(?:Sunday|Monday))?|Good\s+Friday)\b(?:,?\s+(?P<year>" + _YEAR + r"))?",
        _resolve_holiday,
        ("holiday",),  # "Fourth of July": checked on its first letter only
    ),
    _p(
        "the-unit",
        r"\b(?:(?:the\s+)?(?:end|beginning|start|middle)\s+of\s+the\s+(?P<unit>month)(?!\s+(?:of|before|after)\b)"
        r"|(?:earlier|later)\s+in\s+the\s+(?P<unit2>month|year)(?!\s+(?:of|before|after|when|that)\b))\b",
        _resolve_the_unit,
    ),
    _p(
        "fiscal-year",
        r"\b(?:(?:the\s+)?(?P<mod>current|latest|last|past|previous|prior|next|coming|this)\s+|the\s+)"
        r"fiscal[-\s]+year\b(?!\s*(?:\d|ended|ending|ends|that|which|beginning|begins|starting|to\b|through))",
        _resolve_fiscal_year,
    ),
    _p(
        "day-of-event",
        r"\b(?:it['\u2019]s|it\s+is|today\s+is|this\s+is)\s+(?P<span>(?:the|a)\s+(?:" + _ORDINAL + r"|"
        r"\d{1,3}(?:st|nd|rd|th))\s+(?:straight\s+|consecutive\s+)?day)\b(?=\s+(?:of|in|since)\b)",
        _resolve_day_of_event,
    ),
    _p(
        "prefixed-year",
        r"\b(?:pre|post)-(?P<year>" + _YEAR + r")\b",
        _resolve_year,
    ),
    _p(
        "time-of-day",
        r"(?:(?:(?<=\bat\s)|(?<=\bby\s)|(?<=\buntil\s)|(?<=\bbefore\s)|(?<=\bafter\s))"
        r"(?:midday|noon|midnight|mid[-\s]?(?:morning|afternoon|day))\b"
        r"|(?:(?<=\bin\s)|(?<=\bduring\s)|(?<=\bby\s)|(?<=\buntil\s))"
        r"(?:the\s+(?:morning|afternoon|evening)|mid[-\s]?(?:morning|afternoon))\b(?!\s+(?:of|after|before)\b))"
        rf"(?:\s+(?:on\s+)?(?:(?P<weekday>{_WEEKDAY})|(?P<word>yesterday|today|tomorrow))\b)?",
        _resolve_time_of_day,
        ("weekday",),
    ),
    _p(
        "weekday",
        rf"\b(?:(?P<mod>last|next|this|past|coming|the\s+previous|the\s+following|the\s+same|that|the\s+next)\s+)?(?:(?:early|late)\s+)?(?P<weekday>{_WEEKDAY})(?:'s)?{_PART_OF_DAY}"
        r"(?:,?\s+(?:of\s+)?(?:next|last|this)\s+week)?\b",
        _resolve_weekday,
        ("weekday",),
    ),
    _p(
        "century",
        rf"\b(?:between\s+)?(?:the\s+)?(?:(?:early|late|mid)[-\s]+)?(?P<ord>{_ORDINAL})"
        rf"(?:(?:\s+(?:and|to|through|or)\s+|{_DASH})(?:the\s+)?(?:(?:early|late|mid)[-\s]+)?{_ORDINAL})?"
        r"[-\s]+centur(?:y|ies)\b",
        _resolve_century,
    ),
    _p(
        "decade",
        r"(?:\b(?:the\s+)?(?:(?:early|late|mid)[-\s]*)?(?P<digits>(?:1[5-9]|20)\d0'?s|['\u2019]\d0s)(?![\w-])"
        r"|\bthe\s+(?:(?:early|late|mid)[-\s]*)?(?P<word>(?:(?:seventeen|eighteen|nineteen|twenty)[-\s]?)?"
        r"(?:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))\b)",
        _resolve_decade,
    ),
    _p(
        "quarter",
        r"\b(?:the\s+)?(?P<q>first|second|third|fourth|1st|2nd|3rd|4th)[-\s]+quarter(?:\s+of\s+(?P<year>"
        + _YEAR
        + r"))?\b",
        _resolve_quarter,
    ),
    _p(
        "month",
        rf"\b(?:(?P<mod>last|next|this|that|early|late|mid)[-\s]+)?(?P<month>{_MONTH})(?!\s*\d)",
        _resolve_month,
        ("month",),
    ),
    _p(
        "year",
        rf"(?<![\d$£€#.,/-])\b(?:{_EDGE})?(?P<year>{_YEAR})(?!\s*[-\u2013/]\s*\d)\b(?!'?s\b)",
        _resolve_year,
    ),
)

# Words (lower case) of which every match of the pattern contains at least one: an article that
# has none of them skips the pattern. Listed only where the words are rare enough to pay off.
_REQUIRED_WORDS: dict[str, tuple[str, ...]] = {
    "spelled-year": ("eighteen", "nineteen", "thousand"),
    "season-year": ("spring", "summer", "autumn", "fall", "winter"),
    "relative-century": ("century",),
    "day-word": ("today", "yesterday", "tomorrow", "morning", "afternoon", "evening", "night"),
    "fiscal-year": ("fiscal",),
    "prefixed-year": ("pre-", "post-"),
    "time-of-day": ("mid", "noon", "morning", "afternoon", "evening"),
    "weekday": ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),
    "century": ("centur",),
    "decade": ("0s", "0's", "ties"),
    "quarter": ("quarter",),
}
# Characters that match an ASCII letter case-insensitively but whose str.lower() is no ASCII letter
# (dotted/dotless i, long s, Kelvin sign): with any of them, every pattern runs.
_CASE_FOLD_SURPRISES = re.compile("[\u0130\u0131\u017f\u212a]")


def _patterns_for(text: str) -> list[_Pattern]:
    """The patterns that can match somewhere in ``text`` (all of them, less those missing their words)."""
    if _CASE_FOLD_SURPRISES.search(text):
        return list(PATTERNS)
    lowered = text.lower()
    return [
        pattern
        for pattern in PATTERNS
        if pattern.name not in _REQUIRED_WORDS or any(w in lowered for w in _REQUIRED_WORDS[pattern.name])
    ]


# Months that are also common words: only taken bare after a temporal preposition or modifier.
_AMBIGUOUS_MONTHS = frozenset(
    {"may", "march", "mar", "jan", "sat", "sun", "dec", "oct", "aug", "sept", "sep"}
)
_MONTH_CUES = frozenset(
    [
        "in",
        "of",
        "since",
        "until",
        "till",
        "by",
        "during",
        "early",
        "late",
        "mid",
        "last",
        "next",
        "this",
        "from",
        "through",
        "before",
        "after",
        "between",
        "and",
        "to",
        "or",
        "that",
    ]
)
_YEAR_CUES = frozenset(
    [
        "in",
        "of",
        "since",
        "until",
        "till",
        "by",
        "during",
        "early",
        "late",
        "mid",
        "from",
        "through",
        "before",
        "after",
        "between",
        "year",
        "around",
        "circa",
        "c.",
        "summer",
        "spring",
        "autumn",
        "fall",
        "winter",
    ]
)
_SET_CUES = frozenset({"every", "each", "per"})
_AGE_SUFFIX = re.compile(r"^[-\s]*(?:year|month|week|day)s?[-\s]*old", re.IGNORECASE)


# ---------------------------------------------------------------------------------------------
# Detection
# ---------------------------------------------------------------------------------------------


class _Candidate(NamedTuple):
    start: int
    end: int
    pattern: _Pattern
    match: re.Match[str]


def _previous_word(text: str, start: int) -> str:
    match = re.search(r"([\w.'-]+)\W*$", text[max(start - 30, 0) : start])
    return match.group(1).lower() if match else ""


def _date_entity_chars(parsed: ParsedArticle) -> set[int]:
    chars: set[int] = set()
    for entity in parsed.doc.ents:
        if entity.label_ in ("DATE", "TIME"):
            chars.update(range(entity.start_char, entity.end_char))
    return chars


def _looks_like_spelled_year(
    candidate: _Candidate, parsed: ParsedArticle, previous: str, date_chars: set[int]
) -> bool:
    """ "nineteen ninety-six" is a year; "two thousand troops" is a count."""
    match = candidate.match
    span = parsed.doc.char_span(match.start("spelled"), match.end("spelled"), alignment_mode="expand")
    if span is not None and span.root.dep_ == "nummod" and span.root.head.tag_ == "NNS":
        return False
    if not match["spelled"].lower().startswith("two"):
        return True
    has_context = _g(match, "month") or "year" in match[0].lower() or previous in _YEAR_CUES
    return bool(has_context or candidate.start in date_chars)


def _looks_like_year(
    candidate: _Candidate, parsed: ParsedArticle, previous: str, date_chars: set[int]
) -> bool:
    """A bare four-digit number is a year after a temporal word or inside a spaCy DATE entity."""
    match = candidate.match
    if re.match(r"(?:early|late|mid|earlier|later|the|end|beginning|start|middle)", match[0], re.IGNORECASE):
        return True  # "early 2015", "the end of 2015"
    inside_entity = candidate.start in date_chars or (candidate.end - 1) in date_chars
    if not inside_entity and previous not in _YEAR_CUES:
        return False
    token = parsed.doc.char_span(match.start("year"), match.end("year"), alignment_mode="expand")
    # "2000 troops": a count
    return not (token is not None and token.root.dep_ == "nummod" and token.root.head.tag_ == "NNS")


def _acceptable(candidate: _Candidate, text: str, parsed: ParsedArticle, date_chars: set[int]) -> bool:
    match, pattern = candidate.match, candidate.pattern
    for group in pattern.capitalised:
        word = _g(match, group)
        if word and not word[0].isupper():
            return False
    previous = _previous_word(text, candidate.start)
    if previous in _SET_CUES:
        return False  # "every Monday", "each May": a set, not a date
    if _AGE_SUFFIX.match(text[candidate.end : candidate.end + 12]):
        return False
    if pattern.name == "month":
        month_word = match["month"].lower().rstrip(".")
        if "." in match["month"] or len(month_word) <= 4 and month_word not in ("may", "june", "july"):
            return False  # bare abbreviations ("Mar", "Dec.") are too ambiguous without a day or year
        if month_word in _AMBIGUOUS_MONTHS and not _g(match, "mod"):
            token = parsed.doc.char_span(candidate.start, candidate.end, alignment_mode="expand")
            if token is not None and token.root.tag_ in ("MD", "VB", "VBP", "VBZ", "VBD"):
                return False
            if previous not in _MONTH_CUES:
                return False
    if pattern.name == "year" and not _looks_like_year(candidate, parsed, previous, date_chars):
        return False
    if pattern.name == "spelled-year" and not _looks_like_spelled_year(
        candidate, parsed, previous, date_chars
    ):
        return False
    if pattern.name == "holiday" and " " not in match["holiday"].strip():
        span = parsed.doc.char_span(candidate.start, candidate.end, alignment_mode="expand")
        if span is not None and span.root.dep_ == "compound" and span.root.head.pos_ in ("NOUN", "PROPN"):
            return False  # "a Christmas tree", "Easter eggs": the kind of thing, not a date
    if pattern.name == "relative-unit" and previous == "the" and match["mod"].lower() in ("last", "past"):
        return False  # "in the last year", "over the last week": a stretch of time up to now
    if pattern.name == "ago":
        unit_follow = text[candidate.end : candidate.end + 1]
        if unit_follow == "-":
            return False
    return True


def _candidates(parsed: ParsedArticle) -> list[_Candidate]:
    text = parsed.article.text  # == doc.text, without rebuilding it from the tokens
    found: list[_Candidate] = []
    for pattern in _patterns_for(text):
        for match in pattern.regex.finditer(text):
            # a pattern may need words around the expression to find it; group "span" is the expression
            start, end = (match.start("span"), match.end("span")) if _g(match, "span") else match.span()
            if end > start:
                found.append(_Candidate(start, end, pattern, match))
    # longest first, then earliest; keep non-overlapping
    order = {pattern.name: rank for rank, pattern in enumerate(PATTERNS)}
    found.sort(key=lambda c: (-(c.end - c.start), order[c.pattern.name], c.start))
    date_chars = _date_entity_chars(parsed)
    taken: list[tuple[int, int]] = []
    kept: list[_Candidate] = []
    for candidate in found:
        if any(candidate.start < end and start < candidate.end for start, end in taken):
            continue
        if not _acceptable(candidate, text, parsed, date_chars):
            continue
        taken.append((candidate.start, candidate.end))
        kept.append(candidate)
    return sorted(kept, key=lambda c: c.start)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while (
        end > start
        and text[end - 1] in " ,.;:'\u2019"
        and not re.search(r"\b[A-Za-z]{3,4}\.$", text[start:end])
    ):
        end -= 1
    while start < end and text[start].isspace():
        start += 1
    return start, end


def extract_dates(parsed: ParsedArticle) -> list[TimeExpression]:
    """Every time expression in the article, resolved against ``parsed.published`` where relative.

    Durations ("a four-day visit", "for an entire year"), sets ("every ninety days"), ages
    ("48-year-old") and the verb "may" are not dates and are not returned. Relative expressions in
    an article without a publication date keep ``value=None``.
    """
    text = parsed.article.text  # == doc.text, without rebuilding it from the tokens
    base = parsed.published
    rows: list[TimeExpression] = []
    last_dated: TimeExpression | None = None  # the narrative's reference time, if recent
    for candidate in _candidates(parsed):
        start, end = _trim(text, candidate.start, candidate.end)
        sentence_id = parsed.sentence_id(start)
        span = parsed.doc.char_span(start, end, alignment_mode="expand")
        direction, cue = sentence_direction(span) if span is not None and len(span) else (None, "no-span")
        reference = None
        if last_dated is not None and sentence_id - last_dated.sentence_id <= REFERENCE_WINDOW:
            reference = _reference_from(last_dated)
        if reference is None and base is not None:
            reference = Reference(base, "day", "publication-date")
        resolution = candidate.pattern.resolve(_Context(base, direction, cue, candidate.match, reference))
        if resolution is None:
            continue
        row = TimeExpression(
            sentence_id=sentence_id,
            start=start,
            end=end,
            text=text[start:end],
            value=resolution.value,
            granularity=resolution.granularity,
            rule=resolution.rule,
        )
        rows.append(row)
        if _reference_from(row) is not None:
            last_dated = row
    if base is None and any(row.value is None and row.granularity for row in rows):
        # info, not warning: the pipeline already warns once per run about undated articles
        logger.info(
            "%s: no publication date; relative time expressions are left unresolved", parsed.article_id
        )
    return rows


# ---------------------------------------------------------------------------------------------
# Which date governs a clause
# ---------------------------------------------------------------------------------------------


def governing_date(
    parsed: ParsedArticle, dates: Iterable[TimeExpression], token_or_span: Token | Span
) -> TimeExpression | None:
    """The time expression that governs the clause of ``token_or_span``, or None.

    Preference: (1) a date attached to the same clause verb; (2) a date attached to a clause that
    dominates it ("On Monday, Putin said Iran would ..."); (3) the nearest date in the same sentence.
    Dates of other sentences never govern.
    """
    root = token_or_span.root if hasattr(token_or_span, "root") else token_or_span  # a Span, else a Token
    sentence_id = parsed.sentence_id(root.idx)
    in_sentence = [date for date in dates if date.sentence_id == sentence_id]
    if not in_sentence:
        return None
    verb = _clause_verb(root)
    ancestors = {token.i for token in root.ancestors} | {root.i}
    dominating: list[TimeExpression] = []
    for date in in_sentence:
        span = parsed.doc.char_span(date.start, date.end, alignment_mode="expand")
        if span is None:
            continue
        date_verb = _clause_verb(span.root)
        if verb is not None and date_verb is not None and date_verb.i == verb.i:
            return date
        if date_verb is not None and date_verb.i in ancestors:
            dominating.append(date)
    if dominating:
        return dominating[0]
    return min(in_sentence, key=lambda date: abs(date.start - root.idx))


def dates_to_rows(article_id: str, dates: Iterable[TimeExpression]) -> list[dict[str, object]]:
    """Rows for the ``dates`` table (``schema.SCHEMAS['dates']``)."""
    return [{"article_id": article_id, **date._asdict()} for date in dates]
