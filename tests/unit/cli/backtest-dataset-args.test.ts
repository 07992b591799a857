import { describe, expect, test } from "vitest";
import { parseBacktestArgs } from "@/scripts/lib/backtest-args";

describe("npm run backtest -- --dataset", () => {
  test("takes a stored panel's id instead of a file", () => {
    const result = parseBacktestArgs(["--dataset", "cm123", "--buckets", "deciles"]);
    expect(result.ok && { panel: result.value.panel, dataset: result.value.dataset }).toEqual({ panel: "", dataset: "cm123" });
  });

  test("a file run carries no dataset", () => {
    const result = parseBacktestArgs(["--panel", "p.csv"]);
    expect(result.ok && "dataset" in result.value).toBe(false);
  });

  test.each([
    ["both", ["--panel", "p.csv", "--dataset", "cm123"], "--dataset: cannot be combined with --panel"],
    ["neither", [], "--panel: is required"],
    ["an empty id", ["--dataset", ""], "--dataset: needs a dataset id"],
  ])("refuses %s", (_, argv, message) => {
    const result = parseBacktestArgs(argv);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain(message);
  });
});
