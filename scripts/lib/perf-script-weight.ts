import type { Browser, Page } from "@playwright/test";
import type { PerfCookie } from "./perf-session";

/** What one route's first load downloaded as script files. */
export type ScriptWeight = {
  path: string;
  files: number;
  /** Bytes on the wire: headers and (compressed) body, as DevTools' "transferred". */
  transferBytes: number;
  /**
   * Script URLs of more than 1 KiB that came without compression, which would make the figure an uncompressed
   * one (smaller files are below the threshold of Next's compression and always come as they are).
   */
  uncompressed: string[];
};

const COMPRESSED = new Set(["gzip", "br", "deflate", "zstd"]);
const COMPRESSION_THRESHOLD_BYTES = 1024;

/** Waits for the network to go quiet, but a page that keeps polling still gets measured. */
async function settle(page: Page): Promise<void> {
  await page.waitForLoadState("networkidle", { timeout: 15_000 }).catch(() => undefined);
}

/**
 * Opens `baseUrl + path` in a new browser context (an empty cache: a first load) with `cookie` if given, and
 * sums the transfer size of every Script resource until the network is idle, read from the DevTools protocol
 * (Network.loadingFinished's encodedDataLength). Chromium asks for gzip, br, zstd, which is what the browser
 * downloads; `next start` answers gzip.
 * @throws Error when the page does not answer 200 at `path` (e.g. a sign-in redirect)
 */
export async function measureScriptWeight(browser: Browser, baseUrl: string, path: string, cookie: PerfCookie | null): Promise<ScriptWeight> {
  const context = await browser.newContext();
  try {
    if (cookie) await context.addCookies([{ ...cookie, url: baseUrl }]);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    const scripts = new Map<string, { url: string; compressed: boolean }>();
    let transferBytes = 0;
    let files = 0;
    cdp.on("Network.responseReceived", (event) => {
      if (event.type !== "Script") return;
      const headers = Object.fromEntries(Object.entries(event.response.headers).map(([k, v]) => [k.toLowerCase(), String(v)]));
      const small = Number(headers["content-length"]) <= COMPRESSION_THRESHOLD_BYTES;
      scripts.set(event.requestId, { url: event.response.url, compressed: small || COMPRESSED.has(headers["content-encoding"] ?? "") });
    });
    const uncompressed: string[] = [];
    cdp.on("Network.loadingFinished", (event) => {
      const script = scripts.get(event.requestId);
      if (!script) return;
      files++;
      transferBytes += event.encodedDataLength;
      if (!script.compressed) uncompressed.push(script.url);
    });
    await cdp.send("Network.enable");
    const response = await page.goto(`${baseUrl}${path}`, { waitUntil: "load" });
    const landed = new URL(page.url());
    if (response?.status() !== 200 || `${landed.pathname}${landed.search}` !== path) {
      throw new Error(`bench:weight: ${path} answered HTTP ${response?.status()} at ${landed.pathname}${landed.search}`);
    }
    await settle(page);
    return { path, files, transferBytes, uncompressed };
  } finally {
    await context.close();
  }
}
