# relations — run `make help` for the targets. `make report` and `make test` set everything up first.
SHELL := /bin/bash
.DEFAULT_GOAL := help

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
RAW ?= data/raw
PROCESSED ?= data/processed
GOLD ?= data/gold
# What the gold evaluation of the seed articles must keep (docs/evaluation.md); a drop fails `make test`.
GOLD_THRESHOLDS := --min published.accuracy=1 --min persons.recall=0.95 --min persons.country_accuracy=0.9 \
	--max persons.alias_splits_within=0 --max persons.alias_splits_across=0 --min states.recall=0.95 \
	--max not_actors.hits=0 --min quotes.recall=0.95 --min quotes.speaker_accuracy=0.9 \
	--min dates.accuracy=0.85 --min stances.recall=0.5 --min stances.precision=0.7 --min overall.score=0.9

.PHONY: help setup extract report test lint format lab clean browser benchmark

help: ## Show this help
	@awk 'BEGIN {FS = ":.*## "} /^[a-zA-Z_-]+:.*## / {printf "  \033[36m%-10s\033[0m %s\n", $$1, $$2}' $(MAKEFILE_LIST)

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	$(BIN)/python -m ipykernel install --sys-prefix --name relations --display-name "relations" >/dev/null
	@touch $(STAMP)

setup: $(STAMP) ## Create .venv if missing, install the pinned packages and register the `relations` Jupyter kernel

extract: setup ## Extract the tables from data/raw into data/processed
	$(BIN)/relations extract $(RAW) --out $(PROCESSED)

report: extract ## Extract, then execute every notebook into reports/ and write reports/index.html
	$(BIN)/relations report --processed $(PROCESSED) $(if $(wildcard data/gold/*.yml),-p gold data/gold)
	@echo "open reports/index.html"

test: setup ## Run the test suite, the notebooks (nbval) and the gold evaluation on the sample corpus
	$(BIN)/relations extract $(RAW) --out $(PROCESSED) --no-progress --quiet
	$(BIN)/pytest -q
	$(BIN)/pytest -q --nbval-lax -p no:cacheprovider notebooks/
	$(BIN)/relations evaluate $(GOLD) --processed $(PROCESSED) $(GOLD_THRESHOLDS)

lint: setup ## Check style with ruff (lint and format)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: setup ## Fix style with ruff and strip notebook outputs
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .
	$(BIN)/nbstripout notebooks/*.ipynb

lab: setup ## Open JupyterLab on notebooks/ with the project's kernel
	$(BIN)/jupyter lab notebooks/

browser: ## Install Debian's chromium for the browser test (needs root; skipped tests say why without it)
	@command -v chromium >/dev/null || (apt-get update -qq && apt-get install -y -qq chromium >/dev/null) || echo "chromium could not be installed; the browser test will skip"

benchmark: setup ## Run the accuracy and throughput benchmarks (need ../shared)
	@for script in benchmarks/*.py; do echo "== $$script"; $(BIN)/python $$script || exit 1; done

clean: ## Remove generated tables and reports (raw data is never touched)
	rm -f $(PROCESSED)/*.parquet $(PROCESSED)/_provenance.json
	find reports -mindepth 1 ! -name .gitkeep -exec rm -rf {} +
