import { DEMO_PASSWORD } from "../../lib/demo/accounts";

/** A cookie as a browser would send it back. */
export type PerfCookie = { name: string; value: string };

// next-auth names it with a __Secure- prefix on https; the scripts talk plain http to localhost.
const SESSION_COOKIE = "next-auth.session-token";

function cookiesOf(response: Response): PerfCookie[] {
  return response.headers.getSetCookie().map((header) => {
    const pair = header.split(";", 1)[0] ?? "";
    const eq = pair.indexOf("=");
    return { name: pair.slice(0, eq).trim(), value: pair.slice(eq + 1).trim() };
  });
}

/** The `Cookie` request header for the given cookies. */
export function cookieHeader(cookies: readonly PerfCookie[]): string {
  return cookies.map((c) => `${c.name}=${c.value}`).join("; ");
}

/**
 * Signs in through next-auth's credentials flow, as the login form does: GET /api/auth/csrf (the token and
 * its cookie), then POST /api/auth/callback/credentials with both. Returns the session cookie, the only one a
 * signed-in request needs.
 * @throws Error when no session cookie comes back (wrong password, a locked account, the server refusing).
 */
export async function signIn(baseUrl: string, email: string, password: string = DEMO_PASSWORD): Promise<PerfCookie> {
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
  if (!csrf.ok) throw new Error(`sign-in: GET /api/auth/csrf answered HTTP ${csrf.status}`);
  const { csrfToken } = (await csrf.json()) as { csrfToken?: string };
  if (!csrfToken) throw new Error("sign-in: /api/auth/csrf returned no csrfToken");
  const response = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookieHeader(cookiesOf(csrf)) },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
  });
  const session = cookiesOf(response).find((c) => c.name === SESSION_COOKIE && c.value !== "");
  if (!session) throw new Error(`sign-in as ${email} failed: HTTP ${response.status}, no ${SESSION_COOKIE} cookie`);
  return session;
}
