/**
 * `Content-Disposition: attachment` with the file name twice (RFC 6266 §4.3): `filename` in plain ASCII for
 * clients that know nothing else, and `filename*` in UTF-8 (RFC 8187), which browsers prefer, so a Korean
 * scenario name arrives as typed.
 *
 * @example attachmentDisposition("은퇴 계획 v2-report.pdf", "scenario-v2-report.pdf")
 *   → `attachment; filename="scenario-v2-report.pdf"; filename*=UTF-8''%EC%9D%80%ED%87%B4%20…-report.pdf`
 */
export function attachmentDisposition(fileName: string, asciiFallback: string): string {
  return `attachment; filename="${asciiFileName(asciiFallback)}"; filename*=UTF-8''${encodeRfc8187(safeFileName(fileName))}`;
}

/** Characters no file system or shell should get from us: controls, path separators, quotes, wildcards. */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f/\\:*?"<>|]+/g;
/** Bidi controls would let a name display as something else ("…fdp.exe" shown as "…exe.pdf"). */
const BIDI = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const MAX_LENGTH = 120;

/**
 * A file name safe to offer for saving: unsafe characters become "_", spaces are collapsed, and leading or
 * trailing dots and spaces go (a name may not start hidden or end in a dot on Windows); at most 120 characters.
 * @example safeFileName('a/b:"c"  .pdf') → "a_b__c_ .pdf"
 */
export function safeFileName(name: string): string {
  const cleaned = name.normalize("NFC").replace(BIDI, "").replace(UNSAFE, "_").replace(/\s+/g, " ").replace(/^[\s.]+|[\s.]+$/g, "");
  return Array.from(cleaned).slice(-MAX_LENGTH).join("") || "download";
}

/**
 * The ASCII form: accents dropped ("é" → "e"), every other non-ASCII run, "%" and ";" → "_" (some clients
 * percent-decode `filename`), runs of "_" and spaces between them → one "_".
 * @example asciiFileName("Café 은퇴 계획.pdf") → "Cafe _.pdf"
 */
export function asciiFileName(name: string): string {
  return safeFileName(name.normalize("NFKD").replace(/\p{M}/gu, "").replace(/[^\x20-\x7e]+/g, "_").replace(/[%;]/g, "_").replace(/_[\s_]*_/g, "_"));
}

/** RFC 8187 value characters: letters, digits and !#$&+-.^_`|~; everything else percent-encoded from UTF-8. */
function encodeRfc8187(value: string): string {
  return encodeURIComponent(value).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
