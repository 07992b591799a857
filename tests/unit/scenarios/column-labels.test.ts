import { expect, test } from "vitest";
import { uniqueLabels } from "@/lib/scenarios/column-labels";

test.each([
  ["all different", ["A, version 1", "B, version 1"], ["A, version 1", "B, version 1"]],
  ["a repeat gets (2)", ["Base, version 1", "Base, version 1"], ["Base, version 1", "Base, version 1 (2)"]],
  ["three alike", ["X", "X", "X"], ["X", "X (2)", "X (3)"]],
  ["none", [], []],
])("%s", (_label, labels, expected) => {
  expect(uniqueLabels(labels)).toEqual(expected);
});
