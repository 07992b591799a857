/**
 * `npm run -s research -- french --file F [--factors F2] [--from YYYY-MM] [--to YYYY-MM] --json`
 * `npm run -s research -- gap --holdings F --json`
 * The French size-decile statistics and a holdings file's information-gap metrics, computed by the same code as
 * the research pages. The work is in scripts/lib/research-run.ts; this file connects it to the process.
 */
import { readFileSync } from "node:fs";
import { runResearchCli } from "./lib/research-run";

process.exitCode = runResearchCli(process.argv.slice(2), {
  readFile: (file) => readFileSync(file),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  env: process.env,
});
