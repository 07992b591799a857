import type { BucketSpec } from "@/lib/backtest/types";
import type { Translate } from "@/lib/i18n/translate";

/** Percent with up to two decimals and no float noise (0.15 → "15"). */
const pct = (fraction: number) => String(Math.round(fraction * 10000) / 100);

/** A bucket's name on the page: "5–15%" (0% = the largest), "Ranks 1–100", "Ranks 301+"; null is the whole market. */
export function bucketText(t: Translate, bucket: BucketSpec | null): string {
  if (bucket === null) return t("researchSize.market");
  if (bucket.kind === "percentile") return t("researchSize.bucket.percentile", { from: pct(bucket.from), to: pct(bucket.to) });
  return bucket.toRank === null
    ? t("researchSize.bucket.rankOpen", { from: bucket.fromRank })
    : t("researchSize.bucket.rank", { from: bucket.fromRank, to: bucket.toRank });
}
