#!/usr/bin/env bash
# Starts the production build for the end-to-end tests.
#   e2e-server.sh PORT            a fresh SQLite file seeded with the demo data (data/e2e-PORT.db)
#   e2e-server.sh PORT PRIMARY    a second app server on the primary's database (to show two servers act as one)
set -euo pipefail
port="${1:-3100}"
primary="${2:-}"
db="data/e2e-${primary:-$port}.db"
export DATABASE_URL="file:./$db"
export NEXTAUTH_SECRET="e2e-secret-not-for-production-0123456789"
export NEXTAUTH_URL="http://localhost:${port}"
export DEMO_MODE=true
# Every e2e request comes from 127.0.0.1: the per-address sign-in limit is raised so tests do not share one allowance.
export LOGIN_IP_MAX_ATTEMPTS=5000
export NEXT_TELEMETRY_DISABLED=1
if [ -z "$primary" ]; then
  rm -f "$db" "$db-journal" "$db.ready"
  npx prisma migrate deploy >/dev/null
  npx tsx scripts/db/seed.ts
  touch "$db.ready"
else
  for _ in $(seq 1 240); do [ -f "$db.ready" ] && break; sleep 0.5; done
  [ -f "$db.ready" ] || { echo "e2e-server: primary database $db never became ready" >&2; exit 1; }
fi
exec node node_modules/next/dist/bin/next start -p "$port"
