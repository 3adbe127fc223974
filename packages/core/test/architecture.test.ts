import { readFileSync, readdirSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const src = fileURLToPath(new URL("../src/", import.meta.url));

/** Every source file, as a path relative to `src/`. */
function sources(dir = src): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sources(join(dir, entry.name))
      : entry.name.endsWith(".ts")
        ? [relative(src, join(dir, entry.name))]
        : [],
  );
}

/** The files a file imports, type-only imports and re-exports included. */
function importsOf(file: string): string[] {
  const text = readFileSync(join(src, file), "utf8");
  return [...text.matchAll(/(?:from|import)\s*\(?\s*"(\.{1,2}\/[^"]+)\.js"/g)].map(([, target]) =>
    relative(src, resolve(dirname(join(src, file)), `${target}.ts`)),
  );
}

/** Groups of files that import each other, directly or through others (Tarjan's components). */
function cycles(graph: Map<string, string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const found: string[][] = [];
  const visit = (node: string) => {
    index.set(node, index.size);
    low.set(node, index.get(node)!);
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (stack.includes(next)) low.set(node, Math.min(low.get(node)!, index.get(next)!));
    }
    if (low.get(node) === index.get(node)) {
      const group = stack.splice(stack.indexOf(node));
      if (group.length > 1 || graph.get(node)?.includes(node)) found.push(group.sort());
    }
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return found;
}

describe("core's source", () => {
  const files = sources();
  const graph = new Map(files.map((file) => [file, importsOf(file)]));

  it("imports only files that exist", () => {
    const missing = [...graph].flatMap(([file, targets]) =>
      targets.filter((target) => !files.includes(target)).map((target) => `${file} -> ${target}`),
    );
    expect(missing).toEqual([]);
  });

  it("has no import cycle, type imports included", () => {
    expect(cycles(graph)).toEqual([]);
  });

  it("keeps every file in the folder of its concern (only the entries and the extension map at the top)", () => {
    expect(files.filter((file) => !file.includes("/")).sort()).toEqual([
      "extensions.ts",
      "index.ts",
      "otel.ts",
      "record.ts",
    ]);
  });
});

describe("the extension map", async () => {
  const { EXTENSIONS } = await import("../src/extensions.js");
  const documented = readFileSync(
    fileURLToPath(new URL("../../../specs/README.md", import.meta.url)),
    "utf8",
  );

  it("names every extension the specs README documents", () => {
    const headings = [...documented.matchAll(/^###[^`]*`(x-[a-z-]+)/gm)].map(([, name]) => name!);
    expect(headings.length).toBeGreaterThan(5);
    expect(Object.keys(EXTENSIONS).sort()).toEqual([...new Set(headings)].sort());
  });

  it("points at functions that exist, one of which reads the extension's field", () => {
    for (const [name, { field, readBy }] of Object.entries(EXTENSIONS)) {
      const key = field
        .split(".")
        .filter((part) => part !== "*" && part !== "operations")
        .pop()!;
      const texts = readBy.map((place) => {
        const [file, fn] = place.split("#") as [string, string];
        const text = readFileSync(join(src, file), "utf8");
        expect(text, `${name}: ${place}`).toMatch(new RegExp(`export (async )?function\\*? ?${fn}\\b`));
        return text;
      });
      expect(
        texts.some((text) => new RegExp(`\\.${key}\\b`).test(text)),
        `${name}: ${readBy.join(", ")} read .${key}`,
      ).toBe(true);
    }
  });
});
