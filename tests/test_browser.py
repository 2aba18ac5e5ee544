"""The reports as a reader sees them: rendered by headless Chromium, charts present and visible.

Skips, saying why, when no Chromium is installed (``apt-get install -y chromium``; see docs/reports.md).
"""

from __future__ import annotations

import html
import json
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from test_notebooks import built_reports

from relations import report

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = pytest.mark.skipif(
    CHROMIUM is None, reason="no chromium on PATH: install Debian's `chromium` (apt-get install -y chromium)"
)

# Appended to a copy of a page: after load, describe every image and what the page says, as JSON.
PROBE = """
<script>
window.addEventListener("load", () => {
  const images = [...document.querySelectorAll("img")].map((img) => {
    const box = img.getBoundingClientRect();
    const style = getComputedStyle(img);
    return {alt: img.alt, complete: img.complete, natural: img.naturalWidth, width: box.width,
            height: box.height, display: style.display, visibility: style.visibility,
            opacity: Number(style.opacity)};
  });
  const probe = document.createElement("pre");
  probe.id = "relations-probe";
  probe.textContent = JSON.stringify({
    images, title: document.title, pwned: document.body.dataset.pwned || null,
    text: document.body.innerText, links: document.links.length});
  document.body.appendChild(probe);
});
</script>
"""


@pytest.fixture(scope="module")
def reports_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return built_reports(tmp_path_factory.getbasetemp(), True)


def render(page: Path, workdir: Path) -> dict[str, Any]:
    """Load a copy of ``page`` (with the probe) in headless Chromium and return the probe's findings."""
    copy = workdir / f"probe_{page.name}"
    copy.write_text(page.read_text(encoding="utf-8").replace("</body>", PROBE + "</body>"), encoding="utf-8")
    command = [
        str(CHROMIUM),
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        f"--user-data-dir={workdir / 'profile'}",
        "--window-size=1280,2000",
        "--virtual-time-budget=10000",
        "--dump-dom",
        copy.as_uri(),
    ]
    done = subprocess.run(command, capture_output=True, text=True, timeout=180, check=False)
    found = re.search(r'<pre id="relations-probe">(.*?)</pre>', done.stdout, re.S)
    assert found, f"chromium rendered no probe (exit {done.returncode}): {done.stderr[-2000:]}"
    return json.loads(html.unescape(found.group(1)))


def visible(image: dict[str, Any]) -> bool:
    return (
        image["complete"]
        and image["natural"] > 0
        and image["width"] > 200
        and image["height"] > 100
        and image["display"] != "none"
        and image["visibility"] == "visible"
        and image["opacity"] > 0
    )


def test_index_renders_with_corpus_summary_and_links(reports_dir: Path, tmp_path: Path) -> None:
    page = render(reports_dir / "index.html", tmp_path)
    assert page["title"] == "relations reports"
    assert "stances\t6" in page["text"]
    assert "Dyad timeline" in page["text"]
    assert "<script>alert('title')</script>" in page["text"]  # an article title, shown as text
    assert page["links"] >= 6 + len(list((reports_dir / "articles").glob("*.html")))


@pytest.mark.parametrize(
    ("stem", "charts"), [("02_actors", 4), ("03_dyad_timeline", 1), ("04_stance_matrix", 1)]
)
def test_report_charts_are_present_and_visible(
    reports_dir: Path, tmp_path: Path, stem: str, charts: int
) -> None:
    page = render(reports_dir / f"{stem}.html", tmp_path)
    images = page["images"]
    assert len(images) == charts
    assert all(visible(image) for image in images), images
    assert all(image["alt"] for image in images)  # the caption doubles as alternative text


def test_article_markup_renders_as_text_and_never_runs(reports_dir: Path, tmp_path: Path) -> None:
    page = render(reports_dir / "articles" / f"{report.article_stem('x<script>')}.html", tmp_path)
    assert page["pwned"] is None
    assert (
        "Iran said <script>document.body.dataset.pwned = 'yes'</script> nothing about Russia." in page["text"]
    )
