"use client";

import { Card } from "@tremor/react";
import { useI18n } from "@/components/i18n/i18n-provider";
import type { ProposalView } from "@/lib/services/proposal/view-model";
import { lineLabel } from "./labels";
import { reasonText } from "./reason-text";

/** Every weight's reasons as sentences, portfolio-level first. */
export function RationaleList({ allocation }: { allocation: ProposalView["allocation"] }) {
  const { t, locale } = useI18n();
  return (
    <Card>
      <h2 className="font-medium">{t("proposal.rationale")}</h2>
      <ul className="mt-3 list-disc space-y-1 pl-5 text-sm" data-testid="rationale">
        {allocation.reasons.map((r, i) => (
          <li key={`top-${i}`}>{reasonText(r, t, locale)}</li>
        ))}
      </ul>
      <div className="mt-4 divide-y divide-gray-100 text-sm">
        {allocation.lines.map((line) => (
          <details key={`${line.sleeve}-${line.style}`} className="py-1.5">
            <summary className="cursor-pointer font-medium">{lineLabel(line, t)}</summary>
            <ul className="mt-1 list-disc pl-5 text-gray-700">
              {line.reasons.map((r, i) => (
                <li key={i}>{reasonText(r, t, locale)}</li>
              ))}
            </ul>
          </details>
        ))}
      </div>
    </Card>
  );
}
