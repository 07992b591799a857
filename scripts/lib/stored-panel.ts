import type { Panel } from "../../lib/backtest/panel";

/**
 * `npm run backtest -- --dataset <id>`: a panel stored with `npm run import -- --panel` (or the admin upload),
 * read from the database DATABASE_URL names and decoded from its columnar blob (lib/data/panel-blob.ts).
 * The operator's CLI reads any firm's dataset by id, as the import CLI writes any firm's. The database modules
 * are loaded only here, so `--panel FILE` runs start without them.
 */
export async function loadStoredPanel(datasetId: string, now: () => number): Promise<{ panel: Panel; parseMs: number } | { panel: null; error: string }> {
  const started = now();
  const [{ readPanelBlobById }, { decodePanel, PanelBlobError }, { db }, { closeBlobConnections }] = await Promise.all([
    import("../../lib/db/panel-datasets"),
    import("../../lib/data/panel-blob"),
    import("../../lib/db/prisma"),
    import("../../lib/db/blob-column"),
  ]);
  try {
    const blob = await readPanelBlobById(datasetId);
    if (!blob) return { panel: null, error: `--dataset: no stored panel with id ${datasetId} (npm run import -- --panel FILE --label NAME stores one)` };
    return { panel: decodePanel(blob), parseMs: now() - started };
  } catch (error) {
    if (error instanceof PanelBlobError) return { panel: null, error: `--dataset: the stored panel ${datasetId} cannot be read (${error.problem})` };
    throw error;
  } finally {
    await Promise.all([db.$disconnect(), closeBlobConnections()]);
  }
}
