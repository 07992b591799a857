/** The shapes shared by the bench's cases, its report and its runner (scripts/bench.ts). */

/**
 * One timed step of a case; `targetMs` makes it a PASS/MISS line. A figure that is not a time (a ratio, a
 * size) gives its `unit` ("×", "MB", or "" for a plain number), and `ms` and `targetMs` hold the figure.
 */
export type Phase = { name: string; ms: number; targetMs?: number; note?: string; unit?: string };

/**
 * A benchmark case. `prepare` writes its inputs into a scratch folder in the parent process (untimed);
 * `run` executes in a fresh child process, so the reported peak RSS is the case's own, not the sum of
 * everything before it. To add a case, append one to BENCH_CASES (scripts/lib/bench-cases.ts).
 */
export type BenchCase = {
  name: string;
  description: string;
  prepare?: (dir: string) => void;
  run: (dir: string) => Phase[] | Promise<Phase[]>;
  maxRssMb: number;
};

/** What a case's child process reports back: its phases and its peak resident set size. */
export type CaseOutcome = { phases: Phase[]; maxRssKb: number };
