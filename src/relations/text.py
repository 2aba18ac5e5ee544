"""Text normalisation that keeps offsets honest.

The cleaned text is what ``articles.text`` stores and what every offset points into, so cleaning
happens once, before parsing, and never afterwards. Curly quotes are kept: they carry meaning for
quote extraction, and replacing them one-for-one would gain nothing.
"""

from __future__ import annotations

import re
import unicodedata

# Characters that render as a space; replaced by a plain space (one for one).
_SPACE_LIKE = "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
_SPACE_TABLE = str.maketrans(dict.fromkeys(_SPACE_LIKE, " ") | {"\t": " "})
# Invisible characters that only confuse tokenisation (BOM, zero-width, soft hyphen).
_INVISIBLE = re.compile("[\ufeff\u200b\u200c\u200d\u2060\u00ad]")
# Control characters other than newline.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_TRAILING_SPACE = re.compile(r"[ ]+\n")
_MANY_BLANK_LINES = re.compile(r"\n{3,}")


def clean_text(raw: str) -> str:
    """Normalise line endings, odd spaces and invisible characters; collapse runs of blank lines.

    >>> clean_text("\\ufeffA\\u00a0b\\r\\n\\r\\n\\r\\n\\r\\nc  ")
    'A b\\n\\nc'
    """
    text = raw.replace("\r\n", "\n").replace("\r", "\n")
    text = unicodedata.normalize("NFC", text)
    text = _INVISIBLE.sub("", text)
    text = _CONTROL.sub("", text)
    text = text.translate(_SPACE_TABLE)
    text = _TRAILING_SPACE.sub("\n", text)
    text = _MANY_BLANK_LINES.sub("\n\n", text)
    return text.strip()


def decode_bytes(data: bytes) -> tuple[str, str | None]:
    """Decode article bytes: UTF-8 (with or without BOM), else cp1252/latin-1.

    Returns the text and, when a fallback was needed, a message saying so.
    """
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError as err:
        where = f"byte {err.start}"
    for encoding in ("cp1252", "latin-1"):
        try:
            return data.decode(encoding), f"not valid UTF-8 (at {where}); read as {encoding}"
        except UnicodeDecodeError:
            continue
    raise AssertionError("latin-1 decodes any byte string")  # pragma: no cover


_BINARY_MAGIC = (b"%PDF", b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"PK\x03\x04", b"\x7fELF")


def looks_binary(data: bytes) -> str | None:
    """A reason when ``data`` is not text (a PDF, image, archive...), else None."""
    head = data[:4096]
    for magic in _BINARY_MAGIC:
        if head.startswith(magic):
            return f"binary file (starts with {magic[:4]!r}), not text"
    if b"\x00" in head:
        return "binary file (contains NUL bytes), not text"
    return None


# The most frequent English function words: news prose in English is ~40% these; other languages
# (even in Latin script) score far lower, so a low share means the English model would emit garbage.
_ENGLISH_FUNCTION_WORDS = frozenset(
    [
        "the",
        "of",
        "and",
        "to",
        "a",
        "in",
        "that",
        "is",
        "was",
        "he",
        "for",
        "it",
        "with",
        "as",
        "his",
        "on",
        "be",
        "at",
        "by",
        "i",
        "this",
        "had",
        "not",
        "are",
        "but",
        "from",
        "or",
        "have",
        "an",
        "they",
        "which",
        "one",
        "you",
        "were",
        "her",
        "all",
        "she",
        "there",
        "would",
        "their",
        "we",
        "him",
        "been",
        "has",
        "when",
        "who",
        "will",
        "more",
        "no",
        "if",
        "out",
        "so",
        "said",
        "what",
        "up",
        "its",
        "about",
        "into",
        "than",
        "them",
        "can",
        "only",
        "other",
        "new",
        "some",
        "could",
        "time",
        "these",
        "two",
        "may",
        "then",
        "do",
        "first",
        "any",
        "my",
        "now",
        "such",
        "like",
        "our",
        "over",
        "man",
        "me",
        "even",
        "most",
        "made",
        "after",
        "also",
        "did",
        "many",
        "before",
        "must",
        "through",
        "back",
        "years",
        "where",
        "much",
        "your",
        "way",
        "well",
        "down",
        "should",
        "because",
        "each",
        "just",
        "those",
        "people",
        "how",
        "too",
        "little",
        "state",
        "good",
        "very",
        "make",
        "world",
        "still",
        "own",
        "see",
        "men",
        "work",
        "long",
        "get",
        "here",
        "between",
        "both",
        "life",
        "being",
        "under",
        "never",
        "day",
        "same",
        "another",
        "know",
        "while",
        "last",
        "might",
        "us",
        "great",
        "old",
        "year",
        "off",
        "come",
        "since",
        "against",
        "go",
        "came",
        "right",
        "used",
        "take",
        "three",
    ]
)
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
MIN_WORDS_FOR_LANGUAGE_CHECK = 40
MIN_ENGLISH_SHARE = 0.12


def english_share(text: str, sample_chars: int = 5000) -> tuple[float, int]:
    """Share of words in a sample of ``text`` that are common English function words, and the word count."""
    words = _WORD.findall(text[:sample_chars].lower())
    if not words:
        return 0.0, 0
    return sum(w in _ENGLISH_FUNCTION_WORDS for w in words) / len(words), len(words)


def not_english_reason(text: str) -> str | None:
    """Why ``text`` does not look like English prose, or None when it does (or is too short to tell)."""
    share, n_words = english_share(text)
    if n_words < MIN_WORDS_FOR_LANGUAGE_CHECK:
        return None
    if share < MIN_ENGLISH_SHARE:
        return (
            f"does not look like English ({share:.0%} common English words in its first {n_words} words); "
            "the English model would produce unreliable tables, so it was skipped"
        )
    return None
