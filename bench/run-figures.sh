#!/usr/bin/env bash
# Every figure of docs/performance.md, side by side with its ceilings, in one run on this machine.
#   bench/run-figures.sh [data-dir] [seconds]
# data-dir: a store filled by `generate-data` (made here when missing: 1,000,000 transfers, about two minutes).
# Set TIMEBANK_BENCH_POSTGRES to a connection string to add the exchange figure on PostgreSQL.
set -euo pipefail
cd "$(dirname "$0")/.."
data=${1:-/tmp/timebank-bench/data}
seconds=${2:-20}
clients=64
out=$(mktemp /tmp/timebank-figures.XXXXXX)
# Warm-up: the server's tiered JIT needs about 20 s of load to settle; the figures are of the settled process.
warmup=${TIMEBANK_BENCH_WARMUP:-20}
load() { dotnet run --project bench/Timebank.Bench.Load -c Release --no-build -- "$@" --seconds "$seconds" --warmup "$warmup" --out "$out" | tail -n 1; }
api_pid=""; bare_pid=""; rss_pid=""
cleanup() { for p in $api_pid $bare_pid $rss_pid; do kill "$p" 2>/dev/null || true; done; }
trap cleanup EXIT

dotnet build src/Timebank.Api -c Release >/dev/null
dotnet build bench/Timebank.Bench.Load -c Release >/dev/null
dotnet build bench/Timebank.Bench.Bare -c Release >/dev/null

if [ ! -f "$data/timebank.db" ]; then
  echo "generating 100,000 members and 1,000,000 transfers in 50 timebanks into $data"
  Timebank__DataDirectory="$data" dotnet run --project src/Timebank.Api -c Release --no-build -- generate-data --timebanks 50 --members 100000 --transfers 1000000 | tail -n 1
fi

echo "== ceilings"
load sqlite --batches 1,100 --path /tmp/timebank-raw.db
dotnet run --project bench/Timebank.Bench.Bare -c Release --no-build -- --urls http://127.0.0.1:5090 >/dev/null 2>&1 & bare_pid=$!
sleep 3
load bare --url http://127.0.0.1:5090 --clients $clients
kill $bare_pid; bare_pid=""

echo "== the API on SQLite, store of $(du -h "$data/timebank.db" | cut -f1)"
# The load tool signs up all its members from one address, past the per-address sign-up limit.
export Timebank__Auth__SignInAttemptsPerAddressPerMinute=1000000
Timebank__DataDirectory="$data" ASPNETCORE_ENVIRONMENT=Production \
  dotnet run --project src/Timebank.Api -c Release --no-build -- --urls http://127.0.0.1:5080 >/tmp/timebank-bench-api.log 2>&1 & api_pid=$!
for _ in $(seq 1 60); do curl -sf http://127.0.0.1:5080/readyz >/dev/null && break; sleep 1; done
server=$(pgrep -f "Timebank.Api --urls http://127.0.0.1:5080" | tail -n 1)
( peak=0; while kill -0 "$server" 2>/dev/null; do r=$(ps -o rss= -p "$server" || echo 0); [ "${r:-0}" -gt "$peak" ] && peak=$r && echo "$peak" > /tmp/timebank-bench-rss; sleep 1; done ) & rss_pid=$!
load http --scenarios exchange,account,me --clients $clients
load statement --clients 16
echo "peak resident memory of the API: $(( $(cat /tmp/timebank-bench-rss) / 1024 )) MB"
kill $api_pid; api_pid=""

if [ -n "${TIMEBANK_BENCH_POSTGRES:-}" ]; then
  echo "== the API on PostgreSQL"
  Timebank__Database__Provider=Postgres ConnectionStrings__Timebank="$TIMEBANK_BENCH_POSTGRES" Timebank__DataDirectory="$data-pg" ASPNETCORE_ENVIRONMENT=Production \
    dotnet run --project src/Timebank.Api -c Release --no-build -- --urls http://127.0.0.1:5081 >/tmp/timebank-bench-api-pg.log 2>&1 & api_pid=$!
  for _ in $(seq 1 60); do curl -sf http://127.0.0.1:5081/readyz >/dev/null && break; sleep 1; done
  load http --url http://127.0.0.1:5081 --scenarios exchange --clients $clients
fi

echo; echo "== all figures"; cat "$out"
