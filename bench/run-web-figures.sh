#!/usr/bin/env bash
# The web's Speed figures (issue 16): server time of the directory search and statement pages at 16 clients, and the
# directory page's weight.
#   bench/run-web-figures.sh [data-dir] [seconds]
# data-dir: made here when missing with generate-data (1,000,000 transfers; the bench member's long statement) and
# generate-directory (100,000 entries).
set -euo pipefail
cd "$(dirname "$0")/.."
data=${1:-/tmp/timebank-bench/web}
seconds=${2:-20}
clients=16
warmup=${TIMEBANK_BENCH_WARMUP:-20}
out=$(mktemp /tmp/timebank-web-figures.XXXXXX)
api() { Timebank__DataDirectory="$data" dotnet run --project src/Timebank.Api -c Release --no-build -- "$@"; }
api_pid=""
cleanup() { [ -n "$api_pid" ] && kill "$api_pid" 2>/dev/null || true; }
trap cleanup EXIT

dotnet build src/Timebank.Api -c Release >/dev/null
dotnet build bench/Timebank.Bench.Load -c Release >/dev/null

if [ ! -f "$data/timebank.db" ]; then
  api generate-data --timebanks 50 --members 100000 --transfers 1000000 | tail -n 1
  api generate-directory --services 100000 | tail -n 1
fi

echo "== the web on SQLite, store of $(du -h "$data/timebank.db" | cut -f1)"
export Timebank__Auth__SignInAttemptsPerAddressPerMinute=1000000
Timebank__DataDirectory="$data" ASPNETCORE_ENVIRONMENT=Production \
  dotnet run --project src/Timebank.Api -c Release --no-build -- --urls http://127.0.0.1:5083 >/tmp/timebank-bench-web.log 2>&1 & api_pid=$!
for _ in $(seq 1 60); do curl -sf http://127.0.0.1:5083/readyz >/dev/null && break; sleep 1; done
dotnet run --project bench/Timebank.Bench.Load -c Release --no-build -- pages --url http://127.0.0.1:5083 --clients $clients \
  --seconds "$seconds" --warmup "$warmup" --out "$out" | tail -n 2
echo "directory page weight (KB gzip): $(node tools/web-check/weight.mjs http://127.0.0.1:5083)" | tee -a "$out"

echo; echo "== all figures"; cat "$out"
