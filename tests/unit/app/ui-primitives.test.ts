import { createElement, type ReactNode } from "react";
import { jsx } from "react/jsx-runtime";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, test, vi } from "vitest";
import { I18nProvider } from "@/components/i18n/i18n-provider";
import { DataTable, type Column } from "@/components/ui/data-table";
import { FormField, FormFieldset, type FieldControl } from "@/components/ui/form-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { ClientForm } from "@/components/clients/client-form";
import { AssumptionsForm } from "@/components/proposal/assumptions-form";
import { messagesFor } from "@/lib/i18n/translate";

/**
 * The shared form and table pieces rendered to HTML: the ARIA wiring between a field and its errors, check-box
 * groups under a legend, a table's caption and its keyboard-reachable scrolling frame, and the pending button.
 */
vi.mock("next/navigation", () => ({ useRouter: () => ({ refresh: () => undefined, push: () => undefined, back: () => undefined }) }));
vi.mock("@/lib/actions/clients/create-client", () => ({ createClientAction: async () => ({ ok: false, error: { code: "INTERNAL" } }) }));
vi.mock("@/lib/actions/clients/update-client", () => ({ updateClientAction: async () => ({ ok: false, error: { code: "INTERNAL" } }) }));

function html(node: ReactNode): string {
  return renderToStaticMarkup(jsx(I18nProvider, { locale: "en", messages: messagesFor("en"), children: node }));
}

/** The opening tag of the element with `id` (attributes in the order React writes them). */
function tagWithId(markup: string, id: string): string {
  const tag = markup.match(new RegExp(`<[a-z]+ [^>]*id="${id}"[^>]*>`))?.[0];
  if (!tag) throw new Error(`no element with id ${id} in ${markup}`);
  return tag;
}

const field = (errors?: string[]) =>
  html(jsx(FormField, { id: "assets", label: "Investable assets", errors, children: (c: FieldControl) => createElement("input", { ...c, name: "assets" }) }));

describe("FormField", () => {
  test("the label names the control", () => {
    expect(field()).toContain('<label for="assets"');
  });

  test("without errors: no aria-invalid, no description, no message", () => {
    const input = tagWithId(field(), "assets");
    expect(input).not.toContain("aria-invalid");
    expect(input).not.toContain("aria-describedby");
    expect(field()).not.toContain("assets-error");
  });

  test("with errors: the control is invalid and described by the message, translated from its key", () => {
    const markup = field(["errors.outOfRange", "Typed by hand."]);
    const input = tagWithId(markup, "assets");
    expect(input).toContain('aria-invalid="true"');
    expect(input).toContain('aria-describedby="assets-error"');
    expect(tagWithId(markup, "assets-error")).toContain('data-testid="error-assets"');
    expect(markup).toContain("Out of the allowed range. Typed by hand.</p>");
  });

  test("an empty error list is no error", () => {
    expect(tagWithId(field([]), "assets")).not.toContain("aria-invalid");
  });
});

describe("FormFieldset", () => {
  const group = (errors?: string[]) =>
    html(jsx(FormFieldset, { id: "regions", legend: "Regions", errors, children: createElement("input", { type: "checkbox", name: "r" }) }));

  test("check boxes sit in a fieldset named by its legend", () => {
    expect(group()).toMatch(/^<fieldset id="regions"><legend[^>]*>Regions<\/legend><input type="checkbox" name="r"\/><\/fieldset>$/);
  });

  test("the group's errors describe the fieldset", () => {
    const markup = group(["errors.regionsRequired"]);
    expect(tagWithId(markup, "regions")).toContain('aria-describedby="regions-error"');
    expect(markup).toContain('id="regions-error"');
  });
});

describe("the forms group their check boxes under a legend", () => {
  test("client form: excluded regions", () => {
    const markup = html(createElement(ClientForm));
    expect(markup).toMatch(/<fieldset id="excludedRegions"[^>]*><legend[^>]*>Excluded regions<\/legend>/);
    // No label points at a control that does not exist.
    for (const [, target] of markup.matchAll(/<label for="([^"]+)"/g)) expect(markup).toContain(`id="${target}"`);
  });

  test("proposal assumptions: the regions to include, with their error", () => {
    const form = createElement(AssumptionsForm, {
      value: {},
      profileRisk: 3,
      excludedRegions: [],
      fieldErrors: { includedRegions: ["errors.regionsRequired"], smallCapSharePct: ["errors.outOfRange"] },
      pending: true,
      onChange: () => undefined,
    });
    const markup = html(form);
    expect(markup).toMatch(/<fieldset id="assumption-regions" aria-describedby="assumption-regions-error"[^>]*><legend[^>]*>Regions<\/legend>/);
    expect(tagWithId(markup, "assumption-small-cap")).toContain('aria-describedby="assumption-small-cap-error"');
    expect(markup).toContain('aria-busy="true"');
  });
});

describe("SubmitButton", () => {
  test.each([
    ["idle", false, '<button type="submit" class="x">Save</button>'],
    ["pending: disabled, saying what it does", true, '<button type="submit" disabled="" class="x">Saving…</button>'],
  ])("%s", (_name, pending, expected) => {
    expect(html(createElement(SubmitButton, { pending, label: "Save", pendingLabel: "Saving…", className: "x" }))).toBe(expected);
  });
});

type Fund = { id: string; name: string; weight: number; changed: boolean };
const FUNDS: Fund[] = [
  { id: "a", name: "Small caps", weight: 0.25, changed: true },
  { id: "b", name: "Bonds", weight: 0.75, changed: false },
];
const COLUMNS: Column<Fund>[] = [
  { key: "name", header: "Fund", cell: (f) => f.name },
  { key: "weight", header: "Weight", cell: (f) => `${f.weight * 100}%`, numeric: true, cellAttributes: (f) => (f.changed ? { "data-changed": true } : {}) },
];
const table = (extra: Partial<Parameters<typeof DataTable<Fund>>[0]> = {}) =>
  html(createElement(DataTable<Fund>, { caption: "Allocation", columns: COLUMNS, rows: FUNDS, rowKey: (f) => f.id, testId: "funds", ...extra }));

describe("DataTable", () => {
  test("a caption names the table, and the scrolling frame is a named region a keyboard can reach", () => {
    const markup = table();
    expect(markup).toMatch(/^<div role="region" aria-label="Allocation" tabindex="0" class="[^"]*overflow-x-auto[^"]*">/);
    expect(markup).toContain('<table class="min-w-full text-sm" data-testid="funds"><caption class="sr-only">Allocation</caption>');
  });

  test("column headers are scoped to their columns, figures right-aligned in tabular digits", () => {
    const markup = table();
    expect(markup).toMatch(/<th scope="col" class="[^"]*">Fund<\/th>/);
    expect(markup).toMatch(/<th scope="col" class="[^"]*text-right[^"]*">Weight<\/th>/);
    expect(markup).toMatch(/<td class="[^"]*text-right tabular-nums[^"]*" data-changed="true">25%<\/td>/);
    expect(markup).toMatch(/<td class="[^"]*text-right tabular-nums[^"]*">75%<\/td>/);
  });

  test("one body row per row, with the row's own attributes", () => {
    const markup = table({ rowAttributes: (f) => ({ title: f.name }) });
    expect(markup.match(/<tbody[^>]*>(.*)<\/tbody>/)?.[1]?.match(/<tr /g)).toHaveLength(2);
    expect(markup).toContain('title="Bonds"');
  });

  test("column groups: a header row above, each spanning its columns", () => {
    const markup = table({ groups: [{ key: "all", header: "Everything", span: 2 }] });
    expect(markup).toMatch(/<thead[^>]*><tr><th scope="colgroup" colSpan="2" class="[^"]*">Everything<\/th><\/tr><tr class="text-xs">/i);
  });

  test("a group without a name is an empty cell, not an empty header (axe: empty-table-header)", () => {
    const markup = table({ groups: [{ key: "label", header: "", span: 1 }, { key: "figures", header: "Figures", span: 1 }] });
    expect(markup).toMatch(/<thead[^>]*><tr><td colSpan="1" class="[^"]*"><\/td><th scope="colgroup" colSpan="1" class="[^"]*">Figures<\/th><\/tr>/i);
  });

  test("hidden: the table alone, visually hidden, with no focusable frame nobody could see", () => {
    const markup = table({ variant: "hidden" });
    expect(markup).toMatch(/^<table class="sr-only" data-testid="funds"><caption class="sr-only">Allocation<\/caption>/);
    expect(markup).not.toContain("tabindex");
    expect(markup).not.toContain('role="region"');
  });

  test("no rows: the headers and caption still say what the table is", () => {
    const markup = table({ rows: [] });
    expect(markup).toContain("<caption");
    expect(markup).toContain("<tbody class=\"divide-y divide-gray-100\"></tbody>");
  });
});
