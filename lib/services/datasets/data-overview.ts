import { activeSlotsByDataset, datasetUsage, listSlotChoices, type ScenarioRef, type SlotChoice } from "../../db/dataset-activation";
import { listDatasetRecords, type DatasetRecord } from "../../db/datasets";

/** A dataset as the admin data page lists it: what it is, what it stands for now, and what blocks its deletion. */
export type DatasetOverview = DatasetRecord & {
  /** Slots this dataset stands for in the firm's proposals now. */
  activeSlots: string[];
  /** The firm's saved scenarios generated with it (a delete is refused while there are any). */
  usedBy: ScenarioRef[];
  /** Only the firm's own datasets can be deleted; global ones (the demo seed, firm-less CLI imports) cannot. */
  deletable: boolean;
};

export type DataOverview = { datasets: DatasetOverview[]; slots: SlotChoice[] };

/** Everything the admin data page shows for one firm, each read scoped to that firm. */
export async function loadDataOverview(firmId: string): Promise<DataOverview> {
  const [records, active, slots] = await Promise.all([listDatasetRecords(firmId), activeSlotsByDataset(firmId), listSlotChoices(firmId)]);
  const usage = await datasetUsage(firmId, records.map((r) => r.id));
  return {
    datasets: records.map((r) => ({ ...r, activeSlots: active.get(r.id) ?? [], usedBy: usage.get(r.id) ?? [], deletable: r.firmId === firmId })),
    slots,
  };
}
