"""Charts for the notebooks: seaborn/matplotlib, colour-blind-safe, captioned, saved for reuse.

Every chart function takes the frame an analysis helper in ``relations.tables`` returned, draws it,
and publishes it: PNG and SVG of the figure plus the CSV of the frame behind it, under the run's
figures folder. With nothing to draw it returns a :class:`~relations.tables.Notice` instead.
"""

from __future__ import annotations

import base64
import html
import logging
import os
import tempfile
import textwrap
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

import matplotlib.pyplot as plt
import networkx as nx
import pandas as pd
import seaborn as sns
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

from relations.tables import (
    FREQUENCY_NAMES,
    DyadTimeline,
    Notice,
    StanceMatrix,
    Tables,
    actor_names,
    direction_label,
    safe_filename,
)

logger = logging.getLogger(__name__)

PALETTE = "colorblind"  # seaborn's colour-blind-safe qualitative palette
DIVERGING = "RdBu"  # ColorBrewer diverging, colour-blind safe; red = conflict, blue = cooperation
COOPERATION_COLOUR, CONFLICT_COLOUR = sns.color_palette(DIVERGING, 7)[6], sns.color_palette(DIVERGING, 7)[0]
KIND_ORDER = ["state", "person", "organization", "group", "unknown"]


class SavedFigure(NamedTuple):
    png: Path
    svg: Path
    csv: Path


class Chart(NamedTuple):
    """A published chart: shown in a notebook as its PNG with the caption as alternative text."""

    figure: Figure
    saved: SavedFigure
    caption: str

    def _repr_html_(self) -> str:
        encoded = base64.b64encode(self.saved.png.read_bytes()).decode("ascii")
        alt = html.escape(self.caption, quote=True)
        return (
            f'<img class="relations-chart" src="data:image/png;base64,{encoded}" alt="{alt}" '
            'style="max-width: 100%; height: auto;">'
        )


def use_theme() -> None:
    """Readable fonts and the colour-blind palette for every chart in a notebook."""
    sns.set_theme(context="notebook", style="whitegrid", palette=PALETTE, font_scale=1.1)
    plt.rcParams.update({"figure.dpi": 100, "savefig.dpi": 150, "svg.fonttype": "none"})


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


# Read once at import: os.umask can only be read by setting it, which must not race with other threads.
_FILE_MODE = 0o666 & ~_umask()


def write_atomically(path: Path, write: Callable[[Path], None]) -> None:
    """Write through a temporary file in the same folder, then rename, so readers never see half a file.

    mkstemp creates the file private (0600); reports are for sharing, so the usual mode is restored.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=path.suffix)
    os.close(handle)
    try:
        write(Path(temporary))
        os.chmod(temporary, _FILE_MODE)
        os.replace(temporary, path)
    finally:
        if os.path.exists(temporary):
            os.remove(temporary)


def add_caption(fig: Figure, caption: str) -> None:
    """A caption under the axes saying what the data is (kept inside the saved image)."""
    wrapped = "\n".join(textwrap.wrap(caption, width=int(fig.get_figwidth() * 14)))
    fig.text(0.01, -0.01, wrapped, ha="left", va="top", fontsize=9, color="#333333")


def publish(fig: Figure, data: pd.DataFrame, name: str, caption: str, figures_dir: Path) -> Chart:
    """Caption ``fig``, save it as PNG and SVG and ``data`` as CSV under ``figures_dir``.

    The figure is closed so the inline backend does not draw it a second time; the returned Chart
    shows the saved PNG, so the notebook displays exactly the file a journalist reuses.
    """
    fig.tight_layout()  # tick labels inside the figure, so the caption below cannot overlap them
    add_caption(fig, caption)
    stem = safe_filename(name)
    saved = SavedFigure(figures_dir / f"{stem}.png", figures_dir / f"{stem}.svg", figures_dir / f"{stem}.csv")
    for path in (saved.png, saved.svg):
        write_atomically(
            path, lambda tmp, fmt=path.suffix[1:]: fig.savefig(tmp, format=fmt, bbox_inches="tight")
        )
    write_atomically(saved.csv, lambda tmp: data.to_csv(tmp, index=False))
    logger.info("saved %s (.png, .svg, .csv)", saved.png.with_suffix(""))
    plt.close(fig)
    return Chart(fig, saved, caption)


def _barh(data: pd.DataFrame, x: str, y: str, hue: str | None, title: str, xlabel: str) -> Figure:
    height = max(2.5, 0.35 * data[y].nunique() + 1.2)
    fig, ax = plt.subplots(figsize=(8, height))
    sns.barplot(
        data=data, x=x, y=y, hue=hue, ax=ax, palette=PALETTE if hue else None, dodge=False, orient="h"
    )
    ax.set_title(title)
    ax.set_xlabel(xlabel)
    ax.set_ylabel("")
    if pd.api.types.is_integer_dtype(data[x]):
        ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    if hue:
        ax.legend(title=hue, loc="lower right", fontsize=9)
    return fig


MAX_PERIOD_LABELS = 40  # beyond this, every k-th period is labelled so labels stay readable
MAX_ANNOTATED_PERIODS = 48  # beyond this, per-bar counts would overlap; they stay in the CSV


def _period_width(n_periods: int) -> float:
    """Figure width for a chart with one bar per period: wider with more periods, within reason."""
    return min(16.0, max(6.0, 0.45 * n_periods + 3))


def _label_periods(ax: plt.Axes, labels: list[str], rotation: int = 45) -> None:
    """Label the period axis, thinned to at most MAX_PERIOD_LABELS labels."""
    step = max(1, -(-len(labels) // MAX_PERIOD_LABELS))
    positions = list(range(len(labels)))[::step]
    ax.set_xticks(positions, labels[::step], rotation=rotation, ha="right" if rotation else "center")


# ---------------------------------------------------------------- corpus overview


def articles_by_month(counts: pd.DataFrame, figures_dir: Path) -> Chart | Notice:
    """Stacked bars: articles per publication month, one colour per source."""
    if counts.empty:
        return Notice("no articles in the processed tables")
    table = counts.pivot_table(
        index="month", columns="source", values="articles", aggfunc="sum", fill_value=0
    )
    fig, ax = plt.subplots(figsize=(_period_width(len(table)), 4.5))
    table.plot.bar(stacked=True, ax=ax, color=sns.color_palette(PALETTE, len(table.columns)), width=0.8)
    _label_periods(ax, list(table.index))
    ax.set_title("Articles by month and source")
    ax.set_xlabel("Publication month")
    ax.set_ylabel("Articles")
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    ax.legend(title="Source", fontsize=9, bbox_to_anchor=(1.01, 1), loc="upper left")
    caption = f"{int(counts['articles'].sum())} articles from {counts['source'].nunique()} sources; "
    caption += "'undated' collects articles without a publication date."
    return publish(fig, counts, "corpus_articles_by_month", caption, figures_dir)


def article_lengths(lengths: pd.DataFrame, figures_dir: Path) -> Chart | Notice:
    """Histogram of article length in words, coloured by source."""
    if lengths.empty:
        return Notice("no articles in the processed tables")
    fig, ax = plt.subplots(figsize=(8, 4))
    sns.histplot(data=lengths, x="n_words", hue="source", multiple="stack", ax=ax, palette=PALETTE, bins=20)
    ax.set_title("Article length")
    ax.set_xlabel("Words per article")
    ax.set_ylabel("Articles")
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    median = lengths["n_words"].median()
    caption = f"Length of the cleaned body text of {len(lengths)} articles (median {median:.0f} words)."
    return publish(fig, lengths, "corpus_article_lengths", caption, figures_dir)


# ---------------------------------------------------------------- actors


def top_actors(top: pd.DataFrame, figures_dir: Path, name: str = "actors_top") -> Chart | Notice:
    """Horizontal bars of mentions for the most-mentioned actors, coloured by kind."""
    if top.empty:
        return Notice("no actor mentions yet: the actors extractor has not produced any")
    data = top.assign(kind=top["kind"].fillna("unknown"), label=top["name"])
    fig = _barh(data, "mentions", "label", "kind", "Most-mentioned actors", "Mentions")
    caption = f"Mentions of the {len(top)} most-mentioned actors across the corpus, by actor kind."
    return publish(fig, top, name, caption, figures_dir)


def top_actors_by_kind(top: pd.DataFrame, figures_dir: Path) -> Chart | Notice:
    """One panel per actor kind: the most-mentioned people, states, organisations and groups."""
    if top.empty:
        return Notice("no actor mentions yet: the actors extractor has not produced any")
    data = top.assign(kind=top["kind"].fillna("unknown"))
    kinds = [k for k in KIND_ORDER if k in set(data["kind"])]
    colours = dict(zip(KIND_ORDER, sns.color_palette(PALETTE, len(KIND_ORDER)), strict=True))
    counts = data["kind"].value_counts()
    fig, axes = plt.subplots(
        len(kinds),
        1,
        figsize=(8, 0.34 * len(data) + 1.1 * len(kinds) + 0.6),
        height_ratios=[counts[k] + 1 for k in kinds],
        squeeze=False,
    )
    for ax, kind in zip(axes[:, 0], kinds, strict=True):
        part = data[data["kind"] == kind]
        ax.barh(part["name"], part["mentions"], color=colours[kind])
        ax.invert_yaxis()  # most mentioned on top
        ax.set_title(f"{kind}s" if kind != "unknown" else "kind unknown", loc="left", fontsize=12)
        ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    axes[-1, 0].set_xlabel("Mentions")
    fig.suptitle("Most-mentioned actors by kind", fontsize=14)
    fig.tight_layout()
    caption = f"Mentions across the corpus of the most-mentioned actors of each kind ({len(top)} actors)."
    return publish(fig, top, "actors_top_by_kind", caption, figures_dir)


def co_mention_network(graph: nx.Graph, edges: pd.DataFrame, figures_dir: Path) -> Chart | Notice:
    """The co-mention network: node size by mentions, colour by kind, edge width by shared sentences."""
    if graph.number_of_edges() == 0:
        return Notice("no two actors are mentioned in the same sentence yet, so there is no network to draw")
    graph = graph.subgraph([n for n in graph if graph.degree(n) > 0])
    fig, ax = plt.subplots(figsize=(10, 8))
    # A fixed seed keeps the drawing stable between runs; k spreads nodes so labels stay apart.
    layout = nx.spring_layout(graph, seed=7, k=2.5 / max(1, len(graph)) ** 0.5, iterations=200, weight=None)
    colours = dict(zip(KIND_ORDER, sns.color_palette(PALETTE, len(KIND_ORDER)), strict=True))
    mentions = [graph.nodes[n]["mentions"] for n in graph]
    largest = max(mentions)
    weights = [graph.edges[e]["weight"] for e in graph.edges]
    heaviest = max(weights)
    nx.draw_networkx_edges(
        graph,
        layout,
        ax=ax,
        width=[0.8 + 5 * w / heaviest for w in weights],
        alpha=0.45,
        edge_color="#555555",
    )
    nx.draw_networkx_nodes(
        graph,
        layout,
        ax=ax,
        node_size=[150 + 1800 * m / largest for m in mentions],
        node_color=[colours.get(graph.nodes[n]["kind"], colours["unknown"]) for n in graph],
        edgecolors="white",
    )
    labels = {n: graph.nodes[n]["name"] for n in graph}
    nx.draw_networkx_labels(
        graph,
        layout,
        labels,
        ax=ax,
        font_size=10,
        bbox={"facecolor": "white", "alpha": 0.75, "lw": 0, "pad": 1},
    )
    present = sorted({graph.nodes[n]["kind"] for n in graph}, key=KIND_ORDER.index)
    handles = [
        plt.Line2D([], [], marker="o", ls="", color=colours[k], markersize=10, label=k) for k in present
    ]
    ax.legend(handles=handles, title="Actor kind", loc="upper left", bbox_to_anchor=(1.0, 1.0))
    ax.set_title("Who is mentioned with whom")
    ax.set_axis_off()
    caption = (
        f"{len(graph)} most-mentioned actors; a line joins two actors named in the same sentence, "
        f"thicker for more sentences (at most {heaviest}). Node size follows mentions."
    )
    return publish(fig, edges, "actors_co_mention_network", caption, figures_dir)


def mentions_over_time(by_month: pd.DataFrame, label: str, figures_dir: Path) -> Chart | Notice:
    """Bars of one actor's mentions per publication month."""
    if by_month.empty:
        return Notice(f"{label} is not mentioned in any article")
    fig, ax = plt.subplots(figsize=(_period_width(len(by_month)), 3.8))
    sns.barplot(data=by_month, x="month", y="mentions", ax=ax, color=sns.color_palette(PALETTE)[0])
    _label_periods(ax, list(by_month["month"]))
    ax.set_title(f"Mentions of {label} by month")
    ax.set_xlabel("Publication month")
    ax.set_ylabel("Mentions")
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    caption = f"Mentions of {label} per month of publication ({int(by_month['mentions'].sum())} in all)."
    return publish(fig, by_month, f"actor_{label}_mentions_by_month", caption, figures_dir)


# ---------------------------------------------------------------- stances


def dyad_timeline(timeline: DyadTimeline, freq: str, figures_dir: Path) -> Chart | Notice:
    """One panel per direction: cooperation above the axis, conflict below, weighted, with counts."""
    periods = timeline.periods
    if periods.empty:
        skipped = (
            f" ({timeline.undated} undated, {timeline.too_coarse} dated too coarsely)"
            if (timeline.undated or timeline.too_coarse)
            else ""
        )
        return Notice(f"no dated stances between these actors yet{skipped}")
    directions = [
        direction_label(timeline.source, timeline.target),
        direction_label(timeline.target, timeline.source),
    ]
    # Every period between the first and the last, so quiet months show as gaps, not as nothing.
    spans = pd.PeriodIndex(sorted(periods["period"].unique()), freq=freq)
    order = [str(p) for p in pd.period_range(spans.min(), spans.max(), freq=freq)]
    fig, axes = plt.subplots(2, 1, figsize=(_period_width(len(order)) + 1, 7.2))
    limit = max(periods["cooperation"].max(), -periods["conflict"].min(), 1.0) * 1.25
    annotate = len(order) <= MAX_ANNOTATED_PERIODS
    for ax, direction in zip(axes, directions, strict=True):
        rows = periods[periods["direction"] == direction].set_index("period").reindex(order)
        positions = range(len(order))
        ax.bar(positions, rows["cooperation"].fillna(0), color=COOPERATION_COLOUR, label="cooperation")
        ax.bar(positions, rows["conflict"].fillna(0), color=CONFLICT_COLOUR, label="conflict")
        for x, (_, row) in zip(positions, rows.iterrows(), strict=True):
            if annotate and pd.notna(row["n_cooperation"]) and row["n_cooperation"]:
                ax.text(
                    x,
                    row["cooperation"],
                    f"{int(row['n_cooperation'])}",
                    ha="center",
                    va="bottom",
                    fontsize=8,
                )
            if annotate and pd.notna(row["n_conflict"]) and row["n_conflict"]:
                ax.text(x, row["conflict"], f"{int(row['n_conflict'])}", ha="center", va="top", fontsize=8)
        ax.axhline(0, color="black", lw=0.8)
        ax.set_ylim(-limit, limit)
        margin = max(0.6, (4 - len(order)) / 2)  # keep a lone period from becoming one huge bar
        ax.set_xlim(-margin, len(order) - 1 + margin)
        _label_periods(ax, order)
        ax.set_title(direction)
        ax.set_ylabel("Σ intensity (Goldstein)")
        ax.set_xlabel(f"Event date ({FREQUENCY_NAMES[freq]})")
    fig.suptitle("Cooperation and conflict over time", fontsize=14)
    fig.tight_layout()
    axes[0].legend(loc="lower left", bbox_to_anchor=(1.0, 1.0), fontsize=9, frameon=False)
    caption = (
        f"{len(timeline.stances)} stances placed by event date; bar height is the summed Goldstein "
        + ("intensity, numbers are stance counts. " if annotate else "intensity (counts in the CSV). ")
        + f"Not shown: {timeline.undated} undated, {timeline.too_coarse} with a date coarser than a "
        f"{FREQUENCY_NAMES[freq]}."
    )
    name = f"dyad_{timeline.source}_{timeline.target}_{freq}"
    return publish(fig, periods, name, caption, figures_dir)


def stance_heatmap(matrix: StanceMatrix, period_label: str, figures_dir: Path) -> Chart | Notice:
    """Heatmap of net stance between states; each cell shows the mean signed intensity and the count."""
    if matrix.pairs.empty:
        return Notice("no stances between states (with countries on both sides) in this period yet")
    net, counts = matrix.net, matrix.counts
    labels = net.copy().astype("object")
    for source in net.index:
        for target in net.columns:
            n = counts.loc[source, target]
            labels.loc[source, target] = f"{net.loc[source, target]:+.1f}\n({n})" if n else ""
    size = max(5.0, 0.7 * len(net) + 2.5)
    fig, ax = plt.subplots(figsize=(size + 1.5, size))
    sns.heatmap(
        net.astype("float64"),
        annot=labels.to_numpy(),
        fmt="",
        cmap=DIVERGING,
        center=0,
        vmin=-10,
        vmax=10,
        linewidths=0.5,
        linecolor="#dddddd",
        cbar_kws={"label": "net stance (mean signed Goldstein intensity)"},
        annot_kws={"fontsize": 9},
        ax=ax,
    )
    ax.grid(False)
    ax.set_facecolor("#e6e6e6")  # cells without stances, told apart from a net stance of zero (white)
    ax.set_title(f"Net stance between states, {period_label}")
    ax.set_xlabel("Target")
    ax.set_ylabel("Source")
    caption = (
        f"{int(matrix.pairs['stances'].sum())} stances between the {len(net)} states most involved; "
        "blue is cooperative, red conflictual; (n) is the number of stances; grey cells have none."
    )
    return publish(fig, matrix.pairs, f"stance_matrix_{period_label}", caption, figures_dir)


# ---------------------------------------------------------------- voices


def voices(speakers: pd.DataFrame, figures_dir: Path) -> Chart | Notice:
    """Bars of quotes per speaker, coloured by the net polarity of the speaker's quoted stances."""
    if speakers.empty:
        return Notice("no quotes yet: the quotes extractor has not produced any")
    data = speakers.assign(
        polarity=pd.cut(
            speakers["net_polarity"], [-1.01, -0.2, 0.2, 1.01], labels=["conflictual", "mixed", "cooperative"]
        )
        .astype("string")
        .fillna("no stance")
    )
    order = ["cooperative", "mixed", "conflictual", "no stance"]
    colours = dict(zip(order, [COOPERATION_COLOUR, "#999999", CONFLICT_COLOUR, "#dddddd"], strict=True))
    height = max(2.5, 0.35 * len(data) + 1.2)
    fig, ax = plt.subplots(figsize=(8, height))
    sns.barplot(
        data=data,
        x="quotes",
        y="speaker",
        hue="polarity",
        hue_order=order,
        palette=colours,
        dodge=False,
        ax=ax,
    )
    ax.set_title("Who is quoted")
    ax.set_xlabel("Quotes")
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_ylabel("")
    ax.legend(title="Stance in quotes", fontsize=9, loc="lower right")
    caption = (
        f"Quotes per speaker ({int(data['quotes'].sum())} quotes); colour is the mean polarity of the "
        "stances their quotes carry, grey when none."
    )
    return publish(fig, speakers, "voices_speakers", caption, figures_dir)


# ---------------------------------------------------------------- evaluation


def evaluation_scores(scores: pd.DataFrame, figures_dir: Path) -> Chart | Notice:
    """Bars of each metric (0..1), e.g. precision and recall per table."""
    if scores.empty:
        return Notice("the evaluation returned no metrics")
    fig = _barh(scores, "value", "metric", None, "Scores against the gold annotations", "Score (0–1)")
    fig.axes[0].set_xlim(0, 1)
    caption = (
        "Each metric as the evaluation reports it; precision = share of extracted items in the gold set, "
    )
    caption += "recall = share of gold items extracted."
    return publish(fig, scores, "evaluation_scores", caption, figures_dir)


# ---------------------------------------------------------------- one article


class HighlightedText(NamedTuple):
    """An article's text as HTML with its actors, dates, quotes and stances marked; all text escaped."""

    html: str

    def _repr_html_(self) -> str:
        return self.html


_HIGHLIGHT_STYLE = """
<style>
.relations-article { white-space: pre-wrap; font-family: Georgia, serif; font-size: 1.02em; line-height: 1.55;
  max-width: 48em; }
.relations-article .hl-quote { background: #fff1c1; }
.relations-article .hl-stance { border-bottom: 3px solid #0072b2; }
.relations-article .hl-actor { background: #cfe8ff; font-weight: 600; }
.relations-article .hl-date { background: #d9f2d9; outline: 1px solid #009e73; }
.relations-legend span { margin-right: 1em; padding: 0 0.3em; }
</style>
"""
_LEGEND = (
    '<p class="relations-legend relations-article" style="white-space:normal">'
    '<span class="hl-actor">actor</span><span class="hl-date">date</span>'
    '<span class="hl-quote">quote</span><span class="hl-stance">stance</span></p>'
)


def highlighted_article(tables: Tables, article_id: str) -> HighlightedText:
    """The article text with overlapping highlights: split at every span boundary, one class per layer."""
    text = str(tables.articles.loc[tables.articles["article_id"] == article_id, "text"].iloc[0])
    names = actor_names(tables)
    layers: list[tuple[int, int, str, str]] = []
    for row in tables.mentions[tables.mentions["article_id"] == article_id].itertuples():
        layers.append(
            (row.start, row.end, "actor", f"{names.get(row.actor_id, row.actor_id)} ({row.actor_id})")
        )
    for row in tables.dates[tables.dates["article_id"] == article_id].itertuples():
        layers.append(
            (row.start, row.end, "date", f"date: {row.value if pd.notna(row.value) else 'unresolved'}")
        )
    for row in tables.quotes[tables.quotes["article_id"] == article_id].itertuples():
        speaker = row.speaker_text if pd.notna(row.speaker_text) else "unattributed"
        layers.append((row.start, row.end, "quote", f"quote by {speaker}"))
    for row in tables.stances[tables.stances["article_id"] == article_id].itertuples():
        source, target = names.get(row.source_id, row.source_id), names.get(row.target_id, row.target_id)
        label = f"stance {source} → {target}: {row.category} ({row.intensity:+.1f})"
        layers.append((row.start, row.end, "stance", label))
    cuts = sorted({0, len(text), *(s for s, _, _, _ in layers), *(e for _, e, _, _ in layers)})
    pieces = []
    for left, right in zip(cuts, cuts[1:], strict=False):
        active = [(kind, label) for s, e, kind, label in layers if s <= left and right <= e and s < e]
        chunk = html.escape(text[left:right])
        if active:
            classes = " ".join(sorted({f"hl-{kind}" for kind, _ in active}))
            title = html.escape("; ".join(label for _, label in active), quote=True)
            chunk = f'<span class="{classes}" title="{title}">{chunk}</span>'
        pieces.append(chunk)
    body = f'<div class="relations-article">{"".join(pieces)}</div>'
    return HighlightedText(_HIGHLIGHT_STYLE + _LEGEND + body)
