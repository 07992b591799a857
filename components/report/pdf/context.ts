import type { Locale } from "@/lib/i18n/config";
import type { Translate } from "@/lib/i18n/translate";
import type { ProposalView } from "@/lib/services/proposal/view-model";
import type { ReportMeta } from "../types";

/** What every section of the PDF draws with: the document, the catalog of the report's language, and the data. */
export type ReportContext = {
  doc: PDFKit.PDFDocument;
  t: Translate;
  locale: Locale;
  view: ProposalView;
  meta: ReportMeta;
};

/** Font names registered with the document (see report-pdf.ts). */
export const REGULAR = "regular";
export const BOLD = "bold";

/** A4 in points, with room at the bottom for the footer. */
export const PAGE = { size: "A4", margins: { top: 56, bottom: 64, left: 56, right: 56 } } as const;

export const COLORS = {
  text: "#111827",
  muted: "#4b5563",
  rule: "#d1d5db",
  grid: "#e5e7eb",
  accent: "#1d4ed8",
  active: "#1d4ed8",
  passive: "#93c5fd",
  other: "#9ca3af",
  net: "#1d4ed8",
  gross: "#06b6d4",
  benchmark: "#6b7280",
  noticeFill: "#fffbeb",
  noticeStroke: "#f59e0b",
} as const;

/** Width between the margins. */
export function contentWidth(doc: PDFKit.PDFDocument): number {
  return doc.page.width - doc.page.margins.left - doc.page.margins.right;
}

/**
 * Text as drawn: Intl puts a narrow no-break space (U+202F) before "AM"/"PM" in English times, a character
 * the report's font has no glyph for; a plain no-break space looks the same.
 */
export function printable(text: string): string {
  return text.replaceAll("\u202f", "\u00a0");
}
