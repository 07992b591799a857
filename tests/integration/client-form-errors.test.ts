import { beforeEach, describe, expect, test } from "vitest";
import { session } from "./helpers/session-mock";
import { clientValues, makeAdvisor } from "./helpers/fixtures";
import { createClientAction } from "@/lib/actions/clients/create-client";
import { updateClientAction } from "@/lib/actions/clients/update-client";
import { BLANK_CLIENT_FORM, type ClientFormValues } from "@/lib/validation/client";
import { errorsAt, fieldErrorsWithin } from "@/lib/validation/field-errors";

/**
 * The client form shows a server's field errors by its fields' names (components/clients/client-form.tsx): an
 * edit's errors come back under `values.` and are mapped with fieldErrorsWithin, a create's come back flat; each
 * field shows errorsAt(errors, field). Both must land on fields the form has, and on the same ones for the same input.
 */
const FORM_FIELDS = Object.keys(BLANK_CLIENT_FORM);

let clientId: string;

beforeEach(async () => {
  session.user = await makeAdvisor();
  const created = await createClientAction(clientValues({ name: "Original" }));
  if (!created.ok) throw new Error("setup failed");
  clientId = created.data.id;
});

describe("an edit's field errors land on the form's fields", () => {
  test.each<[string, Partial<ClientFormValues>, string[]]>([
    ["a blank name", { name: "  " }, ["name"]],
    ["assets out of range", { investableAssets: "-5" }, ["investableAssets"]],
    ["an e-mail and a fee that are not ones", { email: "not-an-email", maxFeeBps: "12.5" }, ["email", "maxFeeBps"]],
    ["a current allocation that does not add up", { currentUsEquityPct: "50", currentIntlEquityPct: "10", currentBondsPct: "10", currentCashPct: "10" }, ["currentCashPct"]],
    ["an unknown region (the form shows a region's error by the group)", { excludedRegions: ["EM", "MARS" as "EM"] }, ["excludedRegions"]],
  ])("%s", async (_name, change, fields) => {
    const values = clientValues(change);
    const updated = await updateClientAction({ id: clientId, version: 1, values });
    const created = await createClientAction(values);
    if (updated.ok || created.ok) throw new Error("the input should have been refused");

    const shown = fieldErrorsWithin(updated.error.fieldErrors, "values");
    expect(shown).toEqual(created.error.fieldErrors);
    expect(FORM_FIELDS.filter((field) => errorsAt(shown, field))).toEqual(fields);
    for (const key of Object.keys(shown)) expect(FORM_FIELDS).toContain(key.split(".")[0]);
  });

  test("the raw errors are nested, which is why the form maps them", async () => {
    const updated = await updateClientAction({ id: clientId, version: 1, values: clientValues({ name: "" }) });
    expect(updated).toMatchObject({ ok: false, error: { code: "INVALID_INPUT", fieldErrors: { "values.name": expect.any(Array) } } });
  });
});
