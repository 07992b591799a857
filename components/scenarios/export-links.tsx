"use client";

import { useI18n } from "@/components/i18n/i18n-provider";
import { EXPORT_FORMATS, type ExportFormat } from "@/lib/scenarios/events";

/** The route handlers that render a stored version (app/(app)/scenarios/[id]/…); each export is audited there. */
const FILE: Record<ExportFormat, string> = { pdf: "report.pdf", weights_csv: "weights.csv", backtest_csv: "backtest.csv" };

/** Downloads of the version on screen: the client-ready PDF report, the weights and the back-test as CSV. */
export function ExportLinks({ scenarioId, version }: { scenarioId: string; version: number }) {
  const { t } = useI18n();
  return (
    <section className="rounded-lg border border-gray-200 bg-white p-4">
      <h2 className="text-sm font-medium text-gray-700">{t("scenarios.export")}</h2>
      <ul className="mt-2 space-y-1 text-sm" data-testid="export-links">
        {EXPORT_FORMATS.map((format) => (
          <li key={format}>
            <a href={`/scenarios/${scenarioId}/${FILE[format]}?version=${version}`} className="text-blue-700 hover:underline" download>
              {t(`scenarios.export.${format}`)}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
