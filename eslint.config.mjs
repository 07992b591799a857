import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

/*
 * Layers and import rules (docs/architecture.md, "Layers and import rules"). `no-restricted-imports` reads an
 * import's text, not the file it resolves to, so a folder of lib/ is matched however it is named: through the
 * alias ("@/lib/db/…") or relatively ("./lib/db/…", "../db/…", "../../lib/db/…"). Type-only imports and
 * re-exports count; dynamic import() does not.
 */
const SEE = "See docs/architecture.md, 'Layers and import rules'.";
const LIB = "^(@/lib/|\\./lib/|(\\.\\./)+(lib/)?)";
const libFolders = (names) => `${LIB}(${names.join("|")})(/|$)`;

const PRISMA = [
  { regex: "^@prisma/", message: `Only lib/db talks to Prisma. ${SEE}` },
  { regex: "(^|/)generated(/|$)", message: `The generated Prisma clients are used only in lib/db. ${SEE}` },
];

/** lib/ is below the presentation: it returns data, and components/ and app/ render it. */
const UPWARD = [
  { regex: "^(@/|(\\.\\./)+|\\./)(components|app)/", message: `lib/ returns data; text and rendering live in components/ and app/. ${SEE}` },
];

const CORE = [
  { regex: "^(next|react|react-dom|next-auth)(/|$)", message: `The engine knows nothing of the framework. ${SEE}` },
  { regex: "^(pg|better-sqlite3|ioredis)(/|$)", message: `The engine knows nothing of the database. ${SEE}` },
  ...PRISMA,
  { regex: libFolders(["db", "services", "actions", "auth"]), message: `The engine takes plain data; it calls no data access, service, action or session. ${SEE}` },
  ...UPWARD,
];

const DATA_ACCESS = [
  {
    regex: `${LIB}validation/(?!stored-)`,
    message: `lib/db takes domain types (lib/domain), not form schemas; from lib/validation only the stored-row parsers (stored-*.ts). ${SEE}`,
  },
  { regex: libFolders(["services", "actions", "auth"]), message: `lib/db is below the services, actions and session. ${SEE}` },
  ...UPWARD,
];

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // Prisma's config and the database tests (tests/integration) use Prisma's types beside lib/db.
    files: ["**/*.{js,mjs,cjs,ts,mts,tsx}"],
    ignores: ["lib/db/**", "prisma.config.ts", "tests/integration/**"],
    rules: { "no-restricted-imports": ["error", { patterns: PRISMA }] },
  },
  {
    files: ["lib/**"],
    ignores: ["lib/db/**", "lib/backtest/**", "lib/allocation/**", "lib/metrics/**", "lib/risk/**", "lib/research/**"],
    rules: { "no-restricted-imports": ["error", { patterns: [...PRISMA, ...UPWARD] }] },
  },
  {
    files: ["lib/backtest/**", "lib/allocation/**", "lib/metrics/**", "lib/risk/**", "lib/research/**"],
    rules: { "no-restricted-imports": ["error", { patterns: CORE }] },
  },
  {
    files: ["lib/db/**"],
    rules: { "no-restricted-imports": ["error", { patterns: DATA_ACCESS }] },
  },
  globalIgnores([".next/**", "generated/**", "node_modules/**", "next-env.d.ts", "test-results/**", "playwright-report/**"]),
]);
