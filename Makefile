# The two commands a newcomer needs: `make run` and `make test`. Everything else is a step of those.
PYTHON ?= python3
HOST ?= 127.0.0.1
PORT ?= 5000
VENV := .venv
BIN := $(VENV)/bin
STAMPS := .stamps
PWA_INPUTS := $(shell find pwa/src pwa/public -type f 2>/dev/null) pwa/index.html pwa/vite.config.js pwa/package.json
export FLASK_APP := wsgi

.PHONY: run test lint bench lighthouse scaled setup pwa migrate seed vapid system-deps clean lock

run: setup migrate seed vapid
	@echo "Serving Amplify on http://$(HOST):$(PORT)  (Ctrl+C to stop)"
	$(BIN)/gunicorn --worker-class gevent --workers 1 --no-control-socket \
		--bind $(HOST):$(PORT) --access-logfile - wsgi:app

test: setup $(STAMPS)/dev system-deps
	cd pwa && npm test
	$(BIN)/pytest tests/gamification
	$(BIN)/pytest -n auto tests/api
	$(BIN)/pytest tests/realtime
	$(BIN)/pytest -n 2 --dist loadfile tests/e2e

# import-linter (the layer contracts) and mypy (the engine's types) read pyproject.toml.
lint: $(STAMPS)/dev pwa/node_modules/.package-lock.json
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports --no-logo
	$(BIN)/mypy
	cd pwa && npm run lint:css

# Benchmarks print figures measured side by side in one run; results are kept in bench/results/.
# The leaderboard and load benchmarks need PostgreSQL and Redis: scripts/with-services starts
# throwaway ones.
bench: $(STAMPS)/dev
	@mkdir -p bench/results
	$(BIN)/python bench/engine_replay.py | tee bench/results/engine_replay.txt
	scripts/with-services $(BIN)/python bench/rank_queries.py 2>&1 | grep -v ' INFO ' | tee bench/results/rank_queries.txt
	scripts/with-services $(BIN)/python bench/live_leaderboard.py 2>&1 | grep -v ' INFO ' | tee bench/results/live_leaderboard.txt
	$(BIN)/python bench/redirect.py 2>&1 | grep -v ' INFO ' | tee bench/results/redirect.txt
	scripts/with-services $(BIN)/python bench/analytics_dashboard.py 2>&1 | grep -v ' INFO ' | tee bench/results/analytics_dashboard.txt
	scripts/with-services $(BIN)/python bench/load_mix.py 2>&1 | grep -v ' INFO ' | tee bench/results/load_mix.txt
	$(BIN)/python bench/push_fanout.py 2>&1 | grep -v ' INFO ' | tee bench/results/push_fanout.txt
	scripts/with-services $(BIN)/python bench/socket_capacity.py 2>&1 | grep -v ' INFO ' | tee bench/results/socket_capacity.txt
	$(BIN)/python bench/people_import.py 2>&1 | grep -v ' INFO ' | tee bench/results/people_import.txt

# Lighthouse (phone settings) on the feed, leaderboard and My points, signed in as the demo advocate:
# a throwaway seeded server, Debian's Chromium, 3 runs each; reports in artifacts/lighthouse/.
# Lighthouse is its own npm package (bench/lighthouse/) so the PWA's installs stay lean.
lighthouse: setup system-deps bench/lighthouse/node_modules/.package-lock.json
	CHROME_PATH=$${CHROME_PATH:-/usr/bin/chromium} $(BIN)/python bench/lighthouse/run.py

bench/lighthouse/node_modules/.package-lock.json: bench/lighthouse/package-lock.json
	cd bench/lighthouse && npm ci --ignore-scripts --no-audit --no-fund
	@touch $@

# The production shape on this machine: nginx (ip_hash) -> several processes -> PostgreSQL, Redis.
scaled: setup
	scripts/scaled

setup: $(STAMPS)/python pwa/dist/index.html

migrate: $(STAMPS)/python
	$(BIN)/flask db upgrade

seed: $(STAMPS)/python
	$(BIN)/flask seed-demo --if-empty

# Web Push keys, generated once into instance/vapid.json (kept when already configured).
vapid: $(STAMPS)/python
	$(BIN)/flask vapid-keys --if-missing

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

# Installs come from the lock files, so a new release of anything cannot break a fresh clone;
# `make lock` refreshes them from pyproject.toml.
$(STAMPS)/python: requirements/main.txt pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements/main.txt
	$(BIN)/pip install --quiet --no-deps -e .
	@mkdir -p $(STAMPS) && touch $@

$(STAMPS)/dev: requirements/dev.txt $(STAMPS)/python
	$(BIN)/pip install --quiet -r requirements/dev.txt
	@touch $@

# The dev lock is compiled first and the main lock within it, so both name the same versions.
LOCK_FLAGS := --quiet --strip-extras --allow-unsafe --no-emit-index-url --no-emit-find-links --resolver=backtracking
lock: | $(BIN)/python
	$(BIN)/pip install --quiet pip-tools
	@mkdir -p requirements
	$(BIN)/pip-compile $(LOCK_FLAGS) --upgrade --extra dev -o requirements/dev.txt pyproject.toml
	$(BIN)/pip-compile $(LOCK_FLAGS) -c requirements/dev.txt -o requirements/main.txt pyproject.toml

pwa/node_modules/.package-lock.json: pwa/package-lock.json
	cd pwa && npm ci --no-audit --no-fund
	@touch $@

pwa/dist/index.html: pwa/node_modules/.package-lock.json $(PWA_INPUTS)
	cd pwa && npm run build

pwa: pwa/dist/index.html

# Browser tests drive Debian's Chromium; never a downloaded browser.
system-deps:
	@command -v chromium >/dev/null || { \
		if [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; \
		else echo "Install Chromium first: sudo apt-get install chromium" >&2; exit 1; fi; }

clean:
	rm -rf $(VENV) $(STAMPS) pwa/node_modules pwa/dist
