"""Seams between page furniture and body text: where they are found, where they must not be, and
that the loaded model starts sentences at them (see docs/parsing.md).

Expected seams are written inline: ``‖`` marks an offset where a sentence must start.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from relations import executors
from relations.document import ParsedArticle
from relations.furniture import (
    COMPONENT_NAME,
    find_furniture,
    find_seams,
    furniture_spans,
    mark_seams,
    set_title,
)
from relations.nlp import load_model
from relations.parse import article_from_text, parse_articles

SEAM = "‖"


def unmark(marked: str) -> tuple[str, list[int]]:
    """The text without its ``‖`` marks, and the offsets they stood at."""
    pieces = marked.split(SEAM)
    offsets, position = [], 0
    for piece in pieces[:-1]:
        position += len(piece)
        offsets.append(position)
    return "".join(pieces), offsets


FURNITURE = [
    pytest.param(
        "Fri Apr 29 2016 ‖9 Injured in New Terrorists Mortar Shell Attacks on Aleppo. ‖Nine civilians were injured.",
        "9 Injured in New Terrorists Mortar Shell Attacks on Aleppo",
        id="weekday-date-line-then-title",
    ),
    pytest.param(
        "Tuesday 4 April 2017 ‖Assad regime responsible for chemical attack: EUs Mogherini . "
        "‖EU diplomatic chief Federica Mogherini said on Tuesday the Assad regime bears responsibility.",
        None,
        id="date-line-and-stray-full-stop",
    ),
    pytest.param(
        'Opposition minister among 12 dead in Syria car bomb ‖A "minister" in Syrias opposition '
        "government was among 12 people killed by a car bomb.",
        "Opposition minister among 12 dead in Syria car bomb",
        id="title-run-into-body",
    ),
    pytest.param(
        "Dozens of civilians dead in rebel assault on Aleppo ‖AFP Sunday 30 Oct 2016 ‖Syrias regime and "
        "rebels were locked in fierce fighting Sunday on Aleppos western edges.",
        None,
        id="agency-byline-and-page-date-without-title",
    ),
    pytest.param(
        'Twin blasts kill 30 Kurdish fighters in Syria Monitor ‖AFP Monday 6 Oct 2014 ‖"At least 30 '
        'members of the YPG were killed" the monitor told AFP.',
        "Twin blasts kill 30 Kurdish fighters in Syria Monitor",
        id="title-agency-date-quote",
    ),
    pytest.param(
        "32 killed in Syrias Daraa Aleppo NGO ‖Friday 15 Aug 2014 ‖Print Tweet Views 458 ‖Related Lebanon "
        "charges 43 Syrians with belonging to terrorist groups",
        "32 killed in Syrias Daraa Aleppo NGO",
        id="title-date-share-widget",
    ),
    pytest.param(
        "8 persons killed 58 others injured in terrorist rocket attacks on Aleppo city ‖6 October 2016 "
        "‖Aleppo SANA-Terrorist organizations fired tens of shells on the residential neighborhoods.",
        "8 persons killed 58 others injured in terrorist rocket attacks on Aleppo city",
        id="title-then-date-then-dateline",
    ),
    pytest.param(
        "Date of publication 10 July 2016 ‖At least 29 Syrian rebels were killed during a major "
        "counter-offensive a monitor said ‖Tags Castello road Syria Ahrar al-Sham ‖At least 29 Syrian "
        "rebels were killed during a major counter-offensive on Sunday.",
        None,
        id="labelled-date-tag-list-repeated-lede",
    ),
    pytest.param(
        "30-06-2016 ‖Syrian Army Allies Kill 100 Terrorists in Mallah Farms in Aleppo. ‖Over 100 militants "
        "including field commanders were killed by the Syrian army in Aleppo countryside ‖Over 100 "
        "militants including field commanders were killed by the Syrian army and allies.",
        "Syrian Army Allies Kill 100 Terrorists in Mallah Farms in Aleppo",
        id="numeric-date-title-summary-repeated",
    ),
    # a tag list whose end is certain is a sentence of its own (twentieth round); one whose end is not
    # leaves the text as it was
    pytest.param(
        "Rebels shelled the town a monitoring group said ‖Tags Syria Russia Idlib safe zone Turkey Assad SOHR "
        "‖At least 28 civilians were killed in Russian airstrikes.",
        None,
        id="tag-list-of-certain-end",
    ),
    pytest.param(
        "Heavy fighting on both sides. Tags Syria Aleppo regime forces rebel forces the Nusra Front Syrian "
        "troops and pro-government gunmen repelled an offensive.",
        None,
        id="tag-list-of-uncertain-end",
    ),
    pytest.param(
        "08.04.2017(updated 1954 08.04.2017) ‖Get short URL 0 214 ‖The number of civilians killed by the "
        "US-led coalition airstrike in Raqqa has risen to 20.",
        None,
        id="sputnik-date-and-short-url-counters",
    ),
    pytest.param(
        "Last updated at Aug 142016 ‖BEIRUT Syrian and Russian warplanes have launched a wave of air strikes.",
        "Dozens dead as warplanes pound rebel-held north Syria | Jordan Times",
        id="last-updated-day-and-year-run-together",
    ),
    pytest.param(
        "Thursday 02 June 2016 16:02 ‖Syrian Coalition Declares Idlib Disaster Area amid Deadly Aerial "
        "Campaign. ‖The Syrian Coalition has declared the entire province of Idlib a disaster area.",
        "Syrian Coalition Declares Idlib Disaster Area amid Deadly Aerial Campaign",
        id="date-with-clock-time",
    ),
    pytest.param(
        "August 22 2013 1849 UTC+3 ‖A total of 1500 people have fallen victims of the chemical attack.",
        None,
        id="date-with-utc-time",
    ),
    pytest.param(
        "Russian President Vladimir Putin attends a meeting in Sochi Russia Thursday Oct. 27 2016 (Photo AP) "
        "‖Print Tweet Views 2494 ‖Related Russian US jets had near miss over Syria",
        None,
        id="photo-credit-and-share-widget",
    ),
    pytest.param(
        "A general view shows the damage in this handout picture provided by SANA. (TRT World and Agencies) "
        "‖A string of bomb blasts hit Tartous Homs and Hasakeh.",
        None,
        id="caption-credit",
    ),
    pytest.param(
        "12 Daesh terrorists were killed near Al Tabqah according to local media. ‖MOSCOW (Sputnik) "
        "‖Kurdish-led Syrian Democratic Forces (SDF) eliminated 12 militants.",
        None,
        id="wire-dateline-after-a-teaser",
    ),
]


@pytest.mark.parametrize(("marked", "title"), FURNITURE)
def test_seams_between_furniture_and_body(marked: str, title: str | None) -> None:
    text, expected = unmark(marked)
    assert find_seams(text, title) == expected


PROSE = [
    pytest.param(
        "Mr. Putin met U.S. officials in Moscow on Tuesday and said Russia would stay.", None, id="abbrevs"
    ),
    pytest.param(
        "U.S. officials said that at 6:30 a.m. warplanes struck the town of Khan Sheikhoun.", None, id="clock"
    ),
    pytest.param(
        "Syria’s President Bashar al-Assad said the army would respond to any attack.", None, id="curly"
    ),
    pytest.param(
        "The ministry said that on Tuesday 4 April 2017 the army retook the town. On Friday 7 April 2017 "
        "US missiles struck an airbase.",
        None,
        id="dates-in-running-prose",
    ),
    pytest.param(
        "Reuters reported on Sunday 30 Oct 2016 that rebels had advanced. AFP said on Monday 31 Oct 2016 "
        "Russian jets held back.",
        None,
        id="agency-and-date-in-prose",
    ),
    pytest.param(
        '"We will respond," the minister said. "Nobody will stop us," he added, quoting Lavrov . ',
        None,
        id="quotes-and-trailing-stray-stop",
    ),
    pytest.param(
        "Russia warns Turkey over Syria strikes and calls for restraint, officials say.",
        "Russia warns Turkey over Syria strikes",
        id="title-is-the-start-of-the-first-sentence",
    ),
    pytest.param(
        "Putin meets Rouhani in Tehran Tuesday as talks on Syria resume.",
        "Putin meets Rouhani in Tehran",
        id="title-then-weekday-continues-the-sentence",
    ),
    pytest.param(
        "Posted on August 3 2013 by Nazeer Rida At least 12 Islamist fighters were killed in clashes.",
        None,
        id="byline-of-unknown-length",
    ),
    pytest.param(
        "The Syrian Observatory for Human Rights said the toll had risen, and the head of the Syrian "
        "Observatory for Human Rights said the toll had risen again.",
        None,
        id="repeated-phrase-in-running-prose",
    ),
    pytest.param(
        "Talks ended. The Syrian Observatory for Human Rights said at least ten people died while the Syrian "
        "Observatory for Human Rights said at least ten people died.",
        None,
        id="repeat-not-at-a-sentence-start-case",
    ),
    pytest.param("The price tags Tags were removed from the stalls.", None, id="tags-word-in-prose"),
]


@pytest.mark.parametrize(("text", "title"), PROSE)
def test_ordinary_prose_has_no_seams(text: str, title: str | None) -> None:
    assert find_seams(text, title) == []


def test_pieces_are_bounded_by_seams() -> None:
    text, _ = unmark(FURNITURE[3].values[0])
    furniture = find_furniture(text)
    assert [text[p.start : p.end].strip() for p in furniture.pieces] == ["AFP Sunday 30 Oct 2016"]
    assert all(p.start in furniture.seams and p.end in furniture.seams for p in furniture.pieces)


OPENING = (
    "Fri Apr 29 2016 9 Injured in New Terrorists Mortar Shell Attacks on Aleppo Nine civilians were "
    "injured on Friday when terrorists fired mortar shells at residential neighbourhoods of Aleppo."
)
OPENING_TITLE = "9 Injured in New Terrorists Mortar Shell Attacks on Aleppo"
OPENING_SENTENCES = [
    "Fri Apr 29 2016",
    OPENING_TITLE,
    "Nine civilians were injured on Friday when terrorists fired mortar shells at residential "
    "neighbourhoods of Aleppo.",
]


def _sentence_texts(parsed: ParsedArticle) -> list[str]:
    return [s.text.strip() for s in parsed.sentences]


def test_loaded_model_splits_a_furniture_opening() -> None:
    nlp = load_model()
    assert nlp.pipe_names.index(COMPONENT_NAME) == nlp.pipe_names.index("parser") - 1
    parsed = next(parse_articles([article_from_text(OPENING, title=OPENING_TITLE)]))
    # the date line, the headline (not split at its number) and the body
    assert _sentence_texts(parsed) == OPENING_SENTENCES


def test_parse_text_without_title_splits_the_date_line_and_keeps_the_number(
    parse: Callable[..., ParsedArticle],
) -> None:
    first, second = _sentence_texts(parse(OPENING))[:2]
    assert first == "Fri Apr 29 2016"
    assert second.startswith("9 Injured in New Terrorists")


def test_component_works_without_the_parser() -> None:
    nlp = load_model(disable=("parser",))
    assert COMPONENT_NAME in nlp.pipe_names
    doc = nlp(set_title(nlp.make_doc(OPENING), OPENING_TITLE))
    assert [s.text.strip() for s in doc.sents] == OPENING_SENTENCES


def test_component_leaves_a_doc_without_furniture_alone() -> None:
    nlp = load_model()
    doc = mark_seams(nlp.make_doc("Russia and Iran signed a deal on Tuesday."))
    assert not doc.has_annotation("SENT_START")


def test_process_pool_workers_split_at_seams() -> None:
    articles = [
        article_from_text(OPENING, article_id="a", title=OPENING_TITLE),
        article_from_text(OPENING.replace("Fri Apr 29", "Sat Apr 30"), article_id="b", title=OPENING_TITLE),
    ]
    results = list(executors.run_pool(articles, (), jobs=2, chunk_size=1))
    for result in results:
        assert [row["text"].strip() for row in result.rows["sentences"]][1:] == OPENING_SENTENCES[1:]


# ---------------------------------------------------------------------------- furniture spans

SPAN_OPEN, SPAN_CLOSE = "⟦", "⟧"


def unbracket(marked: str) -> tuple[str, list[tuple[int, int]]]:
    """The text without its ``⟦...⟧`` marks, and the spans they enclosed."""
    text, spans, start = "", [], 0
    for char in marked:
        if char == SPAN_OPEN:
            start = len(text)
        elif char == SPAN_CLOSE:
            spans.append((start, len(text)))
        else:
            text += char
    return text, spans


SPANS = [
    pytest.param(
        "Syria air raids kill 25 civilians Monitor ⟦AFP Friday 1 Jul 2016 ⟧Separate air raids killed 25.",
        "Syria air raids kill 25 civilians Monitor",
        id="agency-byline-not-the-title",
    ),
    pytest.param(
        "⟦Thu Aug 18 2016 ⟧70 Militants Killed in Aleppo by the Syrian Army.", None, id="leading-date-line"
    ),
    pytest.param(
        "Rebels shelled the town, a monitoring group said. ⟦Tags Syria Russia Idlib safe zone Turkey Assad SOHR ⟧"
        "At least 28 civilians were killed in Russian airstrikes.",
        None,
        id="tag-list-then-body",
    ),
    pytest.param(
        "Rebels shelled the town. ⟦Tags Daesh Syria Raqqa ⟧⟦Community standardsDiscussion Comment via "
        "FacebookComment via Sputnik News⟧",
        None,
        id="tag-list-then-sputnik-footer",
    ),
    pytest.param(
        "Rebels shelled the town. ⟦Tags Syria Aleppo ceasefire truce sniper fire.⟧ An adult was killed.",
        None,
        id="tag-list-to-full-stop",
    ),
    pytest.param(
        "Rebels shelled the town. ⟦Tags Syria Assad US Russia ceasefire Aleppo Suspected ⟧Syrian regime and "
        "Russian airstrikes in Aleppo killed 22.",
        None,
        id="tag-list-ends-before-the-body-opening",
    ),
    pytest.param(
        # where the body starts is not certain ("the Nusra Front" may be a tag): only the word "Tags"
        "Heavy fighting on both sides. ⟦Tags⟧ Syria Aleppo regime forces rebel forces the Nusra Front Syrian "
        "troops and pro-government gunmen repelled an offensive.",
        None,
        id="tag-list-of-uncertain-end",
    ),
    pytest.param(
        "Smoke rose after the explosion. ⟦(IHA Photo)⟧ Qamishli is controlled by the PYD.",
        None,
        id="agency-photo",
    ),
    pytest.param(
        "He covers the world. ⟦Subscribe TRT World on Facebook Like Follow Follow Copyright 2018 TRT World.⟧",
        None,
        id="trt-footer",
    ),
    pytest.param(
        "Russian jets pounded Idlib. ⟦Get short URL 0 214 ⟧The number of civilians rose.",
        None,
        id="share-widget",
    ),
    pytest.param(
        "Daesh terrorists were killed. ⟦BEIRUT (Reuters) - ⟧Clashes broke out in the suburbs.",
        None,
        id="wire-dateline",
    ),
    pytest.param(
        "the US authorities pledged. Source TRTWorld and agencies ⟦Related News Turkey tells Israeli consul "
        "general to leave country | Iraqs vote violations Contact Us Cookie Policy⟧",
        None,
        id="related-news-to-the-page-end",
    ),
    pytest.param(
        "Militants were killed. 87 ⟦Related Turkey Detains 49 Daesh Suspects Syrian Army Frees Territories "
        "⟧⟦Tags militants Kurds⟧",
        None,
        id="sputnik-related-headlines-before-tags",
    ),
    pytest.param(
        "Militants were killed. ⟦Topic US Missile Attack on Syrian Air Base (200) Related Putin to Discuss US "
        "Missile Strikes in Syria "
        "⟧⟦Tags missile attacks Syria⟧",
        None,
        id="sputnik-topic-and-related-headlines",
    ),
    # a headline is the story's own sentence, never furniture; nor is prose about tags or agencies
    pytest.param(
        "Russia warns Turkey over Afrin Moscow warned Ankara on Monday.",
        "Russia warns Turkey over Afrin",
        id="title",
    ),
    pytest.param("Reuters reported on Sunday 30 Oct 2016 that AFP had left.", None, id="agency-in-prose"),
    pytest.param(
        "⟦Print Tweet Views 729 ⟧Related IS group claims responsibility.", None, id="related-with-no-sure-end"
    ),
    pytest.param("The two stories are related news for Syria.", None, id="related-in-prose"),
    pytest.param("The ceasefire was brokered by Russia (TASS) and the US.", None, id="agency-after-a-name"),
    pytest.param("Police found dog tags in the rubble.", None, id="tags-in-prose"),
]


@pytest.mark.parametrize(("marked", "title"), SPANS)
def test_furniture_spans(marked: str, title: str | None) -> None:
    text, expected = unbracket(marked)
    assert [(p.start, p.end) for p in furniture_spans(text, title)] == expected


def test_an_embedded_tweets_signature_is_furniture() -> None:
    # who tweeted is no one the tweet is about ("... killing her family DAILY SABAH (DailySabah)")
    text = (
        "A girl was pulled out of rubble after regime strikes killed her familyhttpst.covmL19MbvV0 "
        "pic.twitter.comNmnkCa2ue7 DAILY SABAH (DailySabah) January 8 2016. Next sentence."
    )
    pieces = [text[p.start : p.end] for p in find_furniture(text).pieces]
    assert "pic.twitter.comNmnkCa2ue7 DAILY SABAH (DailySabah)" in pieces
