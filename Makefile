# Two commands for a newcomer: `make run` and `make test`. Everything else is on the way there.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp
# libreoffice-writer-nogui: the test that opens every output in LibreOffice.
SYSTEM_PACKAGES := libenchant-2-2 hunspell-de-de-frami hunspell-en-us hunspell-en-gb libreoffice-writer-nogui
BENCH_PACKAGES := manpages-de man-db
# The browser tests drive Debian's Chromium; node runs the page's fold against the shared vectors.
BROWSER_PACKAGES := chromium nodejs

.PHONY: run test bench eval schema system-deps bench-deps deps clean

## Start nats (embedded, unless KORREKTUR_NATS_URL is set), the three services and the proxy on :8000.
run: deps
	$(VENV)/bin/korrektur run

## Run every test; "no tests collected" (pytest exit 5) counts as a failure.
test: deps
	@$(PY) -m pytest $(PYTEST_ARGS); status=$$?; \
	if [ $$status -eq 5 ]; then echo "pytest collected no tests: that is a failure" >&2; exit 1; fi; \
	exit $$status

## The checker on the sample theses: recall per category, false alarms per 1,000 words.
eval: deps
	$(PY) bench/eval_checker.py

## Run every bench/bench_*.py; figures go to stdout (and bench-output/).
bench: deps bench-deps
	@set -e; shopt -s nullglob; scripts=(bench/bench_*.py); \
	if [ $${#scripts[@]} -eq 0 ]; then echo "no bench/bench_*.py found" >&2; exit 1; fi; \
	for script in "$${scripts[@]}"; do echo "== $$script"; $(PY) "$$script"; done

## Rewrite the event schema snapshot after an intended change to contracts/events.py.
schema: deps
	$(VENV)/bin/korrektur schema > tests/contracts/schema.snapshot.json
	@echo "tests/contracts/schema.snapshot.json updated; review and commit it"

deps: system-deps $(STAMP)

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

# The Hunspell dictionaries come from Debian. frami conflicts with hunspell-de-de, so it is installed alone.
system-deps:
	$(call apt_install,$(SYSTEM_PACKAGES))
	$(call apt_install,$(BROWSER_PACKAGES))

# The benchmark document is built from Debian's German manual pages.
bench-deps:
	$(call apt_install,$(BENCH_PACKAGES))

$(PY):
	$(PYTHON) -m venv $(VENV)

$(STAMP): pyproject.toml | $(PY)
	$(PY) -m pip install -e '.[test]'
	touch $@

clean:
	rm -rf $(VENV) *.egg-info test-output bench-output
