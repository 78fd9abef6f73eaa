# The two set-up commands of the README: `make site` and `make test`.
#
# One virtual environment, two stamps: `make site` installs what the site needs (the runtime
# dependencies), `make test` adds the test tools (the `test` extra) to the same environment.
# A .venv made by `make site` is therefore upgraded by `make test`; both are redone when
# pyproject.toml changes. pip runs with -qq: its errors still show, the build backend's notes
# about editable installs do not.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
SITE_STAMP := $(VENV)/.installed-site
TEST_STAMP := $(VENV)/.installed-test

.PHONY: install site serve test lint mutants form-bundle search-vendor properdocs-test

$(BIN)/python:
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null || { \
	  echo "需要 Python 3.11 或更新版本（当前：$$($(PYTHON) --version 2>&1)）。"; \
	  echo "可用 make PYTHON=python3.12 … 指定，安装方法见 README.md 的「准备」。"; exit 1; }
	@$(PYTHON) -m venv $(VENV) || { rm -rf $(VENV); \
	  echo "无法建立虚拟环境：Debian/Ubuntu 请先运行 sudo apt install python3-venv。"; exit 1; }
	$(BIN)/python -m pip install --quiet --quiet --upgrade pip

$(SITE_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --quiet -e .
	touch $@

$(TEST_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --quiet -e '.[test]'
	touch $@

install: $(SITE_STAMP)

site: $(SITE_STAMP)
	$(BIN)/honors build

serve: $(SITE_STAMP)
	$(BIN)/honors serve

# -n auto: one pytest worker per core (pytest-xdist).
test: $(TEST_STAMP)
	$(BIN)/python -m pytest -n auto

lint: $(TEST_STAMP)
	$(BIN)/ruff check .
	$(BIN)/mypy generator tests
	$(BIN)/lint-imports --no-cache --no-logo

# Mutation testing of generator/rules/ (about two hours on two cores): prints the score and the
# survivors; fails below 95 % killed. Not part of `make test`; run it before a release.
mutants: $(TEST_STAMP)
	$(BIN)/python tools/mutants.py

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

# The demo site built and its tests run with ProperDocs, the maintained MkDocs 1.x fork, in an
# environment of its own (.venv-properdocs) where MkDocs itself is not installed: every
# `import mkdocs…` then resolves to ProperDocs (generator/site/engine.py). CI runs it before
# `make test`; docs/tech/site-engine.md records why.
PD_VENV := .venv-properdocs
PD_STAMP := $(PD_VENV)/.installed
$(PD_STAMP): pyproject.toml
	@$(PYTHON) -m venv $(PD_VENV)
	$(PD_VENV)/bin/python -m pip install --quiet --quiet --upgrade pip
	$(PD_VENV)/bin/python -m pip install --quiet --quiet -e '.[test,properdocs]'
	$(PD_VENV)/bin/python -m pip uninstall --quiet --quiet --yes mkdocs
	touch $@

properdocs-test: $(PD_STAMP)
	HONORS_SITE_ENGINE=properdocs $(PD_VENV)/bin/properdocs build --strict -f mkdocs.yml -d .site-properdocs
	rm -rf .site-properdocs
	HONORS_SITE_ENGINE=properdocs $(PD_VENV)/bin/python -m pytest -n auto tests/site
