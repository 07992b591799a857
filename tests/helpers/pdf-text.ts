import { inflateSync } from "node:zlib";

/**
 * Reads back what a PDF written by pdfkit says, without a PDF library: its objects (dictionaries and inflated
 * streams), its pages in order, its fonts, and each page's text decoded through the fonts' ToUnicode maps.
 * Enough for the PDFs this app writes (one content stream per page, Type0 fonts with Identity-H encoding,
 * text shown with TJ arrays of 4-digit glyph codes); not a general PDF reader.
 */

type PdfObject = { dict: string; stream: Buffer | null };

export function pdfObjects(bytes: Uint8Array): Map<number, PdfObject> {
  const buffer = Buffer.from(bytes);
  const text = buffer.toString("latin1");
  const objects = new Map<number, PdfObject>();
  const header = /(\d+) 0 obj\n/g;
  let match: RegExpExecArray | null;
  while ((match = header.exec(text))) {
    const start = header.lastIndex;
    const streamAt = text.indexOf("\nstream\n", start);
    const endAt = text.indexOf("\nendobj", start);
    if (streamAt !== -1 && streamAt < endAt) {
      const dict = text.slice(start, streamAt);
      const length = Number(/\/Length (\d+)/.exec(dict)?.[1]);
      const raw = buffer.subarray(streamAt + 8, streamAt + 8 + length);
      objects.set(Number(match[1]), { dict, stream: dict.includes("/FlateDecode") ? inflateSync(raw) : raw });
      header.lastIndex = text.indexOf("\nendobj", streamAt + 8 + length);
    } else {
      objects.set(Number(match[1]), { dict: text.slice(start, endAt), stream: null });
      header.lastIndex = endAt;
    }
  }
  return objects;
}

const ref = (dict: string, key: string) => Number(new RegExp(`/${key} (\\d+) 0 R`).exec(dict)?.[1]);

/** The page objects in reading order (the /Kids of the page tree's root). */
export function pageIds(objects: Map<number, PdfObject>): number[] {
  const root = [...objects.values()].find((o) => /\/Type \/Pages\b/.test(o.dict));
  return [...(/\/Kids \[([^\]]*)\]/.exec(root?.dict ?? "")?.[1] ?? "").matchAll(/(\d+) 0 R/g)].map((m) => Number(m[1]));
}

/** The base names of the embedded fonts, e.g. "BZZZZZ+NotoSansKR-Regular". */
export function fontNames(objects: Map<number, PdfObject>): string[] {
  return [...objects.values()].flatMap((o) => (/\/Subtype \/Type0\b/.test(o.dict) ? [/\/BaseFont \/(\S+)/.exec(o.dict)![1]!] : []));
}

/** Glyph code → text, from a ToUnicode CMap written as bfrange arrays (pdfkit's form). */
function toUnicode(cmap: string): Map<number, string> {
  const map = new Map<number, string>();
  for (const [, start, list] of cmap.matchAll(/<([0-9a-f]+)> <[0-9a-f]+> \[([^\]]*)\]/gi)) {
    [...list!.matchAll(/<([0-9a-f ]+)>/gi)].forEach((entry, i) => {
      map.set(parseInt(start!, 16) + i, String.fromCharCode(...entry[1]!.split(" ").map((h) => parseInt(h, 16))));
    });
  }
  return map;
}

export type PageText = { text: string; missingGlyphs: number };

/**
 * Each page's text: one line per text object (BT … ET), glyph codes mapped to Unicode through the font in
 * effect (Tf); `missingGlyphs` counts code 0, the font's .notdef box, which is what a character the font has
 * no glyph for is drawn with.
 */
export function pageTexts(bytes: Uint8Array): PageText[] {
  const objects = pdfObjects(bytes);
  const fonts = new Map<string, Map<number, string>>();
  for (const o of objects.values()) {
    for (const [, name, id] of o.dict.matchAll(/\/(F\d+) (\d+) 0 R/g)) {
      const font = objects.get(Number(id));
      const cmap = font && objects.get(ref(font.dict, "ToUnicode"))?.stream;
      if (cmap && !fonts.has(name!)) fonts.set(name!, toUnicode(cmap.toString("latin1")));
    }
  }
  return pageIds(objects).map((id) => {
    const content = objects.get(ref(objects.get(id)!.dict, "Contents"))?.stream?.toString("latin1") ?? "";
    let font = new Map<number, string>();
    let missingGlyphs = 0;
    const lines: string[] = [];
    let line = "";
    for (const [, tf, tj, op] of content.matchAll(/\/(F\d+) [\d.]+ Tf|\[([^\]]*)\] TJ|\b(ET)\b/g)) {
      if (tf) font = fonts.get(tf) ?? new Map();
      else if (op) {
        lines.push(line);
        line = "";
      } else {
        for (const [, hex] of tj!.matchAll(/<([0-9a-f]*)>/gi)) {
          for (const code of hex!.match(/.{4}/g) ?? []) {
            const gid = parseInt(code, 16);
            if (gid === 0) missingGlyphs++;
            line += font.get(gid) ?? "\ufffd";
          }
        }
      }
    }
    return { text: lines.join("\n"), missingGlyphs };
  });
}
