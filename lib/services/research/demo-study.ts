import { generateDemoPanel } from "../../data/synthetic";
import { sizeStudy, type SizeStudyView } from "./size-study";

// The demo panel is deterministic (fixed seed), so its study is computed once per server process.
let cached: SizeStudyView | null = null;

export function demoSizeStudy(): SizeStudyView {
  cached ??= sizeStudy(generateDemoPanel());
  return cached;
}
