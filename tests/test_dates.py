"""Dates: datelines, metadata values, time expressions resolved against the publication date."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from pathlib import Path

import pandas as pd
import pytest

from relations import schema
from relations.dates import (
    _REQUIRED_WORDS,
    PATTERNS,
    TimeExpression,
    _compile,
    _Pattern,
    _patterns_for,
    dates_to_rows,
    extract_dates,
    find_dateline,
    governing_date,
    normalise_published,
    opening_dateline,
    parse_dateline,
)
from relations.document import ParsedArticle
from relations.evaluation.timebank import expressible_value, read_documents, score_timebank, split_of

Parse = Callable[..., ParsedArticle]
PUBLISHED = "2018-03-03"  # a Saturday: the seed New Yorker article


def dates_in(parse: Parse, text: str, published: str | None = PUBLISHED) -> list[TimeExpression]:
    return extract_dates(parse(text, published=published))


def only_date(parse: Parse, text: str, published: str | None = PUBLISHED) -> TimeExpression:
    found = dates_in(parse, text, published)
    assert len(found) == 1, found
    return found[0]


# --- publication date ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("3 Mar 2018 - 10:47", dt.date(2018, 3, 3)),
        ("Wed 05 Apr 2017", dt.date(2017, 4, 5)),
        ("March 3, 2018", dt.date(2018, 3, 3)),
        ("2018-03-03", dt.date(2018, 3, 3)),
        ("Published: March 3, 2018", dt.date(2018, 3, 3)),
        ("  Sunday, November 18, 2024 at 9:30 a.m. ", dt.date(2024, 11, 18)),
        ("Updated 18 Nov 2024 14:05 GMT", dt.date(2024, 11, 18)),
        ("Russian Offensive Campaign Assessment, November 18, 2024", None),
        ("Putin flew to Tehran on March 3, 2018, to meet Rouhani.", None),
        ("Check Also", None),
        ("2018-02-30", None),
        ("23-04-2016", dt.date(2016, 4, 23)),  # numeric with dashes: day first
        ("04/05/2016", None),  # April 5 or 4 May: refused
        ("25/12/2016", dt.date(2016, 12, 25)),
        ("", None),
    ],
)
def test_parse_dateline_accepts_only_whole_datelines(line: str, expected: dt.date | None) -> None:
    assert parse_dateline(line) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2018-03-03", "2018-03-03"),
        ("2018-03-03T10:47:00+03:00", "2018-03-03"),
        ("2018-03-03 23:30:00Z", "2018-03-03"),
        ("March 3, 2018", "2018-03-03"),
        (dt.date(2018, 3, 3), "2018-03-03"),
        (dt.datetime(2018, 3, 3, 10, 47), "2018-03-03"),
        (pd.Timestamp("2018-03-03 10:47"), "2018-03-03"),
        (pd.NaT, None),
        (None, None),
        ("", None),
        ("unknown", None),
        ("2018-13-45", None),
        (20180303, None),
        (float("nan"), None),
    ],
)
def test_normalise_published_never_raises(value: object, expected: str | None) -> None:
    assert normalise_published(value) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Thu Jul 7 2016 Hezbollah and the Syrian Army kill two commanders", (dt.date(2016, 7, 7), 14)),
        ("Date of publication 7 July 2016 Video More than 33 people", (dt.date(2016, 7, 7), 31)),
        ("23-04-2016 Child killed in Damascus", (dt.date(2016, 4, 23), 10)),
        ("2018 was a hard year for Tehran", None),
        ("Jihadists execute three officers on 21 Jun 2014", None),
    ],
)
def test_opening_dateline_finds_a_date_that_starts_the_body(
    text: str, expected: tuple[dt.date, int] | None
) -> None:
    assert opening_dateline(text) == expected


def test_find_dateline_reads_the_head_never_a_footer() -> None:
    head = "Russia and Iran deepen ties\n\n3 Mar 2018 - 10:47\n\nBody text."
    assert find_dateline(head) == dt.date(2018, 3, 3)
    footer = "Body.\n" * 20 + "Check Also\n\nNovember 18, 2024\n"
    assert find_dateline(footer) is None


# --- time expressions: the cases of the issue ------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "text", "value", "granularity"),
    [
        ("Last month, Kerry met Zarif privately in Munich.", "Last month", "2018-02", "month"),
        ("Two years ago, the deal was signed.", "Two years ago", "2016", "year"),
        ("Putin flew to Tehran in November.", "November", "2017-11", "month"),
        ("On February 26th, Russia vetoed the resolution.", "February 26th", "2018-02-26", "day"),
        ("Russia vetoed the resolution on Monday.", "Monday", "2018-02-26", "day"),
        ("Lavrov will visit Tehran on Thursday.", "Thursday", "2018-03-08", "day"),
        ("Earlier this year, Iran tested a missile.", "Earlier this year", "2018", "year"),
        ("The alliance began in the nineteen-seventies.", "the nineteen-seventies", "1970", "decade"),
        ("Trade collapsed in the mid-nineties.", "the mid-nineties", "1990", "decade"),
        ("Sanctions bit hard in the 1990s.", "the 1990s", "1990", "decade"),
        ("Oil revenue fell in 2012-15.", "2012-15", "2012", "year"),
        ("Oil revenue fell between 2013 and 2015.", "between 2013 and 2015", "2013", "year"),
        ("They fought wars between the seventeenth and nineteenth centuries.",
         "between the seventeenth and nineteenth centuries", "1600", "century"),
        ("The empires clashed in the 19th century.", "the 19th century", "1800", "century"),
        ("The summit will take place in October.", "October", "2018-10", "month"),
        ("Negotiations are expected to resume on 14 March.", "14 March", "2018-03-14", "day"),
        ("The ministers met yesterday.", "yesterday", "2018-03-02", "day"),
        ("The talks resume tomorrow.", "tomorrow", "2018-03-04", "day"),
        ("Sanctions were lifted in January 2016.", "January 2016", "2016-01", "month"),
        ("The deal was signed on July 14, 2015.", "July 14, 2015", "2015-07-14", "day"),
        ("The deal was signed on 14 July 2015.", "14 July 2015", "2015-07-14", "day"),
        ("The revolution came in 1979.", "1979", "1979", "year"),
        ("Elections are due next year.", "next year", "2019", "year"),
        ("Three months ago, the talks stalled.", "Three months ago", "2017-12", "month"),
        ("The treaty was signed in May.", "May", "2017-05", "month"),
        ("Iran could build a bomb in two years, he said.", "two years", "2020", "year"),
        ("The talks will resume in three weeks.", "three weeks", "2018-03-24", "day"),
        ("Russia will deliver the S-300 by the end of the year.", "the end of the year", "2018", "year"),
        ("Atlanta, nineteen ninety-six: a bomb shocks the Olympic games.", "nineteen ninety-six", "1996", "year"),
        ("The approach of the year two thousand worried them.", "the year two thousand", "2000", "year"),
    ],
)  # fmt: skip
def test_time_expressions_resolve_against_the_publication_date(
    parse: Parse, sentence: str, text: str, value: str, granularity: str
) -> None:
    found = only_date(parse, sentence)
    assert (found.text, found.value, found.granularity) == (text, value, granularity)
    assert found.rule


@pytest.mark.parametrize(
    "sentence",
    [
        "During a four-day visit to Russia, Bagheri met Shoigu.",
        "For an entire year the Iranians have been trying to convince Moscow.",
        "The White House must certify compliance every ninety days.",
        "The 48-year-old minister arrived late.",
        "Putin and Khamenei spent an hour together, one on one.",
        "Russia sent 2000 troops and 300 tanks.",
        "Iran may respond to the sanctions.",
        "They march on the capital and the army will march with them.",
        "Talks lasted for two years.",
        "The committee meets every Monday.",
        "It was the first time in five years that prices fell.",
        "Obama has in the last year secured a landmark deal.",
        "Russia sent two thousand troops.",
    ],
)
def test_durations_ages_sets_and_numbers_are_not_dates(parse: Parse, sentence: str) -> None:
    assert dates_in(parse, sentence) == []


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Putin flew to Tehran in October.", "2017-10"),  # points back
        ("Putin will fly to Tehran in October.", "2018-10"),  # points ahead
        ("Putin is expected to fly to Tehran in October.", "2018-10"),
        ("The offer was extended until March 20.", "2018-03-20"),  # a deadline days ahead beats a year back
        ("The offer expired on March 20.", "2017-03-20"),
        ("Erdogan called snap polls for 24 June.", "2018-06-24"),  # "for" + date: what is scheduled
        ("The ministers met on Friday.", "2018-03-02"),
        ("The ministers will meet on Friday.", "2018-03-09"),
        ("The ministers met on Saturday.", "2018-03-03"),  # the publication day itself
        ("The ministers met last Saturday.", "2018-02-24"),
        ("The ministers will meet next Monday.", "2018-03-05"),
        ("The envoys meet on Wednesday next week.", "2018-03-07"),
    ],
)
def test_direction_comes_from_the_sentence(parse: Parse, sentence: str, value: str) -> None:
    assert only_date(parse, sentence).value == value


def test_years_joined_by_and_are_two_years_not_a_range(parse: Parse) -> None:
    found = dates_in(parse, "Growth slowed in both 1990 and 1991.")
    assert [(d.text, d.value, d.rule) for d in found] == [
        ("1990", "1990", "absolute-year"),
        ("1991", "1991", "absolute-year"),
    ]


def test_without_publication_date_relative_values_stay_null(parse: Parse) -> None:
    found = dates_in(parse, "Last month the deal collapsed, as it had in 2013 and on Monday.", published=None)
    by_text = {d.text: d for d in found}
    assert by_text["Last month"].value is None
    assert by_text["Monday"].value is None
    assert by_text["2013"].value == "2013"


@pytest.mark.parametrize(
    ("sentence", "text", "rule"),
    [
        ("Two years later, the war ended.", "Two years later", "later:no-reference"),
        ("That year, the war ended.", "That year", "that-year:no-reference"),
        ("Prices fell a few weeks ago.", "a few weeks ago", "ago:vague-amount"),
        ("Shoigu arrived two days after the attack.", "two days after", "after:anchored-to-event"),
        # before the year 0, no ISO value (found by the property test of tests/test_reliability.py)
        ("Officials met 210 decades earlier.", "210 decades earlier", "earlier:inexpressible"),
    ],
)
def test_unresolvable_expressions_keep_value_null(parse: Parse, sentence: str, text: str, rule: str) -> None:
    found = only_date(parse, sentence)
    assert (found.text, found.value, found.rule) == (text, None, rule)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Putin visited Tehran in 2015. Two years later, he returned.", ("Two years later", "2017")),
        ("The strike came on March 1, 2017. The following day, Moscow protested.", ("The following day", "2017-03-02")),
        ("Talks opened on February 26, 2018. That year, trade doubled.", ("That year", "2018")),
        ("The PUK was founded in 1975 to rival the KDP that June.", ("that June", "1975-06")),
        ("The strike came on March 1, 2017. The day before, Lavrov had warned Iran.", ("The day before", "2017-02-28")),
        ("Sales rose 5% compared with a year earlier.", ("a year earlier", "2017")),  # newswire: the publication date
        ("The talks failed the previous Friday.", ("the previous Friday", "2018-03-02")),
    ],
)  # fmt: skip
def test_anchored_expressions_follow_the_narrative(
    parse: Parse, text: str, expected: tuple[str, str]
) -> None:
    found = dates_in(parse, text)
    assert (found[-1].text, found[-1].value) == expected
    assert "anchored" in (found[-1].rule or "")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "last <month>": the month just gone is "last month"; "last February" said in March is last year's
        ("The crash happened last February.", ("last February", "2017-02")),
        ("The crash happened last June.", ("last June", "2017-06")),
        ("The crash happened last January.", ("last January", "2018-01")),
        # comparisons with figures are with the period now reported, not the last date mentioned
        ("The firm was founded in 1990. Net income rose to $5 million from $4 million a year earlier.",
         ("a year earlier", "2017")),
        ("The firm was founded in 1990. The year-earlier results were restated.", ("year-earlier", "2017")),
        ("Putin visited Tehran in 2015. A year earlier, he had met Rouhani.", ("A year earlier", "2014")),
        ("Putin visited Tehran in 2015, having flown in from Baku a year earlier.", ("a year earlier", "2014")),
        # times of day are of the day the narrative is at, else of the publication day
        ("The judge will hear the case at midday.", ("midday", "2018-03-03")),
        ("By mid-afternoon, the shelling had stopped.", ("mid-afternoon", "2018-03-03")),
        ("Prices fell on Friday. Dealers sold heavily in the morning.", ("the morning", "2018-03-02")),
        ("Shares were up 2 pence at mid-afternoon yesterday.", ("mid-afternoon yesterday", "2018-03-02")),
        ("The offer had been scheduled to expire at midnight Friday.", ("midnight Friday", "2018-03-02")),
        # named days with a calendar rule, in the sentence's direction
        ("The ceasefire held over Christmas.", ("Christmas", "2017-12-25")),
        ("The ceasefire held over Christmas 2016.", ("Christmas 2016", "2016-12-25")),
        ("Pilgrims will gather in Rome at Easter.", ("Easter", "2018-04-01")),
        ("Fireworks lit the sky on the Fourth of July.", ("Fourth of July", "2017-07-04")),
        # "it's the second day of ...": the day the report speaks from
        ("It's the second day of an offensive by the army.", ("the second day", "2018-03-03")),
        ("Today is the eighth day of the blockade.", ("the eighth day", "2018-03-03")),
        # fiscal years are named by their calendar year
        ("Lower earnings are expected for the fiscal year.", ("the fiscal year", "2018")),
        ("Sales reached $6 billion in the latest fiscal year.", ("the latest fiscal year", "2017")),
        ("The post-1959 politics split families.", ("post-1959", "1959")),
        # "the month"/"the year" of the narrative: the one of a date just mentioned, else the publication's
        ("Russia will deliver the missiles by the end of the month.", ("the end of the month", "2018-03")),
        ("Putin visited Tehran on June 3, 1995. At the end of the month he left.", ("the end of the month", "1995-06")),
        ("Iran tested a missile earlier in the year.", ("earlier in the year", "2018")),
        ("Sales rose from the prior year.", ("the prior year", "2017")),
        ("Iran plans to expand trade in the coming year.", ("the coming year", "2019")),
    ],
)  # fmt: skip
def test_newswire_conventions(parse: Parse, text: str, expected: tuple[str, str]) -> None:
    found = dates_in(parse, text)
    assert (found[-1].text, found[-1].value) == expected
    assert found[-1].granularity and found[-1].rule


@pytest.mark.parametrize(
    ("sentence", "published", "value"),
    [
        ("The campaign runs from now to Election Day.", "1998-10-26", "1998-11-03"),  # US: Tue after 1st Mon
        ("Families met for Thanksgiving.", "1998-12-01", "1998-11-26"),
        ("Dunkin' has set Nov. 10 as the deadline for bids.", "1989-11-02", "1989-11-10"),  # what was set
        ("The board declared a split payable Dec. 7 to stock of record Nov. 22.", "1989-10-27", "1989-11-22"),
        ("In the fiscal year ended June 30, sales rose.", "1989-10-27", "1989-06-30"),  # a closed period
    ],
)
def test_scheduled_and_named_days(parse: Parse, sentence: str, published: str, value: str) -> None:
    assert dates_in(parse, sentence, published=published)[-1].value == value


@pytest.mark.parametrize(
    "sentence",
    [
        "The Christmas tree was lit.",  # a kind of tree, not a date
        "Easter eggs were sold out.",
        "Independence Day parades were cancelled.",  # which country's? refused
        "In the fiscal year ended June 30, sales rose 5%.",  # "the fiscal year" here is a stretch of time
    ],
)
def test_named_days_that_are_not_dates(parse: Parse, sentence: str) -> None:
    texts = [d.text for d in dates_in(parse, sentence)]
    assert not any(
        word in text for text in texts for word in ("Christmas", "Easter", "Independence", "fiscal")
    )


def test_rows_fit_the_contract_and_spans_are_evidence(parse: Parse) -> None:
    parsed = parse(
        "Last month Kerry met Zarif. On Monday, Lavrov said talks would resume on 14 March.\n\n"
        "The alliance dates to the 19th century and the mid-nineties.",
        published=PUBLISHED,
    )
    found = extract_dates(parsed)
    assert len(found) == 5
    for date in found:
        assert parsed.article.text[date.start : date.end] == date.text
        assert parsed.sentences[date.sentence_id].start_char <= date.start
    table = schema.validate("dates", pd.DataFrame(dates_to_rows(parsed.article_id, found)))
    assert list(table["granularity"]) == ["month", "day", "day", "century", "decade"]


# --- governing date --------------------------------------------------------------------------


def test_governing_date_is_the_one_in_the_same_clause(parse: Parse) -> None:
    parsed = parse(
        "On Monday, Lavrov said that Iran would attend the talks in October. Russia criticised Israel.",
        published=PUBLISHED,
    )
    found = extract_dates(parsed)
    token = {t.text: t for t in parsed.doc}
    assert governing_date(parsed, found, token["said"]).text == "Monday"
    assert governing_date(parsed, found, token["attend"]).text == "October"
    assert governing_date(parsed, found, token["criticised"]) is None  # another sentence


# --- seed articles end to end ----------------------------------------------------------------


def test_seed_articles_end_to_end() -> None:
    from relations.config import RAW_DIR
    from relations.ingest import read_articles
    from relations.parse import parse_articles

    articles, problems = read_articles(sorted(RAW_DIR.glob("00[04]_*.txt")))
    assert not problems
    by_id = {parsed.article_id[:3]: parsed for parsed in parse_articles(articles)}
    memri, new_yorker = by_id["000"], by_id["004"]

    assert memri.published is None  # the "Check Also ... November 18, 2024" footer is not a date source
    memri_dates = extract_dates(memri)
    assert all(d.value is None for d in memri_dates if d.rule and d.rule.startswith("relative"))
    assert not any("four-day" in d.text or "entire year" in d.text for d in memri_dates)

    assert new_yorker.published == dt.date(2018, 3, 3)
    resolved = {(d.text, d.value) for d in extract_dates(new_yorker)}
    assert {
        ("Last month", "2018-02"),
        ("Two years ago", "2016"),
        ("February 26th", "2018-02-26"),
        ("the nineteen-seventies", "1970"),
        ("the mid-nineties", "1990"),
        ("between the seventeenth and nineteenth centuries", "1600"),
    } <= resolved
    assert not any("ninety days" in text or "one on one" in text for text, _ in resolved)


# --- TimeBank scoring ------------------------------------------------------------------------

TIMEML = (
    '<?xml version="1.0" ?>\n<TimeML>\n<DOCID>{docid}</DOCID>\n'
    '<DCT><TIMEX3 tid="t0" type="DATE" value="1998-03-04" functionInDocument="CREATION_TIME">'
    "19980304</TIMEX3></DCT>\n"
    '<TEXT>\nOfficials <EVENT eid="e1">met</EVENT> '
    '<TIMEX3 tid="t1" type="DATE" value="1998-03-03" temporalFunction="true">yesterday</TIMEX3>'
    " and will meet again in "
    '<TIMEX3 tid="t2" type="DATE" value="1998-12" temporalFunction="true">December</TIMEX3>, '
    '<TIMEX3 tid="t3" type="DATE" value="1998-Q3" temporalFunction="true">the third quarter</TIMEX3>'
    " of talks since "
    '<TIMEX3 tid="t4" type="DATE" value="1991" temporalFunction="false">1991</TIMEX3>.\n</TEXT>\n</TimeML>\n'
)


def test_score_timebank_on_a_tiny_timeml_file(tmp_path: Path) -> None:
    docid = next(name for name in (f"DOC{i}" for i in range(100)) if split_of(name) == "test")
    (tmp_path / f"{docid}.tml").write_text(TIMEML.format(docid=docid), encoding="utf-8")
    (document,) = read_documents(tmp_path)
    assert [document.text[t.start : t.end] for t in document.timexes] == [
        "yesterday",
        "December",
        "the third quarter",
        "1991",
    ]
    figures = score_timebank(tmp_path, split="test")
    assert figures["relative"]["n"] == 2  # the quarter is not expressible in the contract
    assert figures["relative"]["inexpressible"] == 1
    assert figures["relative"]["value_accuracy"] == 1.0
    assert figures["absolute"]["hits"] == 1


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("1998-03-04", "1998-03-04"),
        ("1998-03-04T10:30", "1998-03-04"),
        ("1998-03", "1998-03"),
        ("1998", "1998"),
        ("199", "1990"),
        ("19", "1900"),
        ("1998-Q3", None),
        ("1998-W07", None),
        ("PRESENT_REF", None),
        ("P1Y", None),
    ],
)
def test_expressible_gold_values(value: str, expected: str | None) -> None:
    assert expressible_value(value) == expected


def test_timebank_gold_is_read_completely(shared_dir: Path) -> None:
    documents = list(read_documents(shared_dir / "eval" / "timebank"))
    timexes = [t for d in documents for t in d.timexes]
    assert (len(documents), len(timexes), sum(t.relative for t in timexes)) == (256, 1822, 1221)


# --- speed shortcuts change no match ------------------------------------------------------------

# Sentences with every kind of expression the patterns look for, and near misses around them.
PATTERN_SENTENCES = [
    "On Monday, March 5, 2018, the talks resumed; by 5 March 2018 they had stalled again.",
    "Between 2015 and 2017, and from 2011-13, prices rose; in 1998 to 2001 they fell.",
    "In early March 2018, late-May 2019 and the end of June 2020, Moscow said nothing.",
    "He was born in nineteen ninety-six, or the year two thousand and one, in May eighteen twelve.",
    "In the spring of 2019 and late summer 2020 the offensive stalled; in the fall it resumed.",
    "Talks on June 14 and 3 July, on the 4th of July, ended; May 12-14 was busy.",
    "Three days ago, two weeks earlier and a few years later, in 3 months and in two weeks.",
    "This week, last month, next year, the coming decade and earlier this year were quiet.",
    "The following day, the next week, that year and the day before, the year-earlier results.",
    "At the end of the year, by year-end, this century and the last century, today and tonight.",
    "Yesterday, tomorrow, this morning, last night; the day after tomorrow and Christmas Eve, 2017.",
    "On New Year's Day, Easter Monday and Good Friday; a Christmas tree, Thanksgiving.",
    "Later in the month, at the beginning of the month, the current fiscal year, the fiscal year.",
    "It's the 12th day of the strike; pre-2014 and post-1991 borders; at noon on Friday.",
    "In the morning, at midnight, mid-afternoon on Tuesday, by midday today.",
    "Last Sunday, next Wednesday morning, Thursday's meeting, this Saturday evening of next week.",
    "The 19th century, the early twentieth century, the 18th and 19th centuries, the 1990s, the '80s.",
    "The late nineteen-seventies, the sixties, the first quarter of 2018, the third quarter.",
    "Last May, in March, mid-January, Dec. 5, Sept 2017, and 2018-03-03; the 2018 budget of $2,019.",
    "ſunday, İn 1990s, K-day in MAY 2018 and SPRING 2019: odd letters and capitals.",
    "No dates here at all, just Iran and Russia and the United States talking.",
]


def _unguarded(pattern: str) -> str:
    """The source of a date pattern without its leading first-character lookahead, if it has one."""
    return re.sub(r"^\(\?=\[(?:\\.|[^\]\\])*\]\)", "", pattern, count=1)


@pytest.mark.parametrize("pattern", PATTERNS, ids=[p.name for p in PATTERNS])
def test_first_character_guard_finds_exactly_the_plain_patterns_matches(pattern: _Pattern) -> None:
    plain = re.compile(_unguarded(pattern.regex.pattern), re.IGNORECASE)
    for sentence in PATTERN_SENTENCES:
        got = [m.group() for m in pattern.regex.finditer(sentence)]
        assert got == [m.group() for m in plain.finditer(sentence)], sentence


@pytest.mark.parametrize(
    ("pattern", "guard"),
    [
        (r"\b(?:early\s+)?May\b", "(?=[eM])"),
        (r"\b(?P<n>\d+|a|one)\s+days?", r"(?=[\dao])"),
        (r"(?<=\bin )\d+ days", ""),  # a leading lookbehind is already as quick
        (r"(?:early\s+)?", ""),  # can match nothing: no character leads every match
        (r"[^a-z]+day", ""),  # negated class: not worth working out
    ],
)
def test_first_character_guard(pattern: str, guard: str) -> None:
    assert _compile(pattern).pattern == guard + pattern


def test_every_skipped_pattern_would_have_found_nothing() -> None:
    assert set(_REQUIRED_WORDS) <= {p.name for p in PATTERNS}
    for sentence in PATTERN_SENTENCES:
        kept = {p.name for p in _patterns_for(sentence)}
        for pattern in PATTERNS:
            if pattern.name not in kept:
                assert pattern.regex.search(sentence) is None, (pattern.name, sentence)


def test_required_words_skip_patterns_only_when_the_article_lacks_them() -> None:
    names = {p.name for p in _patterns_for("Iran and Russia signed a deal on Monday.")}
    assert "weekday" in names and "century" not in names and "quarter" not in names
    # a long s matches "s" case-insensitively but does not lower-case to it: nothing is skipped
    assert len(_patterns_for("The 19th ſentury.")) == len(PATTERNS)
