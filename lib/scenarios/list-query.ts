import type { ScenarioStatus } from "./status";

/** What the scenarios list shows: the page's URL parameters, parsed (lib/validation/scenario-list-query.ts). */

export const SCENARIO_SORTS = ["updated", "oldest", "name", "created"] as const;
export type ScenarioSort = (typeof SCENARIO_SORTS)[number];

/** Rows on one page of the scenarios list. */
export const SCENARIO_PAGE_SIZE = 25;
export const SCENARIO_SEARCH_MAX = 100;

export type ScenarioListQuery = {
  /** Matched literally (no wildcards) against the name, ignoring case; "" for every scenario. */
  q: string;
  clientId: string | null;
  status: ScenarioStatus | null;
  /** Last update, inclusive calendar days in UTC (the dates shown are UTC too). */
  from: string | null;
  to: string | null;
  sort: ScenarioSort;
  /** 1-based; a page past the end shows the last one. */
  page: number;
};
