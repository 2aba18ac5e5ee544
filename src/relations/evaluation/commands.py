"""The ``relations annotate`` and ``relations evaluate`` commands (registered by ``relations.cli``).

``evaluate`` scores the processed tables against our YAML gold (default) or runs the adapter for a
public gold set (``--format polnear|timebank|plover|petrarch``); both print figures as text or
``--json`` and exit non-zero when a ``--min``/``--max`` threshold fails, so CI can gate on them.
"""

from __future__ import annotations

import importlib
import json
import logging
import math
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Annotated, Any

import pandas as pd
import typer

from relations.config import GOLD_DIR, PROCESSED_DIR
from relations.evaluation.gold import GoldError, draft_gold, evaluate_gold, load_tables

logger = logging.getLogger(__name__)

# --format value -> (module, function, extra keyword arguments); imported only when asked for.
ADAPTERS: dict[str, tuple[str, str, dict[str, Any]]] = {
    "timebank": ("relations.evaluation.timebank", "score_timebank", {}),
    "polnear": ("relations.evaluation.polnear", "score_polnear", {"split": "test"}),
    "plover": ("relations.evaluation.events", "score_plover", {}),
    "petrarch": ("relations.evaluation.events", "score_petrarch", {}),
}
GOLD_FORMAT = "gold"


class ThresholdError(ValueError):
    """A ``--min``/``--max`` argument that is not ``KEY=NUMBER``."""


def load_adapter(fmt: str) -> Callable[..., Mapping[str, Any]]:
    """The scoring function for a public gold format; a clear error when its module is not there yet."""
    if fmt not in ADAPTERS:
        raise KeyError(
            f"unknown format {fmt!r}; expected {GOLD_FORMAT} or one of {', '.join(sorted(ADAPTERS))}"
        )
    module_name, function_name, _ = ADAPTERS[fmt]
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as err:
        raise ImportError(f"--format {fmt} needs {module_name}, which is not installed: {err}") from err
    function = getattr(module, function_name, None)
    if function is None:
        raise ImportError(f"--format {fmt} needs {module_name}.{function_name}, which does not exist")
    return function


def flatten(figures: Mapping[str, Any], prefix: str = "") -> dict[str, Any]:
    """Nested figures as flat ``a.b`` keys, so thresholds and JSON name every figure the same way."""
    flat: dict[str, Any] = {}
    for key, value in figures.items():
        name = f"{prefix}{key}"
        if isinstance(value, Mapping):
            flat.update(flatten(value, f"{name}."))
        else:
            flat[name] = value
    return flat


def parse_thresholds(items: Sequence[str] | None) -> dict[str, float]:
    """``["persons.recall=0.8"]`` -> ``{"persons.recall": 0.8}``."""
    thresholds = {}
    for item in items or ():
        key, sep, value = item.partition("=")
        try:
            thresholds[key.strip()] = float(value)
        except ValueError:
            sep = ""
        if not sep or not key.strip():
            raise ThresholdError(f"threshold {item!r} is not KEY=NUMBER (e.g. persons.recall=0.8)")
    return thresholds


def _number(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return None if math.isnan(value) else float(value)


def check_thresholds(
    figures: Mapping[str, Any], minimum: Mapping[str, float], maximum: Mapping[str, float]
) -> list[str]:
    """One message per failed threshold; a figure that is absent or not a number fails its threshold."""
    failures = []
    for bound, thresholds in (("min", minimum), ("max", maximum)):
        for key, limit in thresholds.items():
            value = _number(figures.get(key))
            if value is None:
                failures.append(f"{key}: no figure (got {figures.get(key)!r}), needed {bound} {limit:g}")
            elif (bound == "min" and value < limit) or (bound == "max" and value > limit):
                failures.append(f"{key} = {value:.3f}, needed {bound} {limit:g}")
    return failures


def _json_safe(value: Any) -> Any:
    if isinstance(value, float) and math.isnan(value):
        return None
    return value


def format_figures(figures: Mapping[str, Any]) -> str:
    """Figures grouped by table, one per line: rates to three decimals, counts as integers."""
    lines = []
    group = None
    for key, value in figures.items():
        head = key.split(".", 1)[0]
        if head != group:
            lines.append(f"{head}:")
            group = head
        number = _number(value)
        if number is None:
            shown = "n/a" if isinstance(value, float) else str(value)
        elif number.is_integer() and (key.endswith((".n", ".hits", ".missing")) or "splits" in key):
            shown = str(int(number))
        else:
            shown = f"{number:.3f}"
        lines.append(f"  {key.split('.', 1)[-1]:<28} {shown}")
    return "\n".join(lines)


def format_misses(details: pd.DataFrame) -> str:
    """What went wrong, item by item: every miss, wrong and false positive."""
    bad = details[details["status"] != "hit"]
    if bad.empty:
        return "no misses"
    with pd.option_context("display.max_rows", None, "display.max_colwidth", 60, "display.width", 200):
        return bad.to_string(index=False)


def evaluate_cli(
    path: Annotated[
        Path, typer.Argument(help="Gold folder (our YAML format) or, with --format, the public gold set.")
    ] = GOLD_DIR,
    processed: Annotated[
        Path, typer.Option("--processed", help="Folder of processed tables (parquet).")
    ] = PROCESSED_DIR,
    fmt: Annotated[
        str, typer.Option("--format", help="gold (our YAML), polnear, timebank, plover or petrarch.")
    ] = GOLD_FORMAT,
    as_json: Annotated[bool, typer.Option("--json", help="Print figures as JSON.")] = False,
    minimum: Annotated[
        list[str] | None, typer.Option("--min", help="Fail unless KEY >= VALUE, e.g. persons.recall=0.8.")
    ] = None,
    maximum: Annotated[
        list[str] | None, typer.Option("--max", help="Fail unless KEY <= VALUE, e.g. not_actors.hits=0.")
    ] = None,
    show_details: Annotated[
        bool, typer.Option("--details", help="Also list every missed, wrong or spurious item.")
    ] = False,
) -> None:
    """Score the tables against gold annotations and print the figures (non-zero exit below --min)."""
    try:
        thresholds = parse_thresholds(minimum), parse_thresholds(maximum)
    except ThresholdError as err:
        raise typer.BadParameter(str(err)) from err
    details = None
    per_article = None
    if fmt == GOLD_FORMAT:
        try:
            result = evaluate_gold(path, processed)
        except GoldError as err:
            typer.echo(f"error: {err}", err=True)
            raise typer.Exit(2) from err
        figures: dict[str, Any] = dict(result.metrics)
        details = result.details
        per_article = result.per_article()
    else:
        try:
            scorer = load_adapter(fmt)
        except (KeyError, ImportError) as err:
            typer.echo(f"error: {err.args[0]}", err=True)
            raise typer.Exit(2) from err
        figures = flatten(scorer(path, **ADAPTERS[fmt][2]))
    if as_json:
        payload: dict[str, Any] = {"figures": {k: _json_safe(v) for k, v in figures.items()}}
        if show_details and details is not None:
            payload["details"] = details.astype(object).where(details.notna(), None).to_dict(orient="records")
        typer.echo(json.dumps(payload, indent=2, default=str))
    else:
        typer.echo(format_figures(figures))
        if per_article is not None and not per_article.empty:
            typer.echo("\nper article (hits/items):\n" + per_article.to_string())
        if show_details and details is not None:
            typer.echo("\n" + format_misses(details))
    failures = check_thresholds(figures, *thresholds)
    if failures:
        typer.echo("thresholds failed:\n  " + "\n  ".join(failures), err=True)
        raise typer.Exit(1)


def annotate_cli(
    article_id: Annotated[str, typer.Argument(help="The article to draft gold for (its article_id).")],
    processed: Annotated[
        Path, typer.Option("--processed", help="Folder of processed tables (parquet).")
    ] = PROCESSED_DIR,
    out: Annotated[
        Path | None, typer.Option("--out", help="Where to write the draft; default data/gold/ARTICLE_ID.yml.")
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="Overwrite an existing file.")] = False,
) -> None:
    """Write a draft gold YAML for one article from the current tables, for a person to correct."""
    target = out or GOLD_DIR / f"{article_id}.yml"
    if target.exists() and not force:
        # A corrected gold file is hours of work; never overwrite it silently.
        typer.echo(f"error: {target} exists; pass --force to overwrite or --out to write elsewhere", err=True)
        raise typer.Exit(2)
    try:
        text = draft_gold(article_id, load_tables(processed))
    except GoldError as err:
        typer.echo(f"error: {err}", err=True)
        raise typer.Exit(2) from err
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text, encoding="utf-8")
    typer.echo(f"wrote {target}: correct it against the article text (see docs/evaluation.md)")
