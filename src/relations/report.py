"""Reports: run the notebook suite with papermill and publish standalone HTML with an index page.

``build_reports`` executes each notebook in ``notebooks/`` on the processed tables, converts it to
HTML with the code hidden, runs the article report once per article (small corpora) or for the chosen
ids, and writes ``index.html`` linking everything. Every file is written atomically; every string
taken from an article is escaped before it reaches HTML.
"""

from __future__ import annotations

import ast
import hashlib
import html
import logging
import os
import re
from collections.abc import Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, NamedTuple

import typer

from relations.config import NOTEBOOKS_DIR, PROCESSED_DIR, REPORTS_DIR
from relations.tables import HtmlTable, corpus_summary, load_tables, safe_filename

if TYPE_CHECKING:
    import nbformat

# papermill, nbconvert, nbformat and matplotlib are imported where used: importing them costs
# seconds, and every `relations` command (extract too) loads this module to register `report`.

logger = logging.getLogger(__name__)

KERNEL_NAME = "relations"
ARTICLE_NOTEBOOK = "06_article_report"
ARTICLE_PARAMETER = "article_id"
# Parameters every notebook declares; build_reports sets them, so they never name a report file.
LOCATION_PARAMETERS = ("processed_dir", "reports_dir")
MAX_ARTICLES_FOR_ALL_REPORTS = 20
_TRUE = {"true", "1", "yes", "on"}
_FALSE = {"false", "0", "no", "off"}


class ReportError(RuntimeError):
    """A report could not be built: unknown notebook or parameter, or a notebook stopped with an error."""


class Parameter(NamedTuple):
    name: str
    type_name: str  # as papermill infers it from the parameters cell: str, int, float, bool
    default: str  # the literal source text of the default


# ---------------------------------------------------------------- notebooks and parameters


def notebook_paths(notebooks_dir: Path = NOTEBOOKS_DIR) -> list[Path]:
    """The suite, in order: ``NN_name.ipynb`` files."""
    return sorted(notebooks_dir.glob("[0-9][0-9]_*.ipynb"))


def short_name(path: Path) -> str:
    """``03_dyad_timeline.ipynb`` -> ``dyad_timeline``."""
    return re.sub(r"^\d+_", "", path.stem)


def find_notebook(name: str, notebooks_dir: Path = NOTEBOOKS_DIR) -> Path:
    """A notebook by stem (``03_dyad_timeline``), short name (``dyad_timeline``) or file name."""
    paths = notebook_paths(notebooks_dir)
    wanted = Path(name).stem
    for path in paths:
        if wanted in (path.stem, short_name(path)):
            return path
    valid = ", ".join(short_name(p) for p in paths)
    raise ReportError(f"unknown notebook {name!r}; valid names: {valid}")


def notebook_title(path: Path) -> str:
    """The first Markdown heading of a notebook (its file stem when it has none)."""
    import nbformat

    notebook = nbformat.read(path, as_version=4)
    for cell in notebook.cells:
        if cell.cell_type == "markdown":
            for line in cell.source.splitlines():
                if line.startswith("#"):
                    return line.lstrip("#").strip()
    return path.stem


def declared_parameters(path: Path) -> dict[str, Parameter]:
    """The parameters a notebook declares in its ``parameters`` cell, with their types and defaults."""
    import papermill

    inspected = papermill.inspect_notebook(str(path))
    return {
        name: Parameter(name, str(info.get("inferred_type_name") or "str"), str(info.get("default")))
        for name, info in inspected.items()
    }


def coerce_parameter(value: object, parameter: Parameter) -> object:
    """A CLI string converted to the declared type (values that are not strings pass unchanged)."""
    if not isinstance(value, str):
        return value
    kind = parameter.type_name.replace(" ", "")
    try:
        if kind == "int":
            return int(value)
        if kind == "float":
            return float(value)
    except ValueError as error:
        raise ReportError(f"parameter {parameter.name} expects {kind}, got {value!r}") from error
    if kind == "bool":
        if value.casefold() in _TRUE:
            return True
        if value.casefold() in _FALSE:
            return False
        raise ReportError(f"parameter {parameter.name} expects true or false, got {value!r}")
    return value


def notebook_parameters(path: Path, given: Mapping[str, object]) -> dict[str, object]:
    """The subset of ``given`` this notebook declares, converted to the declared types."""
    declared = declared_parameters(path)
    return {
        name: coerce_parameter(value, declared[name]) for name, value in given.items() if name in declared
    }


def check_parameters(paths: Sequence[Path], given: Mapping[str, object]) -> None:
    """Stop on a parameter no selected notebook declares (papermill would only warn)."""
    declared = set().union(*(declared_parameters(p) for p in paths)) if paths else set()
    unknown = sorted(set(given) - declared)
    if unknown:
        raise ReportError(f"unknown parameter(s) {', '.join(unknown)}; valid: {', '.join(sorted(declared))}")


def _literal(source: str) -> object:
    try:
        return ast.literal_eval(source)
    except (ValueError, SyntaxError):
        return source


def report_stem(path: Path, parameters: Mapping[str, object]) -> str:
    """The HTML file stem: the notebook stem, plus the non-default parameters so variants coexist."""
    declared = declared_parameters(path)
    varied = [
        f"{name}-{value}"
        for name, value in sorted(parameters.items())
        if name not in LOCATION_PARAMETERS and value != _literal(declared[name].default)
    ]
    return safe_filename("__".join([path.stem, *varied]), max_length=150)


def article_stem(article_id: str) -> str:
    """A file stem for an article id that cannot escape ``reports/articles`` and cannot collide."""
    stem = safe_filename(article_id)
    if stem != article_id:
        stem = f"{stem}-{hashlib.sha256(article_id.encode('utf-8')).hexdigest()[:8]}"
    return stem


# ---------------------------------------------------------------- running and converting


def kernel_name() -> str:
    """The project's kernel when registered (``make setup``), else the current environment's python3."""
    from jupyter_client.kernelspec import KernelSpecManager

    if KERNEL_NAME in KernelSpecManager().find_kernel_specs():
        return KERNEL_NAME
    logger.warning("kernel %r is not registered (run `make setup`); using python3", KERNEL_NAME)
    return "python3"


def execute(path: Path, parameters: Mapping[str, object], executed_path: Path) -> nbformat.NotebookNode:
    """Run a notebook top to bottom on a fresh kernel; the executed copy is written atomically."""
    import nbformat
    import papermill

    try:
        notebook = papermill.execute_notebook(
            str(path),
            None,
            parameters=dict(parameters),
            kernel_name=kernel_name(),
            progress_bar=False,
            log_output=False,
            cwd=os.getcwd(),  # relative paths in parameters (e.g. gold) mean what they meant to the user
        )
    except papermill.PapermillExecutionError as error:
        raise ReportError(f"{path.stem} stopped: {error.ename}: {error.evalue}") from error
    write_text(executed_path, nbformat.writes(notebook))
    return notebook


# JupyterLab's template without its CDN scripts (require.js, MathJax, Mermaid): the reports use none
# of them, and a standalone page must open offline without calling out to third parties.
_TEMPLATE_NAME = "relations_report.html.j2"
_TEMPLATE = """{%- extends 'index.html.j2' -%}
{%- block html_head_js_requirejs -%}{%- endblock html_head_js_requirejs -%}
{%- block html_head_js_mathjax -%}{%- endblock html_head_js_mathjax -%}
{%- block html_head_js_mermaidjs -%}{%- endblock html_head_js_mermaidjs -%}
"""


def to_html(notebook: nbformat.NotebookNode, title: str) -> str:
    """Standalone HTML with the code hidden (outputs only) and no external scripts."""
    import jinja2
    from nbconvert import HTMLExporter

    exporter = HTMLExporter(
        template_name="lab",
        template_file=_TEMPLATE_NAME,
        extra_loaders=[jinja2.DictLoader({_TEMPLATE_NAME: _TEMPLATE})],
        exclude_input=True,
        exclude_input_prompt=True,
        exclude_output_prompt=True,
        embed_images=True,
    )
    notebook.metadata["title"] = title  # the HTML <title>; escaped by the template
    body, _ = exporter.from_notebook_node(notebook)
    return body


def write_text(path: Path, text: str) -> None:
    from relations.charts import write_atomically

    write_atomically(path, lambda temporary: temporary.write_text(text, encoding="utf-8"))


def render(
    path: Path, parameters: Mapping[str, object], html_path: Path, executed_dir: Path, title: str = ""
) -> Path:
    """Execute one notebook with its parameters and publish it as ``html_path`` (titled ``title``)."""
    logger.info("running %s -> %s", path.name, html_path)
    notebook = execute(path, parameters, executed_dir / f"{html_path.stem}.ipynb")
    write_text(html_path, to_html(notebook, title or notebook_title(path)))
    return html_path


# ---------------------------------------------------------------- index page

_INDEX_STYLE = """
body { font-family: system-ui, sans-serif; max-width: 60em; margin: 2em auto; padding: 0 1em;
  line-height: 1.5; }
table.relations-table { border-collapse: collapse; }
.relations-table td, .relations-table th { padding: 0.2em 0.8em; border-bottom: 1px solid #ddd;
  text-align: left; }
li { margin: 0.2em 0; } .failed { color: #b00; }
"""


def _link(href: str, label: str) -> str:
    return f'<a href="{html.escape(href, quote=True)}">{html.escape(label)}</a>'


def write_index(
    reports_dir: Path, processed_dir: Path, notebooks_dir: Path = NOTEBOOKS_DIR, failures: Sequence[str] = ()
) -> Path:
    """``index.html``: the corpus summary and links to every report, article report and figure file."""
    tables = load_tables(processed_dir)
    titles = {p.stem: notebook_title(p) for p in notebook_paths(notebooks_dir)}
    reports = []
    for page in sorted(reports_dir.glob("*.html")):
        if page.name == "index.html":
            continue
        base, _, variant = page.stem.partition("__")
        label = titles.get(base, base) + (f" ({variant.replace('__', ', ')})" if variant else "")
        reports.append(f"<li>{_link(page.name, label)}</li>")
    articles = []
    for row in tables.articles.itertuples(index=False):
        page = Path("articles") / f"{article_stem(row.article_id)}.html"
        if (reports_dir / page).exists():
            title = row.title if isinstance(row.title, str) and row.title else row.article_id
            when = row.published if isinstance(row.published, str) else "undated"
            articles.append(f"<li>{_link(page.as_posix(), title)} <small>({html.escape(when)})</small></li>")
    figures = [
        f"<li>{_link(f'figures/{f.name}', f.name)}</li>"
        for f in sorted((reports_dir / "figures").glob("*.*"))
    ]
    article_note = (
        "<p>No per-article reports: the corpus is large. Choose articles with "
        "<code>relations report --notebook article_report -p article_id ID</code>.</p>"
    )
    sections = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8"><title>relations reports</title>',
        f"<style>{_INDEX_STYLE}</style></head><body>",
        "<h1>relations reports</h1>",
        f"<p>Tables from <code>{html.escape(str(processed_dir))}</code>.</p>",
        "<h2>Corpus</h2>",
        HtmlTable(corpus_summary(tables))._repr_html_(),
        "<h2>Reports</h2>",
        f"<ul>{''.join(reports)}</ul>" if reports else "<p>No reports yet.</p>",
    ]
    if failures:
        items = "".join(f'<li class="failed">{html.escape(f)}</li>' for f in failures)
        sections += ["<h2>Failed</h2>", f"<ul>{items}</ul>"]
    sections += [
        "<h2>Articles</h2>",
        f"<ul>{''.join(articles)}</ul>" if articles else article_note,
        "<h2>Figures and their data</h2>",
        "<p>Every chart as PNG and SVG, and the table behind it as CSV, free to reuse.</p>",
        f"<ul>{''.join(figures)}</ul>" if figures else "<p>No figures yet.</p>",
        "</body></html>",
    ]
    index = reports_dir / "index.html"
    write_text(index, "\n".join(sections))
    return index


# ---------------------------------------------------------------- the build


def build_reports(
    notebooks: Sequence[str] | None = None,
    parameters: Mapping[str, str] | None = None,
    processed_dir: Path = PROCESSED_DIR,
    reports_dir: Path = REPORTS_DIR,
    article_ids: Sequence[str] | None = None,
) -> Path:
    """Run the suite (or the named notebooks) into ``reports_dir`` as HTML; return ``index.html``.

    The article report runs once per id in ``article_ids``, else once per article when the corpus has
    at most 20 articles. A notebook that stops is listed on the index page and raised at the end.
    """
    processed_dir, reports_dir = Path(processed_dir), Path(reports_dir)
    given: dict[str, object] = dict(parameters or {})
    paths = [find_notebook(n) for n in notebooks] if notebooks else notebook_paths()
    check_parameters(paths, given)
    placed = sorted(set(given) & set(LOCATION_PARAMETERS))
    if placed:
        raise ReportError(f"{', '.join(placed)} are set by build_reports; use --processed / --out instead")
    tables = load_tables(processed_dir)  # fails early, with the hint to run `relations extract`
    all_ids = list(tables.articles["article_id"])
    titles = dict(zip(tables.articles["article_id"], tables.articles["title"].fillna(""), strict=True))
    if ARTICLE_PARAMETER in given:
        article_ids = [*(article_ids or []), str(given.pop(ARTICLE_PARAMETER))]
    unknown = sorted(set(article_ids or []) - set(all_ids))
    if unknown:
        raise ReportError(f"unknown article id(s) {', '.join(unknown)}; valid: {', '.join(sorted(all_ids))}")

    reports_dir.mkdir(parents=True, exist_ok=True)
    executed_dir = reports_dir / "notebooks"
    locations = {"processed_dir": str(processed_dir.resolve()), "reports_dir": str(reports_dir.resolve())}
    jobs: list[Job] = []
    for path in paths:
        if path.stem == ARTICLE_NOTEBOOK:
            for article_id in _article_selection(article_ids, all_ids, explicit=bool(notebooks)):
                chosen = notebook_parameters(path, {**given, **locations, ARTICLE_PARAMETER: article_id})
                page = reports_dir / "articles" / f"{article_stem(article_id)}.html"
                title = f"{notebook_title(path)}: {titles.get(article_id) or article_id}"
                jobs.append(Job(path, chosen, page, executed_dir / "articles", title))
        else:
            chosen = notebook_parameters(path, {**given, **locations})
            jobs.append(Job(path, chosen, reports_dir / f"{report_stem(path, chosen)}.html", executed_dir))
    failures = [failure for failure in run_jobs(jobs) if failure]
    index = write_index(reports_dir, processed_dir, failures=failures)
    if failures:
        raise ReportError("; ".join(failures))
    logger.info("reports written; open %s", index)
    return index


class Job(NamedTuple):
    """One notebook run: what to execute, with which parameters, published where."""

    notebook: Path
    parameters: Mapping[str, object]
    html_path: Path
    executed_dir: Path
    title: str = ""  # the page title; the notebook's heading when empty


def _run_job(job: Job) -> str:
    """Run one job; the error message when the notebook stopped, else ""."""
    try:
        render(job.notebook, job.parameters, job.html_path, job.executed_dir, job.title)
    except ReportError as error:
        logger.error("%s", error)
        return str(error)
    return ""


def run_jobs(jobs: Sequence[Job], workers: int | None = None) -> list[str]:
    """Run the jobs, several at once; one message per job, "" when it worked.

    Threads suffice: each notebook executes in its own kernel process, so this process only waits
    on kernels and converts HTML (and no ``if __name__ == "__main__"`` guard is asked of callers).
    """
    workers = workers or min(len(jobs), os.cpu_count() or 1, 4)
    if workers <= 1:
        return [_run_job(job) for job in jobs]
    with ThreadPoolExecutor(max_workers=workers) as pool:
        return list(pool.map(_run_job, jobs))


def _article_selection(chosen: Sequence[str] | None, all_ids: Sequence[str], explicit: bool) -> list[str]:
    if chosen:
        return list(dict.fromkeys(chosen))
    if len(all_ids) <= MAX_ARTICLES_FOR_ALL_REPORTS:
        return list(all_ids)
    message = (
        f"the corpus has {len(all_ids)} articles (more than {MAX_ARTICLES_FOR_ALL_REPORTS}); "
        "choose some with -p article_id ID or --article ID"
    )
    if explicit:
        raise ReportError(message)
    logger.info("no per-article reports: %s", message)
    return []


# ---------------------------------------------------------------- command line


def pair_parameters(keys: Sequence[str], values: Sequence[str]) -> dict[str, str]:
    """``-p KEY VALUE`` pairs: click hands us the keys and the stray values separately, in order.

    ``-p KEY=VALUE`` is accepted too.
    """
    pending = list(values)
    pairs: dict[str, str] = {}
    for key in keys:
        if "=" in key:
            name, _, value = key.partition("=")
            pairs[name] = value
        elif pending:
            pairs[key] = pending.pop(0)
        else:
            raise ReportError(f"parameter {key!r} has no value; write -p {key} VALUE")
    if pending:
        raise ReportError(f"unexpected argument(s) {' '.join(pending)}; parameters are given as -p KEY VALUE")
    return pairs


def report_cli(
    notebook: Annotated[
        list[str] | None,
        typer.Option(
            "--notebook", "-n", help="Notebook to run (e.g. dyad_timeline); repeatable. Default: all."
        ),
    ] = None,
    param: Annotated[
        list[str] | None,
        typer.Option("--param", "-p", metavar="KEY VALUE", help="Notebook parameter, e.g. -p source USA."),
    ] = None,
    values: Annotated[list[str] | None, typer.Argument(hidden=True, metavar="VALUE")] = None,
    article: Annotated[
        list[str] | None,
        typer.Option("--article", "-a", help="Article id for the article report; repeatable."),
    ] = None,
    processed: Annotated[
        Path, typer.Option("--processed", help="Folder of processed tables.")
    ] = PROCESSED_DIR,
    out: Annotated[Path, typer.Option("--out", "-o", help="Folder for the HTML reports.")] = REPORTS_DIR,
) -> None:
    """Render the notebooks as standalone HTML reports into OUT, with an index.html linking them."""
    if not logging.getLogger().handlers:
        logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    logging.getLogger("papermill").setLevel(logging.WARNING)  # one line per notebook is ours to log
    try:
        parameters = pair_parameters(param or [], values or [])
        index = build_reports(notebook, parameters, processed, out, article)
    except (ReportError, FileNotFoundError) as error:
        typer.echo(f"error: {error}", err=True)
        raise typer.Exit(code=1) from error
    typer.echo(f"reports written: {index}")
