import { describe, expect, test } from "vitest";
import { clientListHref, parseClientListQuery } from "@/lib/validation/client-list-query";

const defaults = { q: "", sort: "name", archived: false, page: 1 };

// The clients page used clientListQuerySchema.parse, which threw (an error page) on each of the bad cases.
describe("clients page URL parameters", () => {
  test.each([
    ["none", {}, defaults, false],
    ["all given", { q: " Kwon ", sort: "risk", archived: "1", page: "3" }, { q: "Kwon", sort: "risk", archived: true, page: 3 }, false],
    ["repeated: the first counts", { q: ["kim", "lee"], sort: ["assets", "name"], archived: ["1", "0"], page: ["2", "5"] }, { q: "kim", sort: "assets", archived: true, page: 2 }, false],
    ["an unknown sort", { sort: "drop table" }, defaults, false],
    ["exactly 100 characters", { q: "x".repeat(100) }, { ...defaults, q: "x".repeat(100) }, false],
    ["101 characters: ignored", { q: "x".repeat(101), sort: "risk" }, { ...defaults, sort: "risk" }, true],
    ["101 characters, repeated", { q: ["x".repeat(101), "y"] }, defaults, true],
    ["101 characters keep the page", { q: "x".repeat(101), page: "2" }, { ...defaults, page: 2 }, true],
    ["the largest page", { page: "999999" }, { ...defaults, page: 999_999 }, false],
  ])("%s", (_label, params, query, searchIgnored) => {
    expect(parseClientListQuery(params)).toEqual({ query, searchIgnored });
  });

  // Anything but 1 to 6 plain digits without a leading zero is the first page, never an error.
  test.each(["", "0", "-1", "01", "2.5", "1e3", "0x10", " 2", "1000000", "abc"])("page %j is the first page", (page) => {
    expect(parseClientListQuery({ page }).query.page).toBe(1);
  });
});

describe("clients list links", () => {
  test.each([
    ["the defaults", {}, "/clients"],
    ["another page", { page: 2 }, "/clients?page=2"],
    ["everything", { q: "a&b=c", sort: "risk", archived: true, page: 3 }, "/clients?q=a%26b%3Dc&sort=risk&archived=1&page=3"],
  ] as const)("%s", (_label, change, href) => {
    expect(clientListHref({ q: "", sort: "name", archived: false, page: 1 }, change)).toBe(href);
  });

  test("a link read back gives the query it was made from", () => {
    const query = { q: "100% a_b", sort: "updated", archived: true, page: 4 } as const;
    const search = new URLSearchParams(clientListHref(query).split("?")[1]);
    expect(parseClientListQuery(Object.fromEntries(search)).query).toEqual(query);
  });
});
