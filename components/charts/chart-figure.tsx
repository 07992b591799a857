import type { ReactNode } from "react";
import { ChartDataTable, type ChartData } from "./chart-data-table";
import { ChartDrawing } from "./chart-drawing";

type Props = {
  /** Names the chart: the figure's caption and its data table's caption. */
  title: string;
  /** Shows the title as a heading of this level; without it the title is for screen readers only (a heading sits above). */
  heading?: "h2" | "h3";
  /** Small print under the title (the data's source, the weighting shown, how to read the chart). */
  note?: ReactNode;
  data: ChartData;
  /** The summary text of a table anyone can open under the chart; without it the table is for screen readers only. */
  disclosure?: string;
  testId?: string;
  className?: string;
  /** The Tremor chart and its legend: drawn for the eye only. */
  children: ReactNode;
};

const HEADING_CLASS = { h2: "font-medium", h3: "text-sm font-medium text-gray-700" } as const;

/**
 * Every chart of the app: a figure named by its caption, the drawing hidden from assistive technology (Tremor's
 * SVG shapes and legend lists mean nothing read aloud, and axe rejects them: unnamed `role="img"` sectors, `li`
 * inside a `div` of an `ol`) and from the Tab key (`ChartDrawing`), and the plotted values as a table, which is
 * what a screen reader reads instead. No hooks: server pages and client components both render it.
 */
export function ChartFigure({ title, heading: Heading, note, data, disclosure, testId, className, children }: Props) {
  return (
    <figure className={className} data-testid={testId}>
      <figcaption>
        {Heading ? <Heading className={HEADING_CLASS[Heading]}>{title}</Heading> : <span className="sr-only">{title}</span>}
        {note && <p className="text-xs text-gray-600">{note}</p>}
      </figcaption>
      <ChartDrawing>{children}</ChartDrawing>
      <ChartDataTable caption={title} data={data} disclosure={disclosure} />
    </figure>
  );
}
