#!/usr/bin/env bash
# Starts the production build the way production does (`npm start`: a cluster of WEB_CONCURRENCY=2 workers) on an
# empty SQLite database: the committed migrations must create the schema by themselves (prodMigrations), then the
# REST API, GraphQL and the admin must answer, and bench/smoke-cluster.mjs checks the public read cache across
# the workers and that the jobs queue runs in exactly one of them.
set -euo pipefail
cd "$(dirname "$0")/.."
port=${SMOKE_PORT:-3123}
db=.tmp/smoke-production.db
rm -f "$db" "$db"-wal "$db"-shm
mkdir -p .tmp
if curl -s -o /dev/null "http://127.0.0.1:$port/"; then
  echo "smoke: port $port is already in use; stop that server or set SMOKE_PORT"; exit 1
fi
# Own process group, so stopping it also stops the workers.
# WEBHOOK_ALLOWED_HOSTS: smoke-cluster.mjs receives the webhooks on this machine.
NODE_ENV=production PAYLOAD_SECRET=smoke-test DATABASE_URI="file:./$db" MEDIA_DIR=.tmp/smoke-media WEB_CONCURRENCY=2 WEBHOOK_ALLOWED_HOSTS=127.0.0.1 \
  setsid npm start -- -p "$port" > .tmp/smoke-production.log 2>&1 &
server=$!
stop_server() { kill -- "-$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; }
trap stop_server EXIT
for _ in $(seq 1 120); do curl -fs "http://127.0.0.1:$port/api/regions" > /dev/null 2>&1 && break; sleep 1; done
check() { # name expected-status url [curl args...]
  local name=$1 expected=$2 url=$3; shift 3
  local status
  status=$(curl -s -o .tmp/smoke-body -w '%{http_code}' "$@" "$url")
  if [ "$status" != "$expected" ]; then
    echo "smoke: $name answered $status, expected $expected"; head -c 600 .tmp/smoke-body; echo; tail -40 .tmp/smoke-production.log; exit 1
  fi
  echo "smoke: $name $status"
}
check "GET /api/regions" 200 "http://127.0.0.1:$port/api/regions"
check "GET /api/articles" 200 "http://127.0.0.1:$port/api/articles?locale=ru"
check "POST /api/graphql" 200 "http://127.0.0.1:$port/api/graphql" -H 'Content-Type: application/json' \
  --data '{"query":"{ Articles(limit: 1) { totalDocs } }"}'
check "GET /admin/login" 200 "http://127.0.0.1:$port/admin/login"
check "GET /api/users (anonymous)" 403 "http://127.0.0.1:$port/api/users"
expect_header() { # url header expected-value: the header is sent exactly once, with that value
  local url=$1 name=$2 expected=$3
  local values
  values=$(curl -s -D - -o /dev/null "$url" | tr -d '\r' | grep -i "^$name:" | sed 's/^[^:]*: *//')
  if [ "$values" != "$expected" ]; then
    echo "smoke: $url sent $name as [${values//$'\n'/ | }], expected [$expected]"; exit 1
  fi
}
# Security headers (src/http/headerPolicy.mjs): the admin from next.config.mjs, the API from its route wrappers.
for url in "/admin/login" "/api/articles?limit=1" "/api/users/me" "/sitemap.xml"; do
  expect_header "http://127.0.0.1:$port$url" X-Content-Type-Options nosniff
  expect_header "http://127.0.0.1:$port$url" X-Frame-Options DENY
  expect_header "http://127.0.0.1:$port$url" Referrer-Policy same-origin
done
admin_policy=$(curl -s -D - -o /dev/null "http://127.0.0.1:$port/admin/login" | tr -d '\r' | grep -i '^content-security-policy:' || true)
for directive in "default-src 'self'" "object-src 'none'" "frame-ancestors 'none'"; do
  case "$admin_policy" in *"$directive"*) ;; *) echo "smoke: the admin's Content-Security-Policy lacks $directive: [$admin_policy]"; exit 1 ;; esac
done
echo "smoke: security headers on the admin and the API"
# Refusals keep their code and message in a production build (minified class names once made them
# "An unknown error occurred."), in the caller's language; a body past its limit is refused before it is read;
# and none of these is logged as an error.
body_has() { # name text...
  local name=$1; shift
  for text in "$@"; do
    grep -qF -- "$text" .tmp/smoke-body || { echo "smoke: $name: the answer lacks $text"; head -c 600 .tmp/smoke-body; echo; exit 1; }
  done
}
check "GET /api/articles?limit=500 (anonymous)" 400 "http://127.0.0.1:$port/api/articles?limit=500"
body_has "limit=500" '"code":"PUBLIC_LIMIT_EXCEEDED"' 'limit: must be from 1 to 100'
check "GET /api/articles?page=-1 (kk)" 400 "http://127.0.0.1:$port/api/articles?page=-1" -H 'Accept-Language: kk'
body_has "page=-1" '"code":"INVALID_PARAMETER"' 'бүтін сан болуы керек'
check "POST /api/regions null body" 400 "http://127.0.0.1:$port/api/regions" -H 'Content-Type: application/json' --data 'null'
body_has "null body" '"code":"INVALID_BODY"'
head -c 3000000 /dev/zero | tr '\0' 'a' > .tmp/smoke-big-body
check "POST /api/graphql 3 MB" 413 "http://127.0.0.1:$port/api/graphql" -H 'Content-Type: application/json' --data-binary @.tmp/smoke-big-body
body_has "3 MB GraphQL body" '"code":"BODY_TOO_LARGE"'
if grep -q '"level":50' .tmp/smoke-production.log; then
  echo "smoke: refusals were logged as errors:"; grep '"level":50' .tmp/smoke-production.log | head -5 | cut -c1-400; exit 1
fi
node bench/smoke-cluster.mjs "http://127.0.0.1:$port" .tmp/smoke-production.log || { tail -60 .tmp/smoke-production.log; exit 1; }
# Stop the server (closing the database checkpoints its WAL), then check the migrations really made the tables.
stop_server
node scripts/assert-schema.mjs "file:./$db"
