"""Seams between page furniture and body text, and the pipeline component that splits at them.

Scraped articles (FA-KES above all) arrive with the page around the story flattened into the text
without punctuation: a date line, the headline, an agency and another date, share counters, photo
credits, a tag list, and then the body, which often repeats the lede. spaCy's parser reads all of
that as one long "sentence" whose subject is a headline fragment, and the stance extractor turns it
into rows with the wrong actors.

A *seam* is a character offset where a new sentence must start. Each finder below marks only seams
it is sure of: a missed seam costs one glued sentence, a false seam in ordinary prose cuts a real
sentence in two, which is worse. Every finder requires the text after the seam to open like a
sentence (a capital letter, a digit or a quotation mark). :func:`find_seams` unions them;
:func:`mark_seams` is the component that sets ``token.is_sent_start`` at them before the parser,
which keeps preset sentence starts. See docs/parsing.md for what each seam is and what it changed.
"""

from __future__ import annotations

import functools
import logging
import re
from collections.abc import Iterable
from typing import NamedTuple

from spacy.language import Language
from spacy.tokens import Doc

logger = logging.getLogger(__name__)

COMPONENT_NAME = "relations_furniture"
# Where the article's title travels with its Doc (set by relations.parse before the pipeline runs).
TITLE_KEY = "relations_title"

# Furniture sits around the start of the story; seams that depend on "near the start" look no further.
OPENING_CHARS = 800
# A repeated lede is found within this distance of its first copy.
REPEAT_WINDOW_CHARS = 2500
# A repeat must be long enough that ordinary prose never repeats it by chance mid-sentence.
MIN_REPEAT_WORDS = 8
MIN_REPEAT_CHARS = 40
# A title shorter than this could match ordinary words at the start of the body.
MIN_TITLE_WORDS = 3

_WEEKDAY = r"(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day|sday|nesday|rsday|urday)?"
_WEEKDAY_FULL = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
# One calendar date with its year, in the forms the outlets print: "05 Apr 2017", "Apr 29 2016",
# "August 3, 2013", "Aug 142016" (day and year run together), "30-06-2016", "05.02.2015".
_DATE = (
    rf"(?:(?:{_WEEKDAY},? )?\d{{1,2}} {_MONTH}\.?,? \d{{4}}"
    rf"|(?:{_WEEKDAY},? )?{_MONTH}\.? \d{{1,2}},? \d{{4}}"
    rf"|{_MONTH} \d{{5,6}}"
    r"|\d{2}-\d{2}-\d{4}|\d{2}\.\d{2}\.\d{4})"
)
# What a date line may carry after the date: a clock time, "UTC+3", "(updated 1954 08.04.2017)".
_TIME = (
    r"(?:,? (?:at )?\d{1,2}:\d{2}(?: ?[AaPp]\.?[Mm]\.?)?(?: GMT| UTC[+-]?\d*)?"
    r"|,? at \d{4}|,? \d{4} UTC[+-]\d{1,2}"
    r"|\s?\(updated \d{4} \d{2}\.\d{2}\.\d{4}\))"
)
# Labels outlets print before the date at the very top of the page.
_DATE_LABEL = (
    r"(?:Print this page |Date of publication:? |Published:? |Posted on |Last updated at |Last Update:? )"
)
_LEADING_DATE = re.compile(rf"{_DATE_LABEL}?{_DATE}{_TIME}?(?: title:)?")
_DATE_LINE = re.compile(rf"{_DATE}{_TIME}?")

# News agencies and outlets that appear as a bare byline in front of a page date.
_AGENCY = r"(?:AFP|AP|Reuters|DPA|Xinhua|Ahram Online|MENA|AFP and Reuters|AP and AFP|Reuters and AFP)"
# "... car bomb AFP Sunday 30 Oct 2016 Syrias regime ...": an agency, a weekday and a full date,
# with no "on" in front, is a byline, never prose.
_AGENCY_DATE = re.compile(
    rf"(?<=[^\W\d_] )({_AGENCY},? )?({_WEEKDAY_FULL},? \d{{1,2}} {_MONTH}\.? \d{{4}}){_TIME}?"
)

# After a seam the text must open like a sentence: a capital, a digit or an opening quote.
_OPENS_SENTENCE = re.compile(r"[A-Z0-9\"“‘']")

# " . " between two words: a separator the scraper left where a line break or a title ended.
_STRAY_PERIOD = re.compile(r"(?<=[^\W_]) \. (?=\S)")
# Sputnik's share widget: "Get short URL 0 214" (comment and view counters, the first often 0).
_SHORT_URL = re.compile(r"Get short URL(?: 0)*(?: \d+)? ?")
# Ahram's share widget: "Print Tweet Views 729".
_TWEET_SIGNATURE = re.compile(r"pic\.twitter\.com\S*(?:\s+[^()\n.]{1,60}\(@?\w+\))?")
_PRINT_TWEET = re.compile(r"\bPrint Tweet(?: Views \d+)? ?")
# Photo credits closing a caption: "(Photo AFP)", "(Photo: Reuters)", "(TRT World and Agencies)".
_PHOTO_CREDIT = re.compile(r"\((?:Photo:?|File photo:?|TRT World)[^()\n]{0,60}\) ?")
# A tag list after the lede ("... a monitoring group said Tags Nusra Front al-Qaeda Aleppo ...").
_TAGS = re.compile(r"(?<=[^\W_] )Tags (?=[A-Z])")
# A title outlets end with their own name ("Dozens dead as car bomb hits Syria evacuees | Jordan Times").
_TITLE_SUFFIX = re.compile(r"\s+[|–—-]\s+[^|–—]{2,40}$")


class Piece(NamedTuple):
    """A run of furniture that is a sentence of its own: sentences start at ``start`` (unless it is
    the text's start) and at ``end`` (where the body resumes), and nowhere in between."""

    start: int
    end: int


class Furniture(NamedTuple):
    """What the finders are sure of in one text."""

    seams: list[int]  # sorted offsets where a sentence must start (never 0)
    pieces: list[Piece]  # furniture runs no sentence may start inside


def opens_sentence(text: str, offset: int) -> bool:
    """Whether ``text`` at ``offset`` starts like a sentence (capital, digit or opening quote)."""
    return offset < len(text) and _OPENS_SENTENCE.match(text, offset) is not None


def _next_word_start(text: str, offset: int) -> int:
    """The offset of the first non-space character at or after ``offset``."""
    while offset < len(text) and text[offset].isspace():
        offset += 1
    return offset


def leading_date_pieces(text: str) -> list[Piece]:
    """A date line that opens the page: "Fri Apr 29 2016 | 9 Injured in ...",
    "Date of publication 10 July 2016 | At least 29 ...", "08.04.2017(updated 1954 08.04.2017) | ...".

    Not when a byline follows ("Posted on August 3 2013 by Nazeer Rida ..."): where the byline ends
    is unknown, and the title seam splits the headline off the byline instead.
    """
    match = _LEADING_DATE.match(text)
    if match is None:
        return []
    body = _next_word_start(text, match.end())
    if body == match.end():
        return []  # the date runs on into a word ("2016Get"): no clean boundary
    if text.startswith("by ", body) or not opens_sentence(text, body):
        return []
    return [Piece(0, body)]


def _date_line_end(text: str, offset: int) -> int | None:
    """Where the body starts after a page date at ``offset`` ("Friday 15 Aug 2014 | Print ..."), if one is there."""
    match = _DATE_LINE.match(text, offset)
    if match is None:
        return None
    body = _next_word_start(text, match.end())
    return body if body > match.end() and opens_sentence(text, body) else None


def agency_date_pieces(text: str) -> list[Piece]:
    """An agency byline and page date between headline and body, near the start:
    "... in Syria car bomb | AFP Sunday 30 Oct 2016 | Syrias regime and rebels ..."; without an agency
    only the end is sure ("... Aleppo NGO Friday 15 Aug 2014 | Print Tweet ...")."""
    pieces: list[Piece] = []
    for match in _AGENCY_DATE.finditer(text, 0, OPENING_CHARS):
        if text[max(match.start() - 3, 0) : match.start()].lower() == "on ":
            continue  # "on Sunday 30 Oct 2016": a date in a sentence
        body = _date_line_end(text, match.start(2))
        if body is None:
            continue
        pieces.append(Piece(match.start() if match.group(1) else body, body))
    return pieces


# A wire dateline: "MOSCOW (Sputnik) ", "BEIRUT (Reuters) - " (added 2026-12-07, nineteenth round)
_WIRE_DATELINE = re.compile(
    r"(?:(?<=\s)|(?<=^))[A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+){0,2},? \((?:Sputnik|Reuters|AP|AFP|TASS|IRNA|Xinhua|UPI|"
    r"Anadolu|dpa)\)(?: ?[-–—])? ?"
)


def wire_dateline_pieces(text: str) -> list[Piece]:
    """A wire dateline where the body starts, after a teaser or a headline:
    "... according to local media. | MOSCOW (Sputnik) | Kurdish-led Syrian Democratic Forces ..."."""
    return [
        Piece(match.start(), match.end())
        for match in _WIRE_DATELINE.finditer(text, 0, OPENING_CHARS)
        if opens_sentence(text, match.end())
    ]


def _printed_titles(title: str) -> list[str]:
    """The forms a title takes above the body: as given, then without the outlet's name after it
    ("... hits Syria evacuees | Jordan Times"); never with a final full stop."""
    title = title.strip().rstrip(" .")
    forms = [title]
    suffix = _TITLE_SUFFIX.search(title)
    if suffix is not None:
        forms.append(title[: suffix.start()].rstrip(" ."))
    return forms


def title_pieces(text: str, title: str | None) -> list[Piece]:
    """The article's own title printed near the start of the text, as a sentence of its own:
    "Sun 16 Apr 2017 | Death toll from Aleppo bomb attack at least 112 | The death toll ...".

    The title must be whole words of the text, and what follows it must open a sentence; a title
    that is only the start of the first sentence ("Russia warns Turkey" + " over ...") gives none,
    and neither does one followed by a weekday or month that is not a page date ("... Tuesday in
    Geneva" may be the sentence going on).
    """
    if not title:
        return []
    for printed in _printed_titles(title):
        start = text.find(printed, 0, OPENING_CHARS + len(printed))
        if start >= 0 and len(printed.split()) >= MIN_TITLE_WORDS:
            break
    else:
        return []
    end = start + len(printed)
    if (start > 0 and not text[start - 1].isspace()) or (end < len(text) and text[end].isalnum()):
        return []
    # Whatever closes the title on the page ("." or " ." or ":"), the body starts after it.
    after = end
    while after < len(text) and text[after] in " .:;!?":
        after += 1
    if not opens_sentence(text, after):
        return []
    date_end = _date_line_end(text, after)
    if date_end is not None:  # "... on Aleppo city | 6 October 2016 | Aleppo SANA-Terrorist ..."
        return [Piece(start, after), Piece(after, date_end)]
    if _WEEKDAY_OR_MONTH_WORD.match(text, after):
        return []
    return [Piece(start, after)]


_WEEKDAY_OR_MONTH_WORD = re.compile(rf"(?:{_WEEKDAY}|{_MONTH})\b")


def stray_period_seams(text: str) -> list[int]:
    """After a full stop standing alone between words: "... rocket bomb . | The blast heard ..."."""
    if " . " not in text:
        return []  # the pattern's lookbehind is tried at every character; most texts have no match
    return [m.end() for m in _STRAY_PERIOD.finditer(text) if opens_sentence(text, m.end())]


def widget_pieces(text: str) -> list[Piece]:
    """Share widgets, anywhere in the text:
    "... Middle East 1449 09.04.2017 | Get short URL 0 214 | The number of civilians ...",
    "... Thursday Oct. 27 2016 (Photo AP) | Print Tweet Views 2494 | Related ...".
    """
    pieces: list[Piece] = []
    for pattern in (_SHORT_URL, _PRINT_TWEET):
        for match in pattern.finditer(text):
            glued = match.start() > 0 and not text[match.start() - 1].isspace()
            if not glued and opens_sentence(text, match.end()):
                pieces.append(Piece(match.start(), match.end()))
    if "pic.twitter.com" in text:
        # an embedded tweet's signature: "... her familyhttpst.covmL19MbvV0 pic.twitter.comNmnkCa2ue7
        # DAILY SABAH (DailySabah)" names who tweeted, not whom the tweet is about (twenty-first round)
        pieces.extend(Piece(m.start(), m.end()) for m in _TWEET_SIGNATURE.finditer(text))
    return pieces


def credit_seams(text: str) -> list[int]:
    """After a photo credit and before a tag list:
    "... in this handout picture. (TRT World and Agencies) | A string of ...",
    "... a monitoring group said | Tags Nusra Front al-Qaeda ...".
    """
    seams = [m.end() for m in _PHOTO_CREDIT.finditer(text) if opens_sentence(text, m.end())]
    if "Tags " in text:  # the pattern's lookbehind is tried at every character otherwise
        seams.extend(m.start() for m in _TAGS.finditer(text))
    return seams


_WORD_RUN = re.compile(r"\S+")
_SENTENCE_END = re.compile(r"[.!?][\"”’']?\s+")


def repeated_lede_seams(text: str, starts: Iterable[int]) -> list[int]:
    """Where the body restarts by repeating its lede: a summary or headline printed above the
    body, then the body opening with the same words ("... countryside. | Over 100 militants including
    field commanders were killed by ... countryside | Over 100 militants including field ...").

    ``starts`` are known sentence starts near the top (the text's start, other seams); the starts
    after full stops in the opening are added here. The first :data:`MIN_REPEAT_WORDS` words from a
    start must recur verbatim, capitalised as at a sentence start, within :data:`REPEAT_WINDOW_CHARS`.
    """
    candidates = {0, *starts}
    candidates.update(m.end() for m in _SENTENCE_END.finditer(text, 0, OPENING_CHARS))
    seams: list[int] = []
    for start in sorted(c for c in candidates if c < OPENING_CHARS):
        if not opens_sentence(text, start):
            continue
        words = list(_WORD_RUN.finditer(text, start, start + 200))[:MIN_REPEAT_WORDS]
        if len(words) < MIN_REPEAT_WORDS:
            continue
        lede = text[start : words[-1].end()]
        if len(lede) < MIN_REPEAT_CHARS:
            continue
        again = text.find(lede, start + len(lede), start + REPEAT_WINDOW_CHARS)
        if again > 0 and text[again - 1].isspace():
            seams.append(again)
    return seams


def find_furniture(text: str, title: str | None = None) -> Furniture:
    """Every seam in ``text`` and the furniture pieces they bound (``title``: the article's own)."""
    found = _find_furniture(text, title)
    return Furniture(list(found.seams), list(found.pieces))  # copies: the cached lists stay intact


# The parser's component and the actor extractor both ask for the same article's furniture, in the
# same process and within one chunk of articles; a few entries are enough to compute it once.
@functools.lru_cache(maxsize=64)
def _find_furniture(text: str, title: str | None) -> Furniture:
    pieces = [
        *leading_date_pieces(text),
        *agency_date_pieces(text),
        *wire_dateline_pieces(text),
        *title_pieces(text, title),
        *widget_pieces(text),
        # a tag list whose end is certain: the body's first sentence starts after it (added
        # 2026-12-07, twentieth round; "Tags Syria Aleppo airstrike truce | Syrian regime and Russian
        # airstrikes pounded ..." was one sentence whose subject was the tags)
        *(piece for piece in tag_list_pieces(text) if piece.end - piece.start > len("Tags")),
    ]
    seams = {offset for piece in pieces for offset in piece}
    seams.update(stray_period_seams(text))
    seams.update(credit_seams(text))
    seams.update(repeated_lede_seams(text, seams))
    return Furniture(sorted(s for s in seams if 0 < s < len(text)), pieces)


# Captions credited to an agency alone: "(IHA Photo)", "(AA Photo)".
_AGENCY_PHOTO = re.compile(r"\((?:[A-Z]{2,5} )?Photo\)")
# Site footers that close the page: Sputnik's comment box, TRT World's subscribe box (to the end).
_FOOTERS = (
    re.compile(r"Community standards ?Discussion Comment via Facebook ?Comment via Sputnik News"),
    re.compile(r"Subscribe TRT World on Facebook\b.*\Z", re.DOTALL),
)
# Where a tag list is over: the body's first sentence brings function words and verbs, tags do not
# ("Tags Syria Russia Idlib Turkey Assad SOHR | At least 28 civilians were killed ...").
_TAG_STOP_WORDS = frozenset(
    {"a", "an", "the", "at", "in", "on", "of", "to", "from", "and", "than", "was", "were", "is", "are",
     "has", "have", "had", "been", "will", "would", "said", "says", "say", "including", "among", "when",
     "after", "who", "which", "that", "its", "their", "his", "her"}
)  # fmt: skip
_TAG_WINDOW_CHARS = 400
_TAG_WORD = re.compile(r"[^\s]+")
_TAG_START = re.compile(r"(?:(?<=[^\W_] )|(?<=[.!?] )|(?<=^))Tags (?=[A-Za-z])", re.MULTILINE)


def _tag_list_end(text: str, start: int) -> int | None:
    """Where a tag list starting at ``start`` (after "Tags ") ends: at a full stop, at a site footer,
    at the end of the text, or before the capitalised word that opens the body's first sentence
    (the nearest one before the first function word or past-tense verb, with at most two lower-case
    words between). None when the end is not certain (no such word near the first function word)."""
    window_end = min(len(text), start + _TAG_WINDOW_CHARS)
    lower_run = 0
    opener: int | None = None
    for word in _TAG_WORD.finditer(text, start, window_end):
        token = word.group(0)
        bare = token.strip("\"'“”‘’()[],;:")
        if any(footer.match(text, word.start()) for footer in _FOOTERS):
            return word.start()
        function_word = bare.lower() in _TAG_STOP_WORDS and not (len(bare) > 1 and bare.isupper())  # not "IS"
        if function_word or (bare.islower() and bare.endswith("ed") and len(bare) > 4):
            if bare[:1].isupper():
                return word.start()  # "The Islamic State launched ...", "At least 11 ..."
            return opener
        if token[-1:] in ".!?":
            return word.end()
        if bare[:1].isupper() or bare[:1].isdigit():
            opener, lower_run = word.start(), 0
        elif bare:
            lower_run += 1
            if lower_run > 2:
                opener = None
    return len(text) if window_end == len(text) else None


def tag_list_pieces(text: str) -> list[Piece]:
    """A tag list ("... a monitoring group said. Tags Syria Assad US Russia ceasefire Aleppo | Suspected
    Syrian regime and Russian airstrikes ..."): from "Tags" to where the body resumes; when that is
    not certain, only the word "Tags" (so no name is built on it)."""
    pieces: list[Piece] = []
    if "Tags " not in text:
        return pieces  # the pattern's lookbehinds are tried at every character otherwise
    for match in _TAG_START.finditer(text):
        end = _tag_list_end(text, match.end())
        if end is None or end <= match.end():
            end = match.start() + len("Tags")
        pieces.append(Piece(match.start(), end))
    return pieces


# Lists of other stories' headlines (added 2026-12-07, nineteenth round): TRT World's and its agencies'
# closing "Source AFP Related News ..." (to the page end), and Sputnik's "... 87 Related ... Tags ..."
# after the view counter or "Topic <title> (200) Related ..." (to the tag list). Ahram's "Print Tweet
# Views 729 Related ..." runs on into the body with no sure end and is left alone.
_RELATED_NEWS = re.compile(r"(?<=\bSource )[^.\n]{2,40}? (Related News\b.*)\Z", re.DOTALL)
_RELATED_BEFORE_TAGS = re.compile(
    r"(?:\bTopic [^()\n]{3,150}? \(\d+\) |(?<!Views )(?<=\d ))Related (?=[A-Z])"
)


def related_list_pieces(text: str) -> list[Piece]:
    """Headlines of other stories listed on the page: "Source TRTWorld and agencies | Related News Iraqs
    vote violations | ...", "... 87 | Related Turkey Detains 49 Daesh Suspects ... | Tags ..."."""
    pieces: list[Piece] = []
    if "Related " not in text:
        return pieces
    news = _RELATED_NEWS.search(text)
    if news is not None:
        pieces.append(Piece(news.start(1), len(text)))
    for match in _RELATED_BEFORE_TAGS.finditer(text):
        tags = _TAG_START.search(text, match.end())
        if tags is not None and tags.start() - match.end() < 2000:
            pieces.append(Piece(match.start(), tags.start()))
    return pieces


def furniture_spans(text: str, title: str | None = None) -> list[Piece]:
    """The runs of ``text`` that are page furniture, not story: the leading date line, an agency
    byline and page date, a wire dateline, the date printed under the title, share widgets, photo
    credits, tag lists, lists of other stories' headlines and site footers. A name inside them is no
    actor (docs/actors.md). The title itself is not among them: a headline is the story's own sentence
    ("Russia warns Turkey over Afrin")."""
    titled = title_pieces(text, title)
    spans = [
        *leading_date_pieces(text),
        *agency_date_pieces(text),
        *wire_dateline_pieces(text),
        *titled[1:],  # the page date after the title, never the title
        *widget_pieces(text),
        *(Piece(m.start(), m.end()) for m in _PHOTO_CREDIT.finditer(text)),
        *(Piece(m.start(), m.end()) for m in _AGENCY_PHOTO.finditer(text)),
        *(Piece(m.start(), m.end()) for footer in _FOOTERS for m in footer.finditer(text)),
        *tag_list_pieces(text),
        *related_list_pieces(text),
    ]
    return sorted(set(spans))


def find_seams(text: str, title: str | None = None) -> list[int]:
    """The offsets in ``text`` where a sentence must start (sorted, never 0)."""
    return find_furniture(text, title).seams


def set_title(doc: Doc, title: str | None) -> Doc:
    """Attach the article's title to ``doc`` for :func:`mark_seams` (before the pipeline runs)."""
    if title:
        doc.user_data[TITLE_KEY] = title
    return doc


@Language.component(COMPONENT_NAME)
def mark_seams(doc: Doc) -> Doc:
    """Start a sentence at every seam and at none inside a furniture piece (before the parser, which
    keeps preset starts; inside a piece it would otherwise split a headline at a number or a name).

    A seam that falls inside a token (the tokenizer glued "2016Get") is skipped, not forced.
    """
    furniture = find_furniture(doc.text, doc.user_data.get(TITLE_KEY))
    if not furniture.seams:
        return doc
    logger.debug("%d furniture seams, %d pieces", len(furniture.seams), len(furniture.pieces))
    token_at = {token.idx: token.i for token in doc}
    for piece in furniture.pieces:
        first, last = token_at.get(piece.start), token_at.get(piece.end)
        if first is not None and last is not None:
            for index in range(first + 1, last):
                doc[index].is_sent_start = False
    seam_tokens = {token_at[offset] for offset in furniture.seams if offset in token_at}
    for index in seam_tokens:
        if index:  # the first token always starts a sentence
            doc[index].is_sent_start = True
        # A headline or body opening with a number ("9 Injured in ...", "Ten Syrian civilians were
        # killed ...") is read by the parser as a list item ending at the number; no sentence is a
        # lone number after furniture.
        following = index + 1
        if doc[index].like_num and following < len(doc) and following not in seam_tokens:
            doc[following].is_sent_start = False
    return doc


def add_to_pipeline(nlp: Language) -> None:
    """Add :func:`mark_seams` to ``nlp`` where it takes effect: before the parser when it runs, after
    the senter when only the senter runs (it would overwrite earlier starts), else at the end."""
    if COMPONENT_NAME in nlp.component_names:
        return
    if "parser" in nlp.pipe_names:
        nlp.add_pipe(COMPONENT_NAME, before="parser")
    elif "senter" in nlp.pipe_names:
        nlp.add_pipe(COMPONENT_NAME, after="senter")
    else:
        nlp.add_pipe(COMPONENT_NAME)
