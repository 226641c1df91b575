#!/usr/bin/env bash
# A throw-away PostgreSQL cluster for krant's tests: initdb into a folder, listening on 127.0.0.1 only, on a
# port of its own, with trust authentication for the loopback (nothing else can reach it).
#
#   scripts/postgres-test-server.sh start DIR [PORT]   prints the URL to give KRANT_TEST_POSTGRES_URL
#   scripts/postgres-test-server.sh stop DIR           stops the cluster and removes DIR
#
# initdb refuses to run as root, so as root the cluster belongs to the 'postgres' user that Debian's
# package creates (or one made here).
set -euo pipefail

command=${1:-}
dir=${2:-}
port=${3:-55432}
if [[ -z "$command" || -z "$dir" ]]; then
    echo "usage: $0 start DIR [PORT] | stop DIR" >&2
    exit 2
fi

bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [[ -z "$bin" || ! -x "$bin/initdb" ]]; then
    echo "error: no PostgreSQL server found; install it with: apt-get install -y postgresql" >&2
    exit 1
fi

as_owner() {
    if [[ $(id -u) -eq 0 ]]; then
        id postgres >/dev/null 2>&1 || useradd --system --no-create-home postgres
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

case "$command" in
start)
    mkdir -p "$dir"
    [[ $(id -u) -eq 0 ]] && { id postgres >/dev/null 2>&1 || useradd --system --no-create-home postgres; chown postgres "$dir"; }
    as_owner "$bin/initdb" --pgdata="$dir/data" --username=krant --auth=trust --encoding=UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
        || { cat "$dir/initdb.log" >&2; exit 1; }
    as_owner "$bin/pg_ctl" --pgdata="$dir/data" --log="$dir/server.log" --wait \
        -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$dir -c fsync=off" start >/dev/null \
        || { cat "$dir/server.log" >&2; exit 1; }
    as_owner "$bin/createdb" --host=127.0.0.1 --port="$port" --username=krant krant_test
    echo "postgresql://krant@127.0.0.1:$port/krant_test"
    ;;
stop)
    if [[ -d "$dir/data" ]]; then
        as_owner "$bin/pg_ctl" --pgdata="$dir/data" --mode=fast --wait stop >/dev/null || true
    fi
    rm -rf "$dir"
    ;;
*)
    echo "usage: $0 start DIR [PORT] | stop DIR" >&2
    exit 2
    ;;
esac
