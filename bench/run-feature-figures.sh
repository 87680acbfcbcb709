#!/usr/bin/env bash
# The Speed figures of issues 12 and 13 (brokerage, directory, courses), each at 16 clients, on one SQLite store.
#   bench/run-feature-figures.sh [data-dir] [seconds]
# data-dir: made here when missing with generate-brokers (5,000 brokers), generate-courses (1,000 cohorts,
# 20,000 enrolments, 5,000 pairings) and generate-directory (100,000 entries). Also times import-oruk of a
# 10,000-service ORUK file into a fresh store, with the load average beside it.
set -euo pipefail
cd "$(dirname "$0")/.."
data=${1:-/tmp/timebank-bench/features}
seconds=${2:-20}
clients=16
warmup=${TIMEBANK_BENCH_WARMUP:-20}
out=$(mktemp /tmp/timebank-feature-figures.XXXXXX)
api() { Timebank__DataDirectory="$1" dotnet run --project src/Timebank.Api -c Release --no-build -- "${@:2}"; }
load() { dotnet run --project bench/Timebank.Bench.Load -c Release --no-build -- "$@" --url http://127.0.0.1:5082 --clients $clients --seconds "$seconds" --warmup "$warmup" --out "$out"; }
api_pid=""; scratch=$(mktemp -d /tmp/timebank-import.XXXXXX)
cleanup() { [ -n "$api_pid" ] && kill "$api_pid" 2>/dev/null || true; rm -rf "$scratch"; }
trap cleanup EXIT

dotnet build src/Timebank.Api -c Release >/dev/null
dotnet build bench/Timebank.Bench.Load -c Release >/dev/null

if [ ! -f "$data/timebank.db" ]; then
  api "$data" generate-brokers --brokers 5000 | tail -n 1
  api "$data" generate-courses --cohorts 1000 --enrolments 20000 --pairings 5000 | tail -n 1
  api "$data" generate-directory --services 100000 | tail -n 1
fi

echo "== import-oruk of 10,000 services into a fresh store"
api "$scratch" generate-directory --services 10000 --seed 7 --file "$scratch/oruk.json" | tail -n 1
api "$scratch" generate-directory --services 0 >/dev/null   # the group the file is imported into
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
api "$scratch" import-oruk "$scratch/oruk.json" --organisation generated-directory-group | tail -n 1 | tee -a "$out"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"

echo "== the API on SQLite, store of $(du -h "$data/timebank.db" | cut -f1)"
# The load tool signs in from one address, past the per-address limit.
export Timebank__Auth__SignInAttemptsPerAddressPerMinute=1000000
Timebank__DataDirectory="$data" ASPNETCORE_ENVIRONMENT=Production \
  dotnet run --project src/Timebank.Api -c Release --no-build -- --urls http://127.0.0.1:5082 >/tmp/timebank-bench-features.log 2>&1 & api_pid=$!
for _ in $(seq 1 60); do curl -sf http://127.0.0.1:5082/readyz >/dev/null && break; sleep 1; done
load features --scenarios brokers,cohorts,overdue
load directory --pages 2000
kill $api_pid; api_pid=""

echo; echo "== all figures (load average now: $(cut -d' ' -f1-3 /proc/loadavg))"; cat "$out"
