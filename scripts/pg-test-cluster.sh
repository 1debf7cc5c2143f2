#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the data-layer tests.
#   eval "$(bash scripts/pg-test-cluster.sh start [port])"   # exports TEST_DATABASE_URL and PG_TEST_DIR
#   bash scripts/pg-test-cluster.sh stop "$PG_TEST_DIR"
# initdb and pg_ctl refuse to run as root, so as root the cluster runs as the `postgres` user.
set -euo pipefail

bindir=""
if command -v pg_config >/dev/null 2>&1 && [ -x "$(pg_config --bindir)/initdb" ]; then bindir="$(pg_config --bindir)"; fi
if [ -z "$bindir" ]; then bindir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n1 || true)"; fi
if [ -z "$bindir" ] || [ ! -x "$bindir/initdb" ]; then echo "PostgreSQL binaries not found (apt-get install postgresql)" >&2; exit 1; fi

as_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "${1:-}" in
  start)
    port="${2:-55432}"
    dir="$(mktemp -d /tmp/cited-pg.XXXXXX)"
    [ "$(id -u)" = 0 ] && chown postgres: "$dir"
    as_owner "$bindir/initdb" -D "$dir/data" -U cited --auth=trust -E UTF8 >/dev/null
    as_owner "$bindir/pg_ctl" -D "$dir/data" -l "$dir/log" -w \
      -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c max_connections=300 -c fsync=off" start >/dev/null
    as_owner "$bindir/createdb" -h 127.0.0.1 -p "$port" -U cited cited_test
    echo "export PG_TEST_DIR=$dir"
    echo "export TEST_DATABASE_URL=postgres://cited@127.0.0.1:$port/cited_test"
    ;;
  stop)
    dir="${2:?usage: stop <dir>}"
    as_owner "$bindir/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
    rm -rf "$dir"
    ;;
  *) echo "usage: $0 start [port] | stop <dir>" >&2; exit 2 ;;
esac
