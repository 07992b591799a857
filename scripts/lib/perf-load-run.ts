import autocannon from "autocannon";
import { percentile } from "./perf-percentile";

/** One endpoint of the load benchmark: a page (GET) or a server action (POST with its body). */
export type LoadTarget = {
  name: string;
  path: string;
  method: "GET" | "POST";
  headers: Record<string, string>;
  body?: string;
  /** A response whose body fails this check counts as a bad body, as an error does. */
  verifyBody?: (body: string) => boolean;
};

export type LoadSettings = { connections: number; durationSeconds: number; warmupSeconds: number };

export type LoadResult = {
  name: string;
  requests: number;
  requestsPerSecond: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  non2xx: number;
  /** Connection errors and timeouts. */
  errors: number;
  badBodies: number;
  statusCodes: string;
};

// Generous: a slow answer under load is a figure (p99), not a failure; only a server that stops answering is.
const TIMEOUT_SECONDS = 30;

async function drive(baseUrl: string, target: LoadTarget, connections: number, durationSeconds: number) {
  const latencies: number[] = [];
  const instance = autocannon({
    url: `${baseUrl}${target.path}`,
    connections,
    duration: durationSeconds,
    timeout: TIMEOUT_SECONDS,
    method: target.method,
    headers: target.headers,
    body: target.body,
    verifyBody: target.verifyBody,
  });
  // autocannon's own latency summary has no p95: keep every response time (ms) and rank them here.
  instance.on("response", (_client: unknown, _status: number, _bytes: number, responseTimeMs: number) => latencies.push(responseTimeMs));
  const result = await instance;
  return { result, latencies };
}

/**
 * Warms the endpoint (same connections, `warmupSeconds`, figures dropped: the first calls pay for JIT and
 * caches), then drives it for `durationSeconds`. Requests per second are the completed responses over the run's
 * duration; latencies are nearest-rank percentiles of every response (all status codes).
 */
export async function measureEndpoint(baseUrl: string, target: LoadTarget, settings: LoadSettings): Promise<LoadResult> {
  const warm = await drive(baseUrl, target, settings.connections, settings.warmupSeconds);
  const { result, latencies } = await drive(baseUrl, target, settings.connections, settings.durationSeconds);
  const statusCodes = Object.entries({ ...warm.result.statusCodeStats, ...result.statusCodeStats })
    .map(([code]) => code)
    .join(",");
  return {
    name: target.name,
    requests: latencies.length,
    requestsPerSecond: latencies.length / result.duration,
    p50Ms: percentile(latencies, 50),
    p95Ms: percentile(latencies, 95),
    p99Ms: percentile(latencies, 99),
    // A warm-up that already failed fails the run too.
    non2xx: result.non2xx + warm.result.non2xx,
    errors: result.errors + warm.result.errors,
    badBodies: result.mismatches + warm.result.mismatches,
    statusCodes,
  };
}
