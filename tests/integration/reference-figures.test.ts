import { beforeAll, describe, expect, test } from "vitest";
import { session } from "./helpers/session-mock";
import { makeAdvisor } from "./helpers/fixtures";
import { db } from "@/lib/db/prisma";
import { insertMissingReferenceFigures, listDefaultReferenceFigures, listReferenceFigures } from "@/lib/db/reference-figures";
import { resetReferenceFigureAction, updateReferenceFigureAction } from "@/lib/actions/admin/update-reference-figure";
import { REFERENCE_FIGURES } from "@/lib/metrics/reference-figures";

beforeAll(async () => {
  await insertMissingReferenceFigures();
});

const valueOf = async (firmId: string, key: string) => (await listReferenceFigures(firmId)).find((f) => f.key === key)?.value;

describe("reference figures", () => {
  test("the seed loads every article figure once, and a second run adds nothing", async () => {
    expect((await listDefaultReferenceFigures()).length).toBe(REFERENCE_FIGURES.length);
    expect(await insertMissingReferenceFigures()).toBe(0);
    const firm = await makeAdvisor("ADVISOR");
    expect((await listReferenceFigures(firm.firmId)).length).toBe(REFERENCE_FIGURES.length);
  });

  test("an advisor cannot edit them", async () => {
    session.user = await makeAdvisor("ADVISOR");
    const figure = REFERENCE_FIGURES[0]!;
    expect(await updateReferenceFigureAction({ ...figure, value: 99 })).toEqual({ ok: false, error: { code: "FORBIDDEN" } });
    expect(await resetReferenceFigureAction({ key: figure.key })).toEqual({ ok: false, error: { code: "FORBIDDEN" } });
    expect(await valueOf(session.user.firmId, figure.key)).toBe(figure.value);
  });

  test("an admin edits one; invalid input is refused with field errors", async () => {
    session.user = await makeAdvisor("ADMIN");
    const figure = REFERENCE_FIGURES.find((f) => f.unit === "count")!;
    const result = await updateReferenceFigureAction({ ...figure, value: figure.value + 1, source: "Corrected source" });
    expect(result).toEqual({ ok: true, data: { key: figure.key } });
    const saved = (await listReferenceFigures(session.user.firmId)).find((f) => f.key === figure.key);
    expect(saved).toMatchObject({ value: figure.value + 1, source: "Corrected source", overridden: true });
    const bad = await updateReferenceFigureAction({ ...figure, asOf: "yesterday", source: "" });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(Object.keys(bad.error.fieldErrors ?? {}).sort()).toEqual(["asOf", "source"]);
  });

  // Finding 3: an admin's edit was global and changed every firm's proposals.
  test("one firm's admin changes only that firm's figures; the article's default stays for the others", async () => {
    const adminA = await makeAdvisor("ADMIN");
    const adminB = await makeAdvisor("ADMIN");
    const figure = REFERENCE_FIGURES.find((f) => f.unit === "count")!;
    session.user = adminA;
    expect((await updateReferenceFigureAction({ ...figure, value: 42 })).ok).toBe(true);
    expect(await valueOf(adminA.firmId, figure.key)).toBe(42);
    expect(await valueOf(adminB.firmId, figure.key)).toBe(figure.value);
    expect((await listDefaultReferenceFigures()).find((f) => f.key === figure.key)?.value).toBe(figure.value);

    session.user = adminB;
    expect((await updateReferenceFigureAction({ ...figure, value: 7 })).ok).toBe(true);
    expect(await valueOf(adminA.firmId, figure.key)).toBe(42);
    expect(await valueOf(adminB.firmId, figure.key)).toBe(7);

    // Firm B goes back to the article's figure; firm A keeps its own.
    expect(await resetReferenceFigureAction({ key: figure.key })).toEqual({ ok: true, data: { key: figure.key } });
    expect(await valueOf(adminB.firmId, figure.key)).toBe(figure.value);
    expect(await valueOf(adminA.firmId, figure.key)).toBe(42);
  });

  test("an unknown key is NOT_FOUND and writes nothing", async () => {
    session.user = await makeAdvisor("ADMIN");
    const before = await db.referenceFigure.count();
    const figure = REFERENCE_FIGURES[0]!;
    expect(await updateReferenceFigureAction({ ...figure, key: "no_such_figure" })).toEqual({ ok: false, error: { code: "NOT_FOUND" } });
    expect(await db.referenceFigure.count()).toBe(before);
  });
});
