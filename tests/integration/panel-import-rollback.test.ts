import { describe, expect, test, vi } from "vitest";
import { makeAdvisor } from "./helpers/fixtures";
import { db } from "@/lib/db/prisma";
import { importPanelDataset } from "@/lib/services/datasets/import-panel";

// The columns are written through the driver after the row (lib/db/panel-datasets.ts): make that write fail.
vi.mock("@/lib/db/blob-column", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/db/blob-column")>()),
  writeBlobColumn: async () => {
    throw new Error("disk full");
  },
}));

describe("a panel import whose columns cannot be written", () => {
  test("leaves no dataset row and no activity row behind", async () => {
    const admin = await makeAdvisor("ADMIN");
    const [datasets, activities] = [await db.dataset.count(), await db.activity.count()];
    const csv = "id,date,market_cap,return\nA,2020-05-29,100,\nA,2021-05-31,110,0.1\n";
    await expect(importPanelDataset({ bytes: Buffer.from(csv), fileName: "p.csv", label: "Fails", firmId: admin.firmId, importedById: admin.id })).rejects.toThrow("disk full");
    expect(await db.dataset.count()).toBe(datasets);
    expect(await db.activity.count()).toBe(activities);
  });
});
