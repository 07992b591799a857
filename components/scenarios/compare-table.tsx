"use client";

import { Card } from "@tremor/react";
import { useI18n } from "@/components/i18n/i18n-provider";

export type CompareCell = { text: string; delta?: string; changed: boolean };
export type CompareRow = { key: string; label: string; cells: CompareCell[] };

/** Rows of figures side by side; a cell that differs from the first column is highlighted, with its difference. */
export function CompareTable({ title, columns, rows, testId }: { title: string; columns: readonly string[]; rows: readonly CompareRow[]; testId: string }) {
  const { t } = useI18n();
  return (
    <Card>
      <h2 className="font-medium">{title}</h2>
      <div className="mt-3 overflow-x-auto">
        <table className="min-w-full text-sm" data-testid={testId}>
          <thead className="text-left text-gray-600">
            <tr>
              <th className="py-1 pr-3 font-medium" />
              {columns.map((c) => (
                <th key={c} className="py-1 pr-3 text-right font-medium">{c}</th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-gray-100">
            {rows.map((row) => (
              <tr key={row.key} data-changed={row.cells.some((c) => c.changed) || undefined}>
                <td className="py-1 pr-3">{row.label}</td>
                {row.cells.map((cell, i) => (
                  <td key={i} className={`py-1 pr-3 text-right tabular-nums ${cell.changed ? "bg-amber-50 font-medium text-amber-950" : ""}`} data-changed={cell.changed || undefined}>
                    {cell.text}
                    {cell.delta && <span className="ml-1 text-xs text-amber-800">({cell.delta})</span>}
                    {cell.changed && <span className="sr-only"> {t("scenarios.changed")}</span>}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Card>
  );
}
