"""
Independent pandas/numpy reference for `npm run backtest -- --panel FILE --buckets sweep --weighting all`
(survivorship total_loss, rebalance at the last panel date in May, no costs, risk-free 0), written from
domain.md section 3, not from the TypeScript engine. `npm run bench` runs it beside the CLI on the same file,
times both as whole processes and compares the numbers.

Usage: python3 bench/size_sweep.py PANEL.csv > result.json   (needs pandas and numpy)
Prints the same JSON shape as the CLI (rebalanceDates, results, market), without timings.
"""
import json
import sys

import numpy as np
import pandas as pd

TOLERANCE = 1e-12  # a percentile within this of a bucket edge counts as on it (domain.md section 3 "Ranks")


def load(path):
    frame = pd.read_csv(
        path,
        dtype={"id": str, "date": str, "market_cap": "float64", "return": "float64"},
        keep_default_na=False,
        na_values={"return": [""], "market_cap": [""]},
    )
    ids = np.sort(frame["id"].unique())
    dates = np.sort(frame["date"].unique())
    row = np.searchsorted(dates, frame["date"].to_numpy())
    col = np.searchsorted(ids, frame["id"].to_numpy())
    shape = (len(dates), len(ids))
    cap = np.full(shape, np.nan)
    ret = np.full(shape, np.nan)
    cap[row, col] = frame["market_cap"].to_numpy()
    ret[row, col] = frame["return"].to_numpy()
    excluded = np.zeros(shape, dtype=bool)  # delisted or preferred: not bought at a rebalance
    delisted = np.zeros(shape, dtype=bool)
    if "status" in frame:
        delisted[row, col] = (frame["status"] == "delisted").to_numpy()
    excluded |= delisted
    if "is_preferred" in frame:
        excluded[row, col] |= (frame["is_preferred"].astype(str) == "1").to_numpy()
    return dates, cap, ret, delisted, excluded


def rebalance_indices(dates):
    chosen = {}
    for k, d in enumerate(dates):
        if d[5:7] == "05":
            chosen[d[:4]] = k  # dates ascend: the last May date of the year wins
    return sorted(chosen.values())


def holding_returns(ret, delisted, t0, t1, members):
    """Compounded return over (t0, t1] per member; exit at a delisted row; data stopped -> -1 (total loss)."""
    r = ret[t0 + 1 : t1 + 1, members]
    valid = ~np.isnan(r)
    growth = np.cumprod(np.where(valid, 1.0 + np.nan_to_num(r), 1.0), axis=0)
    exits = delisted[t0 + 1 : t1 + 1, members] & valid
    exited = exits.any(axis=0)
    at = np.where(exited, exits.argmax(axis=0), r.shape[0] - 1)
    compounded = growth[at, np.arange(len(members))] - 1.0
    alive = valid[-1]
    return np.where(exited | alive, compounded, -1.0)


def stats(returns):
    r = np.asarray(returns)
    n = len(r)
    wealth = np.cumprod(np.concatenate([[1.0], 1.0 + r]))
    cagr = -1.0 if wealth[-1] <= 0 else wealth[-1] ** (1.0 / n) - 1.0
    vol = 0.0 if r.min() == r.max() else float(np.std(r, ddof=1))
    mean = float(np.mean(r))
    downside = np.sqrt(np.sum(np.minimum(0.0, r) ** 2) / n)
    peak = np.maximum.accumulate(wealth)
    return {
        "cagr": cagr,
        "volatility": vol,
        "sharpe": None if vol == 0 else mean / vol,
        "sortino": None if downside == 0 else mean / downside,
        "returnRisk": None if vol == 0 else cagr / vol,
        "maxDrawdown": float(np.min(np.where(peak > 0, wealth / peak - 1.0, 0.0))),
        "best": float(r.max()),
        "worst": float(r.min()),
        "periods": n,
        "periodsPerYear": 1,
    }


def main(path):
    dates, cap, ret, delisted, excluded = load(path)
    rebalance = rebalance_indices(dates)
    buckets = [(i / 20, (i + 2) / 20) for i in range(19)]
    weightings = ["cap", "equal", "sqrt"]
    series = {(b, w): [] for b in buckets + [(0.0, 1.0)] for w in weightings}
    for t0, t1 in zip(rebalance[:-1], rebalance[1:]):
        c = cap[t0]
        eligible = np.flatnonzero((c > 0) & ~excluded[t0])
        order = eligible[np.argsort(-c[eligible], kind="stable")]  # cap descending, ties by id (ids sorted)
        n = len(order)
        p = (np.arange(1, n + 1) - 0.5) / n
        r = holding_returns(ret, delisted, t0, t1, order)
        raw = {"cap": c[order], "equal": np.ones(n), "sqrt": np.sqrt(c[order])}
        for lo, hi in buckets + [(0.0, 1.0)]:
            inside = (p >= lo - TOLERANCE) & (p < hi - TOLERANCE)
            for w in weightings:
                weights = raw[w][inside] / raw[w][inside].sum()
                gross = float(np.dot(weights, r[inside]))
                series[((lo, hi), w)].append((1.0 + gross) - 1.0)
    result = {
        "rebalanceDates": [str(dates[k]) for k in rebalance],
        "results": [
            {"bucket": {"from": lo, "to": hi}, "weighting": w, "returns": series[((lo, hi), w)], "stats": stats(series[((lo, hi), w)])}
            for lo, hi in buckets
            for w in weightings
        ],
        "market": [{"weighting": w, "returns": series[((0.0, 1.0), w)], "stats": stats(series[((0.0, 1.0), w)])} for w in weightings],
    }
    json.dump(result, sys.stdout)


if __name__ == "__main__":
    main(sys.argv[1])
