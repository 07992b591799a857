import { globalDatasetExists, insertDataset } from "../../lib/db/datasets";
import { demoDatasets } from "../../lib/demo/demo-datasets";

/** Global (firm-less) synthetic datasets, inserted once per name and vintage. */
export async function seedDemoDatasets(): Promise<number> {
  let inserted = 0;
  for (const d of demoDatasets()) {
    if (await globalDatasetExists(d.name, d.vintage)) continue;
    await insertDataset({ ...d, firmId: null });
    inserted++;
  }
  return inserted;
}
