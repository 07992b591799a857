import { z } from "zod";
import { jsonText } from "./stored-json";
import { proposalAssumptionsSchema, type ProposalAssumptions } from "./proposal";
import { parseStoredView } from "./scenario-view";
import type { ProposalView } from "../services/proposal/view-model";

/**
 * The envelope of a stored scenario version: the three JSON columns are objects with the fields the scenario
 * page reads. The contents are the view-model generateProposal returned when the scenario was saved; they are
 * not re-validated field by field (loose objects keep everything else as stored).
 */
const object = () => z.looseObject({});

const methodologySchema = z.looseObject({
  engineVersion: z.string(),
  parametersVersion: z.string(),
  datasets: z.array(object()),
  rebalance: z.string(),
});

const inputsSchema = z.looseObject({ client: z.looseObject({ id: z.string() }), assumptions: object() });

const outputsSchema = z.looseObject({
  client: z.looseObject({ currency: z.string(), riskTolerance: z.number() }),
  assumptions: object(),
  allocation: z.looseObject({ lines: z.array(object()) }),
  backtest: z.looseObject({ months: z.array(z.string()), stats: object() }),
  evidence: z.looseObject({ rows: z.array(object()) }),
  synthetic: z.boolean(),
  methodology: methodologySchema,
});

export const storedScenarioVersionSchema = z.object({
  inputs: jsonText(inputsSchema),
  outputs: jsonText(outputsSchema),
  methodology: jsonText(methodologySchema),
});

/** One stored version as the scenario pages and reports use it; nothing in it is recomputed. */
export type StoredVersion = {
  version: number;
  createdAt: Date;
  /** From the methodology stamp; null when not even the stamp can be read. */
  engineVersion: string | null;
  /** What the version was generated with; null when they no longer parse (the version cannot be revised). */
  assumptions: ProposalAssumptions | null;
  /** The view as saved; null when it no longer has the shape the pages render (shown as "cannot be displayed in full"). */
  view: ProposalView | null;
};

export type StoredVersionRow = { id: string; version: number; createdAt: Date; inputs: string; outputs: string; methodology: string };

function jsonOrNull(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

const stampSchema = z.object({ engineVersion: z.string() });
const assumptionsOfInputs = z.object({ assumptions: proposalAssumptionsSchema });

/**
 * Reads a version without ever throwing: a version an older engine wrote (or a damaged one) is returned with
 * `view: null` and logged with its id, so the page says it cannot be shown in full instead of failing.
 */
export function readStoredVersion(row: StoredVersionRow): StoredVersion {
  const outputs = jsonOrNull(row.outputs);
  const stamp = stampSchema.safeParse(jsonOrNull(row.methodology)).data ?? stampSchema.safeParse((outputs as { methodology?: unknown } | null)?.methodology).data;
  const inputs = assumptionsOfInputs.safeParse(jsonOrNull(row.inputs));
  const { view, issues } = parseStoredView(outputs);
  if (issues || !inputs.success) console.error(`stored ScenarioVersion row ${row.id} cannot be shown in full`, issues ?? inputs.error?.issues);
  return {
    version: row.version,
    createdAt: row.createdAt,
    engineVersion: stamp?.engineVersion ?? null,
    assumptions: inputs.success ? inputs.data.assumptions : null,
    view,
  };
}
