"use client";

import dynamic from "next/dynamic";
import { useRef, type ComponentType } from "react";
import type { AreaChartProps, BarChartProps, DonutChartProps, LineChartProps } from "@tremor/react";
import { useNearViewport } from "./near-viewport";

/**
 * Tremor's charts, drawn only in the browser and only when they come near the viewport. Measured on the proposal
 * page (docs/performance.md): recharts was most of its first-load JavaScript, rendering charts on the server was
 * wasted work (they have no size there), and mounting every chart while the page hydrated blocked the main thread
 * for over a second. The box keeps the chart's size meanwhile (its `className`, or Tremor's default size), so
 * nothing moves when the chart appears; what a chart says is in its figure's data table (ChartFigure), which
 * is rendered at once, on the server too.
 */
function lazyChart<P extends { className?: string }>(load: () => Promise<ComponentType<P>>, defaultSize: string) {
  const Chart = dynamic(load, { ssr: false, loading: () => null });
  function LazyChart(props: P) {
    const box = useRef<HTMLDivElement>(null);
    const near = useNearViewport(box);
    const className = props.className ?? "";
    const sized = /(^|\s)h-/.test(className) ? className : `${defaultSize} ${className}`;
    return (
      <div ref={box} className={sized} data-chart-state={near ? "shown" : "waiting"}>
        {near && <Chart {...props} className="h-full w-full" />}
      </div>
    );
  }
  return LazyChart;
}

const charts = () => import("./tremor-charts");

export const AreaChart = lazyChart<AreaChartProps>(() => charts().then((m) => m.AreaChart), "h-80 w-full");
export const BarChart = lazyChart<BarChartProps>(() => charts().then((m) => m.BarChart), "h-80 w-full");
export const LineChart = lazyChart<LineChartProps>(() => charts().then((m) => m.LineChart), "h-80 w-full");
export const DonutChart = lazyChart<DonutChartProps>(() => charts().then((m) => m.DonutChart), "h-40 w-40");
