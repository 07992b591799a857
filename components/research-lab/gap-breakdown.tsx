import { DataTable, type Column } from "@/components/ui/data-table";
import type { Locale } from "@/lib/i18n/config";
import { formatNumber, formatPercent } from "@/lib/i18n/format";
import type { Translate } from "@/lib/i18n/translate";
import type { BreakdownEntry, Metric } from "@/lib/metrics/types";

/** Groups shown per snapshot; the rest of each snapshot is summed into one "Other" row. */
const SHOWN = 8;

type Row = { key: string; label: string; cells: (number | null)[] };

/**
 * Weights by country or sector, snapshots side by side: the union of each snapshot's largest groups, then
 * everything else as one row. Names are shown as the files print them (data shown as entered).
 */
export function GapBreakdown({ t, locale, title, breakdowns, headers }: {
  t: Translate;
  locale: Locale;
  title: string;
  breakdowns: readonly Metric<readonly BreakdownEntry[]>[];
  headers: readonly string[];
}) {
  const lists = breakdowns.map((b) => (b.status === "ok" ? [...b.value].sort((a, c) => c.weight - a.weight) : null));
  const shown: (string | null)[] = [];
  for (const list of lists) for (const e of list?.slice(0, SHOWN) ?? []) if (!shown.includes(e.key)) shown.push(e.key);
  const weightOf = (list: BreakdownEntry[] | null, key: string | null) => (list ? (list.find((e) => e.key === key)?.weight ?? 0) : null);
  const rows: Row[] = shown.map((key) => ({ key: key ?? "\u0000unknown", label: key ?? t("researchLab.gap.unknown"), cells: lists.map((l) => weightOf(l, key)) }));
  const rest = lists.map((l) => (l ? l.filter((e) => !shown.includes(e.key)) : null));
  if (rest.some((r) => r && r.length > 0)) {
    const most = Math.max(...rest.map((r) => r?.length ?? 0));
    rows.push({ key: "\u0000other", label: t("researchLab.gap.others", { count: formatNumber(locale, most) }), cells: rest.map((r) => (r ? r.reduce((s, e) => s + e.weight, 0) : null)) });
  }
  const columns: Column<Row>[] = [
    { key: "group", header: title, cell: (r) => r.label },
    ...headers.map((h, i): Column<Row> => ({ key: `c${i}`, header: h, numeric: true, cell: (r) => (r.cells[i] === null || r.cells[i] === undefined ? "—" : formatPercent(locale, r.cells[i], 1)) })),
  ];
  return <DataTable caption={title} columns={columns} rows={rows} rowKey={(r) => r.key} />;
}
