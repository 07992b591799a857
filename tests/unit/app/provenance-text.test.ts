import { describe, expect, test } from "vitest";
import { datasetLine, exampleCountry, segmentName, sleeveSourceText, slotLabel } from "@/components/proposal/provenance-text";
import { createTranslate, messagesFor } from "@/lib/i18n/translate";
import { computeInformationGap } from "@/lib/metrics/information-gap";
import type { SnapshotSegment } from "@/lib/market/slots";
import type { ConstituentSnapshot } from "@/lib/market/types";

const en = createTranslate(messagesFor("en"));
const ko = createTranslate(messagesFor("ko"));

/** Two constituents in Germany and one elsewhere, weights as given. */
function snapshot(segment: SnapshotSegment, germanWeight: number, synthetic = false): ConstituentSnapshot {
  const other = 1 - germanWeight;
  return {
    id: "s", label: "iShares MSCI Germany Small-Cap ETF (EWGS)", source: "iShares", asOf: null, region: "EUROPE", size: "small", synthetic,
    hasAnalysts: false, hasProfitable: false, segment,
    constituents: [
      { ticker: "A", name: "A", sector: null, country: "Deutschland", weight: germanWeight / 2, marketValue: null },
      { ticker: "B", name: "B", sector: null, country: "Deutschland", weight: germanWeight / 2, marketValue: null },
      { ticker: "C", name: "C", sector: null, country: "Österreich", weight: other, marketValue: null },
    ],
  };
}

describe("source wording", () => {
  test("a line's source cell", () => {
    const real = { kind: "real", datasetId: "d", datasetName: "Europe 3 Factors 202510", source: "Kenneth R. French Data Library", vintage: "202510 Bloomberg", currency: "USD", method: "factor_decomposition" } as const;
    expect(sleeveSourceText(real, en)).toBe("Kenneth R. French Data Library, Europe 3 Factors 202510, vintage 202510 Bloomberg");
    expect(sleeveSourceText({ kind: "illustrative" }, en)).toBe("illustrative");
    expect(sleeveSourceText({ kind: "synthetic" }, ko)).toBe("합성 데모");
    expect(sleeveSourceText(undefined, en)).toBe("—");
  });

  test("segments and slots are named from the catalogs", () => {
    expect(segmentName({ area: "KOREA", tier: "small", market: "KOSDAQ" }, en)).toBe("Korea KOSDAQ small caps");
    expect(segmentName({ area: "DEVELOPED", tier: "large", market: null }, ko)).toBe("선진국 대형주");
    expect(slotLabel("returns:EUROPE_SMALL", en)).toBe("Europe small caps");
    expect(slotLabel("snapshot:US:micro", en)).toBe("US micro caps");
    expect(slotLabel("estimates:US", en)).toBe("estimate proxies for US");
    expect(slotLabel("not-a-slot", en)).toBe("not-a-slot");
  });

  test("a dataset line names kind, source, vintage, date and the slots it filled", () => {
    const line = datasetLine({ id: "d", name: "IWM", vintage: "2026-05-05", synthetic: false, kind: "snapshots", source: "iShares", asOf: "2026-05-05", slots: ["snapshot:US:small"] }, en, "en");
    expect(line).toBe("IWM: constituent snapshot; iShares; vintage 2026-05-05; as of May 5, 2026; used for US small caps");
  });
});

describe("a one-country fund standing for a region", () => {
  const europeSmall: SnapshotSegment = { area: "EUROPE", tier: "small", market: null };

  test("named when one country holds 95% of the weight or more", () => {
    expect(exampleCountry(europeSmall, computeInformationGap(snapshot(europeSmall, 0.96)))).toBe("Deutschland");
    expect(exampleCountry(europeSmall, computeInformationGap(snapshot(europeSmall, 0.9)))).toBeNull();
  });

  test("not for a one-country area or a synthetic snapshot", () => {
    const japan: SnapshotSegment = { area: "JAPAN", tier: "small", market: null };
    expect(exampleCountry(japan, computeInformationGap(snapshot(japan, 1)))).toBeNull();
    expect(exampleCountry(europeSmall, computeInformationGap(snapshot(europeSmall, 1, true)))).toBeNull();
  });
});
