import { formatDate } from "@/lib/i18n/format";
import type { MessageKey } from "@/lib/i18n/messages/en";
import { sleeveId } from "@/lib/market/regions";
import type { InformationGapMetrics } from "@/lib/metrics/types";
import { sleeveName } from "@/components/proposal/labels";
import { datasetLine, hasRealData, provenanceNotes, snapshotName } from "@/components/proposal/provenance-text";
import type { ReportContext } from "../context";
import { bullets, heading, paragraph, SIZES, subheading } from "../layout";

const DISCLOSURE: MessageKey[] = [
  "report.disclosure.hypothetical",
  "report.disclosure.limitations",
  "report.disclosure.costs",
  "report.disclosure.risk",
  "report.disclosure.purpose",
];

/**
 * The last page: the data sets with their vintages and the snapshots with their sources and dates, the
 * methodology, the synthetic-data notice when demo data was used, and the hypothetical-performance disclosure.
 */
export function drawDisclosures(ctx: ReportContext): void {
  const { t, view } = ctx;
  const m = view.methodology;
  heading(ctx, t("report.sourcesTitle"));
  paragraph(ctx, t("report.sourcesIntro"));
  // Data-set names are stored data (an import keeps the label it was given), shown as stored. Stamps saved
  // before real data have no kind and are listed as they were.
  if (m.datasets.some((d) => d.kind)) {
    bullets(ctx, m.datasets.map((d) => datasetLine(d, t, ctx.locale)));
    for (const note of provenanceNotes(view, t, ctx.locale)) paragraph(ctx, note, { size: SIZES.small });
  } else {
    bullets(ctx, m.datasets.map((d) => t(d.synthetic ? "proposal.datasetStampSynthetic" : "proposal.datasetStamp", { name: d.name, vintage: d.vintage })));
  }
  const segments = view.evidence.segments;
  const snapshots = view.evidence.rows.flatMap((row) => [row.small, row.large]).filter((s): s is InformationGapMetrics => s !== null);
  if (segments && segments.length > 0) {
    subheading(ctx, t("report.snapshots"), SIZES.body);
    bullets(ctx, segments.map((s) => (s.metrics.source.synthetic ? `${snapshotName(s.metrics, s.segment, t, ctx.locale)} · ${t("common.synthetic")}` : snapshotCaption(ctx, s.metrics))), SIZES.small);
  } else if (snapshots.length > 0) {
    subheading(ctx, t("report.snapshots"), SIZES.body);
    bullets(ctx, snapshots.map((s) => snapshotCaption(ctx, s)), SIZES.small);
  }
  subheading(ctx, t("proposal.methodology"), SIZES.body);
  paragraph(ctx, t("proposal.methodologyLine", {
    engine: m.engineVersion,
    parameters: m.parametersVersion,
    rebalance: t(`proposal.rebalance.${m.rebalance}`),
    survivorship: t(`proposal.survivorship.${m.survivorship}`),
  }));
  if (hasRealData(view)) {
    subheading(ctx, t("provenance.sourcesTitle"));
    paragraph(ctx, t("provenance.partlyReal"));
  } else if (view.synthetic) {
    subheading(ctx, t("common.synthetic"));
    paragraph(ctx, t("report.syntheticBody"));
  }
  subheading(ctx, t("report.disclosureTitle"));
  for (const key of DISCLOSURE) paragraph(ctx, t(key));
}

/** Where a snapshot came from and its date; the app's own demo snapshots are named from region and size, and marked synthetic. */
function snapshotCaption({ t, locale }: ReportContext, m: InformationGapMetrics): string {
  const { source } = m;
  const date = source.asOf ? formatDate(locale, source.asOf) : t("proposal.undated");
  if (source.synthetic) {
    return `${t("proposal.snapshotSynthetic", { sleeve: sleeveName(sleeveId(source.region, source.size), t), date })} · ${t("common.synthetic")}`;
  }
  return t("proposal.snapshotSource", { label: source.label, source: source.source, date });
}
