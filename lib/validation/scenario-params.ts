import "./zod-config";
import { z } from "zod";
import { idSchema } from "./client";

/**
 * URL parameters of the scenario pages. They arrive as strings (or arrays of them, when repeated); anything
 * else, or a string that is not what the page expects, is treated as not given, never as an error page.
 */

const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);

const VERSION = /^[1-9]\d{0,5}$/;

/** `?version=3` → 3; absent or malformed → null. */
export function versionParam(value: unknown): number | null {
  const v = first(value);
  return typeof v === "string" && VERSION.test(v) ? Number(v) : null;
}

/**
 * An id-shaped string, or null. Only a single value counts: the app never writes the parameter twice, so a
 * repeated one is not a link it made (ignored, like any other malformed value).
 */
export function idParam(value: unknown): string | null {
  const parsed = idSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

export type VersionRef = { scenarioId: string; version: number };

const COMPARE_MIN = 2;
const COMPARE_MAX = 3;

const refSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}:[1-9]\d{0,5}$/).transform((s): VersionRef => {
  const [scenarioId, version] = s.split(":");
  return { scenarioId: scenarioId!, version: Number(version) };
});

/** Why a compare URL was not used: not 2–3 versions, a part not written id:version, or one version twice. */
export type CompareParamError = "count" | "format" | "duplicate";

/**
 * `?v=<id>:<version>,<id>:<version>` (or `v` repeated, as a form with check boxes sends it): two or three
 * versions, each once.
 */
export function compareParam(value: unknown): { refs: VersionRef[]; error: null } | { refs: null; error: CompareParamError } {
  if (value === undefined) return { refs: null, error: "count" };
  const values = Array.isArray(value) ? value : [value];
  if (!values.every((v) => typeof v === "string")) return { refs: null, error: "format" };
  const parts = (values as string[]).flatMap((v) => v.split(",")).map((p) => p.trim()).filter((p) => p !== "");
  if (parts.length < COMPARE_MIN || parts.length > COMPARE_MAX) return { refs: null, error: "count" };
  const list: VersionRef[] = [];
  for (const part of parts) {
    const ref = refSchema.safeParse(part);
    if (!ref.success) return { refs: null, error: "format" };
    list.push(ref.data);
  }
  if (new Set(list.map((r) => `${r.scenarioId}:${r.version}`)).size !== list.length) return { refs: null, error: "duplicate" };
  return { refs: list, error: null };
}

/** The compare page's URL for these versions. */
export function compareHref(refs: readonly VersionRef[]): string {
  return `/scenarios/compare?v=${refs.map((r) => `${r.scenarioId}:${r.version}`).join(",")}`;
}
