import { median } from "./bench-timing";
import type { Phase } from "./bench-types";

/** A report should be ready about as fast as a page: the advisor clicks "PDF report" and waits. */
const REPORT_TARGET_MS = 1000;

/**
 * The client-ready PDF report of one saved version (components/report), for a Korean client on the demo market,
 * in English and in Korean (which embeds subsets of Noto Sans KR): the first render in a fresh process (fonts
 * read and parsed) and the median of five more.
 */
export async function runReportPdfCase(): Promise<Phase[]> {
  const { composeProposal } = await import("../../lib/services/proposal/compose");
  const { generateDemoSnapshots, generateSleeveHistory, SYNTHETIC_MANAGER_EXCESS } = await import("../../lib/data/synthetic");
  const { REFERENCE_FIGURES } = await import("../../lib/metrics/reference-figures");
  const { DEFAULT_ASSUMPTIONS } = await import("../../lib/validation/proposal");
  const { reportPdf } = await import("../../components/report");

  const view = composeProposal(
    {
      id: "bench", name: "Bench Client", homeMarket: "KOREA", riskTolerance: 3, horizonYears: 15, investableAssets: 3_200_000_000, currency: "KRW",
      maxFeeBps: null, excludedRegions: [], maxSmallCapShare: null, passiveOnly: false, currentAllocation: null,
    },
    {
      history: generateSleeveHistory(),
      snapshots: generateDemoSnapshots(),
      referenceFigures: REFERENCE_FIGURES,
      managerExcessAssumptions: SYNTHETIC_MANAGER_EXCESS,
      datasets: [{ id: "demo", name: "Demo market", vintage: "synthetic", synthetic: true }],
    },
    DEFAULT_ASSUMPTIONS,
  );
  const phases: Phase[] = [];
  for (const locale of ["en", "ko"] as const) {
    const meta = { clientName: "Bench Client", advisorName: "Bench", firmName: "Bench", scenarioName: "Bench", version: 1, savedAt: new Date(), preparedAt: new Date(), locale };
    const time = async () => {
      const start = performance.now();
      const bytes = await reportPdf(view, meta);
      return { ms: performance.now() - start, bytes: bytes.length };
    };
    const first = await time();
    const more = [];
    for (let i = 0; i < 5; i++) more.push(await time());
    const note = `${(first.bytes / 1024).toFixed(0)} KiB`;
    phases.push({ name: `PDF report, ${locale} (first)`, ms: first.ms, targetMs: REPORT_TARGET_MS, note });
    phases.push({ name: `PDF report, ${locale} (median of 5 more)`, ms: median(more.map((m) => m.ms)), targetMs: REPORT_TARGET_MS });
  }
  return phases;
}
