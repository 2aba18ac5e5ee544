"""The ``relations annotate`` and ``relations evaluate`` commands (registered by ``relations.cli``).

``evaluate`` scores the processed tables against our YAML gold (default) or runs the adapter for a
public gold set (``--format polnear|timebank|plover|petrarch``); both print figures as text or
``--json`` and exit non-zero when a ``--min``/``--max`` threshold fails, so CI can gate on them.
"""

from __future__ import annotations

import importlib
import json
import math
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Annotated, Any, NamedTuple, TypeVar

import pandas as pd
import typer

from relations.config import GOLD_DIR, PROCESSED_DIR, SHARED_DIR
from relations.evaluation.gold import GoldError, draft_gold, evaluate_gold, load_tables

T = TypeVar("T")


class Adapter(NamedTuple):
    """Where a public gold format's scorer lives; imported only when that format is asked for."""

    module: str
    function: str
    kwargs: dict[str, Any]
    default_path: Path  # the gold set inside ../shared


EVAL_DIR = SHARED_DIR / "eval"
ADAPTERS: dict[str, Adapter] = {
    "timebank": Adapter("relations.evaluation.timebank", "score_timebank", {}, EVAL_DIR / "timebank"),
    "polnear": Adapter(
        "relations.evaluation.polnear", "score_polnear", {"split": "test"}, EVAL_DIR / "polnear"
    ),
    "plover": Adapter(
        "relations.evaluation.events", "score_plover", {}, EVAL_DIR / "plover" / "PLOVER_GSR_CAMEO.json"
    ),
    "petrarch": Adapter(
        "relations.evaluation.events",
        "score_petrarch",
        {},
        EVAL_DIR / "universalpetrarch" / "PETR2_GSR_validation.xml",
    ),
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
    adapter = ADAPTERS[fmt]
    try:
        module = importlib.import_module(adapter.module)
    except ModuleNotFoundError as err:
        raise ImportError(f"--format {fmt} needs {adapter.module}, which is not installed: {err}") from err
    function = getattr(module, adapter.function, None)
    if function is None:
        raise ImportError(f"--format {fmt} needs {adapter.module}.{adapter.function}, which does not exist")
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


def json_safe(value: Any) -> Any:
    """A figure for JSON: NaN (could not be measured) becomes null."""
    if isinstance(value, float) and math.isnan(value):
        return None
    return value


# Figure names (after the last dot) that count things rather than rate them.
COUNT_NAMES = ("n", "hits", "missing")


def format_value(key: str, value: Any) -> str:
    """Rates to three decimals, counts as integers, anything else as it is."""
    number = _number(value)
    if number is None:
        return "n/a" if value is None or isinstance(value, float) else str(value)
    name = key.rsplit(".", 1)[-1]
    if isinstance(value, int) or (number.is_integer() and (name in COUNT_NAMES or "splits" in name)):
        return str(int(number))
    return f"{number:.3f}"


def format_figures(figures: Mapping[str, Any]) -> str:
    """Figures one per line, grouped under their table (the part of the key before the first dot)."""
    lines = []
    group = None
    for key, value in figures.items():
        head, dot, name = key.partition(".")
        if dot and head != group:
            lines.append(f"{head}:")
        group = head if dot else None
        label = f"  {name}" if dot else key
        lines.append(f"{label:<30} {format_value(key, value)}")
    return "\n".join(lines)


def format_misses(details: pd.DataFrame) -> str:
    """What went wrong, item by item: every miss, wrong and false positive."""
    bad = details[details["status"] != "hit"]
    if bad.empty:
        return "no misses"
    with pd.option_context("display.max_rows", None, "display.max_colwidth", 60, "display.width", 200):
        return bad.to_string(index=False)


class EvaluationError(RuntimeError):
    """A reason the evaluation cannot run at all (exit 2)."""


def adapter_figures(fmt: str, path: Path | None) -> dict[str, Any]:
    """Run a public-format adapter on ``path`` (default: its gold set in ../shared) and flatten its figures."""
    try:
        scorer = load_adapter(fmt)
    except (KeyError, ImportError) as err:
        raise EvaluationError(err.args[0]) from err
    adapter = ADAPTERS[fmt]
    gold_path = path or adapter.default_path
    if not gold_path.exists():
        raise EvaluationError(f"{gold_path} does not exist (the {fmt} gold set)")
    return flatten(scorer(gold_path, **adapter.kwargs))


def _run(call: Callable[[], T]) -> T:
    """``call()``, turning the errors a user can fix into a message and exit code 2."""
    try:
        return call()
    except (GoldError, EvaluationError) as err:
        typer.echo(f"error: {err}", err=True)
        raise typer.Exit(2) from err


def evaluate_cli(
    path: Annotated[
        Path | None,
        typer.Argument(
            help="Gold folder (our YAML; default data/gold) or, with --format, the public gold set "
            "(default: its place in ../shared/eval)."
        ),
    ] = None,
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
    result = _run(lambda: evaluate_gold(path or GOLD_DIR, processed)) if fmt == GOLD_FORMAT else None
    figures: dict[str, Any] = dict(result.metrics) if result else _run(lambda: adapter_figures(fmt, path))
    if as_json:
        payload: dict[str, Any] = {"figures": {k: json_safe(v) for k, v in figures.items()}}
        if result:
            payload["per_article"] = result.per_article().to_dict(orient="index")
        if show_details and result:
            details = result.details
            payload["details"] = details.astype(object).where(details.notna(), None).to_dict(orient="records")
        typer.echo(json.dumps(payload, indent=2, default=str))
    else:
        typer.echo(format_figures(figures))
        if result and not result.per_article().empty:
            typer.echo("\nper article (fully right / items):\n" + result.per_article().to_string())
        if show_details and result:
            typer.echo("\n" + format_misses(result.details))
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
    text = _run(lambda: draft_gold(article_id, load_tables(processed)))
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text, encoding="utf-8")
    typer.echo(f"wrote {target}: correct it against the article text (see docs/evaluation.md)")
