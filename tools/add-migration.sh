#!/usr/bin/env bash
# Adds an EF Core migration for both stores: tools/add-migration.sh <Name>
set -euo pipefail
name=${1:?usage: tools/add-migration.sh <MigrationName>}
cd "$(dirname "$0")/../src/Timebank.Api"
dotnet tool restore >/dev/null
for store in Sqlite Postgres; do
  dotnet ef migrations add "$name" --context "${store}TimebankDbContext" \
    --output-dir "Platform/Persistence/Migrations/$store"
done
