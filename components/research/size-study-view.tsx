"use client";

import { Card, LineChart } from "@tremor/react";
import { useI18n } from "@/components/i18n/i18n-provider";
import { formatMaybePercent, formatNumber, formatPercent } from "@/lib/i18n/format";
import type { SizeStudyView as View } from "@/lib/services/research/size-study";
import type { Weighting } from "@/lib/backtest/types";

type Field = "cagr" | "volatility" | "returnRisk";

/** The study's table, its size sweeps and the top/bottom-decile excess, from one computed study. */
export function SizeStudyView({ study }: { study: View }) {
  const { t, locale } = useI18n();
  const [cap, equal] = [t("research.cap"), t("research.equal")];
  const label = (w: Weighting) => (w === "cap" ? cap : equal);
  const pct = (v: number) => formatPercent(locale, v, 1);
  const statHeads = [t("proposal.stat.cagr"), t("proposal.stat.volatility"), t("research.returnRisk")];
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
        <table className="mt-3 min-w-full text-sm" data-testid="study-table">
          <thead className="text-left text-gray-600">
            <tr>
              <th className="py-1">{t("research.weighting")}</th>
              {(["after", "before"] as const).map((k) => (
                <th key={k} colSpan={3} className="py-1 text-center">{t(`research.${k}`)}</th>
              ))}
            </tr>
            <tr className="text-xs">
              <th />
              {[0, 1].flatMap((i) => statHeads.map((h) => <th key={`${i}-${h}`} className="py-1 text-right">{h}</th>))}
            </tr>
          </thead>
          <tbody className="divide-y divide-gray-100">
            {(["cap", "equal"] as const).map((w) => (
              <tr key={w}>
                <td className="py-1">{label(w)}</td>
                {(["total_loss", "last_available"] as const).flatMap((mode) => {
                  const row = study.table.find((r) => r.weighting === w && r.mode === mode);
                  return [
                    <td key={`${mode}-c`} className="py-1 text-right tabular-nums">{formatMaybePercent(locale, row?.cagr)}</td>,
                    <td key={`${mode}-v`} className="py-1 text-right tabular-nums">{formatMaybePercent(locale, row?.volatility)}</td>,
                    <td key={`${mode}-r`} className="py-1 text-right tabular-nums">{row?.returnRisk == null ? "—" : formatNumber(locale, row.returnRisk, 2)}</td>,
                  ];
                })}
              </tr>
            ))}
          </tbody>
        </table>
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
