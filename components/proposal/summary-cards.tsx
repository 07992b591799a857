"use client";

import { Card, Metric, Text } from "@tremor/react";
import { useI18n } from "@/components/i18n/i18n-provider";
import { formatMaybePercent, formatNumber } from "@/lib/i18n/format";
import type { ProposalView } from "@/lib/services/proposal/view-model";

export function SummaryCards({ allocation }: { allocation: ProposalView["allocation"] }) {
  const { t, locale } = useI18n();
  const cards: [string, string, string][] = [
    [t("proposal.equityShare"), formatMaybePercent(locale, allocation.equityShare, 0), "equity-share"],
    [t("proposal.smallCapOfEquities"), formatMaybePercent(locale, allocation.smallCapShareOfEquities, 1), "small-cap-share"],
    [t("proposal.activeOfEquities"), formatMaybePercent(locale, allocation.activeShareOfEquities, 0), "active-share"],
    [t("proposal.expectedFee"), t("proposal.bpsPerYear", { value: formatNumber(locale, allocation.expectedFeeBps, 1) }), "expected-fee"],
  ];
  return (
    <div className="grid gap-4 sm:grid-cols-2 xl:grid-cols-4">
      {cards.map(([label, value, id]) => (
        <Card key={id}>
          <Text>{label}</Text>
          <Metric data-testid={id}>{value}</Metric>
        </Card>
      ))}
    </div>
  );
}
