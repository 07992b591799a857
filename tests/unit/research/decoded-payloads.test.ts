import { beforeEach, describe, expect, test, vi } from "vitest";

/** The gap page's snapshot reader keeps decoded payloads, but only so many: the first one read is read again later. */
const reads: string[] = [];
vi.mock("@/lib/db/datasets", () => ({
  findDataset: async (_firmId: string, id: string) => ({ id, kind: "snapshots", slots: [], firmId: "f" }),
  readDatasetPayload: async (_firmId: string, id: string) => {
    reads.push(id);
    return [{ id, label: id, source: "s", asOf: null, synthetic: false, region: "US", size: "small", constituents: [] }];
  },
  listDatasetRecords: async () => [],
}));

const { getGapSnapshotOrThrow } = await import("@/lib/services/research/gap-snapshots");
const { DecodedPayloads } = await import("@/lib/services/datasets/decoded-payloads");

describe("decoded payloads are kept, within a bound", () => {
  beforeEach(() => {
    reads.length = 0;
  });

  test("a snapshot read again soon is not read from the database again; after many others it is", async () => {
    await getGapSnapshotOrThrow("f", "first.0");
    await getGapSnapshotOrThrow("f", "first.0");
    expect(reads).toEqual(["first"]);
    for (let i = 0; i < 200; i++) await getGapSnapshotOrThrow("f", `other${i}.0`);
    await getGapSnapshotOrThrow("f", "first.0");
    expect(reads.filter((id) => id === "first")).toHaveLength(2);
  });

  test("least recently used first: a value used again outlives those read after it", async () => {
    const cache = new DecodedPayloads<string>(2);
    const loads: string[] = [];
    const get = (id: string) => cache.get(id, async () => (loads.push(id), id.toUpperCase()));
    expect(await get("a")).toBe("A");
    await get("b");
    await get("a");
    await get("c");
    // "b" was the least recently used: dropped; "a" kept.
    await get("a");
    await get("b");
    expect(loads).toEqual(["a", "b", "c", "b"]);
  });

  test("a failed load keeps nothing", async () => {
    const cache = new DecodedPayloads<number>(4);
    await expect(cache.get("x", async () => Promise.reject(new Error("damaged")))).rejects.toThrow("damaged");
    expect(await cache.get("x", async () => 7)).toBe(7);
  });
});
