import { formatNumber, formatPercent } from "@/lib/i18n/format";
import type { Metric } from "@/lib/metrics/types";
import { referenceLabel, referenceSource, referenceValue } from "@/components/proposal/reference-value";
import { COLORS, type ReportContext } from "../context";
import { heading, paragraph, SIZES, subheading } from "../layout";
import { table } from "../table";
import { EVIDENCE_METRICS as METRICS } from "@/components/proposal/evidence-metrics";


/**
 * The information gap as the proposal page shows it: computed metrics per region (small and large caps) and
 * the article's reference figures with their sources and dates (the snapshots' sources are with the data
 * sources, on the last page).
 */
export function drawEvidence(ctx: ReportContext): void {
  const { doc, t, locale, view } = ctx;
  const { evidence } = view;
  heading(ctx, t("proposal.evidence"));
  paragraph(ctx, t("proposal.evidenceHelp"));
  const show = (m: Metric | undefined, percent: boolean) =>
    !m || m.status !== "ok" ? t("common.notAvailable") : percent ? formatPercent(locale, m.value, 1) : formatNumber(locale, m.value, 1);
  const rows = evidence.rows.flatMap((row) =>
    (["small", "large"] as const).map((size) => {
      const m = row[size];
      return [size === "small" ? t(`region.${row.region}`) : "", t(`proposal.${size}`), ...METRICS.map((k) => (m ? show(m[k.key], k.percent) : "—"))];
    }),
  );
  table(
    doc,
    [
      { header: t("proposal.region"), width: 0.16 },
      { header: t("proposal.size"), width: 0.1 },
      ...METRICS.map((m) => ({ header: t(`proposal.metric.${m.key}`), width: 0.74 / METRICS.length, align: "right" as const })),
    ],
    rows,
    { size: SIZES.small - 1, groupStarts: new Set(rows.map((_, i) => i).filter((i) => i > 0 && i % 2 === 0)) },
  );
  if (evidence.referenceFigures.length === 0) return;
  subheading(ctx, t("proposal.referenceFigures"));
  table(
    doc,
    [
      { header: t("report.figure"), width: 0.42 },
      { header: t("report.value"), width: 0.16, align: "right" },
      { header: t("report.sourceAndDate"), width: 0.42 },
    ],
    evidence.referenceFigures.map((f) => [referenceLabel(f, locale), referenceValue(f, t, locale), referenceSource(f, locale)]),
  );
  paragraph(ctx, t("report.referenceSources"), { size: SIZES.small, color: COLORS.muted });
}
