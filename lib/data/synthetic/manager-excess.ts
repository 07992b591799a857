import type { SleeveId } from "../../market/regions";

/**
 * Median active-manager excess return over the benchmark (5-year rolling average, annual, decimal) for
 * each region's small-cap sleeve, as the portfolio model's `managerExcess` input.
 * - EUROPE_SMALL 0.67% and JAPAN_SMALL 3.10%: the article's range ends (Russell Investments, via the
 *   asset manager's article; domain.md §1).
 * - US, APAC ex Japan, EM and Korea small caps: ASSUMPTIONS chosen inside that range for the demo, with
 *   the less-covered markets (EM, Korea, APAC) placed higher, as the information-gap argument suggests.
 * Large-cap sleeves are absent on purpose: the article gives no figure, and the model treats a missing
 * figure as "no manager data".
 */
export const SYNTHETIC_MANAGER_EXCESS: Readonly<Partial<Record<SleeveId, number>>> = {
  EUROPE_SMALL: 0.0067,
  JAPAN_SMALL: 0.031,
  US_SMALL: 0.012,
  APAC_EX_JAPAN_SMALL: 0.018,
  EM_SMALL: 0.022,
  KOREA_SMALL: 0.02,
};
