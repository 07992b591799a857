import { describe, expect, test } from "vitest";
import { proposalAssumptionsSchema, saveScenarioSchema } from "@/lib/validation/proposal";
import { fieldErrorsOf } from "@/lib/validation/field-errors";

const defaults = { activeOverride: "model", rebalance: "annual" };

describe("proposal assumptions: numbers are numbers", () => {
  test.each([
    ["riskTolerance", true, "errors.invalidNumber"],
    ["riskTolerance", [4], "errors.invalidNumber"],
    ["riskTolerance", "2.5", "errors.invalidNumber"],
    ["smallCapSharePct", "1e1", "errors.invalidNumber"],
    ["smallCapSharePct", "0x10", "errors.invalidNumber"],
    ["smallCapSharePct", "Infinity", "errors.invalidNumber"],
    ["smallCapSharePct", "101", "errors.outOfRange"],
  ])("%s = %j → %s", (field, value, message) => {
    const result = proposalAssumptionsSchema.safeParse({ ...defaults, [field]: value });
    expect(result.success).toBe(false);
    if (!result.success) expect(fieldErrorsOf(result.error)).toEqual({ [field]: [message] });
  });

  test("plain text and blanks", () => {
    expect(proposalAssumptionsSchema.parse({ ...defaults, riskTolerance: " 4 ", smallCapSharePct: "" })).toEqual({ ...defaults, riskTolerance: 4 });
  });
});

describe("scenario name", () => {
  test.each([
    ["  ", "errors.required"],
    ["x".repeat(121), "errors.tooLong"],
    ["Base\u202Eesac", "errors.hiddenCharacters"],
    ["Base\u0000", "errors.hiddenCharacters"],
  ])("%j → %s", (name, message) => {
    const result = saveScenarioSchema.safeParse({ clientId: "c1", name, assumptions: defaults });
    expect(result.success).toBe(false);
    if (!result.success) expect(fieldErrorsOf(result.error)).toEqual({ name: [message] });
  });
});
