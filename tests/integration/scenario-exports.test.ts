import { beforeAll, describe, expect, test } from "vitest";
import { randomBytes } from "node:crypto";
import { session } from "./helpers/session-mock";
import { requestCookies, resetRequest } from "./helpers/next-request-mock";
import { clientValues, makeAdvisor, seedMarketData } from "./helpers/fixtures";
import { db } from "@/lib/db/prisma";
import { createClientAction } from "@/lib/actions/clients/create-client";
import { saveScenarioAction } from "@/lib/actions/scenarios/save-scenario";
import { allowAction } from "@/lib/security/rate-limit";
import { RATE_LIMITS } from "@/lib/security/rate-limit-policy";
import type { SessionUser } from "@/lib/auth/session";
import type { ScenarioRouteContext } from "@/app/(app)/scenarios/[id]/scenario-export";
import { GET as getReportPdf } from "@/app/(app)/scenarios/[id]/report.pdf/route";
import { GET as getWeightsCsv } from "@/app/(app)/scenarios/[id]/weights.csv/route";
import { GET as getBacktestCsv } from "@/app/(app)/scenarios/[id]/backtest.csv/route";

/**
 * The three export routes, called as Next calls them (a Request and its params) with the real database: the
 * owner gets the file and an audit event; anyone else, a missing id or version, or a malformed one gets the same
 * 404 and no event; a signed-out visit goes to the login page; past the per-user limit, 429.
 */
type Handler = (request: Request, context: ScenarioRouteContext) => Promise<Response>;
const ROUTES: { name: string; handle: Handler; kind: string; type: string; suffix: string; starts: (body: Buffer) => boolean }[] = [
  { name: "report.pdf", handle: getReportPdf, kind: "exported_pdf", type: "application/pdf", suffix: "report.pdf", starts: (b) => b.subarray(0, 5).toString("latin1") === "%PDF-" },
  { name: "weights.csv", handle: getWeightsCsv, kind: "exported_weights_csv", type: "text/csv; charset=utf-8", suffix: "weights.csv", starts: (b) => b.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf])) },
  { name: "backtest.csv", handle: getBacktestCsv, kind: "exported_backtest_csv", type: "text/csv; charset=utf-8", suffix: "backtest.csv", starts: (b) => b.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf])) },
];

let owner: SessionUser;
let colleague: SessionUser;
let outsider: SessionUser;
let scenarioId: string;

async function saveScenario(user: SessionUser, name: string): Promise<string> {
  session.user = user;
  const client = await createClientAction(clientValues({ name: `Client of ${name}` }));
  if (!client.ok) throw new Error(`setup: createClient failed: ${JSON.stringify(client.error)}`);
  const scenario = await saveScenarioAction({ clientId: client.data.id, name, assumptions: { activeOverride: "model", rebalance: "annual" } });
  if (!scenario.ok) throw new Error(`setup: saveScenario failed: ${JSON.stringify(scenario.error)}`);
  return scenario.data.id;
}

/** GET /scenarios/<id>/<file>[?query] as `user` (null: signed out), on a fresh request. */
async function call(handle: Handler, user: SessionUser | null, id: string, query = ""): Promise<Response> {
  session.user = user;
  resetRequest();
  const url = `http://localhost/scenarios/${encodeURIComponent(id)}/file${query}`;
  return handle(new Request(url), { params: Promise.resolve({ id }) });
}

/** The body as written: Response.text() would drop the byte-order mark the CSV files start with. */
const bodyText = async (response: Response) => Buffer.from(await response.arrayBuffer()).toString("utf8");
const exportEvents = (id: string) => db.scenarioEvent.findMany({ where: { scenarioId: id, kind: { startsWith: "exported_" } }, orderBy: { createdAt: "asc" } });
const missingId = () => `c${randomBytes(12).toString("hex")}`;

beforeAll(async () => {
  await seedMarketData();
  owner = await makeAdvisor();
  colleague = await makeAdvisor();
  await db.user.update({ where: { id: colleague.id }, data: { firmId: owner.firmId } });
  colleague = { ...colleague, firmId: owner.firmId };
  outsider = await makeAdvisor("ADMIN");
  scenarioId = await saveScenario(owner, "Growth with small caps");
  session.user = null;
}, 120_000);

describe.each(ROUTES)("GET /scenarios/[id]/$name", (route) => {
  test("the owner gets the file, named for the scenario and version, and an audit event is written", async () => {
    const before = (await exportEvents(scenarioId)).length;
    const response = await call(route.handle, owner, scenarioId);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe(route.type);
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    expect(response.headers.get("content-disposition")).toBe(
      `attachment; filename="Growth with small caps v1 ${route.suffix}"; filename*=UTF-8''Growth%20with%20small%20caps%20v1%20${route.suffix}`,
    );
    expect(route.starts(Buffer.from(await response.arrayBuffer()))).toBe(true);
    const events = await exportEvents(scenarioId);
    expect(events).toHaveLength(before + 1);
    expect(events.at(-1)).toMatchObject({ kind: route.kind, version: 1, userId: owner.id });
  });

  test("?version=1 names the version; the same answer", async () => {
    const response = await call(route.handle, owner, scenarioId, "?version=1");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe(route.type);
  });

  test.each([
    ["another advisor of the same firm, the owner's id", () => colleague, () => scenarioId, ""],
    ["an admin of another firm, the owner's id", () => outsider, () => scenarioId, ""],
    ["the owner, a missing id", () => owner, missingId, ""],
    ["the owner, a version the scenario does not have", () => owner, () => scenarioId, "?version=9"],
    ["the owner, version 0", () => owner, () => scenarioId, "?version=0"],
    ["the owner, a negative version", () => owner, () => scenarioId, "?version=-1"],
    ["the owner, a fractional version", () => owner, () => scenarioId, "?version=1.5"],
    ["the owner, a version that is not a number", () => owner, () => scenarioId, "?version=latest"],
    ["the owner, version given twice", () => owner, () => scenarioId, "?version=1&version=1"],
    ["the owner, a 10 kB id", () => owner, () => "x".repeat(10_240), ""],
  ])("404 and no event: %s", async (_label, who, id, query) => {
    const before = (await exportEvents(scenarioId)).length;
    const response = await call(route.handle, who(), id(), query);
    expect(response.status).toBe(404);
    expect(response.headers.get("content-type")).toBe("text/plain; charset=utf-8");
    expect(await response.text()).toBe("This page does not exist, or you do not have access to it.");
    expect(await exportEvents(scenarioId)).toHaveLength(before);
  });

  test("signed out: a redirect to the login page, which comes back here; no event", async () => {
    const before = (await exportEvents(scenarioId)).length;
    const response = await call(route.handle, null, scenarioId, "?version=1");
    expect(response.status).toBe(307);
    const location = new URL(response.headers.get("location")!, "http://localhost");
    expect(location.pathname).toBe("/login");
    expect(location.searchParams.get("callbackUrl")).toBe(`/scenarios/${scenarioId}/file?version=1`);
    expect(await exportEvents(scenarioId)).toHaveLength(before);
  });
});

describe("exports in the user's language", () => {
  test("a Korean user gets Korean headers, and a Korean scenario name in filename* with an ASCII fallback", async () => {
    const user = { ...(await makeAdvisor()), locale: "ko" };
    const id = await saveScenario(user, "은퇴 대비안");
    const response = await call(getWeightsCsv, user, id);
    expect(response.status).toBe(200);
    expect((await bodyText(response)).split("\r\n")[0]).toBe("\uFEFF지역,규모,운용 방식,비중 (%),금액 (USD),보수 (연 bp)");
    // "은퇴 대비안" in UTF-8: EC 9D 80 ED 87 B4 20 EB 8C 80 EB B9 84 EC 95 88.
    expect(response.headers.get("content-disposition")).toBe(
      "attachment; filename=\"scenario v1 weights.csv\"; filename*=UTF-8''%EC%9D%80%ED%87%B4%20%EB%8C%80%EB%B9%84%EC%95%88%20v1%20weights.csv",
    );
  });

  test("the language cookie wins over the account's language, as on the pages", async () => {
    session.user = owner;
    resetRequest();
    requestCookies.set("locale", "ko");
    const response = await getBacktestCsv(new Request(`http://localhost/scenarios/${scenarioId}/backtest.csv`), { params: Promise.resolve({ id: scenarioId }) });
    expect((await bodyText(response)).startsWith("\uFEFF월,")).toBe(true);
  });
});

describe("limits and stored versions", () => {
  test("past the per-user export limit: 429 with Retry-After, nothing rendered, no event", async () => {
    const user = await makeAdvisor();
    const id = await saveScenario(user, "Limited");
    for (let i = 0; i < RATE_LIMITS.export.limit; i++) await allowAction("export", user.id);
    const response = await call(getReportPdf, user, id);
    expect(response.status).toBe(429);
    expect(response.headers.get("retry-after")).toBe("60");
    expect(await exportEvents(id)).toHaveLength(0);
  });

  test("a version whose stored view the app can no longer read: 409, no event (it is never recomputed)", async () => {
    await db.scenarioVersion.create({ data: { scenarioId, version: 2, inputs: "{}", outputs: '{"allocation":"from an older engine"}', methodology: '{"engineVersion":"0.1.0"}' } });
    const before = (await exportEvents(scenarioId)).length;
    const response = await call(getWeightsCsv, owner, scenarioId, "?version=2");
    expect(response.status).toBe(409);
    expect(await exportEvents(scenarioId)).toHaveLength(before);
  });
});
