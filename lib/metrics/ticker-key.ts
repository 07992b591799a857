/**
 * The key two sources' tickers are joined on: upper case with every character but a letter or digit removed.
 * Share classes are written differently by each source: iShares prints "BRKB", Alpha Vantage's calendar
 * "BRK-B", exchanges "BRK.B" or "BRK/B"; all become "BRKB". Dropping the separator cannot join two
 * different listings in practice, since US tickers are unique without it (BRK.A and BRKA would be the same
 * company). A ticker with no letter or digit ("-", iShares' mark for an unlisted line) has no key.
 * @example tickerKey("brk.b") → "BRKB"; tickerKey("-") → null
 */
export function tickerKey(ticker: string): string | null {
  const key = ticker.toUpperCase().replace(/[^A-Z0-9]/g, "");
  return key === "" ? null : key;
}
