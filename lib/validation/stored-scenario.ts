import { z } from "zod";
import { jsonText } from "./stored-json";

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
