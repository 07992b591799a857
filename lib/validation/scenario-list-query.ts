import "./zod-config";
import { z } from "zod";
import { idSchema } from "./client";
import { SCENARIO_STATUSES } from "../scenarios/status";
import { SCENARIO_SEARCH_MAX, SCENARIO_SORTS, type ScenarioListQuery } from "../scenarios/list-query";

/** A calendar day (YYYY-MM-DD) that exists: zod's ISO date refuses 2026-02-30 and knows leap years. */
const day = z.iso.date();

/** Each parameter on its own, so that one bad value drops only itself. */
const FIELDS = {
  q: z.string().trim().max(SCENARIO_SEARCH_MAX),
  client: idSchema,
  status: z.enum(SCENARIO_STATUSES),
  from: day,
  to: day,
  sort: z.enum(SCENARIO_SORTS),
  page: z.string().regex(/^[1-9]\d{0,5}$/).transform(Number),
};
export type ScenarioListParam = keyof typeof FIELDS;

export type ParsedScenarioListQuery = { query: ScenarioListQuery; ignored: ScenarioListParam[] };

const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);

/**
 * The scenarios page's URL parameters, never throwing: an empty parameter is "not given"; a value that does not
 * parse is dropped and named in `ignored` (the page says so). A range whose end is before its start drops both.
 */
export function parseScenarioListQuery(params: Record<string, unknown>): ParsedScenarioListQuery {
  const ignored: ScenarioListParam[] = [];
  function read<K extends ScenarioListParam>(key: K): z.output<(typeof FIELDS)[K]> | null {
    const raw = first(params[key]);
    if (raw === undefined || raw === "") return null;
    const parsed = FIELDS[key].safeParse(raw);
    if (parsed.success) return parsed.data as z.output<(typeof FIELDS)[K]>;
    ignored.push(key);
    return null;
  }
  const q = read("q") ?? "";
  const [clientId, status, sort, page] = [read("client"), read("status"), read("sort"), read("page")];
  let [from, to] = [read("from"), read("to")];
  if (from && to && to < from) {
    ignored.push("from", "to");
    [from, to] = [null, null];
  }
  return { query: { q, clientId, status, from, to, sort: sort ?? "updated", page: page ?? 1 }, ignored };
}

/** The URL of `query` with `change` applied (the page's links: next page, other sort); defaults are left out. */
export function scenarioListHref(query: ScenarioListQuery, change: Partial<ScenarioListQuery> = {}): string {
  const q = { ...query, ...change };
  const entries: [string, string | number | null][] = [
    ["q", q.q || null],
    ["client", q.clientId],
    ["status", q.status],
    ["from", q.from],
    ["to", q.to],
    ["sort", q.sort === "updated" ? null : q.sort],
    ["page", q.page === 1 ? null : q.page],
  ];
  const search = new URLSearchParams(entries.filter((e): e is [string, string | number] => e[1] !== null).map(([k, v]) => [k, String(v)]));
  const text = search.toString();
  return text ? `/scenarios?${text}` : "/scenarios";
}
