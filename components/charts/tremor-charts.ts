// The Tremor charts the app draws, in one module of their own: lazy-charts.tsx imports it on demand, so
// recharts (most of a chart page's JavaScript) is a chunk loaded when the first chart is about to show.
export { AreaChart, BarChart, DonutChart, LineChart } from "@tremor/react";
