import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import pg from "pg";
import type { TestProject } from "vitest/node";

/**
 * Each integration run gets its own fresh database, migrated by the same script the app uses, and
 * removes it afterwards: TEST_DB=sqlite (a temp file) or TEST_DB=postgresql (a new database on the server
 * at TEST_PG_ADMIN_URL, default postgresql://postgres@127.0.0.1:5432/postgres).
 */
export default async function setup(project: TestProject) {
  const kind = process.env.TEST_DB === "postgresql" ? "postgresql" : "sqlite";
  let url: string;
  let teardown: () => Promise<void>;

  if (kind === "sqlite") {
    const dir = mkdtempSync(path.join(tmpdir(), "smallcap-it-"));
    url = `file:${path.join(dir, "test.db")}`;
    teardown = async () => rmSync(dir, { recursive: true, force: true });
  } else {
    const adminUrl = process.env.TEST_PG_ADMIN_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
    const name = `smallcap_it_${Date.now()}_${randomBytes(3).toString("hex")}`;
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const target = new URL(adminUrl);
    target.pathname = `/${name}`;
    url = target.toString();
    teardown = async () => {
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    };
  }

  execFileSync("npx", ["prisma", "migrate", "deploy"], { env: { ...process.env, DATABASE_URL: url }, stdio: "pipe" });
  project.provide("databaseUrl", url);
  console.log(`integration database (${kind}): ${url.replace(/\/\/[^@]*@/, "//")}`);
  return teardown;
}

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}
