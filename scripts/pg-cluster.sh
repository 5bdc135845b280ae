#!/usr/bin/env bash
# A throw-away PostgreSQL cluster for tests and for trying team mode:
#   scripts/pg-cluster.sh start DIR   creates (if needed) and starts a cluster in
#                                     DIR on a free port; DIR/uri holds its URI
#   scripts/pg-cluster.sh stop DIR    stops it (nothing happens when it is not running)
# The server listens only on a Unix socket in DIR, with trust authentication,
# so nothing outside this machine's users can reach it. As root the server runs
# as the `postgres` user (initdb refuses root). Durability is switched off:
# the data is thrown away afterwards. PG_SHARED_BUFFERS sets the server's cache
# (default 128MB; accord-bench at 100k prospects wants a quarter of a 4 GB
# server's memory, 1GB, as docs/team-server.md advises).
set -euo pipefail

command=${1:-}
dir=${2:-}
if [ -z "$command" ] || [ -z "$dir" ]; then
    echo "usage: $0 start|stop DIR" >&2
    exit 2
fi

bindir=""
for candidate in /usr/lib/postgresql/*/bin; do
    [ -x "$candidate/pg_ctl" ] && bindir=$candidate
done
if [ -z "$bindir" ]; then
    echo "Accord: PostgreSQL server programs not found; install postgresql-15." >&2
    exit 1
fi

as_server() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

case "$command" in
start)
    mkdir -p "$dir"
    dir=$(cd "$dir" && pwd)
    [ "$(id -u)" -eq 0 ] && chown postgres "$dir"
    if [ ! -s "$dir/data/PG_VERSION" ]; then
        as_server "$bindir/initdb" -D "$dir/data" -U postgres --auth=trust \
            --encoding=UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
            || { cat "$dir/initdb.log" >&2; exit 1; }
    fi
    if as_server "$bindir/pg_ctl" -D "$dir/data" status >/dev/null 2>&1; then
        cat "$dir/uri"
        exit 0
    fi
    # A free port: the one it had before (a restart keeps its URI), else the
    # first between 54400 and 54999 nobody listens on.
    port=""
    previous=""
    [ -s "$dir/port" ] && previous=$(cat "$dir/port")
    for p in $previous $(seq 54400 54999); do
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null && [ ! -e "/tmp/.s.PGSQL.$p" ] \
            && [ ! -e "$dir/.s.PGSQL.$p" ]; then
            port=$p
            break
        fi
    done
    [ -n "$port" ] || { echo "Accord: no free port for PostgreSQL." >&2; exit 1; }
    as_server "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
        -o "-p $port -k $dir -c listen_addresses='' -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200 -c shared_buffers=${PG_SHARED_BUFFERS:-128MB}" \
        start >/dev/null || { cat "$dir/server.log" >&2; exit 1; }
    echo "$port" >"$dir/port"
    echo "postgresql://postgres@/postgres?host=$dir&port=$port" >"$dir/uri"
    cat "$dir/uri"
    ;;
stop)
    if [ -d "$dir/data" ]; then
        as_server "$bindir/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
    fi
    ;;
*)
    echo "usage: $0 start|stop DIR" >&2
    exit 2
    ;;
esac
