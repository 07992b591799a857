import { assemblePanel } from "./panel-assemble";
import { PANEL_FLAG, type Panel } from "./panel-type";
import { PanelRowSink, StringCodes } from "./panel-row-sink";
import type { PanelRow } from "./types";

export { PANEL_FLAG, type Panel } from "./panel-type";

const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/**
 * Builds the columnar panel from long-format rows (objects: the synthetic markets and tests; files go
 * through the importers, which fill the same columns without an object per row). The input order does not
 * matter: ids, dates and categorical labels are sorted when the panel is assembled (panel-assemble.ts).
 *
 * @throws if a date is not YYYY-MM-DD, a market cap is not a finite number >= 0, a return is neither
 *   null nor a finite number >= −1 (a total return cannot lose more than everything), or an (id, date)
 *   pair appears twice.
 * @example buildPanel([{ id: "B", date: "2020-05-29", marketCap: 5, return: 0.1 },
 *                      { id: "A", date: "2020-05-29", marketCap: 9, return: null }])
 *   → ids ["A", "B"], dates ["2020-05-29"], marketCap [9, 5], returns [NaN, 0.1]
 */
export function buildPanel(rows: readonly PanelRow[]): Panel {
  const all = { profitable: true, analysts: true, tradingValue: true, sector: true, country: true };
  const sink = new PanelRowSink(rows.length, all);
  const [ids, dates, sectors, countries] = [new StringCodes(), new StringCodes(), new StringCodes(), new StringCodes()];
  for (const row of rows) {
    if (!Number.isFinite(row.marketCap) || row.marketCap < 0) {
      throw new Error(`buildPanel: market cap of "${row.id}" on ${row.date} must be a finite number >= 0`);
    }
    const r = row.return;
    if (r !== null && (!Number.isFinite(r) || r < -1)) {
      throw new Error(`buildPanel: return of "${row.id}" on ${row.date} must be null or a finite number >= -1`);
    }
    const i = sink.push();
    sink.idKey[i] = ids.code(row.id);
    sink.dateKey[i] = dates.code(row.date);
    sink.marketCap[i] = row.marketCap;
    sink.returns[i] = r ?? NaN;
    sink.flags[i] = (row.isPreferred ? PANEL_FLAG.PREFERRED : 0) | (row.status === "delisted" ? PANEL_FLAG.DELISTED : 0);
    if (row.profitable != null) sink.profitable![i] = row.profitable ? 1 : 0;
    if (row.analysts != null) sink.analysts![i] = row.analysts;
    if (row.tradingValue != null) sink.tradingValue![i] = row.tradingValue;
    if (row.sector != null) sink.sectorKey![i] = sectors.code(row.sector);
    if (row.country != null) sink.countryKey![i] = countries.code(row.country);
  }
  for (const date of dates.labels) {
    if (!ISO_DATE.test(date)) throw new Error(`buildPanel: date "${date}" is not YYYY-MM-DD`);
  }
  const columns = sink.columns({ ids: ids.labels, dates: dates.labels, sectors: sectors.labels, countries: countries.labels });
  return assemblePanel(columns, (i) => {
    const row = rows[i];
    throw new Error(`buildPanel: duplicate row for id "${row?.id}" on ${row?.date}`);
  });
}
