import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { databaseUrl, providerOf, sqlitePath } from "./lib/db/database-url";
import { cliPool } from "./lib/db/pg-cli-pool";

// The CLI does not read .env when this file exists; DATABASE_URL comes from the environment or the default.
const url = databaseUrl();
const provider = providerOf(url);
// The schema's datasource reads DATABASE_URL too; without it the CLI falls back to downloading an engine.
process.env.DATABASE_URL = url;

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", provider, "schema"),
  migrations: { path: path.join("prisma", provider, "migrations") },
  async adapter() {
    return provider === "postgresql"
      ? new PrismaPg(cliPool(url))
      : new PrismaBetterSQLite3({ url: sqlitePath(url) });
  },
});
