import { exportScenarioVersion, type ScenarioRouteContext } from "../scenario-export";
import { backtestCsv } from "@/components/report";

/** GET /scenarios/<id>/backtest.csv?version=n: the monthly back-test of a saved version as a spreadsheet. */
export function GET(request: Request, context: ScenarioRouteContext): Promise<Response> {
  return exportScenarioVersion(request, context, "backtest_csv", ({ view, meta }) => ({
    body: backtestCsv(view, meta.locale),
    contentType: "text/csv; charset=utf-8",
    suffix: "backtest.csv",
  }));
}
