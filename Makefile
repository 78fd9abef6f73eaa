# The two set-up commands of the README: `make site` and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: install site serve test lint bench form-bundle search-vendor

$(BIN)/honors: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

install: $(BIN)/honors

site: install
	$(BIN)/honors build

serve: install
	$(BIN)/honors serve

test: install
	$(BIN)/python -m pytest

lint: install
	$(BIN)/ruff check .
	$(BIN)/mypy generator

# 在线填报's script (generator/site/theme/assets/javascripts/honors-form.js) from webform/ and its
# lockfile; the built file is committed, so `make site` needs no Node (a test checks it is current).
form-bundle:
	cd webform && npm ci --no-audit --no-fund --ignore-scripts && npm run build

# The search library the site's search worker loads, from npm (pinned by the lockfile), copied
# into the theme with its version in a header; the copy is committed, so a build needs no npm.
SEARCHJS := generator/site/searchjs
search-vendor:
	cd $(SEARCHJS) && npm ci --no-audit --no-fund --ignore-scripts
	( printf '/* minisearch %s (MIT License, Luca Ongaro): make search-vendor */\n' \
	    "$$(node -p "require('./$(SEARCHJS)/node_modules/minisearch/package.json').version")"; \
	  sed '/sourceMappingURL/d' $(SEARCHJS)/node_modules/minisearch/dist/umd/index.js ) \
	  > generator/site/theme/assets/javascripts/vendor/minisearch.js
