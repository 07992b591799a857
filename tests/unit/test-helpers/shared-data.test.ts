import { describe, expect, test } from "vitest";
import { isCi, sharedDataGate } from "@/tests/helpers/shared-data";

const dir = "/somewhere/shared/data";

describe("sharedDataGate: tests on ../shared/data cannot quietly not run", () => {
  test.each([
    ["present, local", true, false],
    ["present, CI", true, true],
  ])("%s: the tests run", (_label, present, ci) => {
    expect(sharedDataGate({ present, ci, dir, suite: "French files" })).toEqual({ run: true });
  });

  test("missing, local: skipped, with a message naming the suite and the folder", () => {
    expect(sharedDataGate({ present: false, ci: false, dir, suite: "French files" })).toEqual({
      run: false,
      message: "French files: /somewhere/shared/data not found: skipped (it is required on CI).",
    });
  });

  test("missing, CI: throws, naming the suite and the folder", () => {
    expect(() => sharedDataGate({ present: false, ci: true, dir, suite: "French files" })).toThrow(
      "French files: /somewhere/shared/data not found. CI must run the tests on the real data files: provide the folder.",
    );
  });
});

describe("isCi", () => {
  test.each([
    ["CI=true", { CI: "true" }, true],
    ["CI=1", { CI: "1" }, true],
    ["CI=TRUE with spaces", { CI: " TRUE " }, true],
    ["no CI variable", {}, false],
    ["CI empty", { CI: "" }, false],
    ["CI=false", { CI: "false" }, false],
    ["CI=0", { CI: "0" }, false],
  ])("%s → %s", (_label, env, expected) => {
    expect(isCi(env)).toBe(expected);
  });
});
