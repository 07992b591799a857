import { describe, expect, test } from "vitest";
import { slotsFor } from "@/lib/market/dataset-slots";
import { isharesFundByTicker, isharesFundOf } from "@/lib/market/ishares-funds";
import { parseSlotKey } from "@/lib/market/slots";

describe("slotsFor: what a dataset can stand for", () => {
  test("a French factor file fills its region's small and large returns; the US file also cash", () => {
    expect(slotsFor({ kind: "french_factors", region: "EUROPE" })).toEqual(["returns:EUROPE_SMALL", "returns:EUROPE_LARGE"]);
    expect(slotsFor({ kind: "french_factors", region: "EM" })).toEqual(["returns:EM_SMALL", "returns:EM_LARGE"]);
    expect(slotsFor({ kind: "french_factors", region: "US" })).toEqual(["returns:CASH"]);
  });

  test("regions without a sleeve, and research-only kinds, fill nothing", () => {
    for (const region of ["DEVELOPED", "DEVELOPED_EX_US", "NORTH_AMERICA", "KOREA"]) expect(slotsFor({ kind: "french_factors", region })).toEqual([]);
    expect(slotsFor({ kind: "french_size_bm" })).toEqual([]);
    expect(slotsFor({ kind: "panel" })).toEqual([]);
    expect(slotsFor({ kind: "sleeve_history" })).toEqual([]);
  });

  test("US size portfolios, snapshots and estimates", () => {
    expect(slotsFor({ kind: "french_size" })).toEqual(["returns:US_SMALL", "returns:US_LARGE"]);
    expect(slotsFor({ kind: "snapshots", segment: { area: "KOREA", tier: "small", market: "KOSDAQ" } })).toEqual(["snapshot:KOREA:small:KOSDAQ"]);
    expect(slotsFor({ kind: "snapshots", segment: { area: "DEVELOPED", tier: "large", market: null } })).toEqual(["snapshot:DEVELOPED:large"]);
    expect(slotsFor({ kind: "estimates", area: "US" })).toEqual(["estimates:US"]);
  });

  test("every slot it names parses as a slot key", () => {
    const all = [
      ...slotsFor({ kind: "french_factors", region: "US" }),
      ...slotsFor({ kind: "french_factors", region: "APAC_EX_JAPAN" }),
      ...slotsFor({ kind: "snapshots", segment: { area: "US", tier: "micro", market: null } }),
      ...slotsFor({ kind: "estimates", area: "US" }),
    ];
    for (const key of all) expect(parseSlotKey(key), key).not.toBeNull();
  });
});

describe("isharesFundOf", () => {
  test("by the preamble's fund name first, else by the ticker starting the file name", () => {
    expect(isharesFundOf("iShares Russell 2000 ETF", "renamed.csv")?.ticker).toBe("IWM");
    expect(isharesFundOf("iShares Micro-Cap ETF", "IWM_holdings.csv")?.ticker).toBe("IWC");
    expect(isharesFundOf(null, "IJR_holdings_undated_commit-2021-03-12.csv")?.segment).toEqual({ area: "US", tier: "small", market: null });
    expect(isharesFundOf(null, "folder/ewgs-holdings.csv")).toMatchObject({ ticker: "EWGS", segment: { area: "EUROPE", tier: "small" }, example: "germany" });
    expect(isharesFundOf("iShares MSCI World ETF", "x.csv")?.segment).toEqual({ area: "DEVELOPED", tier: "large", market: null });
  });

  test("an unknown fund, or a name that only starts like a ticker, is not guessed", () => {
    expect(isharesFundOf("iShares Example Fund", "example.csv")).toBeNull();
    expect(isharesFundOf(null, "IWMX_holdings.csv")).toBeNull();
    expect(isharesFundOf(null, "holdings.csv")).toBeNull();
    expect(isharesFundByTicker("ivv")?.name).toBe("iShares Core S&P 500 ETF");
  });
});
