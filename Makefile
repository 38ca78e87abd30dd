# Two commands on a fresh machine with Python 3.11 and make: `make run`, `make test`.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# Playwright drives Debian's chromium (/usr/bin/chromium); it must never download a browser.
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD := 1

.PHONY: run test lint bench demo clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# Reinstall only when pyproject.toml changes, so a second `make test` starts at once.
$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[dev]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/python -m bot

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

# -rs: say which tests were skipped and why (the browser test without a Chromium).
# -n 2: the two cores CI and these machines have (tests use free ports and their own folders).
test: lint
	$(BIN)/python -m pytest -q -rs -n 2

# A fictitious demo programme, into an empty database only (the sandbox's without a token).
demo: $(STAMP)
	$(BIN)/python -m bot.demo

bench: $(STAMP)
	$(BIN)/python bench/updates.py
	$(BIN)/python bench/broadcast.py
	$(BIN)/python bench/relay.py
	$(BIN)/python bench/inbox.py
	$(BIN)/python bench/safety.py

clean:
	rm -rf $(VENV) .mypy_cache .pytest_cache .ruff_cache
