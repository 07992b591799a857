import type { Region, SleeveId } from "../../market/regions";
import type { MonthlySeries, SleeveHistory } from "../../market/types";
import { SYNTHETIC_LABEL } from "./label";
import { createRng, type Rng } from "./rng";

/**
 * Synthetic monthly sleeve returns, 2000-01 … 2024-12, for the sleeve back-test and the portfolio model.
 * Equity log returns are built from a global factor, a regional factor shared by a region's large and
 * small sleeves, a global small-cap factor and noise; the loadings give correlations of roughly 0.6–0.9
 * between equity sleeves (higher within a region). Bonds load slightly negatively on the global factor;
 * cash follows a slow AR(1) rate averaging 2% a year, never below 0. The CAGRs and volatilities are
 * plausible long-run figures chosen for the demo (assumptions, not estimates), and every seed hits them.
 */
type Params = { cagr: number; vol: number };

/** CAGR and annual volatility per equity sleeve: small caps a little ahead of large caps, more volatile. */
const EQUITY: Record<Region, { LARGE: Params; SMALL: Params }> = {
  US: { LARGE: { cagr: 0.075, vol: 0.15 }, SMALL: { cagr: 0.08, vol: 0.2 } },
  EUROPE: { LARGE: { cagr: 0.055, vol: 0.16 }, SMALL: { cagr: 0.07, vol: 0.19 } },
  JAPAN: { LARGE: { cagr: 0.04, vol: 0.16 }, SMALL: { cagr: 0.055, vol: 0.17 } },
  APAC_EX_JAPAN: { LARGE: { cagr: 0.06, vol: 0.18 }, SMALL: { cagr: 0.065, vol: 0.21 } },
  EM: { LARGE: { cagr: 0.065, vol: 0.21 }, SMALL: { cagr: 0.075, vol: 0.23 } },
  KOREA: { LARGE: { cagr: 0.06, vol: 0.23 }, SMALL: { cagr: 0.065, vol: 0.28 } },
};
/** Shares of variance: global, regional, small-cap factor (small sleeves only); the rest is noise. */
const LOADING = { global: 0.6, regional: 0.25, small: 0.1 };
const BONDS = { cagr: 0.033, vol: 0.05, global: -0.1 };

/** 2000-01 … 2024-12. */
export const SLEEVE_MONTHS = 300;

const months = Array.from({ length: SLEEVE_MONTHS }, (_, m) => {
  return `${2000 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, "0")}`;
});

const draws = (rng: Rng) => Float64Array.from({ length: SLEEVE_MONTHS }, () => rng.normal());

/**
 * Rescales shocks to sample mean 0 and standard deviation 1. Over 25 years plain draws would move a
 * sleeve's CAGR by ±4 points (Korea large came out at −1.3% a year for one seed), which the portfolio
 * model would read as a fact about the sleeve. An affine rescale leaves every correlation unchanged.
 */
function standardise(z: Float64Array): Float64Array {
  const mean = z.reduce((a, b) => a + b, 0) / z.length;
  const sd = Math.sqrt(z.reduce((a, b) => a + (b - mean) ** 2, 0) / (z.length - 1));
  return z.map((v) => (v - mean) / sd);
}

/**
 * Monthly returns exp(m + σz) − 1 with m = ln(1 + cagr) / 12 and σ = vol / √12: with standardised shocks
 * the series compounds to exactly `cagr` a year, with log volatility `vol`.
 */
function series(name: string, { cagr, vol }: Params, shocks: Float64Array): MonthlySeries {
  const sigma = vol / Math.sqrt(12);
  const m = Math.log(1 + cagr) / 12;
  return { name, months, returns: shocks.map((z) => Math.expm1(m + sigma * z)) };
}

export function generateSleeveHistory(seed = 20000131): SleeveHistory {
  const rng = createRng(seed);
  const global = draws(rng);
  const smallFactor = draws(rng);
  const out: Partial<Record<SleeveId, MonthlySeries>> = {};
  for (const [region, sizes] of Object.entries(EQUITY) as [Region, (typeof EQUITY)[Region]][]) {
    const regional = draws(rng);
    for (const size of ["LARGE", "SMALL"] as const) {
      const small = size === "SMALL" ? LOADING.small : 0;
      const noise = 1 - LOADING.global - LOADING.regional - small;
      const noiseDraws = draws(rng);
      const z = standardise(
        global.map(
          (g, t) =>
            Math.sqrt(LOADING.global) * g +
            Math.sqrt(LOADING.regional) * (regional[t] ?? 0) +
            Math.sqrt(small) * (smallFactor[t] ?? 0) +
            Math.sqrt(noise) * (noiseDraws[t] ?? 0),
        ),
      );
      out[`${region}_${size}`] = series(`${region}_${size} (synthetic)`, sizes[size], z);
    }
  }
  const bondNoise = draws(rng);
  const bondZ = standardise(global.map((g, t) => BONDS.global * g + Math.sqrt(1 - BONDS.global ** 2) * (bondNoise[t] ?? 0)));
  out.BONDS = series("BONDS (synthetic)", BONDS, bondZ);
  out.CASH = { name: "CASH (synthetic)", months, returns: cashReturns(rng) };
  return { source: SYNTHETIC_LABEL, synthetic: true, series: out };
}

/**
 * An AR(1) annual rate a_t = 0.98 a_{t−1} + 0.1% ε, shifted so its average is exactly 2% and floored at 0;
 * the monthly return is rate / 12.
 */
function cashReturns(rng: Rng): Float64Array {
  let a = 0;
  const path = Float64Array.from({ length: SLEEVE_MONTHS }, () => (a = 0.98 * a + 0.001 * rng.normal()));
  const mean = path.reduce((x, y) => x + y, 0) / SLEEVE_MONTHS;
  return path.map((v) => Math.max(0, 0.02 + v - mean) / 12);
}
