/**
 * `npx tsx scripts/check-cycles.ts`: lists the import cycles among the project's own TypeScript files and exits
 * with 1 when there is one. Imports are read and resolved by TypeScript itself, with tsconfig.json's options
 * (the "@/" alias included): static imports and re-exports, type-only ones too (they still tie the modules'
 * designs together), and dynamic import(). Packages and generated files are not followed.
 */
import path from "node:path";
import ts from "typescript";

type Graph = Map<string, string[]>;

const root = path.resolve(import.meta.dirname, "..");

function projectFiles(): { files: string[]; options: ts.CompilerOptions } {
  const configPath = path.join(root, "tsconfig.json");
  const { config, error } = ts.readConfigFile(configPath, ts.sys.readFile);
  if (error) throw new Error(ts.flattenDiagnosticMessageText(error.messageText, "\n"));
  const parsed = ts.parseJsonConfigFileContent(config, ts.sys, root);
  return { files: parsed.fileNames.filter((f) => !f.endsWith(".d.ts")), options: parsed.options };
}

function importGraph(files: readonly string[], options: ts.CompilerOptions): Graph {
  const own = new Set(files);
  const graph: Graph = new Map();
  for (const file of files) {
    const { importedFiles } = ts.preProcessFile(ts.sys.readFile(file) ?? "", true, true);
    const targets = importedFiles
      .map((imported) => ts.resolveModuleName(imported.fileName, file, options, ts.sys).resolvedModule?.resolvedFileName)
      .filter((target): target is string => target !== undefined && own.has(target));
    graph.set(file, [...new Set(targets)]);
  }
  return graph;
}

/** Tarjan's strongly connected components: each one with two or more files (or a file importing itself) is a cycle. */
function cycles(graph: Graph): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (node: string) => {
    index.set(node, index.size);
    low.set(node, index.get(node)!);
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node)!, index.get(next)!));
    }
    if (low.get(node) !== index.get(node)) return;
    const component: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      component.push(member);
    } while (member !== node);
    if (component.length > 1 || graph.get(node)?.includes(node)) found.push(component.sort());
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return found;
}

const { files, options } = projectFiles();
const graph = importGraph(files, options);
const found = cycles(graph);
const relative = (file: string) => path.relative(root, file);
for (const [i, component] of found.entries()) {
  console.log(`cycle ${i + 1}: ${component.length} files`);
  const members = new Set(component);
  for (const file of component) {
    for (const target of graph.get(file) ?? []) if (members.has(target)) console.log(`  ${relative(file)} -> ${relative(target)}`);
  }
}
console.log(`${found.length} import cycle(s) among ${graph.size} files`);
process.exitCode = found.length > 0 ? 1 : 0;
