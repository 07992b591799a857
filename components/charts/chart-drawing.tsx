"use client";

import { useEffect, useRef, type ReactNode } from "react";

/** Anything the Tab key would stop at: recharts' pie layer and Tremor's legend carry tabindex="0". */
const TABBABLE = '[tabindex]:not([tabindex="-1"]), a[href], button, input, select, textarea';

/**
 * A chart's drawing, hidden from assistive technology: its data table says what it shows. Nothing inside may
 * take keyboard focus either (a focus stop that a screen reader cannot announce; axe: aria-hidden-focus), so
 * every tab stop Tremor and recharts draw, now or on a later redraw, is taken out of the tab order. `inert`
 * would do both at once but also ends the mouse's hover tooltips.
 */
export function ChartDrawing({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const root = ref.current;
    if (!root) return;
    const untab = () => root.querySelectorAll(TABBABLE).forEach((el) => el.setAttribute("tabindex", "-1"));
    untab();
    const observer = new MutationObserver(untab);
    observer.observe(root, { subtree: true, childList: true, attributes: true, attributeFilter: ["tabindex"] });
    return () => observer.disconnect();
  }, []);
  return (
    <div ref={ref} aria-hidden="true">
      {children}
    </div>
  );
}
