#!/usr/bin/env bash
# Applies the committed migrations to empty SQLite and PostgreSQL databases the way production does
# (NODE_ENV=production: no schema push) and checks the tables really exist and nothing is left unmigrated.
set -euo pipefail
cd "$(dirname "$0")/.."
export NODE_ENV=production PAYLOAD_SECRET=${PAYLOAD_SECRET:-migration-check} NEXT_TELEMETRY_DISABLED=1
mkdir -p .tmp

sqlite_db=.tmp/migrate-check.db
rm -f "$sqlite_db" "$sqlite_db"-wal "$sqlite_db"-shm
DATABASE_URI="file:./$sqlite_db" npm run -s migrate
node scripts/assert-schema.mjs "file:./$sqlite_db"

pg_base=${POSTGRES_URI:-postgres://postgres:postgres@127.0.0.1:5432/newsroom_test}
pg_db=${MIGRATION_CHECK_DB:-newsroom_migrate_check}
pg_uri="${pg_base%/*}/$pg_db"
psql "${pg_base%/*}/postgres" -qc "DROP DATABASE IF EXISTS $pg_db WITH (FORCE)" -c "CREATE DATABASE $pg_db"
DATABASE_URI="$pg_uri" npm run -s migrate
node scripts/assert-schema.mjs "$pg_uri"
echo "migrations OK on SQLite and PostgreSQL"

# The committed migrations must describe the current config: creating one now must find nothing to do.
before=$(ls src/migrations/sqlite)
cp src/migrations/sqlite/index.ts .tmp/sqlite-migrations-index.ts
DATABASE_URI=file:./.tmp/drift-check.db PAYLOAD_MIGRATING=true NODE_ENV=development npm run -s payload -- migrate:create drift-check --skip-empty > .tmp/drift-check.log 2>&1
after=$(ls src/migrations/sqlite)
if [ "$before" != "$after" ]; then
  cp .tmp/sqlite-migrations-index.ts src/migrations/sqlite/index.ts
  find src/migrations/sqlite -name '*drift_check*' -delete
  echo "the schema changed but no migration was committed: run scripts/create-migration.sh <name>"; exit 1
fi
echo "no schema drift"
