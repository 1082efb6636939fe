#!/usr/bin/env bash
# Creates a migration for both SQL adapters from the current config: `scripts/create-migration.sh <name>`.
# SQLite and PostgreSQL need their own SQL, so each has its own folder under src/migrations/.
set -euo pipefail
cd "$(dirname "$0")/.."
name=${1:?usage: scripts/create-migration.sh <name>}
export PAYLOAD_MIGRATING=true
mkdir -p .tmp
rm -f .tmp/create-migration.db*
DATABASE_URI=file:./.tmp/create-migration.db npm run -s payload -- migrate:create "$name" --skip-empty
pg_base=${POSTGRES_URI:-postgres://postgres:postgres@127.0.0.1:5432/postgres}
# A scratch database, recreated each time; MIGRATION_DB names another (e.g. one per engineer on a shared server).
pg_db=${MIGRATION_DB:-newsroom_create_migration}
psql "${pg_base%/*}/postgres" -qc "DROP DATABASE IF EXISTS $pg_db WITH (FORCE)" -c "CREATE DATABASE $pg_db"
DATABASE_URI="${pg_base%/*}/$pg_db" npm run -s payload -- migrate:create "$name" --skip-empty
# In the project's format (.prettierrc.json), so `npm run format:check` stays green.
npx prettier --write --log-level warn src/migrations
