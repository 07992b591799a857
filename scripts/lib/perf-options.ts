/** A numeric setting of a performance script: `--flag N`, else the environment variable, else the default. */
export type NumberOption = { flag: string; env: string; fallback: number | undefined; min: number; max: number };

/** An option that always has a value. */
export const withDefault = (flag: string, env: string, fallback: number, min: number, max: number) => ({ flag, env, fallback, min, max });

/**
 * Reads the options from argv (`--flag N` or `--flag=N`) and the environment.
 * @throws Error on an unknown flag, a flag without a value, or a value that is not an integer in [min, max]
 */
export function readOptions<O extends Record<string, NumberOption>>(
  argv: readonly string[],
  options: O,
  env: Record<string, string | undefined> = process.env,
): { [K in keyof O]: O[K]["fallback"] } {
  type K = keyof O;
  const given = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.split("=", 2) as [string, string | undefined];
    if (!Object.values<NumberOption>(options).some((o) => o.flag === flag)) throw new Error(`unknown option ${arg}`);
    const value = inline ?? argv[++i];
    if (value === undefined) throw new Error(`${flag} needs a value`);
    given.set(flag, value);
  }
  const read = {} as Record<K, number | undefined>;
  for (const [key, o] of Object.entries(options) as [K, NumberOption][]) {
    const text = given.get(o.flag) ?? env[o.env]?.trim();
    if (text === undefined || text === "") {
      read[key] = o.fallback;
      continue;
    }
    const value = Number(text);
    if (!Number.isInteger(value) || value < o.min || value > o.max) throw new Error(`${o.flag} (${o.env}) must be an integer from ${o.min} to ${o.max}, got "${text}"`);
    read[key] = value;
  }
  return read as { [P in K]: O[P]["fallback"] };
}

/** The app server's port: `--port` or PERF_PORT, else a free one. */
export const PORT_OPTION: NumberOption = { flag: "--port", env: "PERF_PORT", fallback: undefined, min: 1, max: 65_535 };

/** Debian's Chromium, as for the end-to-end tests; CHROMIUM_PATH for another. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** "PASS" or "MISS": a miss is a finding (exit 0), not a failure of the script. */
export const verdict = (met: boolean) => (met ? "PASS" : "MISS");
