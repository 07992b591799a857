import type { Translate } from "@/lib/i18n/translate";
import type { ProposalView } from "@/lib/services/proposal/view-model";

type Line = ProposalView["allocation"]["lines"][number];

/** "Japan · Small · Active", "Bonds": the name of an allocation line in the UI language. */
export function lineLabel(line: Line, t: Translate): string {
  if (line.sleeve === "BONDS") return t("proposal.bonds");
  if (line.sleeve === "CASH") return t("proposal.cash");
  const parts = [line.region ? t(`region.${line.region}`) : "", line.size ? t(`proposal.size.${line.size}`) : ""];
  if (line.style) parts.push(t(`proposal.style.${line.style}`));
  return parts.filter(Boolean).join(" · ");
}
