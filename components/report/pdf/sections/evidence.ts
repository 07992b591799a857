import { formatDate, formatMaybePercent, formatNumber, formatPercent } from "@/lib/i18n/format";
import type { Metric } from "@/lib/metrics/types";
import type { EvidenceSegment } from "@/lib/services/proposal/provenance";
import { EVIDENCE_METRICS as METRICS } from "@/components/proposal/evidence-metrics";
import { exampleCountry, exampleText, segmentName, snapshotName } from "@/components/proposal/provenance-text";
import { referenceLabel, referenceSource, referenceValue } from "@/components/proposal/reference-value";
import { COLORS, type ReportContext } from "../context";
import { heading, paragraph, SIZES, subheading } from "../layout";
import { table } from "../table";

/**
 * The information gap as the proposal page shows it: computed metrics per segment, each named by its fund or
 * index, date and source (real or synthetic), the estimate proxies where an estimates file was active, and the
 * article's reference figures with their sources and dates.
 */
export function drawEvidence(ctx: ReportContext): void {
  const { doc, t, locale, view } = ctx;
  const { evidence } = view;
  heading(ctx, t("proposal.evidence"));
  const show = (m: Metric | undefined, percent: boolean) =>
    !m || m.status !== "ok" ? t("common.notAvailable") : percent ? formatPercent(locale, m.value, 1) : formatNumber(locale, m.value, 1);
  if (evidence.segments) drawSegments(ctx, evidence.segments, show);
  else drawRows(ctx, show);
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

type Show = (m: Metric | undefined, percent: boolean) => string;

/** One row per segment, named by its fund or index and date and marked real or synthetic; then the estimate proxies. */
function drawSegments(ctx: ReportContext, segments: readonly EvidenceSegment[], show: Show): void {
  const { doc, t, locale } = ctx;
  paragraph(ctx, t("provenance.evidenceHelp"));
  const named = (s: EvidenceSegment) => {
    const country = exampleCountry(s.segment, s.metrics);
    // The segment is named in the first column: a synthetic row says only that it is synthetic, and when.
    const date = s.metrics.source.asOf ? formatDate(locale, s.metrics.source.asOf) : t("proposal.undated");
    const parts = [s.metrics.source.synthetic ? t("provenance.syntheticIndex", { date }) : `${snapshotName(s.metrics, s.segment, t, locale)} (${t("provenance.badge.real")})`];
    if (country) parts.push(exampleText(s.segment, country, t));
    if (!s.modelSleeve) parts.push(t("provenance.evidenceOnly"));
    return parts.join(" · ");
  };
  table(
    doc,
    [
      { header: t("provenance.segmentColumn"), width: 0.15 },
      { header: t("provenance.snapshotColumn"), width: 0.25 },
      ...METRICS.map((m) => ({ header: t(`proposal.metric.${m.key}`), width: 0.6 / METRICS.length, align: "right" as const })),
    ],
    segments.map((s) => [segmentName(s.segment, t), named(s), ...METRICS.map((k) => show(s.metrics[k.key], k.percent))]),
    { size: SIZES.small - 1 },
  );
  const proxies = segments.filter((s) => s.proxies !== null);
  if (proxies.length === 0) return;
  subheading(ctx, t("provenance.proxiesTitle"));
  paragraph(ctx, t("provenance.proxiesHelp"), { size: SIZES.small, color: COLORS.muted });
  const pct = (v: number | null) => formatMaybePercent(locale, v, 1);
  table(
    doc,
    [
      { header: t("provenance.segmentColumn"), width: 0.16 },
      { header: t("provenance.proxy.negativeByCount"), width: 0.12, align: "right" },
      { header: t("provenance.proxy.negativeByWeight"), width: 0.12, align: "right" },
      { header: t("provenance.proxy.noEstimate"), width: 0.12, align: "right" },
      { header: t("provenance.proxy.matchRate"), width: 0.1, align: "right" },
      { header: t("provenance.column"), width: 0.38 },
    ],
    proxies.map((s) => {
      const p = s.proxies!;
      const date = p.asOf ? formatDate(locale, p.asOf) : t("proposal.undated");
      return [segmentName(s.segment, t), pct(p.negativeShareByCount), pct(p.negativeShareByWeight), pct(p.noEstimateShareByCount), pct(p.matchRate), t("provenance.proxySource", { name: p.datasetName, source: p.source, date })];
    }),
    { size: SIZES.small - 1 },
  );
}

/** Versions saved before real data: one row per region and size, as they were shown. */
function drawRows(ctx: ReportContext, show: Show): void {
  const { doc, t, view } = ctx;
  const { evidence } = view;
  paragraph(ctx, t("proposal.evidenceHelp"));
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
}
