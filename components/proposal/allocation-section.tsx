"use client";

import { Card, DonutChart, Legend } from "@tremor/react";
import { useI18n } from "@/components/i18n/i18n-provider";
import { formatCurrency, formatNumber, formatPercent } from "@/lib/i18n/format";
import type { ProposalView } from "@/lib/services/proposal/view-model";
import { lineLabel } from "./labels";

const COLORS = ["blue", "cyan", "indigo", "violet", "emerald", "teal", "amber", "rose", "sky", "fuchsia", "lime", "orange", "slate", "gray"];

export function AllocationSection({ view }: { view: ProposalView }) {
  const { t, locale } = useI18n();
  const lines = [...view.allocation.lines].sort((a, b) => b.weight - a.weight);
  // The donut groups active and passive of one sleeve (region × size); the table shows the split.
  const bySleeve = new Map<string, { name: string; value: number }>();
  for (const l of lines) {
    const name = lineLabel({ ...l, style: null }, t);
    const entry = bySleeve.get(l.sleeve) ?? { name, value: 0 };
    entry.value += l.weight;
    bySleeve.set(l.sleeve, entry);
  }
  const data = [...bySleeve.values()];
  const colors = data.map((_, i) => COLORS[i % COLORS.length]!);

  return (
    <Card>
      <h2 className="font-medium">{t("proposal.allocation")}</h2>
      <div className="mt-4 grid gap-6 lg:grid-cols-[18rem_1fr]">
        <div data-testid="allocation-donut">
          <DonutChart data={data} category="value" index="name" colors={colors} valueFormatter={(v) => formatPercent(locale, v, 1)} className="h-56" />
          <Legend categories={data.map((d) => d.name)} colors={colors} className="mt-3" />
        </div>
        <div className="overflow-x-auto">
          <table className="min-w-full text-sm" data-testid="allocation-table">
            <thead className="text-left text-gray-600">
              <tr>
                <th className="py-1 pr-3 font-medium">{t("proposal.region")}</th>
                <th className="py-1 pr-3 font-medium">{t("proposal.size")}</th>
                <th className="py-1 pr-3 font-medium">{t("proposal.style")}</th>
                <th className="py-1 pr-3 text-right font-medium">{t("proposal.weight")}</th>
                <th className="py-1 pr-3 text-right font-medium">{t("proposal.amount")}</th>
                <th className="py-1 text-right font-medium">{t("proposal.fee")}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-gray-100">
              {lines.map((l) => (
                <tr key={`${l.sleeve}-${l.style}`}>
                  <td className="py-1 pr-3">{l.region ? t(`region.${l.region}`) : l.sleeve === "BONDS" ? t("proposal.bonds") : t("proposal.cash")}</td>
                  <td className="py-1 pr-3">{l.size ? t(`proposal.size.${l.size}`) : "—"}</td>
                  <td className="py-1 pr-3">{l.style ? t(`proposal.style.${l.style}`) : "—"}</td>
                  <td className="py-1 pr-3 text-right tabular-nums">{formatPercent(locale, l.weight, 1)}</td>
                  <td className="py-1 pr-3 text-right tabular-nums">{formatCurrency(locale, l.amount, view.client.currency)}</td>
                  <td className="py-1 text-right tabular-nums">{formatNumber(locale, l.feeBps, 0)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>
    </Card>
  );
}
