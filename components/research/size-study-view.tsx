"use client";

import { Card } from "@tremor/react";
import { LineChart } from "@/components/charts/lazy-charts";
import { ChartFigure } from "@/components/charts/chart-figure";
import type { ChartData, ChartRow } from "@/components/charts/chart-data-table";
import { useI18n } from "@/components/i18n/i18n-provider";
import { formatNumber, formatPercent } from "@/lib/i18n/format";
import type { SizeStudyView as View } from "@/lib/services/research/size-study";
import type { Weighting } from "@/lib/backtest/types";
import { StudyTable } from "./study-table";

type Field = "cagr" | "volatility" | "returnRisk";

/** The study's table, its size sweeps and the top/bottom-decile excess, from one computed study. */
export function SizeStudyView({ study }: { study: View }) {
  const { t, locale } = useI18n();
  const [cap, equal] = [t("research.cap"), t("research.equal")];
  const label = (w: Weighting) => (w === "cap" ? cap : equal);
  const pct = (v: number) => formatPercent(locale, v, 1);
  const centres = [...new Set(study.sweep.map((s) => s.centre))];
  const marketOf = (w: Weighting) => study.market.find((m) => m.weighting === w);

  const sweepData = (field: Field, withMarket: boolean) =>
    centres.map((c) => {
      const row: ChartRow = { centre: formatPercent(locale, c, 0) };
      for (const s of study.sweep.filter((x) => x.centre === c)) row[label(s.weighting)] = s[field];
      if (withMarket && field !== "returnRisk") {
        row[t("research.marketCap")] = marketOf("cap")?.[field] ?? null;
        row[t("research.marketEqual")] = marketOf("equal")?.[field] ?? null;
      }
      return row;
    });
  const marketCats = [t("research.marketCap"), t("research.marketEqual")];
  const ratio = (v: number) => formatNumber(locale, v, 2);
  const sweep = (field: Field, categories: readonly string[], format: (v: number) => string): ChartData => ({
    index: "centre",
    indexHeader: t("research.percentile"),
    categories,
    rows: sweepData(field, field !== "returnRisk"),
    format,
  });
  const extremes: ChartRow[] = study.extremes.map((e) => ({
    date: e.date.slice(0, 4),
    [t("research.top")]: e.top,
    [t("research.bottom")]: e.bottom,
    [t("research.bottomBefore")]: e.bottomBefore,
  }));
  const extremeCats = [t("research.top"), t("research.bottom"), t("research.bottomBefore")];
  const whole = (v: number) => formatPercent(locale, v, 0);

  return (
    <div className="space-y-6">
      <Card>
        <h2 className="font-medium">{t("research.table")}</h2>
        <StudyTable table={study.table} />
        <p className="mt-2 text-xs text-gray-500">{t("research.sharpeNote")}</p>
      </Card>
      <div className="grid gap-6 xl:grid-cols-2">
        <Card>
          <ChartFigure title={t("research.sweepCagr")} heading="h2" data={sweep("cagr", [cap, equal, ...marketCats], pct)}>
            <LineChart className="mt-3 h-64" data={sweepData("cagr", true)} index="centre" categories={[cap, equal, ...marketCats]} colors={["blue", "emerald", "gray", "slate"]} valueFormatter={pct} yAxisWidth={52} />
          </ChartFigure>
        </Card>
        <Card>
          <ChartFigure title={t("research.sweepRisk")} heading="h2" data={sweep("returnRisk", [cap, equal], ratio)}>
            <LineChart className="mt-3 h-64" data={sweepData("returnRisk", false)} index="centre" categories={[cap, equal]} colors={["blue", "emerald"]} valueFormatter={ratio} yAxisWidth={52} />
          </ChartFigure>
        </Card>
        <Card>
          <ChartFigure title={t("research.sweepVol")} heading="h2" data={sweep("volatility", [cap, equal, ...marketCats], pct)}>
            <LineChart className="mt-3 h-64" data={sweepData("volatility", true)} index="centre" categories={[cap, equal, ...marketCats]} colors={["blue", "emerald", "gray", "slate"]} valueFormatter={pct} yAxisWidth={52} />
          </ChartFigure>
        </Card>
        <Card>
          <ChartFigure title={t("research.extremes")} heading="h2" data={{ index: "date", indexHeader: t("chart.year"), categories: extremeCats, rows: extremes, format: whole }}>
            <LineChart className="mt-3 h-64" data={extremes} index="date" categories={extremeCats} colors={["blue", "rose", "amber"]} valueFormatter={whole} yAxisWidth={72} />
          </ChartFigure>
        </Card>
      </div>
    </div>
  );
}
