"use client";

import { Card } from "@tremor/react";
import { LineChart } from "@/components/charts/lazy-charts";
import { useI18n } from "@/components/i18n/i18n-provider";
import { formatPercent } from "@/lib/i18n/format";
import type { RegionalSmb } from "@/lib/research/regional-smb";
import { ChartFigure } from "@/components/charts/chart-figure";
import type { ChartRow } from "@/components/charts/chart-data-table";
import { yearEndIndices } from "@/components/charts/chart-points";

/** Cumulative SMB by region at year ends (regions start in different years: a region is empty before its first month). */
export function SmbChart({ regions }: { regions: readonly Pick<RegionalSmb, "region" | "months" | "cumulative">[] }) {
  const { t, locale } = useI18n();
  const name = (r: RegionalSmb["region"]) => t(`researchLab.factorRegion.${r}`);
  const byMonth = new Map<string, ChartRow>();
  for (const r of regions) {
    for (const i of yearEndIndices(r.months)) {
      const month = r.months[i] ?? "";
      const row = byMonth.get(month) ?? { month };
      row[name(r.region)] = r.cumulative[i] ?? null;
      byMonth.set(month, row);
    }
  }
  const rows = [...byMonth.values()].sort((a, b) => String(a.month).localeCompare(String(b.month)));
  const categories = regions.map((r) => name(r.region));
  const pct = (v: number) => formatPercent(locale, v, 1);
  return (
    <Card>
      <ChartFigure
        title={t("researchLab.smb.chart")}
        heading="h2"
        disclosure={t("chart.dataTable")}
        data={{ index: "month", indexHeader: t("chart.month"), note: t("chart.yearEnds"), categories, rows, format: pct }}
      >
        <LineChart className="mt-3 h-72" data={rows} index="month" categories={categories} valueFormatter={pct} yAxisWidth={64} connectNulls />
      </ChartFigure>
    </Card>
  );
}
