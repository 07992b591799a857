import type { ScenarioStatus } from "@/lib/scenarios/status";

const TONE: Record<ScenarioStatus, string> = {
  draft: "bg-gray-100 text-gray-700",
  proposed: "bg-blue-50 text-blue-800",
  accepted: "bg-emerald-50 text-emerald-800",
  declined: "bg-rose-50 text-rose-800",
};

/** A scenario's status as a small label; `label` comes from the catalog (scenarios.status.*). */
export function StatusBadge({ status, label }: { status: ScenarioStatus; label: string }) {
  return (
    <span className={`inline-block rounded px-2 py-0.5 text-xs font-medium ${TONE[status]}`} data-testid="scenario-status" data-status={status}>
      {label}
    </span>
  );
}
