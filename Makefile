# The two commands: `make run` and `make test`. Both work from a fresh clone.
PYTHON ?= python3.11
VENV   := .venv
PY     := $(VENV)/bin/python
PORT   ?= 8501
LBM_SOURCE ?= ../shared/data
DB     := data/leefbaarometer.duckdb
# Test workers: one per core. Four were no faster on two cores (each browser test then took
# twice as long) and made waits flakier.
WORKERS ?= 2
SOURCE_FILES := $(shell find $(LBM_SOURCE) -type f 2>/dev/null)
BUILD_CODE   := $(wildcard etl/*.py) core/scale.py core/search.py data/sources.json data/gemeente_aliases.csv

.PHONY: run test test-fast data bench serve-many clean system-deps

run: $(VENV)/.app $(DB)
	@$(MAKE) --no-print-directory system-deps || echo "No Chromium: slide decks and profiles come without chart images."
	$(VENV)/bin/streamlit run app.py --server.port $(PORT)

# Rebuilt when missing or older than any source file or the build code.
data: $(DB)
$(DB): $(SOURCE_FILES) $(BUILD_CODE) | $(VENV)/.app
	$(PY) -m etl --source $(LBM_SOURCE) --out $(DB)
	$(PY) -m core.geo_files --db $(DB)

# The real database is built while the first tests run (the build takes one core for about 25 s):
# tests that need it wait for it (tests/conftest.py), and a failed build fails them with its log.
test: $(VENV)/.dev system-deps
	@tmp=$$(mktemp -d); trap 'rm -rf "$$tmp"' EXIT; \
	{ $(PY) -m etl --source $(LBM_SOURCE) --out "$$tmp/lbm.duckdb" > "$$tmp/build.log" 2>&1; \
	  echo $$? > "$$tmp/rc.part"; mv "$$tmp/rc.part" "$$tmp/build.rc"; } & \
	LBM_TEST_DB="$$tmp/lbm.duckdb" LBM_TEST_DB_BUILT="$$tmp/build.rc" LBM_SOURCE=$(LBM_SOURCE) \
	  $(PY) -m pytest -n $(WORKERS) --dist worksteal $(PYTEST_ARGS); \
	status=$$?; wait; cat "$$tmp/build.log"; exit $$status

# The quick tier while you work: unit tests and AppTest on the tests' own small database; no
# real data build, no browser (tests/conftest.py marks the others "real" and "browser").
test-fast: $(VENV)/.dev
	$(PY) -m pytest -n $(WORKERS) --dist worksteal -m "not browser and not real" $(PYTEST_ARGS)

bench: $(VENV)/.dev system-deps $(DB)
	$(PY) -m bench
	$(PY) -m bench.exports
	$(PY) -m bench.limits
	$(PY) -m bench.search
	$(PY) -m bench.first_visit

$(VENV)/.app: requirements.txt requirements-build.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV) || python3 -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet --no-compile -r requirements.txt -r requirements-build.txt
	touch $@

$(VENV)/.dev: requirements-dev.txt $(VENV)/.app
	$(PY) -m pip install --quiet --no-compile -r requirements-dev.txt
	touch $@

# Debian's Chromium for the browser tests and the chart images of exports (Playwright and
# Kaleido must not download their own), nginx and envsubst (gettext-base) for the replica tests
# and `make serve-many`, poppler-utils to render the exported PDFs in tests.
system-deps:
	@missing=""; command -v chromium >/dev/null || missing="chromium"; \
	command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || missing="$$missing nginx"; \
	command -v pdftoppm >/dev/null || missing="$$missing poppler-utils"; \
	command -v envsubst >/dev/null || missing="$$missing gettext-base"; \
	if [ -n "$$missing" ]; then \
	  echo "Installing Debian packages:$$missing"; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing >/dev/null; \
	fi

# N app replicas behind nginx with sticky sessions: make serve-many N=3 PORT=8500
N ?= 3
serve-many: $(VENV)/.app $(DB) system-deps
	PATH="$$PATH:/usr/sbin" deploy/serve_many.sh $(N) $(or $(PORT_LB),8500)

clean:
	rm -rf $(VENV) $(DB) test-output .pytest_cache
