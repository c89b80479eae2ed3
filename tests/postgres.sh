#!/usr/bin/env bash
# Starts a throwaway PostgreSQL server for the tests: `source tests/postgres.sh; start_postgres DIR PORT`.
# It listens on 127.0.0.1 only, runs as the postgres system user (PostgreSQL refuses root), and
# is stopped by `stop_postgres`.
pg_bin() { ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1; }

start_postgres() {
  local dir=$1 port=$2 bin
  bin=$(pg_bin)
  PG_DIR=$dir
  PG_BIN=$bin
  mkdir -p "$dir"
  chown postgres:postgres "$dir" 2>/dev/null || true
  as_postgres() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
  as_postgres "$bin/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 ||
    { cat "$dir/initdb.log" >&2; return 1; }
  as_postgres "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$dir -c fsync=off -c max_connections=200" \
    start >/dev/null || { cat "$dir/server.log" >&2; return 1; }
  PG_PORT=$port
}

create_database() {
  "$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -q -c "CREATE DATABASE $1" >/dev/null
}

stop_postgres() {
  [ -n "${PG_DIR:-}" ] || return 0
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m fast stop >/dev/null 2>&1 || true
  else
    "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m fast stop >/dev/null 2>&1 || true
  fi
}
