"use client";

import { useI18n } from "@/components/i18n/i18n-provider";
import { DataTable, type Column } from "@/components/ui/data-table";
import { formatDate, formatMaybePercent, formatNumber, formatPercent } from "@/lib/i18n/format";
import type { Metric } from "@/lib/metrics/types";
import type { EvidenceSegment } from "@/lib/services/proposal/provenance";
import { EVIDENCE_METRICS as METRICS } from "./evidence-metrics";
import { exampleCountry, exampleText, segmentName, snapshotName } from "./provenance-text";

/** One row per segment present (real or synthetic), each named by its fund or index and date. */
export function EvidenceSegmentsTable({ segments }: { segments: readonly EvidenceSegment[] }) {
  const { t, locale } = useI18n();
  const show = (m: Metric | undefined, percent: boolean) =>
    !m || m.status !== "ok" ? <span className="text-gray-400">{t("common.notAvailable")}</span> : percent ? formatPercent(locale, m.value, 1) : formatNumber(locale, m.value, 1);
  const columns: Column<EvidenceSegment>[] = [
    { key: "segment", header: t("provenance.segmentColumn"), cell: (s) => segmentName(s.segment, t) },
    {
      key: "snapshot",
      header: t("provenance.snapshotColumn"),
      cell: (s) => {
        const country = exampleCountry(s.segment, s.metrics);
        return (
          <span>
            {/* The segment is named in the first column: a synthetic row says only that it is synthetic, and when. */}
            {s.metrics.source.synthetic
              ? t("provenance.syntheticIndex", { date: s.metrics.source.asOf ? formatDate(locale, s.metrics.source.asOf) : t("proposal.undated") })
              : snapshotName(s.metrics, s.segment, t, locale)}
            <span className={s.provenance.kind === "real" ? "ml-1 rounded bg-emerald-50 px-1 text-xs text-emerald-800" : "ml-1 rounded bg-amber-50 px-1 text-xs text-amber-800"}>
              {t(`provenance.badge.${s.provenance.kind}`)}
            </span>
            {country && <span className="block text-xs text-gray-500">{exampleText(s.segment, country, t)}</span>}
            {!s.modelSleeve && <span className="block text-xs text-gray-500">{t("provenance.evidenceOnly")}</span>}
          </span>
        );
      },
    },
    ...METRICS.map((m): Column<EvidenceSegment> => ({ key: m.key, header: t(`proposal.metric.${m.key}`), cell: (s) => show(s.metrics[m.key], m.percent), numeric: true })),
  ];
  return (
    <DataTable
      caption={t("proposal.evidence")}
      columns={columns}
      rows={segments}
      rowKey={(s) => s.slot}
      rowAttributes={(s) => ({ "data-testid": `evidence-row-${s.slot}`, "data-provenance": s.provenance.kind })}
      testId="evidence-table"
      className="mt-3"
    />
  );
}

/** The estimate proxies of the segments that have them, with the estimates file's name, source and date. */
export function EstimateProxiesTable({ segments }: { segments: readonly EvidenceSegment[] }) {
  const { t, locale } = useI18n();
  const rows = segments.filter((s) => s.proxies !== null);
  if (rows.length === 0) return null;
  const pct = (v: number | null) => formatMaybePercent(locale, v, 1);
  const columns: Column<EvidenceSegment>[] = [
    { key: "segment", header: t("provenance.segmentColumn"), cell: (s) => segmentName(s.segment, t) },
    { key: "negCount", header: t("provenance.proxy.negativeByCount"), cell: (s) => pct(s.proxies!.negativeShareByCount), numeric: true },
    { key: "negWeight", header: t("provenance.proxy.negativeByWeight"), cell: (s) => pct(s.proxies!.negativeShareByWeight), numeric: true },
    { key: "none", header: t("provenance.proxy.noEstimate"), cell: (s) => pct(s.proxies!.noEstimateShareByCount), numeric: true },
    { key: "match", header: t("provenance.proxy.matchRate"), cell: (s) => pct(s.proxies!.matchRate), numeric: true },
    {
      key: "source",
      header: t("provenance.column"),
      cell: (s) => t("provenance.proxySource", { name: s.proxies!.datasetName, source: s.proxies!.source, date: s.proxies!.asOf ? formatDate(locale, s.proxies!.asOf) : t("proposal.undated") }),
      muted: true,
    },
  ];
  return (
    <>
      <h3 className="mt-5 text-sm font-medium">{t("provenance.proxiesTitle")}</h3>
      <p className="mt-1 text-xs text-gray-600">{t("provenance.proxiesHelp")}</p>
      <DataTable
        caption={t("provenance.proxiesTitle")}
        columns={columns}
        rows={rows}
        rowKey={(s) => s.slot}
        rowAttributes={(s) => ({ "data-testid": `proxy-row-${s.slot}` })}
        testId="estimate-proxies"
        className="mt-2"
      />
    </>
  );
}
