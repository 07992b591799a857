import { beforeAll, describe, expect, test } from "vitest";
import { ESLint } from "eslint";

/**
 * The layer rules of eslint.config.mjs (docs/architecture.md, "Layers and import rules") are on: one import
 * line, linted as if it were the file at `filePath`, is refused or let through by `no-restricted-imports`.
 */
let eslint: ESLint;

beforeAll(async () => {
  eslint = new ESLint();
  await eslint.lintText("export {};\n", { filePath: "lib/allocation/warm-up.ts" }); // loads the configuration once
}, 60_000);

async function restrictedImports(filePath: string, code: string): Promise<number> {
  const [result] = await eslint.lintText(`${code}\n`, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === "no-restricted-imports").length;
}

const CORE_REFUSED = [
  'import { cache } from "react";',
  'import { notFound } from "next/navigation";',
  'import type { NextConfig } from "next";',
  'import { renderToString } from "react-dom/server";',
  'import { getServerSession } from "next-auth";',
  'import { PrismaClient } from "@prisma/client";',
  'import pg from "pg";',
  'import Database from "better-sqlite3";',
  'import Redis from "ioredis";',
  'import { Prisma } from "../../generated/sqlite";',
  'import { Prisma } from "@/generated/postgresql";',
  'import { getClientOrThrow } from "../db/clients";',
  'import { getClientOrThrow } from "@/lib/db/clients";',
  'import type { ClientRecord } from "../db/clients";',
  'export { db } from "../db/prisma";',
  'import { composeProposal } from "../services/proposal/compose";',
  'import { authedAction } from "../actions/safe-action";',
  'import { requireUser } from "@/lib/auth/session";',
];

const CORE_ALLOWED = [
  'import { REGIONS } from "../market/regions";',
  'import { buildAllocation } from "./model";',
  'import { z } from "zod";',
  'import type { HomeMarket } from "@/lib/domain/client";',
  'import { AppError } from "../errors/app-error";',
];

describe("the engine imports no framework, database or app layer", () => {
  const files = ["lib/allocation/x.ts", "lib/backtest/x.ts", "lib/metrics/x.ts", "lib/risk/x.ts", "lib/research/x.ts"];
  test.each(files.flatMap((file) => CORE_REFUSED.map((code) => [file, code])))("%s: %s is refused", async (file, code) => {
    expect(await restrictedImports(file, code)).toBe(1);
  });
  test.each(files.flatMap((file) => CORE_ALLOWED.map((code) => [file, code])))("%s: %s is allowed", async (file, code) => {
    expect(await restrictedImports(file, code)).toBe(0);
  });
});

describe("only lib/db (with prisma.config.ts and the database tests) uses Prisma", () => {
  test.each([
    ["app/(app)/clients/page.tsx", 'import { Prisma } from "@/generated/sqlite";'],
    ["lib/services/proposal/x.ts", 'import { PrismaClient } from "@prisma/client";'],
    ["components/clients/x.tsx", 'import type { Prisma } from "../../generated/postgresql";'],
    ["scripts/db/x.ts", 'import { PrismaClient } from "../../generated/sqlite";'],
    ["tests/unit/app/x.test.ts", 'import { Prisma } from "@/generated/sqlite";'],
  ])("%s: %s is refused", async (file, code) => {
    expect(await restrictedImports(file, code)).toBe(1);
  });
  test.each([
    ["lib/db/prisma.ts", 'import { PrismaClient } from "../../generated/sqlite";'],
    ["prisma.config.ts", 'import { PrismaPg } from "@prisma/adapter-pg";'],
    ["tests/integration/helpers/x.ts", 'import { Prisma } from "@/generated/sqlite";'],
  ])("%s: %s is allowed", async (file, code) => {
    expect(await restrictedImports(file, code)).toBe(0);
  });
});

describe("lib/db takes domain types, not form schemas, and calls no layer above it", () => {
  test.each([
    'import { clientInputSchema } from "../validation/client";',
    'import type { ClientInput } from "@/lib/validation/client";',
    'import type { ProposalAssumptions } from "../validation/proposal";',
    'import { createClient } from "../services/clients/save-client";',
    'import { authedAction } from "../actions/safe-action";',
    'import { currentUser } from "../auth/session";',
  ])("%s is refused", async (code) => {
    expect(await restrictedImports("lib/db/x.ts", code)).toBe(1);
  });
  test.each([
    'import { parseStoredRow } from "../validation/stored-json";',
    'import type { ClientProfileFields } from "../domain/client";',
    'import { db } from "./prisma";',
    'import { cache } from "react";',
  ])("%s is allowed", async (code) => {
    expect(await restrictedImports("lib/db/x.ts", code)).toBe(0);
  });
});
