#!/usr/bin/env bash
# Starts the production build for the end-to-end tests on its own fresh SQLite file, seeded with the demo data.
set -euo pipefail
port="${1:-3100}"
db="data/e2e-${port}.db"
rm -f "$db" "$db-journal"
export DATABASE_URL="file:./$db"
export NEXTAUTH_SECRET="e2e-secret-not-for-production-0123456789"
export NEXTAUTH_URL="http://localhost:${port}"
export DEMO_MODE=true
export NEXT_TELEMETRY_DISABLED=1
npx prisma migrate deploy >/dev/null
npx tsx scripts/db/seed.ts
exec node node_modules/next/dist/bin/next start -p "$port"
