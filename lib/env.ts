import { z } from "zod";

/**
 * Environment, validated once at start-up. The defaults make a fresh machine work with nothing set;
 * deployments with more than one app server must set NEXTAUTH_SECRET to the same value on each.
 */
const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z.string().optional(),
  NEXTAUTH_SECRET: z.string().min(16).optional(),
  DEMO_MODE: z
    .enum(["true", "false", "1", "0"])
    .optional()
    .transform((v) => v === "true" || v === "1"),
  SESSION_MAX_AGE_SECONDS: z.coerce.number().int().min(60).max(30 * 24 * 3600).default(8 * 3600),
  /** The app's public URL; an https:// URL makes the session cookies Secure and turns on HSTS. */
  NEXTAUTH_URL: z.url().optional(),
  /** When set, per-user rate limits live in Redis instead of the database (both are shared by all servers). */
  REDIS_URL: z.string().regex(/^rediss?:\/\//, "a redis:// or rediss:// URL").optional(),
  /** Failed sign-ins allowed per client address in 15 minutes. */
  LOGIN_IP_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(100_000).default(100),
  /** How many reverse proxies of yours stand in front of the app (which X-Forwarded-For entry to trust). */
  TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
});

export type Env = z.infer<typeof envSchema>;

export function readEnv(source: Record<string, string | undefined> = process.env): Env {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`Invalid environment: ${problems}`);
  }
  return parsed.data;
}

export const env = readEnv();
