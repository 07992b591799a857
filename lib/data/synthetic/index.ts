/**
 * The synthetic demo data, all labelled SYNTHETIC_LABEL / `synthetic: true`:
 * - generateDemoPanel: the Korean-like per-security panel for the size back-test (annual, May ends 2000–2024);
 * - generateSleeveHistory: monthly returns of every sleeve, 2000-01 … 2024-12;
 * - generateDemoSnapshots: large- and small-cap index constituents per region;
 * - SYNTHETIC_MANAGER_EXCESS: median manager excess return per small-cap sleeve (partly assumptions);
 * - generateBenchPanel: a 1.8M-row monthly panel for the benchmark.
 * Every generator is deterministic: the same seed gives the same data.
 */
export { generateBenchPanel, type BenchPanelOptions } from "./bench-panel";
export { DEMO_DEFAULT_SEED, DEMO_FIRST_YEAR, DEMO_LAST_YEAR, generateDemoPanel } from "./demo-market";
export { SYNTHETIC_LABEL } from "./label";
export { SYNTHETIC_MANAGER_EXCESS } from "./manager-excess";
export { generateSleeveHistory } from "./sleeves";
export { generateDemoSnapshots } from "./snapshots";
