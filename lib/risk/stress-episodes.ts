/**
 * Historical stress episodes, first and last month inclusive (YYYY-MM), from the market peak before the fall
 * to its trough in global equities: the dot-com bust, the global financial crisis, the euro-area debt crisis,
 * the COVID crash and the 2022 rate shock (when bonds fell with equities).
 */
export const STRESS_EPISODES = [
  { id: "dot_com", start: "2000-03", end: "2002-09" },
  { id: "gfc", start: "2007-10", end: "2009-02" },
  { id: "euro_crisis", start: "2011-05", end: "2011-09" },
  { id: "covid", start: "2020-02", end: "2020-03" },
  { id: "rate_shock_2022", start: "2022-01", end: "2022-09" },
] as const;

export type StressEpisode = { id: string; start: string; end: string };
export type StressEpisodeId = (typeof STRESS_EPISODES)[number]["id"];
