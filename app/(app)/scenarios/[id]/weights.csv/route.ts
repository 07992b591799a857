import { exportScenarioVersion, type ScenarioRouteContext } from "../scenario-export";
import { weightsCsv } from "@/components/report";

/** GET /scenarios/<id>/weights.csv?version=n: the allocation of a saved version as a spreadsheet. */
export function GET(request: Request, context: ScenarioRouteContext): Promise<Response> {
  return exportScenarioVersion(request, context, "weights_csv", ({ view, meta }) => ({
    body: weightsCsv(view, meta.locale),
    contentType: "text/csv; charset=utf-8",
    suffix: "weights.csv",
  }));
}
