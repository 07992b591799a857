import { describe, expect, test } from "vitest";
import { clientView } from "@/lib/services/proposal/client-view";
import type { ProposalView } from "@/lib/services/proposal/view-model";

describe("clientView", () => {
  test("rounds fractions to six significant digits and larger numbers to six decimals, at every depth; leaves integers, text and nulls", () => {
    const view = {
      synthetic: true,
      client: { id: "c1", horizonYears: 15, investableAssets: 850_000_000 },
      allocation: { lines: [{ weight: 0.9999999999999993, amount: 123456789.1234567 }], smallCapShareOfEquities: null },
      backtest: { proposal: { wealthNet: [1, 1.0234567891, -0.000123456789, 1e-12] } },
    } as unknown as ProposalView;
    const out = clientView(view) as unknown as typeof view & Record<string, never>;
    expect(out).toEqual({
      synthetic: true,
      client: { id: "c1", horizonYears: 15, investableAssets: 850_000_000 },
      allocation: { lines: [{ weight: 1, amount: 123456789.123457 }], smallCapShareOfEquities: null },
      backtest: { proposal: { wealthNet: [1, 1.023457, -0.000123457, 1e-12] } },
    });
    // The same view object gives the same compacted object (computed once), and the view is not changed.
    expect(clientView(view)).toBe(out);
    expect((view as unknown as { allocation: { lines: { weight: number }[] } }).allocation.lines[0]!.weight).toBe(0.9999999999999993);
  });
});
