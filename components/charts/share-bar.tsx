"use client";

import { CategoryBar, Legend } from "@tremor/react";

type Color = "blue" | "cyan" | "indigo" | "violet" | "emerald" | "teal" | "amber" | "rose" | "sky" | "fuchsia" | "lime" | "orange" | "slate" | "gray";

/**
 * Shares of a whole as one stacked bar with its legend: Tremor's CategoryBar, which is drawn with plain elements,
 * not recharts, so a page whose first screen shows shares needs no chart chunk. A client component because
 * Tremor's bar uses hooks and does not say "use client" itself (server pages render it through this file).
 */
export function ShareBar({ values, names, colors, className }: { values: readonly number[]; names: readonly string[]; colors: readonly Color[]; className?: string }) {
  return (
    <div className={className}>
      <CategoryBar values={[...values]} colors={[...colors]} showLabels={false} />
      <Legend categories={[...names]} colors={[...colors]} className="mt-3" />
    </div>
  );
}
