# Bawaba — two commands set everything up on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SHARED ?= ../shared
export BAWABA_HOME ?= $(CURDIR)/var

.PHONY: venv run test test-fast lint format eval bench demo clean browser-deps

venv: $(STAMP)

# Reinstall only when the lock files or the project metadata change.
$(STAMP): requirements-dev.lock pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -r requirements-dev.lock
	$(BIN)/python -m pip install -q --no-deps -e .
	touch $(STAMP)

demo: venv
	$(BIN)/bawaba db upgrade
	$(BIN)/bawaba demo

run: demo
	$(BIN)/bawaba serve --host 127.0.0.1 --port 8000

# Browser tests need Debian's chromium, and axe-core (npm) for the accessibility audit;
# install them when missing and we are allowed to.
browser-deps:
	@command -v chromium >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-dejavu-core >/dev/null) \
	    || echo "warning: could not install chromium; browser tests will be skipped"; \
	  else echo "note: chromium not found; browser tests will be skipped (apt-get install chromium)"; fi; }
	@test -f var/npm/node_modules/axe-core/axe.min.js || { \
	  if command -v npm >/dev/null 2>&1; then \
	    npm install --prefix var/npm axe-core@4 >/dev/null 2>&1 \
	    || echo "warning: could not install axe-core; accessibility audits will be skipped"; \
	  else echo "note: npm not found; accessibility audits will be skipped"; fi; }

test: venv browser-deps
	$(BIN)/python -m pytest -q

test-fast: venv
	$(BIN)/python -m pytest -q -m "not browser and not slow"

lint: venv
	$(BIN)/ruff check src tests
	$(BIN)/ruff format --check src tests
	$(BIN)/mypy

format: venv
	$(BIN)/ruff format src tests
	$(BIN)/ruff check --fix src tests

eval: venv
	$(BIN)/bawaba eval search --catalog $(SHARED)/bench/catalog.jsonld --taxonomy $(SHARED)/bench/taxonomy.ttl \
	  --queries $(SHARED)/bench/queries.jsonl --qrels $(SHARED)/bench/qrels/dev.tsv --json

bench: venv
	$(BIN)/python -m bawaba.bench

clean:
	rm -rf $(VENV) var .pytest_cache .mypy_cache .ruff_cache test-output
