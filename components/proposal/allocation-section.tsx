"use client";

import { Card } from "@tremor/react";
import { ShareBar } from "@/components/charts/share-bar";
import { ChartFigure } from "@/components/charts/chart-figure";
import { useI18n } from "@/components/i18n/i18n-provider";
import { DataTable, type Column } from "@/components/ui/data-table";
import { formatCurrency, formatNumber, formatPercent } from "@/lib/i18n/format";
import type { ProposalView } from "@/lib/services/proposal/view-model";
import { lineLabel } from "./labels";
import { sleeveSourceText } from "./provenance-text";

type Line = ProposalView["allocation"]["lines"][number];

const COLORS = ["blue", "cyan", "indigo", "violet", "emerald", "teal", "amber", "rose", "sky", "fuchsia", "lime", "orange", "slate", "gray"] as const;

export function AllocationSection({ view }: { view: ProposalView }) {
  const { t, locale } = useI18n();
  const lines = [...view.allocation.lines].sort((a, b) => b.weight - a.weight);
  // The bar groups active and passive of one sleeve (region × size); the table shows the split.
  const bySleeve = new Map<string, { name: string; value: number }>();
  for (const l of lines) {
    const name = lineLabel({ ...l, style: null }, t);
    const entry = bySleeve.get(l.sleeve) ?? { name, value: 0 };
    entry.value += l.weight;
    bySleeve.set(l.sleeve, entry);
  }
  const data = [...bySleeve.values()];
  const colors = data.map((_, i) => COLORS[i % COLORS.length]!);
  const pct = (v: number) => formatPercent(locale, v, 1);
  const weight = t("proposal.weight");
  const columns: Column<Line>[] = [
    { key: "region", header: t("proposal.region"), cell: (l) => (l.region ? t(`region.${l.region}`) : l.sleeve === "BONDS" ? t("proposal.bonds") : t("proposal.cash")) },
    { key: "size", header: t("proposal.size"), cell: (l) => (l.size ? t(`proposal.size.${l.size}`) : "—") },
    { key: "style", header: t("proposal.style"), cell: (l) => (l.style ? t(`proposal.style.${l.style}`) : "—") },
    { key: "weight", header: t("proposal.weight"), cell: (l) => formatPercent(locale, l.weight, 1), numeric: true },
    { key: "amount", header: t("proposal.amount"), cell: (l) => formatCurrency(locale, l.amount, view.client.currency), numeric: true },
    { key: "fee", header: t("proposal.fee"), cell: (l) => formatNumber(locale, l.feeBps, 0), numeric: true },
    // Versions saved before real data have no provenance: they keep the table they were shown with.
    ...(lines.some((l) => l.provenance)
      ? [{ key: "source", header: t("provenance.column"), cell: (l: Line) => sleeveSourceText(l.provenance, t), muted: true }]
      : []),
  ];

  return (
    <Card>
      <h2 className="font-medium">{t("proposal.allocation")}</h2>
      <div className="mt-4 grid gap-6 lg:grid-cols-[18rem_1fr]">
        <ChartFigure
          title={t("scenarios.compare.weights")}
          testId="allocation-bar"
          data={{ index: "name", indexHeader: t("proposal.sleeve"), categories: [weight], rows: data.map((d) => ({ name: d.name, [weight]: d.value })), format: pct }}
        >
          {/* A stacked bar, not a donut: it is drawn without recharts, so the top of the page needs no chart chunk. */}
          <ShareBar values={data.map((d) => d.value * 100)} names={data.map((d) => d.name)} colors={colors} className="mt-2" />
        </ChartFigure>
        <DataTable
          caption={t("proposal.allocation")}
          columns={columns}
          rows={lines}
          rowKey={(l) => `${l.sleeve}-${l.style}`}
          rowAttributes={(l) => ({ "data-testid": `allocation-line-${l.sleeve}`, "data-style": l.style ?? undefined, "data-provenance": l.provenance?.kind })}
          testId="allocation-table"
        />
      </div>
    </Card>
  );
}
