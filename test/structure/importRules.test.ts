// The stages of the program, in the order data flows through them (see docs/design.md). A file
// may import from its own stage or an earlier one, never from a later one; the two front ends
// never import each other; and no file imports itself back through a circle of imports.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");

const ENTRY_POINTS = ["src/main.ts", "src/shard.ts", "src/deploy.ts"];
/** Files directly in src/ (tuning, messages, log, config, version…) are ground floor, except the entry points. */
const GROUND_FILES = new RegExp(String.raw`^src/(?!(?:${ENTRY_POINTS.map((f) => f.slice(4).replace(".", "\.")).join("|")})$)[^/]+\.ts$`);

/** Stages, earliest first: a path belongs to the first stage with a matching prefix. */
const STAGES: Array<{ name: string; prefixes: string[] }> = [
  { name: "ground", prefixes: ["src/domain/", "src/tuning/"] },
  { name: "loading", prefixes: ["src/knowledge/"] },
  { name: "analysis", prefixes: ["src/analysis/"] },
  { name: "index", prefixes: ["src/index/"] },
  { name: "engine", prefixes: ["src/engine/"] },
  { name: "live", prefixes: ["src/live/"] },
  { name: "surface", prefixes: ["src/cli/", "src/discord/", "src/operations/", "commands/"] },
  { name: "entry", prefixes: ENTRY_POINTS },
];

/** Front ends: a surface may import only its own front end (and earlier stages). */
const FRONT_ENDS: Array<{ name: string; prefixes: string[] }> = [
  { name: "cli", prefixes: ["src/cli/"] },
  { name: "discord", prefixes: ["src/discord/", "src/operations/", "commands/"] },
];

const stageOf = (path: string) => (GROUND_FILES.test(path) ? 0 : STAGES.findIndex((s) => s.prefixes.some((p) => path.startsWith(p))));
const frontEndOf = (path: string) => FRONT_ENDS.find((f) => f.prefixes.some((p) => path.startsWith(p)))?.name;

function sourceFiles(dir: string): string[] {
  return readdirSync(join(root, dir)).flatMap((name) => {
    const path = `${dir}/${name}`;
    if (statSync(join(root, path)).isDirectory()) return sourceFiles(path);
    return /\.(ts|mjs)$/.test(name) ? [path] : [];
  });
}

/** The project files a source file imports (static, type-only, re-exports and dynamic imports). */
function importsOf(path: string, text: string): string[] {
  const specifiers = [
    ...text.matchAll(/^\s*(?:import|export)\b[^;]*?\bfrom\s*["']([^"']+)["']/gms),
    ...text.matchAll(/^\s*import\s*["']([^"']+)["']/gm),
    ...text.matchAll(/\bimport\(\s*["']([^"']+)["']\s*\)/g),
  ].map((m) => m[1]!);
  return specifiers.filter((s) => s.startsWith(".")).map((s) => relative(root, resolve(root, dirname(path), s)));
}

const files = [...sourceFiles("src"), ...sourceFiles("commands")];
const graph = new Map(files.map((f) => [f, importsOf(f, readFileSync(join(root, f), "utf8"))]));

describe("import rules", () => {
  test("the import reader sees every form of import", () => {
    const text = [
      'import { a } from "./a.ts";',
      'import type {\n  B,\n  C,\n} from "../b.ts";',
      'export { d } from "./d.ts";',
      'import "./side.ts";',
      'const e = await import("./e.ts");',
      'import x from "zod";',
    ].join("\n");
    expect(importsOf("src/engine/x.ts", text)).toEqual(["src/engine/a.ts", "src/b.ts", "src/engine/d.ts", "src/engine/side.ts", "src/engine/e.ts"]);
  });

  test("every source file belongs to a stage", () => {
    expect(files.filter((f) => stageOf(f) < 0)).toEqual([]);
  });

  test("no file imports from a later stage", () => {
    const backwards: string[] = [];
    for (const [file, imports] of graph) {
      for (const target of imports) {
        if (stageOf(target) > stageOf(file)) backwards.push(`${file} (${STAGES[stageOf(file)]!.name}) imports ${target} (${STAGES[stageOf(target)]?.name})`);
      }
    }
    expect(backwards).toEqual([]);
  });

  test("no front end imports another", () => {
    const crossing: string[] = [];
    for (const [file, imports] of graph) {
      const mine = frontEndOf(file);
      for (const target of imports) {
        const theirs = frontEndOf(target);
        if (mine && theirs && mine !== theirs) crossing.push(`${file} imports ${target}`);
      }
    }
    expect(crossing).toEqual([]);
  });

  test("no import cycle", () => {
    const cycles: string[] = [];
    const state = new Map<string, "open" | "done">();
    const path: string[] = [];
    const visit = (file: string) => {
      state.set(file, "open");
      path.push(file);
      for (const target of graph.get(file) ?? []) {
        if (state.get(target) === "open") cycles.push([...path.slice(path.indexOf(target)), target].join(" → "));
        else if (!state.has(target)) visit(target);
      }
      path.pop();
      state.set(file, "done");
    };
    for (const file of graph.keys()) if (!state.has(file)) visit(file);
    expect(cycles).toEqual([]);
  });
});
