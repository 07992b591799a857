import { createRequire } from "node:module";
import path from "node:path";

/**
 * The report's typeface: Noto Sans KR (SIL Open Font License 1.1), shipped as TTF files by the npm package
 * @expo-google-fonts/noto-sans-kr. One family covers Hangul, Latin and the symbols the catalogs use
 * (− × √ ₩ €), so English and Korean reports look alike; the PDF embeds only the glyphs a report uses.
 * It is read from node_modules, never from the system, so every server renders the same document.
 */
const FONT_PACKAGE = "@expo-google-fonts/noto-sans-kr";
const FILES = { regular: "400Regular/NotoSansKR_400Regular.ttf", bold: "700Bold/NotoSansKR_700Bold.ttf" } as const;

export type FontWeight = keyof typeof FILES;

/**
 * The font files of the two weights the report uses. The package is resolved from the app's root at run
 * time rather than from this file: a bundler rewrites a `require.resolve` it can see into a module id, and
 * the app always runs from its root (`next start`, the tests, the scripts).
 *
 * @throws Error naming the package when it is not installed.
 */
export function reportFontFiles(): Record<FontWeight, string> {
  const dir = packageDir(process.cwd());
  return { regular: path.join(dir, FILES.regular), bold: path.join(dir, FILES.bold) };
}

function packageDir(root: string): string {
  try {
    return path.dirname(createRequire(path.join(root, "package.json")).resolve(`${FONT_PACKAGE}/package.json`));
  } catch (error) {
    throw new Error(`reportFontFiles: the font package ${FONT_PACKAGE} is not installed under ${root} (run npm install)`, { cause: error });
  }
}
