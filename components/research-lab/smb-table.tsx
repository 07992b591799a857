import { DataTable, type Column } from "@/components/ui/data-table";
import type { Locale } from "@/lib/i18n/config";
import { formatNumber, formatPercent } from "@/lib/i18n/format";
import type { Translate } from "@/lib/i18n/translate";
import type { RegionalSmb } from "@/lib/research/regional-smb";
import type { ResearchSource } from "@/lib/services/research/french-research";
import { sourceText } from "./source-text";

type Row = { dataset: ResearchSource; stats: RegionalSmb };

/** SMB per region: period, annualised mean, t-statistic, cumulative return and the file it came from. */
export function SmbTable({ t, locale, rows }: { t: Translate; locale: Locale; rows: readonly Row[] }) {
  const columns: Column<Row>[] = [
    { key: "region", header: t("researchLab.smb.region"), cell: (r) => t(`researchLab.factorRegion.${r.stats.region}`) },
    { key: "span", header: t("researchLab.smb.span"), cell: (r) => t("researchLab.source.period", { from: r.stats.from, to: r.stats.to, months: formatNumber(locale, r.stats.months.length) }) },
    { key: "mean", header: t("researchLab.smb.mean"), numeric: true, cell: (r) => formatPercent(locale, r.stats.annualisedMean, 2) },
    { key: "t", header: t("researchLab.smb.tStat"), numeric: true, cell: (r) => (r.stats.tStat === null ? "—" : formatNumber(locale, r.stats.tStat, 2)) },
    { key: "cum", header: t("researchLab.smb.cumulative"), numeric: true, cell: (r) => formatPercent(locale, r.stats.cumulative.at(-1) ?? 0, 1) },
    { key: "source", header: t("researchLab.smb.source"), muted: true, cell: (r) => sourceText(t, r.dataset) },
  ];
  return <DataTable caption={t("researchLab.smb.title")} columns={columns} rows={rows} rowKey={(r) => r.stats.region} testId="smb-table" />;
}
