import { DataTable, type Column } from "@/components/ui/data-table";

export type ChartRow = Record<string, string | number | null | undefined>;

/** What a chart plots: one row per point of the `index` key, one column per series (`categories`). */
export type ChartData = {
  index: string;
  indexHeader: string;
  categories: readonly string[];
  rows: readonly ChartRow[];
  format: (value: number) => string;
  /** Says which points the rows are when they are not all of the chart's (e.g. year ends of a monthly series). */
  note?: string;
};

/**
 * A chart's text alternative: the plotted values as a table. Without `disclosure` it is read by screen readers
 * only (no visible frame to scroll or focus); with it, anyone can open it under the chart (`disclosure` is the
 * summary's text). No hooks: rendered by server pages and client charts alike, formatting done by the caller.
 */
export function ChartDataTable({ caption, data, disclosure }: { caption: string; data: ChartData; disclosure?: string }) {
  const { index, indexHeader, categories, rows, format, note } = data;
  const columns: Column<ChartRow>[] = [
    { key: index, header: indexHeader, cell: (r) => String(r[index] ?? "") },
    ...categories.map((c): Column<ChartRow> => ({ key: c, header: c, numeric: true, cell: (r) => { const v = r[c]; return typeof v === "number" ? format(v) : "—"; } })),
  ];
  const rowKey = (r: ChartRow) => String(r[index]);
  if (!disclosure) {
    return (
      <>
        {note && <p className="sr-only">{note}</p>}
        <DataTable variant="hidden" caption={caption} columns={columns} rows={rows} rowKey={rowKey} />
      </>
    );
  }
  return (
    <details className="mt-3 text-sm">
      <summary className="cursor-pointer text-blue-700">{disclosure}</summary>
      {note && <p className="mt-1 text-xs text-gray-600">{note}</p>}
      <DataTable caption={caption} columns={columns} rows={rows} rowKey={rowKey} className="mt-2 max-h-96 overflow-y-auto" />
    </details>
  );
}
