/**
 * The kinds of a scenario's audit events (ScenarioEvent.kind). Exports name their format in the kind, so one
 * row says what left the app: `exported_pdf`, `exported_weights_csv`, `exported_backtest_csv`.
 */
export const EXPORT_FORMATS = ["pdf", "weights_csv", "backtest_csv"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const SCENARIO_EVENT_KINDS = [
  "created",
  "version_saved",
  "status_changed",
  "exported_pdf",
  "exported_weights_csv",
  "exported_backtest_csv",
] as const;
export type ScenarioEventKind = (typeof SCENARIO_EVENT_KINDS)[number];

export function exportEventKind(format: ExportFormat): ScenarioEventKind {
  return `exported_${format}`;
}

/** The kinds that wrote a version: the first save and every later one. */
export const VERSION_WRITING_KINDS = ["created", "version_saved"] as const satisfies readonly ScenarioEventKind[];
