import { describe, expect, test } from "vitest";
import { PORT_OPTION, readOptions, withDefault } from "../../../scripts/lib/perf-options";

const OPTIONS = { duration: withDefault("--duration", "BENCH_DURATION", 20, 1, 3600), port: PORT_OPTION };

describe("readOptions", () => {
  test.each([
    { label: "nothing given: the defaults", argv: [], env: {}, expected: { duration: 20, port: undefined } },
    { label: "the environment", argv: [], env: { BENCH_DURATION: "5", PERF_PORT: "3401" }, expected: { duration: 5, port: 3401 } },
    { label: "a flag beats the environment", argv: ["--duration", "3"], env: { BENCH_DURATION: "5" }, expected: { duration: 3, port: undefined } },
    { label: "--flag=value", argv: ["--port=3402"], env: {}, expected: { duration: 20, port: 3402 } },
    { label: "a blank variable is unset", argv: [], env: { BENCH_DURATION: " " }, expected: { duration: 20, port: undefined } },
  ])("$label", ({ argv, env, expected }) => {
    expect(readOptions(argv, OPTIONS, env)).toEqual(expected);
  });

  test.each([
    { label: "unknown flag", argv: ["--duratoin", "3"], env: {}, error: /unknown option --duratoin/ },
    { label: "flag without a value", argv: ["--duration"], env: {}, error: /--duration needs a value/ },
    { label: "not a number", argv: [], env: { BENCH_DURATION: "abc" }, error: /--duration \(BENCH_DURATION\) must be an integer from 1 to 3600, got "abc"/ },
    { label: "below the minimum", argv: ["--duration", "0"], env: {}, error: /from 1 to 3600/ },
    { label: "not an integer", argv: ["--port", "3400.5"], env: {}, error: /--port \(PERF_PORT\)/ },
  ])("refuses: $label", ({ argv, env, error }) => {
    expect(() => readOptions(argv, OPTIONS, env)).toThrow(error);
  });
});
