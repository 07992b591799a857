import type { Locale } from "@/lib/i18n/config";
import type { ProposalView } from "@/lib/services/proposal/view-model";

/**
 * Who and what an export is about, as the route handler read it: names as stored (shown as entered, in
 * whatever language they were entered in), the version's save time, and the language of the report.
 * `preparedAt` is passed in rather than read from the clock, so the same input always gives the same bytes.
 */
export type ReportMeta = {
  clientName: string;
  advisorName: string;
  firmName: string;
  scenarioName: string;
  version: number;
  savedAt: Date;
  preparedAt: Date;
  locale: Locale;
};

export type ReportInput = { view: ProposalView; meta: ReportMeta };
