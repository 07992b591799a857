#!/usr/bin/env bash
# The whole test suite, as the README's second command and CI run it:
# unit tests, integration tests on SQLite and on PostgreSQL, a production build, end-to-end tests in Chromium.
# PostgreSQL: TEST_PG_ADMIN_URL (default postgresql://postgres@127.0.0.1:5432/postgres) must accept CREATE DATABASE.
# The e2e servers run on two free ports (E2E_PORT to choose them). A layer whose report is missing, that ran no
# test, or that could not load a test file fails the run (scripts/test-summary.mjs), whatever the runner said.
set -uo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
reports=test-results/summary
rm -rf "$reports" && mkdir -p "$reports"
status=0

step() { echo; echo "=== $1 ==="; }
run() { "$@" || status=1; }

pg_url="${TEST_PG_ADMIN_URL:-postgresql://postgres@127.0.0.1:5432/postgres}"
if ! node -e "const c=new (require('pg').Client)({connectionString:process.argv[1]});c.connect().then(()=>c.end()).catch(()=>process.exit(1))" "$pg_url" 2>/dev/null; then
  if command -v pg_ctlcluster >/dev/null && [ -d /etc/postgresql ]; then
    pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql)" main start || true
    sleep 2
  fi
fi

step "unit tests (Vitest)"
run npx vitest run --project unit --reporter=default --reporter=json --outputFile.json="$reports/unit.json"

step "integration tests on SQLite"
TEST_DB=sqlite run npx vitest run --project integration --reporter=default --reporter=json --outputFile.json="$reports/integration-sqlite.json"

step "integration tests on PostgreSQL ($pg_url)"
TEST_DB=postgresql TEST_PG_ADMIN_URL="$pg_url" run npx vitest run --project integration --reporter=default --reporter=json --outputFile.json="$reports/integration-postgresql.json"

step "production build"
if npx next build; then
  step "end-to-end tests (Playwright, Chromium)"
  PLAYWRIGHT_JSON_OUTPUT_NAME="$reports/e2e.json" run npx playwright test --reporter=list,json
else
  status=1
fi

node scripts/test-summary.mjs "$reports" || status=1
exit $status
