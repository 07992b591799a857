"use client";

import { Card } from "@tremor/react";
import { LineChart } from "@/components/charts/lazy-charts";
import { ChartFigure } from "@/components/charts/chart-figure";
import { atYearEnds } from "@/components/charts/chart-points";
import { useI18n } from "@/components/i18n/i18n-provider";
import { formatNumber } from "@/lib/i18n/format";
import type { Translate } from "@/lib/i18n/translate";
import type { Locale } from "@/lib/i18n/config";
import type { NumberRow, TextRow } from "@/lib/scenarios/diff-cells";
import type { ProposalComparison } from "@/lib/scenarios/diff";
import type { OverlayRow } from "@/lib/scenarios/wealth-overlay";
import { CompareTable, type CompareRow } from "./compare-table";
import { evidenceLabel, formatDelta, formatFigure, METHOD_LABEL, methodValue, sleeveLabel, STAT_LABEL } from "./labels";

const COLORS = ["blue", "amber", "emerald"];

function numberRows<K>(rows: readonly NumberRow<K>[], label: (key: K) => string, id: (key: K) => string, t: Translate, locale: Locale): CompareRow[] {
  return rows.map((row) => ({
    key: id(row.key),
    label: label(row.key),
    cells: row.cells.map((c) => ({ text: formatFigure(locale, row.format, c.value), changed: c.changed, delta: c.changed && c.delta !== null ? formatDelta(locale, t, row.format, c.delta) : undefined })),
  }));
}

function textRows<K extends string>(rows: readonly TextRow<K>[], label: (key: K) => string, value: (key: K, v: string) => string, t: Translate): CompareRow[] {
  return rows.map((row) => ({
    key: row.key,
    label: label(row.key),
    cells: row.cells.map((c) => ({ text: c.value === null ? t("scenarios.notUsed") : value(row.key, c.value), changed: c.changed })),
  }));
}

/**
 * Two or three proposals side by side, the first being the base: weights per sleeve, statistics, overlaid wealth
 * curves, how each was computed (versions, rebalancing, benchmark, period, data-set vintages) and the
 * information-gap evidence. The comparison is computed on the server (lib/scenarios/diff.ts); this only names it.
 */
export function CompareView({ columns, comparison, wealth }: { columns: readonly string[]; comparison: ProposalComparison; wealth: readonly OverlayRow[] }) {
  const { t, locale } = useI18n();
  const chart = wealth.map((row) => ({ month: row.month, ...row.values }));
  const growth = (v: number) => formatNumber(locale, v, 2);
  return (
    <div className="space-y-6" data-testid="compare-view">
      <p className="text-sm text-gray-600">{t("scenarios.compareHelp")}</p>
      <div className="grid gap-6 xl:grid-cols-2">
        <CompareTable title={t("scenarios.compare.weights")} columns={columns} testId="compare-weights" rows={numberRows(comparison.weights, (s) => sleeveLabel(s, t), (s) => s, t, locale)} />
        <CompareTable title={t("scenarios.compare.stats")} columns={columns} testId="compare-stats" rows={numberRows(comparison.stats, (k) => t(STAT_LABEL[k]), (k) => k, t, locale)} />
      </div>
      <Card>
        <ChartFigure
          title={t("scenarios.compare.wealth")}
          heading="h2"
          testId="compare-wealth-chart"
          data={{ index: "month", indexHeader: t("chart.month"), note: t("chart.yearEnds"), categories: columns, rows: atYearEnds(chart, (r) => r.month), format: growth }}
        >
          <LineChart className="mt-2 h-72" data={chart} index="month" categories={[...columns]} colors={COLORS.slice(0, columns.length)} valueFormatter={growth} yAxisWidth={48} connectNulls={false} />
        </ChartFigure>
      </Card>
      <div className="grid gap-6 xl:grid-cols-2">
        <CompareTable
          title={t("scenarios.compare.methodology")}
          columns={columns}
          testId="compare-methodology"
          rows={[...textRows(comparison.methodology, (k) => t(METHOD_LABEL[k]), (k, v) => methodValue(k, v, t), t), ...textRows(comparison.datasets, (name) => name, (_k, v) => v, t)]}
        />
        <CompareTable
          title={t("scenarios.compare.evidence")}
          columns={columns}
          testId="compare-evidence"
          rows={numberRows(comparison.evidence, (k) => evidenceLabel(k, t), (k) => `${k.region}-${k.size}-${k.metric}`, t, locale)}
        />
      </div>
    </div>
  );
}
