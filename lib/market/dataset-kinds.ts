/**
 * What a Dataset row holds. One list, so the importers, the admin page, the loader and the CLI agree.
 * - sleeve_history: monthly returns per sleeve (the demo market's synthetic history)
 * - snapshots: constituent snapshots (an iShares holdings file, a KRX constituent list, the demo segments)
 * - panel: a security × period panel for size-bucket back-tests (columns in Dataset.blob)
 * - french_factors: a Kenneth French factor file (Mkt-RF, SMB, HML [, RMW, CMA], RF) for one region
 * - french_size: Kenneth French's US portfolios formed on size (Portfolios_Formed_on_ME)
 * - french_size_bm: French's size × book-to-market portfolios (Developed 6 or 25)
 * - estimates: consensus EPS estimates per ticker (proxies for unprofitable share and analyst coverage)
 */
export const DATASET_KINDS = ["sleeve_history", "snapshots", "panel", "french_factors", "french_size", "french_size_bm", "estimates"] as const;
export type DatasetKind = (typeof DATASET_KINDS)[number];

export function isDatasetKind(value: string): value is DatasetKind {
  return (DATASET_KINDS as readonly string[]).includes(value);
}
