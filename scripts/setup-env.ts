/**
 * Writes .env.local on first set-up (Next loads it for `next start`): a random NEXTAUTH_SECRET and
 * DEMO_MODE=true. An existing file is left alone so a second run keeps sessions valid.
 */
import { existsSync, writeFileSync } from "node:fs";
import { randomBytes } from "node:crypto";

const file = ".env.local";
if (existsSync(file)) {
  console.log(`setup-env: ${file} exists, left as it is`);
} else {
  const lines = [
    "# Written by scripts/setup-env.ts for the local demo. Do not commit.",
    `NEXTAUTH_SECRET=${randomBytes(32).toString("base64url")}`,
    "NEXTAUTH_URL=http://localhost:3000",
    "DEMO_MODE=true",
  ];
  writeFileSync(file, `${lines.join("\n")}\n`, { mode: 0o600 });
  console.log(`setup-env: wrote ${file}`);
}
