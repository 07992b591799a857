import { exportScenarioVersion, type ScenarioRouteContext } from "../scenario-export";
import { reportPdf } from "@/components/report";

/** GET /scenarios/<id>/report.pdf?version=n: the client-ready report of a saved version (the latest without `version`). */
export function GET(request: Request, context: ScenarioRouteContext): Promise<Response> {
  return exportScenarioVersion(request, context, "pdf", async ({ view, meta }) => ({
    body: await reportPdf(view, meta),
    contentType: "application/pdf",
    suffix: "report.pdf",
  }));
}
