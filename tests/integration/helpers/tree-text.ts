import { isValidElement } from "react";

/**
 * Every string in a server-component tree as a page returns it, without rendering client components: text
 * children and props, the data handed to client components and tables (rows, queries) included. Dates are left
 * out (a page formats the ones it shows).
 */
export function textsOf(node: unknown): string[] {
  if (typeof node === "string") return [node];
  if (typeof node === "number") return [String(node)];
  if (Array.isArray(node)) return node.flatMap(textsOf);
  if (isValidElement(node)) return Object.values(node.props as Record<string, unknown>).flatMap(textsOf);
  if (typeof node === "object" && node !== null && !(node instanceof Date)) return Object.values(node).flatMap(textsOf);
  return [];
}

/** The tree's strings, one a line, for `toContain` checks. */
export const treeText = (tree: unknown) => textsOf(tree).join("\n");
