import type { ReactNode } from "react";

/** `data-*` attributes a row or cell may carry for tests and styling (e.g. `data-changed`). */
type DataAttributes = { [key: `data-${string}`]: string | boolean | undefined };

/** Extra attributes of one body cell or row, decided per row. */
type CellAttributes = DataAttributes & { className?: string; title?: string };

export type Column<Row> = {
  /** Unique within the table (the React key of the header and of each cell). */
  key: string;
  header: ReactNode;
  cell: (row: Row) => ReactNode;
  /** Figures: right-aligned with tabular digits, so columns of numbers line up. */
  numeric?: boolean;
  /** A column of text whose cells are de-emphasised (dates, sources). */
  muted?: boolean;
  cellAttributes?: (row: Row) => CellAttributes;
};

/** A header cell spanning `span` columns, in a row above the columns' own headers. */
type ColumnGroup = { key: string; header: ReactNode; span: number };

/**
 * `card`: inside a card that has its own heading and padding. `panel`: the table is the panel (a page's list),
 * with its own border and a shaded header. `hidden`: for screen readers only (a chart's values), so it has no
 * scrolling frame: a focusable region nobody can see would only lose a keyboard user's focus.
 */
type Variant = "card" | "panel" | "hidden";

type Props<Row> = {
  /** Names the table for assistive technology (a visually hidden caption) and its scrolling region. */
  caption: string;
  columns: readonly Column<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  rowAttributes?: (row: Row) => CellAttributes;
  groups?: readonly ColumnGroup[];
  variant?: Variant;
  testId?: string;
  className?: string;
};

const STYLES: Record<Variant, { frame: string; head: string; cell: string; row: string }> = {
  card: { frame: "overflow-x-auto", head: "text-left text-gray-600", cell: "py-1 pr-3 last:pr-0", row: "" },
  panel: { frame: "overflow-x-auto rounded-lg border border-gray-200 bg-white", head: "bg-gray-50 text-left text-gray-600", cell: "px-4 py-2", row: "hover:bg-gray-50" },
  hidden: { frame: "", head: "", cell: "", row: "" },
};

const join = (...classes: (string | false | undefined)[]) => classes.filter(Boolean).join(" ");

/**
 * The one table of the app: typed columns, a caption, and a scrolling frame that a keyboard can reach
 * (`tabIndex` 0, a named region), since a wide table on a narrow screen scrolls sideways.
 * No hooks, so server pages and client components both render it.
 */
export function DataTable<Row>({ caption, columns, rows, rowKey, rowAttributes, groups, variant = "card", testId, className }: Props<Row>) {
  const style = STYLES[variant];
  const align = (c: Column<Row>) => (c.numeric ? "text-right" : undefined);
  const table = (
    <table className={variant === "hidden" ? "sr-only" : "min-w-full text-sm"} data-testid={testId}>
      <caption className="sr-only">{caption}</caption>
      <thead className={style.head}>
        {groups && (
          <tr>
            {/* A group without a name (over the row labels) is an empty cell, not an empty header. */}
            {groups.map((g) =>
              g.header === "" ? (
                <td key={g.key} colSpan={g.span} className={style.cell || undefined} />
              ) : (
                <th key={g.key} scope="colgroup" colSpan={g.span} className={join(style.cell, "font-medium", g.span > 1 && "text-center")}>{g.header}</th>
              ),
            )}
          </tr>
        )}
        <tr className={groups ? "text-xs" : undefined}>
          {columns.map((c) => (
            <th key={c.key} scope="col" className={join(style.cell, "font-medium", align(c))}>{c.header}</th>
          ))}
        </tr>
      </thead>
      <tbody className="divide-y divide-gray-100">
        {rows.map((row) => {
          const { className: rowClass, ...rowRest } = rowAttributes?.(row) ?? {};
          return (
            <tr key={rowKey(row)} className={join(style.row, rowClass) || undefined} {...rowRest}>
              {columns.map((c) => {
                const { className: cellClass, ...cellRest } = c.cellAttributes?.(row) ?? {};
                return (
                  <td key={c.key} className={join(style.cell, align(c), c.numeric && "tabular-nums", c.muted && "text-gray-600", cellClass)} {...cellRest}>
                    {c.cell(row)}
                  </td>
                );
              })}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
  if (variant === "hidden") return table;
  return (
    <div role="region" aria-label={caption} tabIndex={0} className={join(style.frame, className)}>
      {table}
    </div>
  );
}
