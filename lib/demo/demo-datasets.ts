import { generateDemoSnapshots, generateSleeveHistory, SYNTHETIC_LABEL, SYNTHETIC_MANAGER_EXCESS } from "../data/synthetic";
import { sleeveHistoryToJson, snapshotsToJson } from "../market/serialise";

/** The synthetic market the demo's proposals run on, as Dataset rows (name + vintage identify a row). */
export const DEMO_VINTAGE = "synthetic-v1";

export function demoDatasets() {
  const history = generateSleeveHistory();
  const snapshots = generateDemoSnapshots();
  return [
    {
      kind: "sleeve_history" as const,
      name: "Demo sleeve returns 2000–2024",
      source: SYNTHETIC_LABEL,
      vintage: DEMO_VINTAGE,
      asOf: "2024-12-31",
      synthetic: true,
      payload: { ...sleeveHistoryToJson(history), managerExcessAssumptions: SYNTHETIC_MANAGER_EXCESS },
    },
    {
      kind: "snapshots" as const,
      name: "Demo index constituents (large and small caps, six regions)",
      source: SYNTHETIC_LABEL,
      vintage: DEMO_VINTAGE,
      asOf: snapshots.reduce((latest, s) => (s.asOf && s.asOf > latest ? s.asOf : latest), ""),
      synthetic: true,
      payload: snapshotsToJson(snapshots),
    },
  ];
}
