/** Client-ready exports of a saved proposal view: pure (plain data in, bytes or text out); pdfkit is used here and nowhere else. */
export { weightsCsv } from "./csv/weights-csv";
export { backtestCsv } from "./csv/backtest-csv";
export { reportPdf } from "./pdf/report-pdf";
export type { ReportInput, ReportMeta } from "./types";
