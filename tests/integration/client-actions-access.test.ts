import { beforeEach, describe, expect, test } from "vitest";
import { session } from "./helpers/session-mock";
import { clientValues, makeAdvisor } from "./helpers/fixtures";
import { db } from "@/lib/db/prisma";
import { createClientAction } from "@/lib/actions/clients/create-client";
import { updateClientAction } from "@/lib/actions/clients/update-client";
import { archiveClientAction } from "@/lib/actions/clients/archive-client";
import { getClientOrThrow } from "@/lib/db/clients";
import { listClientPage } from "@/lib/db/client-list";
import type { SessionUser } from "@/lib/auth/session";

let owner: SessionUser;
let intruder: SessionUser;
let clientId: string;

async function snapshot(id: string) {
  return db.client.findUnique({ where: { id } });
}

beforeEach(async () => {
  owner = await makeAdvisor();
  intruder = await makeAdvisor();
  session.user = owner;
  const created = await createClientAction(clientValues({ name: "Owner's client" }));
  if (!created.ok) throw new Error("setup failed");
  clientId = created.data.id;
  session.user = intruder;
});

// Reads go through the data-access functions the pages call (the pages themselves: client-pages.test.ts).
describe("client reads and actions refuse another advisor's ids", () => {
  const NOT_FOUND = { ok: false, error: { code: "NOT_FOUND" } };

  test("getClientOrThrow: same answer as for an id that does not exist", async () => {
    await expect(getClientOrThrow(intruder.id, clientId)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getClientOrThrow(intruder.id, "does-not-exist")).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await getClientOrThrow(owner.id, clientId)).name).toBe("Owner's client");
  });

  test("updateClient changes nothing", async () => {
    const before = await snapshot(clientId);
    expect(await updateClientAction({ id: clientId, version: 1, values: clientValues({ name: "Hijacked" }) })).toEqual(NOT_FOUND);
    expect(await snapshot(clientId)).toEqual(before);
  });

  test("archiveClient changes nothing", async () => {
    const before = await snapshot(clientId);
    expect(await archiveClientAction({ id: clientId, archived: true })).toEqual(NOT_FOUND);
    expect(await snapshot(clientId)).toEqual(before);
  });

  test("listClientPage does not show or count it, even with archived clients and a matching search", async () => {
    const empty = { rows: [], total: 0, page: 1, pageCount: 1 };
    expect(await listClientPage(intruder.id, { q: "", sort: "name", archived: true, page: 1 })).toEqual(empty);
    expect(await listClientPage(intruder.id, { q: "owner", sort: "name", archived: true, page: 1 })).toEqual(empty);
    expect(await listClientPage(intruder.id, { q: "%", sort: "name", archived: true, page: 1 })).toEqual(empty);
  });

  test("createClient cannot plant a client on another advisor (advisorId comes from the session)", async () => {
    const input = { ...clientValues({ name: "Planted" }), advisorId: owner.id } as Parameters<typeof createClientAction>[0];
    const result = await createClientAction(input);
    expect(result.ok).toBe(true);
    const row = await db.client.findFirst({ where: { name: "Planted", advisorId: intruder.id } });
    expect(row).not.toBeNull();
    expect(await db.client.count({ where: { advisorId: owner.id } })).toBe(1);
  });
});

describe("client actions validate and authenticate", () => {
  test("signed out: UNAUTHENTICATED and nothing written", async () => {
    session.user = null;
    const count = await db.client.count();
    const before = await snapshot(clientId);
    const UNAUTHENTICATED = { ok: false, error: { code: "UNAUTHENTICATED" } };
    expect(await createClientAction(clientValues())).toEqual(UNAUTHENTICATED);
    expect(await updateClientAction({ id: clientId, version: 1, values: clientValues({ name: "Anonymous" }) })).toEqual(UNAUTHENTICATED);
    expect(await archiveClientAction({ id: clientId, archived: true })).toEqual(UNAUTHENTICATED);
    expect(await db.client.count()).toBe(count);
    expect(await snapshot(clientId)).toEqual(before);
  });

  test("malformed input returns field errors", async () => {
    session.user = owner;
    const result = await createClientAction(clientValues({ name: "", riskTolerance: 9, email: "nope", horizonYears: "x" }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe("INVALID_INPUT");
    expect(result.error.fieldErrors).toMatchObject({
      name: ["errors.required"],
      riskTolerance: ["errors.outOfRange"],
      email: ["errors.invalidEmail"],
      horizonYears: ["errors.invalidNumber"],
    });
  });

  test("the owner can update and archive", async () => {
    session.user = owner;
    expect(await updateClientAction({ id: clientId, version: 1, values: clientValues({ name: "Renamed" }) })).toMatchObject({ ok: true });
    expect(await archiveClientAction({ id: clientId, archived: true })).toMatchObject({ ok: true, data: { archived: true } });
    expect((await snapshot(clientId))?.name).toBe("Renamed");
  });
});
