/**
 * Where a scenario stands with the client. A draft is being worked on; a proposed scenario has been put to
 * the client, who accepts or declines it; any of the three can go back to draft for another round.
 *
 *   draft → proposed → accepted | declined
 *   proposed | accepted | declined → draft
 *
 * Everything else is refused (e.g. draft → accepted: nothing was put to the client; accepted → declined: a
 * change of mind goes through draft and a new proposal, so the trail shows it).
 */
export const SCENARIO_STATUSES = ["draft", "proposed", "accepted", "declined"] as const;
export type ScenarioStatus = (typeof SCENARIO_STATUSES)[number];

const NEXT: Record<ScenarioStatus, readonly ScenarioStatus[]> = {
  draft: ["proposed"],
  proposed: ["accepted", "declined", "draft"],
  accepted: ["draft"],
  declined: ["draft"],
};

/** The statuses `from` may move to, in the order the UI offers them. */
export function nextStatuses(from: ScenarioStatus): readonly ScenarioStatus[] {
  return NEXT[from];
}

/** @example canChangeStatus("draft", "proposed") // true; canChangeStatus("draft", "accepted") // false */
export function canChangeStatus(from: ScenarioStatus, to: ScenarioStatus): boolean {
  return NEXT[from].includes(to);
}

export function isScenarioStatus(value: unknown): value is ScenarioStatus {
  return typeof value === "string" && (SCENARIO_STATUSES as readonly string[]).includes(value);
}
