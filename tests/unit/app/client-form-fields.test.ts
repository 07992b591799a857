import { describe, expect, test } from "vitest";
import { BLANK_CLIENT_FORM, clientInputSchema, type ClientFormFields } from "@/lib/validation/client";
import { clientFormFieldsOf, profileFieldsOf } from "@/lib/services/clients/profile-fields";
import { errorsAt, fieldErrorsWithin } from "@/lib/validation/field-errors";
import { DEMO_CLIENTS } from "@/lib/demo/clients";
import { CURRENCIES, type ClientProfileFields, type Currency } from "@/lib/domain/client";

type StoredClient = ClientProfileFields & { currency: Currency };

/** A client with none of the optional values: no e-mail, fee maximum, small-cap maximum, allocation or notes. */
const BARE: StoredClient = {
  name: "Kim", homeMarket: "KOREA", riskTolerance: 2, horizonYears: 8, investableAssets: 3_200_000_000, currency: "KRW",
  email: null, maxFeeBps: null, excludedRegions: [], maxSmallCapShare: null, passiveOnly: false, currentAllocation: null, notes: null,
};

const FULL: StoredClient = {
  ...BARE,
  email: "kim@example.com",
  maxFeeBps: 45,
  excludedRegions: ["JAPAN", "EM"],
  maxSmallCapShare: 0.125,
  passiveOnly: true,
  // 33.33 + 33.33 + 30 + 3.34 = 100 (%): fractions with four decimals, i.e. whole basis points.
  currentAllocation: { usEquity: 0.3333, intlEquity: 0.3333, bonds: 0.3, cash: 0.0334 },
  notes: "Prefers some home bias.",
};

const isCurrency = (c: string): c is Currency => CURRENCIES.some((x) => x === c);
const demo = DEMO_CLIENTS.map(({ id: _id, advisorEmail: _a, currency, ...fields }): [string, StoredClient] => {
  if (!isCurrency(currency)) throw new Error(`demo client with currency ${currency}`);
  return [fields.name, { ...fields, currency }];
});

describe("a stored client as the form's values (clientFormFieldsOf)", () => {
  test("absent values are blank fields, numbers their text, shares in percent", () => {
    expect(clientFormFieldsOf(BARE)).toEqual<ClientFormFields>({
      ...BLANK_CLIENT_FORM,
      name: "Kim",
      homeMarket: "KOREA",
      riskTolerance: "2",
      horizonYears: "8",
      investableAssets: "3200000000",
      currency: "KRW",
    });
    expect(clientFormFieldsOf(FULL)).toMatchObject({
      maxFeeBps: "45",
      maxSmallCapSharePct: "12.5",
      currentUsEquityPct: "33.33",
      currentCashPct: "3.34",
      excludedRegions: ["JAPAN", "EM"],
    });
  });

  test.each([["no optional values", BARE], ["every value", FULL], ...demo])("%s: saving the form unchanged stores the same client", (_name, client) => {
    expect(profileFieldsOf(clientInputSchema.parse(clientFormFieldsOf(client)))).toEqual(client);
  });

  test("a share is shown to a basis point, without the float noise of × 100", () => {
    expect(clientFormFieldsOf({ ...BARE, maxSmallCapShare: 0.55 }).maxSmallCapSharePct).toBe("55");
    expect(clientFormFieldsOf({ ...BARE, maxSmallCapShare: 0.12345 }).maxSmallCapSharePct).toBe("12.35");
  });

  test("the blank form is what the new-client page shows, and needs only a name and assets", () => {
    expect(clientInputSchema.safeParse(BLANK_CLIENT_FORM).success).toBe(false);
    expect(clientInputSchema.safeParse({ ...BLANK_CLIENT_FORM, name: "Kim", investableAssets: "1" }).success).toBe(true);
  });
});

describe("fieldErrorsWithin: an action's nested field errors under the form's field names", () => {
  test.each([
    ["none", undefined, {}],
    ["empty", {}, {}],
    ["nested: the prefix is dropped", { "values.name": ["errors.required"], "values.currentCashPct": ["errors.allocationTotal"] }, { name: ["errors.required"], currentCashPct: ["errors.allocationTotal"] }],
    ["the action's own inputs are left out", { version: ["errors.invalidNumber"], id: ["x"], "values.email": ["errors.invalidEmail"] }, { email: ["errors.invalidEmail"] }],
    ["a key that only starts like the prefix is not under it", { valuesX: ["a"], values: ["b"] }, {}],
  ])("%s", (_name, errors, expected) => {
    expect(fieldErrorsWithin(errors, "values")).toEqual(expected);
  });
});

describe("errorsAt: one field's messages, its parts' included", () => {
  const errors = { excludedRegions: ["a"], "excludedRegions.0": ["errors.invalidChoice"], "excludedRegions.2": ["errors.invalidChoice"], excludedRegionsNote: ["x"] };
  test.each([
    ["the field and its parts, each message once", "excludedRegions", ["a", "errors.invalidChoice"]],
    ["a field with no errors", "name", undefined],
  ])("%s", (_name, field, expected) => {
    expect(errorsAt(errors, field)).toEqual(expected);
  });
});
