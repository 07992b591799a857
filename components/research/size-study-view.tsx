"use client";

import { Card, LineChart } from "@tremor/react";
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
      const row: Record<string, number | string | null> = { centre: formatPercent(locale, c, 0) };
      for (const s of study.sweep.filter((x) => x.centre === c)) row[label(s.weighting)] = s[field];
      if (withMarket && field !== "returnRisk") {
        row[t("research.marketCap")] = marketOf("cap")?.[field] ?? null;
        row[t("research.marketEqual")] = marketOf("equal")?.[field] ?? null;
      }
      return row;
    });
  const marketCats = [t("research.marketCap"), t("research.marketEqual")];
  const extremes = study.extremes.map((e) => ({
    date: e.date.slice(0, 4),
    [t("research.top")]: e.top,
    [t("research.bottom")]: e.bottom,
    [t("research.bottomBefore")]: e.bottomBefore,
  }));

  return (
    <div className="space-y-6">
      <Card>
        <h2 className="font-medium">{t("research.table")}</h2>
        <StudyTable table={study.table} />
        <p className="mt-2 text-xs text-gray-500">{t("research.sharpeNote")}</p>
      </Card>
      <div className="grid gap-6 xl:grid-cols-2">
        <Card>
          <h2 className="font-medium">{t("research.sweepCagr")}</h2>
          <LineChart className="mt-3 h-64" data={sweepData("cagr", true)} index="centre" categories={[cap, equal, ...marketCats]} colors={["blue", "emerald", "gray", "slate"]} valueFormatter={pct} yAxisWidth={52} />
        </Card>
        <Card>
          <h2 className="font-medium">{t("research.sweepRisk")}</h2>
          <LineChart className="mt-3 h-64" data={sweepData("returnRisk", false)} index="centre" categories={[cap, equal]} colors={["blue", "emerald"]} valueFormatter={(v) => formatNumber(locale, v, 2)} yAxisWidth={52} />
        </Card>
        <Card>
          <h2 className="font-medium">{t("research.sweepVol")}</h2>
          <LineChart className="mt-3 h-64" data={sweepData("volatility", true)} index="centre" categories={[cap, equal, ...marketCats]} colors={["blue", "emerald", "gray", "slate"]} valueFormatter={pct} yAxisWidth={52} />
        </Card>
        <Card>
          <h2 className="font-medium">{t("research.extremes")}</h2>
          <LineChart className="mt-3 h-64" data={extremes} index="date" categories={Object.keys(extremes[0] ?? {}).filter((k) => k !== "date")} colors={["blue", "rose", "amber"]} valueFormatter={(v) => formatPercent(locale, v, 0)} yAxisWidth={72} />
        </Card>
      </div>
    </div>
  );
}
