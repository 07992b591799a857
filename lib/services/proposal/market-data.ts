import type { SleeveId } from "../../market/regions";
import type { ReferenceFigure } from "../../metrics/reference-figures";
import type { ConstituentSnapshot, SleeveHistory } from "../../market/types";
import type { SleeveProvenance } from "./provenance";
import type { MarketEstimates, MarketSegment } from "./real-market";
import type { DatasetStamp } from "./view-model";

export type MarketData = {
  history: SleeveHistory;
  snapshots: readonly ConstituentSnapshot[];
  referenceFigures: readonly ReferenceFigure[];
  /** Assumed manager excess per sleeve where the reference figures give none (labelled as assumptions). */
  managerExcessAssumptions: Partial<Record<SleeveId, number>>;
  datasets: DatasetStamp[];
  /** Where each sleeve's series comes from; a sleeve without an entry is the demo's (synthetic or illustrative). */
  sleeveSources?: Partial<Record<SleeveId, SleeveProvenance>>;
  /** The snapshot standing for each evidence segment and whether it is real; derived from `snapshots` when absent. */
  segments?: readonly MarketSegment[];
  /** Active estimates files, joined by ticker to the real snapshots of their area. */
  estimates?: readonly MarketEstimates[];
};
