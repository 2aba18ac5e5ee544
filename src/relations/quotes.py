"""Quotes: who said what, linked to the speaking actor.

Three small steps, each usable on its own:

1. :func:`find_quote_spans` scans the *text* with a regular expression for quotation marks and pairs
   them paragraph by paragraph (curly, straight and guillemet double marks; single marks only when
   they pair cleanly, so apostrophes are never mistaken for quotes). Multi-paragraph quotes whose
   opening mark repeats at each paragraph give one span per paragraph; an unclosed mark never runs
   past its paragraph.
2. :func:`find_attributions` uses the dependency *parse* to attach a reporting cue ("said",
   "according to") and a speaker span to each quoted span, and adds indirect speech ("Zarif said the
   deal was not renegotiable") from reporting verbs with a clausal complement. It needs no actor
   dictionary, so the PolNeAR benchmark scores it directly.
3. :func:`extract_quotes` resolves speaker spans to actors through the article's mentions and the
   shared :class:`~relations.actors.ActorResolver` (pronouns go to the nearest suitable person
   before them) and emits the contract's ``quotes`` rows. An unresolved speaker keeps its words in
   ``speaker_text`` and a null ``speaker_id``: never a guessed person.
"""

from __future__ import annotations

import functools
import logging
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, NamedTuple

from relations.actors import ActorResolver, Mention
from relations.document import ParsedArticle
from relations.parse import doc_text, token_words, tokens_with

if TYPE_CHECKING:  # spaCy is imported by the model loader; here it only names types
    from spacy.tokens import Doc, Token

logger = logging.getLogger(__name__)


class Quote(NamedTuple):
    quote_id: str  # f"{article_id}:q{n}", stable for the same text
    sentence_id: int
    start: int
    end: int
    text: str  # the quoted words (text[start:end])
    speaker_id: str | None
    speaker_text: str | None
    cue: str | None
    kind: str  # direct | indirect
    partial: bool = False  # scare/partial quote inside a sentence


class QuoteSpan(NamedTuple):
    """Quoted words found from the marks alone (offsets exclude the marks)."""

    start: int
    end: int
    open_mark: int  # offset of the opening mark
    close_mark: int | None  # offset of the closing mark; None when the quote runs to its paragraph end
    depth: int  # 0 for a top-level quote, 1 for a quote inside another
    parent: int | None  # index (in the returned list) of the enclosing quote, for nested quotes
    continued: bool  # opens a paragraph right after one that ended inside a quote (multi-paragraph)


class Attribution(NamedTuple):
    """A quote or indirect speech with its cue and speaker as spans of the text (no actor resolution)."""

    start: int
    end: int
    kind: str  # direct | indirect
    partial: bool
    cue: str | None  # reporting verb lemma or phrase
    cue_start: int | None
    speaker_start: int | None
    speaker_end: int | None
    speaker_head: int | None  # token index of the speaker's head word
    inherited: bool  # speaker taken from a neighbouring quote or the lead-in of a multi-paragraph quote


# --- 1. quotation marks -------------------------------------------------------------------------

DOUBLE_OPEN = "“„«"
DOUBLE_CLOSE = "”»"
STRAIGHT_DOUBLE = '"'
_DOUBLE_MARKS = re.compile(r"[“”„«»\"]")
_PARAGRAPH = re.compile(r"[^\n]+")
# A single mark opens only before a word and after a space/bracket/dash/double mark; it closes only
# after a word or punctuation and before a non-letter, so apostrophes (won't, Iranians') rarely pair.
_SINGLE_QUOTE = re.compile(
    r"(?:(?<=^)|(?<=[\s(\[—–\"“]))[‘'](?=\w)(?P<body>[^‘’'\n]{1,300}?[\w.,!?])[’'](?!\w)"
)
_MAX_UNCLOSED_CHARS = 1200  # an unclosed quote is cut at a sentence end within this length
_MAX_QUOTE_CHARS = 5000  # a "quote" longer than this comes from a stray mark
_SENTENCE_END = re.compile(r"[.!?…][”’\"']?(?=\s|$)")
# A sentence that names its own source ("..., according to Syrian state media.") is nobody's quote
_OWN_ATTRIBUTION = re.compile(r"\baccording to\b", re.IGNORECASE)


def _is_left_flanking(text: str, pos: int) -> bool:
    before = text[pos - 1] if pos > 0 else " "
    after = text[pos + 1] if pos + 1 < len(text) else " "
    return (before.isspace() or before in "([{—–-/:") and not after.isspace()


def _reopens_after_sentence(text: str, pos: int) -> bool:
    """A straight mark after a sentence end and a space, glued to the word after it: it opens."""
    return pos >= 2 and text[pos - 1] == " " and text[pos - 2] in ".!?" and _is_left_flanking(text, pos)


def _looks_like_close(text: str, pos: int) -> bool:
    """A mark right after sentence punctuation, e.g. the typo ``states, “Shoigu said``."""
    before = text[max(pos - 2, 0) : pos].rstrip()
    return bool(before) and before[-1] in ",.!?;…"


# A sentence that opens with a name and a reporting verb and ends with a colon: "Pompeo said in an
# interview published on Monday:"
_REPORTING_OPENER = re.compile(
    r"[.!?]\s+(?=(?:[A-Z][\w’'-]+ ){1,3}(?:said|says|told|added|wrote|tweeted|declared)\b[^.!?“”\"]*:\s*$)"
)


def _closes_twice(text: str, following: list[int]) -> bool:
    """Whether the marks after an opening glyph close two quotes before another opens: the glyph
    opened a quote inside a quote (“A. Lavrov said: “B.” C.”)."""
    closes = 0
    for m in following:
        if text[m] in DOUBLE_OPEN:
            break
        closes += text[m] in DOUBLE_CLOSE or text[m] == STRAIGHT_DOUBLE
    return closes >= 2


def _lost_close(text: str, open_at: int, pos: int) -> int | None:
    """Where a quote opened at ``open_at`` ended, if the text up to the opening mark at ``pos`` shows a
    reporting sentence of its own after a sentence end (the closing mark the source lost)."""
    match = _REPORTING_OPENER.search(text, open_at + 1, pos)
    return match.start() + 1 if match is not None else None


def _cap_unclosed(text: str, start: int, end: int) -> int:
    """Where an unclosed quote stops: its paragraph end, or a sentence end when the paragraph is long;
    before that, the end of the sentence before one with an attribution of its own (added 2026-12-08:
    "... allow humanitarian access. Suspected Israeli missiles were fired at ..., according to Syrian
    state media." is the reporter's, not the quoted adviser's)."""
    if end - start > _MAX_UNCLOSED_CHARS:
        last = None
        for match in _SENTENCE_END.finditer(text, start, start + _MAX_UNCLOSED_CHARS):
            last = match.end()
        end = last if last is not None else start + _MAX_UNCLOSED_CHARS
    for match in _SENTENCE_END.finditer(text, start, end):
        following = _SENTENCE_END.search(text, match.end(), end)
        if _OWN_ATTRIBUTION.search(text, match.end(), following.end() if following else end):
            return match.end()
    return end


def _strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


class _Pair(NamedTuple):
    open_at: int
    close_at: int | None  # None: still open at the paragraph end
    depth: int


def _pair_double_marks(text: str, marks: list[int]) -> list[_Pair]:
    """Pair the double marks of one paragraph, allowing one level of double-inside-double nesting.

    Glyphs decide where they can (“ opens, ” closes); straight marks and misused glyphs are read from
    what surrounds them. An opening glyph inside an open quote closes it when it follows sentence
    punctuation and no closing glyph comes later (the typo ``states, “Shoigu said``); otherwise it
    opens a quote inside the quote (translations often nest double marks).
    """
    pairs: list[_Pair] = []
    stack: list[int] = []
    for n, pos in enumerate(marks):
        char = text[pos]
        if char == STRAIGHT_DOUBLE:
            if not stack or text[stack[-1]] != STRAIGHT_DOUBLE:
                is_open = not stack or (_is_left_flanking(text, pos) and not _looks_like_close(text, pos))
            elif _reopens_after_sentence(text, pos):
                # "... will not change. "This targeting was not the first": a straight mark opening a
                # sentence inside an open quote; the source lost the closing mark before it, and
                # reading this one as the close would swap quotes and narration to the paragraph's
                # end (added 2026-12-07, twenty-first round)
                open_at = stack.pop()
                pairs.append(_Pair(open_at, pos, len(stack)))
                is_open = True
            else:
                is_open = False
        elif char in DOUBLE_OPEN:
            is_open = True
            after = text[pos + 1 : pos + 2]
            if (
                stack
                and not _closes_twice(text, marks[n + 1 :])
                and (lost := _lost_close(text, stack[-1], pos)) is not None
            ):
                # “My thoughts exactly. Pompeo said in an interview: “We need ...”: a reporting clause
                # of its own inside an open quote; the source lost the closing mark before it (added
                # 2026-12-07, nineteenth round)
                open_at = stack.pop()
                pairs.append(_Pair(open_at, lost, len(stack)))
            if stack and pos > 0 and not text[pos - 1].isspace() and (not after or after.isspace()):
                is_open = False  # glued to the words before it and not after: “ used as a closing mark
            elif stack and _looks_like_close(text, pos):
                closing_later = any(
                    text[m] in DOUBLE_CLOSE for m in marks[n + 1 :] if m - pos < _MAX_UNCLOSED_CHARS
                )
                if closing_later and _continues_quote(text, marks[n + 1 :]):
                    # “… positive. “It seems … unified.” Fayez said: a quote running over a paragraph
                    # break the text lost reopens without closing; the open quote ends here
                    open_at = stack.pop()
                    pairs.append(_Pair(open_at, pos, len(stack)))
                is_open = closing_later and len(stack) < 2
        else:
            is_open = not stack and _is_left_flanking(text, pos)  # a closing glyph used to open
        if is_open:
            if len(stack) >= 2:  # deeper than we trust: close the inner quote here
                pairs.append(_Pair(stack.pop(), pos, 1))
            stack.append(pos)
        elif stack:
            open_at = stack.pop()
            pairs.append(_Pair(open_at, pos, len(stack)))
        else:
            logger.debug("stray closing quotation mark at %d", pos)
    if stack:
        pairs.append(_Pair(stack[0], None, 0))  # an unclosed inner quote is too ambiguous to keep
    return pairs


def _continues_quote(text: str, following: list[int]) -> bool:
    """After an opening glyph inside an open quote, whether the marks that follow close only one quote
    before another opens (a continuation: “A. “B.” C, “D”) rather than two (a nested quote:
    “A. “B.” C.”). At the paragraph's end nothing tells, and nesting is kept."""
    closes = [m for m in following if text[m] in DOUBLE_CLOSE]
    if not closes:
        return False
    after = [m for m in following if m > closes[0]]
    return bool(after) and text[after[0]] in DOUBLE_OPEN


def _nested_single_quotes(text: str, start: int, end: int) -> list[tuple[int, int]]:
    return [(m.start("body"), m.end("body")) for m in _SINGLE_QUOTE.finditer(text, start, end)]


def _opens_with_mark(text: str, start: int, end: int) -> bool:
    start, end = _strip_span(text, start, end)
    return start < end and text[start] in DOUBLE_OPEN + STRAIGHT_DOUBLE


def find_quote_spans(text: str) -> list[QuoteSpan]:
    """Every quoted stretch of ``text``, in text order, marks excluded (see module docstring)."""
    found: list[tuple[int, int, int, int | None, int, bool]] = []  # start, end, open, close, depth, continued
    paragraphs = [(m.start(), m.end()) for m in _PARAGRAPH.finditer(text)]
    left_open = False  # the previous paragraph ended inside a quote
    for index, (p_start, p_end) in enumerate(paragraphs):
        marks = [m.start() for m in _DOUBLE_MARKS.finditer(text, p_start, p_end)]
        next_opens = index + 1 < len(paragraphs) and _opens_with_mark(text, *paragraphs[index + 1])
        opens = _opens_with_mark(text, p_start, p_end)
        ends_open = False
        doubles: list[tuple[int, int]] = []
        for pair in _pair_double_marks(text, marks):
            if pair.close_at is None:
                # Unclosed: a multi-paragraph quote when the next paragraph opens again, else cut short.
                end = p_end if next_opens else _cap_unclosed(text, pair.open_at + 1, p_end)
                ends_open = next_opens
            elif pair.close_at - pair.open_at > _MAX_QUOTE_CHARS:
                # Longer than any quotation: a mark went astray, so keep only the first sentences.
                end = _cap_unclosed(text, pair.open_at + 1, pair.close_at)
            else:
                end = pair.close_at
            if pair.open_at > 0 and text[pair.open_at - 1] == "=":
                continue  # markup such as datetime="2015-12-02", not a quotation
            start, stop = _strip_span(text, pair.open_at + 1, end)
            if stop > start and text[stop - 1] == ",":  # "“…,” he said": the comma is the writer's
                stop -= 1
            if start < stop:
                continued = left_open and opens and pair.open_at == _strip_span(text, p_start, p_end)[0]
                found.append((start, stop, pair.open_at, pair.close_at, pair.depth, continued))
                doubles.append((pair.open_at, end + 1))
        # Single marks: inside a double-quoted stretch they nest; outside they are British-style quotes.
        for s, e in _nested_single_quotes(text, p_start, p_end):
            nested = any(o < s and e < c for o, c in doubles)
            found.append((s, e, s - 1, e, 1 if nested else 0, False))
        left_open = ends_open
    found.sort(key=lambda f: (f[0], -f[1]))
    spans: list[QuoteSpan] = []
    for start, end, open_at, close_at, depth, continued in found:
        parent = None
        if depth > 0:
            holders = [
                i for i, q in enumerate(spans) if q.start <= start and end <= q.end and q.depth < depth
            ]
            if not holders:
                depth = 0
            else:
                parent = holders[-1]
        spans.append(QuoteSpan(start, end, open_at, close_at, depth, parent, continued))
    return spans


# --- 2. attribution from the parse -----------------------------------------------------------------


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Verbs that report speech or writing; a direct quote's cue must be one of these (or "according to").
SPEECH_VERBS = _words(
    """say tell add declare pronounce write note claim insist argue state announce explain warn ask
    reply respond continue recall acknowledge admit conclude emphasize emphasise stress urge suggest
    tweet post counter charge complain remark observe predict read describe call quote testify
    assert contend maintain allege deny confirm reveal report repeat cry shout scream yell whisper
    joke quip muse mutter concede agree boast brag caution comment lament mention promise vow
    pledge proclaim recount retort reiterate indicate signal propose demand question wonder
    summarize summarise tout hail praise criticize criticise slam blast accuse threaten assure
    inform advise order instruct plead beg implore thunder snap fume opine surmise posit reason
    interject specify clarify estimate forecast underline highlight answer echo exclaim beam gush
    laugh sigh bark growl chime marvel scoff sneer bellow rant boom remind"""
)
# Verbs that take indirect speech as a clausal complement ("Moscow insists the sanctions are illegal").
INDIRECT_VERBS = _words(
    """say tell add declare note claim insist argue state announce explain warn reply respond recall
    acknowledge admit conclude emphasize emphasise stress suggest tweet write post counter charge
    complain remark observe predict assert contend maintain allege deny confirm reveal report repeat
    concede agree boast caution comment promise vow pledge proclaim retort reiterate indicate
    signal propose demand assure inform testify estimate forecast underline highlight accuse
    threaten"""
)
# Verbs whose content is an object plus infinitive ("urged the Iranians not to abandon the deal").
DIRECTIVE_VERBS = _words("urge ask tell call advise warn order instruct implore beg encourage invite")
_CUE_LEMMAS = INDIRECT_VERBS | DIRECTIVE_VERBS  # with "according": every cue _attribute_indirect reads
# Nouns for documents and statements: "the ministry's statement said" is spoken by the ministry.
DOCUMENT_NOUNS = _words(
    """statement transcription transcript readout report article column letter communique communiqué
    release message tweet post website site note editorial op-ed memo document declaration
    announcement comment remark interview speech account channel page"""
)
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
PERSON_PRONOUNS = frozenset({"he", "she", "him", "her"})
RELATIVE_PRONOUNS = frozenset({"who", "that", "which"})
# "“…” ― Nell Carden Grey": a quote signed with a dash and a name at the end of its paragraph.
_DASH_SIGNATURE = re.compile(r"[ \t\u00a0]*[―—–-][ \t\u00a0]*(?P<name>[A-Z][^\n]{1,60}?)[.\s]*$")
OPENING_MARKS = DOUBLE_OPEN + STRAIGHT_DOUBLE + "‘'"


class _Found(NamedTuple):
    cue: Token | None
    speaker: Token | None


_NAME_POS = frozenset({"DET", "PROPN", "NOUN", "ADJ", "PART", "NUM", "ADP", "CCONJ", "PRON", "PUNCT"})


def _speaker_span(token: Token) -> tuple[int, int]:
    """Char span naming the speaker: the head word with its left modifiers, without appositions.

    "US Secretary of State Antony Blinken", "the Russian Foreign Ministry", "the Secretary of State".
    """
    doc = token.doc
    left = token.i
    # Walk left over name-like words only, never over a verb or a comma hanging on the head.
    while left > token.left_edge.i:
        previous = doc[left - 1]
        if previous.pos_ not in _NAME_POS or (
            previous.is_punct and previous.text not in {"’s", "'s", ".", "-"}
        ):
            break
        left -= 1
    right = token.i
    for child in token.rights:
        if child.i != right + 1:
            break
        if child.dep_ in {"compound", "flat", "nummod"}:
            right = child.right_edge.i
        elif (
            child.dep_ == "prep"
            and child.lower_ == "of"
            and child.right_edge.pos_ == "PROPN"
            and token.is_title
        ):
            right = child.right_edge.i  # titles: "Minister of Foreign Affairs"
        else:
            break
    return doc[left].idx, doc[right].idx + len(doc[right])


# Passives whose subject is the speaker of the "as saying" they govern
QUOTED_AS_VERBS = frozenset({"quote", "cite"})


def _subject_of(verb: Token, skip: tuple[int, int] | None = None) -> Token | None:
    """The speaker of a reporting verb: its subject (or agent), or its governor's ("…, adding, …").

    Subjects inside ``skip`` (the quote itself, which the parse sometimes makes a subject) are passed over.
    """
    current = verb
    for _ in range(4):
        if current.lower_ == "according":  # "according to X"
            for child in current.children:
                if child.dep_ == "prep" and child.lower_ == "to":
                    objects = [c for c in child.children if c.dep_ == "pobj"]
                    return objects[0] if objects else None
            return None
        children = list(current.children)
        if any(c.dep_ == "nsubjpass" for c in children):
            agents = [g for c in children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
            if not agents and current.i != verb.i and current.lemma_ in QUOTED_AS_VERBS:
                # "King Hassan was quoted as saying he would ...": the one quoted speaks
                return next(c for c in children if c.dep_ == "nsubjpass")
            return agents[0] if agents else None  # "it was said that …" names nobody
        subjects = [c for c in children if c.dep_ in SUBJECT_DEPS and not (skip and skip[0] <= c.i < skip[1])]
        if subjects:
            return subjects[0]
        if current.dep_ not in {"xcomp", "advcl", "conj", "acl", "pcomp", "prep"} or current.head == current:
            return None
        current = current.head
    return None


def _document_owner(token: Token) -> Token:
    """ "the Foreign Ministry's transcription" speaks for the ministry; other words speak for themselves."""
    if token.lemma_.lower() in DOCUMENT_NOUNS:
        for child in token.children:
            if child.dep_ == "poss" and child.pos_ in {"PROPN", "NOUN", "PRON"}:
                return child
        for child in token.children:
            if child.dep_ == "compound" and child.pos_ == "PROPN":
                return child
    return token


def _is_cue(token: Token) -> bool:
    if token.lower_ == "according":
        return any(c.lower_ == "to" for c in token.children)
    return token.pos_ in {"VERB", "AUX"} and token.lemma_.lower() in SPEECH_VERBS


def _cue_name(token: Token) -> str:
    return "according to" if token.lower_ == "according" else token.lemma_.lower()


def _is_partial(text: str, quote: QuoteSpan) -> bool:
    """A quote embedded in its sentence's own syntax ("called it “very productive”", "would “terminate”")."""
    before = text[: quote.open_mark].rstrip(" \t")
    if before and (before[-1].isalnum() or before[-1] in "%$)"):
        return True
    if quote.close_mark is None:
        return False
    tail = text[quote.start : quote.close_mark].rstrip()  # with the comma stripped from ``end``
    after = text[quote.close_mark + 1 : quote.close_mark + 4].lstrip(" \t")
    ends_with_punct = bool(tail) and tail[-1] in ".,!?:;…—-"
    return not ends_with_punct and bool(after) and after[0].isalpha() and after[0].islower()


def _inside(i: int, ranges: Sequence[tuple[int, int]]) -> bool:
    return any(s <= i < e for s, e in ranges)


def _find_cue(
    doc: Doc,
    quote: tuple[int, int],
    search: range,
    skip: Sequence[tuple[int, int]],
    partial: bool = False,
    window: tuple[int, int] | None = None,
) -> _Found:
    """The reporting cue nearest the quote in ``search`` (outside quotes) and its speaker.

    A cue after the quote is preferred ("“…,” he said"), then one the parse links to the quote, then
    one that names a speaker. A partial quote takes only a verb that governs it ("called it “…”").
    """
    q_start, q_end = quote
    linked = {t.head.i for t in doc[q_start:q_end] if not q_start <= t.head.i < q_end}
    governors = {a.i for a in doc[q_start].ancestors} if partial else set()
    colon_verb = _colon_verb(doc, q_start)
    best: tuple[float, Token, Token | None] | None = None
    for i in search:
        token = doc[i]
        if not (_is_cue(token) or token == colon_verb) or _inside(i, skip):  # cheap test first
            continue
        if window is not None and not window[0] <= token.idx < window[1]:
            continue  # beyond the neighbouring quotes: that cue is theirs
        if partial and i not in governors:
            continue
        if i >= q_end:
            distance = float(token.idx - doc[q_end - 1].idx)
        else:
            distance = 1.5 * (doc[q_start].idx - token.idx) + 10
        if i in linked or token == colon_verb:  # "“…,” he said", "Peskov told reporters: “…”"
            distance /= 4
        speaker = _speaker_for(token, quote)
        if speaker is None:
            distance = distance * 3 + 50
        if best is None or distance < best[0]:
            best = (distance, token, speaker)
    return _Found(best[1], best[2]) if best else _Found(None, None)


def _colon_verb(doc: Doc, q_start: int) -> Token | None:
    """The verb of a clause that ends in a colon right before the quote ("envisioned it thus: “…”")."""
    if q_start < 2:
        return None
    before = doc[q_start - 1] if doc[q_start - 1].text != ":" else None
    colon = doc[q_start - 2] if before is not None and before.is_punct else doc[q_start - 1]
    if colon.text != ":":
        return None
    # Climb from the word before the colon: the parse often hangs the colon on the quote's verb.
    verb = doc[colon.i - 1]
    while verb.pos_ not in {"VERB", "AUX"} and verb.head != verb and verb.head.i < colon.i:
        verb = verb.head
    return verb if verb.pos_ in {"VERB", "AUX"} else None


def _speaker_for(cue: Token | None, quote: tuple[int, int] | None, beside: bool = True) -> Token | None:
    if cue is None:
        return None
    subject = _subject_of(cue, quote)
    if subject is None and quote is not None and beside:
        subject = _adjacent_name(cue, quote)
    if subject is not None and subject.lower_ in RELATIVE_PRONOUNS and subject.head.dep_ == "relcl":
        subject = subject.head.head  # "Trump, who said …" speaks as Trump
    return _document_owner(subject) if subject is not None else None


def _adjacent_name(cue: Token, quote: tuple[int, int]) -> Token | None:
    """When the parse gives the cue no subject: the name right beside it ("…,” Chief Jordan said")."""
    doc = cue.doc
    if cue.i >= quote[1]:
        i = cue.i - 1
        if i >= quote[1] and doc[i].pos_ in {"PROPN", "NOUN", "PRON"} and not doc[i].is_punct:
            return doc[i]
        i = cue.i + 1  # "…,” said Mr. Smith"
        while i < len(doc) and doc[i].pos_ in {"PROPN", "NOUN", "DET", "ADJ"} and not doc[i].is_punct:
            i += 1
        if i > cue.i + 1 and doc[i - 1].pos_ in {"PROPN", "NOUN"}:
            return doc[i - 1]
    return None


def _clause_subject(doc: Doc, quote: tuple[int, int]) -> Token | None:
    """For a scare quote with no cue: the subject of the clause holding it, if it names someone."""
    token = doc[quote[0]]
    for _ in range(6):
        if token.head == token:
            break
        token = token.head
        if quote[0] <= token.i < quote[1]:
            continue
        subjects = [c for c in token.children if c.dep_ in {"nsubj", "nsubjpass"}]
        for subject in subjects:
            if quote[0] <= subject.i < quote[1]:
                return None
            if subject.ent_type_ in {"PERSON", "ORG", "GPE", "NORP"} or subject.lower_ in PERSON_PRONOUNS:
                return _document_owner(subject)
            return None
    return None


def _lead_in(doc: Doc, open_mark: int, need_colon: bool) -> _Found:
    """The sentence just before a quote that it introduces ("Peskov told reporters:", "His article follows:")."""
    text = doc_text(doc)
    before = text[:open_mark].rstrip()
    if not before or (need_colon and not before.endswith(":")):
        return _Found(None, None)
    last = doc.char_span(len(before) - 1, len(before), alignment_mode="expand")
    if last is None:
        return _Found(None, None)
    sentence = last[0].sent
    headline = _headline_speaker(doc, _paragraph_start(text, sentence.start_char)) if need_colon else None
    if headline is not None and headline[1] >= len(before):  # "Clinton: “Our goal is …”"
        return _Found(None, headline[0])
    cue = next((t for t in reversed(sentence) if _is_cue(t)), None)
    speaker = _speaker_for(cue, None)
    if speaker is None and cue is not None:
        speaker = _adjacent_name(cue, (sentence.start, sentence.start))  # "Stated Stone:"
    if speaker is None:
        subject = next((t for t in sentence if t.dep_ in SUBJECT_DEPS and t.head == sentence.root), None)
        speaker = _document_owner(subject) if subject is not None else None
    return _Found(cue, speaker)


def _announcement(doc: Doc, open_mark: int) -> _Found:
    """A sentence before the quote that introduces it: ending in a colon, or short with a cue."""
    lead = _lead_in(doc, open_mark, need_colon=True)
    return lead if lead.speaker is not None else _short_lead_in(doc, open_mark)


def _short_lead_in(doc: Doc, open_mark: int) -> _Found:
    """A short sentence of the same paragraph that announces the quote: "Bystrom agreed. “…”"."""
    text = doc_text(doc)
    before = text[:open_mark].rstrip()
    if not before or "\n" in text[len(before) : open_mark] or before[-1] not in ".!?":
        return _Found(None, None)
    lead = _lead_in(doc, open_mark, need_colon=False)
    last = doc.char_span(len(before) - 1, len(before), alignment_mode="expand")
    if lead.cue is None or lead.speaker is None or last is None or len(last[0].sent) > 12:
        return _Found(None, None)
    return lead


def _paragraph_start(text: str, offset: int) -> int:
    start = text.rfind("\n", 0, offset) + 1
    while start < offset and text[start].isspace():
        start += 1
    return start


def _attribution(
    quote: QuoteSpan, kind: str, partial: bool, found: _Found, inherited: bool = False
) -> Attribution:
    speaker = _speaker_span(found.speaker) if found.speaker is not None else None
    return Attribution(
        start=quote.start,
        end=quote.end,
        kind=kind,
        partial=partial,
        cue=_cue_name(found.cue) if found.cue is not None else None,
        cue_start=found.cue.idx if found.cue is not None else None,
        speaker_start=speaker[0] if speaker else None,
        speaker_end=speaker[1] if speaker else None,
        speaker_head=found.speaker.i if found.speaker is not None else None,
        inherited=inherited,
    )


def _search_range(doc: Doc, qrange: tuple[int, int]) -> range:
    """The sentences a quote touches, plus the start of the next one when the parser split off the
    attribution ("…?” \n she asked." or a misplaced mark)."""
    first, last = doc[qrange[0]].sent, doc[qrange[1] - 1].sent
    end = last.end
    if end < len(doc) and "\n" not in doc[last.end - 1 : end + 1].text_with_ws[:-1]:
        following = doc[end].sent
        end = min(following.end, following.start + 6)
    return range(first.start, end)


def _between_neighbours(text: str, spans: Sequence[QuoteSpan], quote: QuoteSpan) -> tuple[int, int]:
    """Where a quote's own cue can be: after the previous top-level quote and before the next one."""
    low = max((q.close_mark or q.end for q in spans if q.depth == 0 and q.end <= quote.open_mark), default=0)
    low = max(low, _paragraph_start(text, quote.open_mark))
    high = min(
        (q.open_mark for q in spans if q.depth == 0 and q.start > quote.end and q is not quote),
        default=len(text),
    )
    return low, min(high, _paragraph_end(text, quote.close_mark or quote.end))


def _previous_paragraph_quote(
    text: str, paragraph: int, last_in_paragraph: dict[int, Attribution]
) -> Attribution | None:
    before = text[:paragraph].rstrip()
    if not before:
        return None
    previous = last_in_paragraph.get(_paragraph_start(text, len(before) - 1))
    if previous is None or previous.speaker_start is None or previous.partial:
        return None
    # Only when that quote's attribution closes its paragraph: "“…,” King said.\n\n“…”".
    tail = text[previous.end : len(before)]
    return previous if len(tail) < 120 and not re.search(r"[.!?]\s+[A-Z“\"]", tail[:-1]) else None


def _dash_signature(doc: Doc, close_mark: int) -> Token | None:
    text = doc_text(doc)
    match = _DASH_SIGNATURE.match(text, close_mark + 1, _paragraph_end(text, close_mark))
    if match is None:
        return None
    name = doc.char_span(match.start("name"), match.end("name"), alignment_mode="contract")
    return name.root if name is not None and len(name) <= 6 else None


def _paragraph_end(text: str, offset: int) -> int:
    end = text.find("\n", offset)
    return len(text) if end < 0 else end


def _attribute_direct(doc: Doc, spans: list[QuoteSpan]) -> list[Attribution]:
    """A cue and speaker for every quoted span.

    In order: a reporting cue near the quote; for a partial quote, the subject of its clause; the
    attribution of the previous quote in the paragraph ("“…,” he said. “…”"); the speaker of the
    multi-paragraph quote this paragraph continues; a lead-in sentence ending in a colon.
    """
    text = doc_text(doc)
    ranges: list[tuple[int, int] | None] = []
    for quote in spans:
        span = doc.char_span(quote.start, quote.end, alignment_mode="expand")
        ranges.append((span.start, span.end) if span is not None and len(span) else None)
    top_ranges = [r for q, r in zip(spans, ranges, strict=True) if q.depth == 0 and r is not None]
    done: dict[int, Attribution] = {}
    run: Attribution | None = None  # attribution of the multi-paragraph quote being read
    run_end = 0  # end of the last paragraph of that quote
    last_in_paragraph: dict[int, Attribution] = {}
    for index, (quote, qrange) in enumerate(zip(spans, ranges, strict=True)):
        if qrange is None:
            continue
        partial = _is_partial(text, quote)
        paragraph = _paragraph_start(text, quote.open_mark)
        if quote.parent is not None:
            parent_range = ranges[quote.parent]
            siblings = [r for q, r in zip(spans, ranges, strict=True) if q.parent == quote.parent and r]
            search = range(parent_range[0], parent_range[1]) if parent_range else range(0)
            cue, speaker = _find_cue(doc, qrange, search, siblings)
            parent = done.get(quote.parent)
            if speaker is None and parent is not None:
                # A quote inside a quote with no speaker of its own is the outer speaker's.
                done[index] = parent._replace(
                    start=quote.start, end=quote.end, partial=partial, inherited=True
                )
            else:
                done[index] = _attribution(quote, "direct", partial, _Found(cue, speaker))
            continue
        # The multi-paragraph quote goes on only through paragraphs that open with a mark.
        if run is not None and text[run_end:paragraph].strip() and paragraph > run_end:
            run = None
        if run is not None and paragraph > run_end and text[paragraph] not in OPENING_MARKS:
            run = None
        window = _between_neighbours(text, spans, quote)
        cue, speaker = _find_cue(doc, qrange, _search_range(doc, qrange), top_ranges, partial, window)
        if speaker is None and quote.close_mark is not None:
            speaker = _dash_signature(doc, quote.close_mark)
        if cue is None and partial:
            speaker = _clause_subject(doc, qrange)
        attribution: Attribution | None = None
        if speaker is None and not partial:
            previous = last_in_paragraph.get(paragraph)
            if previous is not None and previous.speaker_start is not None:
                attribution = previous._replace(
                    start=quote.start, end=quote.end, partial=False, inherited=True
                )
            elif run is not None and paragraph == quote.open_mark:
                attribution = run._replace(start=quote.start, end=quote.end, partial=False, inherited=True)
            elif (lead := _announcement(doc, quote.open_mark)).speaker is not None:
                cue, speaker = lead
            elif paragraph == quote.open_mark and (
                previous := _previous_paragraph_quote(text, paragraph, last_in_paragraph)
            ):
                # A paragraph that is only a quote goes on with the speaker who closed the paragraph before.
                attribution = previous._replace(
                    start=quote.start, end=quote.end, partial=False, inherited=True
                )
        if attribution is None:
            attribution = _attribution(quote, "direct", partial, _Found(cue, speaker))
        done[index] = attribution
        last_in_paragraph[paragraph] = attribution
        if quote.close_mark is None and not partial:
            run, run_end = attribution, _paragraph_end(text, quote.open_mark)
        elif run is not None and paragraph >= run_end:
            run_end = _paragraph_end(text, quote.open_mark)
    return [done[i] for i in sorted(done)]


def _content_of(verb: Token) -> tuple[int, int] | None:
    """Token range of what a reporting verb reports: its clausal complement, or object + infinitive."""
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    if clauses:
        clause = clauses[0]
        return clause.left_edge.i, clause.right_edge.i + 1
    if verb.lemma_.lower() in DIRECTIVE_VERBS:
        objects = [c for c in verb.children if c.dep_ in {"dobj", "dative"}]
        infinitives = [c for c in verb.children if c.dep_ == "xcomp" and c.i > verb.i]
        if infinitives:
            start = objects[0].left_edge.i if objects else infinitives[0].left_edge.i
            return start, infinitives[0].right_edge.i + 1
    return None


def _trim(doc: Doc, start: int, end: int) -> tuple[int, int]:
    while start < end and (doc[start].is_punct or doc[start].is_space):
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    return start, end


def _according_to_content(token: Token) -> tuple[int, int] | None:
    """ "According to X, <content>" / "<content>, according to X": the clause the phrase hangs on."""
    if token.lower_ != "according":
        return None
    phrase_start, phrase_end = token.left_edge.i, token.right_edge.i + 1
    head = token.head
    if head == token:
        return None
    doc = token.doc
    start, end = head.left_edge.i, head.right_edge.i + 1
    if all(t.is_punct for t in doc[start:phrase_start]):  # the phrase opens the clause
        start = phrase_end
    elif all(t.is_punct for t in doc[phrase_end:end]):  # the phrase closes it
        end = phrase_start
    else:
        return None  # in the middle: the content would be split in two
    return start, end


def _headline_speaker(doc: Doc, paragraph_start: int) -> tuple[Token, int] | None:
    """ "Lavrov: US sanctions are illegal" — a short name and a colon opening a paragraph."""
    first = doc.char_span(paragraph_start, paragraph_start + 1, alignment_mode="expand")
    if first is None:
        return None
    i = first.start
    names: list[Token] = []
    while i < len(doc) and len(names) < 6 and doc[i].text != ":":
        token = doc[i]
        if token.pos_ not in {"PROPN", "NOUN"} and token.text not in {".", "’s", "'s"}:
            return None
        names.append(token)
        i += 1
    if not names or i >= len(doc) - 1 or doc[i].text != ":" or "\n" in doc[first.start : i + 1].text:
        return None
    head = next((t for t in reversed(names) if t.pos_ in {"PROPN", "NOUN"}), None)
    return (head, doc[i].idx + 1) if head is not None else None


def _indirect(
    doc: Doc, c_start: int, c_end: int, cue: str | None, cue_start: int | None, speaker: Token
) -> Attribution:
    s_start, s_end = _speaker_span(speaker)
    return Attribution(
        start=doc[c_start].idx,
        end=doc[c_end - 1].idx + len(doc[c_end - 1]),
        kind="indirect",
        partial=False,
        cue=cue,
        cue_start=cue_start,
        speaker_start=s_start,
        speaker_end=s_end,
        speaker_head=speaker.i,
        inherited=False,
    )


def _attribute_indirect(doc: Doc, direct: list[Attribution]) -> list[Attribution]:
    """Reported speech without quotation marks, with a named speaker.

    A reporting verb with a clausal complement ("Moscow insists the sanctions are illegal") or an
    object and infinitive ("urged the Iranians not to abandon the deal"); "according to X"; and a
    headline "Lavrov: …". Content mostly inside full quotation marks is left to the direct quote; a
    partial quote inside the content does not stop it ("said the report was “selective”").
    """
    text = doc_text(doc)
    inside_quotes = [(a.start, a.end) for a in direct]
    full_quotes = [(a.start, a.end) for a in direct if not a.partial]
    results: list[Attribution] = []

    def quoted_share(c_start: int, c_end: int) -> float:
        char_start, char_end = doc[c_start].idx, doc[c_end - 1].idx + len(doc[c_end - 1])
        covered = sum(max(0, min(e, char_end) - max(s, char_start)) for s, e in full_quotes)
        return covered / max(char_end - char_start, 1)

    # One flag per character, so each token's test is a lookup, not a scan of every quote.
    inside = bytearray(len(text) + 1)
    for s, e in inside_quotes:
        if e > s:
            inside[s:e] = b"\x01" * (e - s)
    words = token_words(doc)
    for i, lemma in enumerate(words.lemmas):
        if lemma not in _CUE_LEMMAS and words.lowers[i] != "according":
            continue  # no cue: no Token made
        token = doc[i]
        if inside[token.idx]:
            continue
        if token.lower_ == "according":
            content = _according_to_content(token)
            speaker = _subject_of(token)
            cue = "according to"
        elif token.pos_ == "VERB" and (lemma in INDIRECT_VERBS or lemma in DIRECTIVE_VERBS):
            content = _content_of(token)
            speaker = _speaker_for(token, content, beside=False) if content else None
            cue = lemma
        else:
            continue
        if content is None or speaker is None:
            continue
        c_start, c_end = _trim(doc, *content)
        if c_end - c_start < 2 or c_start <= token.i < c_end or c_start <= speaker.i < c_end:
            continue
        if quoted_share(c_start, c_end) > 0.5:
            continue
        results.append(_indirect(doc, c_start, c_end, cue, token.idx, _document_owner(speaker)))
    for paragraph in re.finditer(r"[^\n]+", text):
        headline = _headline_speaker(doc, paragraph.start())
        if headline is None:
            continue
        speaker, content_start = headline
        span = doc.char_span(content_start, paragraph.end(), alignment_mode="expand")
        if span is None or len(span) < 2:
            continue
        c_start, c_end = _trim(doc, span.start, span.end)
        if c_end - c_start >= 2 and quoted_share(c_start, c_end) <= 0.5:
            results.append(_indirect(doc, c_start, c_end, None, None, speaker))
    logger.debug("%d indirect attributions in %d chars", len(results), len(text))
    return results


def find_attributions(doc: Doc) -> list[Attribution]:
    """Direct quotes (from the marks) and indirect speech (from the parse), in text order."""
    spans = find_quote_spans(doc_text(doc))
    direct = _attribute_direct(doc, spans)
    indirect = _attribute_indirect(doc, direct)
    return sorted(direct + indirect, key=lambda a: (a.start, -a.end, a.kind))


# --- 3. speakers as actors ---------------------------------------------------------------------------

PERSON_ENTITY = "PERSON"
_MAX_ANTECEDENT_CHARS = 2500  # a pronoun's person is looked for this far back at most
_LEADING_DETERMINER = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)


class _Speaker(NamedTuple):
    actor_id: str | None
    text: str | None


def _is_person(resolver: ActorResolver, actor_id: str) -> bool:
    try:
        return resolver.actor(actor_id).kind == "person"
    except KeyError:
        return False


def _mention_for(mentions: Sequence[Mention], start: int, end: int, head_char: int) -> Mention | None:
    """The mention naming the speaker's head word ("Antony Blinken" in "US Secretary … Antony Blinken")."""
    holding = [m for m in mentions if m.start <= head_char < m.end and start <= m.start and m.end <= end + 2]
    if not holding:
        holding = [m for m in mentions if m.start <= head_char < m.end]
    return max(holding, key=lambda m: m.end - m.start) if holding else None


class _Persons:
    """The people a pronoun may point back to, found once per article (not once per pronoun).

    Persons in the dictionary, and person names it does not know (kept without an id, so a
    misfiled name never hands the pronoun to the person before it). Whether each one is a clause
    subject is read from the parse on first need and remembered.
    """

    def __init__(self, parsed: ParsedArticle, mentions: Sequence[Mention], resolver: ActorResolver) -> None:
        self._parsed = parsed
        self._mentions = mentions
        self._resolver = resolver
        self._subject: dict[int, bool | None] = {}

    @functools.cached_property
    def candidates(self) -> list[tuple[int, int, str | None]]:
        doc = self._parsed.doc
        candidates: list[tuple[int, int, str | None]] = [
            (m.start, m.end, m.actor_id) for m in self._mentions if _is_person(self._resolver, m.actor_id)
        ]
        known = [(start, end) for start, end, _ in candidates]
        candidates += [
            (e.start_char, e.end_char, None)
            for e in doc.ents
            if e.label_ == PERSON_ENTITY and not any(s < e.end_char and e.start_char < t for s, t in known)
        ]
        candidates += [
            (t.idx, t.idx + len(t), None)
            for t in tokens_with(doc[:], token_words(doc).deps, SUBJECT_DEPS)  # no Token for other words
            if t.pos_ == "PROPN"
            and t.dep_ in SUBJECT_DEPS
            and t.ent_type_ in {"", PERSON_ENTITY, "ORG"}  # the small model often calls surnames ORG
            and not t.is_upper
            and not any(s <= t.idx < e for s, e in known)
        ]
        return candidates

    def is_subject(self, index: int) -> bool | None:
        """Whether candidate ``index`` is (or heads the name of) a subject; None when it has no span."""
        if index not in self._subject:
            start, end, _ = self.candidates[index]
            span = self._parsed.doc.char_span(start, end, alignment_mode="expand")
            if span is None:
                self._subject[index] = None
            else:
                root = span.root
                self._subject[index] = root.dep_ in SUBJECT_DEPS or (
                    root.dep_ in {"compound", "appos"} and root.head.dep_ in SUBJECT_DEPS
                )
        return self._subject[index]


def _antecedent(persons: _Persons, pronoun: Token, quoted: Sequence[tuple[int, int]]) -> _Speaker:
    """Nearest earlier person, preferring one who is a subject (so not the other party of "X told Y")."""
    text = doc_text(pronoun.doc)
    best: tuple[float, str | None, str] | None = None
    for index, (start, end, actor_id) in enumerate(persons.candidates):
        if end > pronoun.idx or pronoun.idx - start > _MAX_ANTECEDENT_CHARS or _inside(start, quoted):
            continue
        subject = persons.is_subject(index)
        if subject is None:
            continue
        distance = float(pronoun.idx - end) * (1.0 if subject else 3.0)
        if best is None or distance < best[0]:
            best = (distance, actor_id, text[start:end])
    if best is None:
        return _Speaker(None, pronoun.text)
    return _Speaker(best[1], best[2])


def _resolve_speaker(
    parsed: ParsedArticle,
    mentions: Sequence[Mention],
    resolver: ActorResolver,
    attribution: Attribution,
    quoted: Sequence[tuple[int, int]],
    earlier: list[tuple[str, str]],
    persons: _Persons,
) -> _Speaker:
    if (
        attribution.speaker_start is None
        or attribution.speaker_end is None
        or attribution.speaker_head is None
    ):
        return _Speaker(None, None)
    doc = parsed.doc
    head = doc[attribution.speaker_head]
    words = doc_text(doc)[attribution.speaker_start : attribution.speaker_end]
    if head.lower_ in PERSON_PRONOUNS:
        return _antecedent(persons, head, quoted)
    if head.pos_ == "PRON":
        return _Speaker(None, words)  # "I", "we", "they", "it": nobody is guessed
    mention = _mention_for(mentions, attribution.speaker_start, attribution.speaker_end, head.idx)
    if mention is not None:
        return _Speaker(mention.actor_id, words)
    resolve_phrase = getattr(resolver, "resolve_phrase", None)
    if resolve_phrase is not None:
        try:
            record = resolve_phrase(words, parsed.published)
        except Exception:  # the resolver's failure must not lose the quote; the speaker stays unknown
            logger.warning("%s: resolve_phrase failed on %r", parsed.article_id, words, exc_info=True)
            record = None
        if record is not None:
            return _Speaker(record.actor_id, words)
    # "the Secretary of State" after "US Secretary of State Antony Blinken" spoke earlier in the article.
    bare = _LEADING_DETERMINER.sub("", words).lower()
    if len(bare.split()) >= 2:  # a bare "the president" could be anyone's president
        for earlier_words, actor_id in reversed(earlier):
            if bare in earlier_words.lower():
                return _Speaker(actor_id, words)
    return _Speaker(None, words)


def extract_quotes(
    parsed: ParsedArticle, mentions: Sequence[Mention], resolver: ActorResolver
) -> list[Quote]:
    """The ``quotes`` rows of one article: direct and indirect, numbered in text order."""
    text = doc_text(parsed.doc)
    # A failure here propagates: the pipeline records it in `problems` and the run goes on.
    attributions = find_attributions(parsed.doc)
    quoted = [(a.start, a.end) for a in attributions if a.kind == "direct"]
    earlier: list[tuple[str, str]] = []
    persons = _Persons(parsed, mentions, resolver)
    resolved: dict[tuple[int | None, int | None], _Speaker] = {}
    quotes: list[Quote] = []
    seen: set[tuple[int, int, str]] = set()
    for attribution in attributions:
        key = (attribution.start, attribution.end, attribution.kind)
        if key in seen or attribution.start >= attribution.end:
            continue
        seen.add(key)
        speaker_key = (attribution.speaker_start, attribution.speaker_end)
        if speaker_key not in resolved:
            resolved[speaker_key] = _resolve_speaker(
                parsed, mentions, resolver, attribution, quoted, earlier, persons
            )
        speaker = resolved[speaker_key]
        if speaker.actor_id is not None and speaker.text is not None:
            earlier.append((speaker.text, speaker.actor_id))
        quotes.append(
            Quote(
                quote_id=f"{parsed.article_id}:q{len(quotes)}",
                sentence_id=parsed.sentence_id(attribution.start),
                start=attribution.start,
                end=attribution.end,
                text=text[attribution.start : attribution.end],
                speaker_id=speaker.actor_id,
                speaker_text=speaker.text,
                cue=attribution.cue,
                kind=attribution.kind,
                partial=attribution.partial,
            )
        )
    return quotes
