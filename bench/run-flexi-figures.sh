#!/usr/bin/env bash
# The flexi Speed figures of issue 14 on one SQLite store: generate the stored year, then time one week's accrual.
#   bench/run-flexi-figures.sh [data-dir] [services] [customers]
# data-dir: made here when missing with generate-flexi (100 services, 2,000 customers, 52 weeks accrued up to last
# week), so accrue-flexi then accrues exactly one new week for everyone. A second accrue-flexi shows the cost of
# finding nothing due. The load scenarios (serviceReport, bookSupportSession beside recordExchange) are not in
# Timebank.Bench.Load yet.
set -euo pipefail
cd "$(dirname "$0")/.."
data=${1:-/tmp/timebank-bench/flexi}
services=${2:-100}
customers=${3:-2000}
api() { Timebank__DataDirectory="$data" dotnet run --project src/Timebank.Api -c Release --no-build -- "$@"; }

dotnet build src/Timebank.Api -c Release >/dev/null

if [ ! -f "$data/timebank.db" ]; then
  mkdir -p "$data"
  api generate-flexi --services "$services" --customers "$customers" --weeks 52 | tail -n 1
fi

echo "== accrue-flexi: a new week for everyone (load average before: $(cut -d' ' -f1-3 /proc/loadavg))"
api accrue-flexi | tail -n 1
echo "== accrue-flexi again: nothing due"
api accrue-flexi | tail -n 1
