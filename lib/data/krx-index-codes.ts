/**
 * What a KRX constituent list's file name can tell: the Korea Exchange index it lists (market and size tier)
 * and, in the CLI's --dir mode, a date. The lists themselves print neither.
 */
export const KRX_MARKETS = ["KOSPI", "KOSDAQ"] as const;
export type KrxMarket = (typeof KRX_MARKETS)[number];

/** "all" is a whole-market list (KOSPI, KOSDAQ); the others are KRX's size indices. */
export const KRX_TIERS = ["large", "mid", "small", "all"] as const;
export type KrxTier = (typeof KRX_TIERS)[number];
export type KrxSizeClass = Exclude<KrxTier, "all">;

/** KRX index codes as the data portal names its downloads (코스피_대형주_KGZ01P.csv, 코스닥_QGG01P.csv …). */
export const KRX_INDEX_CODES = {
  KGG01P: { market: "KOSPI", tier: "all" },
  KGZ01P: { market: "KOSPI", tier: "large" },
  KGZ02P: { market: "KOSPI", tier: "mid" },
  KGZ03P: { market: "KOSPI", tier: "small" },
  QGG01P: { market: "KOSDAQ", tier: "all" },
  QGZ01P: { market: "KOSDAQ", tier: "large" },
  QGZ02P: { market: "KOSDAQ", tier: "mid" },
  QGZ03P: { market: "KOSDAQ", tier: "small" },
} as const satisfies Record<string, { market: KrxMarket; tier: KrxTier }>;
export type KrxIndexCode = keyof typeof KRX_INDEX_CODES;

/**
 * The last rank of the large and mid tiers, by listed market cap. KRX's rules differ by market: KOSPI
 * large = 1–100, mid = 101–300; KOSDAQ large = 1–100, mid = 101–400 (the rest is small). The files agree:
 * KOSDAQ's mid index QGZ02P has 297 members, not ~200. Ranked by cap within the whole-market lists of
 * 2026-02, these bounds put 781 of 831 KOSPI and 1,556 of 1,730 KOSDAQ tier members in their own tier
 * (a 300 bound would give KOSDAQ 1,519): the indices are reviewed twice a year, so caps have moved since.
 */
export const KRX_TIER_BOUNDS: Record<KrxMarket, { largeEnd: number; midEnd: number }> = {
  KOSPI: { largeEnd: 100, midEnd: 300 },
  KOSDAQ: { largeEnd: 100, midEnd: 400 },
};

/** @example sizeClassOfRank("KOSDAQ", 350) → "mid"; sizeClassOfRank("KOSPI", 350) → "small" */
export function sizeClassOfRank(market: KrxMarket, rank: number): KrxSizeClass {
  const { largeEnd, midEnd } = KRX_TIER_BOUNDS[market];
  return rank <= largeEnd ? "large" : rank <= midEnd ? "mid" : "small";
}

/** The last path segment, upper-cased: the index code and date are read from the name, not the folder. */
const baseName = (fileName: string) => (fileName.split(/[\\/]/).pop() ?? "").toUpperCase();

/**
 * The KRX index code in a file name, delimited by anything but a letter or digit.
 * @example indexCodeInName("코스닥_소형주_QGZ03P.csv") → "QGZ03P"; indexCodeInName("list.csv") → null
 */
export function indexCodeInName(fileName: string): KrxIndexCode | null {
  const match = /(?:^|[^A-Z0-9])(KGG01P|KGZ0[123]P|QGG01P|QGZ0[123]P)(?=[^A-Z0-9]|$)/.exec(baseName(fileName));
  return (match?.[1] as KrxIndexCode | undefined) ?? null;
}

/**
 * The first calendar date written YYYY-MM-DD or YYYYMMDD in a file name (not inside a longer number),
 * 1900–2099; null when there is none.
 * @example dateInName("KRX_KOSPI_KGG01P_constituents_commit-2026-02-13.csv") → "2026-02-13"
 */
export function dateInName(fileName: string): string | null {
  const pattern = /(?<!\d)((?:19|20)\d\d)(-?)(\d\d)\2(\d\d)(?!\d)/g;
  for (const m of baseName(fileName).matchAll(pattern)) {
    const date = `${m[1]}-${m[3]}-${m[4]}`;
    if (isCalendarDate(date)) return date;
  }
  return null;
}

/** YYYY-MM-DD naming a day that exists (2026-02-30 does not). */
export function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(value);
}
