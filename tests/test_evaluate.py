"""The gold format, the scorer and the annotate/evaluate commands, on small hand-made tables."""

from __future__ import annotations

import datetime as dt
import json
import math
import sys
import types
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
import typer
import yaml
from typer.testing import CliRunner

from relations.config import GOLD_DIR, PROJECT_ROOT, RAW_DIR
from relations.evaluation import commands
from relations.evaluation.commands import (
    annotate_cli,
    check_thresholds,
    evaluate_cli,
    flatten,
    format_value,
    parse_thresholds,
)
from relations.evaluation.gold import (
    GoldDyad,
    GoldError,
    contains_words,
    date_key,
    date_texts_match,
    draft_gold,
    evaluate_gold,
    evaluate_tables,
    fold,
    load_gold,
    parse_gold,
    same_date_value,
)
from relations.schema import TABLE_NAMES, empty, validate
from relations.storage import write_tables

BENCHMARK_GOLD = PROJECT_ROOT / "benchmarks" / "gold_full"

# --- literal tables -----------------------------------------------------------------------------

ARTICLE_TEXT = "Zarif met Lavrov in Moscow. Last month, Tehran and Moscow agreed."


def _article(article_id: str, published: str | None) -> dict[str, Any]:
    return {
        "article_id": article_id,
        "title": None,
        "source": None,
        "author": None,
        "url": None,
        "published": published,
        "text": ARTICLE_TEXT,
        "n_chars": len(ARTICLE_TEXT),
        "n_sentences": 2,
        "sha256": "0" * 64,
        "path": f"data/raw/{article_id}.txt",
    }


def _mention(article_id: str, text: str, actor_id: str, sentence_id: int = 0) -> dict[str, Any]:
    return {
        "article_id": article_id,
        "sentence_id": sentence_id,
        "start": 0,
        "end": len(text),
        "text": text,
        "actor_id": actor_id,
        "rule": "dictionary",
    }


def _quote(article_id: str, n: int, text: str, speaker_id: str | None) -> dict[str, Any]:
    return {
        "article_id": article_id,
        "sentence_id": 0,
        "start": 0,
        "end": len(text),
        "quote_id": f"{article_id}:q{n}",
        "text": text,
        "speaker_id": speaker_id,
        "speaker_text": None,
        "cue": "said",
        "kind": "direct",
        "partial": False,
    }


def _date(article_id: str, sentence_id: int, text: str, value: str | None) -> dict[str, Any]:
    return {
        "article_id": article_id,
        "sentence_id": sentence_id,
        "start": 0,
        "end": len(text),
        "text": text,
        "value": value,
        "granularity": "month" if value and len(value) == 7 else "year",
        "rule": "test",
    }


def _sentence(article_id: str, sentence_id: int, text: str) -> dict[str, Any]:
    return {"article_id": article_id, "sentence_id": sentence_id, "start": 0, "end": len(text), "text": text}


def _stance(article_id: str, n: int, source: str | None, target: str | None, polarity: int) -> dict[str, Any]:
    return {
        "article_id": article_id,
        "sentence_id": 0,
        "start": 0,
        "end": 1,
        "stance_id": f"{article_id}:s{n}",
        "source_id": source or "person:x",
        "target_id": target or "org:y",
        "source_country": source,
        "target_country": target,
        "polarity": polarity,
        "intensity": float(polarity),
        "category": "test",
        "hedged": False,
        "date": None,
        "date_source": None,
        "quote_id": None,
        "evidence": "test",
    }


ACTORS = [
    ("RUS", "Russia", "state", "RUS"),
    ("IRN", "Iran", "state", "IRN"),
    ("person:sergey-lavrov", "Sergey Lavrov", "person", "RUS"),
    ("person:lavrov", "Lavrov", "person", "RUS"),
    ("person:javad-zarif", "Javad Zarif", "person", "IRN"),
    ("person:zarif", "Zarif", "person", None),
    ("person:john-kerry", "John Kerry", "person", "GBR"),
    ("org:qr", "QR codeQR code", "organization", None),
]


def make_tables(**rows: list[dict[str, Any]]) -> dict[str, pd.DataFrame]:
    """Contract-valid tables from literal rows; tables not given are empty."""
    tables = {name: empty(name) for name in TABLE_NAMES}
    actors = pd.DataFrame(
        [{"actor_id": a, "name": n, "kind": k, "country": c, "note": None} for a, n, k, c in ACTORS]
    )
    tables["actors"] = validate("actors", actors)
    for name, items in rows.items():
        tables[name] = validate(name, pd.DataFrame(items))
    return tables


def gold(**data: Any) -> Any:
    return parse_gold({"file": "a1.txt", **data}, Path("a1.yml"))


# --- folding and matching rules ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Putin’s", "putin"),
        ("  Sergey   LAVROV ", "sergey lavrov"),
        ("Erdoğan", "erdogan"),
        ("Our coöperation can isolate America", "our cooperation can isolate america"),
        ("“The stakes are not just the J.C.P.O.A..", "the stakes are not just the j c p o a"),
        ("", ""),
    ],
)
def test_fold(text: str, folded: str) -> None:
    assert fold(text) == folded


@pytest.mark.parametrize(
    ("haystack", "needle", "expected"),
    [
        (
            "“The positions of Iran and Russia on many regional issues are very close,”",
            "positions of Iran",
            True,
        ),
        ("President Trump", "Trump", True),
        ("Trumpism", "Trump", False),
        ("Lavrov", "Sergey Lavrov", False),
    ],
)
def test_contains_words(haystack: str, needle: str, expected: bool) -> None:
    assert contains_words(haystack, needle) is expected


@pytest.mark.parametrize(
    ("text", "key"),
    [("In January", "january"), ("on February 26th", "february 26th"), ("the mid-nineties", "mid nineties")],
)
def test_date_key_ignores_leading_prepositions(text: str, key: str) -> None:
    assert date_key(text) == key


@pytest.mark.parametrize(
    ("gold_text", "row_text", "expected"),
    [
        ("Wednesday", "on Wednesday morning", True),
        ("Sunday 25 August 2013", "25 August 2013", True),
        ("January", "In January", True),
        ("January", "June", False),
        ("2015", "2017", False),
    ],
)
def test_date_texts_match(gold_text: str, row_text: str, expected: bool) -> None:
    assert date_texts_match(gold_text, row_text) is expected


@pytest.mark.parametrize(
    ("gold_value", "value", "granularity", "expected"),
    [
        ("2018-02", "2018-02", "month", True),
        (None, None, None, True),
        ("197", "1970", "decade", True),
        ("197", "1970", "year", False),
        ("19", "1900", "century", True),
        ("2018-02", "2018-03", "month", False),
        ("2018-02", None, None, False),
    ],
)
def test_same_date_value(
    gold_value: str | None, value: str | None, granularity: str | None, expected: bool
) -> None:
    assert same_date_value(gold_value, value, granularity) is expected


# --- reading the format ------------------------------------------------------------------------


def test_yaml_dates_and_years_load_as_table_strings() -> None:
    data = yaml.safe_load(
        "file: a.txt\npublished: 2018-03-03\ndates:\n  - {text: On February 26th, value: 2018-02-26}\n"
        "  - {text: in 2015, value: 2015}\n  - {text: Last month, value: 2018-02}\n"
    )
    assert isinstance(data["published"], dt.date)
    parsed = parse_gold(data, Path("a.yml"))
    assert parsed.published == "2018-03-03"
    assert [d.value for d in parsed.dates] == ["2018-02-26", "2015", "2018-02"]


def test_absent_sections_are_not_annotated_and_unknown_keys_are_reported() -> None:
    parsed = gold(persons=[{"name": "Ali Vaez", "country": ["USA", "IRN"]}], reviewer="me")
    assert parsed.quotes is None and parsed.stances is None and not parsed.published_annotated
    assert parsed.persons[0].countries == ("USA", "IRN")
    assert parsed.unknown_keys == ("reviewer",)


@pytest.mark.parametrize(
    "data",
    [
        {"stances": [{"source": "RUS", "target": "IRN", "sign": "++"}]},
        {"quotes": [{"speaker": "Zarif"}]},
        {"persons": {"name": "Zarif"}},
    ],
)
def test_malformed_gold_is_refused(data: dict[str, Any]) -> None:
    with pytest.raises(GoldError):
        gold(**data)


# --- scoring, table by table ---------------------------------------------------------------------


def test_persons_recall_country_accuracy_and_alias_splits() -> None:
    tables = make_tables(
        articles=[_article("a1", None), _article("a2", None)],
        mentions=[
            _mention("a1", "Sergey Lavrov", "person:sergey-lavrov"),
            _mention("a1", "Zarif", "person:zarif"),
            _mention("a1", "Zarif’s", "person:javad-zarif"),
            _mention("a1", "Javad Zarif", "person:javad-zarif"),
            _mention("a1", "Kerry", "person:john-kerry"),
            _mention("a2", "Lavrov", "person:lavrov"),
        ],
    )
    persons = [
        {"name": "Sergey Lavrov", "country": "RUS", "aliases": ["Lavrov"]},
        {"name": "Javad Zarif", "country": "IRN", "aliases": ["Zarif"]},
        {"name": "John Kerry", "country": "USA", "aliases": ["Kerry"]},
        {"name": "Vladimir Putin", "country": "RUS", "aliases": ["Putin"]},
    ]
    result = evaluate_tables(
        [gold(persons=persons), gold(file="a2.txt", persons=persons[:1])],
        tables,
    )
    assert result.metrics["persons.recall"] == 4 / 5  # Putin missed
    assert result.metrics["persons.country_accuracy"] == 3 / 4  # Kerry placed in GBR
    assert result.metrics["persons.alias_splits_within"] == 1  # Zarif on two actor ids in a1
    assert result.metrics["persons.alias_splits_across"] == 1  # Lavrov: one id in a1, another in a2
    zarif = result.details[(result.details["table"] == "persons") & (result.details["item"] == "Javad Zarif")]
    assert zarif["got"].tolist() == ["person:javad-zarif"]  # the most mentioned actor counts


def test_states_and_not_actors() -> None:
    tables = make_tables(
        articles=[_article("a1", None)],
        mentions=[_mention("a1", "Moscow", "RUS"), _mention("a1", "QR codeQR code", "org:qr")],
    )
    result = evaluate_tables([gold(states=["RUS", "IRN"], not_actors=["QR code", "Cold War"])], tables)
    assert result.metrics["states.recall"] == 0.5
    assert result.metrics["not_actors.hits"] == 1
    assert result.metrics["not_actors.avoided"] == 0.5


def test_quotes_recall_and_speaker_accuracy() -> None:
    tables = make_tables(
        articles=[_article("a1", None)],
        quotes=[
            _quote(
                "a1",
                1,
                "The positions of Iran and Russia on many regional issues are very close,",
                "person:javad-zarif",
            ),
            _quote(
                "a1",
                2,
                "This is absolutely the wrong way for someone to promote their interests.",
                "person:zarif",
            ),
            _quote("a1", 3, "selective and contentious", "RUS"),
        ],
    )
    quotes = [
        {"speaker": "Javad Zarif", "fragment": "“positions of Iran and Russia”"},
        {"speaker": "Sergey Lavrov", "fragment": "absolutely the wrong way"},
        {"speaker": "Vladimir Putin", "fragment": "very productive"},
        {"speaker": "RUS", "fragment": "selective and contentious"},
    ]
    persons = [{"name": "Javad Zarif", "country": "IRN", "aliases": ["Zarif"]}]
    result = evaluate_tables([gold(quotes=quotes, persons=persons)], tables)
    assert result.metrics["quotes.recall"] == 3 / 4
    assert result.metrics["quotes.speaker_accuracy"] == 2 / 3
    statuses = result.details[result.details["table"] == "quotes"]["status"].tolist()
    assert statuses == ["hit", "wrong", "miss", "hit"]


def test_dates_value_accuracy_with_context() -> None:
    tables = make_tables(
        articles=[_article("a1", "2018-03-03")],
        sentences=[
            _sentence("a1", 0, "Last month, Kerry met Zarif."),
            _sentence("a1", 1, "In January, Trump took one step further."),
            _sentence("a1", 2, "In January, Russia, China, and France criticized the United States."),
        ],
        dates=[
            _date("a1", 0, "Last month", "2018-02"),
            _date("a1", 1, "In January", "2018-01"),
            _date("a1", 2, "January", "2017-01"),
        ],
    )
    dates = [
        {"text": "Last month", "value": "2018-02"},
        {"text": "January", "value": "2018-01", "context": "took one step"},
        {"text": "In January", "value": "2018-01", "context": "France criticized"},
        {"text": "in 2015", "value": 2015},
    ]
    result = evaluate_tables([gold(dates=dates, published=dt.date(2018, 3, 3))], tables)
    assert result.metrics["dates.accuracy"] == 2 / 4
    assert result.metrics["dates.found"] == 3 / 4
    assert result.metrics["published.accuracy"] == 1.0


def test_stances_as_state_dyads_with_optional_ones_unpenalised() -> None:
    tables = make_tables(
        articles=[_article("a1", None)],
        stances=[
            _stance("a1", 1, "RUS", "IRN", 1),
            _stance("a1", 2, "RUS", "IRN", 1),
            _stance("a1", 3, "RUS", "USA", -1),  # optional: neither hit nor false positive
            _stance("a1", 4, "USA", "RUS", -1),  # false positive
            _stance("a1", 5, "IRN", None, -1),  # no target country: cannot be compared
            _stance("a1", 6, "USA", "USA", -1),  # domestic (police and protesters): not a state dyad
        ],
    )
    result = evaluate_tables(
        [
            gold(
                stances=[
                    {"source": "RUS", "target": "IRN", "sign": "+"},
                    {"source": "IRN", "target": "USA", "sign": "-"},
                ],
                stances_optional=[{"source": "RUS", "target": "USA", "sign": "-"}],
            )
        ],
        tables,
    )
    assert result.metrics["stances.recall"] == 0.5
    assert result.metrics["stances.precision"] == 0.5
    assert result.metrics["stances.f1"] == 0.5
    wrong = result.details[result.details["status"] == "false_positive"]["item"].tolist()
    assert wrong == ["USA->RUS -"]


def test_an_article_missing_from_the_tables_counts_as_missed() -> None:
    tables = make_tables(articles=[_article("a1", None)])
    result = evaluate_tables([gold(file="elsewhere.txt", states=["RUS"], published=None)], tables)
    assert result.metrics["articles.missing"] == 1
    assert result.metrics["states.recall"] == 0.0
    assert result.metrics["published.accuracy"] == 0.0
    assert math.isnan(result.metrics["quotes.recall"])  # not annotated, so not scored


# --- drafting ----------------------------------------------------------------------------------


def test_a_draft_scores_perfectly_against_the_tables_it_came_from() -> None:
    tables = make_tables(
        articles=[_article("a1", "2018-03-03")],
        mentions=[
            _mention("a1", "Lavrov", "person:sergey-lavrov"),
            _mention("a1", "he", "person:sergey-lavrov"),
            _mention("a1", "Moscow", "RUS"),
        ],
        quotes=[
            _quote(
                "a1",
                1,
                "We do not agree that the attempts are being made to look into any issue",
                "person:sergey-lavrov",
            )
        ],
        sentences=[
            _sentence("a1", 0, "In January, Tehran and Moscow agreed."),
            _sentence("a1", 1, "Lavrov said in January 2017 that talks failed."),
        ],
        dates=[_date("a1", 0, "In January", "2018-01"), _date("a1", 1, "in January", "2017-01")],
        stances=[_stance("a1", 1, "RUS", "IRN", 1)],
    )
    draft = draft_gold("a1", tables)
    parsed = parse_gold(yaml.safe_load(draft), Path("draft.yml"))
    assert parsed.file == "a1.txt"
    assert parsed.persons[0].aliases == ("Lavrov",)  # not "he"
    assert parsed.quotes[0].fragment == "We do not agree that the attempts are"
    assert [d.context for d in parsed.dates] == [
        "In January, Tehran and Moscow",
        "Lavrov said in January 2017",
    ]
    assert parsed.stances == frozenset({GoldDyad("RUS", "IRN", 1)})
    metrics = evaluate_tables([parsed], tables).metrics
    for key in (
        "published.accuracy",
        "persons.recall",
        "states.recall",
        "quotes.speaker_accuracy",
        "dates.accuracy",
    ):
        assert metrics[key] == 1.0, key
    assert metrics["stances.f1"] == 1.0


def test_drafting_an_unknown_article_is_refused() -> None:
    with pytest.raises(GoldError, match="not in the articles table"):
        draft_gold("nope", make_tables(articles=[_article("a1", None)]))


# --- the commands --------------------------------------------------------------------------------


@pytest.fixture
def app() -> typer.Typer:
    application = typer.Typer()
    application.command("annotate")(annotate_cli)
    application.command("evaluate")(evaluate_cli)
    return application


@pytest.fixture
def workspace(tmp_path: Path) -> tuple[Path, Path]:
    """A processed folder with one article and a gold folder that finds half its states."""
    processed = tmp_path / "processed"
    tables = make_tables(articles=[_article("a1", None)], mentions=[_mention("a1", "Moscow", "RUS")])
    write_tables(tables, processed, {})
    gold_dir = tmp_path / "gold"
    gold_dir.mkdir()
    (gold_dir / "a1.yml").write_text("file: a1.txt\nstates: [RUS, IRN]\nreviewer: me\n", encoding="utf-8")
    return gold_dir, processed


def test_evaluate_prints_json_and_gates_on_thresholds(app: typer.Typer, workspace: tuple[Path, Path]) -> None:
    gold_dir, processed = workspace
    runner = CliRunner()
    ok = runner.invoke(
        app,
        ["evaluate", str(gold_dir), "--processed", str(processed), "--json", "--min", "states.recall=0.5"],
    )
    assert ok.exit_code == 0, ok.output
    figures = json.loads(ok.stdout)["figures"]
    assert figures["states.recall"] == 0.5
    assert figures["quotes.recall"] is None
    assert json.loads(ok.stdout)["per_article"] == {"a1": {"states": "1/2"}}
    failed = runner.invoke(
        app, ["evaluate", str(gold_dir), "--processed", str(processed), "--min", "states.recall=0.9"]
    )
    assert failed.exit_code == 1
    assert "states.recall = 0.500, needed min 0.9" in failed.stderr
    unknown = runner.invoke(
        app, ["evaluate", str(gold_dir), "--processed", str(processed), "--min", "quotes.recall=0.1"]
    )
    assert unknown.exit_code == 1  # a figure that could not be measured fails its threshold


def test_evaluate_text_output_shows_per_article_and_misses(
    app: typer.Typer, workspace: tuple[Path, Path]
) -> None:
    gold_dir, processed = workspace
    result = CliRunner().invoke(app, ["evaluate", str(gold_dir), "--processed", str(processed), "--details"])
    assert result.exit_code == 0, result.output
    assert "recall                       0.500" in result.stdout
    assert "1/2" in result.stdout  # per article
    assert "IRN" in result.stdout and "miss" in result.stdout


def test_evaluate_dispatches_public_formats(
    app: typer.Typer, workspace: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    gold_dir, _ = workspace
    fake = types.ModuleType("fake_adapter")
    fake.score = lambda path, split: {"quotes": {"f1": 0.75, "split": split}, "n": 10}  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "fake_adapter", fake)
    monkeypatch.setitem(
        commands.ADAPTERS, "fake", commands.Adapter("fake_adapter", "score", {"split": "test"}, gold_dir)
    )
    monkeypatch.setitem(
        commands.ADAPTERS,
        "absent",
        commands.Adapter("relations.evaluation.no_such_module", "score", {}, gold_dir),
    )
    runner = CliRunner()
    result = runner.invoke(app, ["evaluate", "--format", "fake", "--json", "--min", "quotes.f1=0.7"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["figures"] == {"quotes.f1": 0.75, "quotes.split": "test", "n": 10}
    missing = runner.invoke(app, ["evaluate", "--format", "absent"])
    assert missing.exit_code == 2 and "no_such_module" in missing.stderr
    bogus = runner.invoke(app, ["evaluate", "--format", "bogus"])
    assert bogus.exit_code == 2 and "unknown format" in bogus.stderr
    nowhere = runner.invoke(app, ["evaluate", str(gold_dir / "nowhere"), "--format", "fake"])
    assert nowhere.exit_code == 2 and "does not exist" in nowhere.stderr


def test_annotate_writes_a_draft_and_never_overwrites(app: typer.Typer, workspace: tuple[Path, Path]) -> None:
    _, processed = workspace
    out = processed.parent / "drafts" / "a1.yml"
    runner = CliRunner()
    first = runner.invoke(app, ["annotate", "a1", "--processed", str(processed), "--out", str(out)])
    assert first.exit_code == 0, first.output
    assert yaml.safe_load(out.read_text(encoding="utf-8"))["states"] == ["RUS"]
    again = runner.invoke(app, ["annotate", "a1", "--processed", str(processed), "--out", str(out)])
    assert again.exit_code == 2 and "--force" in again.stderr


@pytest.mark.parametrize(
    ("items", "expected"),
    [
        (["persons.recall=0.8"], {"persons.recall": 0.8}),
        ([" dates.accuracy = 0.5 "], {"dates.accuracy": 0.5}),
        (None, {}),
    ],
)
def test_parse_thresholds(items: list[str] | None, expected: dict[str, float]) -> None:
    assert parse_thresholds(items) == expected


@pytest.mark.parametrize("item", ["persons.recall", "=0.5", "persons.recall=high"])
def test_malformed_thresholds_are_refused(item: str) -> None:
    with pytest.raises(ValueError, match="KEY=NUMBER"):
        parse_thresholds([item])


@pytest.mark.parametrize(
    ("key", "value", "shown"),
    [
        ("persons.recall", 0.8, "0.800"),
        ("persons.recall", 1.0, "1.000"),
        ("persons.n", 29.0, "29"),
        ("persons.alias_splits_within", 2.0, "2"),
        ("records", 321, "321"),
        ("quotes.recall", math.nan, "n/a"),
        ("dyad_recall", None, "n/a"),
        ("split.name", "test", "test"),
    ],
)
def test_format_value(key: str, value: object, shown: str) -> None:
    assert format_value(key, value) == shown


def test_check_thresholds_min_and_max() -> None:
    figures = flatten({"persons": {"recall": 0.8}, "not_actors": {"hits": 2.0}})
    assert check_thresholds(figures, {"persons.recall": 0.8}, {"not_actors.hits": 2}) == []
    assert check_thresholds(figures, {"persons.recall": 0.81}, {"not_actors.hits": 1}) == [
        "persons.recall = 0.800, needed min 0.81",
        "not_actors.hits = 2.000, needed max 1",
    ]


# --- the shipped gold ----------------------------------------------------------------------------


def _check_gold_against_text(parsed: Any, text: str) -> list[str]:
    """Everything an annotator typed must occur in the article, or it can never be matched."""
    problems = [f"quote {q.fragment!r}" for q in parsed.quotes or () if not contains_words(text, q.fragment)]
    problems += [
        f"person {p.name!r}"
        for p in parsed.persons or ()
        if not any(contains_words(text, n) for n in p.names)
    ]
    problems += [f"date {d.text!r}" for d in parsed.dates or () if not contains_words(text, d.text)]
    sentences_ok = [d for d in parsed.dates or () if d.context and not contains_words(text, d.context)]
    return problems + [f"date context {d.context!r}" for d in sentences_ok]


@pytest.mark.parametrize("path", sorted(GOLD_DIR.glob("*.yml")), ids=lambda p: p.name)
def test_seed_gold_is_complete_and_matches_its_article(path: Path) -> None:
    (parsed,) = load_gold(path)
    assert parsed.unknown_keys == ()
    for section in ("persons", "states", "not_actors", "quotes", "dates", "stances"):
        assert getattr(parsed, section) is not None, f"{path.name} does not annotate {section}"
    assert parsed.published_annotated
    assert not (parsed.stances & parsed.stances_optional)
    assert _check_gold_against_text(parsed, (RAW_DIR / parsed.file).read_text(encoding="utf-8")) == []


def test_benchmark_gold_matches_the_shared_corpus(shared_dir: Path) -> None:
    texts = {}
    for corpus in sorted((shared_dir / "corpus").glob("*.jsonl")):
        for line in corpus.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            texts[str(row["id"])] = row["text"]
    golds = load_gold(BENCHMARK_GOLD)
    assert len(golds) >= 3
    for parsed in golds:
        assert parsed.file in texts, parsed.file
        assert _check_gold_against_text(parsed, texts[parsed.file]) == [], parsed.file


def test_evaluate_gold_reads_folders(workspace: tuple[Path, Path]) -> None:
    gold_dir, processed = workspace
    assert evaluate_gold(gold_dir, processed).metrics["states.recall"] == 0.5
    with pytest.raises(GoldError, match="no gold files"):
        evaluate_gold(processed, processed)
