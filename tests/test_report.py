"""Reports: analysis helpers, chart publishing, escaping, parameter handling and the report build."""

from __future__ import annotations

import hashlib
import html
import re
from pathlib import Path

import pandas as pd
import pytest
import typer
from typer.testing import CliRunner

from relations import charts, report, schema, tables

ARTICLES = {
    "a1": (
        "2018-03-03",
        "The New Yorker",
        "Russia and Iran deepen ties",
        'Russia and Iran signed a defence pact in January 2018. "We will stand together against '
        'pressure from the United States," Vladimir Putin said. Iran praised Russia.',
    ),
    "a2": (
        "2018-05-10",
        "The Guardian",
        "Tehran rebukes Moscow",
        "Iran criticised Russia over Syria in May 2018. Russia accused the United States of meddling.",
    ),
    "x<script>": (
        None,
        None,
        "<script>alert('title')</script>",
        "Iran said <script>document.body.dataset.pwned = 'yes'</script> nothing about Russia.",
    ),
}
ACTORS = [
    ("RUS", "Russia", "state", "RUS"),
    ("IRN", "Iran", "state", "IRN"),
    ("USA", "United States", "state", "USA"),
    ("person:vladimir-putin", "Vladimir Putin", "person", "RUS"),
]
# (article, surface text, actor id, occurrence)
MENTIONS = [
    ("a1", "Russia", "RUS", 0),
    ("a1", "Iran", "IRN", 0),
    ("a1", "United States", "USA", 0),
    ("a1", "Vladimir Putin", "person:vladimir-putin", 0),
    ("a1", "Iran", "IRN", 1),
    ("a1", "Russia", "RUS", 1),
    ("a2", "Iran", "IRN", 0),
    ("a2", "Russia", "RUS", 0),
    ("a2", "Russia", "RUS", 1),
    ("a2", "United States", "USA", 0),
    ("x<script>", "Iran", "IRN", 0),
    ("x<script>", "Russia", "RUS", 0),
]
# (article, date text, value, granularity)
DATES = [("a1", "January 2018", "2018-01", "month"), ("a2", "May 2018", "2018-05", "month")]
# (article, source, target, src country, tgt country, polarity, intensity, category, date, clause)
STANCES = [
    ("a1", "RUS", "IRN", "RUS", "IRN", 1, 8.0, "agree", "2018-01", "Russia and Iran signed a defence pact"),
    ("a1", "IRN", "RUS", "IRN", "RUS", 1, 3.0, "praise", "2018-03-03", "Iran praised Russia"),
    (
        "a1",
        "person:vladimir-putin",
        "USA",
        "RUS",
        "USA",
        -1,
        -4.0,
        "criticism",
        "2018-03-03",
        "We will stand together against pressure from the United States",
    ),
    ("a2", "IRN", "RUS", "IRN", "RUS", -1, -2.0, "criticism", "2018-05", "Iran criticised Russia over Syria"),
    (
        "a2",
        "RUS",
        "USA",
        "RUS",
        "USA",
        -1,
        -5.0,
        "accuse",
        "2018",
        "Russia accused the United States of meddling",
    ),
    ("x<script>", "IRN", "RUS", "IRN", "RUS", 0, 0.0, "comment", None, "Iran said <script>"),
]


def _sentences(article_id: str, text: str) -> list[dict[str, object]]:
    rows, start = [], 0
    for number, piece in enumerate(text.split(". ")):
        end = start + len(piece) + (0 if start + len(piece) >= len(text) else 1)
        rows.append(
            {
                "article_id": article_id,
                "sentence_id": number,
                "start": start,
                "end": end,
                "text": text[start:end],
            }
        )
        start = end + 1
    return rows


def _sentence_id(sentences: list[dict[str, object]], offset: int) -> int:
    return max(int(s["sentence_id"]) for s in sentences if int(s["start"]) <= offset)


def _find(text: str, needle: str, occurrence: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(needle, start + 1)
    return start, start + len(needle)


def write_sample_tables(folder: Path, with_extractions: bool = True) -> Path:
    """A tiny processed run: three articles (one with markup in it), actors, dates, a quote, stances."""
    folder.mkdir(parents=True, exist_ok=True)
    tables: dict[str, list[dict[str, object]]] = {name: [] for name in schema.TABLE_NAMES}
    texts = {}
    for article_id, (published, source, title, text) in ARTICLES.items():
        texts[article_id] = text
        sentences = _sentences(article_id, text)
        tables["sentences"] += sentences
        tables["articles"].append(
            {
                "article_id": article_id,
                "title": title,
                "source": source,
                "author": None,
                "url": None,
                "published": published,
                "text": text,
                "n_chars": len(text),
                "n_sentences": len(sentences),
                "sha256": hashlib.sha256(text.encode()).hexdigest(),
                "path": f"data/raw/{article_id}.txt",
            }
        )
    tables["problems"].append(
        {
            "path": "data/raw/empty.txt",
            "line": None,
            "article_id": None,
            "stage": "ingest",
            "message": "empty text",
        }
    )
    if with_extractions:
        sentences_of = {a: _sentences(a, t) for a, t in texts.items()}
        tables["actors"] = [
            dict(zip(["actor_id", "name", "kind", "country"], a, strict=True)) for a in ACTORS
        ]
        for article_id, surface, actor_id, occurrence in MENTIONS:
            start, end = _find(texts[article_id], surface, occurrence)
            sentence_id = _sentence_id(sentences_of[article_id], start)
            tables["mentions"].append(
                {"article_id": article_id, "sentence_id": sentence_id, "start": start, "end": end}
                | {"text": surface, "actor_id": actor_id, "rule": "dictionary"}
            )
        for article_id, surface, value, granularity in DATES:
            start, end = _find(texts[article_id], surface)
            tables["dates"].append(
                {"article_id": article_id, "sentence_id": _sentence_id(sentences_of[article_id], start)}
                | {"start": start, "end": end, "text": surface, "value": value, "granularity": granularity}
                | {"rule": "test"}
            )
        quoted = "We will stand together against pressure from the United States,"
        start, end = _find(texts["a1"], quoted)
        tables["quotes"].append(
            {
                "article_id": "a1",
                "sentence_id": 1,
                "start": start,
                "end": end,
                "quote_id": "a1:q0",
                "text": quoted,
            }
            | {"speaker_id": "person:vladimir-putin", "speaker_text": "Vladimir Putin", "cue": "said"}
            | {"kind": "direct", "partial": False}
        )
        for number, (article_id, *row) in enumerate(STANCES):
            source, target, source_country, target_country, polarity, intensity, category, date, clause = row
            start, end = _find(texts[article_id], clause)
            sentence_id = _sentence_id(sentences_of[article_id], start)
            tables["stances"].append(
                {"article_id": article_id, "sentence_id": sentence_id, "start": start, "end": end}
                | {"stance_id": f"{article_id}:s{number}", "source_id": source, "target_id": target}
                | {"source_country": source_country, "target_country": target_country}
                | {"polarity": polarity, "intensity": intensity, "category": category, "hedged": False}
                | {"date": date, "date_source": "expression" if date else None}
                | {"quote_id": "a1:q0" if source.startswith("person") else None}
                | {"evidence": sentences_of[article_id][sentence_id]["text"]}
            )
    for name, rows in tables.items():
        frame = pd.DataFrame(rows, columns=schema.columns(name)) if rows else schema.empty(name)
        schema.validate(name, frame).to_parquet(folder / f"{name}.parquet", index=False)
    return folder


# ---------------------------------------------------------------- fixtures


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> tables.Tables:
    return tables.load_tables(write_sample_tables(tmp_path_factory.mktemp("processed")))


@pytest.fixture(scope="module")
def bare(tmp_path_factory: pytest.TempPathFactory) -> tables.Tables:
    """Articles only: what a run looks like before the extractors land."""
    return tables.load_tables(write_sample_tables(tmp_path_factory.mktemp("bare"), with_extractions=False))


# ---------------------------------------------------------------- loading and parameters


def test_load_tables_without_articles_says_to_extract(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="relations extract"):
        tables.load_tables(tmp_path)


def test_load_tables_treats_a_missing_table_as_empty(tmp_path: Path) -> None:
    write_sample_tables(tmp_path)
    (tmp_path / "stances.parquet").unlink()
    loaded = tables.load_tables(tmp_path)
    assert loaded.stances.empty
    assert list(loaded.stances.columns) == schema.columns("stances")


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("a1", "a1"),
        ("../../etc/passwd", "etc_passwd"),
        ("..", "_"),
        ("x<script>", "x_script"),
        ("Россия", "_"),
        ("2018-03-03_robin.wright", "2018-03-03_robin.wright"),
    ],
)
def test_safe_filename_cannot_leave_its_folder(value: str, expected: str) -> None:
    assert tables.safe_filename(value) == expected


@pytest.mark.parametrize("article_id", ["a1", "../../evil", "x<script>", "a/b", "a_b"])
def test_article_stem_stays_inside_reports_and_is_unique(tmp_path: Path, article_id: str) -> None:
    stem = report.article_stem(article_id)
    assert (tmp_path / "articles" / f"{stem}.html").resolve().parent == (tmp_path / "articles").resolve()
    assert report.article_stem("a/b") != report.article_stem("a_b")


def test_unknown_actor_stops_naming_the_valid_ones(sample: tables.Tables) -> None:
    with pytest.raises(tables.ParameterError, match="unknown actor 'Narnia'.*IRN, RUS, USA"):
        tables.resolve_actor("Narnia", sample)


@pytest.mark.parametrize(
    ("value", "expected"),
    [("RUS", "RUS"), ("vladimir putin", "person:vladimir-putin"), ("", "RUS")],
)
def test_resolve_actor_by_id_name_or_most_mentioned(sample: tables.Tables, value: str, expected: str) -> None:
    assert tables.resolve_actor(value, sample) == expected


def test_resolve_actor_without_mentions_gives_no_actor(bare: tables.Tables) -> None:
    assert tables.resolve_actor("", bare) == ""
    assert tables.actor_profile(bare, "").summary.empty


def test_unknown_article_stops_naming_the_valid_ones(sample: tables.Tables) -> None:
    with pytest.raises(
        tables.ParameterError, match="unknown article id 'nope'; valid values: a1, a2, x<script>"
    ):
        tables.resolve_article("nope", sample)


def test_dyad_is_checked_only_once_something_was_extracted(
    sample: tables.Tables, bare: tables.Tables
) -> None:
    assert tables.check_dyad("RUS", "IRN", bare) == ("RUS", "IRN")
    with pytest.raises(tables.ParameterError, match="unknown target actor or country 'XXX'.*IRN"):
        tables.check_dyad("RUS", "XXX", sample)


# ---------------------------------------------------------------- analysis helpers


def test_articles_by_source_month_counts_undated_separately(sample: tables.Tables) -> None:
    counts = tables.articles_by_source_month(sample.articles)
    assert set(map(tuple, counts.to_numpy())) == {
        ("The New Yorker", "2018-03", 1),
        ("The Guardian", "2018-05", 1),
        (tables.UNKNOWN_SOURCE, "undated", 1),
    }


def test_top_actors_counts_mentions_and_articles(sample: tables.Tables) -> None:
    top = tables.top_actors(sample, n=2)
    assert list(top["actor_id"]) == ["RUS", "IRN"]
    assert list(top["mentions"]) == [5, 4]
    assert list(top["articles"]) == [3, 3]


def test_top_actors_by_kind_ranks_within_each_kind(sample: tables.Tables) -> None:
    top = tables.top_actors_by_kind(sample, n=2)
    assert top[["kind", "actor_id"]].values.tolist() == [
        ["state", "RUS"],
        ["state", "IRN"],
        ["person", "person:vladimir-putin"],
    ]


def test_co_mentions_count_shared_sentences(sample: tables.Tables) -> None:
    edges = tables.co_mentions(sample.mentions)
    pairs = {(a, b): n for a, b, n in edges.itertuples(index=False)}
    assert pairs[("IRN", "RUS")] == 4
    assert pairs[("USA", "person:vladimir-putin")] == 1
    assert ("IRN", "USA") not in pairs


@pytest.mark.parametrize(
    ("freq", "periods", "undated", "too_coarse"),
    [
        ("M", {("RUS → IRN", "2018-01"), ("IRN → RUS", "2018-03"), ("IRN → RUS", "2018-05")}, 1, 0),
        ("Y", {("RUS → IRN", "2018"), ("IRN → RUS", "2018")}, 1, 0),
        ("D", {("IRN → RUS", "2018-03-03")}, 1, 2),
    ],
)
def test_dyad_timeline_never_places_a_date_finer_than_it_is(
    sample: tables.Tables, freq: str, periods: set[tuple[str, str]], undated: int, too_coarse: int
) -> None:
    timeline = tables.dyad_timeline(sample.stances, "RUS", "IRN", freq)
    assert set(zip(timeline.periods["direction"], timeline.periods["period"], strict=True)) == periods
    assert (timeline.undated, timeline.too_coarse) == (undated, too_coarse)


def test_dyad_timeline_puts_cooperation_above_and_conflict_below(sample: tables.Tables) -> None:
    periods = tables.dyad_timeline(sample.stances, "IRN", "RUS", "Y").periods.set_index("direction")
    row = periods.loc["IRN → RUS"]
    assert (row["cooperation"], row["conflict"]) == (3.0, -2.0)
    assert (row["n_cooperation"], row["n_conflict"], row["n_neutral"]) == (1, 1, 0)


def test_country_codes_include_the_people_of_that_country(sample: tables.Tables) -> None:
    timeline = tables.dyad_timeline(sample.stances, "RUS", "USA", "Y")
    assert int(timeline.periods["n_conflict"].sum()) == 2  # Putin's quote and Russia's accusation


def test_strongest_evidence_comes_first_with_its_sentence(sample: tables.Tables) -> None:
    timeline = tables.dyad_timeline(sample.stances, "RUS", "IRN", "M")
    evidence = tables.strongest_evidence(timeline.stances, sample.articles, n=1)
    assert evidence.loc[0, "intensity"] == 8.0
    assert evidence.loc[0, "evidence"].startswith("Russia and Iran signed a defence pact")
    assert evidence.loc[0, "title"] == "Russia and Iran deepen ties"


@pytest.mark.parametrize(
    ("start", "end", "kept"),
    [
        ("", "", 6),
        ("2018-03", "2018-04", 3),  # 2018-03-03 twice, and the year-only 2018 overlaps
        ("2018-05-01", "", 2),
        ("", "2017", 0),
    ],
)
def test_filter_by_date_keeps_overlapping_dates(
    sample: tables.Tables, start: str, end: str, kept: int
) -> None:
    window = tables.filter_by_date(sample.stances, start, end)
    assert len(window.stances) == kept
    assert window.left_out == len(sample.stances) - kept


def test_filter_by_date_refuses_a_malformed_bound(sample: tables.Tables) -> None:
    with pytest.raises(tables.ParameterError, match="not an ISO date"):
        tables.filter_by_date(sample.stances, "March 2018")


def test_stance_matrix_is_mean_signed_intensity_with_counts(sample: tables.Tables) -> None:
    matrix = tables.stance_matrix(sample.stances, n=3)
    assert matrix.net.loc["RUS", "IRN"] == 8.0
    assert matrix.net.loc["RUS", "USA"] == -4.5
    assert matrix.net.loc["IRN", "RUS"] == pytest.approx((3.0 - 2.0 + 0.0) / 3)
    assert matrix.counts.loc["IRN", "RUS"] == 3
    assert matrix.counts.loc["USA", "RUS"] == 0


def test_unidentified_attackers_are_no_states_stance(sample: tables.Tables) -> None:
    # an attack nobody is named for is placed in a state (ICEWS's convention), not done by it
    attack = sample.stances.iloc[[0]].assign(
        source_id="group:rus-unidentified", source_country="RUS", target_id="IRN", target_country="IRN",
        polarity=-1, intensity=-10.0, category="assault",
    )  # fmt: skip
    stances = pd.concat([sample.stances, attack], ignore_index=True)
    assert tables.stance_matrix(stances, n=3).net.loc["RUS", "IRN"] == 8.0
    by_country = tables.dyad_timeline(stances, "RUS", "IRN", freq="Y").periods
    assert (
        by_country["n_conflict"].sum()
        == tables.dyad_timeline(sample.stances, "RUS", "IRN", freq="Y").periods["n_conflict"].sum()
    )
    by_id = tables.dyad_timeline(stances, "group:rus-unidentified", "IRN", freq="Y").periods
    assert by_id["n_conflict"].sum() == 1


def test_voices_count_quotes_subjects_and_polarity(sample: tables.Tables) -> None:
    speakers = tables.voices(sample)
    putin = speakers.set_index("speaker_id").loc["person:vladimir-putin"]
    assert (putin["speaker"], putin["quotes"], putin["about"]) == ("Vladimir Putin", 1, "United States")
    assert (putin["stances"], putin["net_polarity"]) == (1, -1.0)


def test_helpers_return_empty_frames_before_extractors_land(bare: tables.Tables) -> None:
    assert tables.top_actors(bare).empty
    assert tables.co_mention_graph(bare).number_of_nodes() == 0
    assert tables.dyad_timeline(bare.stances, "RUS", "IRN").periods.empty
    assert tables.stance_matrix(bare.stances).pairs.empty
    assert tables.voices(bare).empty
    assert tables.quote_list(bare).empty


# ---------------------------------------------------------------- charts and HTML


def test_publish_saves_png_svg_and_csv(sample: tables.Tables, tmp_path: Path) -> None:
    chart = charts.top_actors(tables.top_actors(sample), tmp_path)
    assert isinstance(chart, charts.Chart)
    assert chart.saved.png.read_bytes().startswith(b"\x89PNG")
    assert "<svg" in chart.saved.svg.read_text()
    assert pd.read_csv(chart.saved.csv)["actor_id"].tolist()[:2] == ["RUS", "IRN"]
    assert 'alt="Mentions of the 4 most-mentioned actors' in chart._repr_html_()
    assert not list(tmp_path.glob(".*"))  # no temporary files left behind


def test_charts_explain_what_is_missing_instead_of_drawing(bare: tables.Tables, tmp_path: Path) -> None:
    notice = charts.dyad_timeline(tables.dyad_timeline(bare.stances, "RUS", "IRN"), "M", tmp_path)
    assert isinstance(notice, tables.Notice)
    assert "no dated stances" in notice.message
    assert not list(tmp_path.iterdir())


def test_highlighted_article_escapes_markup(sample: tables.Tables) -> None:
    rendered = charts.highlighted_article(sample, "x<script>").html
    assert "<script>" not in rendered
    body = rendered.split('<div class="relations-article">', 1)[1]
    # Every character of the article comes back once tags are removed and entities decoded.
    assert html.unescape(re.sub(r"<[^>]+>", "", body)) == ARTICLES["x<script>"][3]


def test_highlighted_article_marks_overlapping_layers(sample: tables.Tables) -> None:
    rendered = charts.highlighted_article(sample, "a1").html
    assert (
        '<span class="hl-actor hl-quote hl-stance" title="United States (USA); quote by Vladimir Putin;'
        in rendered
    )
    assert '<span class="hl-date" title="date: 2018-01">January 2018</span>' in rendered


def test_html_tables_escape_cells(sample: tables.Tables) -> None:
    rendered = tables.HtmlTable(sample.articles[["article_id", "title"]])._repr_html_()
    assert "<script>" not in rendered
    assert "<td>&lt;script&gt;alert('title')&lt;/script&gt;</td>" in rendered


# ---------------------------------------------------------------- report parameters and CLI


@pytest.mark.parametrize(
    ("value", "type_name", "expected"),
    [
        ("12", "int", 12),
        ("0.5", "float", 0.5),
        ("yes", "bool", True),
        ("False", "bool", False),
        ("RUS", "str", "RUS"),
    ],
)
def test_cli_strings_become_the_declared_type(value: str, type_name: str, expected: object) -> None:
    assert report.coerce_parameter(value, report.Parameter("p", type_name, "None")) == expected


@pytest.mark.parametrize(("value", "type_name"), [("ten", "int"), ("maybe", "bool")])
def test_wrongly_typed_parameters_are_refused(value: str, type_name: str) -> None:
    with pytest.raises(report.ReportError, match="parameter p expects"):
        report.coerce_parameter(value, report.Parameter("p", type_name, "None"))


def test_notebook_parameters_are_read_with_types() -> None:
    declared = report.declared_parameters(report.find_notebook("dyad_timeline"))
    assert declared["source"] == report.Parameter("source", "str", '"RUS"')
    assert declared["n_evidence"].type_name == "int"


@pytest.mark.parametrize(
    ("keys", "values", "expected"),
    [
        (["source", "target"], ["USA", "RUS"], {"source": "USA", "target": "RUS"}),
        (["source=USA", "freq"], ["Q"], {"source": "USA", "freq": "Q"}),
        ([], [], {}),
    ],
)
def test_cli_parameter_pairs(keys: list[str], values: list[str], expected: dict[str, str]) -> None:
    assert report.pair_parameters(keys, values) == expected


def test_unknown_notebook_and_parameter_name_the_valid_ones() -> None:
    with pytest.raises(report.ReportError, match="unknown notebook 'charts'; valid names: corpus_overview"):
        report.find_notebook("charts")
    with pytest.raises(report.ReportError, match="unknown parameter.*colour.*valid:.*source"):
        report.check_parameters([report.find_notebook("dyad_timeline")], {"colour": "red"})


def test_report_stem_names_non_default_parameters() -> None:
    path = report.find_notebook("dyad_timeline")
    assert report.report_stem(path, {"source": "RUS", "target": "IRN", "reports_dir": "/x"}) == path.stem
    assert report.report_stem(path, {"source": "USA", "target": "IRN"}) == f"{path.stem}__source-USA"


def test_report_cli_reports_an_unknown_actor_without_running(tmp_path: Path) -> None:
    processed = write_sample_tables(tmp_path / "processed")
    app = typer.Typer()
    app.command()(report.report_cli)
    result = CliRunner().invoke(
        app, ["--notebook", "article_report", "-p", "article_id", "zzz", "--processed", str(processed)]
    )
    assert result.exit_code == 1
    assert "unknown article id(s) zzz; valid: a1, a2, x<script>" in result.output


def test_html_tables_leave_missing_values_blank_and_keep_cells_on_one_line() -> None:
    frame = pd.DataFrame(
        {"evidence": pd.array(["Iran praised Russia.\n\n", None], dtype="string"), "n": [1, 2]}
    )
    rendered = tables.HtmlTable(frame)._repr_html_()
    assert "<td>Iran praised Russia.</td>" in rendered
    assert "<td></td>" in rendered
    assert "NA" not in rendered


# ---------------------------------------------------------------- evaluation


def test_evaluation_is_skipped_without_gold() -> None:
    evaluation = tables.evaluate("")
    assert "evaluation skipped" in evaluation.status.message
    assert evaluation.scores.empty


def test_evaluation_refuses_a_missing_gold_folder(tmp_path: Path) -> None:
    with pytest.raises(tables.ParameterError, match="does not exist"):
        tables.evaluate(str(tmp_path / "nowhere"))


def test_evaluation_chart_shows_rates_not_counts() -> None:
    metrics = {
        "stances.precision": 0.75,
        "stances.n": 22.0,
        "articles.missing": 0.0,
        "dates.accuracy": float("nan"),
    }
    assert tables.evaluation_scores(metrics)["metric"].tolist() == ["stances.precision"]


def test_a_dyad_needs_two_different_actors(sample: tables.Tables) -> None:
    with pytest.raises(tables.ParameterError, match="two different actors"):
        tables.check_dyad("RUS", "RUS", sample)


def test_a_long_timeline_keeps_its_labels_readable(sample: tables.Tables, tmp_path: Path) -> None:
    months = pd.period_range("2011-01", "2019-12", freq="M").astype(str)
    stances = pd.concat([sample.stances.iloc[[0]]] * len(months), ignore_index=True).assign(date=months)
    chart = charts.dyad_timeline(tables.dyad_timeline(stances, "RUS", "IRN", "M"), "M", tmp_path)
    labels = [label.get_text() for label in chart.figure.axes[0].get_xticklabels()]
    assert 20 <= len(labels) <= charts.MAX_PERIOD_LABELS
    assert labels[0] == "2011-01"
    assert "counts in the CSV" in chart.caption  # 108 bars are too many to number
