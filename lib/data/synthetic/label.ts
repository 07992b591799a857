/**
 * Everything generated under lib/data/synthetic carries this label (and `synthetic: true`), so no screen
 * can show the demo market as real data.
 */
export const SYNTHETIC_LABEL = "Synthetic demo data (generated, not real market data)";
