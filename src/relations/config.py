"""Every path the project uses, derived from this file's location (one place to change them)."""

from __future__ import annotations

from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
PACKAGE_DATA_DIR = PACKAGE_DIR / "data"
PROJECT_ROOT = PACKAGE_DIR.parents[1]

DATA_DIR = PROJECT_ROOT / "data"
RAW_DIR = DATA_DIR / "raw"
PROCESSED_DIR = DATA_DIR / "processed"
GOLD_DIR = DATA_DIR / "gold"
NOTEBOOKS_DIR = PROJECT_ROOT / "notebooks"
REPORTS_DIR = PROJECT_ROOT / "reports"
FIGURES_DIR = REPORTS_DIR / "figures"

# The shared evaluation material sits beside the checkout; code that reads it must skip when absent.
SHARED_DIR = PROJECT_ROOT.parent / "shared"

# Bump when extraction logic changes so cached per-article results are rebuilt.
PIPELINE_VERSION = "1"
