import { createHash } from "node:crypto";

/**
 * Sign-in throttling policy. Every attempt is counted *before* the password is checked, by one atomic
 * database increment (lib/db/rate-counter.ts), so parallel guesses cannot slip past the limit: the sixth
 * attempt in a window is refused unchecked however many arrive at once.
 *
 * - Per account: MAX_FAILURES attempts within WINDOW_MS; the attempt that reaches the limit locks the
 *   account for LOCK_MS. A right password resets the account's counter.
 * - Per address: IP_MAX_ATTEMPTS failed attempts within WINDOW_MS from one address (an IPv6 /64 counts as
 *   one address), whichever accounts they name. A right password gives its attempt back, so an office
 *   behind one address is not locked out by its own sign-ins.
 * - Unknown emails share UNKNOWN_EMAIL_BUCKETS counters chosen by a hash of the email: the counter table
 *   cannot grow with invented emails, and an unknown email still locks like a real one (the answer does
 *   not tell which emails have accounts).
 */
export const MAX_FAILURES = 5;
export const WINDOW_MS = 15 * 60 * 1000;
export const LOCK_MS = 15 * 60 * 1000;
export const UNKNOWN_EMAIL_BUCKETS = 1024;
export const DEFAULT_IP_MAX_ATTEMPTS = 100;

export const accountWindow = { windowMs: WINDOW_MS, limit: MAX_FAILURES, lockMs: LOCK_MS };
export const addressWindow = (limit: number) => ({ windowMs: WINDOW_MS, limit, lockMs: WINDOW_MS });

export function accountKey(email: string, known: boolean): string {
  if (known) return `login:account:${email}`;
  const bucket = createHash("sha256").update(email).digest().readUInt32BE(0) % UNKNOWN_EMAIL_BUCKETS;
  return `login:unknown:${bucket}`;
}

/** IPv4 as is; IPv6 by its /64 prefix (one subscriber usually holds a whole /64). */
export function addressKey(ip: string): string {
  const v4 = ip.replace(/^::ffff:/i, "");
  if (/^\d{1,3}(\.\d{1,3}){3}$/.test(v4)) return `login:ip:${v4}`;
  const full = expandIpv6(ip);
  return `login:ip:${full ? full.slice(0, 4).join(":") + "::/64" : "unknown"}`;
}

function expandIpv6(ip: string): string[] | null {
  if (!/^[0-9a-f:]+$/i.test(ip) || !ip.includes(":")) return null;
  const [head, tail] = ip.split("::");
  const left = head ? head.split(":") : [];
  const right = tail !== undefined && tail !== "" ? tail.split(":") : [];
  const missing = 8 - left.length - right.length;
  if (missing < 0 || (tail === undefined && missing !== 0)) return null;
  return [...left, ...Array<string>(missing).fill("0"), ...right].map((p) => p.toLowerCase().replace(/^0+(?=.)/, ""));
}

/**
 * The client's address from X-Forwarded-For. `next start` fills the header with the socket's address when
 * the request has none; behind N reverse proxies of yours, the Nth entry from the right is the one the
 * outermost proxy saw (TRUSTED_PROXY_HOPS=N). Entries further left were written by the client and are
 * not trusted.
 */
export function clientAddress(forwardedFor: string | null | undefined, trustedHops: number): string {
  const entries = (forwardedFor ?? "").split(",").map((s) => s.trim()).filter(Boolean);
  if (entries.length === 0) return "unknown";
  const index = Math.max(0, entries.length - 1 - Math.max(0, trustedHops - 1));
  return entries[Math.min(index, entries.length - 1)] ?? "unknown";
}
