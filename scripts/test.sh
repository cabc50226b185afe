#!/usr/bin/env bash
# The whole test suite, in three runs:
#   1. SQLite: every test except the browser ones (always);
#   2. PostgreSQL: the tests marked postgres or postgres_only, where the database changes the
#      outcome (search, constraints, locking), on a throwaway cluster (when the binaries exist);
#   3. Browser: end-to-end journeys in Debian's Chromium (when chromium is present).
# REQUIRE_POSTGRES=1 / REQUIRE_BROWSER=1 turn a missing part into a failure instead of a skip;
# REQUIRE_PROXY=1 does the same for the Varnish tests inside the SQLite suite.
set -uo pipefail
cd "$(dirname "$0")/.."
PY=${VENV:-.venv}/bin/python
SCRIPTS="$PWD/scripts"
status=0
summary=()

# Each suite runs on every core (pytest-xdist; one test database per worker), at most four.
run_suite() {
  local name=$1; shift
  echo ""
  echo "=== $name ==="
  if "$PY" -m pytest -n auto --maxprocesses 4 "$@"; then
    summary+=("$name: passed")
  else
    summary+=("$name: FAILED")
    status=1
  fi
}

# The SQLite and browser suites must not pick up a DATABASE_URL from the caller's shell.
unset DATABASE_URL
run_suite "SQLite" -m "not browser and not postgres_only"

if ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  if eval "$(bash "$SCRIPTS/pg-throwaway.sh" start)"; then
    trap 'bash "$SCRIPTS/pg-throwaway.sh" stop' EXIT
    run_suite "PostgreSQL" -m "(postgres or postgres_only) and not browser"
  else
    summary+=("PostgreSQL: FAILED to start a throwaway cluster")
    status=1
  fi
  unset DATABASE_URL
elif [ "${REQUIRE_POSTGRES:-0}" = 1 ]; then
  summary+=("PostgreSQL: FAILED (REQUIRE_POSTGRES=1 but no server binaries in /usr/lib/postgresql)")
  status=1
else
  summary+=("PostgreSQL: SKIPPED (no server binaries; apt-get install postgresql)")
fi

if command -v chromium >/dev/null 2>&1 || [ -n "${CHROMIUM_PATH:-}" ]; then
  run_suite "Browser" -m browser
elif [ "${REQUIRE_BROWSER:-0}" = 1 ]; then
  summary+=("Browser: FAILED (REQUIRE_BROWSER=1 but chromium is not installed)")
  status=1
else
  summary+=("Browser: SKIPPED (no chromium; apt-get install chromium)")
fi

echo ""
echo "=== Summary ==="
printf '  %s\n' "${summary[@]}"
exit $status
