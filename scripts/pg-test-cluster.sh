#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests (PITFALLS.md "PostgreSQL"): Debian's `postgresql` package,
# a cluster in a temporary folder on a local port, trust authentication on 127.0.0.1 only, durability
# off (fsync, synchronous_commit: a test database is thrown away anyway).
#
#   bash scripts/pg-test-cluster.sh [start]   # prints the server URL for DOCROUTE_TEST_PG on stdout
#   bash scripts/pg-test-cluster.sh stop
#
# Run as root (CI, a fresh Debian machine) it installs the package when missing and runs the server as
# the `postgres` user the package creates (initdb refuses root); run as anyone else it needs the
# package already installed and runs the server as that user. Port: DOCROUTE_PG_PORT (default 55432).
set -euo pipefail
PORT=${DOCROUTE_PG_PORT:-55432}
DIR=${DOCROUTE_PG_DIR:-/tmp/docroute-pg-$PORT}
URL="postgresql://postgres@127.0.0.1:$PORT/postgres"

bindir() {
    local found
    found=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
    [ -n "$found" ] && [ -x "$found/initdb" ] && echo "$found"
}

as_owner() {  # runs a command as the user who owns the cluster
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

if [ "${1:-start}" = stop ]; then
    BIN=$(bindir) || exit 0
    [ -d "$DIR" ] && as_owner "$BIN/pg_ctl" -D "$DIR" -m fast -w stop >/dev/null 2>&1 || true
    exit 0
fi

BIN=$(bindir || true)
if [ -z "$BIN" ]; then
    if [ "$(id -u)" != 0 ]; then
        echo "pg-test-cluster: PostgreSQL is not installed (as root: apt-get install -y postgresql)" >&2
        exit 1
    fi
    echo "pg-test-cluster: installing Debian's postgresql package" >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get install -y -q postgresql >/dev/null 2>&1 || { apt-get update -q >/dev/null && apt-get install -y -q postgresql >/dev/null; }
    BIN=$(bindir)
fi

write_hba() {  # trust on 127.0.0.1, except members of docroute_signin, who sign in with a password
    as_owner sh -c "printf '%s\n' 'local all all trust' \
        'host all +docroute_signin 127.0.0.1/32 scram-sha-256' 'host all all 127.0.0.1/32 trust' > '$DIR/pg_hba.conf'"
}

if as_owner "$BIN/pg_ctl" -D "$DIR" status >/dev/null 2>&1; then
    write_hba
    as_owner "$BIN/pg_ctl" -D "$DIR" reload >/dev/null
    echo "$URL"
    exit 0
fi
if [ ! -f "$DIR/PG_VERSION" ]; then
    rm -rf "$DIR"
    mkdir -p "$DIR"
    [ "$(id -u)" = 0 ] && chown postgres: "$DIR"
    chmod 700 "$DIR"
    # C collation: text sorts by code point, as in SQLite, so both engines list in the same order.
    as_owner "$BIN/initdb" -D "$DIR" -U postgres --auth=trust --encoding=UTF8 --locale=C >"$DIR.initdb.log" 2>&1 \
        || { cat "$DIR.initdb.log" >&2; exit 1; }
fi
write_hba
as_owner "$BIN/pg_ctl" -D "$DIR" -l "$DIR/server.log" -w -t 60 \
    -o "-p $PORT -k $DIR -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
    start >/dev/null || { cat "$DIR/server.log" >&2; exit 1; }
echo "$URL"
