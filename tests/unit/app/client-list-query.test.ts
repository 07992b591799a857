import { describe, expect, test } from "vitest";
import { parseClientListQuery } from "@/lib/validation/client-list-query";

// The clients page used clientListQuerySchema.parse, which threw (an error page) on each of the bad cases.
describe("clients page URL parameters", () => {
  test.each([
    ["none", {}, { q: "", sort: "name", archived: false }, false],
    ["all given", { q: " Kwon ", sort: "risk", archived: "1" }, { q: "Kwon", sort: "risk", archived: true }, false],
    ["repeated: the first counts", { q: ["kim", "lee"], sort: ["assets", "name"], archived: ["1", "0"] }, { q: "kim", sort: "assets", archived: true }, false],
    ["an unknown sort", { sort: "drop table" }, { q: "", sort: "name", archived: false }, false],
    ["exactly 100 characters", { q: "x".repeat(100) }, { q: "x".repeat(100), sort: "name", archived: false }, false],
    ["101 characters: ignored", { q: "x".repeat(101), sort: "risk" }, { q: "", sort: "risk", archived: false }, true],
    ["101 characters, repeated", { q: ["x".repeat(101), "y"] }, { q: "", sort: "name", archived: false }, true],
  ])("%s", (_label, params, query, searchIgnored) => {
    expect(parseClientListQuery(params)).toEqual({ query, searchIgnored });
  });
});
