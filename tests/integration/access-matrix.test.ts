import path from "node:path";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { withCommonJsNextHeaders } from "./helpers/next-request-mock";
import { findPages, findRouteHandlers, findServerActions, type RouteHandler } from "./helpers/app-surface";
import { idsOf, makeAccessFixtures, type AccessFixtures, type Ids } from "./helpers/access-fixtures";
import { CALLERS, casesFor, whoIs, type Caller, type Case, type Guarded } from "./helpers/access-rules";
import { expectActionResult, expectNoTrespass, observe, OUTCOME_OF_VERDICT, outcomeOf, queryOf, segmentsOf, threwIn, urlOf } from "./helpers/access-checks";
import { clientValues } from "./helpers/fixtures";
import { REFERENCE_FIGURES } from "@/lib/metrics/reference-figures";
import type { createClientAction } from "@/lib/actions/clients/create-client";
import type { updateClientAction } from "@/lib/actions/clients/update-client";
import type { archiveClientAction } from "@/lib/actions/clients/archive-client";
import type { generateProposalAction } from "@/lib/actions/proposals/generate-proposal";
import type { projectRiskAction } from "@/lib/actions/proposals/project-risk";
import type { saveScenarioAction } from "@/lib/actions/scenarios/save-scenario";
import type { saveScenarioVersionAction } from "@/lib/actions/scenarios/save-scenario-version";
import type { changeScenarioStatusAction } from "@/lib/actions/scenarios/change-scenario-status";
import type { getLatestVersionAction } from "@/lib/actions/scenarios/get-latest-version";
import type { setLocaleAction } from "@/lib/actions/settings/set-locale";
import type { importHoldingsAction } from "@/lib/actions/admin/import-holdings";
import type { resetReferenceFigureAction, updateReferenceFigureAction } from "@/lib/actions/admin/update-reference-figure";
import type { runPanelStudyAction } from "@/lib/actions/research/run-panel-study";
import type { cancelStudyJobAction, getStudyJobAction } from "@/lib/actions/research/study-jobs";
import type { activateDatasetAction, chooseSlotDatasetAction, deleteDatasetAction } from "@/lib/actions/admin/dataset-activation";

/**
 * The access matrix: every server action, page and route handler the app has (found in its files, see
 * helpers/app-surface.ts), called as each caller of helpers/access-rules.ts, answers as the rule there says,
 * and a refused call reads and changes nothing. A new action, page or route handler fails this file until it
 * has an entry below; the entry says what it guards and how to build a valid input (the owner's call proves it).
 */

type ActionSpec = Guarded & { input: (ids: Ids) => unknown };
/** Typed against the action, so an input that no longer fits its schema fails `tsc`. */
const action = <F extends (input: never) => unknown>(spec: Guarded & { input: (ids: Ids) => Parameters<F>[0] }): ActionSpec => spec;

const ASSUMPTIONS = { activeOverride: "model", rebalance: "annual" } as const;
const FIGURE = REFERENCE_FIGURES.find((f) => f.unit === "count")!;
/** A minimal iShares export: two equity lines and cash, weights in percent. */
const HOLDINGS = [
  "iShares Matrix Small-Cap ETF",
  'Fund Holdings as of,"Jan 02, 2031"',
  "",
  "Ticker,Name,Sector,Asset Class,Market Value,Weight (%),Location",
  '"MTXA","MATRIX ALPHA CORP","Utilities","Equity","6,000.00","60.00","United States"',
  '"MTXB","MATRIX BETA CORP","Materials","Equity","3,900.00","39.00","United States"',
  '"USD","USD CASH","Cash and/or Derivatives","Cash","100.00","1.00","United States"',
].join("\n");

const ACTION_SPECS: Record<string, ActionSpec> = {
  createClientAction: action<typeof createClientAction>({ access: "user", input: () => clientValues({ name: "Matrix client" }) }),
  updateClientAction: action<typeof updateClientAction>({
    access: "user",
    owns: "clientId",
    input: (ids) => ({ id: ids.clientId, version: ids.clientVersion, values: clientValues({ name: "Owner's client, edited" }) }),
  }),
  archiveClientAction: action<typeof archiveClientAction>({ access: "user", owns: "clientId", input: (ids) => ({ id: ids.clientId, archived: true }) }),
  generateProposalAction: action<typeof generateProposalAction>({ access: "user", owns: "clientId", input: (ids) => ({ clientId: ids.clientId, assumptions: ASSUMPTIONS }) }),
  projectRiskAction: action<typeof projectRiskAction>({ access: "user", owns: "clientId", input: (ids) => ({ clientId: ids.clientId, assumptions: ASSUMPTIONS }) }),
  saveScenarioAction: action<typeof saveScenarioAction>({
    access: "user",
    owns: "clientId",
    input: (ids) => ({ clientId: ids.clientId, name: "Matrix scenario", assumptions: ASSUMPTIONS }),
  }),
  // The owner's valid call runs once per run: version 1 is the fixture scenario's latest, draft its status.
  saveScenarioVersionAction: action<typeof saveScenarioVersionAction>({
    access: "user",
    owns: "scenarioId",
    input: (ids) => ({ scenarioId: ids.scenarioId, basedOnVersion: 1, assumptions: ASSUMPTIONS }),
  }),
  changeScenarioStatusAction: action<typeof changeScenarioStatusAction>({
    access: "user",
    owns: "scenarioId",
    input: (ids) => ({ scenarioId: ids.scenarioId, from: "draft", to: "proposed" }),
  }),
  getLatestVersionAction: action<typeof getLatestVersionAction>({ access: "user", owns: "scenarioId", input: (ids) => ({ scenarioId: ids.scenarioId }) }),
  setLocaleAction: action<typeof setLocaleAction>({ access: "user", input: () => ({ locale: "ko" }) }),
  importHoldingsAction: action<typeof importHoldingsAction>({
    access: "admin",
    input: () => ({ label: "Matrix holdings", region: "US", size: "small", fileName: "matrix.csv", content: Buffer.from(HOLDINGS).toString("base64") }),
  }),
  updateReferenceFigureAction: action<typeof updateReferenceFigureAction>({ access: "admin", input: () => ({ ...FIGURE, source: "Access matrix correction" }) }),
  resetReferenceFigureAction: action<typeof resetReferenceFigureAction>({ access: "admin", input: () => ({ key: FIGURE.key }) }),
  // Stored panels and study jobs are the firm's: colleagues may use them, another firm gets NOT_FOUND.
  runPanelStudyAction: action<typeof runPanelStudyAction>({ access: "user", owns: "panelDatasetId", input: (ids) => ({ datasetId: ids.panelDatasetId, inputs: { costBps: 10 } }) }),
  getStudyJobAction: action<typeof getStudyJobAction>({ access: "user", owns: "jobId", input: (ids) => ({ jobId: ids.jobId }) }),
  cancelStudyJobAction: action<typeof cancelStudyJobAction>({ access: "user", owns: "jobId", input: (ids) => ({ jobId: ids.jobId }) }),
  // Imported datasets are the firm's: its admins activate, choose and delete them; another firm's admin gets NOT_FOUND.
  activateDatasetAction: action<typeof activateDatasetAction>({ access: "admin", owns: "datasetId", input: (ids) => ({ datasetId: ids.datasetId }) }),
  chooseSlotDatasetAction: action<typeof chooseSlotDatasetAction>({ access: "admin", owns: "datasetId", input: (ids) => ({ slot: "snapshot:US:small", datasetId: ids.datasetId }) }),
  deleteDatasetAction: action<typeof deleteDatasetAction>({ access: "admin", owns: "datasetId", input: (ids) => ({ datasetId: ids.datasetId }) }),
};

/**
 * Public pages state their own outcomes; the others follow the rule. Keyed by URL (route groups left out).
 * `writesOnSuccess`: an allowed call records something (an export's audit event); a refused one still writes nothing.
 */
type EndpointSpec = (Guarded & { writesOnSuccess?: true; upload?: Upload }) | { access: "public"; signedOut: string; signedIn: string };

/**
 * A route the page calls with XMLHttpRequest (the admin data upload): it answers a signed-out call with 401
 * rather than a redirect to the login page, and is called here with a body and query it accepts.
 */
type Upload = { query: Record<string, string>; body: () => BodyInit };

const PAGE_SPECS: Record<string, EndpointSpec> = {
  "/": { access: "public", signedOut: "redirect:/login", signedIn: "redirect:/dashboard" },
  "/login": { access: "public", signedOut: "ok", signedIn: "redirect:/dashboard" },
  "/admin": { access: "admin" },
  "/admin/data": { access: "admin" },
  "/clients": { access: "user" },
  "/clients/new": { access: "user" },
  "/clients/[id]": { access: "user", owns: "clientId" },
  "/clients/[id]/edit": { access: "user", owns: "clientId" },
  "/clients/[id]/proposal": { access: "user", owns: "clientId" },
  "/dashboard": { access: "user" },
  "/research": { access: "user" },
  "/research/french": { access: "user" },
  "/research/information-gap": { access: "user" },
  "/research/size-effect": { access: "user" },
  "/scenarios": { access: "user" },
  "/scenarios/[id]": { access: "user", owns: "scenarioId" },
  "/scenarios/[id]/rerun": { access: "user", owns: "scenarioId" },
  "/scenarios/compare": { access: "user" },
};

/**
 * Route handlers, keyed "METHOD /route". An app's own handler (e.g. "GET /scenarios/[id]/report.pdf") is an
 * EndpointSpec like a page and runs through the same matrix. next-auth's handler is public and reads its own
 * cookie (not lib/auth/session), so the session mock does not reach it: it is called here as Next calls it
 * (a NextRequest and its params, next/headers served by helpers/next-request-mock.ts), signed out only.
 */
type ExternalRoute = { external: "next-auth"; signedOut: (handle: RouteHandler["handle"], fx: AccessFixtures) => Promise<void> };

const ROUTE_SPECS: Record<string, EndpointSpec | ExternalRoute> = {
  "POST /admin/data/upload": { access: "admin", writesOnSuccess: true, upload: { query: { fileName: "IWM_matrix.csv" }, body: () => HOLDINGS } },
  "GET /scenarios/[id]/report.pdf": { access: "user", owns: "scenarioId", writesOnSuccess: true },
  "GET /scenarios/[id]/weights.csv": { access: "user", owns: "scenarioId", writesOnSuccess: true },
  "GET /scenarios/[id]/backtest.csv": { access: "user", owns: "scenarioId", writesOnSuccess: true },
  "GET /research/size-effect/results.csv": { access: "user" },
  "GET /api/auth/[...nextauth]": {
    external: "next-auth",
    signedOut: async (handle) => {
      const response = (await handle(new NextRequest("http://localhost/api/auth/session"), nextAuthParams("session"))) as Response;
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({});
    },
  },
  "POST /api/auth/[...nextauth]": {
    external: "next-auth",
    // The owner's right password, but no CSRF token: next-auth sends the browser back to sign in, with no session.
    signedOut: async (handle, fx) => {
      const body = new URLSearchParams({ email: fx.owner.email, password: "correct horse" });
      const request = new NextRequest("http://localhost/api/auth/callback/credentials", {
        method: "POST",
        body,
        headers: { "content-type": "application/x-www-form-urlencoded" },
      });
      const response = (await handle(request, nextAuthParams("callback", "credentials"))) as Response;
      expect(response.status).toBe(302);
      expect(response.headers.get("location")).toContain("csrf=true");
      expect(response.headers.get("set-cookie") ?? "").not.toContain("session-token");
    },
  },
};

function nextAuthParams(...nextauth: string[]) {
  return { params: Promise.resolve({ nextauth }) };
}

const ROOT = path.resolve(import.meta.dirname, "../..");
const SPEC_FILE = "tests/integration/access-matrix.test.ts";
const actions = await findServerActions(ROOT);
const pages = await findPages(ROOT);
const routes = await findRouteHandlers(ROOT);

let fx: AccessFixtures;
const tally = { actionCalls: 0, endpointCalls: 0, externalChecks: 0 };

beforeAll(async () => {
  fx = await makeAccessFixtures();
});

afterAll(() => {
  const covered = (names: string[], specs: object) => names.filter((n) => n in specs).length;
  console.log(
    `access matrix: ${covered(actions.map((a) => a.name), ACTION_SPECS)} actions × ${CALLERS.length} callers (${tally.actionCalls} calls), ` +
      `${covered(pages.map((p) => p.route), PAGE_SPECS)} pages × ${CALLERS.length} callers (${tally.endpointCalls} page and route calls), ` +
      `${routes.length} route handlers (${tally.externalChecks} owned by next-auth, checked signed out)`,
  );
});

describe("the matrix has an entry for everything the app exposes", () => {
  /** Fails naming each item found in the app with no entry, and each entry for an item no longer there. */
  function expectOneEntryEach(kind: string, table: string, found: { key: string; file: string }[], specs: object) {
    const missing = found.filter((f) => !(f.key in specs)).map((f) => `${f.key} (${f.file})`);
    expect.soft(missing, `${kind} without an entry: add to the access matrix (${table} in ${SPEC_FILE}): ${missing.join(", ")}`).toEqual([]);
    const stale = Object.keys(specs).filter((k) => !found.some((f) => f.key === k));
    expect.soft(stale, `${table} has entries for ${kind} that no longer exist: ${stale.join(", ")}`).toEqual([]);
  }

  test("the walk finds the app (a broken walk must not pass for an empty app)", () => {
    expect(actions.length).toBeGreaterThan(0);
    expect(pages.length).toBeGreaterThan(0);
    expect(new Set(actions.map((a) => a.name)).size, "two server actions share an export name").toBe(actions.length);
  });

  test("every server action", () => {
    expectOneEntryEach("server actions", "ACTION_SPECS", actions.map((a) => ({ key: a.name, file: a.file })), ACTION_SPECS);
  });

  test("every page", () => {
    expectOneEntryEach("pages", "PAGE_SPECS", pages.map((p) => ({ key: p.route, file: p.file })), PAGE_SPECS);
  });

  test("every route handler", () => {
    expectOneEntryEach("route handlers", "ROUTE_SPECS", routes.map((r) => ({ key: r.key, file: r.file })), ROUTE_SPECS);
  });

  test("a page or route with an [id] segment names which of the owner's ids it takes", () => {
    const endpoints: [string, EndpointSpec | ExternalRoute | undefined][] = [
      ...pages.map((p): [string, EndpointSpec | undefined] => [p.route, PAGE_SPECS[p.route]]),
      ...routes.map((r): [string, EndpointSpec | ExternalRoute | undefined] => [r.route, ROUTE_SPECS[r.key]]),
    ];
    const unnamed = endpoints.filter(([route, spec]) => spec && !("external" in spec) && segmentsOf(route).length > 0 && !("owns" in spec && spec.owns));
    expect(unnamed.map(([route]) => route)).toEqual([]);
  });
});

describe.each(actions.filter((a) => a.name in ACTION_SPECS))("action $name", (found) => {
  const spec = ACTION_SPECS[found.name]!;
  test.each(CALLERS)("as %s", async (caller: Caller) => {
    const who = whoIs(caller, fx, spec.access);
    const ids = await idsOf(fx);
    for (const c of casesFor(spec, who, ids, "refused")) {
      const input = "whole" in c ? c.whole : spec.input(spec.owns ? ({ ...ids, [spec.owns]: c.id } as Ids) : ids);
      const seen = await observe(fx, who.user, () => found.call(input));
      tally.actionCalls++;
      const label = `${found.name} as ${caller}, ${c.label}`;
      expectActionResult(seen.result, c.expect, label);
      expectNoTrespass(seen, who, c.expect !== "ok", label);
    }
  });
});

type Invoke = (params: Record<string, unknown>, query: object) => Promise<unknown>;

/** Pages and the app's route handlers: the same callers and rule; a refused call changes nothing, and a page never does. */
function describeEndpoint(key: string, route: string, spec: EndpointSpec, invoke: Invoke) {
  const expected = (c: Case) =>
    spec.access === "public" ? (c.who.user ? spec.signedIn : spec.signedOut) : spec.upload && c.expect === "UNAUTHENTICATED" ? "status 401" : OUTCOME_OF_VERDICT[c.expect];
  describe(key, () => {
    test.each(CALLERS)("as %s", async (caller: Caller) => {
      const who = whoIs(caller, fx, spec.access);
      for (const c of casesFor(spec.access === "public" ? { access: "user" } : spec, who, await idsOf(fx), "ignored")) {
        const params = Object.fromEntries(segmentsOf(route).map((name) => [name, c.id]));
        const seen = await observe(fx, who.user, () => invoke(params, "whole" in c ? queryOf(c.whole) : {}));
        tally.endpointCalls++;
        const label = `${key} as ${caller}, ${c.label}`;
        expect.soft(outcomeOf(seen.result), label).toBe(expected(c));
        const writes = spec.access !== "public" && spec.writesOnSuccess === true;
        expectNoTrespass(seen, who, !writes || c.expect !== "ok", label);
      }
    });
  });
}

for (const page of pages) {
  const spec = PAGE_SPECS[page.route];
  if (spec) describeEndpoint(`page ${page.route}`, page.route, spec, (params, query) => page.render({ params: Promise.resolve(params), searchParams: Promise.resolve(query) }));
}

for (const handler of routes) {
  const spec = ROUTE_SPECS[handler.key];
  if (!spec) continue;
  if ("external" in spec) {
    test(`route ${handler.key}: public, owned by ${spec.external}; signed out`, async () => {
      const seen = await observe(fx, null, () => withCommonJsNextHeaders(() => spec.signedOut(handler.handle, fx)));
      tally.externalChecks++;
      if (threwIn(seen.result)) throw seen.result.threw;
      expect(seen.after).toEqual(seen.before);
    });
  } else {
    // A route handler reads its query from the request URL; the malformed-query cases send none (its ids are still malformed).
    describeEndpoint(`route ${handler.key}`, handler.route, spec, (params) => {
      const upload = spec.access === "public" ? undefined : spec.upload;
      const url = upload ? `${urlOf(handler.route, params)}?${new URLSearchParams(upload.query)}` : urlOf(handler.route, params);
      return handler.handle(new NextRequest(url, { method: handler.method, ...(upload ? { body: upload.body() } : {}) }), { params: Promise.resolve(params) });
    });
  }
}
