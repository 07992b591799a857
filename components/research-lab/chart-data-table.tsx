import { DataTable, type Column } from "@/components/ui/data-table";

export type ChartRow = Record<string, string | number | null>;

/**
 * A chart's text alternative: the plotted values as a table, folded under a summary so the page stays short.
 * No hooks: rendered inside the client charts, formatting done by the caller.
 */
export function ChartDataTable({ summary, caption, index, indexHeader, categories, rows, format, note }: {
  summary: string;
  caption: string;
  index: string;
  indexHeader: string;
  categories: readonly string[];
  rows: readonly ChartRow[];
  format: (value: number) => string;
  note?: string;
}) {
  const columns: Column<ChartRow>[] = [
    { key: index, header: indexHeader, cell: (r) => String(r[index] ?? "") },
    ...categories.map((c): Column<ChartRow> => ({ key: c, header: c, numeric: true, cell: (r) => (typeof r[c] === "number" ? format(r[c]) : "—") })),
  ];
  return (
    <details className="mt-3 text-sm">
      <summary className="cursor-pointer text-blue-700">{summary}</summary>
      {note && <p className="mt-1 text-xs text-gray-500">{note}</p>}
      <DataTable caption={caption} columns={columns} rows={rows} rowKey={(r) => String(r[index])} className="mt-2 max-h-96 overflow-y-auto" />
    </details>
  );
}
