import { REGIONS, SIZES, type Region, type Size } from "../../market/regions";
import type { Constituent, ConstituentSnapshot } from "../../market/types";
import { inverseNormal } from "./factors";
import { SYNTHETIC_LABEL } from "./label";
import { createRng, type Rng } from "./rng";
import { SNAPSHOT_SPECS, type SnapshotSpec } from "./snapshot-specs";

const SECTORS = [
  "Information Technology", "Industrials", "Financials", "Health Care", "Consumer Discretionary", "Materials",
  "Communication Services", "Consumer Staples", "Real Estate", "Energy", "Utilities",
];

/**
 * Synthetic large- and small-cap index snapshots for every region (see SNAPSHOT_SPECS for the targets).
 * Weights are log-normal over the normal quantiles with σ solved so the top-10 share hits its target
 * exactly; unprofitable names and analyst counts are drawn so both depend on size: small members are more
 * often unprofitable (so the unprofitable share is lower by weight than by count) and less covered.
 */
export function generateDemoSnapshots(seed = 20250530): ConstituentSnapshot[] {
  const rng = createRng(seed);
  return REGIONS.flatMap((region) => SIZES.map((size) => snapshot(region, size, SNAPSHOT_SPECS[region][size], rng.split())));
}

function snapshot(region: Region, size: Size, spec: SnapshotSpec, rng: Rng): ConstituentSnapshot {
  const z = Array.from({ length: spec.count }, (_, i) => inverseNormal(1 - (i + 0.5) / spec.count));
  const weights = weightsFor(z, spec.top10);
  // Unprofitable: the `share` highest scores, where small size (low z) raises the score.
  const scores = z.map((zi) => -2.4 * zi + rng.normal());
  const cutoff = [...scores].sort((a, b) => b - a)[Math.round(spec.unprofitable * spec.count) - 1] ?? Infinity;
  const coverage = weights.map((w) => w ** 0.35);
  const scale = spec.analysts / (coverage.reduce((a, b) => a + b, 0) / spec.count);
  const tag = `${region.replace(/_/g, "")}-${size === "large" ? "L" : "S"}`;
  const constituents = weights.map(
    (weight, i): Constituent => ({
      ticker: `${tag}${String(i + 1).padStart(4, "0")}`,
      name: `Synthetic ${region} ${size} #${i + 1}`,
      sector: SECTORS[rng.int(SECTORS.length)] ?? null,
      country: spec.countries[rng.int(spec.countries.length)] ?? null,
      weight,
      marketValue: Math.round(weight * 10_000_000_000),
      analysts: rng.poisson((coverage[i] ?? 0) * scale),
      profitable: (scores[i] ?? 0) < cutoff,
    }),
  );
  return {
    id: `synthetic-${region.toLowerCase()}-${size}`,
    label: `${region} ${size}-cap index (synthetic)`,
    source: SYNTHETIC_LABEL,
    asOf: "2024-05-31",
    region,
    size,
    synthetic: true,
    constituents,
    hasAnalysts: true,
    hasProfitable: true,
  };
}

/** Weights ∝ exp(σ·z), σ found by bisection so the ten largest sum to `top10` (monotone in σ). */
function weightsFor(z: readonly number[], top10: number): number[] {
  const make = (sigma: number) => {
    const raw = z.map((zi) => Math.exp(sigma * zi));
    const total = raw.reduce((a, b) => a + b, 0);
    return raw.map((r) => r / total);
  };
  const topShare = (w: number[]) => w.slice(0, 10).reduce((a, b) => a + b, 0);
  let [lo, hi] = [0, 5];
  for (let k = 0; k < 60; k++) {
    const mid = (lo + hi) / 2;
    if (topShare(make(mid)) < top10) lo = mid;
    else hi = mid;
  }
  return make((lo + hi) / 2);
}
