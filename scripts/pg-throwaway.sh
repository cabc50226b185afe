#!/usr/bin/env bash
# Throwaway PostgreSQL cluster for tests and CI. Run as root or as a user that can run initdb.
#   eval "$(bash scripts/pg-throwaway.sh start)"   # exports PG_TMP, PGPORT, DATABASE_URL
#   bash scripts/pg-throwaway.sh stop              # needs PG_TMP from start
set -euo pipefail
PGBIN=${PGBIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)}
DB=${PG_DB:-langnghe}; ROLE=${PG_ROLE:-langnghe}; PASS=${PG_PASS:-langnghe}

as_pg() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
free_port() { python3 -c 'import socket;s=socket.socket();s.bind(("127.0.0.1",0));print(s.getsockname()[1])'; }

case "${1:-start}" in
start)
  PORT=${2:-$(free_port)}
  PG_TMP=$(mktemp -d /tmp/pgtmp.XXXXXX)
  [ "$(id -u)" = 0 ] && chown postgres:postgres "$PG_TMP"
  as_pg "$PGBIN/initdb" -D "$PG_TMP/data" -U postgres -E UTF8 --locale=C.UTF-8 \
        --auth-local=trust --auth-host=scram-sha-256 >"$PG_TMP/initdb.log" 2>&1
  # Speed-only settings: fine for throwaway test data, never for real data.
  as_pg "$PGBIN/pg_ctl" -D "$PG_TMP/data" -l "$PG_TMP/server.log" -w -t 30 start \
        -o "-h 127.0.0.1 -p $PORT -k $PG_TMP -c fsync=off -c synchronous_commit=off -c full_page_writes=off" >&2
  psql_pg() { as_pg "$PGBIN/psql" -h "$PG_TMP" -p "$PORT" -U postgres -v ON_ERROR_STOP=1 -qAt "$@"; }
  psql_pg -d postgres -c "CREATE ROLE $ROLE LOGIN CREATEDB PASSWORD '$PASS'" \
                      -c "CREATE DATABASE $DB OWNER $ROLE"
  # template1 too, so the test databases Django creates inherit the extensions.
  for d in "$DB" template1; do
    psql_pg -d "$d" -c "CREATE EXTENSION IF NOT EXISTS unaccent" -c "CREATE EXTENSION IF NOT EXISTS pg_trgm"
  done
  echo "export PG_TMP='$PG_TMP' PGPORT='$PORT'"
  echo "export DATABASE_URL='postgres://$ROLE:$PASS@127.0.0.1:$PORT/$DB'"
  ;;
stop)
  : "${PG_TMP:?PG_TMP is not set (eval the output of start first)}"
  [ -d "$PG_TMP/data" ] && as_pg "$PGBIN/pg_ctl" -D "$PG_TMP/data" -m immediate -w stop >&2 || true
  rm -rf "$PG_TMP"
  ;;
*) echo "usage: $0 start [port] | stop" >&2; exit 2 ;;
esac
