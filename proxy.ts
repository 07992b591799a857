import { NextResponse, type NextRequest } from "next/server";
import { getToken } from "next-auth/jwt";
import { newNonce, securityHeaders } from "./lib/security/headers";

/** App pages: a signed-out visit goes to the login page before anything renders. */
const PROTECTED = ["/dashboard", "/clients", "/scenarios", "/research", "/admin"];

function isProtected(pathname: string): boolean {
  return PROTECTED.some((p) => pathname === p || pathname.startsWith(`${p}/`));
}

function servedOverHttps(request: NextRequest): boolean {
  return request.nextUrl.protocol === "https:" || request.headers.get("x-forwarded-proto") === "https";
}

/**
 * Runs before every page and route handler:
 * 1. security headers on every response, with a fresh CSP nonce that Next puts on its own scripts;
 * 2. first line of defence only: signed-out visits to app pages go to the login page. Every page, route
 *    handler and server action still checks the session, the role and the owner itself, where it reads
 *    the data (this check cannot see a revoked session; those checks do).
 */
export async function proxy(request: NextRequest) {
  const headers = securityHeaders({ nonce: newNonce(), dev: process.env.NODE_ENV === "development", https: servedOverHttps(request) });
  const csp = headers["Content-Security-Policy"] as string;

  let response: NextResponse;
  const token = isProtected(request.nextUrl.pathname) ? await getToken({ req: request }) : "public";
  if (!token) {
    const login = new URL("/login", request.url);
    login.searchParams.set("callbackUrl", `${request.nextUrl.pathname}${request.nextUrl.search}`);
    response = NextResponse.redirect(login);
  } else {
    const requestHeaders = new Headers(request.headers);
    requestHeaders.set("Content-Security-Policy", csp);
    response = NextResponse.next({ request: { headers: requestHeaders } });
  }
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

export const config = {
  // Everything but build assets (they get the static headers from next.config.ts).
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
