"use client";

import { Card } from "@tremor/react";
import { useI18n } from "@/components/i18n/i18n-provider";
import { DataTable, type Column } from "@/components/ui/data-table";

export type CompareCell = { text: string; delta?: string; changed: boolean };
export type CompareRow = { key: string; label: string; cells: CompareCell[] };

/** Rows of figures side by side; a cell that differs from the first column is highlighted, with its difference. */
export function CompareTable({ title, columns, rows, testId }: { title: string; columns: readonly string[]; rows: readonly CompareRow[]; testId: string }) {
  const { t } = useI18n();
  const cellAt = (row: CompareRow, i: number): CompareCell => row.cells[i] ?? { text: "", changed: false };
  const tableColumns: Column<CompareRow>[] = [
    // The row labels need no visible header, but a header cell must not be empty for a screen reader.
    { key: "label", header: <span className="sr-only">{t("scenarios.compare.item")}</span>, cell: (row) => row.label },
    ...columns.map((c, i): Column<CompareRow> => ({
      key: `column-${i}`,
      header: c,
      numeric: true,
      cell: (row) => {
        const cell = cellAt(row, i);
        return (
          <>
            {cell.text}
            {cell.delta && <span className="ml-1 text-xs text-amber-800">({cell.delta})</span>}
            {cell.changed && <span className="sr-only"> {t("scenarios.changed")}</span>}
          </>
        );
      },
      cellAttributes: (row) => (cellAt(row, i).changed ? { className: "bg-amber-50 font-medium text-amber-950", "data-changed": true } : {}),
    })),
  ];
  return (
    <Card>
      <h2 className="font-medium">{title}</h2>
      <DataTable
        caption={title}
        columns={tableColumns}
        rows={rows}
        rowKey={(row) => row.key}
        rowAttributes={(row) => ({ "data-changed": row.cells.some((c) => c.changed) || undefined })}
        testId={testId}
        className="mt-3"
      />
    </Card>
  );
}
