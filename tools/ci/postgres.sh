#!/usr/bin/env bash
# A throwaway PostgreSQL cluster on a loopback port, for the test run against the scale-out store.
#   tools/ci/postgres.sh start <dir> <port>   prints the admin connection string
#   tools/ci/postgres.sh stop <dir>
# initdb refuses to run as root, so the cluster belongs to the postgres user.
set -euo pipefail
action=${1:?start|stop}; dir=${2:?data directory}; port=${3:-55432}
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -n "$bin" ] || { echo "PostgreSQL is not installed (apt-get install -y postgresql)" >&2; exit 1; }
as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
case "$action" in
  start)
    mkdir -p "$dir"
    [ "$(id -u)" = 0 ] && chown postgres:postgres "$dir"
    as_postgres "$bin/initdb" -D "$dir/data" -U postgres -A trust --no-sync >/dev/null
    # fsync stays on: the suite checks durability-sensitive behaviour on the real defaults.
    as_postgres "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
      -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c max_connections=300" start >/dev/null
    echo "Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres;Maximum Pool Size=50"
    ;;
  stop)
    [ -d "$dir/data" ] && as_postgres "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null || true
    ;;
  *) echo "unknown action $action" >&2; exit 2 ;;
esac
