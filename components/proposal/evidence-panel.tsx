"use client";

import { Card } from "@tremor/react";
import { useI18n } from "@/components/i18n/i18n-provider";
import { DataTable, type Column } from "@/components/ui/data-table";
import { formatDate, formatNumber, formatPercent } from "@/lib/i18n/format";
import { sleeveId } from "@/lib/market/regions";
import type { InformationGapMetrics, Metric } from "@/lib/metrics/types";
import type { ProposalView } from "@/lib/services/proposal/view-model";
import { sleeveName } from "./labels";
import { referenceLabel, referenceSource, referenceValue } from "./reference-value";
import { EVIDENCE_METRICS as METRICS } from "./evidence-metrics";
import { EstimateProxiesTable, EvidenceSegmentsTable } from "./evidence-segments";


const SIZES = ["small", "large"] as const;
type EvidenceRow = { region: ProposalView["evidence"]["rows"][number]["region"]; size: (typeof SIZES)[number]; metrics: InformationGapMetrics | null };

/**
 * Computed information-gap metrics beside the article's reference figures: one row per segment with its fund
 * or index (versions saved before real data: one row per region and size, as they were shown).
 */
export function EvidencePanel({ evidence }: { evidence: ProposalView["evidence"] }) {
  const { t, locale } = useI18n();
  const show = (m: Metric | undefined, percent: boolean) =>
    !m || m.status !== "ok" ? <span className="text-gray-400">{t("common.notAvailable")}</span> : percent ? formatPercent(locale, m.value, 1) : formatNumber(locale, m.value, 1);
  const caption = (m: InformationGapMetrics | null) => {
    if (!m) return null;
    const { source } = m;
    const date = source.asOf ? formatDate(locale, source.asOf) : t("proposal.undated");
    // A synthetic snapshot is the app's own demo data: described from its region and size, not its stored English label.
    if (source.synthetic) return t("proposal.snapshotSynthetic", { sleeve: sleeveName(sleeveId(source.region, source.size), t), date });
    return t("proposal.snapshotSource", { label: source.label, source: source.source, date });
  };
  // One row per region and size; the region is named on its first (small-cap) row only.
  const rows: EvidenceRow[] = evidence.rows.flatMap((row) => SIZES.map((size) => ({ region: row.region, size, metrics: row[size] })));
  const columns: Column<EvidenceRow>[] = [
    { key: "region", header: t("proposal.region"), cell: (r) => (r.size === "small" ? t(`region.${r.region}`) : "") },
    { key: "size", header: t("proposal.size"), cell: (r) => t(`proposal.${r.size}`) },
    ...METRICS.map((m): Column<EvidenceRow> => ({
      key: m.key,
      header: t(`proposal.metric.${m.key}`),
      cell: (r) => (r.metrics ? show(r.metrics[m.key], m.percent) : "—"),
      numeric: true,
    })),
  ];

  return (
    <Card>
      <h2 className="font-medium">{t("proposal.evidence")}</h2>
      {evidence.segments ? (
        <>
          <p className="mt-1 text-sm text-gray-600">{t("provenance.evidenceHelp")}</p>
          <EvidenceSegmentsTable segments={evidence.segments} />
          <EstimateProxiesTable segments={evidence.segments} />
        </>
      ) : (
        <>
          <p className="mt-1 text-sm text-gray-600">{t("proposal.evidenceHelp")}</p>
          <DataTable
            caption={t("proposal.evidence")}
            columns={columns}
            rows={rows}
            rowKey={(r) => `${r.region}-${r.size}`}
            rowAttributes={(r) => ({ title: caption(r.metrics) ?? undefined })}
            testId="evidence-table"
            className="mt-3"
          />
          <ul className="mt-2 space-y-0.5 text-xs text-gray-500">
            {evidence.rows.flatMap((row) => [row.small, row.large]).filter((m): m is InformationGapMetrics => m !== null).map((m) => (
              <li key={m.source.snapshotId}>{caption(m)}{m.source.synthetic ? ` · ${t("common.synthetic")}` : ""}</li>
            ))}
          </ul>
        </>
      )}
      <h3 className="mt-5 text-sm font-medium">{t("proposal.referenceFigures")}</h3>
      <ul className="mt-2 divide-y divide-gray-100 text-sm" data-testid="reference-figures">
        {evidence.referenceFigures.map((f) => (
          <li key={f.key} className="flex flex-wrap justify-between gap-2 py-1.5">
            <span>{referenceLabel(f, locale)}</span>
            <span className="text-right">
              <span className="font-medium tabular-nums">{referenceValue(f, t, locale)}</span>
              <span className="block text-xs text-gray-500">{referenceSource(f, locale)}</span>
            </span>
          </li>
        ))}
      </ul>
    </Card>
  );
}
