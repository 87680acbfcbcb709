#!/usr/bin/env bash
# The flexi Speed figures of issue 14 on one SQLite store: generate the stored year, then time one week's accrual.
#   bench/run-flexi-figures.sh [data-dir] [services] [customers] [seconds]
# data-dir: made here when missing with generate-flexi (100 services, 2,000 customers, 52 weeks of accrual, sessions
# and purchases up to last week), so accrue-flexi then accrues exactly one new week for everyone. A second
# accrue-flexi shows the cost of finding nothing due. Then serviceReport over a year at 16 clients (the load tool's
# flexi command), and bookSupportSession beside recordExchange in one run at 16 clients (flexi-writes: 15-minute
# sessions booked by the bench manager for customers, within the minutes they have left this week).
# PORT (default 5082) is where the API listens meanwhile.
set -euo pipefail
cd "$(dirname "$0")/.."
data=${1:-/tmp/timebank-bench/flexi}
services=${2:-100}
customers=${3:-2000}
port=${PORT:-5082}
api() { Timebank__DataDirectory="$data" dotnet run --project src/Timebank.Api -c Release --no-build -- "$@"; }

dotnet build src/Timebank.Api -c Release >/dev/null

if [ ! -f "$data/timebank.db" ]; then
  mkdir -p "$data"
  api generate-flexi --services "$services" --customers "$customers" --weeks 52 | tail -n 2
fi

echo "== accrue-flexi: a new week for everyone (load average before: $(cut -d' ' -f1-3 /proc/loadavg))"
api accrue-flexi | tail -n 1
echo "== accrue-flexi again: nothing due"
api accrue-flexi | tail -n 1

echo "== serviceReport over a year at 16 clients"
dotnet build bench/Timebank.Bench.Load -c Release >/dev/null
export Timebank__Auth__SignInAttemptsPerAddressPerMinute=1000000
Timebank__DataDirectory="$data" ASPNETCORE_ENVIRONMENT=Production \
  dotnet run --project src/Timebank.Api -c Release --no-build -- --urls http://127.0.0.1:$port >/tmp/timebank-bench-flexi.log 2>&1 & api_pid=$!
trap 'kill $api_pid 2>/dev/null || true' EXIT
for _ in $(seq 1 60); do curl -sf http://127.0.0.1:$port/readyz >/dev/null && break; sleep 1; done
dotnet run --project bench/Timebank.Bench.Load -c Release --no-build -- flexi --url http://127.0.0.1:$port --clients 16 --seconds "${4:-20}" --warmup 20

echo "== bookSupportSession beside recordExchange at 16 clients"
dotnet run --project bench/Timebank.Bench.Load -c Release --no-build -- flexi-writes --url http://127.0.0.1:$port --clients 16 --seconds "${4:-20}" --warmup 5
