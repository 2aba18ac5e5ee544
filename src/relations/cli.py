"""The ``relations`` command line: extract, report, annotate, evaluate."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Annotated

import typer

from relations import __version__
from relations.config import PROCESSED_DIR, RAW_DIR

app = typer.Typer(
    name="relations",
    help="Turn news articles about international relations into tidy, evidence-linked tables and reports.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

logger = logging.getLogger("relations")


def _configure_logging(verbose: bool, quiet: bool) -> None:
    level = logging.DEBUG if verbose else logging.ERROR if quiet else logging.INFO
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s", force=True)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"relations {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version and exit.")
    ] = False,
) -> None:
    """Read articles from data/raw, write tables to data/processed, render reports into reports/."""


@app.command()
def extract(
    paths: Annotated[
        list[Path] | None,
        typer.Argument(help="Article files or folders (.txt .md .html .jsonl .csv). Default: data/raw."),
    ] = None,
    out: Annotated[Path, typer.Option("--out", "-o", help="Folder for the parquet tables.")] = PROCESSED_DIR,
    actors: Annotated[
        list[Path] | None,
        typer.Option(
            "--actors", help="Extra actor dictionary (our YAML or a PETRARCH/Phoenix file). Repeatable."
        ),
    ] = None,
    jobs: Annotated[
        int | None, typer.Option("--jobs", "-j", min=1, help="Worker processes (default: all cores).")
    ] = None,
    scheduler: Annotated[
        str | None,
        typer.Option(
            "--scheduler",
            help="Run on a Dask distributed cluster: its address (tcp://host:8786) or `local` for a LocalCluster.",
        ),
    ] = None,
    force: Annotated[
        bool, typer.Option("--force", help="Ignore the cache and process every article again.")
    ] = False,
    strict: Annotated[
        bool, typer.Option("--strict", help="Exit non-zero when any input had a problem.")
    ] = False,
    progress: Annotated[bool, typer.Option("--progress/--no-progress", help="Show a progress bar.")] = True,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Log debugging detail.")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Log errors only.")] = False,
) -> None:
    """Extract articles, sentences, actors, mentions, dates, quotes and stances into OUT.

    Broken inputs are reported by file and line, recorded in the `problems` table and skipped.
    Tables are replaced atomically: an interrupted run leaves the previous ones intact. Unchanged
    articles come from a cache in OUT/.cache, so re-runs only process what is new (--force rebuilds).
    """
    from relations.pipeline import run  # imported here so `--help` stays fast

    _configure_logging(verbose, quiet)
    summary = run(
        paths or [RAW_DIR],
        out,
        actor_files=actors or [],
        jobs=jobs,
        scheduler=scheduler,
        force=force,
        progress=progress and not quiet,
    )
    typer.echo(summary.line())
    if summary.read == 0:
        typer.echo("error: no article could be read", err=True)
        raise typer.Exit(code=1)
    if strict and summary.problems:
        typer.echo(f"error: {summary.problems} problem(s) and --strict was given", err=True)
        raise typer.Exit(code=2)


def _register_optional_commands() -> None:
    """Commands whose modules are built by other issues; registered when present."""
    try:
        from relations.report import report_cli

        app.command("report")(report_cli)
    except ImportError:
        pass
    try:
        from relations.evaluation.commands import annotate_cli, evaluate_cli

        app.command("annotate")(annotate_cli)
        app.command("evaluate")(evaluate_cli)
    except ImportError:
        pass


_register_optional_commands()


if __name__ == "__main__":  # pragma: no cover
    app()
