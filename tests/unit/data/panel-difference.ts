import type { Panel } from "@/lib/backtest/panel";

/**
 * The first difference between two panels ("marketCap[812]: 3 vs NaN"), or null when they are identical
 * (numbers compared with Object.is, so NaN equals NaN and 0 differs from −0). Deep equality in the test
 * runner takes seconds on a panel of ~100,000 cells; this loop takes milliseconds.
 */
export function panelDifference(a: Panel, b: Panel): string | null {
  for (const key of Object.keys(a).sort() as (keyof Panel)[]) {
    const x = a[key];
    const y = b[key];
    if (x === null || y === null) {
      if (x !== y) return `${key}: ${x === null ? "null" : "present"} vs ${y === null ? "null" : "present"}`;
      continue;
    }
    if (!(key in b)) return `${key}: missing`;
    const [xs, ys, name] =
      "codes" in x && "codes" in y ? [[...x.labels, ...x.codes], [...y.labels, ...y.codes], `${key} (labels, codes)`] : [x as ArrayLike<unknown>, y as ArrayLike<unknown>, key];
    if (xs.length !== ys.length) return `${name}: length ${xs.length} vs ${ys.length}`;
    for (let i = 0; i < xs.length; i++) if (!Object.is(xs[i], ys[i])) return `${name}[${i}]: ${String(xs[i])} vs ${String(ys[i])}`;
  }
  return Object.keys(b).length === Object.keys(a).length ? null : "different fields";
}
