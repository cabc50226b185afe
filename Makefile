# Làng Nghề — the two commands: `make run` and `make test`.
VENV ?= .venv
PYTHON ?= python3
PY := $(VENV)/bin/python
PORT ?= 8000
INSTALLED := $(VENV)/.installed

.PHONY: run test lint format install migrate seed lock messages clean

# uv installs the locked set in seconds where pip takes a minute (pip's cache never fills here).
$(INSTALLED): requirements.lock
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check uv
	$(VENV)/bin/uv pip install --quiet --python $(PY) -r requirements.lock
	touch $@

install: $(INSTALLED)

migrate: install
	$(PY) manage.py migrate --noinput

seed: migrate
	$(PY) manage.py seed_demo

run: seed
	@echo ""
	@echo "  Làng Nghề is at http://127.0.0.1:$(PORT)/  (admin: http://127.0.0.1:$(PORT)/admin/)"
	@echo "  Demo logins are listed above and in README.md."
	@echo ""
	$(PY) manage.py runserver 127.0.0.1:$(PORT)

test: install
	bash scripts/test.sh

lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/lint-imports

format: install
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

# Re-resolve requirements.lock from pyproject.toml (needs the network to PyPI).
lock: install
	$(VENV)/bin/uv pip compile pyproject.toml --extra dev --python-version 3.11 --quiet -o requirements.lock

# Rebuild the .po catalogues from the code and compile them to the .mo files that are committed.
messages: install
	$(PY) manage.py makemessages --locale vi --no-location --ignore '.venv/*' --ignore 'static/*' --ignore 'tests/*'
	$(PY) manage.py compilemessages --ignore '.venv/*'
	$(PY) manage.py admin_catalogue --update

clean:
	rm -rf $(VENV) static db.sqlite3 test-artifacts

# The benchmark, never part of `make test` (docs/benchmark.md): seeds a large catalogue once
# into a PostgreSQL cluster kept in bench/.data, then loads every kind of page under gunicorn
# with the production settings. BENCH_ARGS="--duration 30" etc.: `python -m bench.run --help`.
.PHONY: bench
bench: install
	@packages=""; \
	command -v wrk >/dev/null || packages="$$packages wrk"; \
	command -v redis-server >/dev/null || packages="$$packages redis-server"; \
	command -v chromium >/dev/null || packages="$$packages chromium"; \
	ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || packages="$$packages postgresql postgresql-contrib"; \
	if [ -n "$$packages" ]; then \
	  echo "Installing$$packages"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$packages >/dev/null; \
	fi
	$(PY) -m bench.run $(BENCH_ARGS)
