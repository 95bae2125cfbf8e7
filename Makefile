# Two commands for a newcomer: `make run` and `make test`. Everything else is on the way there.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp
TEST_STAMP := $(VENV)/.test-stamp
LINT_STAMP := $(VENV)/.lint-stamp
# What the checker needs to run: Hunspell through enchant, German (frami, with Austria's
# standard words) and English dictionaries.
RUNTIME_PACKAGES := libenchant-2-2 hunspell-de-de-frami hunspell-de-at-frami hunspell-en-us hunspell-en-gb
# What only the tests need: LibreOffice opens every output; Chromium drives the page;
# node runs the page's fold against the shared vectors; npm installs the compose-spec
# schema (Debian ships npm apart from nodejs, NodeSource's nodejs bundles it).
TEST_PACKAGES := libreoffice-writer-nogui chromium nodejs $(if $(shell command -v npm),,npm)
# The compose-spec JSON schema for tests/deploy, from npm, pinned by its lockfile; its
# node_modules stays out of git. The hidden lockfile npm ci writes marks it installed.
COMPOSE_SCHEMA_DIR := tests/deploy/compose-schema
COMPOSE_SCHEMA := $(COMPOSE_SCHEMA_DIR)/node_modules/.package-lock.json
BENCH_PACKAGES := manpages-de man-db

.PHONY: run test lint bench eval schema runtime-deps test-deps test-packages bench-deps deps clean

## Start nats (embedded, unless KORREKTUR_NATS_URL is set), the three services and the proxy on :8000.
run: deps
	$(VENV)/bin/korrektur run

## Run every test; "no tests collected" (pytest exit 5) counts as a failure.
test: deps test-deps
	@$(PY) -m pytest $(PYTEST_ARGS); status=$$?; \
	if [ $$status -eq 5 ]; then echo "pytest collected no tests: that is a failure" >&2; exit 1; fi; \
	exit $$status

## Style and types: ruff and mypy (strict) over the code.
lint: deps $(LINT_STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy contracts joblog servicekit services korrektur

## The checker on the sample theses and KoKo's essays: recall per category, false alarms per 1,000 words.
eval: deps
	$(PY) bench/eval_checker.py
	$(PY) bench/eval_koko.py

## Run every bench/bench_*.py; figures go to stdout (and bench-output/).
bench: deps bench-deps
	@set -e; shopt -s nullglob; scripts=(bench/bench_*.py); \
	if [ $${#scripts[@]} -eq 0 ]; then echo "no bench/bench_*.py found" >&2; exit 1; fi; \
	for script in "$${scripts[@]}"; do echo "== $$script"; $(PY) "$$script"; done

## Rewrite the event schema snapshot after an intended change to contracts/events.py.
schema: deps
	$(VENV)/bin/korrektur schema > tests/contracts/schema.snapshot.json
	@echo "tests/contracts/schema.snapshot.json updated; review and commit it"

deps: runtime-deps $(STAMP)

# Install Debian packages unless dpkg already has them: as root, or through sudo.
define apt_install
	@if dpkg -s $(1) >/dev/null 2>&1; then exit 0; fi; \
	if [ "$$(id -u)" = 0 ]; then sudo=""; \
	elif command -v sudo >/dev/null 2>&1; then sudo="sudo"; \
	else echo "Need root (or sudo) to install: $(1)" >&2; exit 1; fi; \
	export DEBIAN_FRONTEND=noninteractive; \
	$$sudo apt-get update && \
	$$sudo apt-get install -y --no-install-recommends $(1)
endef

# frami conflicts with hunspell-de-de, so it is installed alone.
runtime-deps:
	$(call apt_install,$(RUNTIME_PACKAGES))

test-deps: test-packages $(COMPOSE_SCHEMA) $(TEST_STAMP)

test-packages:
	$(call apt_install,$(TEST_PACKAGES))

$(COMPOSE_SCHEMA): $(COMPOSE_SCHEMA_DIR)/package-lock.json | test-packages
	@npm ci --prefix $(COMPOSE_SCHEMA_DIR) --ignore-scripts --no-audit --no-fund \
		--loglevel=error >/dev/null
	@touch $@

# The benchmark document is built from Debian's German manual pages.
bench-deps:
	$(call apt_install,$(BENCH_PACKAGES))

$(PY):
	$(PYTHON) -m venv $(VENV)

# german-nouns (Wiktionary's German nouns with gender and case forms) is read as data
# only; its declared parser dependency would pin lxml below 5, so it comes without it.
NOUN_LEXICON := german-nouns==1.2.5

# What runs (make run) apart from what only the tests and the linters need.
$(STAMP): pyproject.toml | $(PY)
	$(PY) -m pip install -e .
	$(PY) -m pip install --no-deps '$(NOUN_LEXICON)'
	touch $@

$(TEST_STAMP): pyproject.toml $(STAMP)
	$(PY) -m pip install -e '.[test]'
	touch $@

$(LINT_STAMP): pyproject.toml $(STAMP)
	$(PY) -m pip install -e '.[lint]'
	touch $@

clean:
	rm -rf $(VENV) *.egg-info test-output bench-output $(COMPOSE_SCHEMA_DIR)/node_modules
