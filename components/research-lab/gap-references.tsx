import { DataTable, type Column } from "@/components/ui/data-table";
import { referenceLabel, referenceSource, referenceValue } from "@/components/proposal/reference-value";
import type { Locale } from "@/lib/i18n/config";
import type { Translate } from "@/lib/i18n/translate";
import type { ReferenceFigureRecord } from "@/lib/db/reference-figures";

/** The article's figures as the firm's admins left them, each with its source and date: quoted, not computed. */
export function GapReferences({ t, locale, figures }: { t: Translate; locale: Locale; figures: readonly ReferenceFigureRecord[] }) {
  const columns: Column<ReferenceFigureRecord>[] = [
    { key: "figure", header: t("researchLab.gap.refFigure"), cell: (f) => referenceLabel(f, locale) },
    { key: "value", header: t("researchLab.gap.refValue"), numeric: true, cell: (f) => referenceValue(f, t, locale) },
    { key: "source", header: t("researchLab.gap.refSource"), muted: true, cell: (f) => referenceSource(f, locale) },
  ];
  return <DataTable caption={t("researchLab.gap.references")} columns={columns} rows={figures} rowKey={(f) => f.key} testId="gap-references" />;
}
