import { readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { ROOT } from "./perf-server";

// The part of Next's build output that maps each server action's id to its module and export name.
const manifestSchema = z.object({
  node: z.record(z.string(), z.object({ filename: z.string(), exportedName: z.string() })),
});

/**
 * The id the browser sends in the `Next-Action` header for `exportedName` of `file` (relative to the repository,
 * e.g. "lib/actions/proposals/generate-proposal.ts"), read from .next/server/server-reference-manifest.json.
 * The id belongs to one build: read it from the build the server runs.
 * @throws Error when the manifest is missing or does not list the action.
 */
export function serverActionId(file: string, exportedName: string): string {
  const manifestPath = path.join(ROOT, ".next/server/server-reference-manifest.json");
  const manifest = manifestSchema.parse(JSON.parse(readFileSync(manifestPath, "utf8")));
  const found = Object.entries(manifest.node).find(([, entry]) => entry.filename === file && entry.exportedName === exportedName);
  if (!found) throw new Error(`${manifestPath} lists no server action ${exportedName} in ${file}`);
  return found[0];
}

/**
 * The headers of a server action call as React's client sends them (recorded from Chromium): the action id,
 * the RSC answer type, and the arguments as a JSON array in a text/plain body.
 */
export function serverActionHeaders(baseUrl: string, actionId: string): Record<string, string> {
  return {
    "Next-Action": actionId,
    Accept: "text/x-component",
    "Content-Type": "text/plain;charset=UTF-8",
    Origin: baseUrl,
  };
}
