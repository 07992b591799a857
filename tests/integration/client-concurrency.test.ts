import { beforeEach, describe, expect, test } from "vitest";
import { session } from "./helpers/session-mock";
import { clientValues, makeAdvisor } from "./helpers/fixtures";
import { db } from "@/lib/db/prisma";
import { createClientAction } from "@/lib/actions/clients/create-client";
import { updateClientAction } from "@/lib/actions/clients/update-client";
import { archiveClientAction } from "@/lib/actions/clients/archive-client";
import type { SessionUser } from "@/lib/auth/session";

let owner: SessionUser;
let clientId: string;

const row = () => db.client.findUniqueOrThrow({ where: { id: clientId } });
const edit = (version: number, name: string) => updateClientAction({ id: clientId, version, values: clientValues({ name }) });

beforeEach(async () => {
  owner = await makeAdvisor();
  session.user = owner;
  const created = await createClientAction(clientValues({ name: "Original" }));
  if (!created.ok) throw new Error("setup failed");
  clientId = created.data.id;
});

describe("client edits are based on a version (two tabs editing one client)", () => {
  test("the second save of a stale version is a CONFLICT and changes nothing", async () => {
    const opened = (await row()).version; // both tabs load the edit page
    expect(opened).toBe(1);
    expect(await edit(opened, "Tab A")).toEqual({ ok: true, data: { id: clientId, version: 2 } });
    const afterA = await row();
    expect(await edit(opened, "Tab B")).toEqual({ ok: false, error: { code: "CONFLICT" } });
    expect(await row()).toEqual(afterA);
    expect(afterA).toMatchObject({ name: "Tab A", version: 2 });
  });

  test("saving again from the version just saved works", async () => {
    await edit(1, "First");
    expect(await edit(2, "Second")).toMatchObject({ ok: true, data: { version: 3 } });
    expect(await row()).toMatchObject({ name: "Second", version: 3 });
  });

  test("two saves of one version at the same moment: exactly one wins", async () => {
    const results = await Promise.all([edit(1, "A"), edit(1, "B")]);
    expect(results.map((r) => r.ok).sort()).toEqual([false, true]);
    expect(results.find((r) => !r.ok)).toEqual({ ok: false, error: { code: "CONFLICT" } });
    expect((await row()).version).toBe(2);
  });

  test("archiving and restoring are new versions: an edit opened before them conflicts", async () => {
    expect(await archiveClientAction({ id: clientId, archived: true })).toMatchObject({ ok: true });
    expect((await row()).version).toBe(2);
    expect(await edit(1, "Stale")).toEqual({ ok: false, error: { code: "CONFLICT" } });
    expect(await archiveClientAction({ id: clientId, archived: false })).toMatchObject({ ok: true });
    expect((await row()).version).toBe(3);
  });

  test("another advisor gets NOT_FOUND, never CONFLICT, whatever version they name", async () => {
    session.user = await makeAdvisor();
    const before = await row();
    for (const version of [1, 2, 99]) expect(await edit(version, "Hijacked")).toEqual({ ok: false, error: { code: "NOT_FOUND" } });
    expect(await updateClientAction({ id: "does-not-exist", version: 1, values: clientValues() })).toEqual({ ok: false, error: { code: "NOT_FOUND" } });
    expect(await row()).toEqual(before);
  });

  test.each([[0], [1.5], ["1"], [undefined]])("version %j is invalid input", async (version) => {
    const result = await updateClientAction({ id: clientId, version: version as number, values: clientValues() });
    expect(result).toMatchObject({ ok: false, error: { code: "INVALID_INPUT", fieldErrors: { version: expect.any(Array) } } });
  });
});
