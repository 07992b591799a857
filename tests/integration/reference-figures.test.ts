import { beforeAll, describe, expect, test } from "vitest";
import { session } from "./helpers/session-mock";
import { makeAdvisor } from "./helpers/fixtures";
import { insertMissingReferenceFigures, listReferenceFigures } from "@/lib/db/reference-figures";
import { updateReferenceFigureAction } from "@/lib/actions/admin/update-reference-figure";
import { REFERENCE_FIGURES } from "@/lib/metrics/reference-figures";

beforeAll(async () => {
  await insertMissingReferenceFigures();
});

describe("reference figures", () => {
  test("the seed loads every article figure once, and a second run adds nothing", async () => {
    expect((await listReferenceFigures()).length).toBe(REFERENCE_FIGURES.length);
    expect(await insertMissingReferenceFigures()).toBe(0);
  });

  test("an advisor cannot edit them", async () => {
    session.user = await makeAdvisor("ADVISOR");
    const figure = REFERENCE_FIGURES[0]!;
    expect(await updateReferenceFigureAction({ ...figure, value: 99 })).toEqual({ ok: false, error: { code: "FORBIDDEN" } });
    expect((await listReferenceFigures()).find((f) => f.key === figure.key)?.value).toBe(figure.value);
  });

  test("an admin edits one; invalid input is refused with field errors", async () => {
    session.user = await makeAdvisor("ADMIN");
    const figure = REFERENCE_FIGURES.find((f) => f.unit === "count")!;
    const result = await updateReferenceFigureAction({ ...figure, value: figure.value + 1, source: "Corrected source" });
    expect(result).toEqual({ ok: true, data: { key: figure.key } });
    const saved = (await listReferenceFigures()).find((f) => f.key === figure.key);
    expect(saved).toMatchObject({ value: figure.value + 1, source: "Corrected source" });
    const bad = await updateReferenceFigureAction({ ...figure, asOf: "yesterday", source: "" });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(Object.keys(bad.error.fieldErrors ?? {}).sort()).toEqual(["asOf", "source"]);
  });
});
