import { describe, expect, test } from "vitest";
import { activationOrder, dateKey } from "../../../scripts/lib/import-dir";
import { displayWidth } from "../../../scripts/lib/import-table";

describe("import --dir: which dataset wins a slot", () => {
  test("dateKey reads the as-of date, else the vintage's YYYYMM, else nothing", () => {
    expect(dateKey({ asOf: "2026-05-05", vintage: "2026-05-05" })).toBe("2026-05-05");
    expect(dateKey({ asOf: null, vintage: "202510 Bloomberg" })).toBe("2025-10");
    expect(dateKey({ asOf: null, vintage: "unknown" })).toBe("");
    expect(dateKey({ asOf: null, vintage: "undated" })).toBe("");
  });

  test("older first, so the newest is activated last; on one date, narrower datasets last; then by file", () => {
    const d = (file: string, asOf: string | null, vintage: string, slots: number) => ({ file, dataset: { asOf, vintage, slots: Array.from({ length: slots }, (_, i) => `s${i}`) } });
    const items = [
      d("IWM_2026-05-05.csv", "2026-05-05", "2026-05-05", 1),
      d("IJR_undated.csv", null, "undated", 1),
      d("KRX_QGZ03P.csv", "2026-02-13", "2026-02-13", 1),
      d("KRX_QGG01P.csv", "2026-02-13", "2026-02-13", 3),
      d("Europe_Daily.csv", null, "202603 Bloomberg", 2),
      d("Europe.csv", null, "202510 Bloomberg", 2),
      d("IWM_2025-11-05.csv", "2025-11-05", "2025-11-05", 1),
    ];
    expect(activationOrder(items).map((i) => i.file)).toEqual([
      "IJR_undated.csv",
      "Europe.csv",
      "IWM_2025-11-05.csv",
      "KRX_QGG01P.csv",
      "KRX_QGZ03P.csv",
      "Europe_Daily.csv",
      "IWM_2026-05-05.csv",
    ]);
  });

  test("the table pads Hangul as two terminal columns", () => {
    expect(displayWidth("File")).toBe(4);
    expect(displayWidth("파일")).toBe(4);
    expect(displayWidth("행 수")).toBe(5);
  });
});
