import { describe, expect, it, test } from "vitest";
import { parseBacktestArgs } from "@/scripts/lib/backtest-args";

describe("parseBacktestArgs", () => {
  it("applies the defaults: sweep buckets, all weightings, total_loss, May, risk-free 0, JSON to stdout, language from the environment", () => {
    const result = parseBacktestArgs(["--panel", "p.csv"]);
    expect(result.ok && { ...result.value, buckets: result.value.buckets.length }).toEqual({
      panel: "p.csv",
      buckets: 19,
      weightings: ["cap", "equal", "sqrt"],
      survivorship: "total_loss",
      rebalanceMonth: 5,
      riskFree: 0,
      out: null,
      format: "json",
      lang: null,
    });
  });

  it("reads every flag, in both --flag value and --flag=value forms", () => {
    const argv = ["--panel=p.csv", "--buckets", "0-0.1,0.9-1", "--weighting=equal", "--survivorship", "exclude",
      "--rebalance-month", "6", "--risk-free=0.02", "--out", "r.json", "--format", "json", "--lang", "ko"];
    expect(parseBacktestArgs(argv)).toEqual({
      ok: true,
      value: {
        panel: "p.csv",
        buckets: [
          { kind: "percentile", from: 0, to: 0.1 },
          { kind: "percentile", from: 0.9, to: 1 },
        ],
        weightings: ["equal"],
        survivorship: "exclude",
        rebalanceMonth: 6,
        riskFree: 0.02,
        out: "r.json",
        format: "json",
        lang: "ko",
      },
    });
  });

  test.each([
    ["deciles", 10],
    ["krx", 3],
  ])("--buckets %s gives %i buckets", (name, count) => {
    const result = parseBacktestArgs(["--panel", "p.csv", "--buckets", name]);
    expect(result.ok && result.value.buckets).toHaveLength(count);
  });

  it("--format table leaves the survivorship to the table (both modes)", () => {
    const result = parseBacktestArgs(["--panel", "p.csv", "--format", "table"]);
    expect(result.ok && result.value.survivorship).toBeNull();
  });

  test.each([
    ["no --panel", [], "--panel: is required"],
    ["an unknown flag", ["--panel", "p.csv", "--weight", "cap"], "--weight"],
    ["a bad weighting", ["--panel", "p.csv", "--weighting", "value"], "--weighting: must be cap, equal, sqrt or all"],
    ["a month 13", ["--panel", "p.csv", "--rebalance-month", "13"], "--rebalance-month: must be 1-12"],
    ["a fractional month", ["--panel", "p.csv", "--rebalance-month", "5.5"], "--rebalance-month: must be a whole month"],
    ["a risk-free rate that is not a number", ["--panel", "p.csv", "--risk-free", "2%"], "--risk-free: must be a number"],
    ["an unreadable bucket list", ["--panel", "p.csv", "--buckets", "0.5-0.1"], "--buckets: must be deciles, sweep, krx"],
    ["--survivorship with --format table", ["--panel", "p.csv", "--format", "table", "--survivorship", "exclude"], "--survivorship: cannot be combined"],
    ["a bad format", ["--panel", "p.csv", "--format", "csv"], "--format: must be json or table"],
    ["a language the app has no catalog for", ["--panel", "p.csv", "--lang", "fr"], "--lang: must be en or ko"],
  ])("names the flag for %s", (_, argv, message) => {
    const result = parseBacktestArgs(argv);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain(message);
  });
});
