import { describe, expect, test } from "vitest";
import { BOM, csvText, encodeCell, numberCell, textCell } from "@/components/report/csv/cells";
import { backtestCsv, weightsCsv } from "@/components/report";
import { demoView, KOREAN_CLIENT, US_CLIENT } from "./helpers/demo-views";
import { smallView } from "./helpers/small-view";

describe("CSV cells", () => {
  test.each([
    { label: "a formula (its quotes doubled, as in any cell)", value: '=HYPERLINK("http://evil.example")', written: '"\'=HYPERLINK(""http://evil.example"")"' },
    { label: "a plus sign", value: "+1+1", written: "'+1+1" },
    { label: "a minus sign (text that looks like a number stays text)", value: "-5%", written: "'-5%" },
    { label: "a lone minus", value: "-", written: "'-" },
    { label: "an at sign", value: "@SUM(A1:A9)", written: "'@SUM(A1:A9)" },
    { label: "a tab before a formula", value: "\t=1+1", written: "'\t=1+1" },
    { label: "a carriage return before a formula (quoted: it is a line break)", value: "\r=1+1", written: "\"'\r=1+1\"" },
    { label: "a formula with a comma is neutralised, then quoted", value: "=1,2", written: "\"'=1,2\"" },
    { label: "a formula character later in the text", value: "A=B", written: "A=B" },
    { label: "a comma", value: "Asia, Pacific", written: "\"Asia, Pacific\"" },
    { label: "quotes are doubled", value: 'say "hi"', written: '"say ""hi"""' },
    { label: "a line break", value: "a\nb", written: '"a\nb"' },
    { label: "Korean", value: "일본 제외 아시아·태평양", written: "일본 제외 아시아·태평양" },
    { label: "empty", value: "", written: "" },
  ])("text: $label", ({ value, written }) => {
    expect(encodeCell(textCell(value))).toBe(written);
  });

  test.each([
    { label: "a negative number stays a plain number (no apostrophe)", value: -0.0123, digits: 4, written: "-0.0123" },
    { label: "rounded to the digits", value: 12.345678, digits: 2, written: "12.35" },
    { label: "no grouping separators", value: 1_234_567.5, digits: 2, written: "1234567.50" },
    { label: "a negative that rounds to zero is written as zero", value: -0.00001, digits: 4, written: "0.0000" },
    { label: "no decimals", value: 3_200_000_000, digits: 0, written: "3200000000" },
  ])("number: $label", ({ value, digits, written }) => {
    expect(encodeCell(numberCell(value, digits))).toBe(written);
  });

  test.each([
    { label: "NaN", value: Number.NaN, digits: 2 },
    { label: "Infinity", value: Infinity, digits: 2 },
    { label: "negative digits", value: 1, digits: -1 },
    { label: "fractional digits", value: 1, digits: 1.5 },
  ])("refuses a number cell of $label", ({ value, digits }) => {
    expect(() => numberCell(value, digits)).toThrow(/^numberCell: /);
  });

  test("a file is the BOM, then rows ended by CRLF; encoded as UTF-8 it starts EF BB BF", () => {
    const csv = csvText([[textCell("a"), numberCell(-1, 1)], [textCell("지역"), textCell("")]]);
    expect(csv).toBe(`${BOM}a,-1.0\r\n지역,\r\n`);
    expect([...Buffer.from(csv, "utf8").subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });
});

describe("weightsCsv", () => {
  // Thirds of USD 100,000: 33.333…% and 33,333.333… each. Weights in 0.01% units: 3333 × 3 = 9999, the
  // leftover unit to the first line (equal remainders); amounts in cents likewise. Lines of equal weight keep
  // the model's order.
  test("English, exact text", () => {
    expect(weightsCsv(smallView(), "en")).toBe(
      "\uFEFFRegion,Size,Style,Weight (%),Amount (USD),Fee (bp a year)\r\n" +
        "US,Large,Passive,33.34,33333.34,3.0\r\n" +
        "US,Small,Active,33.33,33333.33,75.0\r\n" +
        "Bonds,,,33.33,33333.33,5.0\r\n",
    );
  });

  test("Korean, exact text: headers and names from the Korean catalog", () => {
    expect(weightsCsv(smallView(), "ko")).toBe(
      "\uFEFF지역,규모,운용 방식,비중 (%),금액 (USD),보수 (연 bp)\r\n" +
        "미국,대형주,패시브,33.34,33333.34,3.0\r\n" +
        "미국,소형주,액티브,33.33,33333.33,75.0\r\n" +
        "채권,,,33.33,33333.33,5.0\r\n",
    );
  });

  test.each([KOREAN_CLIENT, US_CLIENT].map((c) => [c.id, c] as const))("demo proposal %s: weights add up to exactly 100.00, amounts to the total", (_id, client) => {
    const view = demoView(client);
    const rows = weightsCsv(view, "en").replace(/^\uFEFF/, "").trimEnd().split("\r\n").slice(1).map((line) => line.split(","));
    expect(rows).toHaveLength(view.allocation.lines.length);
    // Summed in whole hundredths, so float addition cannot blur the check.
    expect(rows.reduce((sum, r) => sum + Math.round(Number(r[3]) * 100), 0)).toBe(10_000);
    const digits = client.currency === "KRW" ? 0 : 2;
    const total = Math.round(view.allocation.lines.reduce((s, l) => s + l.amount, 0) * 10 ** digits);
    expect(rows.reduce((sum, r) => sum + Math.round(Number(r[4]) * 10 ** digits), 0)).toBe(total);
    for (const r of rows) expect(r[4]).toMatch(digits === 0 ? /^\d+$/ : /^\d+\.\d{2}$/);
  });
});

describe("backtestCsv", () => {
  // Returns from the wealth curves, in percent to 4 decimals: net 1.01/1 − 1 = 1%, 0.9999/1.01 − 1 = −1%,
  // 1.019898/0.9999 − 1 = 2%; gross 1.25%, −1%, 2.25%; benchmark −5%, 0%, 5%.
  test("English, exact text: negative returns are plain numbers", () => {
    expect(backtestCsv(smallView(), "en")).toBe(
      "\uFEFFMonth,\"Proposal, net of fees (%)\",\"Proposal, gross of fees (%)\",Benchmark (%)\r\n" +
        "2024-01,1.0000,1.2500,-5.0000\r\n" +
        "2024-02,-1.0000,-1.0000,0.0000\r\n" +
        "2024-03,2.0000,2.2500,5.0000\r\n",
    );
  });

  test("Korean, synthetic: every series' header says so", () => {
    const [header] = backtestCsv(smallView({ synthetic: true }), "ko").split("\r\n");
    expect(header).toBe("\uFEFF월,\"제안, 보수 차감 후 (%), 합성 데이터\",\"제안, 보수 차감 전 (%), 합성 데이터\",\"벤치마크 (%), 합성 데이터\"");
  });

  test("no benchmark series: its cells are empty", () => {
    const view = smallView();
    const csv = backtestCsv({ ...view, backtest: { ...view.backtest, benchmark: { ...view.backtest.benchmark, wealth: [] } } }, "en");
    expect(csv.split("\r\n")[1]).toBe("2024-01,1.0000,1.2500,");
  });

  test("a demo proposal: one row per month, every value a plain number", () => {
    const view = demoView(KOREAN_CLIENT);
    const rows = backtestCsv(view, "ko").trimEnd().split("\r\n").slice(1);
    expect(rows).toHaveLength(view.backtest.months.length);
    for (const row of rows) expect(row).toMatch(/^\d{4}-\d{2}(,-?\d+\.\d{4}){3}$/);
  });
});
