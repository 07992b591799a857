import { formatNumber } from "../../lib/i18n/format";
import type { Locale } from "../../lib/i18n/config";
import type { Translate } from "../../lib/i18n/translate";
import { slotText } from "../../components/admin/slot-text";
import { importErrorLines } from "./import-errors";
import type { DirRow } from "./import-dir";

/** Errors printed per failed file under the table; the total says how many there were. */
export const ERRORS_PER_FILE = 5;

/** Terminal columns a string takes: Hangul, CJK and full-width forms take two. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(ch) ? 2 : 1;
  return width;
}

const pad = (text: string, width: number, right = false) => {
  const fill = " ".repeat(Math.max(0, width - displayWidth(text)));
  return right ? fill + text : text + fill;
};

function outcomeText(row: DirRow, t: Translate): string {
  const o = row.outcome;
  if (o.status === "unrecognised") return t("importTable.outcome.unrecognised");
  if (o.status === "error") return t("importTable.outcome.error");
  if (o.dataset.kind === "panel") return t("importTable.outcome.panel");
  if (o.dataset.slots.length === 0) return t("importTable.outcome.noSlot");
  return o.activeSlots.length > 0 ? t("importTable.outcome.active", { slots: o.activeSlots.map((s) => slotText(s, t)).join("; ") }) : t("importTable.outcome.superseded");
}

/**
 * The --dir report: one line per file (file, kind, as-of or vintage, rows, outcome) under a header, then
 * the first errors of each file that had any, in `locale`.
 */
export function importTableLines(rows: readonly DirRow[], t: Translate, locale: Locale): string[] {
  const header = [t("importTable.file"), t("importTable.kind"), t("importTable.vintage"), t("importTable.rows"), t("importTable.outcome")];
  const cells = rows.map((row) => {
    const d = row.outcome.status === "imported" ? row.outcome.dataset : null;
    return [row.file, t(`importTable.fileKind.${row.fileKind}`), d ? (d.asOf ?? d.vintage) : "", d ? formatNumber(locale, d.rowCount) : "", outcomeText(row, t)];
  });
  const widths = header.map((h, i) => Math.max(displayWidth(h), ...cells.map((c) => displayWidth(c[i]!))));
  const line = (c: string[]) => c.map((text, i) => (i === c.length - 1 ? text : pad(text, widths[i]!, i === 3))).join("  ").trimEnd();
  const out = [line(header), widths.map((w, i) => "-".repeat(i === widths.length - 1 ? Math.max(w, 8) : w)).join("  "), ...cells.map(line)];
  for (const row of rows) {
    if (row.outcome.status !== "error") continue;
    const { errors, total } = row.outcome.errors;
    out.push("", ...importErrorLines(row.file, { errors: errors.slice(0, ERRORS_PER_FILE), total }, locale));
  }
  return out;
}
