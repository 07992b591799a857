import type { Constituent, ConstituentSnapshot } from "@/lib/market/types";

/** A constituent with neutral defaults; tests override only what they check. */
export function constituent(ticker: string, weight: number, extra: Partial<Constituent> = {}): Constituent {
  return { ticker, name: ticker, sector: null, country: null, weight, marketValue: null, ...extra };
}

export function snapshot(
  constituents: readonly Constituent[],
  columns: { hasAnalysts?: boolean; hasProfitable?: boolean } = {},
): ConstituentSnapshot {
  return {
    id: "snap-1",
    label: "Test small caps",
    source: "unit test",
    asOf: "2025-05-30",
    region: "US",
    size: "small",
    synthetic: true,
    constituents,
    hasAnalysts: columns.hasAnalysts ?? false,
    hasProfitable: columns.hasProfitable ?? false,
  };
}
