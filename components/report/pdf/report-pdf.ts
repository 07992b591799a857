import PDFDocument from "pdfkit";
import { INTL_LOCALE } from "@/lib/i18n/config";
import { createTranslate, messagesFor } from "@/lib/i18n/translate";
import type { ProposalView } from "@/lib/services/proposal/view-model";
import type { ReportMeta } from "../types";
import { BOLD, PAGE, printable, REGULAR, type ReportContext } from "./context";
import { reportFontFiles } from "./fonts";
import { drawFooters } from "./footer";
import { drawAllocation } from "./sections/allocation";
import { drawBacktest } from "./sections/backtest";
import { drawCover } from "./sections/cover";
import { drawDisclosures } from "./sections/disclosures";
import { drawEvidence } from "./sections/evidence";
import { drawRationale } from "./sections/rationale";
import { drawRisk } from "./sections/risk";

/** The sections in order; each starts on a new page. The risk page is drawn for versions that hold a risk section. */
const SECTIONS = [drawCover, drawAllocation, drawBacktest, drawRisk, drawRationale, drawEvidence, drawDisclosures] as const;

/**
 * The client-ready report of a saved scenario version, as PDF bytes, in `meta.locale`: cover, allocation,
 * back-test with trailing statistics, forward-looking risk (when saved with the version), rationale, information-gap evidence, data sources and disclosures,
 * with page numbers. Charts are vector paths; text is in Noto Sans KR, embedded as a subset. The same
 * view and meta always give the same bytes (the creation date is `meta.preparedAt`).
 */
export async function reportPdf(view: ProposalView, meta: ReportMeta): Promise<Uint8Array<ArrayBuffer>> {
  const t = createTranslate(messagesFor(meta.locale));
  const fonts = reportFontFiles();
  const doc = new PDFDocument({
    size: PAGE.size,
    margins: { ...PAGE.margins },
    bufferPages: true,
    lang: INTL_LOCALE[meta.locale],
    displayTitle: true,
    info: {
      Title: printable(`${meta.scenarioName} · ${t("report.versionLine", { version: meta.version, date: meta.savedAt.toISOString().slice(0, 10) })}`),
      Subject: printable(t("report.subject", { client: meta.clientName })),
      Author: printable(`${meta.advisorName}, ${meta.firmName}`),
      Creator: t("app.name"),
      CreationDate: meta.preparedAt,
    },
  });
  const bytes = collect(doc);
  // Registered by name: pdfkit caches a font under the name it was first asked for, so passing the same file as
  // the constructor's `font` too would make every later switch to it read and parse the 6 MB file again.
  // The constructor's default (Helvetica) is never drawn with, so it is not embedded.
  doc.registerFont(REGULAR, fonts.regular);
  doc.registerFont(BOLD, fonts.bold);
  doc.font(REGULAR);
  const ctx: ReportContext = { doc, t, locale: meta.locale, view, meta };
  SECTIONS.filter((draw) => draw !== drawRisk || view.risk !== undefined).forEach((draw, i) => {
    if (i > 0) doc.addPage();
    draw(ctx);
  });
  drawFooters(ctx);
  doc.end();
  return bytes;
}

function collect(doc: PDFKit.PDFDocument): Promise<Uint8Array<ArrayBuffer>> {
  return new Promise((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    doc.on("data", (chunk: Uint8Array) => chunks.push(chunk));
    doc.on("end", () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on("error", reject);
  });
}
