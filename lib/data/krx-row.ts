import { z } from "zod";
import { isFormulaCell } from "./formula-cell";
import { issueCode } from "./import-result";

/**
 * The columns of a KRX constituent list this importer reads, and how each cell is checked. 현재가 (price),
 * 대비 (change) and 등락률 (% change) are printed too but not used, so they are not required or checked:
 * a suspended stock prints "-" as its price.
 */
export const KRX_COLUMNS = {
  code: "종목코드",
  name: "종목명",
  tradedValue: "거래대금(원)",
  marketCap: "상장시가총액(원)",
} as const;
export type KrxField = keyof typeof KRX_COLUMNS;

/** "5,430,723,077,500" or "5430723077500", optionally with decimals; the commas must group by three. */
const AMOUNT = /^[-+]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$/;

const amount = z
  .string()
  .trim()
  .regex(AMOUNT, { message: issueCode("not_a_number"), abort: true })
  .transform((s) => Number(s.replace(/,/g, "")))
  .refine(Number.isFinite, { message: issueCode("not_finite"), abort: true });

export const krxRowSchema = z.object({
  code: z.string().trim().regex(/^[0-9A-Z]{6}$/, issueCode("not_a_krx_code")),
  // Names come back out in CSV and PDF exports: formula cells are refused (see formula-cell.ts).
  name: z
    .string()
    .trim()
    .min(1, issueCode("empty_cell"))
    .refine((s) => !isFormulaCell(s), issueCode("formula_cell")),
  // A weight is cap ÷ total, so a cap must be positive; a stock that did not trade prints 0 or "-".
  marketCap: amount.pipe(z.number().positive(issueCode("not_positive"))),
  tradedValue: z
    .string()
    .transform((s) => (s.trim() === "-" ? null : s))
    .pipe(amount.pipe(z.number().nonnegative(issueCode("negative_value"))).nullable()),
});
