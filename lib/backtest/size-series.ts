/**
 * The series of one bucket of the size back-test, stepped for its three weightings at once (cap, equal
 * and sqrt, in that order: weighting index w = 0, 1, 2). The three read the same members, returns,
 * alive flags and links to the window before, so one loop over the bucket's rank range serves all three:
 * a third of the loops for V8's interpreter to run on a back-test's first call before their compiled code
 * is ready. Each weighting's numbers are still the expressions of `stepSeries`, evaluated in the same
 * order, so the results are those of three series stepped one by one, bit for bit (a test checks this).
 *
 * A weighting's holdings are not written down: they are the alive members of the rank range [lo, hi)
 * it held over the last window, each at drifted weight raw × norm × (1 + r) × scale, which a step reads
 * from the window before's arrays (see `SizeWindow`).
 *
 * State: a Float64Array of {@link STATE_LENGTH}, for weighting w at w × 5: lo, hi (rank range held over
 * the last window, lo = hi when nothing is held), norm (that window's 1 / Σ raw over the members with a
 * return), scale (its 1 / (1 + R)), driftSum (Σ drifted weight: the part still in securities, the rest
 * being cash from exits). A typed array, not an object, so the compiled loops read plain numbers.
 */
export const STATE_LENGTH = 15;

/**
 * What a step writes for each weighting w: net return at w, turnover at 3 + w; the holdings (members
 * with a return, the same for every weighting) at 6.
 */
export const STEP_LENGTH = 7;

/** One window of a bucket's ranking as a step reads it: parallel arrays in rank order. */
export type RankedArrays = {
  returns: Float64Array;
  alive: Uint8Array;
  /**
   * Raw weights (domain.md §3 "Bucket return", §2 "something between the two"): cap ∝ market cap at t,
   * sqrt ∝ √cap, equal ∝ 1 (no array: 1 × norm is norm exactly). A bucket divides them by their sum over
   * its members with a return.
   */
  cap: Float64Array;
  sqrt: Float64Array;
  /**
   * previous[k] = rank position in the window before of the member at k when it was alive there (so it
   * may be an old holding), else the arrays' last slot, past every rank range and holding 0s. A step
   * reads the old weight at previous[k] for every member and keeps it only when it is in the range held,
   * so its loop has no branch that the first window (nothing held) never takes and V8 does not throw
   * away the code it compiled for it on the second.
   */
  previous: Int32Array;
};

export function newBucketState(): Float64Array {
  return new Float64Array(STATE_LENGTH);
}

/**
 * Advances the three series of a bucket by one window, for the members at rank positions [lo, hi) of
 * `now`, given the window before (`before`, whatever it holds when nothing is held), and writes the
 * step's figures into `out` (see {@link STEP_LENGTH}). The rules are those of `stepSeries`, per
 * weighting: weights renormalised over members with a return, turnover against drifted old weights,
 * exits and stopped holdings as cash, net = (1 − turnover × cost)(1 + R) − 1, an empty bucket in cash.
 */
export function stepBucket(
  state: Float64Array,
  now: RankedArrays,
  before: RankedArrays,
  lo: number,
  hi: number,
  costRate: number,
  out: Float64Array,
): void {
  const returns = now.returns;
  const cap = now.cap;
  const sqrt = now.sqrt;
  // out[0] and out[2] = Σ raw over the members with a return (cap, sqrt); the equal sum is their count.
  const count = rawSums(cap, sqrt, returns, lo, hi, out);
  const normCap = out[0]! > 0 ? 1 / out[0]! : 0;
  const normEqual = count > 0 ? 1 / count : 0;
  const normSqrt = out[2]! > 0 ? 1 / out[2]! : 0;
  const previous = now.previous;
  const oldCap = before.cap;
  const oldSqrt = before.sqrt;
  trade(state, cap, sqrt, returns, previous, oldCap, oldSqrt, before.returns, lo, hi, normCap, normEqual, normSqrt, out);
  state[2] = normCap;
  state[7] = normEqual;
  state[12] = normSqrt;
  for (let w = 0; w < 3; w++) state[5 * w + 3] = 1 / (1 + out[w]!);
  driftSums(state, cap, sqrt, returns, now.alive, lo, hi);
  for (let w = 0; w < 3; w++) {
    const gross = out[w]!;
    const at = 5 * w;
    // 1 + R <= 0: all was lost, nothing is held into the next window (its drift sum was computed in
    // vain, with a meaningless scale).
    const holds = 1 + gross > 0;
    state[at] = holds ? lo : 0;
    state[at + 1] = holds ? hi : 0;
    if (!holds) state[at + 4] = 0;
    out[w] = (1 - out[3 + w]! * costRate) * (1 + gross) - 1;
  }
  out[6] = count;
}

// Each loop is a function of its own that takes typed arrays and numbers: V8 compiles a hot loop while
// it runs (on-stack replacement), and arrays read from objects would tie the compiled loop to those
// objects' shapes. Every index is in range by construction, so `!` instead of `?? 0`.
//
// The first window runs these loops in V8's interpreter, before their compiled code is ready, where
// `x !== x` costs less than a call to Number.isNaN(x). Math.abs stays a call: compiled, it takes no
// branch, where `d < 0 ? −d : d` took one that went the wrong way for every other member.

/**
 * Σ raw over the members in [lo, hi) that have a return, into out[0] (cap) and out[2] (sqrt); returns how
 * many have one (Σ of the equal weights, exact).
 */
function rawSums(
  cap: Float64Array,
  sqrt: Float64Array,
  returns: Float64Array,
  lo: number,
  hi: number,
  out: Float64Array,
): number {
  let sumCap = 0;
  let sumSqrt = 0;
  let count = 0;
  for (let k = lo; k < hi; k++) {
    const r = returns[k]!;
    if (r !== r) continue;
    sumCap += cap[k]!;
    sumSqrt += sqrt[k]!;
    count++;
  }
  out[0] = sumCap;
  out[2] = sumSqrt;
  return count;
}

/**
 * The rebalance of each weighting: gross return into out[w], turnover into out[3 + w]. A member's old
 * weight is its drifted weight in the window before when it was an alive member of the range held
 * there, else 0; an equal weight is 1 × norm = norm exactly, so it is written as norm.
 */
function trade(
  state: Float64Array,
  cap: Float64Array,
  sqrt: Float64Array,
  returns: Float64Array,
  previous: Int32Array,
  beforeCap: Float64Array,
  beforeSqrt: Float64Array,
  beforeReturns: Float64Array,
  lo: number,
  hi: number,
  normCap: number,
  normEqual: number,
  normSqrt: number,
  out: Float64Array,
): void {
  const loC = state[0]!;
  const hiC = state[1]!;
  const oldNormC = state[2]!;
  const oldScaleC = state[3]!;
  const loE = state[5]!;
  const hiE = state[6]!;
  const oldNormE = state[7]!;
  const oldScaleE = state[8]!;
  const loS = state[10]!;
  const hiS = state[11]!;
  const oldNormS = state[12]!;
  const oldScaleS = state[13]!;
  // Σ|w − d| over the union of old and new holdings = Σ_old d + Σ_new (|w − d| − d).
  let turnoverC = state[4]!;
  let turnoverE = state[9]!;
  let turnoverS = state[14]!;
  let grossC = 0;
  let grossE = 0;
  let grossS = 0;
  for (let k = lo; k < hi; k++) {
    const r = returns[k]!;
    if (r !== r) continue;
    const p = previous[k]!;
    const growth = 1 + beforeReturns[p]!;
    const heldC = beforeCap[p]! * oldNormC * growth * oldScaleC;
    const heldE = oldNormE * growth * oldScaleE;
    const heldS = beforeSqrt[p]! * oldNormS * growth * oldScaleS;
    const oldC = p >= loC && p < hiC ? heldC : 0;
    const oldE = p >= loE && p < hiE ? heldE : 0;
    const oldS = p >= loS && p < hiS ? heldS : 0;
    const wC = cap[k]! * normCap;
    const wS = sqrt[k]! * normSqrt;
    turnoverC += Math.abs(wC - oldC) - oldC;
    turnoverE += Math.abs(normEqual - oldE) - oldE;
    turnoverS += Math.abs(wS - oldS) - oldS;
    grossC += wC * r;
    grossE += normEqual * r;
    grossS += wS * r;
  }
  out[0] = grossC;
  out[1] = grossE;
  out[2] = grossS;
  out[3] = turnoverC;
  out[4] = turnoverE;
  out[5] = turnoverS;
}

/** Σ over the alive members of [lo, hi) of their drifted weight raw × norm × (1 + r) × scale, per weighting. */
function driftSums(
  state: Float64Array,
  cap: Float64Array,
  sqrt: Float64Array,
  returns: Float64Array,
  alive: Uint8Array,
  lo: number,
  hi: number,
): void {
  const normC = state[2]!;
  const scaleC = state[3]!;
  const normE = state[7]!;
  const scaleE = state[8]!;
  const normS = state[12]!;
  const scaleS = state[13]!;
  let sumC = 0;
  let sumE = 0;
  let sumS = 0;
  for (let k = lo; k < hi; k++) {
    if (alive[k] !== 1) continue;
    const growth = 1 + returns[k]!;
    sumC += cap[k]! * normC * growth * scaleC;
    sumE += normE * growth * scaleE;
    sumS += sqrt[k]! * normS * growth * scaleS;
  }
  state[4] = sumC;
  state[9] = sumE;
  state[14] = sumS;
}
