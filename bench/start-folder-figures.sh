#!/usr/bin/env bash
# recordExchange over HTTP for one published build started two ways, alternated in one sitting: from the project
# folder (A) and from an empty folder elsewhere (B), as a service manager or container starts it. Both should
# read the build's own appsettings.json, so both should log the same few lines and run at the same rate.
#   bench/start-folder-figures.sh [rounds] [seconds]
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-3}
seconds=${2:-20}
warmup=${TIMEBANK_BENCH_WARMUP:-20}
work=$(mktemp -d /tmp/timebank-start-folders.XXXXXX)
port=5183
api_pid=""
cleanup() { [ -n "$api_pid" ] && kill "$api_pid" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

dotnet publish src/Timebank.Api -c Release -o "$work/app" >/dev/null
dotnet build bench/Timebank.Bench.Load -c Release >/dev/null
mkdir -p "$work/elsewhere"
for round in $(seq 1 "$rounds"); do
  for way in A B; do
    folder=$PWD/src/Timebank.Api; [ "$way" = B ] && folder=$work/elsewhere
    rm -rf "$work/app/data"
    # The load tool signs up all its members from one address, past the per-address sign-up limit.
    ( cd "$folder" && ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS=http://127.0.0.1:$port \
        Timebank__Auth__SignInAttemptsPerAddressPerMinute=1000000 exec "$work/app/Timebank.Api" >"$work/api.log" 2>&1 ) &
    api_pid=$!
    for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$port/readyz" >/dev/null && break; sleep 0.5; done
    result=$(dotnet run --project bench/Timebank.Bench.Load -c Release --no-build -- http --url "http://127.0.0.1:$port" \
      --scenarios exchange --clients 64 --members 64 --seconds "$seconds" --warmup "$warmup" | tail -n 1)
    kill "$api_pid"; wait "$api_pid" 2>/dev/null || true; api_pid=""
    echo "round $round, started from $([ "$way" = A ] && echo "the project folder" || echo "elsewhere"): $result; $(wc -l <"$work/api.log") log lines"
  done
done
