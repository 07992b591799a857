import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

/**
 * What the app exposes, read from its files rather than from a list kept by hand: the server actions (every
 * export of a "use server" module under lib/actions), the pages and the route handlers (by HTTP method) under
 * app/. A new file shows up here by itself, so a test that needs an entry per item fails until it has one.
 */

type Exports = Record<string, unknown>;
export type ServerAction = { name: string; file: string; call: (input: unknown) => Promise<unknown> };
export type Page = { route: string; file: string; render: (props: unknown) => Promise<unknown> };
export type RouteHandler = { key: string; route: string; file: string; method: string; handle: (request: Request, context: unknown) => Promise<unknown> };

const HTTP_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(full) : [full];
  });
}

/** True when the file's first statement (after comments) is the "use server" directive. */
function isUseServerModule(source: string): boolean {
  const code = source.replace(/^(\s|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*/, "");
  return /^["']use server["']/.test(code);
}

/** "app/(app)/clients/[id]/page.tsx" → "/clients/[id]": route groups and the file name are not in the URL. */
function routeOf(appDir: string, file: string): string {
  const segments = path.relative(appDir, path.dirname(file)).split(path.sep).filter((s) => s !== "" && !/^\(.*\)$/.test(s));
  return `/${segments.join("/")}`;
}

export async function findServerActions(root: string): Promise<ServerAction[]> {
  const files = filesUnder(path.join(root, "lib/actions")).filter((f) => f.endsWith(".ts") && isUseServerModule(readFileSync(f, "utf8")));
  const found: ServerAction[] = [];
  for (const file of files.sort()) {
    const mod = (await import(file)) as Exports;
    for (const [name, value] of Object.entries(mod)) {
      found.push({ name, file: path.relative(root, file), call: value as ServerAction["call"] });
    }
  }
  return found;
}

export async function findPages(root: string): Promise<Page[]> {
  const appDir = path.join(root, "app");
  const files = filesUnder(appDir).filter((f) => path.basename(f) === "page.tsx").sort();
  return Promise.all(
    files.map(async (file) => {
      const mod = (await import(file)) as Exports;
      return { route: routeOf(appDir, file), file: path.relative(root, file), render: mod.default as Page["render"] };
    }),
  );
}

export async function findRouteHandlers(root: string): Promise<RouteHandler[]> {
  const appDir = path.join(root, "app");
  const files = filesUnder(appDir).filter((f) => path.basename(f) === "route.ts").sort();
  const found: RouteHandler[] = [];
  for (const file of files) {
    const mod = (await import(file)) as Exports;
    const route = routeOf(appDir, file);
    for (const method of HTTP_METHODS.filter((m) => typeof mod[m] === "function")) {
      found.push({ key: `${method} ${route}`, route, file: path.relative(root, file), method, handle: mod[method] as RouteHandler["handle"] });
    }
  }
  return found;
}
