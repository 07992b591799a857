import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { env } from "../env";
import { isAppError } from "../errors/app-error";
import { bumpSessionVersion, findUserById } from "../db/users";
import { authenticate } from "./authenticate";
import { clientAddress } from "./throttle-policy";
import { SessionEndedError, sessionProblem } from "./session-check";
import { safeCallbackPath } from "./callback-url";

const nowSeconds = () => Math.floor(Date.now() / 1000);

function headerValue(headers: unknown, name: string): string | undefined {
  if (!headers || typeof headers !== "object") return undefined;
  const value = (headers as Record<string, unknown>)[name];
  return typeof value === "string" ? value : Array.isArray(value) ? String(value[0]) : undefined;
}

/**
 * next-auth configuration. Sessions are signed JWT cookies checked against the user's row on every request
 * (lib/auth/session-check.ts), so any number of app servers sharing NEXTAUTH_SECRET and the database accept
 * the same sessions and end them together.
 */
export const authOptions: NextAuthOptions = {
  secret: env.NEXTAUTH_SECRET,
  session: { strategy: "jwt", maxAge: env.SESSION_MAX_AGE_SECONDS },
  jwt: { maxAge: env.SESSION_MAX_AGE_SECONDS },
  // Secure cookies (and the __Secure- prefix) whenever the app is served over HTTPS.
  useSecureCookies: env.NEXTAUTH_URL?.startsWith("https://") ?? false,
  pages: { signIn: "/login" },
  providers: [
    CredentialsProvider({
      name: "credentials",
      credentials: { email: { type: "email" }, password: { type: "password" } },
      async authorize(credentials, req) {
        try {
          const ip = clientAddress(headerValue(req?.headers, "x-forwarded-for"), env.TRUSTED_PROXY_HOPS);
          const user = await authenticate(credentials, { ip, ipMaxAttempts: env.LOGIN_IP_MAX_ATTEMPTS });
          return user ? { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion } : null;
        } catch (error) {
          // next-auth passes a thrown message to the client as `error`; the login form maps it.
          if (isAppError(error) && error.code === "RATE_LIMITED") throw new Error("RATE_LIMITED");
          throw error;
        }
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user) {
        const signedIn = user as { id: string; sessionVersion?: number };
        return { ...token, uid: signedIn.id, sv: signedIn.sessionVersion ?? 0, authTime: nowSeconds() };
      }
      const problem = sessionProblem(token, typeof token.uid === "string" ? await findUserById(token.uid) : null, nowSeconds(), env.SESSION_MAX_AGE_SECONDS);
      if (problem) throw new SessionEndedError(problem);
      return token;
    },
    session({ session, token }) {
      if (session.user && typeof token.uid === "string") session.user.id = token.uid;
      return session;
    },
    // Where next-auth may send the browser after sign-in or sign-out: this app's own paths only.
    redirect({ url, baseUrl }) {
      return `${baseUrl}${safeCallbackPath(url, baseUrl)}`;
    },
  },
  events: {
    // Signing out ends the user's sessions everywhere, including copies of the cookie.
    async signOut({ token }) {
      if (typeof token?.uid === "string") await bumpSessionVersion(token.uid);
    },
  },
  logger: {
    error(code, metadata) {
      // An ended session is expected (sign-out elsewhere, expiry), not an error worth a stack trace.
      if (code === "JWT_SESSION_ERROR" && metadata instanceof Error && metadata.name === "SessionEndedError") return;
      if (code === "JWT_SESSION_ERROR" && (metadata as { error?: Error })?.error?.name === "SessionEndedError") return;
      console.error(`[next-auth][error][${code}]`, metadata);
    },
    warn(code) {
      console.warn(`[next-auth][warn][${code}]`);
    },
    debug() {},
  },
};
