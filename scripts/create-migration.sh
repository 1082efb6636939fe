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
psql "${pg_base%/*}/postgres" -qc 'DROP DATABASE IF EXISTS newsroom_create_migration WITH (FORCE)' -c 'CREATE DATABASE newsroom_create_migration'
DATABASE_URI="${pg_base%/*}/newsroom_create_migration" npm run -s payload -- migrate:create "$name" --skip-empty
