import type { Translate } from "@/lib/i18n/translate";
import { parseSlotKey } from "@/lib/market/slots";
import { slotLabel } from "@/components/proposal/provenance-text";

/**
 * A slot as the admin page and the import CLI name it: what it stands for (the proposal's own wording,
 * provenance-text.ts) and which kind of data fills it, since "US small caps" is both a sleeve's returns and a
 * segment's constituents.
 * @example slotText("returns:EUROPE_SMALL", t) → "Europe small caps returns"; slotText("snapshot:KOREA:small:KOSDAQ", t) → "Korea KOSDAQ small caps constituents"
 */
export function slotText(key: string, t: Translate): string {
  const slot = parseSlotKey(key);
  const name = slotLabel(key, t);
  if (slot?.kind === "returns") return t("adminData.slot.returns", { name });
  if (slot?.kind === "snapshot") return t("adminData.slot.snapshot", { name });
  return name;
}
