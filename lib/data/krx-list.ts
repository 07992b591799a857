import type { SnapshotSegment } from "../market/slots";
import type { KrxIndexCode, KrxMarket, KrxSizeClass, KrxTier } from "./krx-index-codes";

/** A KRX constituent list as parsed by krx-constituents.ts (kept apart so krx-snapshot.ts needs no import of the parser). */
export type KrxConstituent = {
  /** Six characters, kept as text: "005930" keeps its zeros, new listings have letters ("0126Z0"). */
  code: string;
  name: string;
  /** Listed market capitalisation (상장시가총액), KRW. */
  marketCap: number;
  /** Traded value of the day (거래대금), KRW; null when printed "-". */
  tradedValue: number | null;
  /** marketCap ÷ the list's total. */
  weight: number;
  /** 1 = the largest cap in the file; equal caps are ranked by code so the order never depends on the file's. */
  rank: number;
  /** The tier of the index listed, or for a whole-market list the tier its rank falls in (krx-index-codes.ts). */
  sizeClass: KrxSizeClass;
};

export type KrxConstituentList = {
  indexCode: KrxIndexCode | null;
  market: KrxMarket;
  tier: KrxTier;
  /** ISO date, or null: the file prints none and none was given (shown as unknown). */
  asOf: string | null;
  /** Where the list stands in the evidence; null for a whole-market list (split it with splitKrxTiers). */
  segment: SnapshotSegment | null;
  totalMarketCap: number;
  /** In rank order. */
  constituents: readonly KrxConstituent[];
};
